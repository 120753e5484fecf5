"""Text as every writer needs it: what XML forbids removed, marks moved with it, script direction.

XML 1.0 cannot hold NUL or most control characters, and lxml refuses them outright, so a
pasted article with a stray form feed would otherwise make the whole export fail. Cleaning
keeps every other character (any script, emoji, tabs) and moves the marks with the text.
Nothing here knows about Word or PDF: the layout uses it before any writer runs.
"""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 forbids, plus lone surrogates (not encodable as UTF-8) and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Marks = list[tuple[int, int, str]]
PLACEHOLDER_MARK = "placeholder"  # a mark the layout adds: a template placeholder left in, highlighted by every writer


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


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each line of ``text``; an item with newlines is one paragraph per line."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
