"""Which undo a Ctrl+Z means: the text field's own, or the window's.

Each text field keeps its own typing undo; once it has nothing left to undo (or redo), the
shortcut should reach the window's QUndoStack instead, as users expect of one Ctrl+Z.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument


def defers_to_window(event: QEvent, document: QTextDocument) -> bool:
    """True for an Undo/Redo shortcut the field cannot serve: the caller ignores the event."""
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    event = cast(QKeyEvent, event)
    return (event.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()) or (
        event.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable()
    )
