"""The keyboard reference (F1), generated from the window's own menus and actions.

Built from what the menus hold when it is asked for, so it can never list a key that does
nothing or miss a command that was added later.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar


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
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if not key.isEmpty()
            )
            if keys and not action.isSeparator():
                rows.append((path, action.text().replace("&", "").rstrip("…."), keys))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, menu.title().replace("&", ""))
    return rows
