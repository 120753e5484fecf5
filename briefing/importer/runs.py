"""A Word paragraph back into item text, marks and lead-in.

Reads every run a person sees, tracked insertions included and deletions left out, so a
colleague's edits made with Track Changes on come back as the text they read on screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.enum.text import WD_UNDERLINE
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from briefing import wordfile as c

_VISIBLE_RUNS = (
    "./w:r | ./w:ins/w:r | ./w:hyperlink/w:r | ./w:ins/w:hyperlink/w:r | ./w:fldSimple/w:r"
    " | ./w:smartTag/w:r | ./w:sdt/w:sdtContent/w:r"
)
_MAX_LEAD_CHARS = 80


@dataclass
class ParsedParagraph:
    text: str
    marks: list[tuple[int, int, str]] = field(default_factory=list)
    lead: str | None = None
    lead_kind: str | None = None  # "speaker", "label", or "bold" (typed by hand; context decides)
    portion: str = ""  # the exporter's portion mark opening the paragraph, e.g. "(U)"


def visible_runs(paragraph: Paragraph) -> list[Run]:
    return [Run(r, paragraph) for r in paragraph._p.xpath(_VISIBLE_RUNS)]


def _style_name(run: Run) -> str:
    style_id = run._r.style
    if not style_id:
        return ""
    try:
        return run.style.name or ""
    except (KeyError, ValueError):
        return style_id


def _is_note_reference(run: Run, style: str) -> bool:
    return style == c.STYLE_NOTE_REF or bool(run.font.superscript and run.text.strip().isdigit())


def _effective(run: Run, attribute: str) -> bool:
    """A run's own bold/italic, else the one its character style gives (e.g. Strong, Emphasis)."""
    value = getattr(run, attribute)
    if value is None and run._r.style:
        try:
            value = getattr(run.style.font, attribute)
        except (KeyError, ValueError):
            value = None
    return bool(value)


def _underlined(run: Run) -> bool:
    value = run.underline
    return value is not None and value is not False and value != WD_UNDERLINE.NONE


