"""One brief item: its text as a small rich-text editor, its label and speaker, its review tick.

The item's text lives in a QTextDocument the BriefDocument keeps (typing there edits the
item and adds word-sized steps to the window's undo history); label and speaker keystrokes,
and structural requests (new item, delete, move, review), go out as signals for the window
to turn into undo commands.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.model import Item
from briefing.templates import Slot
from briefing.ui import item_menu, rich_text
from briefing.ui.article_view import SPAN_MIME
from briefing.ui.document import BriefDocument
from briefing.ui.find_highlights import MarkedFieldEdit
from briefing.ui.item_highlighter import ItemHighlighter
from briefing.ui.resting_selection import RestingSelection
from briefing.ui.typing_steps import defers_to_window, mark_boundary, note_key

logger = logging.getLogger(__name__)

ITEM_MIME = "application/x-briefing-item"
UNREVIEWED_COLOUR = "#d9920b"  # the same amber as resources/styles/briefing.qss
EMPTY_ITEM_HINT = "Type here, or drag a passage from the article"


@dataclass(frozen=True)
class LabelPrompt:
    """What an item's label field is for where the item stands: its placeholder, name and tip."""

    placeholder: str
    name: str
    tip: str


PARTY = LabelPrompt(
    "Party or side",
    "Party",
    "The party or side that holds this position; the export groups positions under it",
)
ISSUE = LabelPrompt("Issue (short name)", "Issue name", "A few words naming the issue, printed before the item")
PARTY_OR_ISSUE = LabelPrompt(
    "Party, or issue name",
    "Party or issue name",
    "With a speaker: the party or side this position is grouped under. "
    "Without one: a few words naming the issue, printed before the item",
)
SHORT_NAME = LabelPrompt("Short name", "Short name", "A few words printed before the item")
SPEAKER_TIP = "Who holds this position: the person or body that said it"


def label_prompt(slots: tuple[str, ...], item: Item) -> LabelPrompt:
    """In Positions a label is the speaker's party or side, in Key issues the issue's short name;
    where a section holds both (a US memo's Discussion), the item's own slot or speaker says which."""
    positions, issues = Slot.POSITIONS in slots, Slot.KEY_ISSUES in slots
    if positions and issues:
        if item.home == Slot.POSITIONS or (item.home != Slot.KEY_ISSUES and item.speaker):
            return PARTY
        return ISSUE if item.home == Slot.KEY_ISSUES else PARTY_OR_ISSUE
    if positions:
        return PARTY
    return ISSUE if issues else SHORT_NAME


def is_item_drag(mime: QMimeData) -> bool:
    """A brief item or an article passage: dropped between items, never into an item's text."""
    return mime.hasFormat(ITEM_MIME) or mime.hasFormat(SPAN_MIME)


