"""Find and Replace (issue 13): across title, metadata and items, in the article when it has
the focus; match case, whole words; Replace All is one undo step and says how many."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_support import *

pytest.importorskip("pytestqt")


def _active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _brief_text(window) -> str:
    brief = window.doc.brief
    return "\n".join([brief.title, brief.metadata.to, *(item.text for item in brief.items())])


def test_ctrl_f_opens_the_bar_and_f3_walks_the_matches_in_page_order(window, qtbot) -> None:
    _active(window, qtbot)
    window.editor.title_edit.setFocus()
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and window.focusWidget() is bar.find_edit
    qtbot.keyClicks(bar.find_edit, "China")
    total = sum(text.count("China") for text in _brief_text(window).split("\n"))
    assert bar.result.text() == f"{total} matches"
    assert bar.find_next()
    assert bar.current.where == "title", "the title comes first in page order"
    seen = [bar.current]
    for _ in range(total - 1):
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
        seen.append(bar.current)
    assert len({(m.where, id(m.item), m.start) for m in seen}) == total
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.current == seen[0], "F3 wraps round to the first match"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == seen[-1]
    item = seen[-1].item
    selection = window.editor.editor_for(item).text_edit.textCursor().selectedText()
    assert selection == "China"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_match_case_and_whole_words(window, qtbot) -> None:
    item = window.doc.section("summary").items[0]
    window.doc.text_document(item).setPlainText("Chinese china China Chinas")
    bar = window.find_bar
    bar.open_bar(replace=False, in_article=False)
    bar.find_edit.setText("China")
    items_only = [m for m in window.search.matches(bar.regex()) if m.item is item]
    assert len(items_only) == 3  # china, China, Chinas ("Chinese" has no "China")
    bar.match_case.setChecked(True)
    assert len([m for m in window.search.matches(bar.regex()) if m.item is item]) == 2
    bar.whole_words.setChecked(True)
    assert [m.start for m in window.search.matches(bar.regex()) if m.item is item] == [14]


def test_replace_all_is_one_undo_step_and_says_how_many(window, qtbot) -> None:
    _active(window, qtbot)
    window.doc.set_metadata("to", "Minister for China")
    window.undo_stack.clear()
    before = window.doc.brief.to_dict()
    count = _brief_text(window).count("China")
    assert count > 3
    window.actions_.replace.trigger()
    bar = window.find_bar
    assert bar.replace_edit.isVisible()
    bar.find_edit.setText("China")
    bar.replace_edit.setText("the PRC")
    assert bar.replace_all() == count
    assert bar.result.text() == f"Replaced {count} matches"
    assert f"Replaced {count} matches" in window.status.currentMessage()
    assert "China" not in _brief_text(window)
    assert window.doc.brief.metadata.to == "Minister for the PRC"
    assert window.editor.fields["to"].text() == "Minister for the PRC"
    assert window.undo_stack.count() == 1, "Replace All must be one undo step"
    window.undo_stack.undo()
    assert window.doc.brief.to_dict() == before
    assert bar.result.text() == f"{count} matches", "the bar's count follows the undo"
    window.undo_stack.redo()
    assert "China" not in _brief_text(window)


def test_replace_one_replaces_the_current_match_and_moves_on(window, qtbot) -> None:
    bar = window.find_bar
    window.actions_.replace.trigger()
    bar.find_edit.setText("China")
    bar.replace_edit.setText("PRC")
    count = _brief_text(window).count("China")
    assert bar.find_next()
    bar.replace_one()
    assert _brief_text(window).count("China") == count - 1
    assert bar.current is not None and "China" in bar.search.text_of(bar.current)[bar.current.start :]


def test_find_in_the_article_when_it_has_the_focus(window, qtbot) -> None:
    _active(window, qtbot)
    window.article_view.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.article_view, timeout=2000)
    window.actions_.find.trigger()
    bar = window.find_bar
    assert bar.in_article
    bar.find_edit.setText("Blinken")
    assert bar.find_next()
    assert window.article_view.textCursor().selectedText() == "Blinken"
    first = window.article_view.textCursor().position()
    assert bar.find_next()
    assert window.article_view.textCursor().position() > first


def test_the_outline_follows_a_match_find_shows(window, qtbot) -> None:
    """Find selects words in an item without moving the focus there, and on a tall screen
    without scrolling; the outline still says which section the match is in."""
    window.resize(1200, 3000)  # every section on screen: the scroll position says nothing
    settle()
    assert window.editor.verticalScrollBar().maximum() == 0
    word = "Qin"  # the sample's Qin Gang: first in Context
    window.outline.mark_current("summary")
    window.find_bar.open_bar(replace=False, in_article=False, selected=word)
    window.find_bar.find_next()
    assert window.outline.currentItem().data(Qt.ItemDataRole.UserRole) == "context"
