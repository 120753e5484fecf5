"""Dates as the receiving office writes them: "December 1, 2026" on a US memo, "1 December 2026"
on the Commonwealth formats, in the Word file and the PDF alike, and either read back to one ISO date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing import wordfile as w
from briefing.errors import TemplateError
from briefing.export import build_docx
from briefing.export.layout import LayoutOptions, lay_out
from briefing.export.pdf import TextOp, pages
from briefing.importer import brief_from_docx
from briefing.layout import switch_template
from briefing.model import Brief
from briefing.templates import _parse, get_template, load_templates
from tests.docx_support import fit_to_template, open_docx, rich_brief, table_rows, zip_text

US = ("us-action-memo", "us-information-memo")
COMMONWEALTH = ("uk-submission", "australia-ministerial-brief", "canada-briefing-note", "briefing-note")


def dated_brief(template_id: str) -> Brief:
    brief = fit_to_template(switch_template(rich_brief(), get_template(template_id)))
    brief.metadata.date = "2026-12-01"
    brief.metadata.critical_date = "2026-12-04"
    brief.source.date = "2026-11-09"
    return brief


def date_row(brief: Brief) -> str:
    rows = {row.field: row.value for row in lay_out(brief, options=LayoutOptions(validate=False)).title_block}
    return rows["date"]


@pytest.mark.parametrize("template_id", US)
def test_a_us_memo_is_dated_month_first_in_the_word_file(template_id: str) -> None:
    data = build_docx(dated_brief(template_id))
    xml = zip_text(data, "word/document.xml")
    assert "December 1, 2026" in xml and "1 December 2026" not in xml
    assert dict(table_rows(open_docx(data)))["DATE:"] == "December 1, 2026"
    assert "November 9, 2026" in xml, "the source's Published date too"


@pytest.mark.parametrize("template_id", COMMONWEALTH)
def test_a_commonwealth_brief_keeps_day_first(template_id: str) -> None:
    data = build_docx(dated_brief(template_id))
    xml = zip_text(data, "word/document.xml")
    assert "1 December 2026" in xml and "December 1, 2026" not in xml
    assert "9 November 2026" in xml


def test_the_australian_critical_date_is_day_first() -> None:
    rows = dict(table_rows(open_docx(build_docx(dated_brief("australia-ministerial-brief")))))
    assert rows["Critical date:"] == "4 December 2026"


@pytest.mark.parametrize(
    ("template_id", "shown"), [("us-action-memo", "December 1, 2026"), ("uk-submission", "1 December 2026")]
)
def test_the_pdf_writes_the_layouts_style(template_id: str, shown: str) -> None:
    drawn = pages(lay_out(dated_brief(template_id)))
    texts = [op.text for op in drawn.pages[0] if isinstance(op, TextOp)]
    assert any(shown in text for text in texts), texts[:12]


@pytest.mark.parametrize("template_id", ["us-action-memo", "uk-submission"])
def test_the_page_alone_reads_either_style_back_to_the_iso_date(template_id: str, tmp_path: Path) -> None:
    """Without the hidden record (another tool stripped it) the title block and source rows are read."""
    from tests.test_docx_embedded import without_record

    path = tmp_path / "dated.docx"
    path.write_bytes(build_docx(dated_brief(template_id)))
    without_record(path)
    back = brief_from_docx(path)
    assert back.template == template_id
    assert back.metadata.date == "2026-12-01"
    assert back.source.date == "2026-11-09"


def test_a_date_a_colleague_retyped_in_word_reads_back(tmp_path: Path) -> None:
    from tests.test_docx_embedded import without_record

    path = tmp_path / "edited.docx"
    path.write_bytes(build_docx(dated_brief("us-information-memo")))
    without_record(path)
    document = open_docx(path.read_bytes())
    cell = next(row.cells[1] for row in document.tables[0].rows if row.cells[0].text == "DATE:")
    cell.paragraphs[0].runs[0].text = "Dec. 3, 2026"
    for run in cell.paragraphs[0].runs[1:]:
        run.text = ""
    document.save(str(path))
    assert brief_from_docx(path).metadata.date == "2026-12-03"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1 December 2026", "2026-12-01"),
        ("December 1, 2026", "2026-12-01"),
        ("Dec. 1, 2026", "2026-12-01"),
        ("Sept. 30, 2026", "2026-09-30"),
        ("december 1 2026", "2026-12-01"),
        ("1 Dec 2026", "2026-12-01"),
        ("  2026-12-01 ", "2026-12-01"),
        ("February 30, 2026", "February 30, 2026"),  # no such day: as written
        ("Mayo 1, 2026", "Mayo 1, 2026"),  # no such month
        ("De 1, 2026", "De 1, 2026"),  # two letters tell no month
        ("early December", "early December"),
    ],
)
def test_iso_date_reads_both_styles_and_leaves_anything_else(text: str, iso: str) -> None:
    assert w.iso_date(text) == iso


def test_display_date_writes_any_recognised_date_in_the_asked_style() -> None:
    assert w.display_date("2026-12-01", w.MONTH_DAY) == "December 1, 2026"
    assert w.display_date("2026-12-01", w.DAY_MONTH) == "1 December 2026"
    assert w.display_date("1 December 2026", w.MONTH_DAY) == "December 1, 2026"
    assert w.display_date("Dec. 1, 2026", w.DAY_MONTH) == "1 December 2026"
    assert w.display_date("2026-02-30", w.MONTH_DAY) == "2026-02-30"
    assert w.display_date("to be confirmed", w.MONTH_DAY) == "to be confirmed"


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(w.DATE_STYLES))
def test_every_day_printed_in_either_style_reads_back_as_itself(day: dt.date, style: str) -> None:
    shown = w.display_date(day.isoformat(), style)
    assert shown != day.isoformat() and w.iso_date(shown) == day.isoformat()


def test_each_shipped_layout_says_its_date_style() -> None:
    styles = {template.id: template.style.date_style for template in load_templates().values()}
    assert {styles[t] for t in US} == {w.MONTH_DAY}
    assert {styles[t] for t in COMMONWEALTH} == {w.DAY_MONTH}


def test_an_unknown_date_style_is_one_clear_message() -> None:
    data = json.loads((Path(__file__).parent.parent / "resources/templates/uk-submission.json").read_text())
    data["style"]["date_style"] = "year-first"
    with pytest.raises(TemplateError, match="date_style must be one of day-month, month-day, not 'year-first'"):
        _parse(data, "bad.json")


def test_switching_layout_rewrites_the_date_and_loses_nothing() -> None:
    brief = dated_brief("uk-submission")
    assert date_row(brief) == "1 December 2026"
    us = switch_template(brief, get_template("us-information-memo"))
    assert date_row(us) == "December 1, 2026" and us.metadata.date == "2026-12-01"
    back = switch_template(us, get_template("uk-submission"))
    assert date_row(back) == "1 December 2026" and back.metadata.date == "2026-12-01"
    typed = dated_brief("uk-submission")
    typed.metadata.date = "1 December 2026"  # typed as the page shows it, not as ISO
    assert date_row(switch_template(typed, get_template("us-action-memo"))) == "December 1, 2026"
