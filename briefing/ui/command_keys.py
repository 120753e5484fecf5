"""The keys a window's commands own, for the one-line fields that would otherwise take them.

On X11 a QLineEdit claims Ctrl+E (end of line) and Ctrl+U (delete to the line's start) when
Qt offers it a key before the window's shortcuts (ShortcutOverride), so Export to Word did
nothing while the cursor was in a title-block field, a label, a speaker or the Find bar.
A field asks ``window_command_key`` on every key it is offered; the answer comes from a map
of key -> actions that is rebuilt only when an action is added, removed or given other keys,
so typing in a field costs a dictionary look-up, not a walk over the window's widgets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

_ACTION_EVENTS = (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved, QEvent.Type.ActionChanged)


def _combined(sequence: QKeySequence) -> int | None:
    """A one-key shortcut as one int (key and modifiers); None for an empty or multi-key one."""
    if sequence.count() != 1:
        return None
    return sequence[0].toCombined()  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__


class CommandKeys(QObject):
    """Key -> the actions of ``window`` that own it, kept current.

    The actions are those a person can reach: the window's own, its menus' (submenus too) and its
    toolbars'. ``fields_own`` are left to the field (cut, copy, paste and select all).
    """

    def __init__(self, window: QWidget, fields_own: Iterable[QAction] = ()) -> None:
        super().__init__(window)
        self.owner = window
        self._fields_own = set(fields_own)
        self._keys: dict[int, list[QAction]] | None = None  # None: rebuild at the next look-up
        self._shortcuts: dict[QAction, list[QKeySequence]] = {}
        self.builds = 0  # how often the map was rebuilt (tests hold it to "only on a change")

    def owns(self, event: QKeyEvent) -> bool:
        """Does an enabled, visible command of the window own the key ``event`` carries?"""
        keys = self._keys if self._keys is not None else self._build()
        actions = keys.get(event.keyCombination().toCombined())
        return actions is not None and any(a.isEnabled() and a.isVisible() for a in actions)

    def _holders(self) -> list[QWidget]:
        """The window, its menu bar and menus, and its toolbars: what holds its commands."""
        holders: list[QWidget] = [self.owner]
        if isinstance(self.owner, QMainWindow):
            holders.append(self.owner.menuBar())
        holders.extend(self.owner.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly))
        index = 0
        while index < len(holders):
            for action in holders[index].actions():
                menu = action.menu()
                if isinstance(menu, QMenu) and menu not in holders:
                    holders.append(menu)
            index += 1
        return holders

    def _build(self) -> dict[int, list[QAction]]:
        keys: dict[int, list[QAction]] = {}
        shortcuts: dict[QAction, list[QKeySequence]] = {}
        for holder in self._holders():
            holder.installEventFilter(self)  # once per object: Qt moves a repeated filter to the front
            for action in holder.actions():
                if action in shortcuts or action.isSeparator():
                    continue
                shortcuts[action] = action.shortcuts()
                if action in self._fields_own:
                    continue
                for sequence in shortcuts[action]:
                    combined = _combined(sequence)
                    if combined is not None:
                        keys.setdefault(combined, []).append(action)
        self._keys, self._shortcuts = keys, shortcuts
        self.builds += 1
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTION_EVENTS and self._keys is not None:
            action = cast(QActionEvent, event).action()
            # An action's text or enabled state changes on every undo step: only its keys matter here.
            if event.type() != QEvent.Type.ActionChanged or self._shortcuts.get(action) != action.shortcuts():
                self._keys = None
        return False


def window_command_key(event: QEvent, field: QWidget) -> bool:
    """True for a key a window command owns that a one-line field would otherwise take."""
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    keys = getattr(field.window(), "command_keys", None)
    return isinstance(keys, CommandKeys) and keys.owns(cast(QKeyEvent, event))


class WindowKeys(QObject):
    """An event filter giving a field Qt made (a combo box's typing line), or one in a dialog,
    the same rule as FieldEdit: a key a command owns goes to the command. ``keys`` are the
    commands' (a dialog's); by default those of the window the field is in."""

    def __init__(self, parent: QObject | None = None, keys: CommandKeys | None = None) -> None:
        super().__init__(parent)
        self.keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if self.keys is not None:
            owned = self.keys.owns(cast(QKeyEvent, event))
        else:
            owned = window_command_key(event, watched)
        if owned:
            event.ignore()
            return True
        return False
