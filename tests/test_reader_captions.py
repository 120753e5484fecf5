"""Photo captions glued onto the next sentence are caption blocks of their own, never part of it."""

from __future__ import annotations

import pytest

from briefing.article import BlockKind
from briefing.reader import article_from_text
from briefing.reader.captions import glued_captions, shows_photos

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


def test_a_widget_of_several_products_is_cut_off_at_its_last_visit_site_button() -> None:
    products = "Striped fisherman's jumper Visit site Navy sailing cap at Harbour Shop (Now $20) Visit site"
    sentence = "Proving she is as thrifty as her sister, the harbour master wore her old coat to the opening."
    assert _kinds_and_texts(f"{products} {sentence}") == [
        (BlockKind.CAPTION, products),
        (BlockKind.PARAGRAPH, sentence),
    ]


def test_a_caption_may_end_on_a_word_in_quotation_marks() -> None:
    caption = "Harbour master Paula Reyes says the next three storms will be the 'test'"
    assert _kinds_and_texts(f"{caption} {SENTENCE}") == [(BlockKind.CAPTION, caption), (BlockKind.PARAGRAPH, SENTENCE)]


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


# --- captions run together in a long "sentence" (issue 11: items over 60 words) ---------------------------------
# The looser rules hold only in a run of LONG_RUN words or more, on a page that shows it has photos ("(left)").

PHOTO_PAGE = "Paula Reyes (left) opened the quay."  # a sentence of its own, before the run


def _run_parts(caption: str, sentence: str) -> list[tuple[BlockKind, str]]:
    return _kinds_and_texts(f"{PHOTO_PAGE} {caption} {sentence}")[1:]


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        # a caption's own "Title: " after a caption that ends on a lower-case word or a place
        (
            "Harbour master Paula Reyes inspects the quay built by the ferry company for the port Proud moment:",
            (
                "The terminal will double the port's capacity and employ four hundred people within two years of "
                "its opening next spring, port officials said on Tuesday."
            ),
        ),
        (
            "Harbour master Paula Reyes inspects the new quay on the coast just north of Varna Caught off guard:",
            (
                "Dock workers say the new cranes arrived two weeks earlier than anyone had planned, so the first "
                "ships could unload their cargo before the summer began."
            ),
        ),
        # in a long run, a name then a verb after a time or a number opens the sentence proper
        (
            "Harbour master Paula Reyes shows the plans for the new container quay to the board on Monday",
            (
                "Reyes has said the terminal will double the port's capacity and employ four hundred people within "
                "two years of its opening next spring."
            ),
        ),
        (
            "Paula Reyes (centre) and the harbour board walk along the new quay built for the port in 2015",
            (
                "Reyes hasn't yet said whether the terminal will open to cruise ships as well as to the container "
                "lines that asked for it."
            ),
        ),
        # "The" and a name after a lower-case word, the name's place in the photo given
        (
            "A new map shows where the port's ships sail by breaking their routes down by county",
            (
                "The Harbour Rovers (left) and the Varna Pilots (right) run most of the tugs that bring the largest "
                "ships into port every week of the year."
            ),
        ),
        # after where someone stands in the photo, the quotation that opens the sentence
        (
            "Paula Reyes (left) and Ivo Brod open the new quay built for the container lines Reyes (centre)",
            (
                "'This is the biggest day the port has seen in a hundred years,' she said, as the first ship "
                "came in from the sea."
            ),
        ),
    ],
)
def test_a_caption_glued_onto_a_long_run_is_a_caption_block(caption: str, sentence: str) -> None:
    assert _run_parts(caption, sentence) == [(BlockKind.CAPTION, caption), (BlockKind.PARAGRAPH, sentence)]


def test_without_photos_on_the_page_a_long_run_is_left_whole() -> None:
    run = (
        "Harbour master Paula Reyes shows the plans for the new container quay to the board on Monday Reyes has "
        "said the terminal will double the port's capacity and employ four hundred people within two years."
    )
    assert _kinds_and_texts(run) == [(BlockKind.PARAGRAPH, run)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a name after a lower-case word is one noun phrase with it: "harbour master Paula Reyes"
        (
            "The board, which met for six hours behind closed doors and heard from the unions, the shipping lines and "
            "the city council, backed the plan put forward by harbour master Paula Reyes (left) has said it will cost "
            "less than the old one."
        ),
        # a number, then a noun phrase in capitals and a plural noun: "51 Port Authority officials"
        (
            "They did not say how many would lose their jobs, but officials at the port, including 51 Port Authority "
            "officials who wrote to the board in March, fear that the new cranes will replace most of the dock workers."
        ),
        # an adverb of time, or a one-word aside in brackets, before a name
        (
            "The two ports had been rivals for more than a century, and now Mayor Ivo Brod was the first to offer help "
            "when the storm closed the harbour at Varna for a week."
        ),
        (
            "And when Paula (Reyes) was harbour master and Mayor (Ivo) Brod was mayor, the two of them met every week "
            "to talk about the port and what it needed to grow for the next fifty years."
        ),
        # a name the article writes mid-sentence elsewhere, or one name after another, before a colon
        (
            "The council faces a choice on the harbour as it weighs how far it can go to attack Brod: he has the "
            "support of the unions, and Brod has the ear of the mayor and of most of the harbour board."
        ),
        (
            "The plan for the new quay is set out in a long report on the port's future by Ana Brod: The terminal "
            "will double capacity and employ four hundred people within two years."
        ),
    ],
)
def test_long_sentences_with_a_name_inside_stay_whole(sentence: str) -> None:
    text = f"{PHOTO_PAGE} {sentence}"
    assert glued_captions(text, len(PHOTO_PAGE) + 1, len(text)) == []


