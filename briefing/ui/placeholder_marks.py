"""Template placeholders ("[addressee]", "[to be completed]") marked where the writer types.

The export highlights every placeholder left in, and the check names it; the editor showed
nothing in the title, the title-block fields or an item's text, so a "[addressee]" typed (or
kept from a template) in To read as a finished value until the export. Here the title gets a
QSyntaxHighlighter (a format in its document's layout only: never in the text, the undo
history or the modified flag), so does an item's text (``item_highlighter``: one highlighter
with the check's underlines), and a one-line field paints the same cue over its text: a pale
amber background with a dotted amber underline, unlike Find's yellow and orange and the
check's red and violet underlines. The rule for what counts is the core's (briefing.placeholders).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from briefing import placeholders

BACKGROUND = "#ffe0a3"  # pale amber: the export's highlight, toned down for a screen
LINE = "#b86e00"  # dark amber, dotted: reads on a light or a dark palette
OVERLAY_ALPHA = 110  # over a one-line field's text, which is painted first
TOOLTIP = "A placeholder: fill it in before the brief goes out"


def placeholder_format() -> QTextCharFormat:
    """Dark text on pale amber with a dotted amber underline."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(BACKGROUND))
    fmt.setForeground(QColor("black"))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(LINE))
    return fmt


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Marks the placeholders in a document (the title; an item's text) as the writer types:
    Qt hands it the block that changed, and it scans that block alone."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.mark = placeholder_format()

    def highlightBlock(self, text: str) -> None:
        for start, end in placeholders.find(text):
            self.setFormat(start, end - start, self.mark)


def paint_over_line(painter: QPainter, rects: list[QRect]) -> None:
    """The same cue over a one-line field's text: the background (translucent, as the text is
    already drawn) and the dotted line along the bottom of each placeholder."""
    fill = QColor(BACKGROUND)
    fill.setAlpha(OVERLAY_ALPHA)
    pen = QPen(QColor(LINE), 1, Qt.PenStyle.DotLine)
    for rect in rects:
        painter.fillRect(rect, fill)
        painter.setPen(pen)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
