"""One undo history for the whole window (issue 13): typing in word-sized steps, moves,
deletions and template switches, undone in the order they happened, wherever the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_support import *

pytest.importorskip("pytestqt")

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _type_into(window, qtbot, item, text: str):
    editor = window.editor.editor_for(item)
    editor.focus_text()
    qtbot.waitUntil(lambda: window.focusWidget() is editor.text_edit, timeout=2000)
    qtbot.keyClicks(editor.text_edit, text)
    return editor


def test_undo_is_enabled_after_typing_and_the_toolbar_undoes_it(window, qtbot) -> None:
    _active(window, qtbot)
    item = window.doc.section("context").items[0]
    before = item.text
    assert not window.actions_.undo.isEnabled()
    _type_into(window, qtbot, item, " extra")
    assert window.actions_.undo.isEnabled(), "Undo must light up after typing"
    window.actions_.undo.trigger()
    assert item.text == before


def test_typing_in_one_item_is_undone_from_another(window, qtbot) -> None:
    _active(window, qtbot)
    first, second = window.doc.section("summary").items[:2]
    before = first.text
    _type_into(window, qtbot, first, " typed")
    other = _type_into(window, qtbot, second, "")
    qtbot.keyClick(other.text_edit, Qt.Key.Key_Z, CTRL)
    assert first.text == before, "Ctrl+Z in the second item undoes the typing in the first"


def test_moves_after_typing_are_undone_first(window, qtbot) -> None:
    _active(window, qtbot)
    section = window.doc.section("summary")
    window.add_item("summary", 0)
    item = section.items[0]
    editor = window.editor.editor_for(item)
    qtbot.keyClicks(editor.text_edit, "Point")
    window.actions_.move_down.trigger()
    window.actions_.move_down.trigger()
    assert section.items.index(item) == 2
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert section.items.index(item) == 1 and item.text == "Point", "the last move goes first"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert section.items.index(item) == 0 and item.text == "Point"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert item.text == "", "then the typing"
    assert item in section.items


def test_typing_is_undone_a_word_at_a_time(window, qtbot) -> None:
    _active(window, qtbot)
    window.add_item("outlook", 0)
    item = window.doc.section("outlook").items[0]
    qtbot.keyClicks(window.focusWidget(), "alpha beta, gamma")
    window.undo_stack.undo()
    assert item.text == "alpha beta,", "a word goes with its punctuation and the space before it"
    window.undo_stack.undo()
    assert item.text == "alpha"
    window.undo_stack.redo()
    assert item.text == "alpha beta,"


def test_deleting_typed_text_is_one_step_per_run_of_backspaces(window, qtbot) -> None:
    _active(window, qtbot)
    item = window.doc.section("context").items[0]
    before = item.text
    editor = _type_into(window, qtbot, item, " word")
    for _ in range(3):
        qtbot.keyClick(editor.text_edit, Qt.Key.Key_Backspace)
    assert item.text == before + " w"
    window.undo_stack.undo()
    assert item.text == before + " word"
    window.undo_stack.undo()
    assert item.text == before


def test_typing_survives_deleting_and_restoring_its_item(window, qtbot) -> None:
    _active(window, qtbot)
    item = window.doc.section("outlook").items[0]
    before = item.text
    _type_into(window, qtbot, item, " kept")
    window.actions_.delete_item.trigger()
    assert item not in window.doc.section("outlook").items
    window.undo_stack.undo()
    assert item.text == before + " kept"
    window.undo_stack.undo()
    assert item.text == before
    assert window.editor.editor_for(item).text_edit.toPlainText() == before


def test_typing_survives_a_template_switch_and_its_undo(window, qtbot) -> None:
    _active(window, qtbot)
    item = window.doc.section("summary").items[0]
    before = item.text
    _type_into(window, qtbot, item, " across")
    window.switch_template("uk-submission")
    window.undo_stack.undo()  # the switch
    assert window.doc.brief.template == "briefing-note"
    window.undo_stack.undo()  # the typing, in an editor built after it was typed
    assert item.text == before
    assert window.editor.editor_for(item).text_edit.toPlainText() == before


def test_metadata_typing_is_on_the_window_history(window, qtbot) -> None:
    _active(window, qtbot)
    field = window.editor.fields["to"]
    before = window.doc.brief.metadata.to
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " and Deputy")
    assert window.doc.brief.metadata.to == before + " and Deputy"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.doc.brief.metadata.to == before + " and"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.doc.brief.metadata.to == before and field.text() == before


def test_label_typing_is_on_the_window_history(window, qtbot) -> None:
    _active(window, qtbot)
    item = window.doc.section("positions").items[0]
    editor = window.editor.editor_for(item)
    before = item.label
    editor.label_edit.setFocus()
    editor.label_edit.end(False)
    qtbot.keyClicks(editor.label_edit, "X")
    window.actions_.undo.trigger()
    assert item.label == before and editor.label_edit.text() == (before or "")


def test_undoing_everything_leaves_the_window_unmodified(window, qtbot) -> None:
    _active(window, qtbot)
    item = window.doc.section("summary").items[0]
    _type_into(window, qtbot, item, " x")
    assert window.isWindowModified()
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert not window.isWindowModified()


def test_an_item_moved_by_hand_stays_there_across_template_switches(window) -> None:
    """Issue 13's round trip, with the writer's own move: the plan must not send it back."""
    window.switch_template("us-information-memo")
    discussion = window.doc.section("discussion").items
    item = next(i for i in discussion if i.home == "positions")
    window._item_dropped(id(item), "outlook", 0)
    assert window.doc.section("outlook").items[0] is item and item.home is None
    window.switch_template("briefing-note")
    assert window.doc.locate(item) == ("outlook", 0)
    for _ in range(2):
        window.undo_stack.undo()  # the switch back, then the move
    assert item.home == "positions" and window.doc.locate(item)[0] == "discussion"


@pytest.mark.parametrize("pane", ["article_view", "outline"])
def test_ctrl_z_in_the_article_or_outline_undoes_the_last_change(window, qtbot, pane) -> None:
    _active(window, qtbot)
    count = len(window.doc.section("summary").items)
    window.add_item("summary", 0)
    widget = getattr(window, pane)
    widget.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is widget, timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert len(window.doc.section("summary").items) == count


def test_the_title_and_field_menus_undo_on_the_windows_history(window, qtbot, monkeypatch) -> None:
    """Their own Undo would undo the field's document behind the window's one history (as the
    item menu's did): a right click offers the window's Undo and Redo instead."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    from briefing.ui import typing_steps

    shown = []
    monkeypatch.setattr(typing_steps, "show_field_menu", lambda menu, _where: shown.append(menu.actions()))
    title = window.editor.title_edit
    drafter = window.editor.fields["drafter"]
    for field in (title, drafter):
        field.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)))
    assert len(shown) == 2
    for actions in shown:
        assert window.actions_.undo in actions and window.actions_.redo in actions
        assert not [a for a in actions if a.objectName() in ("edit-undo", "edit-redo")], "Qt's own bypass it"


