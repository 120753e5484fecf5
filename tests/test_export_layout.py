"""The format-neutral layout and the suffix -> writer registry."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing import wordfile as w
from briefing.errors import ExportError
from briefing.export import build_docx, estimate_pages, lay_out, render, writer_for
from briefing.export.layout import BlockKind, LayoutOptions, LeadKind
from briefing.model import Brief, Item, Section
from briefing.templates import get_template
from tests.docx_support import open_docx, outline, rich_brief


def test_layout_loads_without_python_docx_or_qt() -> None:
    code = (
        "import sys, briefing.export.layout, briefing.session;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml', 'PySide6')];"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_blocks_in_reading_order() -> None:
    layout = lay_out(rich_brief(), options=LayoutOptions(source_notes=True))
    kinds = [(b.kind, b.text or (b.lines[0].text if b.lines else ""), b.lead) for b in layout.blocks]
    assert kinds[:5] == [
        (BlockKind.NOTICE, w.review_notice(3, 8), ""),
        (BlockKind.HEADING, "Summary", ""),
        (BlockKind.ITEM, "Wang Yi met Antony Blinken for three hours.", ""),
        (BlockKind.ITEM, "Talks were frank", ""),
        (BlockKind.HEADING, "Key issues", ""),
    ]
    assert (BlockKind.PARTY, "China", "") in kinds
    taiwan = next(b for b in layout.blocks if b.lead == "Taiwan")
    assert taiwan.lead_kind == LeadKind.LABEL and taiwan.note.startswith("Article, para. 2: ")
    assert [b.text for b in layout.blocks if b.kind == BlockKind.HEADING][-1] == "Source"
    assert layout.title == "Briefing note"
    assert [r.label for r in layout.title_block][:4] == ["To", "From", "Date", "Subject"]
    two_lines = next(b for b in layout.blocks if b.lines and b.lines[0].text == "Talks were frank")
    assert [line.text for line in two_lines.lines] == ["Talks were frank", "and long"]
    assert two_lines.lines[1].marks == ((0, 3, "underline"),)  # "and" of "and long", moved with its line


def test_portion_marks_and_marking_come_from_the_template_rules() -> None:
    brief = rich_brief("us-information-memo")
    layout = lay_out(brief, options=LayoutOptions(classification="secret//noforn"))
    assert layout.marking.text == "SECRET//NOFORN", "accepted case-insensitively, shown in the format's spelling"
    assert layout.marking.portion == "(S//NF)"
    portions = {b.lines[0].text: b.portion for b in layout.blocks if b.kind == BlockKind.ITEM}
    assert portions["A return visit to Washington is likely."] == "(S//NF)", "the writer's own item"
    assert portions["China has no room for compromise."] == "(U)", "pre-filled from a published article"
    subject = next(r for r in layout.title_block if r.field == "title")
    assert subject.portion == "(S//NF)" and subject.bold


def test_writer_is_chosen_by_suffix_and_unknown_ones_are_refused() -> None:
    assert writer_for("note.DOCX").SUFFIX == ".docx"
    with pytest.raises(ExportError, match=r"cannot export to '\.odt': Briefing writes \.docx"):
        writer_for("note.odt")
    with pytest.raises(ExportError, match="without a suffix"):
        writer_for("note")
    brief = rich_brief()
    assert outline(open_docx(render(brief, "x.docx"))) == outline(open_docx(build_docx(brief)))


def test_page_estimate_counts_what_the_export_shows() -> None:
    template = get_template("canada-briefing-note")
    long_text = "word " * 10
    items = [Item(long_text, label=f"Party {n}", speaker=f"Person {n}") for n in range(60)]
    grouped = Brief(title="t", template=template.id, sections=[Section("current_status", "Current status", items)])
    plain = Brief(title="t", template=template.id, sections=[Section("summary", "Summary", list(items))])
    # 60 party headings only where the positions slot feeds the section (Canada's current_status).
    assert template.section_role("current_status") != template.section_role("summary")
    assert estimate_pages(grouped) > estimate_pages(plain)
    empty = Brief(title="t", template=template.id, sections=[Section("summary", "Summary", [])] * 60)
    assert estimate_pages(empty) == 1  # sections the export leaves out cost nothing
