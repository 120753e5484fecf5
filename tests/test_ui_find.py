"""Find and Replace (issue 13): across title, metadata and items, in the article when it has
the focus; match case, whole words; Replace All is one undo step and says how many."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui_support import *

pytest.importorskip("pytestqt")


def _active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _brief_text(window) -> str:
    brief = window.doc.brief
    fields = [part for item in brief.items() for part in (item.label or "", item.speaker or "", item.text)]
    return "\n".join([brief.title, brief.metadata.to, *fields])


def test_ctrl_f_opens_the_bar_and_f3_walks_the_matches_in_page_order(window, qtbot) -> None:
    _active(window, qtbot)
    window.editor.title_edit.setFocus()
    window.editor.title_edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and window.focusWidget() is bar.find_edit
    qtbot.keyClicks(bar.find_edit, "China")
    total = sum(text.count("China") for text in _brief_text(window).split("\n"))
    assert bar.result.text() == f"1 of {total}", "as you type, the first match from the cursor is current"
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
    qtbot.waitUntil(lambda: bar.result.text() == f"{count} results", timeout=2000)  # the count follows the undo
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
    article = window.article_view
    first = article.textCursor().position()
    assert article.toPlainText()[first : first + 7] == "Blinken", "the caret at the match"
    assert (first, first + 7, True) in _marks(article), "in the current match's orange, not selected"
    assert bar.find_next()
    assert article.textCursor().position() > first
    bar.close_bar()
    assert article.textCursor().selectedText() == "Blinken", "closing leaves the match selected"


def test_the_outline_follows_a_match_find_shows(window, qtbot) -> None:
    """Find selects words in an item without moving the focus there, and on a tall screen
    without scrolling; the outline still says which section the match is in."""
    window.resize(1200, 3000)  # every section on screen: the scroll position says nothing
    settle()
    assert window.editor.verticalScrollBar().maximum() == 0
    word = "Qin"  # the sample's Qin Gang: first in Context
    window.outline.mark_current("summary")
    window.find_bar.open_bar(replace=False, in_article=False, selected=word)  # shows the first as it finds it
    assert window.outline.currentItem().data(Qt.ItemDataRole.UserRole) == "context"


# --- every match at once -------------------------------------------------------------------------
def _marks(widget) -> list[tuple[int, int, bool]]:
    """Find's highlights in a text editor: (start, end, is the current one)."""
    from briefing.ui.find_highlights import CURRENT_COLOUR, MATCH_COLOUR

    found = []
    for selection in widget.extraSelections():
        colour = selection.format.background().color().name()
        if colour in (MATCH_COLOUR, CURRENT_COLOUR):
            found.append((selection.cursor.selectionStart(), selection.cursor.selectionEnd(), colour == CURRENT_COLOUR))
    return found


def _all_marks(window) -> list[tuple[object, int, int, bool]]:
    marks = [("title", *m) for m in _marks(window.editor.title_edit)]
    marks += [(name, *m) for name, field in window.editor.fields.items() for m in getattr(field, "found", [])]
    for item in window.doc.brief.items():
        editor = window.editor.editor_for(item)
        marks += [(id(item), *m) for m in _marks(editor.text_edit)]
        for where, line in (("label", editor.label_edit), ("speaker", editor.speaker_edit)):
            marks += [(f"{where} {id(item)}", *m) for m in (line.found if line is not None else [])]
    return marks


def test_typing_a_query_highlights_every_match_and_closing_clears_them(window, qtbot) -> None:
    """Find showed nothing until F3 stepped to a match. Now each key counts and highlights
    every match, the current one in a colour of its own, and the bar says "1 of 14"."""
    import re

    window.doc.set_metadata("to", "Minister for China")
    bar = window.find_bar
    window.editor.title_edit.moveCursor(QTextCursor.MoveOperation.Start)
    window.editor.title_edit.setFocus()
    window.actions_.find.trigger()
    qtbot.keyClicks(bar.find_edit, "china")
    expected = len(re.findall("(?i)china", _brief_text(window)))
    marks = _all_marks(window)
    assert len(marks) == expected > 10
    assert ("to", 13, 18, False) in marks, "the metadata field shows its match too"
    to_field = window.editor.fields["to"]
    marked = to_field.grab().toImage()
    to_field.show_found([])
    assert to_field.grab().toImage() != marked, "and paints it over the words"
    to_field.show_found([(13, 18, False)])
    assert [m for m in marks if m[3]] == [("title", 0, 5, True)], "one current match: the first from the cursor"
    assert bar.result.text() == f"1 of {expected}"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    marks = _all_marks(window)
    assert [m[:3] for m in marks if m[3]] == [("to", 13, 18)] and bar.result.text() == f"2 of {expected}"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.result.text() == f"1 of {expected}", "Shift+Enter goes back"
    qtbot.keyClicks(bar.find_edit, "zz")
    assert bar.result.text() == "No results" and _all_marks(window) == []
    assert not window.editor.title_edit.textCursor().hasSelection(), "no stale selection looks found"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Backspace)
    assert len(_all_marks(window)) == expected
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert _all_marks(window) == [], "closing the bar takes the highlights away"


