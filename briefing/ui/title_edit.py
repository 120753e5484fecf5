"""The brief's title: one paragraph of plain text that wraps and grows instead of being cut off.

A QLineEdit hides the end of a long headline; this editor shows all of it over as many lines
as it needs. It stays a single line of text (Enter inserts nothing, pasted line breaks become
spaces); its typing goes, in word-sized steps, to the window's one undo history.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from briefing.ui import typing_steps
from briefing.ui.resting_selection import RestingSelection
from briefing.ui.typing_steps import defers_to_window, mark_boundary, note_key, use_window_history

logger = logging.getLogger(__name__)


class TitleEdit(QPlainTextEdit):
    """A wrapping title field; ``edited`` carries the new text after each change by the user."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._height = 0
        self._resting = RestingSelection(self)
        self.setObjectName("briefTitle")
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    # --- content ------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        use_window_history(menu, self)  # not the title's own undo, behind the window's history
        try:
            typing_steps.show_field_menu(menu, event.globalPos())
        finally:
            menu.deleteLater()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` from the model (a load, an undo elsewhere): not an edit, no undo step."""
        if text == self.toPlainText():
            return
        self._loading = True
        try:
            self.setPlainText(text)  # also clears this field's own undo history, as QLineEdit did
        finally:
            self._loading = False
        self.moveCursor(self.textCursor().MoveOperation.Start)
        self._fit()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # a title is one paragraph
            return
        note_key(event, self.document())
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if defers_to_window(event):  # Ctrl+Z goes to the window's one history
            event.ignore()
            return False
        self._resting.see(event)  # a focus or palette change: the selection's colours
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark_boundary(self.document())
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        mark_boundary(self.document())
        super().focusInEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        mark_boundary(self.document())
        self.textCursor().insertText(re.sub(r"\s+", " ", source.text()))
        mark_boundary(self.document())

    # --- size ---------------------------------------------------------------------------
    def _fit(self) -> None:
        # QPlainTextEdit's layout counts lines, so measure the laid-out blocks in pixels.
        lines = 0
        block = self.document().begin()
        while block.isValid():
            lines += max(1, block.layout().lineCount()) if block.layout() else 1
            block = block.next()
        line_height = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        height = (
            max(1, lines) * line_height + int(2 * self.document().documentMargin()) + margins.top() + margins.bottom()
        )
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(300, self._height or self.fontMetrics().lineSpacing() + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self._height or self.fontMetrics().lineSpacing() + 12)
