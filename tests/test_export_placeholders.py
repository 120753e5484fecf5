"""Template placeholders ("[addressee]", "[to be completed]") left in a brief: highlighted in the
Word file and the PDF as "[Not reviewed]" is, named by the check and by the export question."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_COLOR_INDEX

from briefing import placeholders
from briefing.check import BLOCKING, check_brief
from briefing.export import build_docx
from briefing.export.layout import lay_out
from briefing.export.pdf import TextOp, pages
from briefing.model import Item
from tests.docx_support import open_docx, rich_brief

YELLOW = WD_COLOR_INDEX.YELLOW


@pytest.mark.parametrize(
    "inside",
    ["addressee", "to be completed", "Recommendation to be completed", "TBC", "Minister's name", "phone number",
     "insert figure", "XX", "___", "?", "Date", "Name of the minister"],
)  # fmt: skip
def test_a_forms_words_in_brackets_are_a_placeholder(inside: str) -> None:
    assert placeholders.is_placeholder(inside)


@pytest.mark.parametrize(
    "inside", ["the minister", "the deal", "...", "…", "sic", "China", "x", "he", "Wang Yi", " ", ""]
)  # an editor's insertion, an elision, a tick box and its tick
def test_an_editors_insertion_or_elision_in_a_quotation_is_not(inside: str) -> None:
    assert not placeholders.is_placeholder(inside)


def test_find_gives_each_placeholder_with_its_brackets() -> None:
    text = "Meet [the minister] on [date] about [to be confirmed]."
    assert [text[s:e] for s, e in placeholders.find(text)] == ["[date]", "[to be confirmed]"]
    assert placeholders.find("No brackets here.") == ()


def _brief_with_placeholders(template: str = "briefing-note"):
    brief = rich_brief(template)
    brief.metadata.to = "[addressee]"
    brief.metadata.drafter = "A. Officer, [phone number]"
    brief.sections[0].items.append(Item("The visit costs [to be completed] and [the minister] agreed."))
    return brief


def _highlighted(paragraph) -> list[str]:
    return [run.text for run in paragraph.runs if run.font.highlight_color == YELLOW]


def test_word_highlights_placeholders_in_items_and_the_title_block_and_nothing_else() -> None:
    document = open_docx(build_docx(_brief_with_placeholders()))
    item = next(p for p in document.paragraphs if "[to be completed]" in p.text)
    assert _highlighted(item) == ["[to be completed]"], "the editor's '[the minister]' stays plain"
    assert item.text.endswith("The visit costs [to be completed] and [the minister] agreed.")
    values = {row.cells[0].text: row.cells[1].paragraphs[0] for row in document.tables[0].rows}
    assert _highlighted(values["To:"]) == ["[addressee]"]
    assert _highlighted(values["Drafted by:"]) == ["[phone number]"]
    assert values["Drafted by:"].text == "A. Officer, [phone number]"
    assert _highlighted(values["Date:"]) == [] and _highlighted(values["Subject:"]) == []


def test_a_us_memo_highlights_the_addressee_and_authority_it_still_lacks() -> None:
    brief = rich_brief("us-action-memo")
    brief.metadata.to = ""
    brief.metadata.classification = "SECRET"
    document = open_docx(build_docx(brief))
    title = document.paragraphs[0]
    assert title.text == "ACTION MEMO FOR [addressee]" and _highlighted(title) == ["[addressee]"]
    foot = document.sections[0].first_page_footer.paragraphs  # page 1's own footer holds them
    authority = [p for p in foot if p.style.name == "Classification Authority"]
    assert len(authority) == 3 and all(_highlighted(p) == ["[to be completed]"] for p in authority)


def _highlighted_ops(layout) -> list[str]:
    drawn = [op for page in pages(layout).pages for op in page if isinstance(op, TextOp)]
    return [op.text for op in drawn if op.highlight]


def test_the_pdf_highlights_the_same_placeholders() -> None:
    highlighted = _highlighted_ops(lay_out(_brief_with_placeholders()))
    assert "[addressee]" in highlighted and "[phone number]" in highlighted
    assert any("[to be completed]" in text for text in highlighted)
    assert not any("[the minister]" in text for text in highlighted)
    memo = rich_brief("us-information-memo")
    memo.metadata.to = ""
    assert "[ADDRESSEE]" in _highlighted_ops(lay_out(memo)), "the memo line, in capitals as printed"


def test_the_pdf_memo_line_keeps_its_space_before_the_highlighted_addressee() -> None:
    """The title's letters are spaced 0.25 pt apart; each run now starts where the one before ends as
    drawn, spacing and all. Before, "[ADDRESSEE]" started 4 pt early, over the space after "FOR"."""
    from fpdf import FPDF

    from briefing.export.pdf import TITLE_CHAR_SPACING_PT
    from briefing.export.pdf_fonts import font_file

    memo = rich_brief("us-action-memo")
    memo.metadata.to = ""
    page = [op for op in pages(lay_out(memo)).pages[0] if isinstance(op, TextOp)]
    title = next(op for op in page if "MEMO" in op.text)
    after = next(op for op in page if op.text == "[ADDRESSEE]")
    assert title.text == "ACTION MEMO FOR " and after.baseline == title.baseline
    measure = FPDF(unit="pt")
    measure.add_font(title.family, "B", font_file(title.family, "B"))
    measure.set_font(title.family, "B", title.size)
    measure.set_char_spacing(TITLE_CHAR_SPACING_PT)
    assert after.x - title.x == pytest.approx(measure.get_string_width(title.text), abs=0.01), "as fpdf2 draws it"


def test_the_check_names_each_placeholder_and_it_stops_an_export() -> None:
    findings = [f for f in check_brief(_brief_with_placeholders()) if f.kind == "placeholder"]
    assert "placeholder" in BLOCKING
    messages = [f.message for f in findings]
    assert "To still holds the placeholder “[addressee]”: fill it in" in messages
    assert "Drafted by still holds the placeholder “[phone number]”: fill it in" in messages
    in_item = [f for f in findings if f.item is not None]
    assert len(in_item) == 1 and in_item[0].section == "summary"
    text = _brief_with_placeholders().sections[0].items[in_item[0].item].text
    assert text[in_item[0].start : in_item[0].end] == "[to be completed]"


def test_a_brief_without_placeholders_has_no_such_finding() -> None:
    assert not [f for f in check_brief(rich_brief()) if f.kind == "placeholder"]


def test_the_check_names_the_gaps_the_export_would_fill_in_itself() -> None:
    """A US memo with no To went out as "MEMO FOR [ADDRESSEE]", and a SECRET one with no
    "Declassify On" as "[to be completed]", with no finding that stopped the export."""
    memo = rich_brief("us-action-memo")
    memo.metadata.to = ""
    memo.metadata.classification = "SECRET"
    memo.metadata.classified_by = "J. Smith, Director"
    memo.metadata.classification_reason = "1.4(d)"
    findings = check_brief(memo)
    messages = [f.message for f in findings if f.kind == "placeholder"]
    assert messages == [
        "To is empty: the memo line would read “[addressee]”; fill it in",
        "Declassify On is empty: a classified memo would show “[to be completed]”; fill it in",
    ]
    assert not any(f.kind == "missing-metadata" and f.message.startswith("To ") for f in findings), "said once"
    memo.metadata.to, memo.metadata.declassify_on = "The Secretary", "2051-12-01"
    memo.metadata.classification = "UNCLASSIFIED"
    memo.metadata.classified_by = ""
    assert not [f for f in check_brief(memo) if f.kind == "placeholder"], "an unclassified memo needs no authority"


def test_a_placeholder_as_an_items_label_or_a_party_is_flagged_too() -> None:
    brief = rich_brief()
    brief.sections[0].items.append(Item("Talks resume in spring.", label="[Issue]"))
    brief.section("key_issues").heading = "[Heading]"
    brief.section("positions").items.append(Item("Wants talks.", label="[Party name]", speaker="[Name]"))
    document = open_docx(build_docx(brief))
    item = next(p for p in document.paragraphs if p.text.endswith("Talks resume in spring."))
    assert _highlighted(item) == ["[Issue]"] and item.text.endswith("[Issue]: Talks resume in spring.")
    party = next(p for p in document.paragraphs if p.text == "[Party name]")
    assert _highlighted(party) == ["[Party name]"]
    highlighted = _highlighted_ops(lay_out(brief))
    assert "[Issue]" in highlighted and "[Party name]" in highlighted and "[Heading]" in highlighted
    heading = next(p for p in document.paragraphs if p.text == "[Heading]")
    assert _highlighted(heading) == ["[Heading]"]
    findings = [f.message for f in check_brief(brief) if f.kind == "placeholder"]
    assert findings == [
        "the label “[Issue]” is a placeholder: fill it in",
        "the heading still holds the placeholder “[Heading]”: fill it in",
        "the label “[Party name]” is a placeholder: fill it in",
        "the speaker “[Name]” is a placeholder: fill it in",
    ]
