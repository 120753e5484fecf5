"""One template section in the brief pane: heading, guidance, its items, and drops onto it.

The widget mirrors ``Section.items``: ``sync()`` adds, removes and reorders item editors
to match the model, keeping the editors (and their typing undo) of items that stayed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from briefing.model import Item, Section
from briefing.ui.article_view import SPAN_MIME
from briefing.ui.item_editor import ITEM_MIME, ItemEditor

logger = logging.getLogger(__name__)

DROP_LINE = 3  # px: the line that shows where a dragged item or passage will land
AUTOSCROLL_MARGIN = 40  # px from the pane's edge at which a drag scrolls the brief

EditorFactory = Callable[["SectionWidget", Item], ItemEditor]  # builds and wires one item's editor


class SectionWidget(QFrame):
    add_requested = Signal(str)  # section id
    redraft_requested = Signal(str)
    item_dropped = Signal(object, str, int)  # id() of the dragged item (past 32 bits), section id, index
    span_dropped = Signal(str, int, int, int)  # section id, index, start, end
    text_dropped = Signal(str, int, str)  # section id, index, text

    def __init__(
        self,
        section: Section,
        guidance: str,
        *,
        make_editor: EditorFactory,
        show_label: bool,
        show_speaker: bool,
        can_redraft: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.make_editor = make_editor
        self.show_label, self.show_speaker = show_label, show_speaker
        self.editors: dict[int, ItemEditor] = {}
        self.setObjectName("sectionWidget")
        self.setAcceptDrops(True)
        self.setAccessibleName(f"Section {section.heading}")
        self.body_layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 4)
        layout.setSpacing(4)

        header = QHBoxLayout()
        self.buttons: list[QToolButton] = []
        self.heading = QLabel(section.heading, self)
        self.heading.setObjectName("sectionHeading")
        header.addWidget(self.heading, 1)
        if can_redraft:
            header.addWidget(
                self._header_button(
                    "Redraft",
                    f"Draft “{section.heading}” again from the article",
                    f"Redraft {section.heading}",
                    lambda: self.redraft_requested.emit(self.section.id),
                )
            )
        header.addWidget(
            self._header_button(
                "+ Add item",
                f"Add an item to “{section.heading}”",
                f"Add item to {section.heading}",
                lambda: self.add_requested.emit(self.section.id),
            )
        )
        layout.addLayout(header)
        if guidance:
            hint = QLabel(guidance, self)
            hint.setObjectName("sectionGuidance")
            hint.setWordWrap(True)
            layout.addWidget(hint)

        self.items_layout = QVBoxLayout()
        self.items_layout.setSpacing(4)
        layout.addLayout(self.items_layout)
        self.empty = QLabel("No items yet: add one, or drag a passage here from the article.", self)
        self.empty.setObjectName("sectionEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.drop_indicator = QFrame(self)
        self.drop_indicator.setObjectName("dropIndicator")
        self.drop_indicator.setFixedHeight(DROP_LINE)
        self.drop_indicator.hide()

    # --- mirroring the model -----------------------------------------------------------

    def _header_button(self, text: str, tip: str, name: str, on_click: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.clicked.connect(on_click)
        self.buttons.append(button)
        return button

    def sync(self) -> None:
        wanted = {id(item): item for item in self.section.items}
        for key in [k for k in self.editors if k not in wanted]:
            editor = self.editors.pop(key)
            self.items_layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        for position, item in enumerate(self.section.items):
            editor = self.editors.get(id(item)) or self._new_editor(item)
            if self.items_layout.indexOf(editor) != position:
                self.items_layout.removeWidget(editor)
                self.items_layout.insertWidget(position, editor)
        self.empty.setVisible(not self.section.items)

    def _new_editor(self, item: Item) -> ItemEditor:
        editor = self.editors[id(item)] = self.make_editor(self, item)
        return editor

    def editor_for(self, item: Item) -> ItemEditor | None:
        return self.editors.get(id(item))

    def focus_chain(self) -> list[QWidget]:
        """The Tab order inside the section: its buttons, then each item's fields in model order."""
        chain: list[QWidget] = list(self.buttons)
        for item in self.section.items:
            editor = self.editors.get(id(item))
            if editor is not None:
                chain.extend(editor.focus_chain())
        return chain

    # --- drag and drop -----------------------------------------------------------------
    def _index_at(self, y: float) -> int:
        for index, item in enumerate(self.section.items):
            editor = self.editors.get(id(item))
            if editor is not None and y < editor.geometry().center().y():
                return index
        return len(self.section.items)

    def indicator_y(self, index: int) -> int:
        """The y (top of the line) that marks a drop before item ``index`` (or after the last)."""
        editors = [e for e in (self.editors.get(id(item)) for item in self.section.items) if e is not None]
        gap = self.items_layout.spacing()
        if not editors:
            top = self.empty.geometry().top() if not self.empty.isHidden() else self.items_layout.geometry().top()
            return max(0, top - DROP_LINE)
        if index < len(editors):
            edge = editors[index].geometry().top() - (gap + DROP_LINE) // 2
        else:
            edge = editors[-1].geometry().bottom() + 1 + (gap - DROP_LINE) // 2
        return max(0, min(edge, self.height() - DROP_LINE))

    def show_drop_at(self, y: float) -> int:
        """Draw the drop line for a drag at ``y``; returns the index the drop would insert at."""
        index = self._index_at(y)
        margins = self.body_layout.contentsMargins()
        self.drop_indicator.setGeometry(
            margins.left(), self.indicator_y(index), self.width() - margins.left() - margins.right(), DROP_LINE
        )
        self.drop_indicator.show()
        self.drop_indicator.raise_()
        return index

    def _scroll_towards(self, point: QPoint) -> None:
        """Near the top or bottom edge of the brief pane, scroll so the drag can reach other sections."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        page = parent.widget() if parent is not None else None
        if parent is None or page is None:
            return
        inside = self.mapTo(page, point)
        parent.ensureVisible(inside.x(), inside.y(), 0, AUTOSCROLL_MARGIN)

    def hide_drop(self) -> None:
        self.drop_indicator.hide()

    @staticmethod
    def _accepts(mime: QMimeData) -> bool:
        return mime.hasFormat(ITEM_MIME) or mime.hasFormat(SPAN_MIME) or (mime.hasText() and not mime.hasUrls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self.show_drop_at(event.position().y())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self.show_drop_at(event.position().y())
            self._scroll_towards(event.position().toPoint())
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.hide_drop()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.hide_drop()
        mime = event.mimeData()
        index = self._index_at(event.position().y())
        if mime.hasFormat(ITEM_MIME):
            self.item_dropped.emit(int(bytes(mime.data(ITEM_MIME).data()).decode()), self.section.id, index)
        elif mime.hasFormat(SPAN_MIME):
            start, end = (int(n) for n in bytes(mime.data(SPAN_MIME).data()).decode().split(":"))
            self.span_dropped.emit(self.section.id, index, start, end)
        elif mime.hasText() and not mime.hasUrls():
            self.text_dropped.emit(self.section.id, index, mime.text())
        else:
            event.ignore()
            return
        event.acceptProposedAction()
