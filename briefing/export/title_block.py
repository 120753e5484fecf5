"""The title block: To, From, Date, Subject, File, Purpose, Drafted by, Contact.

A borderless two-column table keeps the labels and values aligned in Word and LibreOffice
alike (tab stops drift when a recipient changes the font), and a table row is also easy
for the importer to read back. Empty rows are left out; the subject is always shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import Table

from briefing import wordfile as w
from briefing.export.layout import TitleRow
from briefing.export.text import add_flagged_text, add_run, set_paragraph_rtl


def add_title_block(
    document: Document, rows: Sequence[TitleRow], text_width: int, label_width_cm: float = 3.2
) -> Table:
    """The metadata table; a row's portion mark ("(U)") opens its value (the subject, in US memos).
    ``label_width_cm`` is the template's label column, wide enough for its longest label."""
    table = document.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _borderless(table)
    label_width = Cm(label_width_cm)
    widths = (label_width, max(text_width - label_width, Cm(4)))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for table_row, row in zip(table.rows, rows, strict=True):
        for cell, width in zip(table_row.cells, widths, strict=True):
            cell.width = width
        label_par = table_row.cells[0].paragraphs[0]
        add_run(label_par, f"{row.label}:").bold = True
        value_par = table_row.cells[1].paragraphs[0]
        if row.portion:
            add_run(value_par, row.portion + w.PORTION_MARK_SEPARATOR).style = w.STYLE_PORTION_MARK
        for run in add_flagged_text(value_par, row.value, row.flagged, bold=row.bold, rtl=row.rtl):
            run.font.all_caps = row.caps or None  # the Australian subject: capitals on the page, as written inside
        if row.rtl:
            set_paragraph_rtl(value_par)
        for paragraph in (label_par, value_par):
            paragraph.paragraph_format.space_after = Pt(2)
    _rule_under(table)
    return table


def _borderless(table: Table) -> None:
    """No borders whatever the document's default table style, and text flush with the margin."""
    tbl_pr = table._tbl.tblPr
    for tag in ("w:tblBorders", "w:tblCellMar", "w:tblInd"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(f'<w:{edge} w:val="nil"/>' for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    margins = parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>'
    )
    indent = parse_xml(f'<w:tblInd {nsdecls("w")} w:w="0" w:type="dxa"/>')
    successors = (
        "w:shd",
        "w:tblLayout",
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
        "w:tblPrChange",
    )
    tbl_pr.insert_element_before(borders, *successors)
    tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    tbl_pr.insert_element_before(indent, "w:tblBorders", *successors)


def _rule_under(table: Table) -> None:
    """A thin line under the last row separates the block from the body, as in a printed memo."""
    last = table.rows[-1]
    for cell in last.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        tc_pr.append(
            parse_xml(
                f"<w:tcBorders {nsdecls('w')}>"
                '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
                "</w:tcBorders>"
            )
        )
        tc_pr.append(parse_xml(f'<w:tcMar {nsdecls("w")}><w:bottom w:w="113" w:type="dxa"/></w:tcMar>'))