def test_the_highlights_follow_edits_while_the_bar_is_open(window, qtbot) -> None:
    bar = window.find_bar
    bar.open_bar(replace=False, in_article=False, selected="Beijing")
    total = bar.hits.total
    item = window.doc.section("outlook").items[-1]
    text_edit = window.editor.editor_for(item).text_edit
    before = len(_marks(text_edit))
    cursor = text_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Back in Beijing.")
    qtbot.waitUntil(lambda: bar.result.text().endswith(f"of {total + 1}"), timeout=2000)
    assert len(_marks(text_edit)) == before + 1
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(_marks(text_edit)) == before, timeout=2000)


def test_find_in_the_article_highlights_every_match_there(window, qtbot) -> None:
    bar = window.find_bar
    bar.open_bar(replace=False, in_article=True, selected="Taiwan")
    article = window.article_view
    marks = _marks(article)
    assert len(marks) == article.toPlainText().count("Taiwan") == bar.hits.total > 2
    assert sum(current for *_span, current in marks) == 1
    assert _all_marks(window) == [], "the brief is not searched"
    assert bar.find_next() and bar.result.text() == f"2 of {len(marks)}"
    bar.close_bar()
    assert _marks(article) == []


def test_hits_number_and_step_without_walking_every_match() -> None:
    """Hits counts text by text and finds positions only where asked (an F3 step over a
    10,000-item brief walked every match to find its place: 1.4 s)."""
    from briefing.model import Item
    from briefing.ui.find_hits import ITEM, LABEL, SPEAKER, TITLE, Hits, Match, pattern

    items = [Item(text="no match"), Item(text="ab ab"), Item(text=""), Item(text="x ab")]
    texts = [(TITLE, None, "ab title"), ("to", None, "")] + [(ITEM, item, item.text) for item in items]
    hits = Hits(pattern("ab", match_case=False, whole_words=True), texts)
    assert hits.total == 4 and hits.counts == [1, 0, 0, 2, 0, 1]
    assert [hits.match(n) for n in range(4)] == [
        Match(TITLE, None, 0, 2),
        Match(ITEM, items[1], 0, 2),
        Match(ITEM, items[1], 3, 5),
        Match(ITEM, items[3], 2, 4),
    ]
    assert hits.number_of(Match(ITEM, items[1], 3, 5)) == 2
    assert hits.number_of(Match(ITEM, items[1], 1, 3)) is None
    assert hits.first_from(ITEM, items[1], 1) == 2
    assert hits.first_from(ITEM, items[0], 0) == 1, "from a text without matches, the next text's"
    assert hits.first_from(ITEM, items[3], 3) == 0, "past the last, round to the first"
    assert hits.last_before(ITEM, items[1], 3) == 1
    assert hits.last_before(TITLE, None, 0) == 3, "before the first, round to the last"
    assert hits.spans(ITEM, items[1]) == [(0, 2), (3, 5)] and hits.spans(ITEM, Item(text="ab")) == []
    # An empty label or speaker is not searched: a place there is the start of the item's words.
    assert hits.first_from(LABEL, items[1], 0) == 1 and hits.last_before(SPEAKER, items[1], 0) == 0


def test_escape_puts_the_cursor_back_on_the_match_shown(window, qtbot) -> None:
    """Seen under Xvfb: after Esc closed the bar the keyboard focus was nowhere, so typing went
    nowhere. As in Word it goes back to the text, on the match shown, selected to type over."""
    _active(window, qtbot)
    first = window.doc.section("summary").items[0]
    window.editor.focus_item(first)
    qtbot.waitUntil(lambda: window.focusWidget() is window.editor.editor_for(first).text_edit, timeout=2000)
    window.actions_.find.trigger()
    qtbot.keyClicks(window.find_bar.find_edit, "Qin")  # in Context only
    current = window.find_bar.current
    assert current is not None and current.item is not first
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Escape)
    text_edit = window.editor.editor_for(current.item).text_edit
    assert window.focusWidget() is text_edit
    assert text_edit.textCursor().selectedText() == "Qin"
    window.actions_.find.trigger()
    qtbot.keyClicks(window.find_bar.find_edit, "zzz")  # nothing found: back where the cursor was
    qtbot.keyClick(window.find_bar.find_edit, Qt.Key.Key_Escape)
    assert window.focusWidget() is text_edit