# --- a caption glued onto a sentence that opens on a plain word (no listed starter), with no photo marks ---------
# The capital itself is the evidence: a function word ("Like", "All") or a plural noun with its verb ("Pilots were")
# is not written with a capital mid-sentence, unless it is a name the article writes so elsewhere, or a title.

STORM_CAPTION = "Harbour master Paula Reyes walks along the new quay after the storm had passed"


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (STORM_CAPTION, "Like the old sea wall before it, the quay held against waves of six metres."),
        (
            "The cranes were ordered from a yard in Gdansk at a third of the price, port officials say",
            "All of the cranes arrived before the spring and were tested within a week.",
        ),
        (STORM_CAPTION, "Pilots were called out twice during the night to bring the stranded ferry into port."),
    ],
)
def test_a_sentence_opening_on_a_plain_capitalised_word_is_cut_from_its_caption(caption: str, sentence: str) -> None:
    assert _kinds_and_texts(f"{caption} {sentence}") == [(BlockKind.CAPTION, caption), (BlockKind.PARAGRAPH, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a title in headline case after a plain word
        "At the opening of the quay the harbour band played the old song Like a Prayer for the crowd on the quay.",
        # a word that leads into a clause, a number or a quantity before the capital
        "The harbour board met for six hours on Monday while Pilots were still bringing the stranded ferry into port.",
        "The harbour board said on Monday that two Pilots were called out twice during the night to the ferry.",
        # a singular noun, or a plural without a verb after it, goes on with the noun phrase before it
        "The council voted to amend the harbour Charter to allow the port to employ four hundred more people.",
        "The port will pay the harbour Pilots association more for each ship it brings in at night.",
        # a plural name in the spelling dictionary ("Roman"), not an everyday noun
        (
            "The oldest part of the harbour was built by the Greeks and the later Romans were the first to build a "
            "wall around the whole of it."
        ),
    ],
)
def test_a_plain_capitalised_word_inside_a_sentence_is_no_caption_end(sentence: str) -> None:
    assert glued_captions(sentence, 0, len(sentence)) == []


def test_a_plural_the_article_writes_capitalised_mid_sentence_elsewhere_is_a_name() -> None:
    before = "The harbour's Pilots have their own union and their own boats, and the port pays them by the ship."
    glued = f"{STORM_CAPTION} Pilots were called out twice during the night to bring the stranded ferry into port."
    text = f"{before} {glued}"
    assert glued_captions(text, len(before) + 1, len(text)) == []
    assert glued_captions(glued, 0, len(glued)) != []  # without that other "the harbour's Pilots": a caption


# --- a caption glued onto a sentence that opens on someone's words or on a phrase of time or place ----------------
# The quotation is a clause someone said: it runs on past the sentence, closes at its end, or closes on a comma
# with the speaker's tag after. The phrase of time or place ends on a comma ("On Tuesday, the").


