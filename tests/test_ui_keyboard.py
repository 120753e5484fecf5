"""The whole window by keyboard alone: F6 between the panes, Tab through the brief in page order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from briefing.ui import commands
from briefing.ui.dialogs import ask_export_path as ASK_EXPORT_PATH  # before the guard replaces it
from tests.ui_support import *

pytest.importorskip("pytestqt")


def _active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _page_order(window) -> list:
    """Every field a keyboard user should reach, top to bottom, as the page shows them."""
    editor = window.editor
    order = [editor.title_edit, *(field for field in editor.fields.values() if not field.isHidden())]
    for section in window.doc.brief.sections:
        widget = editor.section_widgets[section.id]
        order.extend(widget.buttons)
        for item in section.items:
            item_editor = widget.editor_for(item)
            order.extend(
                w for w in (item_editor.label_edit, item_editor.speaker_edit, item_editor.text_edit) if w is not None
            )
            if item.origin == "prefill":
                order.append(item_editor.review_box)
    return order


def _walk(window, qtbot, start, steps: int) -> list:
    settle()  # widgets added to a shown layout appear once their posted events are delivered
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focusWidget() is start, timeout=2000)
    seen = [window.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    return seen


def _assert_tab_follows_the_page(window, qtbot) -> None:
    expected = _page_order(window)
    seen = _walk(window, qtbot, expected[0], len(expected) - 1)
    for position, (got, want) in enumerate(zip(seen, expected)):
        assert got is want, (
            f"Tab stop {position}: reached {got.accessibleName() or got.objectName()!r}, "
            f"expected {want.accessibleName() or want.objectName()!r}"
        )


def test_f6_cycles_outline_article_brief(window, qtbot) -> None:
    _active(window, qtbot)
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.outline, timeout=2000)
    panes = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
        focus = window.focusWidget()
        pane = next(
            name
            for name, w in (("outline", window.outline), ("article", window.article_view), ("brief", window.editor))
            if focus is w or w.isAncestorOf(focus)
        )
        panes.append(pane)
    assert panes == ["article", "brief", "outline", "article"]


def _pane_of(window) -> str:
    focus = window.focusWidget()
    panes = (
        ("outline", window.outline),
        ("article", window.article_view),
        ("brief", window.editor),
        ("check", window.check.pane),
    )
    return next(name for name, w in panes if focus is w or w.isAncestorOf(focus))


def test_f6_reaches_the_check_pane_and_shift_f6_walks_back(window, qtbot) -> None:
    """Seen under Xvfb: F7 opened the Check pane, but no key reached its findings."""
    _active(window, qtbot)
    window.check.dock.show()
    qtbot.waitUntil(lambda: window.check.pane.tree.topLevelItemCount() > 0, timeout=10000)
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.outline, timeout=2000)
    forward = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
        forward.append(_pane_of(window))
    assert forward == ["article", "brief", "check", "outline"]
    backward = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        backward.append(_pane_of(window))
    assert backward == ["check", "brief", "article", "outline"]
    window.check.dock.hide()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _pane_of(window) == "brief", "a closed pane is skipped"


def test_tab_reaches_every_field_and_item_in_page_order(window, qtbot) -> None:
    _active(window, qtbot)
    order = _page_order(window)
    names = {w.accessibleName() for w in order}
    assert {
        "Title",
        "To",
        "From",
        "Date",
        "File number",
        "Drafter",
        "Contact",
        "Purpose",
        "Classification",
        "Summary item 1",
        "Party",
        "Issue name",
        "Speaker",
        "Summary item 1 reviewed",
    } <= names
    _assert_tab_follows_the_page(window, qtbot)


def test_tab_order_follows_items_added_and_moved_later(window, qtbot) -> None:
    _active(window, qtbot)
    window.add_item("summary", 1)  # created last, shown second
    window.push(commands.MoveItemCommand(window.doc, "outlook", 0, "context", 0))
    window.push(commands.MoveItemCommand(window.doc, "summary", 0, "summary", 2))
    _assert_tab_follows_the_page(window, qtbot)
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    _assert_tab_follows_the_page(window, qtbot)


def test_tab_order_after_a_template_switch(window, qtbot) -> None:
    _active(window, qtbot)
    other = next(t for t in window.actions_.template_actions if t != window.doc.brief.template)
    window.switch_template(other)
    _assert_tab_follows_the_page(window, qtbot)


def test_shift_tab_walks_back(window, qtbot) -> None:
    _active(window, qtbot)
    window.add_item("summary", 1)
    order = _page_order(window)[:25]
    settle()
    order[-1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focusWidget() is order[-1], timeout=2000)
    seen = [window.focusWidget()]
    for _ in range(len(order) - 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        seen.append(window.focusWidget())
    assert seen == list(reversed(order))


def test_window_commands_reach_the_window_from_a_one_line_field(window, qtbot, monkeypatch) -> None:
    """Seen under Xvfb (X11): Ctrl+E in the Date field did nothing, because an X11 QLineEdit
    takes Ctrl+E (end of line) and Ctrl+U before the window's shortcuts. The offscreen platform
    has no such bindings, so the field's base class is made to claim every key, as X11's does."""
    _claims_like_x11(monkeypatch)
    date = window.editor.fields["date"]
    assert not _claimed(date, Qt.Key.Key_E), "Ctrl+E is Export to Word's"
    assert not _claimed(date, Qt.Key.Key_H), "Ctrl+H is Replace's"
    assert _claimed(date, Qt.Key.Key_C) and _claimed(date, Qt.Key.Key_V), "copy and paste stay the field's"
    label = window.editor.editor_for(window.doc.section("positions").items[0]).label_edit
    assert not _claimed(label, Qt.Key.Key_E), "and from an item's label"


def test_window_commands_reach_the_window_from_the_classification_box(window) -> None:
    """The classification is an editable combo box: its typing line is a QLineEdit Qt made, which
    on X11 claims Ctrl+E (end of line) before Export to Word. Offscreen it claims Ctrl+Right
    (next word), so a window command is given that key here to stand in for X11's Ctrl+E."""
    from PySide6.QtGui import QKeySequence

    line = window.editor.fields["classification"].lineEdit()
    assert _claimed(line, Qt.Key.Key_Right), "the line claims its own keys while no command owns them"
    window.actions_.keyboard_help.setShortcuts([QKeySequence("Ctrl+Right")])
    assert not _claimed(line, Qt.Key.Key_Right), "a key a window command owns goes to the window"
    assert _claimed(line, Qt.Key.Key_C), "copy stays the field's"


