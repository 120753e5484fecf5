"""The one shape every format is read into before it becomes an Article.

Plain text keeps its own characters, so its units point into the file's text. Structured
formats (Markdown, HTML, Word) are rendered into a text of our own by ``compose``: one block a
line, a blank line between blocks, list items one a line as "• item" or "1. item". Either way the
classifier and the sentence splitter then see the same thing: a text and its units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.article import BlockKind

BULLET = "•"
_LINE_BREAKS = re.compile(r"[\r\n\v\f\u2028\u2029\x85]+")


@dataclass
class Unit:
    """A block to be: its content's span (list markers and indentation lie outside it)."""

    start: int
    end: int
    kind: BlockKind | None = None  # None: the classifier decides from the text's shape
    level: int = 0
    lines: int = 1  # how many source lines it spans (a wrapped paragraph has several)


@dataclass
class Part:
    """A block a structured format has recognised: its text and, when known, its kind."""

    text: str
    kind: BlockKind | None = None
    level: int = 0
    marker: str = ""  # "•" or "3." for list items; rendered before the text


def compose(parts: list[Part]) -> tuple[str, list[Unit]]:
    """Render parts as one normalised text and return the units pointing into it."""
    pieces: list[str] = []
    units: list[Unit] = []
    length = 0
    previous: Part | None = None
    for part in parts:
        content = _LINE_BREAKS.sub(" ", part.text).strip()
        if not content:
            continue
        if previous is not None:
            gap = "\n" if (part.kind == previous.kind == BlockKind.LIST_ITEM) else "\n\n"
            pieces.append(gap)
            length += len(gap)
        prefix = ""
        if part.kind == BlockKind.LIST_ITEM:
            prefix = "  " * max(part.level - 1, 0) + (part.marker or BULLET) + " "
        pieces.append(prefix + content)
        start = length + len(prefix)
        length = start + len(content)
        units.append(Unit(start, length, part.kind, part.level))
        previous = part
    return "".join(pieces), units
