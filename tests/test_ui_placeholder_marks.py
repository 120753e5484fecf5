"""Template placeholders marked in the title and the title-block fields as the writer types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from briefing.ui.placeholder_marks import BACKGROUND
from tests.ui_support import *

pytest.importorskip("pytestqt")


def _marked_ranges(window) -> list[tuple[int, int]]:
    block = window.editor.title_edit.document().firstBlock()
    return [
        (r.start, r.start + r.length)
        for r in block.layout().formats()
        if r.format.background().color() == QColor(BACKGROUND)
    ]


def test_a_placeholder_in_the_title_is_marked_and_the_mark_follows_typing(window, qtbot) -> None:
    """Seen under Xvfb: "[to be completed]" in the title looked like any other words, while the
    export highlighted it and the check stopped on it."""
    title = window.editor.title_edit
    title.set_text("Talks on [to be completed] resume")
    qtbot.waitUntil(lambda: _marked_ranges(window) == [(9, 26)], timeout=3000)
    title.set_text("Talks on trade resume")
    qtbot.waitUntil(lambda: _marked_ranges(window) == [], timeout=3000)
    title.set_text("Talks [the minister] held")  # an editor's insertion, not a gap
    qtbot.waitUntil(lambda: title.text().startswith("Talks [the"), timeout=3000)
    assert _marked_ranges(window) == []


def test_a_placeholder_in_a_field_is_painted_with_the_same_cue(window, qtbot) -> None:
    """ "[addressee]" typed in To showed as a finished value until the export."""
    field = window.editor.fields["to"]
    window.editor.ensureWidgetVisible(field)
    field.setText("[addressee]")
    assert field.placeholder_spans() == ((0, 11),)
    rect = field.text_rect(0, 11)
    image = field.grab().toImage()
    amber = [
        QColor(image.pixel(x, rect.center().y()))
        for x in range(rect.left(), rect.right())
        if image.valid(x, rect.center().y())
    ]
    assert any(c.red() > 200 and c.green() > 180 and c.blue() < 200 for c in amber), "pale amber behind it"
    field.setText("Director, Asia")
    assert field.placeholder_spans() == ()
    after = field.grab().toImage()
    assert not any(
        QColor(after.pixel(x, rect.center().y())).blue() < 200 and QColor(after.pixel(x, rect.center().y())).red() > 200
        for x in range(rect.left(), min(rect.right(), after.width()))
    ), "no mark once it is filled in"


def test_a_fields_placeholder_mark_leaves_the_selection_alone() -> None:
    from briefing.ui.find_highlights import outside

    assert outside(((0, 11),), None) == [(0, 11)]
    assert outside(((0, 11), (20, 25)), (0, 11)) == [(0, 0), (11, 11), (20, 25)]
    assert outside(((4, 10),), (6, 30)) == [(4, 6), (30, 10)]


def _item_marks(window, item) -> list[str]:
    """The words of ``item`` painted with the placeholder cue, block by block."""
    document = window.doc.text_document(item)
    found = []
    block = document.begin()
    while block.isValid():
        found += [
            block.text()[r.start : r.start + r.length]
            for r in block.layout().formats()
            if r.format.background().color() == QColor(BACKGROUND)
        ]
        block = block.next()
    return found


def test_a_placeholder_typed_in_an_item_is_marked_where_it_is_typed(window, qtbot) -> None:
    """The check named "[Name]" in an item and the export printed it on yellow, but the item's
    own text showed it as plain words."""
    item = window.doc.section("summary").items[0]
    editor = window.editor.editor_for(item)
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, " Met [Name] and [the deal]")
    qtbot.waitUntil(lambda: _item_marks(window, item) == ["[Name]"], timeout=3000)  # an insertion is no gap
    for _ in range(len(" and [the deal]")):
        qtbot.keyClick(editor.text_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Backspace)  # "[Name" is no longer a placeholder
    assert _item_marks(window, item) == []
    qtbot.keyClicks(editor.text_edit, "] on [TBC]")
    assert _item_marks(window, item) == ["[Name]", "[TBC]"]


def test_an_item_s_placeholder_mark_is_no_text_mark_history_or_change(window, qtbot) -> None:
    item = window.doc.section("summary").items[0]
    editor = window.editor.editor_for(item)
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, " [insert figure]")
    steps, marks, text = window.undo_stack.count(), list(item.marks), item.text
    window.mark_saved()
    window.editor.rebuild()  # a new editor on the same document paints it again
    settle()
    qtbot.waitUntil(lambda: _item_marks(window, item) == ["[insert figure]"], timeout=3000)
    assert (window.undo_stack.count(), item.marks, item.text) == (steps, marks, text)
    assert not window.is_modified(), "painting a placeholder is no change to the brief"


def test_an_item_added_with_a_placeholder_shows_it_once_its_editor_is_built(window, qtbot) -> None:
    from briefing.model import Item
    from briefing.ui import commands

    item = Item("Call [Minister's name] back")
    window.push(commands.AddItemCommand(window.doc, "summary", 0, item))
    settle()
    assert window.editor.editor_for(item) is not None
    qtbot.waitUntil(lambda: _item_marks(window, item) == ["[Minister's name]"], timeout=3000)


def test_hovering_a_placeholder_in_an_item_says_what_it_is(window, qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    from briefing.ui.placeholder_marks import TOOLTIP

    item = window.doc.section("summary").items[0]
    edit = window.editor.editor_for(item).text_edit
    window.editor.editor_for(item).focus_text()
    qtbot.keyClicks(edit, " Call [Name] back")
    cursor = QTextCursor(edit.document())
    cursor.setPosition(item.text.index("[Name]") + 2)
    point = edit.cursorRect(cursor).center()
    QApplication.sendEvent(edit.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, edit.viewport().mapToGlobal(point)))
    assert QToolTip.text() == TOOLTIP
