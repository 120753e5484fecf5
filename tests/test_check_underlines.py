"""Underlines in the items and the item's context menu (issue 12 part 3): a check's spelling and
unsupported findings are painted on the words, and the menu corrects them through the window's
one undo history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from briefing.check.spelling import PERSONAL_WORDS_FILE
from briefing.ui import item_menu
from briefing.ui.underlines import SPELLING_COLOUR, UNSUPPORTED_COLOUR, ItemMarks, Mark, moved
from tests.ui_support import *

pytest.importorskip("pytestqt")

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 60000  # the first check loads the dictionary: seconds on a busy machine
Style = QTextCharFormat.UnderlineStyle


@pytest.fixture(autouse=True)
def _quick_checks(monkeypatch) -> None:
    """The check waits for typing to pause (600 ms); these tests are about the marks, not the pause."""
    monkeypatch.setattr("briefing.ui.check_pane.DEBOUNCE_MS", 20)


def _underlines(window, item) -> list[tuple[str, Style, str]]:
    """(the words, the underline style, its colour) of every underline painted on ``item``."""
    document = window.doc.text_document(item)
    text = document.toPlainText()
    found = []
    block = document.begin()
    while block.isValid():
        for span in block.layout().formats():
            start = block.position() + span.start
            found.append(
                (text[start : start + span.length], span.format.underlineStyle(), span.format.underlineColor().name())
            )
        block = block.next()
    return found


def _open_pane(window, qtbot) -> None:
    window.check.dock.show()
    qtbot.waitUntil(lambda: bool(window.check.pane.findings), timeout=WAIT)


def _type(window, qtbot, item, text: str):
    editor = window.editor.editor_for(item)
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, text)
    return editor.text_edit


def _wait_for_underline(window, qtbot, item, word: str) -> None:
    qtbot.waitUntil(lambda: any(words == word for words, _style, _colour in _underlines(window, item)), timeout=WAIT)


def _menu_at(edit, word: str) -> QMenu:
    """The item's context menu as a right click in the middle of ``word`` opens it."""
    start = edit.document().toPlainText().index(word)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start + len(word) // 2)
    return item_menu.context_menu(edit, edit.cursorRect(cursor).center())


def _action(menu: QMenu, text: str):
    found = [a for a in menu.actions() if a.text() == text]
    assert found, f"no {text!r} in {[a.text() for a in menu.actions()]}"
    return found[0]


@pytest.fixture
def typed(window, qtbot):
    """The sample with the pane open and a misspelling and an unknown figure typed into an item."""
    _open_pane(window, qtbot)
    item = window.doc.section("summary").items[0]
    edit = _type(window, qtbot, item, " It recieved 97 million visitors.")
    _wait_for_underline(window, qtbot, item, "recieved")
    _wait_for_underline(window, qtbot, item, "97 million")
    return item, edit


def test_a_misspelt_word_is_underlined_red_and_wavy_and_a_figure_the_article_lacks_otherwise(
    window, qtbot, typed
) -> None:
    item, _edit = typed
    marks = {words: (style, colour) for words, style, colour in _underlines(window, item)}
    assert marks["recieved"] == (Style.SpellCheckUnderline, SPELLING_COLOUR)
    assert marks["97 million"] == (Style.DashUnderline, UNSUPPORTED_COLOUR)
    assert SPELLING_COLOUR != UNSUPPORTED_COLOUR


def test_underlines_are_not_text_marks_history_or_a_change(window, qtbot) -> None:
    _open_pane(window, qtbot)
    item = window.doc.section("summary").items[0]
    _type(window, qtbot, item, " It recieved praise.")
    steps, marks, text = window.undo_stack.count(), list(item.marks), item.text
    document = window.doc.text_document(item)
    undo_steps = document.availableUndoSteps()
    window.mark_saved()
    _wait_for_underline(window, qtbot, item, "recieved")
    assert (window.undo_stack.count(), item.marks, item.text) == (steps, marks, text)
    assert document.availableUndoSteps() == undo_steps
    assert not window.is_modified(), "painting underlines is no change to the brief"


def test_typing_before_a_mark_moves_it_and_changing_its_word_drops_it(window, qtbot, typed) -> None:
    item, edit = typed
    window.check.timer.stop()  # no check meanwhile: the marks move by themselves
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "So ")
    window.check.timer.stop()
    assert ("recieved", Style.SpellCheckUnderline, SPELLING_COLOUR) in _underlines(window, item)
    cursor.setPosition(item.text.index("recieved") + len("recieved"))
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "x")
    window.check.timer.stop()
    assert all("reciev" not in words for words, _s, _c in _underlines(window, item)), _underlines(window, item)


