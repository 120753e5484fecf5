"""The open brief as the window sees it: the Session plus signals that say what changed.

Every change to an open brief goes through these methods (undo commands call nothing
else, and the widgets never write to the model themselves), so every view learns of a
change the same way whether it came from typing, a menu, a drag, an undo or a redo, and
the rules about review state live in one place.

Each item's text lives in a QTextDocument the document keeps for the whole session (an
item's editor only shows it), so the window's undo history can undo typing in an item
whose editor was rebuilt, scrolled away or deleted and brought back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from briefing.layout import TemplatePlan, settle
from briefing.model import Brief, Item, Section
from briefing.session import Session
from briefing.templates import find_template
from briefing.ui import rich_text

logger = logging.getLogger(__name__)

SETTLE = object()  # move_item's default: a move into another section settles the item's home there

Content = tuple[str, list[tuple[int, int, str]], str | None, str | None]


def _content(item: Item) -> Content:
    return item.text, list(item.marks), item.label, item.speaker


@dataclass
class _Baseline:
    """An item's words as they were before its first edit, and its review state then."""

    item: Item  # held so the id() key cannot be reused by another item
    content: Content
    reviewed_before: bool
    changed: bool = False


class BriefDocument(QObject):
    # Qt signals: the pinned PySide6 (<6.12) emits without leaking; tests/test_ui_refcount.py guards it.
    section_changed = Signal(str)  # a section's item list changed (id)
    brief_replaced = Signal()  # another brief, or another template's sections
    metadata_changed = Signal(str)  # "title" or a Metadata field name
    item_changed = Signal(object)  # an item's review state or fields changed (the Item)
    content_edited = Signal()  # anything above: the brief differs from a moment ago
    text_step = Signal(object)  # a text field's QTextDocument added an undo step (the QTextDocument)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._baselines: dict[int, _Baseline] = {}
        self._texts: dict[int, tuple[Item, QTextDocument]] = {}

    @property
    def brief(self) -> Brief:
        return self.session.brief

    def replace_session(self, session: Session) -> None:
        """Another brief in the window: the views rebuild, review baselines start afresh."""
        self.session = session
        self._baselines.clear()
        old = [document for _item, document in self._texts.values()]
        self._texts.clear()
        self.brief_replaced.emit()  # the views let go of the old documents first
        for document in old:
            document.deleteLater()

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

    def get_metadata(self, name: str) -> str:
        return self.brief.title if name == "title" else str(getattr(self.brief.metadata, name))

    # --- structure (called by undo commands) -------------------------------------------
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

    def move_item(
        self, from_section: str, from_index: int, to_section: str, to_index: int, *, home: object = SETTLE
    ) -> Item:
        """Move one item; ``to_index`` counts after its removal. The same Item object travels.

        Moved by hand into another section, the item now belongs there (``layout.settle``), so a
        later template switch and back leaves it where the writer put it; an undo passes the
        ``home`` it had before.
        """
        item = self.section(from_section).items.pop(from_index)
        if home is not SETTLE:
            item.home = home if isinstance(home, str) else None
        elif to_section != from_section:
            settle(item, find_template(self.brief.template), to_section)
        target = self.section(to_section).items
        target.insert(max(0, min(to_index, len(target))), item)
        self.section_changed.emit(from_section)
        if to_section != from_section:
            self.section_changed.emit(to_section)
        self.content_edited.emit()
        return item

    def set_items(self, section_id: str, items: list[Item]) -> None:
        self.section(section_id).items[:] = items
        self.section_changed.emit(section_id)
        self.content_edited.emit()

    def apply_plan(self, plan: TemplatePlan) -> None:
        """Lay the brief out as ``plan`` says (a template switch, or its undo): same items, homes set."""
        plan.apply(self.brief)
        self.brief_replaced.emit()
        self.content_edited.emit()

    # --- metadata -------------------------------------------------------------------------
    def set_metadata(self, name: str, value: str) -> None:
        """Set the title or a metadata field."""
        if self.get_metadata(name) == value:
            return
        if name == "title":
            self.brief.title = value
        else:
            setattr(self.brief.metadata, name, value)
        self.metadata_changed.emit(name)
        self.content_edited.emit()

    # --- item text ------------------------------------------------------------------------
    def text_document(self, item: Item) -> QTextDocument:
        """The QTextDocument holding ``item``'s text and marks; typing in it edits the item."""
        entry = self._texts.get(id(item))
        if entry is not None and entry[0] is item:
            return entry[1]
        document = QTextDocument(self)
        document.setDocumentMargin(3)
        rich_text.load(document, item.text, item.marks)
        document.contentsChanged.connect(lambda: self._text_changed(item, document))
        document.undoCommandAdded.connect(lambda: self.text_step.emit(document))
        self._texts[id(item)] = (item, document)
        return document

    def _text_changed(self, item: Item, document: QTextDocument) -> None:
        text, marks = rich_text.extract(document)
        self.edit_item(item, text=text, marks=marks)

    def item_of(self, document: QTextDocument) -> Item | None:
        """The item whose text ``document`` holds (None once the brief was replaced)."""
        return next((item for item, held in self._texts.values() if held is document), None)

    def undo_text(self, document: QTextDocument, steps: int) -> int:
        """Undo ``steps`` typing steps; returns where in the text the last one was undone."""
        cursor = QTextCursor(document)
        for _ in range(steps):
            document.undo(cursor)
        return cursor.position()

    def redo_text(self, document: QTextDocument, steps: int) -> int:
        """Redo ``steps`` typing steps; returns where in the text the last one was redone."""
        cursor = QTextCursor(document)
        for _ in range(steps):
            document.redo(cursor)
        return cursor.position()

    # --- items ------------------------------------------------------------------------------
    def edit_item(
        self,
        item: Item,
        *,
        text: str | None = None,
        marks: list[tuple[int, int, str]] | None = None,
        label: str | None = None,
        speaker: str | None = None,
        fields: bool = False,
    ) -> None:
        """Change an item's words (typing). ``fields`` says label and speaker are given too.

        Editing an item is reviewing it; undoing every edit back to the words as they were
        gives back the review state it had before the first keystroke.
        """
        baseline = self._baselines.get(id(item))
        if baseline is None or baseline.item is not item:
            baseline = self._baselines[id(item)] = _Baseline(item, _content(item), item.reviewed)
        before = _content(item)
        if text is not None:
            item.text = text
        if marks is not None:
            item.marks = list(marks)
        if fields:
            item.label, item.speaker = label or None, speaker or None
        if _content(item) == before:
            return
        changed = _content(item) != baseline.content
        if changed and not baseline.changed:
            baseline.reviewed_before = item.reviewed
            item.reviewed = True
        elif baseline.changed and not changed:
            item.reviewed = baseline.reviewed_before
        baseline.changed = changed
        self.item_changed.emit(item)
        self.content_edited.emit()

    def set_reviewed(self, item: Item, reviewed: bool) -> None:
        item.reviewed = reviewed
        self.item_changed.emit(item)
        self.content_edited.emit()