def _claims_like_x11(monkeypatch) -> None:
    """X11's QLineEdit claims Ctrl+E and Ctrl+U before the window's shortcuts; offscreen it does
    not, so the field's base class is made to claim every key, as X11's does."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QLineEdit

    claims_all = QLineEdit.event

    def x11_like(self, event):
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return claims_all(self, event)

    monkeypatch.setattr(QLineEdit, "event", x11_like)


def _claimed(field, key) -> bool:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
    event.ignore()
    QApplication.sendEvent(field, event)  # through the event filters, as Qt delivers it
    return event.isAccepted()


def test_window_commands_reach_the_window_from_the_find_bar(window, qtbot, monkeypatch) -> None:
    """Seen under Xvfb: with the cursor in the Find bar, Ctrl+E moved to the end of the query
    instead of exporting. The Find and Replace fields leave the window's keys to the window."""
    _claims_like_x11(monkeypatch)
    window.actions_.replace.trigger()
    bar = window.find_bar
    for field in (bar.find_edit, bar.replace_edit):
        assert not _claimed(field, Qt.Key.Key_E), "Ctrl+E is Export to Word's"
        assert _claimed(field, Qt.Key.Key_V) and _claimed(field, Qt.Key.Key_A), "paste and select all stay the field's"


def test_ctrl_e_in_the_export_dialog_exports(window, qtbot, monkeypatch, tmp_path) -> None:
    """In the Export to Word dialog the Export key exports (Ctrl+E, Ctrl+E takes the suggested
    name); an X11 line edit took it for "end of line" and nothing happened."""
    from PySide6.QtWidgets import QDialog, QLineEdit

    _claims_like_x11(monkeypatch)
    suggested = str(tmp_path / "note.docx")
    claims: dict[str, bool] = {}

    def press_ctrl_e(dialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        fields = {f.accessibleName(): f for f in dialog.findChildren(QLineEdit)}
        claims.update({name: _claimed(field, Qt.Key.Key_E) for name, field in fields.items()})
        fields["Export to"].setFocus()
        qtbot.keyClick(fields["Export to"], Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", press_ctrl_e)
    choice = ASK_EXPORT_PATH(window, suggested, "")
    assert claims == {"Export to": False, "Reference document": False}
    assert choice is not None and str(choice.path) == suggested and choice.reference is None


def test_the_window_keys_are_looked_up_not_searched_for_on_every_key(window, qtbot) -> None:
    """A one-line field asks on every key whether a window command owns it: the answer comes
    from a map built once and rebuilt only when a command's keys change, not from a walk over
    the window's widgets each time (typing in the Date field of a 150-item brief walked them all)."""
    from PySide6.QtGui import QKeySequence

    _active(window, qtbot)
    keys = window.command_keys
    date = window.editor.fields["date"]
    date.setFocus()
    qtbot.keyClicks(date, "2026-12-01")
    builds = keys.builds
    qtbot.keyClicks(date, " and 2")  # each word a step on the history: Undo's text changes
    assert keys.builds == builds, "typing does not rebuild the map"
    assert not _claimed(date, Qt.Key.Key_E)
    window.actions_.keyboard_help.setShortcuts([QKeySequence("Ctrl+Right")])
    assert not _claimed(date, Qt.Key.Key_Right), "a command given a new key owns it at once"
    assert keys.builds == builds + 1
    window.actions_.keyboard_help.setShortcuts([])
    assert _claimed(date, Qt.Key.Key_Right), "and lets go of it when it loses it"


def test_tab_goes_round_the_window_as_it_reads(window, qtbot) -> None:
    """After the brief and the Find bar: the Check pane, then the toolbar's template, the outline,
    the article and the title again. Before, Tab went outline, template, article and then stopped
    on the brief's scroll area (no sign of focus) before the title; the Check pane's list was
    between the template and the article."""
    _active(window, qtbot)
    window.check.dock.show()
    window.actions_.find.trigger()
    bar_close = [w for w in window.find_bar.findChildren(QToolButton) if w.isVisible()][-1]
    seen = _walk(window, qtbot, bar_close, 5)
    expected = [bar_close, window.check.pane.tree, window.template_combo, window.outline, window.article_view]
    assert seen[:5] == expected
    assert seen[5] is window.editor.title_edit
    assert not window.editor.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_going_to_an_empty_section_lands_on_its_add_item_button(window, qtbot) -> None:
    """It focused the section itself, which takes no keys and shows no focus."""
    _active(window, qtbot)
    window.push(commands.ReplaceItemsCommand(window.doc, "summary", [], "Empty"))
    window.outline.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.outline, timeout=2000)
    window.editor.show_section("summary")
    buttons = window.editor.section_widgets["summary"].buttons
    assert window.focusWidget() is buttons[-1] and buttons[-1].accessibleName() == "Add item to Summary"