def portion_pattern(abbreviations: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A portion mark typed by hand ("(U) ", "(S//NOFORN) ") at the start of a paragraph."""
    names = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(r"^\s*\((?:" + names + r")(?://[^()]*)?\)[ \t\u00a0]*")


def strip_portion_mark(text: str, portion: re.Pattern[str] | None) -> str:
    return portion.sub("", text, count=1) if portion is not None else text


def is_placeholder(paragraph: Paragraph) -> bool:
    """The exporter's "[Recommendation to be completed]": a reminder, not an item the writer wrote."""
    runs = [run for run in visible_runs(paragraph) if run.text.strip() and _style_name(run) != c.STYLE_PORTION_MARK]
    return bool(runs) and all(_style_name(run) == c.STYLE_PLACEHOLDER for run in runs)


_EXPORTERS_OWN = (c.STYLE_PORTION_MARK, c.STYLE_REVIEW_FLAG)  # run styles whose text is the exporter's, not the item's
_TYPED_FLAG = re.compile(r"^[ \t\u00a0]*" + re.escape(c.REVIEW_FLAG_TEXT) + r"[ \t\u00a0]*")


def paragraph_text(paragraph: Paragraph, portion: re.Pattern[str] | None = None) -> str:
    """What a reader sees in the paragraph, less the portion mark and review flag that open it."""
    runs = visible_runs(paragraph)
    text = "".join(run.text for run in runs if _style_name(run) not in _EXPORTERS_OWN)
    if any(_style_name(run) == c.STYLE_PORTION_MARK for run in runs):
        return text  # the exporter's mark is gone; what follows is the writer's own text
    return strip_portion_mark(text, portion)


def parse_paragraph(paragraph: Paragraph, portion: re.Pattern[str] | None = None) -> ParsedParagraph:
    """Text, marks and lead-in of a paragraph; its portion mark ("(U) ") is not part of the item.

    The exporter writes the mark in its own character style; ``portion`` also catches one a
    colleague typed by hand (or whose style was lost) at the very start of the first run, but
    only where no styled mark is present: an item that itself begins "(S) " keeps it.
    """
    runs: list[tuple[str, str, Run]] = []
    styled_mark = False
    flagged = False
    mark_text = ""
    for run in visible_runs(paragraph):
        style = _style_name(run)
        text = run.text
        if style == c.STYLE_PORTION_MARK:
            styled_mark = True
            mark_text += text
        elif style == c.STYLE_REVIEW_FLAG:
            flagged = True
        elif text and not _is_note_reference(run, style):
            runs.append((text, style, run))
    if runs and portion is not None and not styled_mark:
        first, style, run = runs[0]
        trimmed = strip_portion_mark(first, portion)
        if trimmed != first:
            runs[0] = (trimmed, style, run)
            if not trimmed:
                runs.pop(0)
    if runs and not flagged:  # the flag's style lost on the way: its words still are not the item's
        first, style, run = runs[0]
        trimmed = _TYPED_FLAG.sub("", first, count=1)
        if trimmed != first:
            runs[0] = (trimmed, style, run)
            while runs and not runs[0][0].strip():  # the flag, then its space in a run of its own
                runs.pop(0)

    lead, lead_kind, start = _styled_lead(runs)
    if lead is None:
        lead, lead_kind, start = _bold_lead(runs)

    text_parts: list[str] = []
    marks: list[tuple[int, int, str]] = []
    position = 0
    for text, _, run in runs[start:]:
        end = position + len(text)
        for kind, present in (
            ("bold", _effective(run, "bold")),
            ("italic", _effective(run, "italic")),
            ("underline", _underlined(run)),
        ):
            if present:
                marks.append((position, end, kind))
        text_parts.append(text)
        position = end
    text = "".join(text_parts)
    if lead_kind == "bold":  # "Name:" typed by hand, then " text": the space belongs to neither
        gap = len(text) - len(text.lstrip(" "))
        text = text[gap:]
        marks = [(max(s - gap, 0), e - gap, k) for s, e, k in marks if e - gap > 0]
    return ParsedParagraph(text, merge_marks(marks), lead, lead_kind, mark_text.strip())


def _styled_lead(runs: list[tuple[str, str, Run]]) -> tuple[str | None, str | None, int]:
    kinds = {c.STYLE_SPEAKER: "speaker", c.STYLE_LEAD_IN: "label"}
    if not runs or runs[0][1] not in kinds:
        return None, None, 0
    style = runs[0][1]
    count = 0
    while count < len(runs) and runs[count][1] == style:
        count += 1
    lead = "".join(text for text, _, _ in runs[:count])
    return _strip_separator(lead), kinds[style], count


def _bold_lead(runs: list[tuple[str, str, Run]]) -> tuple[str | None, str | None, int]:
    """A bold "Name:" typed by hand at the start of a bullet counts as a lead-in too."""
    text = ""
    for count, (piece, _, run) in enumerate(runs, start=1):
        if not _effective(run, "bold"):
            return None, None, 0
        text += piece
        if len(text) > _MAX_LEAD_CHARS:
            return None, None, 0
        if text.rstrip().endswith(":") and count < len(runs):
            lead = _strip_separator(text)  # a bold ":" alone names nobody: it is the item's own text
            return (lead, "bold", count) if lead else (None, None, 0)
    return None, None, 0


def _strip_separator(lead: str) -> str | None:
    lead = lead.strip()
    if lead.endswith(":"):
        lead = lead[:-1].rstrip()
    return lead or None


def merge_marks(marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join touching or overlapping ranges of the same kind; runs split text arbitrarily."""
    merged: list[tuple[int, int, str]] = []
    for kind in ("bold", "italic", "underline"):
        spans = sorted((s, e) for s, e, k in marks if k == kind and s < e)
        for start, end in spans:
            if merged and merged[-1][2] == kind and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]), kind)
            else:
                merged.append((start, end, kind))
    return sorted(merged, key=lambda m: (m[0], m[1], m[2]))


def shift_marks(marks: list[tuple[int, int, str]], offset: int) -> list[tuple[int, int, str]]:
    return [(s + offset, e + offset, k) for s, e, k in marks]
