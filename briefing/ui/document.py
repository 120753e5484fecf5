"""The open brief as the window sees it: the Session plus signals that say what changed.

Undo commands change the brief only through these methods, so every view learns of a
change the same way whether it came from a menu, a drag, an undo or a redo.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from briefing.model import Item, Section
from briefing.session import Session
from briefing.ui.hooks import Hook

logger = logging.getLogger(__name__)


class BriefDocument(QObject):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section_changed = Hook()
        self.brief_replaced = Hook()
        self.metadata_changed = Hook()
        self.item_changed = Hook()
        self.content_edited = Hook()
        self.text_typed = Hook()
        self.session = session

    @property
    def brief(self):
        return self.session.brief

    def section(self, section_id: str) -> Section:
        section = self.brief.section(section_id)
        if section is None:
            raise KeyError(section_id)
        return section

    def locate(self, item: Item) -> tuple[str, int] | None:
        for section in self.brief.sections:
            for index, candidate in enumerate(section.items):
                if candidate is item:
                    return section.id, index
        return None

    # --- changes (called by undo commands) --------------------------------------------
    def insert_item(self, section_id: str, index: int, item: Item) -> None:
        items = self.section(section_id).items
        items.insert(max(0, min(index, len(items))), item)
        self.section_changed.emit(section_id)
        self.content_edited.emit()

    def remove_item(self, section_id: str, index: int) -> Item:
        item = self.section(section_id).items.pop(index)
        self.section_changed.emit(section_id)
        self.content_edited.emit()
        return item

    def set_items(self, section_id: str, items: list[Item]) -> None:
        self.section(section_id).items[:] = items
        self.section_changed.emit(section_id)
        self.content_edited.emit()

    def set_layout(self, template_id: str, sections: list[Section]) -> None:
        self.brief.template = template_id
        self.brief.sections = sections
        self.brief_replaced.emit()
        self.content_edited.emit()

    def set_metadata(self, name: str, value: str) -> None:
        if name == "title":
            self.brief.title = value
        else:
            setattr(self.brief.metadata, name, value)
        self.metadata_changed.emit(name)
        self.content_edited.emit()

    def get_metadata(self, name: str) -> str:
        return self.brief.title if name == "title" else getattr(self.brief.metadata, name)

    def set_reviewed(self, item: Item, reviewed: bool) -> None:
        item.reviewed = reviewed
        self.item_changed.emit(item)
        self.content_edited.emit()

    def typed(self) -> None:
        """An editor changed text in place (its own undo covers it)."""
        self.text_typed.emit()
        self.content_edited.emit()