class ItemTextEdit(QTextEdit):
    """A one-paragraph rich-text editor that grows with its content instead of scrolling."""

    enter_pressed = Signal()
    backspace_on_empty = Signal()
    focused = Signal()

    def __init__(self, document: QTextDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resting = RestingSelection(self)  # first: the setters below send change events
        self.setDocument(document)
        ItemHighlighter.on(document)  # "[Name]" left in shows where it is typed
        self.setPlaceholderText(EMPTY_ITEM_HINT)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._height = 0
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, size: QSizeF | None = None) -> None:
        height = int((size or self.document().size()).height()) + 2 * self.frameWidth() + 2
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(200, self._height or 28)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.enter_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Backspace and not self.document().toPlainText():
            self.backspace_on_empty.emit()
            return
        note_key(event, self.document())
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if defers_to_window(event):  # Ctrl+Z goes to the window's one history
            event.ignore()
            return False
        self._resting.see(event)  # a focus or palette change: the selection's colours
        if event.type() == QEvent.Type.ToolTip and item_menu.show_tooltip(self, cast(QHelpEvent, event)):
            return True  # an underlined word: why it is underlined
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark_boundary(self.document())  # typing after a click is a new step
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        mark_boundary(self.document())
        super().focusInEvent(event)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item_menu.open_menu(self, event)  # Qt's menu, plus corrections for an underlined word

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Items and article passages land as items of the section (with the drop line
        # showing where), not inside this item's text: leave them to the SectionWidget.
        if is_item_drag(event.mimeData()):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if is_item_drag(event.mimeData()):
            event.ignore()
            return
        super().dragMoveEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # An item is one paragraph: pasted line breaks become spaces. From a web page or Word,
        # bold, italic and underline come along; fonts, colours and links do not.
        if source.hasHtml():
            text, marks = rich_text.from_html(source.html())
        else:
            text, marks = " ".join(source.text().split()), []
        mark_boundary(self.document())  # a paste is a step of its own
        cursor = self.textCursor()
        rich_text.insert(cursor, text, marks)
        self.setTextCursor(cursor)
        mark_boundary(self.document())


class _Grip(QLabel):
    """The handle an item is dragged by."""

    def __init__(self, owner: ItemEditor) -> None:
        super().__init__("⋮⋮", owner)
        self.owner = owner
        self.setObjectName("itemGrip")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip("Drag to move this item")
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or (event.position().toPoint() - self._press).manhattanLength() < 6:
            return
        self._press = None
        mime = QMimeData()
        mime.setData(ITEM_MIME, str(id(self.owner.item)).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.owner.grab().scaledToWidth(min(320, max(1, self.owner.width()))))
        drag.exec(Qt.DropAction.MoveAction)


class ItemEditor(QFrame):
    """The widget for one Item: shows it, and hands every edit to the document."""

    focused = Signal(object)  # the Item
    fields_edited = Signal(object, object, object)  # the Item, label, speaker (str or None)
    new_after = Signal(object)
    delete_requested = Signal(object)
    review_toggled = Signal(object, bool)

    def __init__(
        self,
        doc: BriefDocument,
        item: Item,
        *,
        show_label: bool,
        show_speaker: bool,
        slots: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.item = item
        self.slots = slots
        self.setObjectName("itemEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(4)
        layout.addWidget(_Grip(self), 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.setSpacing(2)
        layout.addLayout(body, 1)

        self.label_edit: QLineEdit | None = None
        self.speaker_edit: QLineEdit | None = None
        # Each field where the section has it, or where the item has a value for it: a Summary
        # line the pre-fill gave a speaker shows the speaker, not an empty label field too.
        with_label, with_speaker = show_label or bool(item.label), show_speaker or bool(item.speaker)
        if with_label or with_speaker:
            row = QHBoxLayout()
            row.setSpacing(4)
            if with_label:
                self.label_edit = self._line(item.label, "", "")
                row.addWidget(self.label_edit, 1)
            if with_speaker:
                self.speaker_edit = self._line(item.speaker, "Speaker", "Speaker")
                self.speaker_edit.setObjectName("itemSpeaker")
                self.speaker_edit.setToolTip(SPEAKER_TIP)
                row.addWidget(self.speaker_edit, 1)
            body.addLayout(row)
            self._prompt_label()

        self.text_edit = ItemTextEdit(doc.text_document(item), self)
        self.text_edit.setAccessibleName("Item text")
        body.addWidget(self.text_edit)
        self.text_edit.enter_pressed.connect(lambda: self.new_after.emit(self.item))
        self.text_edit.backspace_on_empty.connect(lambda: self.delete_requested.emit(self.item))
        self.text_edit.focused.connect(lambda: self.focused.emit(self.item))

        self.review_box = QCheckBox("Reviewed", self)
        self.review_box.setObjectName("reviewBox")
        self.review_box.setAccessibleName("Item reviewed")
        self.review_box.setToolTip("Tick once you have checked this pre-filled item against the article")
        self.review_box.clicked.connect(lambda on: self.review_toggled.emit(self.item, on))
        layout.addWidget(self.review_box, 0, Qt.AlignmentFlag.AlignTop)
        delete = QToolButton(self)
        delete.setText("✕")
        delete.setAutoRaise(True)
        delete.setToolTip("Delete this item")
        delete.setAccessibleName("Delete item")
        delete.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users have Delete Item in the menu
        delete.clicked.connect(lambda: self.delete_requested.emit(self.item))
        layout.addWidget(delete, 0, Qt.AlignmentFlag.AlignTop)
        self.refresh_review()

    def _line(self, value: str | None, placeholder: str, name: str) -> QLineEdit:
        edit = MarkedFieldEdit(self)  # Find's marks show over its text
        edit.setText(value or "")
        edit.setCursorPosition(0)  # a long issue name shows its start, not its end
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setObjectName("itemField")
        edit.textEdited.connect(self._fields_changed)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # As in ItemTextEdit: dragged items and passages go to the section, not into a label.
        drag = event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if drag and is_item_drag(cast(QDragMoveEvent, event).mimeData()):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # --- label and speaker keystrokes become commands -------------------------------------
    def _prompt_label(self) -> None:
        """Say what the label is for here (a typed speaker makes a Discussion item a position)."""
        if self.label_edit is None:
            return
        prompt = label_prompt(self.slots, self.item)
        if self.label_edit.accessibleName() != prompt.name:
            self.label_edit.setPlaceholderText(prompt.placeholder)
            self.label_edit.setAccessibleName(prompt.name)
            self.label_edit.setToolTip(prompt.tip)

    def _fields_changed(self) -> None:
        label = self.label_edit.text() if self.label_edit is not None else self.item.label
        speaker = self.speaker_edit.text() if self.speaker_edit is not None else self.item.speaker
        self.fields_edited.emit(self.item, label or None, speaker or None)

    def refresh(self) -> None:
        """Show the item's label, speaker and review state (after a change, an undo or a redo)."""
        for edit, value in ((self.label_edit, self.item.label), (self.speaker_edit, self.item.speaker)):
            if edit is not None and edit.text() != (value or ""):
                edit.setText(value or "")
                edit.setCursorPosition(0)
        self._prompt_label()
        self.refresh_review()

    def refresh_review(self) -> None:
        unreviewed = self.item.origin == "prefill" and not self.item.reviewed
        self.review_box.setChecked(self.item.reviewed)
        self.review_box.setVisible(self.item.origin == "prefill")
        if self.property("unreviewed") != unreviewed:
            self.setProperty("unreviewed", unreviewed)
            note = "Pre-filled from the article and not reviewed yet" if unreviewed else ""
            self.setToolTip(note)
            self.text_edit.setAccessibleDescription(note)  # the amber bar, for screen readers
            if self.property("selected"):
                self._restyle()
            else:
                self.style().unpolish(self)
                self.style().polish(self)

    def set_place(self, heading: str, number: int) -> None:
        """Name the item by where it stands ("Summary item 2"), so a screen reader tells one
        item from the next: each was "Item text", and the review tick "Item reviewed"."""
        place = f"{heading} item {number}"
        if self.text_edit.accessibleName() != place:
            self.text_edit.setAccessibleName(place)
            self.review_box.setAccessibleName(f"{place} reviewed")

    def focus_chain(self) -> list[QWidget]:
        """Tab order as laid out: label, speaker, text, review tick (hidden ones Tab skips)."""
        return [w for w in (self.label_edit, self.speaker_edit, self.text_edit, self.review_box) if w is not None]

    def focus_text(self, at_end: bool = True) -> None:
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if at_end:
            cursor = self.text_edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.text_edit.setTextCursor(cursor)

    def set_selected(self, selected: bool) -> None:
        """Frame the current item in the palette's active highlight (kept when the window is inactive)."""
        if self.property("selected") == selected:
            return
        self.setProperty("selected", selected)
        self._restyle()

    def _restyle(self) -> None:
        if not self.property("selected"):
            self.setStyleSheet("")
            return
        accent = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).name()
        left = UNREVIEWED_COLOUR if self.property("unreviewed") else accent
        self.setStyleSheet(f"QFrame#itemEditor {{ border: 2px solid {accent}; border-left: 4px solid {left}; }}")
