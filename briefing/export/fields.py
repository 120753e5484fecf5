"""Word fields (PAGE, NUMPAGES) as complex fields, which python-docx has no API for.

A complex field is five runs: begin, the instruction, separate, a cached result, end. Word
and LibreOffice recompute the result whenever they lay the pages out, so "Page X of Y"
stays right after a colleague adds a page; the cached "1" only shows in viewers that
cannot paginate.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def _field_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def add_field(paragraph: Paragraph, instruction: str, cached: str = "1", *, size_pt: float | None = None) -> list[Run]:
    """Append the field ``instruction`` (e.g. ``PAGE``) to ``paragraph``; returns its runs."""
    runs = [paragraph.add_run() for _ in range(5)]
    runs[0]._r.append(_field_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    runs[1]._r.append(instr)
    runs[2]._r.append(_field_char("separate"))
    runs[3].text = cached
    runs[4]._r.append(_field_char("end"))
    if size_pt is not None:
        for run in runs:
            run.font.size = Pt(size_pt)
    return runs


def add_page_x_of_y(paragraph: Paragraph, *, size_pt: float | None = None) -> None:
    """Append "Page X of Y" with live PAGE and NUMPAGES fields."""
    for text, field in (("Page ", "PAGE"), (" of ", "NUMPAGES")):
        run = paragraph.add_run(text)
        if size_pt is not None:
            run.font.size = Pt(size_pt)
        add_field(paragraph, field, size_pt=size_pt)


def field_instructions(element) -> list[str]:
    """Every field instruction under ``element`` (simple or complex), e.g. ``["PAGE", "NUMPAGES"]``."""
    found = [
        node.get(qn("w:instr"), "").split()[0]
        for node in element.iter(qn("w:fldSimple"))
        if node.get(qn("w:instr"), "").split()
    ]
    found += [node.text.split()[0] for node in element.iter(qn("w:instrText")) if node.text and node.text.split()]
    return [name.upper() for name in found]
