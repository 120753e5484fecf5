"""Text into Word runs: marks as formatted runs, right-to-left paragraphs, long text chunked.

The cleaning itself (what XML forbids, marks moved with the text) is format-neutral and lives
in :mod:`briefing.export.textclean`; it is re-exported here for existing callers.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence

from docx.enum.text import WD_COLOR_INDEX, WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from briefing.export.textclean import PLACEHOLDER_MARK, Marks, clean_with_marks, is_rtl, lines_with_offsets, xml_safe

logger = logging.getLogger(__name__)

__all__ = [
    "Marks",
    "add_flagged_text",
    "add_run",
    "add_text_runs",
    "clean_with_marks",
    "is_rtl",
    "lines_with_offsets",
    "set_paragraph_rtl",
    "xml_safe",
]

MAX_TEXT_NODE = 1_000_000  # characters per <w:t>; a run may hold many


def set_paragraph_rtl(paragraph: Paragraph) -> None:
    """Give the paragraph right-to-left direction (w:bidi), which python-docx has no API for."""
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is None:
        successors = (
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        )
        p_pr.insert_element_before(OxmlElement("w:bidi"), *successors)


def add_run(paragraph: Paragraph, text: str) -> Run:
    """``paragraph.add_run(text)`` for one line of text, without python-docx's per-character loop."""
    run = paragraph.add_run()
    r = run._r
    for index, piece in enumerate(text.split("\t")):
        if index:
            r.append(OxmlElement("w:tab"))
        # XML parsers (libxml2, so python-docx too) refuse a text node over 10 MB: chunk it.
        for start in range(0, len(piece), MAX_TEXT_NODE):
            t = OxmlElement("w:t")
            t.text = piece[start : start + MAX_TEXT_NODE]
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
    return run


def _segments(start: int, end: int, marks: Marks) -> list[tuple[int, int, frozenset[str]]]:
    """Split ``[start, end)`` at every mark boundary; each piece carries the kinds covering it."""
    cuts = {start, end}
    for m_start, m_end, _ in marks:
        for cut in (m_start, m_end):
            if start < cut < end:
                cuts.add(cut)
    points = sorted(cuts)
    pieces = []
    for a, b in itertools.pairwise(points):
        kinds = frozenset(kind for m_start, m_end, kind in marks if m_start <= a and b <= m_end)
        pieces.append((a, b, kinds))
    return pieces


def add_text_runs(
    paragraph: Paragraph, text: str, marks: Marks, start: int = 0, end: int | None = None, *, rtl: bool = False
) -> list[Run]:
    """Add ``text[start:end]`` as runs, bold/italic/underline where ``marks`` say so."""
    end = len(text) if end is None else end
    runs = []
    for a, b, kinds in _segments(start, end, marks):
        run = add_run(paragraph, text[a:b])
        if "bold" in kinds:
            run.bold = True
            if rtl:
                run.font.cs_bold = True
        if "italic" in kinds:
            run.italic = True
            if rtl:
                run.font.cs_italic = True
        if "underline" in kinds:
            run.font.underline = WD_UNDERLINE.SINGLE
        if PLACEHOLDER_MARK in kinds:  # a template placeholder left in: the reader must see the gap
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if rtl:
            run.font.rtl = True
        runs.append(run)
    return runs


def add_flagged_text(
    paragraph: Paragraph, text: str, flagged: Sequence[tuple[int, int]], *, bold: bool = False, rtl: bool = False
) -> list[Run]:
    """``text`` as runs with its placeholders ("[addressee]") highlighted, all bold when ``bold``."""
    marks: Marks = [(start, end, PLACEHOLDER_MARK) for start, end in flagged]
    if bold:
        marks.append((0, len(text), "bold"))
    return add_text_runs(paragraph, text, marks, rtl=rtl)
