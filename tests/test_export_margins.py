"""A reference's footer with our banner and page line added (its header with the banner): the
margin leaves it room and a gap, so the body and its footnotes stay clear of it (Word and
LibreOffice grow a footer that outgrows its space upward, a header downward, and the body ends
right on it)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Cm, Pt

from briefing.export import build_docx
from briefing.export.layout import FOOT_GAP_PT
from briefing.export.margins import leave_room, part_height
from briefing.templates import get_template
from tests.docx_support import open_docx, part_text, rich_brief
from tests.test_export_formats import classified_memo
from tests.test_export_reference import _png, make_reference


def _room_pt(section) -> float:
    """Bottom margin less footer distance: the height a footer has before it pushes the body up."""
    return (section.bottom_margin - section.footer_distance) / 12700


def test_a_references_footer_with_our_lines_gets_room_and_a_gap_above_it(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "acme.docx")  # Letter, 1" bottom margin, 0.5" footer distance
    assert _room_pt(docx.Document(str(reference)).sections[0]) == 36, "its own address line fits"
    section = open_docx(build_docx(rich_brief(), reference=reference, source_notes=True)).sections[0]
    assert part_text(section.footer) == ["Acme, 1 Main Street", "OFFICIAL-SENSITIVE", "Page 1 of 1"]
    three_lines = 3 * 10 * 1.13 + 2  # Georgia 10 pt single-spaced, 2 pt above the page line
    assert three_lines + FOOT_GAP_PT <= _room_pt(section) <= three_lines + FOOT_GAP_PT + 6, "room, and not much more"
    assert section.footer_distance == Cm(1.27), "the footer stays where the reference puts it"


def test_a_letterhead_header_with_our_banner_above_it_gets_room_and_a_gap_below_it(tmp_path: Path) -> None:
    """Two letterhead lines fill most of the reference's 0.5" header space; the banner on top
    made the header outgrow it, and LibreOffice set page 2's first line right under it (boxes
    touching, before)."""
    reference = make_reference(tmp_path / "acme.docx")
    document = docx.Document(str(reference))
    document.sections[0].header.add_paragraph("Office of the Minister", style="Header")
    document.save(str(reference))
    section = open_docx(build_docx(rich_brief(), reference=reference)).sections[0]
    assert part_text(section.header) == ["OFFICIAL-SENSITIVE", "ACME MINISTRY", "Office of the Minister"]
    room = (section.top_margin - section.header_distance) / 12700
    three_lines = 3 * 10 * 1.13
    assert three_lines + FOOT_GAP_PT <= room <= three_lines + FOOT_GAP_PT + 6


def test_page_ones_authority_lines_keep_their_own_gap_and_cost_the_other_pages_nothing(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "acme.docx")
    plain = open_docx(build_docx(rich_brief("us-information-memo"), reference=reference)).sections[0]
    memo = open_docx(build_docx(classified_memo(), reference=reference)).sections[0]
    assert memo.first_page_footer.paragraphs[0].paragraph_format.space_before == Pt(FOOT_GAP_PT)
    assert memo.bottom_margin == plain.bottom_margin > Cm(2.54), "one margin for every page, room for the footer"


def test_without_a_reference_the_templates_own_margins_stay_as_the_pdf_has_them() -> None:
    for template in ("briefing-note", "us-information-memo"):
        brief = classified_memo(template) if template.startswith("us-") else rich_brief(template)
        section = open_docx(build_docx(brief, source_notes=True)).sections[0]
        assert abs(section.bottom_margin - Cm(get_template(template).style.margins_cm)) < Cm(0.01)


def test_the_estimate_counts_pictures_tables_and_wrapped_lines_and_keeps_a_negative_margins_sign(
    tmp_path: Path,
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    document = docx.Document()
    section = document.sections[0]
    footer = section.footer
    footer.paragraphs[0].text = "x"
    alone = part_height(document, footer, 400)
    footer.paragraphs[0].text = "x" * 200  # wraps: several lines at 400 pt
    assert part_height(document, footer, 400) >= 2 * alone
    footer.paragraphs[0].text = "x"
    footer.paragraphs[0].add_run().add_picture(str(logo), height=Cm(2))
    assert part_height(document, footer, 400) >= Cm(2).pt
    footer.add_table(2, 2, Cm(10))
    assert part_height(document, footer, 400) >= Cm(2).pt + 2 * alone
    section.bottom_margin = -Cm(1)
    leave_room(document, {0: [(section.header, footer)]})
    saved = io.BytesIO()
    document.save(saved)
    margin = docx.Document(saved).sections[0].bottom_margin
    assert margin < 0 and -margin > section.footer_distance + Cm(2), "still exact, now clear of the footer"


def test_a_footer_opening_with_a_table_has_no_space_of_its_own_to_count(tmp_path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    footer = section.footer
    footer.paragraphs[0].paragraph_format.space_before = Pt(FOOT_GAP_PT)  # under the table, not above it
    footer._element.insert(0, footer.add_table(1, 1, Cm(10))._tbl)
    before = section.bottom_margin
    leave_room(document, {0: [(section.header, footer)]})
    assert section.bottom_margin > before, "the table and the line under it need room"


def test_a_damaged_references_nonsense_sizes_are_no_height_not_a_failure(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    document = docx.Document()
    footer = document.sections[0].footer
    footer.paragraphs[0].add_run("x").add_picture(str(logo), height=Cm(2))
    for extent in footer._element.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
    ):
        extent.set("cy", "tall")
    assert 0 < part_height(document, footer, 400) < Cm(2).pt