@pytest.mark.parametrize(
    ("caption", "sentence"),
    [
        (STORM_CAPTION, "'We have never seen waves like it in forty years,' said the harbour master."),
        (STORM_CAPTION, "‘I was terrified the whole night long,’ she admitted to a reporter on the quay."),
        (
            "Dock workers unload the first cargo ship at the new terminal on Monday",
            "'Hopefully the cranes will double what we can unload in a day, and the ferries will come back.",
        ),
        (
            "The ferry was still stranded near the harbour wall two days after the storm",
            "On Tuesday, the harbour board said it would pay for a second sea wall.",
        ),
        (
            "Fishing boats are tied up three deep along the old quay in the bay",
            "In Varna, the fishermen have been kept ashore for a week by the storm.",
        ),
    ],
)
def test_a_sentence_opening_on_a_quotation_or_a_phrase_of_time_is_cut_from_its_caption(
    caption: str, sentence: str
) -> None:
    assert _kinds_and_texts(f"{caption} {sentence}") == [(BlockKind.CAPTION, caption), (BlockKind.PARAGRAPH, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a term or a name in quotation marks goes on with the sentence
        "Each of the new cranes on the quay carries the painted words 'Varna Harbour Board' and a number on its side.",
        "The crowd on the quay took up the chant 'Open the port! Open the port!' that rang out for an hour.",
        # a word that leads into the quotation: a speech verb, a participle, a possessive
        "The harbour master spoke to the crowd on the quay for an hour, saying 'We will open the port in spring.'",
        "The board sent out a statement on Monday saying the harbour master owes 'Varna an apology for the delay.'",
        "The harbour master stood on the quay and told them 'You will all be paid for the days you lost,' and left.",
        "The old sea wall kept the whole harbour dry through the storm, so it was the board's 'Best decision in years.'",
        # a title in headline case after a place word
        "The harbour band played a song from the film In The Harbour Of Varna, and the crowd sang along with it.",
    ],
)
def test_a_quotation_or_a_title_inside_a_sentence_is_no_caption_end(sentence: str) -> None:
    assert glued_captions(sentence, 0, len(sentence)) == []


# --- in a long run on a photo page, the caption's own person opening the sentence after a plain noun --------------


def test_a_caption_ending_on_a_noun_before_its_own_person_again_is_a_caption_block() -> None:
    caption = "Paula Reyes (left) inspects the damage to the old quay with the mayor after the storm"
    sentence = (
        "Reyes was still on the quay when the second wave hit the harbour wall and flooded the fish market on "
        "the other side of the bay."
    )
    assert _run_parts(caption, sentence) == [(BlockKind.CAPTION, caption), (BlockKind.PARAGRAPH, sentence)]


@pytest.mark.parametrize(
    "run",
    [
        # a noun for who the person is: the name is its apposition
        (
            "Paula Reyes (left) walked along the quay with the mayor on the morning after the storm, and the "
            "harbour master Reyes said the old sea wall had held against waves of six metres for the whole night, "
            "as it had held in every storm since it was built."
        ),
        # a participle after "has", and a verb form, lead into the name as their object or clause
        (
            "Paula Reyes (left) has run the port for a decade, and the storm of last winter has seen Reyes pushed "
            "to the front of the race for mayor, with the unions and the shipping lines both behind her and the city "
            "council split."
        ),
        (
            "Paula Reyes (left) told the board about the storm on Monday, and one of the dock workers who was there "
            "admitted Reyes was right to close the harbour before the second wave came in from the sea, late on "
            "the Sunday night."
        ),
        # a name the caption part never named
        (
            "Paula Reyes (left) inspects the damage to the old quay with the mayor after the storm Brod was still "
            "on the quay when the second wave hit the harbour wall and flooded the fish market on the other side."
        ),
    ],
)
def test_a_name_after_a_role_a_verb_or_a_new_name_in_a_long_run_stays_whole(run: str) -> None:
    text = f"{PHOTO_PAGE} {run}"
    assert glued_captions(text, len(PHOTO_PAGE) + 1, len(text)) == []


# --- "The" and a name opening the sentence after a caption, where the article shows it is no title --------------

AUTHORITY = "Boats of the Varna Port Authority towed the ferry off the rocks on Saturday."


def test_the_and_a_name_the_article_writes_with_a_small_the_open_a_sentence_after_a_caption() -> None:
    caption = "Two of the crew were taken to hospital but have since been released from hospital"
    sentence = "The Varna Port Authority, which runs the harbour, said the ferry had lost power in the storm."
    article = article_from_text(f"Harbour terminal approved\n\n{AUTHORITY} {caption} {sentence}")
    assert [article.block_text(i) for i, b in enumerate(article.blocks) if b.kind == BlockKind.CAPTION] == [caption]
    assert article.sentence_text(1) == sentence


@pytest.mark.parametrize(
    "glued",
    [
        # the article also writes "The Varna Port Authority" after a lower-case word: a title
        (
            "The board wrote to The Varna Port Authority on Monday and it was released from hospital The Varna "
            "Port Authority has said the ferry lost power."
        ),
        # after a noun for a work or an outlet
        (
            "The harbour master gave a long interview about the storm to the newspaper The Varna Port Authority "
            "has said the ferry lost power."
        ),
    ],
)
def test_the_and_a_title_inside_a_sentence_is_no_caption_end(glued: str) -> None:
    text = f"{AUTHORITY} {glued}"
    assert glued_captions(text, len(AUTHORITY) + 1, len(text)) == []


def test_a_place_in_the_middle_of_the_photo_shows_the_page_has_photos() -> None:
    assert shows_photos("The harbour master (middle) opened the quay.")
