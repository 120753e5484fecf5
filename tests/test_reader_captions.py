"""Photo captions glued onto the next sentence are caption blocks of their own, never part of it."""

from __future__ import annotations

import pytest

from briefing.article import BlockKind
from briefing.reader import article_from_text
from briefing.reader.captions import glued_captions

CAPTION = "Harbour master Paula Reyes inspects the new quay on Monday"
SENTENCE = "The terminal will double the port's capacity and employ four hundred people, officials said."


def _kinds_and_texts(body: str) -> list[tuple[BlockKind, str]]:
    article = article_from_text("Harbour terminal approved\n\n" + body)
    return [(block.kind, article.block_text(i)) for i, block in enumerate(article.blocks)][1:]


def test_a_caption_glued_onto_the_first_sentence_is_a_caption_block() -> None:
    assert _kinds_and_texts(f"{CAPTION} {SENTENCE}") == [
        (BlockKind.CAPTION, CAPTION),
        (BlockKind.PARAGRAPH, SENTENCE),
    ]


def test_a_caption_in_mid_paragraph_splits_it_and_every_sentence_keeps_its_own_block() -> None:
    before = "The harbour authority approved a new container terminal on Tuesday after a decade of delays."
    after = "Shipping lines welcomed the decision and promised new routes to the port."
    article = article_from_text(f"Harbour terminal approved\n\n{before} {CAPTION} {SENTENCE} {after}")
    kinds = [block.kind for block in article.blocks]
    assert kinds == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.PARAGRAPH]
    assert [article.sentence_text(i) for i in range(len(article.sentences))] == [before, SENTENCE, after]
    assert [sentence.block for sentence in article.sentences] == [1, 3, 3]
    assert article.block_text(3) == f"{SENTENCE} {after}"


def test_a_caption_may_end_on_a_quoted_phrase() -> None:
    caption = "A fisherman said the new quay was 'far too small'"
    assert _kinds_and_texts(f"{caption} {SENTENCE}") == [(BlockKind.CAPTION, caption), (BlockKind.PARAGRAPH, SENTENCE)]


def test_a_captions_own_title_goes_with_the_caption() -> None:
    caption = "The ferry was still stranded near the harbour wall on Sunday Stuck fast:"
    sentence = "Crews worked through the night to pull the vessel off the sandbank."
    assert _kinds_and_texts(f"{caption} {sentence}") == [
        (BlockKind.CAPTION, caption),
        (BlockKind.PARAGRAPH, sentence),
    ]


def test_scroll_down_for_video_and_the_caption_after_it_are_caption_blocks() -> None:
    assert _kinds_and_texts(f"Scroll down for video {CAPTION} {SENTENCE}") == [
        (BlockKind.CAPTION, "Scroll down for video"),
        (BlockKind.CAPTION, CAPTION),
        (BlockKind.PARAGRAPH, SENTENCE),
    ]
    assert _kinds_and_texts(f"Scroll down for video {SENTENCE}") == [
        (BlockKind.CAPTION, "Scroll down for video"),
        (BlockKind.PARAGRAPH, SENTENCE),
    ]


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        # a caption that ends on a name, before a sentence no name runs into
        (
            "The old harbour wall was built under King Ferdinand and Queen Isabel",
            "The new terminal will double the port's capacity and employ four hundred people.",
        ),
        (
            "Harbour master Paula Reyes shows the plans to Mayor Ivo Brod",
            "It will take three years to dredge the channel deep enough for the largest ships.",
        ),
        # a sentence that opens on "However," after a caption
        (
            "The terminal needs three cranes to unload the largest container ships",
            "However, Bulgarian port officials ruled that the cranes could not be used until the new quay opened.",
        ),
    ],
)
def test_captions_ending_on_a_name_or_before_however_are_caption_blocks(caption: str, sentence: str) -> None:
    assert _kinds_and_texts(f"{caption} {sentence}") == [
        (BlockKind.CAPTION, caption),
        (BlockKind.PARAGRAPH, sentence),
    ]


def test_a_shopping_widgets_visit_site_button_and_its_product_are_caption_blocks() -> None:
    product = "Striped fisherman's jumper Visit site"
    sentence = "Like the old fish market, the new terminal will open on Sundays for visitors to the port."
    assert _kinds_and_texts(f"{product} {sentence}") == [
        (BlockKind.CAPTION, product),
        (BlockKind.PARAGRAPH, sentence),
    ]


def test_two_captions_in_a_row_are_two_caption_blocks() -> None:
    second = "They gather at the gates of the port for the opening on Saturday"
    assert _kinds_and_texts(f"{CAPTION} {second} {SENTENCE}") == [
        (BlockKind.CAPTION, CAPTION),
        (BlockKind.CAPTION, second),
        (BlockKind.PARAGRAPH, SENTENCE),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A reporter for The Times Union interviewed the mayor about the new bridge on Tuesday.",
        "The club was relegated to League One after a season of defeats and injuries at home.",
        "With the new Avengers: Age of Ultron film out this week, the cinema sold every seat it had.",
        "The mayor met the harbour master in Varna on Monday Paula Reyes and her deputy in the afternoon.",
        "Crowds cheered on Monday The tall ships sailed.",
        # a name before "The" and another capital is a title, not a caption's end and a sentence
        "Fans of the harbour band queued at dawn outside Varna Hall for tickets to Ana Brod The Tall Ships tour.",
        "The harbour festival's headline act, the singer Ana Brod, will close the night with a song.",  # the sentence after is too short to stand alone
        "Pictured on Monday The terminal will double the port's capacity and employ many people.",  # caption too short
        # a full stop kept inside a quotation, then a sentence the quotation goes on with
        "“The harbour plan has made the whole council feel uncomfortable. The cost is simply too high,” she said.",
        "“We asked the mayor about the harbour on Monday The answer was a shrug and a smile,” the fishermen said.",
        # "Title:" after a lower-case word introduces what follows
        "At the meeting the harbour master asked the council a simple question: Who will pay for the new wall?",
        "Fishing is one of the largest industries of the city's Northern harbour district: A third of jobs depend on it.",
    ],
)
def test_sentences_without_a_glued_caption_stay_whole(sentence: str) -> None:
    assert glued_captions(sentence, 0, len(sentence)) == []
    assert _kinds_and_texts(sentence) == [(BlockKind.PARAGRAPH, sentence)]