def test_a_suggestion_replaces_the_word_and_undo_brings_it_back(window, qtbot, typed) -> None:
    item, edit = typed
    steps = window.undo_stack.count()
    menu = _menu_at(edit, "recieved")
    _action(menu, "received").trigger()
    assert "It received 97 million" in item.text
    assert window.undo_stack.count() == steps + 1, "one step on the window's history"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert "It recieved 97 million" in item.text


def test_add_to_dictionary_clears_the_word_and_keeps_it(window, qtbot, typed, app_paths) -> None:
    item, edit = typed
    _action(_menu_at(edit, "recieved"), item_menu.ADD_TO_DICTIONARY).trigger()
    assert all(words != "recieved" for words, _s, _c in _underlines(window, item)), "gone at once"
    saved = app_paths.data / PERSONAL_WORDS_FILE
    assert "recieved" in saved.read_text(encoding="utf-8").split()
    qtbot.waitUntil(
        lambda: not any(f.kind == "spelling" and "recieved" in f.message for f in window.check.pane.findings),
        timeout=WAIT,
    )
    assert any(words == "97 million" for words, _s, _c in _underlines(window, item)), "the other mark stays"


def test_ignore_clears_the_word_for_this_session_without_saving_it(window, qtbot, typed, app_paths) -> None:
    item, edit = typed
    _action(_menu_at(edit, "recieved"), item_menu.IGNORE).trigger()
    assert all(words != "recieved" for words, _s, _c in _underlines(window, item))
    qtbot.waitUntil(
        lambda: not any(f.kind == "spelling" and "recieved" in f.message for f in window.check.pane.findings),
        timeout=WAIT,
    )
    assert not (app_paths.data / PERSONAL_WORDS_FILE).exists()


def test_an_unknown_name_is_offered_the_names_the_article_uses(window, qtbot, monkeypatch) -> None:
    _open_pane(window, qtbot)
    item = window.doc.section("summary").items[0]
    edit = _type(window, qtbot, item, " It was welcomed by Blinkin.")
    qtbot.waitUntil(
        lambda: any(f.kind == "unsupported" and "Blinkin" in f.message for f in window.check.pane.findings),
        timeout=WAIT,
    )
    marks = [(words, style) for words, style, _c in _underlines(window, item) if words == "Blinkin"]
    assert marks == [("Blinkin", Style.DashUnderline)], "one finding per word: the near name, not the spelling"
    shown: list[list[str]] = []
    monkeypatch.setattr(item_menu, "show_menu", lambda menu, _where: shown.append([x.text() for x in menu.actions()]))
    start = item.text.index("Blinkin")
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start + 2)
    point = edit.cursorRect(cursor).center()
    QApplication.sendEvent(
        edit.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, edit.viewport().mapToGlobal(point))
    )
    assert shown, "a right click opens the item's menu"
    assert shown[0][0] == "“Blinkin” is not in the article"
    assert {"Blinken", "Antony Blinken"} <= set(shown[0])
    assert "Paste" in " ".join(shown[0]), "Qt's own entries stay"
    _action(_menu_at(edit, "Blinkin"), "Antony Blinken").trigger()
    assert item.text.endswith(" welcomed by Antony Blinken.")


def test_hovering_an_underlined_word_says_why(window, qtbot, typed) -> None:
    item, edit = typed
    cursor = QTextCursor(edit.document())
    cursor.setPosition(item.text.index("97 million") + 1)
    point = edit.cursorRect(cursor).center()
    QApplication.sendEvent(edit.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, edit.viewport().mapToGlobal(point)))
    assert QToolTip.text() == "The figure “97 million” is not in the article"


def test_the_menu_s_undo_is_the_window_s_history(window, qtbot) -> None:
    item = window.doc.section("summary").items[0]
    edit = _type(window, qtbot, item, " word")
    menu = item_menu.context_menu(edit, QPoint(5, 5))
    assert window.actions_.undo in menu.actions() and window.actions_.redo in menu.actions()
    assert not [a for a in menu.actions() if a.objectName() in ("edit-undo", "edit-redo")], "Qt's own bypass it"
    window.actions_.undo.trigger()
    assert not item.text.endswith(" word")


