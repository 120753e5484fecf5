"""The one highlighter on an item's text: its placeholders, and the latest check's underlines.

A QTextDocument has room for one highlighter's formats: each pass of a QSyntaxHighlighter
replaces every format of the block it paints, so a second highlighter on the same document
would wipe the first's marks whenever it ran. Hence one per item's QTextDocument, painting
both. It is made when the item's editor is (``on``), not for every item of the brief: a
10,000-item brief pays for the editors near the screen, and a keystroke repaints only the
block it changed (Qt calls ``highlightBlock`` for that block alone), never the whole brief.
The formats live in the document's layout only: never in the item's text, marks or undo
history, and they do not mark the brief changed.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Protocol

from PySide6.QtGui import QTextCharFormat, QTextDocument

from briefing import placeholders
from briefing.model import Item
from briefing.ui.placeholder_marks import PlaceholderHighlighter

Painted = list[tuple[int, int, QTextCharFormat]]  # start, end (in the block), format


class BlockMarks(Protocol):
    """Where the check's underlines fall in one block of an item's text (``Underlines``)."""

    def block_marks(self, item: Item, document: QTextDocument, text: str, offset: int) -> Painted: ...


class ItemHighlighter(PlaceholderHighlighter):
    """Placeholders first, then any underline; an underline on a placeholder keeps its amber."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.item: Item | None = None
        self.underlines: BlockMarks | None = None

    @classmethod
    def on(cls, document: QTextDocument) -> ItemHighlighter:
        """The highlighter of ``document``, made the first time an editor or the check asks."""
        for child in document.children():
            if isinstance(child, cls):
                return child
        return cls(document)

    def show_underlines(self, item: Item, underlines: BlockMarks) -> None:
        """Paint ``underlines``' marks for ``item`` too, from the next pass on."""
        self.item, self.underlines = item, underlines

    def highlightBlock(self, text: str) -> None:
        spans = placeholders.find(text)
        for start, end in spans:
            self.setFormat(start, end - start, self.mark)
        if self.underlines is None or self.item is None:
            return
        offset = self.currentBlock().position()
        for start, end, fmt in self.underlines.block_marks(self.item, self.document(), text, offset):
            cuts = sorted({start, end, *(edge for span in spans for edge in span if start < edge < end)})
            for left, right in pairwise(cuts):
                inside = any(a <= left and right <= b for a, b in spans)
                self.setFormat(left, right - left, self._on_placeholder(fmt) if inside else fmt)

    def _on_placeholder(self, fmt: QTextCharFormat) -> QTextCharFormat:
        merged = QTextCharFormat(self.mark)
        merged.merge(fmt)  # the underline's style and colour over the amber
        return merged
