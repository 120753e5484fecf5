"""Brief-level changes as QUndoCommands on the window's stack; each calls only BriefDocument methods.

Each command holds the very Item objects it moves around, so undo puts back the same item
(with its provenance and review state), not a copy.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QUndoCommand

from briefing.layout import TemplatePlan, current_layout
from briefing.model import Item
from briefing.ui.document import BriefDocument

logger = logging.getLogger(__name__)


class AddItemCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, section_id: str, index: int, item: Item, text: str = "Add item") -> None:
        super().__init__(text)
        self.doc, self.section_id, self.index, self.item = doc, section_id, index, item

    def redo(self) -> None:
        self.doc.insert_item(self.section_id, self.index, self.item)

    def undo(self) -> None:
        self.doc.remove_item(self.section_id, self.doc.section(self.section_id).items.index(self.item))


class DeleteItemCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, section_id: str, index: int) -> None:
        super().__init__("Delete item")
        self.doc, self.section_id, self.index = doc, section_id, index
        self.item = doc.section(section_id).items[index]

    def redo(self) -> None:
        self.doc.remove_item(self.section_id, self.index)

    def undo(self) -> None:
        self.doc.insert_item(self.section_id, self.index, self.item)


class MoveItemCommand(QUndoCommand):
    """Move within a section or across sections; ``to_index`` counts after removal."""

    def __init__(self, doc: BriefDocument, from_section: str, from_index: int, to_section: str, to_index: int) -> None:
        super().__init__("Move item")
        self.doc = doc
        self.source = (from_section, from_index)
        self.target = (to_section, to_index)

    def redo(self) -> None:
        self.doc.move_item(*self.source, *self.target)

    def undo(self) -> None:
        self.doc.move_item(*self.target, *self.source)


class ReplaceItemsCommand(QUndoCommand):
    """Redraft: one section's items swapped for fresh pre-filled ones."""

    def __init__(self, doc: BriefDocument, section_id: str, items: list[Item], text: str) -> None:
        super().__init__(text)
        self.doc, self.section_id = doc, section_id
        self.old = list(doc.section(section_id).items)
        self.new = list(items)

    def redo(self) -> None:
        self.doc.set_items(self.section_id, list(self.new))

    def undo(self) -> None:
        self.doc.set_items(self.section_id, list(self.old))


class SwitchTemplateCommand(QUndoCommand):
    """Applies a ``layout.TemplatePlan`` (the brief's own items, placed by identity); undo restores the
    layout before it, including each item's home."""

    def __init__(self, doc: BriefDocument, plan: TemplatePlan, name: str) -> None:
        super().__init__(f"Switch to {name}")
        self.doc = doc
        self.before = current_layout(doc.brief)
        self.old = (doc.brief.template, list(doc.brief.sections))
        self.plan = plan
        self.new = (plan.template_id, plan.new_sections())

    def redo(self) -> None:
        self.plan.set_homes()
        self.doc.set_layout(self.new[0], list(self.new[1]))

    def undo(self) -> None:
        self.before.set_homes()
        self.doc.set_layout(self.old[0], list(self.old[1]))


class SetMetadataCommand(QUndoCommand):
    """A metadata field picked from a list (purpose, classification) or set by a command."""

    def __init__(self, doc: BriefDocument, name: str, value: str, label: str) -> None:
        super().__init__(f"Set {label}")
        self.doc, self.name = doc, name
        self.old, self.new = doc.get_metadata(name), value

    def redo(self) -> None:
        self.doc.set_metadata(self.name, self.new)

    def undo(self) -> None:
        self.doc.set_metadata(self.name, self.old)


class SetReviewedCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, items: list[Item], reviewed: bool) -> None:
        super().__init__("Mark reviewed" if reviewed else "Mark unreviewed")
        self.doc, self.items, self.reviewed = doc, list(items), reviewed
        self.before = [item.reviewed for item in items]

    def redo(self) -> None:
        for item in self.items:
            self.doc.set_reviewed(item, self.reviewed)

    def undo(self) -> None:
        for item, value in zip(self.items, self.before):
            self.doc.set_reviewed(item, value)