def test_an_editor_built_later_shows_the_marks(window, qtbot, typed) -> None:
    from briefing.ui import commands

    item, _edit = typed
    window.check.dock.hide()  # no new check: the marks must come from the ones kept
    qtbot.waitUntil(lambda: not _underlines(window, item), timeout=3000)
    window.check.dock.show()
    _wait_for_underline(window, qtbot, item, "recieved")
    old = window.editor.editor_for(item)
    window.push(commands.DeleteItemCommand(window.doc, "summary", 0))
    window.undo_stack.undo()
    settle()
    assert window.editor.editor_for(item) is not old, "the item came back in a new editor"
    assert ("recieved", Style.SpellCheckUnderline, SPELLING_COLOUR) in _underlines(window, item)


def test_closing_the_pane_takes_the_underlines_away(window, qtbot, typed) -> None:
    item, _edit = typed
    window.check.dock.hide()
    qtbot.waitUntil(lambda: not _underlines(window, item), timeout=3000)


# --- where a mark stands after typing, before the next check ---------------------------------


def _marks(text: str, *words: str) -> ItemMarks:
    return ItemMarks(text, tuple(Mark("spelling", text.index(w), text.index(w) + len(w), w, "") for w in words))


@pytest.mark.parametrize(
    ("now", "kept"),
    [
        ("I recieve teh post", ["recieve", "teh"]),
        ("So I recieve teh post", ["recieve", "teh"]),  # typed before: both shift
        ("I recieve teh post today", ["recieve", "teh"]),  # typed after
        ("I recieve the post", ["recieve"]),  # the word itself corrected
        ("I recieved teh post", ["teh"]),  # a letter added to the word
        ("I recieve, teh post", ["recieve", "teh"]),  # punctuation beside a word is no change to it
        ("I receive teh post", ["teh"]),
        ("", []),
    ],
)
def test_marks_follow_the_text_and_never_land_on_other_words(now: str, kept: list[str]) -> None:
    entry = _marks("I recieve teh post", "recieve", "teh")
    found = moved(entry, now)
    assert [m.word for m in found] == kept
    assert all(now[m.start : m.end] == m.word for m in found)


# --- the pane, shown again after each check --------------------------------------------------


def test_the_pane_rebuilds_only_the_groups_that_changed(window, qtbot) -> None:
    from briefing.check import Finding
    from briefing.ui.check_pane import CheckPane

    brief = window.doc.brief
    pane = CheckPane()
    qtbot.addWidget(pane)
    unreviewed = [Finding("unreviewed", f"u{n}", "summary", n) for n in range(3)]
    pane.show_findings(brief, [Finding("spelling", "“teh” is not", "summary", 0, 0, 3), *unreviewed])
    spelling, kept = pane.tree.topLevelItem(0), pane.tree.topLevelItem(1)
    kept.setExpanded(True)
    pane.show_findings(brief, [Finding("spelling", "“teh” is not", "summary", 0, 4, 7), *unreviewed])
    assert pane.tree.topLevelItem(1) is kept and kept.isExpanded(), "an unchanged group stays as it was"
    assert pane.tree.topLevelItem(0) is not spelling
    pane.show_findings(brief, [Finding("unsupported", "“Smith” is not", "summary", 1, 0, 5), *unreviewed])
    titles = [pane.tree.topLevelItem(i).text(0) for i in range(pane.tree.topLevelItemCount())]
    assert titles == ["Not in the article (1)", "Not reviewed (3)"]
    assert pane.tree.topLevelItem(0).child(0).text(0).endswith("“Smith” is not")
    pane.show_findings(brief, [])
    assert pane.tree.topLevelItemCount() == 0 and pane.summary.text().startswith("No findings")


def test_a_placeholder_and_an_underline_in_one_item_both_show(window, qtbot) -> None:
    """An item's text has one highlighter for both: a second one on its document would wipe the
    first's marks each time it painted."""
    from PySide6.QtGui import QColor

    from briefing.ui.placeholder_marks import BACKGROUND

    _open_pane(window, qtbot)
    item = window.doc.section("summary").items[0]
    _type(window, qtbot, item, " It recieved [TBC] visitors.")
    _wait_for_underline(window, qtbot, item, "recieved")
    document = window.doc.text_document(item)
    block = document.begin()
    amber = [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.background().color() == QColor(BACKGROUND)
    ]
    assert amber == ["[TBC]"]
