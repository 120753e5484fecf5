"""Plain text and pasted text: structure recovered from the shape of the lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.article import BlockKind
from briefing.reader import article_from_text, read_article, read_article_text
from tests.test_reader_invariants import assert_well_formed, outline, sentences


def test_sample_article_structure(sample_article_path: Path) -> None:
    article = read_article(sample_article_path)
    assert_well_formed(article)
    kinds = outline(article)
    assert kinds[0] == ("title", "China-US Relations at a Crossroads: Blinken in Beijing, Cooperation or Conflict?")
    assert kinds[1] == ("caption", "US Secretary of State Antony Blinken and Chinese top Diplomat Wang Yi")
    assert kinds[2][0] == "paragraph" and kinds[2][1].startswith("The strained relationship")
    assert [t for k, t in kinds if k == "list_item"] == [
        "The need for dialogue,",
        "Concerns over Taiwan, and,",
        "The potential for a meeting between Blinken and Chinese President Xi Jinping.",
    ]
    headings = [t for k, t in kinds if k == "heading"]
    assert headings[:2] == ["The Choice Between Dialogue and Confrontation:", "Warning on Taiwan:"]
    assert len(headings) == 7 and all(h.endswith(":") for h in headings)
    lead_in = next(t for k, t in kinds if t.startswith("This article provides"))
    assert ("paragraph", lead_in) in kinds  # ends with ":" but is a sentence, not a heading
    assert article.title == kinds[0][1]
    assert all(article.blocks[s.block].kind != BlockKind.TITLE for s in article.sentences)
    quote = 'He stated, "It is necessary to make a choice between dialogue and confrontation, cooperation or conflict."'
    assert quote in sentences(article)


def test_every_block_is_a_line_of_the_file(sample_article_path: Path) -> None:
    text = sample_article_path.read_text(encoding="utf-8")
    article = read_article(sample_article_path)
    assert article.text == text
    lines = {line.strip().lstrip("• ").strip() for line in text.split("\n") if line.strip()}
    assert {article.block_text(i) for i in range(len(article.blocks))} == lines


def test_bylines_and_datelines_under_the_title() -> None:
    article = article_from_text(
        "Talks collapse in Geneva\nBy Jane Doe and John Roe, Reuters\nPublished: 19 June 2023\n\n"
        "The talks collapsed on Monday. Both sides blamed each other.\n"
    )
    assert_well_formed(article)
    assert [k for k, _ in outline(article)] == ["title", "byline", "byline", "paragraph"]
    assert article.author == "Jane Doe and John Roe"
    assert article.date == "2023-06-19"


def test_paragraph_starting_with_by_is_not_a_byline() -> None:
    article = article_from_text("Talks collapse\n\nBy Monday, the talks had collapsed.\n")
    assert outline(article)[1][0] == "paragraph"
    assert article.author == ""


def test_credit_lines_anywhere_are_no_paragraphs() -> None:
    # the credits at the foot of a wire story or a video page: no one's words, nothing to brief
    article = article_from_text(
        "Talks collapse in Geneva\n\nThe talks collapsed on Monday. Both sides blamed each other.\n\n"
        "(Reporting by Jane Doe; Additional reporting by Ana Ruiz in Lisbon; Editing by John Roe.)\n\n"
        "Story by Tom Reyes Video produced by Eva Berg.\n\n"
        "Reporting by the Harbour Times found the fees had doubled.\n"
    )
    assert [k for k, _ in outline(article)] == ["title", "paragraph", "byline", "byline", "paragraph"]


def test_the_reporters_closing_credits_are_no_paragraphs() -> None:
    # "Reyes reported from Varna." under a story: who wrote it where, not news; a summary once quoted it
    article = article_from_text(
        "Talks collapse in Geneva\n\nThe talks collapsed on Monday. Both sides blamed each other.\n\n"
        "Reyes reported from Varna, Ont.; Berg, from Washington, D.C.\n\n"
        "Ana Ruiz contributed reporting from Lisbon. Harbour Times writer Tom Reyes contributed.\n\n"
        "Eva Berg and Tom Reyes contributed to this report.\n\n"
        "Ruiz reported from Lisbon that the talks had collapsed.\n\n"
        "Berg contributed to the harbour fund in May.\n"
    )
    assert [k for k, _ in outline(article)] == [
        "title",
        "paragraph",
        "byline",
        "byline",
        "byline",
        "paragraph",
        "paragraph",
    ]


def test_hard_wrapped_email_joins_lines_into_paragraphs() -> None:
    text = (
        "Talks collapse in Geneva\n\n"
        "The talks between the two delegations collapsed on Monday after the\n"
        "negotiators failed to agree on the inspection regime. Officials said\n"
        "they would meet again next month.\n\n"
        "Key points:\n\n"
        "- inspections at two ports, run by a joint team that reports to the\n"
        "  United Nations every month;\n"
        "- a review after six months.\n\n"
        "Both sides said they remained committed to the process, and that a\n"
        "deal was still possible before the end of the year if both moved.\n"
    )
    article = article_from_text(text)
    assert_well_formed(article)
    assert [k for k, _ in outline(article)] == ["title", "paragraph", "heading", "list_item", "list_item", "paragraph"]
    assert sentences(article)[0].endswith("inspection regime.")
    assert "\n" in sentences(article)[0]  # the text keeps its own line ends; offsets span them
    assert outline(article)[3][1].endswith("every month;")


def test_pasted_text_with_single_line_breaks() -> None:
    article = read_article_text(
        "Talks collapse in Geneva\r\nThe talks collapsed on Monday. Both sides blamed each other.\r\n"
        "Officials said they would meet again next month.\r\n"
    )
    assert_well_formed(article)
    assert "\r" not in article.text
    assert [k for k, _ in outline(article)] == ["title", "paragraph", "paragraph"]
    assert len(article.sentences) == 3


def test_one_sentence_broken_across_two_lines_is_one_paragraph() -> None:
    # text that is not wrapped, but one line broken inside a sentence (by hand, or by a PDF): the next line goes on
    # in lower case, so it is the same sentence, not a paragraph opening on "crime, reiterated ..."
    article = article_from_text(
        "Talks collapse in Geneva\nby Ana Ruiz\n\nThe minister, who has called the levy both a burden and a \n"
        "tax on work, repeated that the port would not pay.\n\nThe talks collapsed on Monday.\n"
        "Both sides blamed each other and said they would meet again next month in the capital\n"
        "of the host country.\n"
    )
    assert_well_formed(article)
    assert [k for k, _ in outline(article)] == ["title", "byline", "paragraph", "paragraph", "paragraph"]
    assert sentences(article)[0].startswith("The minister, who") and sentences(article)[0].endswith("not pay.")
    assert sentences(article)[-1].endswith("of the host country.")


def test_old_mac_line_ends_and_characters_kept_as_they_are() -> None:
    text = "Title line\r\r“Quoted,” said the minister\u00a0today. It’s done.\r"
    article = article_from_text(text)
    assert article.text == "Title line\n\n“Quoted,” said the minister\u00a0today. It’s done.\n"
    assert sentences(article) == ["“Quoted,” said the minister\u00a0today.", "It’s done."]


def test_numbered_and_nested_lists() -> None:
    article = article_from_text("Steps\n\n1. First step\n2) Second step\n   * a detail\n3. Third step\n")
    items = [(b.level, article.block_text(i)) for i, b in enumerate(article.blocks) if b.kind == BlockKind.LIST_ITEM]
    assert items == [(1, "First step"), (1, "Second step"), (2, "a detail"), (1, "Third step")]


def test_headings_without_colon_and_captions() -> None:
    article = article_from_text(
        "Talks collapse in Geneva\n\nThe talks collapsed on Monday. Both sides blamed each other.\n\n"
        "Reaction From the Region\n\nNeighbours called for calm.\n\nPhoto: delegates leave the hall\n\n"
        "Markets were steady.\n"
    )
    assert_well_formed(article)
    assert [k for k, _ in outline(article)] == ["title", "paragraph", "heading", "paragraph", "caption", "paragraph"]


def test_text_that_starts_with_a_long_paragraph_has_no_title() -> None:
    body = "The talks collapsed on Monday after a long night. Both sides blamed each other for it. " * 3
    article = article_from_text(body)
    assert article.title == ""
    assert outline(article)[0][0] == "paragraph"
    assert len(article.sentences) == 6


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_any_text_gives_a_well_formed_article(text: str) -> None:
    article = article_from_text(text)
    assert_well_formed(article)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mr. Smith",
                "U.S.",
                "said",
                "“Stop.",
                "Go,”",
                "he",
                "3.5%",
                "\n",
                "\n\n",
                "• item",
                "Heading:",
                "The",
                "end.",
                "‘Yes,’",
                "J.",
                "No. 10",
                "?",
                "!",
            ]
        ),
        max_size=60,
    )
)
def test_newsy_text_gives_a_well_formed_article(words: list[str]) -> None:
    article = article_from_text(" ".join(words))
    assert_well_formed(article)


def test_short_lines_are_not_taken_for_wrapped_text() -> None:
    article = article_from_text("Results\n\nYes\nNo\nYes\nNo\nAbstain\n")
    assert len(article.blocks) == 6


def test_two_sentence_headline_is_a_title() -> None:
    article = article_from_text(
        "Game over. Will Sanders come down off the pique?\n\n"
        "Bernie Sanders lost the last primary on Tuesday, and his campaign is weighing what comes next.\n"
    )
    assert outline(article)[0] == ("title", "Game over. Will Sanders come down off the pique?")


def test_a_wire_subheading_between_dashes_is_a_heading_and_a_dashed_list_stays_a_list() -> None:
    from briefing.article import BlockKind
    from briefing.reader import article_from_text

    text = (
        "Talks stall\n\nThe talks stalled on Monday.\n\n– Old quays –.\n\nThe quays crumble.\n\n- Dredging\n- Tolls\n"
    )
    article = article_from_text(text)
    blocks = [(block.kind, article.block_text(n)) for n, block in enumerate(article.blocks)]
    assert (BlockKind.HEADING, "Old quays") in blocks
    assert [t for k, t in blocks if k == BlockKind.LIST_ITEM] == ["Dredging", "Tolls"]