def test_find_and_replace_reach_labels_and_speakers(window, qtbot) -> None:
    """Seen under Xvfb: replacing "Wang Yi" left every speaker field saying "Wang Yi", and
    "Taiwan" did not count the Key issues label "Taiwan". Labels and speakers are part of the
    note (party headings, lead-ins), so Find counts, highlights and replaces them too."""
    bar = window.find_bar
    spoken = [i for i in window.doc.brief.items() if i.speaker == "Wang Yi"]
    assert len(spoken) >= 2
    window.actions_.replace.trigger()
    bar.find_edit.setText("Wang Yi")
    editor = window.editor.editor_for(spoken[0])
    assert editor.speaker_edit.found and all(len(m) == 3 for m in editor.speaker_edit.found)
    while bar.current.where != "speaker":
        assert bar.find_next()
    assert window.editor.editor_for(bar.current.item).speaker_edit.selectedText() == "Wang Yi"
    window.undo_stack.clear()
    bar.replace_edit.setText("Foreign Minister Wang Yi")
    bar.replace_all()
    assert all(i.speaker == "Foreign Minister Wang Yi" for i in spoken)
    assert editor.speaker_edit.text() == "Foreign Minister Wang Yi"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert all(i.speaker == "Wang Yi" for i in spoken), "one undo step takes them all back"


def _colour_behind(widget, start: int) -> str:
    """The colour behind the character after ``start`` in a text editor or a one-line field,
    one pixel below the top of its line (above the letters)."""
    from PySide6.QtWidgets import QLineEdit

    if isinstance(widget, QLineEdit):
        caret = widget.cursorPosition()
        x = widget.cursorRect().left() + 5  # the caret's x (the rectangle starts 5 px before it)
        x += widget.fontMetrics().horizontalAdvance(widget.text()[start : start + 1]) // 2
        x -= widget.fontMetrics().horizontalAdvance(widget.text()[start:caret])
        image, y = widget.grab().toImage(), widget.cursorRect().top() + 1
    else:
        cursor = QTextCursor(widget.document())
        cursor.setPosition(start + 1)
        rect = widget.cursorRect(cursor)
        image, x, y = widget.viewport().grab().toImage(), rect.left() - 2, rect.top() + 1
    return image.pixelColor(x, y).name()


def test_the_current_match_is_the_same_orange_in_the_title_an_item_and_a_field(window, qtbot) -> None:
    """Seen under Xvfb: the current match was the selection's blue in the title and the items,
    and a brownish mix over the one-line fields (orange painted over the grey selection)."""
    from briefing.ui.find_highlights import CURRENT_COLOUR, MATCH_COLOUR

    window.doc.set_metadata("to", "Beijing desk")
    settle()
    title, to_field = window.editor.title_edit, window.editor.fields["to"]
    title.moveCursor(QTextCursor.MoveOperation.Start)
    title.setFocus()
    bar = window.find_bar
    bar.open_bar(replace=False, in_article=False, selected="Beijing")
    in_title = title.toPlainText().index("Beijing")
    assert bar.current.where == "title"
    assert _colour_behind(title, in_title) == CURRENT_COLOUR
    bar.find_next()
    assert bar.current.where == "to" and to_field.selectedText() == "Beijing"
    to_field.repaint()
    assert _colour_behind(to_field, 0) == CURRENT_COLOUR
    assert _colour_behind(title, in_title) == MATCH_COLOUR, "the title's match is one of the others again"
    bar.find_next()
    item = bar.current.item
    text_edit = window.editor.editor_for(item).text_edit
    assert _colour_behind(text_edit, bar.current.start) == CURRENT_COLOUR
    start = bar.current.start
    bar.close_bar()
    assert text_edit.textCursor().selectedText() == "Beijing", "left selected"
    assert _colour_behind(text_edit, start) not in (CURRENT_COLOUR, MATCH_COLOUR), "in the selection's own colour"
