"""The keyboard reference (F1), generated from the window's own menus and actions.

Built from what the menus hold when it is asked for, so it can never list a key that does
nothing or miss a command that was added later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

K = Qt.Key
# Keys every desktop keyboard has, besides letters, digits and punctuation (below Qt's special
# keys' range) and F1 to F12. Qt's standard bindings add keys that only some keyboards have
# (F14 for Undo, F20 for Cut, dedicated Undo, New, Save, Copy keys): they still work, but the
# reference leaves them out, so "Undo" reads "Ctrl+Z", not "Ctrl+Z, F14, Undo".
_COMMON_KEYS = {
    K.Key_Escape, K.Key_Tab, K.Key_Backtab, K.Key_Backspace, K.Key_Return, K.Key_Enter, K.Key_Insert,
    K.Key_Delete, K.Key_Home, K.Key_End, K.Key_Left, K.Key_Up, K.Key_Right, K.Key_Down, K.Key_PageUp,
    K.Key_PageDown, K.Key_Space,
}  # fmt: skip


def on_every_keyboard(sequence: QKeySequence) -> bool:
    """Can this shortcut be typed on any desktop keyboard?"""
    for index in range(sequence.count()):
        key = sequence[index].key()  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__
        common = key.value < K.Key_Escape.value or K.Key_F1.value <= key.value <= K.Key_F12.value
        if not (common or key in _COMMON_KEYS):
            return False
    return True


def keyboard_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {sub.title().replace('&', '')}")
                continue
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText)
                for key in action.shortcuts()
                if not key.isEmpty() and on_every_keyboard(key)
            )
            if keys and not action.isSeparator():
                rows.append((path, action.text().replace("&", "").rstrip("…."), keys))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title().replace("&", ""))
    return rows
