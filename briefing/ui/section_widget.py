"""One template section in the brief pane: heading, guidance, its items, and drops onto it.

The widget mirrors ``Section.items``: ``sync()`` adds, removes and reorders item editors
to match the model, keeping the editors (and their typing undo) of items that stayed.
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from briefing.model import Item, Section
from briefing.ui.article_view import SPAN_MIME
from briefing.ui.hooks import Hook
from briefing.ui.item_editor import ITEM_MIME, ItemEditor

logger = logging.getLogger(__name__)


class SectionWidget(QFrame):

    def __init__(self, section: Section, guidance: str, *, show_label: bool, show_speaker: bool,
                 can_redraft: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_requested = Hook()
        self.redraft_requested = Hook()
        self.item_dropped = Hook()
        self.span_dropped = Hook()
        self.text_dropped = Hook()
        self.section = section
        self.show_label, self.show_speaker = show_label, show_speaker
        self.editors: dict[int, ItemEditor] = {}
        self.setObjectName("sectionWidget")
        self.setAcceptDrops(True)
        self.setAccessibleName(f"Section {section.heading}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 4)
        layout.setSpacing(4)

        header = QHBoxLayout()
        self.heading = QLabel(section.heading, self)
        self.heading.setObjectName("sectionHeading")
        header.addWidget(self.heading, 1)
        if can_redraft:
            redraft = QToolButton(self)
            redraft.setText("Redraft")
            redraft.setToolTip(f"Draft “{section.heading}” again from the article")
            redraft.setAccessibleName(f"Redraft {section.heading}")
            redraft.setAutoRaise(True)
            redraft.clicked.connect(lambda: self.redraft_requested.emit(self.section.id))
            header.addWidget(redraft)
        add = QToolButton(self)
        add.setText("+ Add item")
        add.setToolTip(f"Add an item to “{section.heading}”")
        add.setAccessibleName(f"Add item to {section.heading}")
        add.setAutoRaise(True)
        add.clicked.connect(lambda: self.add_requested.emit(self.section.id))
        header.addWidget(add)
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
        self.make_editor = None  # set by the brief editor: a factory wiring each ItemEditor

    # --- mirroring the model -----------------------------------------------------------
    def sync(self) -> None:
        wanted = {id(item): item for item in self.section.items}
        for key in [k for k in self.editors if k not in wanted]:
            editor = self.editors.pop(key)
            self.items_layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        for position, item in enumerate(self.section.items):
            editor = self.editors.get(id(item))
            if editor is None:
                editor = self.make_editor(self, item)
                self.editors[id(item)] = editor
            if self.items_layout.indexOf(editor) != position:
                self.items_layout.removeWidget(editor)
                self.items_layout.insertWidget(position, editor)
        self.empty.setVisible(not self.section.items)

    def editor_for(self, item: Item) -> ItemEditor | None:
        return self.editors.get(id(item))

    # --- drag and drop -----------------------------------------------------------------
    def _index_at(self, y: float) -> int:
        for index, item in enumerate(self.section.items):
            editor = self.editors.get(id(item))
            if editor is not None and y < editor.geometry().center().y():
                return index
        return len(self.section.items)

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasFormat(ITEM_MIME) or mime.hasFormat(SPAN_MIME) or mime.hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        index = self._index_at(event.position().y())
        if mime.hasFormat(ITEM_MIME):
            self.item_dropped.emit(int(bytes(mime.data(ITEM_MIME)).decode()), self.section.id, index)
        elif mime.hasFormat(SPAN_MIME):
            start, end = (int(n) for n in bytes(mime.data(SPAN_MIME)).decode().split(":"))
            self.span_dropped.emit(self.section.id, index, start, end)
        elif mime.hasText() and not mime.hasUrls():
            self.text_dropped.emit(self.section.id, index, mime.text())
        else:
            event.ignore()
            return
        event.acceptProposedAction()