def test_undoing_typing_puts_the_cursor_where_the_typing_was(window, qtbot) -> None:
    """Seen under Xvfb: after typing in one item and moving to another, Ctrl+Z undid the first
    item's words but left the cursor in the second, so the next keys went to the wrong item."""
    _active(window, qtbot)
    first, second = window.doc.section("summary").items[:2]
    before = first.text
    _type_into(window, qtbot, first, " extra")
    other = _type_into(window, qtbot, second, "")
    qtbot.keyClick(other.text_edit, Qt.Key.Key_Z, CTRL)
    assert first.text == before
    editor = window.editor.editor_for(first)
    assert window.focusWidget() is editor.text_edit, "the cursor goes to the item the undo changed"
    assert editor.text_edit.textCursor().position() == len(before), "at the place of the undone word"
    assert window.current_item is first
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert first.text == before + " extra"
    assert editor.text_edit.textCursor().position() == len(before + " extra")


def test_undoing_a_delete_selects_the_item_it_brings_back(window, qtbot) -> None:
    """Seen under Xvfb: Ctrl+Z brought a deleted item back but the cursor stayed on its
    neighbour, so the Ctrl+R that followed ticked the wrong item."""
    _active(window, qtbot)
    section = window.doc.section("summary")
    first, second = section.items[:2]
    window.editor.focus_item(second)
    window.actions_.delete_item.trigger()
    assert second not in section.items
    assert window.current_item is first, "a delete leaves the cursor on the item before"
    window.actions_.undo.trigger()
    assert section.items[1] is second
    assert window.current_item is second
    assert window.focusWidget() is window.editor.editor_for(second).text_edit
    window.actions_.redo.trigger()
    assert window.current_item is first, "redoing the delete goes back to the item before"


def test_undoing_a_move_follows_the_item(window, qtbot) -> None:
    _active(window, qtbot)
    section = window.doc.section("summary")
    first, second = section.items[:2]
    window.editor.focus_item(first)
    window.actions_.move_down.trigger()
    window.editor.focus_item(second)
    window.actions_.undo.trigger()
    assert section.items[:2] == [first, second]
    assert window.current_item is first
