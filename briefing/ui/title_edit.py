"""The brief's title: one paragraph of plain text that wraps and grows instead of being cut off.

A QLineEdit hides the end of a long headline; this editor shows all of it over as many lines
as it needs. It stays a single line of text (Enter inserts nothing, pasted line breaks become
spaces); its typing goes, in word-sized steps, to the window's one undo history.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from briefing.ui import typing_steps
from briefing.ui.typing_steps import defers_to_window, mark_boundary, note_key, use_window_history

logger = logging.getLogger(__name__)

RESTING_SHARE = 0.35  # an unfocused selection: this much of the highlight over the field's base


def resting_highlight(palette: QPalette) -> QColor:
    """The colour of a selection in a field that does not have the focus: the palette's inactive
    highlight where the style dims it, else the highlight mixed into the base (Fusion's inactive
    highlight is its active one, so the title's selection looked as live as the focused field's)."""
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    if inactive != active:
        return inactive
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    share = RESTING_SHARE
    return QColor(
        round(active.red() * share + base.red() * (1 - share)),
        round(active.green() * share + base.green() * (1 - share)),
        round(active.blue() * share + base.blue() * (1 - share)),
    )


class TitleEdit(QPlainTextEdit):
    """A wrapping title field; ``edited`` carries the new text after each change by the user."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._height = 0
        self._restyling = False
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
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark_boundary(self.document())
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        mark_boundary(self.document())
        super().focusInEvent(event)
        self._show_focus()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_focus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            # Find's tint came or went (ui/find_highlights.SelectionTint), or the window's palette changed
            QTimer.singleShot(0, self._show_focus)

    # --- the selection at rest ----------------------------------------------------------
    def _show_focus(self) -> None:
        """A QPlainTextEdit paints its selection in the active colours after the focus leaves it
        (a QLineEdit drops its selection instead), so the title looked selected beside the field
        being typed in (seen under Xvfb). Unfocused, it takes the resting highlight; focused, the
        window's own again. A palette someone else set (Find's orange tint) is left alone."""
        highlight = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        inherited = (self.parentWidget() or self).palette()
        resting = resting_highlight(inherited)
        if self.hasFocus() and highlight == resting:
            self._set_palette(QPalette())  # inherit again, so a theme change reaches it
        elif not self.hasFocus() and highlight == inherited.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
        ):
            palette = QPalette()
            text = inherited.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Highlight, resting)
                palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
            self._set_palette(palette)

    def _set_palette(self, palette: QPalette) -> None:
        self._restyling = True
        try:
            self.setPalette(palette)
        finally:
            self._restyling = False

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
