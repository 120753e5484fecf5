"""Every change as a QUndoCommand on the window's one stack; each calls only BriefDocument methods.

Each command holds the very Item objects it moves around, so undo puts back the same item
(with its provenance and review state), not a copy. Typing arrives as TextStepCommands (one
per word-sized step of a text field's QTextDocument) and as merging field commands.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QTextDocument, QUndoCommand

from briefing.layout import TemplatePlan, current_layout
from briefing.model import Item
from briefing.ui.document import BriefDocument

logger = logging.getLogger(__name__)

TEXT_STEP_ID, METADATA_ID, FIELDS_ID = 1, 2, 3  # QUndoCommand.id(): which commands may merge

# Where an undo or redo happened, for the window to put the cursor there as Word does: the item
# and, for typing, the position in its text (None: the end). Set by each command's undo/redo.
Spot = tuple[Item, int | None]


def changed_spot(command: QUndoCommand | None) -> Spot | None:
    """The item (and position) the last undo or redo of ``command`` changed, if it was one."""
    spot = getattr(command, "spot", None)
    return spot if isinstance(spot, tuple) else None


def _beside(doc: BriefDocument, section_id: str, index: int) -> Spot | None:
    """The item that now stands where one was taken away: the one before it, else after it."""
    items = doc.section(section_id).items
    return (items[max(0, min(index - 1, len(items) - 1))], None) if items else None


def _continues(old: str, new: str, newer: str) -> bool:
    """Does a field's next keystroke (new -> newer) continue the step old -> new?

    Typing continues a word until a space follows it; deleting continues deleting.
    """
    grew, grows = len(new) > len(old), len(newer) > len(new)
    if grew != grows:
        return False
    return not grows or not (newer[-1:].isspace() and not new[-1:].isspace())


class TextStepCommand(QUndoCommand):
    """A step a text field's QTextDocument added; consecutive steps merge up to a word boundary."""

    def __init__(self, doc: BriefDocument, document: QTextDocument, boundary: bool) -> None:
        super().__init__("Typing")
        self.doc, self.document, self.boundary = doc, document, boundary
        self.count = 1
        self._done = True  # the typing happened before the command was pushed
        self.spot: Spot | None = None

    def id(self) -> int:
        return TEXT_STEP_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextStepCommand) or other.document is not self.document or other.boundary:
            return False
        self.count += other.count
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._mark(self.doc.redo_text(self.document, self.count))

    def undo(self) -> None:
        self._mark(self.doc.undo_text(self.document, self.count))

    def _mark(self, position: int) -> None:
        item = self.doc.item_of(self.document)
        self.spot = (item, position) if item is not None else None


class AddItemCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, section_id: str, index: int, item: Item, text: str = "Add item") -> None:
        super().__init__(text)
        self.doc, self.section_id, self.index, self.item = doc, section_id, index, item
        self.spot: Spot | None = None

    def redo(self) -> None:
        self.doc.insert_item(self.section_id, self.index, self.item)
        self.spot = (self.item, None)

    def undo(self) -> None:
        index = self.doc.section(self.section_id).items.index(self.item)
        self.doc.remove_item(self.section_id, index)
        self.spot = _beside(self.doc, self.section_id, index)


class DeleteItemCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, section_id: str, index: int) -> None:
        super().__init__("Delete item")
        self.doc, self.section_id, self.index = doc, section_id, index
        self.item = doc.section(section_id).items[index]
        self.spot: Spot | None = None

    def redo(self) -> None:
        self.doc.remove_item(self.section_id, self.index)
        self.spot = _beside(self.doc, self.section_id, self.index)

    def undo(self) -> None:
        self.doc.insert_item(self.section_id, self.index, self.item)
        self.spot = (self.item, None)


class MoveItemCommand(QUndoCommand):
    """Move within a section or across sections; ``to_index`` counts after removal."""

    def __init__(self, doc: BriefDocument, from_section: str, from_index: int, to_section: str, to_index: int) -> None:
        super().__init__("Move item")
        self.doc = doc
        self.source = (from_section, from_index)
        self.target = (to_section, to_index)
        self.home = doc.section(from_section).items[from_index].home  # given back on undo
        self.spot: Spot | None = None

    def redo(self) -> None:
        self.spot = (self.doc.move_item(*self.source, *self.target), None)

    def undo(self) -> None:
        self.spot = (self.doc.move_item(*self.target, *self.source, home=self.home), None)


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
        self.plan = plan

    def redo(self) -> None:
        self.doc.apply_plan(self.plan)

    def undo(self) -> None:
        self.doc.apply_plan(self.before)


class SetMetadataCommand(QUndoCommand):
    """A metadata field typed, picked from a list (purpose, classification) or set by a command.

    ``typed``: one keystroke in the field; keystrokes merge into word-sized steps.
    """

    def __init__(self, doc: BriefDocument, name: str, value: str, label: str, *, typed: bool = False) -> None:
        super().__init__(f"Type in {label}" if typed else f"Set {label}")
        self.doc, self.name, self.typed = doc, name, typed
        self.old, self.new = doc.get_metadata(name), value

    def id(self) -> int:
        return METADATA_ID if self.typed else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMetadataCommand) or other.name != self.name or not other.typed:
            return False
        if not _continues(self.old, self.new, other.new):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.set_metadata(self.name, self.new)

    def undo(self) -> None:
        self.doc.set_metadata(self.name, self.old)


class SetReviewedCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, items: list[Item], reviewed: bool) -> None:
        super().__init__("Mark reviewed" if reviewed else "Mark unreviewed")
        self.doc, self.items, self.reviewed = doc, list(items), reviewed
        self.before = [item.reviewed for item in items]
        # One tick is that item's; a whole section's is no one place to go to.
        self.spot: Spot | None = (self.items[0], None) if len(self.items) == 1 else None

    def redo(self) -> None:
        for item in self.items:
            self.doc.set_reviewed(item, self.reviewed)

    def undo(self) -> None:
        for item, value in zip(self.items, self.before):
            self.doc.set_reviewed(item, value)


class EditFieldsCommand(QUndoCommand):
    """An item's label or speaker typed; keystrokes in the same item merge into word-sized steps."""

    def __init__(self, doc: BriefDocument, item: Item, label: str | None, speaker: str | None) -> None:
        super().__init__("Type label")
        self.doc, self.item = doc, item
        self.old = (item.label, item.speaker)
        self.new = (label, speaker)
        self.field = 0 if label != item.label else 1  # which of the two this keystroke changed
        self.spot: Spot | None = (item, None)

    def id(self) -> int:
        return FIELDS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFieldsCommand) or other.item is not self.item or other.field != self.field:
            return False
        f = self.field
        if not _continues(self.old[f] or "", self.new[f] or "", other.new[f] or ""):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.edit_item(self.item, label=self.new[0], speaker=self.new[1], fields=True)

    def undo(self) -> None:
        self.doc.edit_item(self.item, label=self.old[0], speaker=self.old[1], fields=True)
