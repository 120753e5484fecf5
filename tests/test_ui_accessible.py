"""What a screen reader says: every control the window shows has a name, and names tell apart
what a keyboard user moves between (each item was 'Item text', each tick 'Item reviewed')."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from briefing.ui import commands
from tests.ui_support import *

LABEL_FIELDS = ("Party", "Speaker", "Issue name", "Short name")  # read with the item named after them
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractItemView)


def _said(widget: QWidget) -> str:
    """The name assistive technology reads: the widget's accessible interface's, or (a combo box
    on Linux names itself by its value) its label's, which Qt relates to it as a buddy."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    if isinstance(widget, QComboBox):
        labels = [other.text(QAccessible.Text.Name) for other, _r in face.relations(QAccessible.RelationFlag.Label)]
        return " ".join([*labels, widget.accessibleName()]).strip()
    return face.text(QAccessible.Text.Name).strip()


def _is_a_name(said: str) -> bool:
    """Words, not nothing nor a symbol ('✕' is no name)."""
    return sum(ch.isalpha() for ch in said) >= 2


def _controls(window) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()]


def test_every_control_shown_has_a_name(window, qtbot) -> None:
    window.check.dock.show()
    window.actions_.replace.trigger()  # the Find bar, with its Replace row
    qtbot.waitUntil(lambda: window.check.pane.tree.topLevelItemCount() > 0, timeout=10000)
    unnamed = [f"{type(w).__name__} {w.toolTip()!r}" for w in _controls(window) if not _is_a_name(_said(w))]
    assert unnamed == []
    tree = window.check.pane.tree
    assert tree.accessibleDescription() == window.check.pane.summary.text(), "the count is read with the list"


def test_items_and_their_ticks_are_named_by_their_place(window) -> None:
    names = Counter(_said(w) for w in _controls(window) if w.focusPolicy() != 0)
    repeated = {name: n for name, n in names.items() if n > 1 and name not in LABEL_FIELDS}
    assert repeated == {}, "a screen reader could not tell these apart"
    summary = window.editor.section_widgets["summary"]
    first, second = (summary.editor_for(item) for item in window.doc.section("summary").items[:2])
    assert (_said(first.text_edit), _said(first.review_box)) == ("Summary item 1", "Summary item 1 reviewed")
    assert _said(second.text_edit) == "Summary item 2"
    window.push(commands.MoveItemCommand(window.doc, "summary", 0, "summary", 1))
    assert (_said(first.text_edit), _said(second.text_edit)) == ("Summary item 2", "Summary item 1"), "after a move"
    moved = window.doc.section("summary").items[1]
    window.push(commands.MoveItemCommand(window.doc, "summary", 1, "context", 0))
    there = window.editor.section_widgets["context"].editor_for(moved)
    assert _said(there.text_edit) == "Context item 1", "after a move to another section"
    second_of_context = window.editor.section_widgets["context"].editor_for(window.doc.section("context").items[1])
    assert _said(second_of_context.text_edit) == "Context item 2"
