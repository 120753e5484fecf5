"""Text into Word runs: strip what XML forbids, turn marks into formatted runs, mind the script.

XML 1.0 cannot hold NUL or most control characters, and lxml refuses them outright, so a
pasted article with a stray form feed would otherwise make the whole export fail. Cleaning
keeps every other character (any script, emoji, tabs) and moves the marks with the text.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata

from docx.enum.text import WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph
from docx.text.run import Run

logger = logging.getLogger(__name__)

# Characters XML 1.0 forbids, plus lone surrogates (not encodable as UTF-8) and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Marks = list[tuple[int, int, str]]
MAX_TEXT_NODE = 1_000_000  # characters per <w:t>; a run may hold many


def xml_safe(text: str | None) -> str:
    """``text`` with line breaks as ``\\n`` and every character XML forbids removed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub("", text)


def clean_with_marks(text: str, marks: Marks) -> tuple[str, Marks]:
    """Clean ``text`` like :func:`xml_safe` and shift each mark to the same characters."""
    if "\r" not in text and not _FORBIDDEN.search(text):
        return text, [(s, e, k) for s, e, k in marks if 0 <= s < e <= len(text)]
    kept: list[str] = []
    new_index = [0] * (len(text) + 1)  # old offset -> offset in the cleaned text
    i = 0
    while i < len(text):
        new_index[i] = len(kept)
        char = text[i]
        if char == "\r":
            kept.append("\n")
            if i + 1 < len(text) and text[i + 1] == "\n":
                new_index[i + 1] = len(kept)
                i += 1
        elif not _FORBIDDEN.match(char):
            kept.append(char)
        i += 1
    new_index[len(text)] = len(kept)
    moved = [
        (new_index[start], new_index[end], kind)
        for start, end, kind in marks
        if 0 <= start < end <= len(text) and new_index[start] < new_index[end]
    ]
    return "".join(kept), moved


def is_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Arabic, Hebrew, ...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


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
        if rtl:
            run.font.rtl = True
        runs.append(run)
    return runs


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each line of ``text``; an item with newlines is one paragraph per line."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
