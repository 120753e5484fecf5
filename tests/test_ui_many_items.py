"""A long brief keeps editors only near the screen, and still behaves as if every item were there.

Issue 16: a brief of 10,000 items opened in 54 s and 1.6 GB because every item had its own
widgets. Here 600 items (over the pane's build-everything threshold) stand in for them;
tests/benchmarks/bench_ui_huge_brief.py measures the 10,000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefing.app import start
from briefing.model import Item
from briefing.ui.brief_editor import BUILD_ALL_UP_TO
from tests.long_brief import write_long_brief
from tests.ui_support import *  # fixtures and the dialog guard
from tests.ui_support import settle

COUNT = 600


@pytest.fixture
def long_window(qtbot, app_paths, tmp_path: Path):
    win = start(write_long_brief(tmp_path / "long.brief", COUNT), app_paths, autosave_ms=60_000)
    qtbot.addWidget(win, before_close_func=lambda w: w.mark_saved())
    win.resize(1100, 700)
    qtbot.waitExposed(win)
    settle()
    return win


def _editors(window) -> int:
    return sum(len(w.editors) for w in window.editor.section_widgets.values())


def _on_screen(window, item: Item) -> bool:
    editor = window.editor.editor_for(item)
    if editor is None or not editor.isVisible():
        return False
    viewport = window.editor.viewport()
    top = editor.mapTo(viewport, editor.rect().topLeft()).y()
    return -editor.height() < top < viewport.height()


def test_a_long_brief_builds_editors_only_near_the_screen(long_window) -> None:
    assert COUNT > BUILD_ALL_UP_TO
    assert len(long_window.doc.brief.items()) == COUNT
    built = _editors(long_window)
    assert 0 < built < 80, built
    # The page is as tall as all 600 items would be: far more than the editors built.
    bar = long_window.editor.verticalScrollBar()
    assert bar.maximum() > 40 * COUNT


def test_scrolling_to_the_end_shows_the_last_items_and_lets_the_first_go(long_window, qtbot) -> None:
    items = long_window.doc.brief.items()
    first, last = items[0], items[-1]
    assert long_window.editor.editor_for(first) is not None
    bar = long_window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: long_window.editor.editor_for(last) is not None and _on_screen(long_window, last))
    assert long_window.editor.editor_for(first) is None
    assert _editors(long_window) < 80


def test_going_to_a_far_item_builds_it_and_typing_edits_it(long_window, qtbot) -> None:
    target = long_window.doc.brief.items()[COUNT // 2]
    assert long_window.editor.editor_for(target) is None
    long_window.editor.focus_item(target)
    qtbot.waitUntil(lambda: _on_screen(long_window, target))
    editor = long_window.editor.editor_for(target)
    qtbot.waitUntil(lambda: long_window.focusWidget() is editor.text_edit)
    before = target.text
    QTest.keyClicks(editor.text_edit, " zz")
    assert target.text == before + " zz"
    QTest.keyClick(long_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert target.text == before


def test_the_item_being_edited_keeps_its_editor_when_scrolled_away(long_window, qtbot) -> None:
    target = long_window.doc.brief.items()[10]
    long_window.editor.focus_item(target)
    editor = long_window.editor.editor_for(target)
    qtbot.waitUntil(lambda: long_window.focusWidget() is editor.text_edit)
    bar = long_window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle()
    assert long_window.editor.editor_for(target) is editor  # same editor: cursor and focus kept
    assert long_window.focusWidget() is editor.text_edit
    QTest.keyClicks(editor.text_edit, "Q")
    assert target.text.endswith("Q")


def test_what_is_on_screen_stays_put_when_editors_above_it_are_built(long_window, qtbot) -> None:
    """Scrolling up builds editors whose real height differs from the estimate: the item at the
    top of the screen must not jump."""
    pane = long_window.editor
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle()
    anchor = next(
        item for item in long_window.doc.brief.items() if _on_screen(long_window, item) and pane.editor_for(item)
    )
    editor = pane.editor_for(anchor)

    def screen_y() -> int:
        return editor.mapTo(pane.viewport(), editor.rect().topLeft()).y()

    before = screen_y()
    bar.setValue(bar.value() - pane.viewport().height() // 2)
    settle()
    scrolled = before + pane.viewport().height() // 2
    assert pane.editor_for(anchor) is editor
    assert abs(screen_y() - scrolled) <= 2, (screen_y(), scrolled)


def test_find_reaches_an_item_that_had_no_editor(long_window, qtbot) -> None:
    target = long_window.doc.brief.items()[COUNT - 3]
    word = target.text.split()[0]  # "Item597": only in that item
    assert long_window.editor.editor_for(target) is None
    long_window.find_bar.open_bar(replace=False, in_article=False, selected=word)
    long_window.find_bar.find_next()
    qtbot.waitUntil(lambda: _on_screen(long_window, target))
    cursor = long_window.editor.editor_for(target).text_edit.textCursor()
    assert cursor.selectedText() == word


def test_a_drop_over_items_without_editors_lands_where_the_line_shows(long_window) -> None:
    pane = long_window.editor
    widget = max(pane.section_widgets.values(), key=lambda w: len(w.section.items))
    index = len(widget.section.items) // 2
    assert widget.editor_for(widget.section.items[index]) is None
    y = widget.item_top(index) + 3  # the upper part of an item a spacer stands in for
    assert widget.show_drop_at(y) == index
    line = widget.drop_indicator.geometry()
    assert abs(line.top() - (widget.item_top(index) - 3)) <= 3
    widget.hide_drop()


def test_a_short_brief_still_has_every_editor(window) -> None:
    items = window.doc.brief.items()
    assert len(items) <= BUILD_ALL_UP_TO
    assert all(window.editor.editor_for(item) is not None for item in items)


def test_an_item_scrolled_into_view_shows_finds_highlights(long_window, qtbot) -> None:
    """Only built editors are painted; one built later, as the brief scrolls, gets its marks."""
    from briefing.ui.find_highlights import MATCH_COLOUR

    target = long_window.doc.brief.items()[COUNT - 3]
    word = target.text.split()[0][:6]  # "Item59": Item59, Item590 to Item599
    long_window.find_bar.open_bar(replace=False, in_article=False, selected=word)
    assert long_window.find_bar.result.text() == "1 of 11"
    assert long_window.editor.editor_for(target) is None
    bar = long_window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _on_screen(long_window, target))
    selections = long_window.editor.editor_for(target).text_edit.extraSelections()
    assert [s.format.background().color().name() for s in selections] == [MATCH_COLOUR]
