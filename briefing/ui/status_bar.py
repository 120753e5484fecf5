"""The status bar: words, estimated pages as exported, unreviewed items and the save state.

Clicking "N unreviewed" goes to the next unreviewed item (as F8 does).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from briefing.model import Brief
from briefing.session import estimated_pages, unreviewed_count, word_count


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class BriefStatusBar(QStatusBar):
    unreviewed_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(self)
        self.pages = QLabel(self)
        self.pages.setToolTip(
            "Estimated from the lines each item takes in the Word export; Word's own layout may differ by a page"
        )
        self.unreviewed = _ClickableLabel(self)
        self.unreviewed.setToolTip("Pre-filled items nobody has edited or ticked yet; click to go to the next (F8)")
        self.unreviewed.setCursor(Qt.CursorShape.PointingHandCursor)
        self.unreviewed.clicked.connect(self.unreviewed_clicked)
        self.state = QLabel(self)
        for label in (self.words, self.pages, self.unreviewed, self.state):
            label.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(label)

    def show_counts(self, brief: Brief) -> None:
        words = word_count(brief)
        pages = estimated_pages(brief)
        unreviewed = unreviewed_count(brief)
        self.words.setText(f"{words:,} words")
        self.pages.setText(f"≈ {pages} page{'s' if pages != 1 else ''}")
        self.unreviewed.setText(f"{unreviewed} unreviewed" if unreviewed else "All reviewed")
        self.words.setAccessibleName(self.words.text())
        self.pages.setAccessibleName(f"About {pages} pages when exported")
        self.unreviewed.setAccessibleName(self.unreviewed.text())

    def show_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setAccessibleName(f"Save state: {text}")
