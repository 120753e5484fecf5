"""Find the blocks of a plain text: lines, list items, and paragraphs wrapped over several lines.

Plain text is kept character for character (only line ends become "\\n"), so every unit points
into the user's own text. A line is a block, except in hard-wrapped text (e-mail at 72 columns),
where a line that was broken only because it was full continues on the next line.
"""

from __future__ import annotations

import re

from briefing.article import BlockKind
from briefing.reader.classify import HEADING_LEVEL_PLAIN
from briefing.reader.mojibake import repair
from briefing.reader.units import Unit

LIST_MARK = re.compile(r"[ \t\u00a0]*(?:[•◦▪▫‣●○■□·–*+\-]|\(?\d{1,3}[.)]|\(?[a-z]\))[ \t\u00a0]+(?=\S)")
# "– Old hands –.": a wire service's subheading between dashes (AFP copy), not a list item
_WIRE_SUBHEAD = re.compile(r"[ \t\u00a0]*([–-])[ \t\u00a0]+(\S.{0,80}?)[ \t\u00a0]+\1\.?")
_HAS_WORD = re.compile(r"\w")
_FIRST_WORD = re.compile(r"\S+")
_MIN_WRAP_WIDTH, _MAX_WRAP_WIDTH = 40, 100  # e-mail wraps at 66 to 80 columns
_MIN_BROKEN_WORDS = 8  # words on a line that a sentence broken by hand runs over


def normalise(text: str) -> str:
    """Line ends become "\\n" and garbled UTF-8 is put right ("GuantÃ¡namo"); everything else (smart quotes,
    no-break spaces) stays as it is."""
    return repair(text.replace("\r\n", "\n").replace("\r", "\n"))


def text_units(text: str) -> list[Unit]:
    """Units of a normalised plain text, in order."""
    lines = _lines(text)
    width = _wrap_width([e - s for s, e in lines if s < e])
    units: list[Unit] = []
    list_indents: list[int] = []
    previous_line: tuple[int, int] | None = None  # the last non-blank line, if it was just above
    for start, end in lines:
        content_start = start
        while content_start < end and (text[content_start].isspace() or text[content_start] == "\ufeff"):
            content_start += 1
        content_end = end
        while content_end > content_start and text[content_end - 1].isspace():
            content_end -= 1
        if content_start == content_end or not _HAS_WORD.search(text, content_start, content_end):
            previous_line = None  # blank lines and rules such as "* * *" separate blocks
            list_indents = []
            continue
        subhead = _WIRE_SUBHEAD.fullmatch(text, start, content_end)
        mark = LIST_MARK.match(text, start, content_end)
        if subhead:
            list_indents = []
            units.append(Unit(subhead.start(2), subhead.end(2), BlockKind.HEADING, HEADING_LEVEL_PLAIN))
        elif mark:
            indent = content_start - start
            while list_indents and list_indents[-1] > indent:
                list_indents.pop()
            if not list_indents or list_indents[-1] < indent:
                list_indents.append(indent)
            units.append(Unit(mark.end(), content_end, BlockKind.LIST_ITEM, len(list_indents)))
        elif (
            previous_line
            and units
            and (
                (width and _was_wrapped(text, previous_line, content_start, width))
                or (units[-1].kind == BlockKind.LIST_ITEM and content_start > start)
                or _breaks_mid_sentence(text, previous_line, content_start)
            )
        ):
            units[-1].end = content_end
            units[-1].lines += 1
        else:
            list_indents = []
            units.append(Unit(content_start, content_end))
        previous_line = (start, end)
    return units


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    offset = 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _wrap_width(lengths: list[int]) -> int | None:
    """The column the text was wrapped at, or None when its lines were not wrapped."""
    if len(lengths) < 4:
        return None
    width = max(lengths)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    full = sum(1 for n in lengths if n >= width - 15)
    return width if full >= 0.4 * len(lengths) else None


def _breaks_mid_sentence(text: str, previous: tuple[int, int], next_start: int) -> bool:
    """True when a line ends inside a sentence and the next goes on with it in lower case ("... both an act of
    terrorism and a hate" / "crime, reiterated his frustration ..."): one line broken by hand or by a PDF, in
    text that is otherwise not wrapped. A line that ends on a stop, a colon or a quotation mark, or that the next
    opens on a capital, a digit or a list mark, ends where it is."""
    ending = text[previous[0] : previous[1]].rstrip()
    if not (ending and ending[-1].isalpha() and text[next_start : next_start + 1].islower()):
        return False
    # a title over a byline ("Talks resume in Geneva" / "by Ana Ruiz") is two lines; a sentence runs longer
    return len(ending.split()) >= _MIN_BROKEN_WORDS and not text.startswith(("by ", "via "), next_start)


def _was_wrapped(text: str, previous: tuple[int, int], next_start: int, width: int) -> bool:
    """True when the previous line ended only because the next word would not fit on it."""
    word = _FIRST_WORD.match(text, next_start)
    word_length = len(word.group(0)) if word else 0
    return (previous[1] - previous[0]) + 1 + word_length > width
