"""Typing as word-sized steps on the window's one undo history.

Each text field's QTextDocument keeps the mechanics of undoing its own typing, but the
window's QUndoStack decides the order: a field never serves Ctrl+Z itself (the shortcut
reaches the window's Undo action wherever the focus is), and every step the document adds
becomes a small command on the window's stack (``commands.TextStepCommand``).

QTextDocument merges a run of typing into one step; the keys decide where a step begins:
a space after a word (so a step is a word with its punctuation and the space before it),
a switch between typing and deleting, a cursor move, a click or a paste. ``mark_boundary`` makes the document start a new step there (it merges
only while it is "modified") and tells the window's command not to merge across it.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from briefing.ui.command_keys import window_command_key

_BOUNDARY = "briefingStepBoundary"
_LAST = "briefingLastKey"  # "word", "space", "delete" or "move": what the previous key did


def defers_to_window(event: QEvent) -> bool:
    """True for an Undo/Redo shortcut: the field ignores it so the window's action gets it."""
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    key = cast(QKeyEvent, event)
    return key.matches(QKeySequence.StandardKey.Undo) or key.matches(QKeySequence.StandardKey.Redo)


def mark_boundary(document: QTextDocument) -> None:
    """The next change to ``document`` starts a new undo step."""
    document.setModified(False)
    document.setProperty(_BOUNDARY, True)
    document.setProperty(_LAST, "move")


def take_boundary(document: QTextDocument) -> bool:
    """Did a boundary come before the step just added? (Read once, by the window's command.)"""
    boundary = document.property(_BOUNDARY) is not False
    document.setProperty(_BOUNDARY, False)
    return boundary


def note_key(event: QKeyEvent, document: QTextDocument) -> None:
    """Before a key reaches a text field: start a new step where a Word user expects one."""
    if event.key() in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr):
        return  # a modifier alone changes nothing yet
    text = event.text()
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        kind = "delete"
    elif text and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        kind = "space" if text[-1].isspace() else "word"
    else:
        kind = "move"
    last = document.property(_LAST)
    # A step is a word with the spaces before it, or a run of deletions.
    if kind == "move" or (kind == "space" and last != "space") or (kind == "delete") != (last == "delete"):
        mark_boundary(document)
    document.setProperty(_LAST, kind)


class FieldEdit(QLineEdit):
    """A one-line field whose typing is undone by the window's history, not by itself, and
    whose keys leave the window's commands to the window."""

    def event(self, event: QEvent) -> bool:
        if defers_to_window(event) or window_command_key(event, self):
            event.ignore()
            return False
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        use_window_history(menu, self)
        try:
            show_field_menu(menu, event.globalPos())
        finally:
            menu.deleteLater()


def use_window_history(menu: QMenu, field: QWidget) -> None:
    """Qt's Undo and Redo in a field's context menu would undo the field's own document behind
    the window's one history: the window's actions stand in their place (none outside a window)."""
    actions = getattr(field.window(), "actions_", None)
    found = {"edit-undo": getattr(actions, "undo", None), "edit-redo": getattr(actions, "redo", None)}
    history = {name: action for name, action in found.items() if isinstance(action, QAction)}
    for action in menu.actions():
        if action.objectName() in ("edit-undo", "edit-redo"):
            if action.objectName() in history:
                menu.insertAction(action, history[action.objectName()])
            menu.removeAction(action)


def show_field_menu(menu: QMenu, where: QPoint) -> None:
    """Run a field's context menu at ``where`` (global), modal: the one place tests replace."""
    menu.exec(where)
