"""Polish of the brief pane: the wrapping title, review state under undo, the drop line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragLeaveEvent, QDragMoveEvent, QFont, QGuiApplication

from briefing.app import apply_style
from briefing.ui.article_view import SPAN_MIME
from briefing.ui.dialogs import confirm_recover as real_confirm_recover  # before the guard replaces it
from briefing.ui.dialogs import confirm_replace as real_confirm_replace
from briefing.ui.item_editor import ITEM_MIME
from tests.ui_support import *

pytest.importorskip("pytestqt")


# --- the title ----------------------------------------------------------------------------
def test_a_long_title_wraps_and_shows_every_word(window, qtbot) -> None:
    title = window.editor.title_edit
    brief_title = window.doc.brief.title
    assert len(brief_title) > 60 and title.toPlainText() == brief_title
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: title.document().lineCount() >= 1)
    one_line = title.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: title.height() > 1.8 * one_line, timeout=2000)
    lines = sum(title.document().findBlockByNumber(0).layout().lineCount() for _ in [0])
    assert lines >= 2, "the long title should wrap"
    # Every laid-out line fits the field: nothing is cut at the right edge.
    layout = title.document().findBlockByNumber(0).layout()
    widest = max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
    assert widest <= title.viewport().width()
    assert title.height() >= lines * one_line


def test_the_title_keeps_its_big_bold_look_and_its_name(window, qapp) -> None:
    title = window.editor.title_edit
    assert title.accessibleName() == "Title"
    apply_style(qapp)  # what main() does; the test app runs without the stylesheet
    try:
        assert title.font().weight() >= QFont.Weight.DemiBold
        assert title.font().pointSizeF() > QGuiApplication.font().pointSizeF() + 2
        assert title.height() >= title.fontMetrics().lineSpacing(), "the field grows with the bigger font"
    finally:
        qapp.setStyleSheet("")


def test_enter_adds_no_line_break_and_pasted_breaks_become_spaces(window, qtbot) -> None:
    title = window.editor.title_edit
    title.setFocus()
    title.moveCursor(title.textCursor().MoveOperation.End)
    before = window.doc.brief.title
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.keyClick(title, Qt.Key.Key_Enter)
    assert title.toPlainText() == before == window.doc.brief.title
    mime = QMimeData()
    mime.setText(" and\nafter")
    title.insertFromMimeData(mime)
    assert window.doc.brief.title == before + " and after"
    assert "\n" not in title.toPlainText()


def test_typing_in_the_title_is_undone_word_by_word_from_the_window(window, qtbot) -> None:
    title = window.editor.title_edit
    before = window.doc.brief.title
    title.setFocus()
    title.moveCursor(title.textCursor().MoveOperation.End)
    qtbot.keyClicks(title, " (draft two)")
    assert window.doc.brief.title == before + " (draft two)"
    assert window.isWindowModified()
    window.actions_.undo.trigger()
    assert window.doc.brief.title == before + " (draft"
    window.actions_.undo.trigger()
    assert window.doc.brief.title == before and title.toPlainText() == before
    window.actions_.redo.trigger()
    window.actions_.redo.trigger()
    assert window.doc.brief.title == before + " (draft two)"


def test_a_title_set_from_outside_is_shown_without_an_undo_step(window) -> None:
    window.doc.set_metadata("title", "Short")
    title = window.editor.title_edit
    assert title.toPlainText() == "Short"
    assert not title.document().isUndoAvailable()


# --- review state under undo --------------------------------------------------------------
def _first(window, section: str = "summary"):
    item = window.doc.section(section).items[0]
    return item, window.editor.editor_for(item)


def test_undoing_all_typing_makes_an_untouched_item_unreviewed_again(window, qtbot) -> None:
    item, editor = _first(window)
    original = item.text
    assert item.origin == "prefill" and not item.reviewed
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, " more")
    assert item.reviewed and editor.review_box.isChecked()
    assert editor.property("unreviewed") is False
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert item.text == original
    assert not item.reviewed and not editor.review_box.isChecked()
    assert editor.property("unreviewed") is True
    window.undo_stack.redo()
    assert item.reviewed, "redoing the typing reviews it again"


def test_undoing_typing_keeps_an_item_ticked_before_the_first_keystroke(window, qtbot) -> None:
    item, editor = _first(window)
    editor.review_box.click()  # ticked by hand (a window-level command)
    assert item.reviewed
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, "xy")
    window.undo_stack.undo()
    assert item.text == _first(window)[0].text and "xy" not in item.text
    assert item.reviewed


def test_undoing_a_label_edit_gives_back_the_review_state(window, qtbot) -> None:
    item, editor = _first(window, "positions")
    assert editor.label_edit is not None and not item.reviewed
    editor.label_edit.setFocus()
    editor.label_edit.end(False)
    qtbot.keyClicks(editor.label_edit, "Z")
    assert item.reviewed
    qtbot.keyClick(editor.label_edit, Qt.Key.Key_Backspace)
    assert not item.reviewed, "the label is back as it was: the item is as unreviewed as before"


# --- the drop line --------------------------------------------------------------------------
def _settled(window, qtbot) -> None:
    """Let the items grow to their text (posted layout requests), as they have before any real drag."""
    settle()


def _move(widget, mime: QMimeData, y: int) -> QDragMoveEvent:
    event = QDragMoveEvent(
        QPoint(30, y),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dragMoveEvent(event)
    return event


def _in_section(target, editor):
    """An item editor's rectangle in its section widget's coordinates (it sits in the item column)."""
    return editor.geometry().translated(target.items_box.pos())


def _item_mime(item) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEM_MIME, str(id(item)).encode())
    return mime


def test_dragging_an_item_shows_a_line_between_the_items_it_would_land_between(window, qtbot) -> None:
    _settled(window, qtbot)
    target = window.editor.section_widgets["context"]
    editors = [target.editor_for(i) for i in window.doc.section("context").items]
    assert len(editors) >= 3
    mime = _item_mime(window.doc.section("outlook").items[0])
    line = target.drop_indicator
    assert line.isHidden()

    # Over the lower half of the second item: the item lands between the second and third.
    second, third = _in_section(target, editors[1]), _in_section(target, editors[2])
    event = _move(target, mime, second.center().y() + 2)
    assert event.isAccepted() and line.isVisible()
    assert second.bottom() <= line.geometry().center().y() <= third.top()
    assert line.width() > target.width() // 2

    # Over the upper half of the first item: above it.
    _move(target, mime, _in_section(target, editors[0]).top() + 2)
    assert line.geometry().bottom() <= _in_section(target, editors[0]).top()

    # Below the last item: after it.
    _move(target, mime, target.height() - 1)
    assert line.geometry().top() >= _in_section(target, editors[-1]).bottom()

    target.dragLeaveEvent(QDragLeaveEvent())
    assert line.isHidden()


def test_the_drop_line_matches_where_the_drop_inserts(window, qtbot) -> None:
    _settled(window, qtbot)
    target = window.editor.section_widgets["context"]
    items = window.doc.section("context").items
    editors = [target.editor_for(i) for i in items]
    moving = window.doc.section("outlook").items[0]
    y = _in_section(target, editors[1]).center().y() + 2
    index = target.show_drop_at(y)
    assert index == 2
    line_y = target.drop_indicator.geometry().center().y()
    assert _in_section(target, editors[1]).bottom() <= line_y <= _in_section(target, editors[2]).top()
    from PySide6.QtGui import QDropEvent

    mime = _item_mime(moving)  # kept alive: the event holds no reference to it
    drop = QDropEvent(
        QPointF(30, y), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    target.dropEvent(drop)
    assert window.doc.section("context").items[2] is moving
    assert target.drop_indicator.isHidden()


def test_an_article_passage_over_an_empty_section_shows_the_line(window, qtbot) -> None:
    section = window.doc.section("outlook")
    window.doc.set_items("outlook", [])
    _settled(window, qtbot)
    target = window.editor.section_widgets["outlook"]
    assert not section.items
    mime = QMimeData()
    mime.setData(SPAN_MIME, b"0:20")
    mime.setText(window.doc.brief.source.text[:20])
    event = _move(target, mime, target.height() // 2)
    assert event.isAccepted() and target.drop_indicator.isVisible()
    assert target.drop_indicator.geometry().bottom() <= target.empty.geometry().top() + 1


def test_item_text_leaves_dragged_items_and_passages_to_the_section(window) -> None:
    _, editor = _first(window)
    mime = _item_mime(window.doc.section("outlook").items[0])
    event = QDragMoveEvent(
        QPoint(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    editor.text_edit.dragMoveEvent(event)
    assert not event.isAccepted()


def test_files_dragged_over_a_section_are_left_to_the_window(window, tmp_path) -> None:
    from PySide6.QtCore import QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt"))])
    mime.setText(str(tmp_path / "a.txt"))
    target = window.editor.section_widgets["summary"]
    event = _move(target, mime, 20)
    assert not event.isAccepted() and target.drop_indicator.isHidden()


# --- the look, as seen in the Xvfb screenshots ---------------------------------------------
def test_cards_and_title_are_one_surface_not_a_box_inside_a_box(window, qapp, qtbot) -> None:
    """Seen under Xvfb: the text area showed as a white box inside a grey card, and the title's
    padding as a grey ring inside its frame. Both now paint the base colour edge to edge."""
    from PySide6.QtGui import QPalette

    apply_style(qapp)
    try:
        settle()
        base = window.palette().color(QPalette.ColorRole.Base)
        assert base != window.palette().color(QPalette.ColorRole.Window)
        _, editor = _first(window)
        image = editor.grab().toImage()
        text = editor.text_edit.geometry()
        x = (text.right() + editor.review_box.geometry().left()) // 2  # between text and tick
        assert image.pixelColor(x, text.center().y()) == base
        title = window.editor.title_edit
        shot = title.grab().toImage()
        inside = title.contentsMargins().top() - 2  # in the padding, just above the text
        assert shot.pixelColor(title.width() // 2, inside) == base
    finally:
        qapp.setStyleSheet("")


def test_a_drag_near_the_bottom_edge_scrolls_the_brief(window, qtbot) -> None:
    _settled(window, qtbot)
    bar = window.editor.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    viewport = window.editor.viewport()
    # The section under the bottom edge of the pane, and the drag 5 px above that edge.
    edge = viewport.mapTo(window.editor.widget(), viewport.rect().bottomLeft())
    target = next(w for w in window.editor.section_widgets.values() if w.geometry().contains(20, edge.y() - 5))
    y = target.mapFrom(window.editor.widget(), edge).y() - 5
    mime = _item_mime(window.doc.section("summary").items[0])
    _move(target, mime, y)
    assert bar.value() > 0, "the pane should scroll towards the drag"
    target.hide_drop()


def test_ctrl_z_in_an_untouched_title_undoes_the_last_window_change(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    count = len(window.doc.section("summary").items)
    window.add_item("summary", count)
    title = window.editor.title_edit
    title.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is title, timeout=2000)
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.doc.section("summary").items) == count


def test_outline_rows_have_room_around_their_text(window, qapp, qtbot) -> None:
    apply_style(qapp)
    try:
        settle()
        outline = window.outline
        row = outline.visualItemRect(outline.item(0))
        assert row.height() >= outline.fontMetrics().height() + 6
    finally:
        qapp.setStyleSheet("")


def test_a_summary_line_with_a_speaker_shows_no_empty_label_field(window, qtbot) -> None:
    """Seen under Xvfb on a PolNeAR article: a Summary line the pre-fill gave a speaker showed
    an empty "Party or issue" field beside the speaker, in a section that has no labels."""
    from briefing.model import Item
    from briefing.ui.item_editor import ItemEditor

    spoken = ItemEditor(
        window.doc,
        Item(text="Obama sought to ease worries.", speaker="Barack Obama"),
        show_label=False,
        show_speaker=False,
    )
    qtbot.addWidget(spoken)
    assert spoken.label_edit is None
    assert spoken.speaker_edit is not None and spoken.speaker_edit.text() == "Barack Obama"
    labelled = ItemEditor(window.doc, Item(text="Words.", label="Taiwan"), show_label=False, show_speaker=False)
    qtbot.addWidget(labelled)
    assert labelled.label_edit is not None and labelled.label_edit.text() == "Taiwan"
    assert labelled.speaker_edit is None
    position = ItemEditor(window.doc, Item(text="Words."), show_label=True, show_speaker=True)
    qtbot.addWidget(position)
    assert position.label_edit is not None and position.speaker_edit is not None, "Positions keep both"
    assert spoken.focus_chain() == [spoken.speaker_edit, spoken.text_edit, spoken.review_box]


def test_the_recovery_question_says_what_discarding_deletes(qtbot, monkeypatch, tmp_path) -> None:
    """Seen under Xvfb after kill -9: 'Recover / Discard / Not Now' with nothing saying whether
    Discard deleted the saved .brief too. Now the buttons and the text say it."""
    from PySide6.QtWidgets import QMessageBox

    from briefing.autosave import Recoverable

    shown: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> int:  # stands in for the modal run: no button clicked
        shown.append((box.informativeText(), [b.text().replace("&", "") for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    saved = Recoverable(tmp_path / "a.json", str(tmp_path / "Talks.brief"), "Talks", 0.0, 1)
    fresh = Recoverable(tmp_path / "b.json", "", "Draft", 0.0, 1)
    assert real_confirm_recover(None, [saved]) == "keep"
    assert real_confirm_recover(None, [fresh, saved, saved]) == "keep"
    (one, buttons), (three, _) = shown
    assert sorted(buttons) == ["Discard Unsaved Work", "Not Now", "Recover"]
    assert "deletes the autosaved copy: your file Talks.brief stays as you last saved it" in one
    assert "2 older autosaved copies are also waiting" in three
    assert "deletes this autosaved copy and the 2 older ones: this brief was never saved, so its work is lost" in three


def test_the_redraft_question_names_its_buttons_by_what_they_do(monkeypatch) -> None:
    """Seen under Xvfb: Redraft on a section with an edited item asked with "Yes" and "No"."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[list[str], str]] = []

    def answer(box: QMessageBox) -> int:  # the modal run: the writer takes the default button
        shown.append(
            (sorted(b.text().replace("&", "") for b in box.buttons()), box.defaultButton().text().replace("&", ""))
        )
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert real_confirm_replace(None, "Summary", 1) is False, "Enter keeps the writer's items"
    assert shown == [(["Keep My Items", "Redraft Section"], "Keep My Items")]


def test_each_section_says_what_an_items_label_is_for(window, qtbot) -> None:
    """One placeholder, "Party or issue", served two meanings: in Positions the label is the
    speaker's party or side, in Key issues the issue's short name. Each says which, to the eye
    (placeholder), the mouse (tooltip) and a screen reader (accessible name)."""
    editor = window.editor

    def label_of(item):
        field = editor.editor_for(item).label_edit
        return field.placeholderText(), field.accessibleName(), field.toolTip()

    position = window.doc.section("positions").items[0]
    issue = window.doc.section("key_issues").items[0]
    assert label_of(position)[:2] == ("Party or side", "Party")
    assert label_of(issue)[:2] == ("Issue (short name)", "Issue name")
    assert "position" in label_of(position)[2] and "issue" in label_of(issue)[2]
    # The US information memo's Discussion holds both: each item says what it is.
    window.switch_template("us-information-memo")
    settle()
    assert window.doc.locate(position)[0] == window.doc.locate(issue)[0] == "discussion"
    assert label_of(position)[0] == "Party or side"
    assert label_of(issue)[0] == "Issue (short name)"
    window.add_item("discussion", 0)  # the writer's own: neither yet
    added = window.doc.section("discussion").items[0]
    assert label_of(added)[0] == "Party, or issue name"
    window.doc.edit_item(added, label=None, speaker="Wang Yi", fields=True)
    assert label_of(added)[0] == "Party or side", "a speaker makes it a position"


def test_a_long_label_shows_its_start(window, qtbot) -> None:
    """Seen under Xvfb in the US memo's Discussion, where label and speaker share the row: issue
    names showed their ends ("ure and open communication"), the field scrolled to its cursor."""
    window.switch_template("us-information-memo")
    settle()
    issue = next(i for i in window.doc.section("discussion").items if i.label and len(i.label) > 30)
    label = window.editor.editor_for(issue).label_edit
    assert label.cursorPosition() == 0
    window.doc.edit_item(issue, label=issue.label + " and more besides", speaker=issue.speaker, fields=True)
    assert label.cursorPosition() == 0, "and after a change from elsewhere (an undo, Replace)"


def test_a_missing_field_finding_takes_the_cursor_to_that_field(window, qtbot) -> None:
    """Seen under Xvfb: clicking "To is empty" in the Check pane did nothing, and the words typed
    next went to the pane. Now it puts the cursor in the To field, ready to type."""
    from briefing.check.rules import missing_metadata
    from briefing.templates import get_template
    from briefing.ui.check_pane import show_finding

    window.switch_template("us-information-memo")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    findings = {
        f.message.split(" is empty")[0]: f
        for f in missing_metadata(window.doc.brief, get_template("us-information-memo"))
    }
    assert {"To", "From", "Drafted by"} <= set(findings)
    for label, name in (("To", "to"), ("From", "from_"), ("Drafted by", "drafter")):
        show_finding(window, findings[label])
        qtbot.waitUntil(lambda n=name: window.focusWidget() is window.editor.fields[n], timeout=2000)


def test_the_check_before_an_export_says_it_is_checking(window, monkeypatch) -> None:
    """Seen under Xvfb: Ctrl+E seemed to do nothing for 3 s while the first check loaded the
    dictionary (only the pointer changed, and it was elsewhere). The status bar says so first."""
    from briefing.ui import check_pane, dialogs

    said: list[str] = []
    runner = window.check.runner
    monkeypatch.setattr(runner, "check_now", lambda brief: said.append(window.status.currentMessage()) or [])
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *args: None)
    window.actions_.export.trigger()
    assert said == [check_pane.CHECKING_MESSAGE]
    assert window.status.currentMessage() != check_pane.CHECKING_MESSAGE, "and stops saying it after"


def test_the_brief_opens_with_the_cursor_in_it(window, qtbot) -> None:
    """Seen under Xvfb: at start the focus was in the read-only article, so typing went nowhere
    and Ctrl+F searched the article. As in Word, the cursor starts at the brief's beginning."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    title = window.editor.title_edit
    assert window.focusWidget() is title and title.textCursor().position() == 0
    window.actions_.find.trigger()
    assert not window.find_bar.in_article


def test_the_titles_selection_dims_when_the_focus_moves_to_a_field(window, qtbot) -> None:
    """Seen under Xvfb: after Tab to To, the title's selection stayed in the full highlight, as if
    typing would still replace it (Fusion's inactive highlight is its active one)."""
    from PySide6.QtGui import QPalette

    from briefing.ui.resting_selection import resting_highlight

    title, to = window.editor.title_edit, window.editor.fields["to"]
    active, role = QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
    live = window.palette().color(active, role)
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=3000)
    title.selectAll()
    assert title.palette().color(active, role) == live
    to.setFocus()
    qtbot.waitUntil(lambda: title.palette().color(active, role) == resting_highlight(window.palette()), timeout=3000)
    assert resting_highlight(window.palette()) != live
    assert title.textCursor().hasSelection(), "the selection is kept, only shown at rest"
    title.setFocus()
    qtbot.waitUntil(lambda: title.palette().color(active, role) == live, timeout=3000)


def test_an_items_selection_dims_when_the_focus_moves_to_another_item(window, qtbot) -> None:
    """As the title's: a selection left in one item was painted in the full highlight while the
    user typed in the next, as if typing would replace it (QTextEdit paints an unfocused
    selection in the Inactive group, which in Fusion is the active blue)."""
    from PySide6.QtGui import QPalette, QTextCursor

    from briefing.ui.resting_selection import resting_highlight

    items = window.doc.section("summary").items
    first, second = (window.editor.editor_for(item).text_edit for item in items[:2])
    inactive, active, role = QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
    live, resting = window.palette().color(active, role), resting_highlight(window.palette())
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=3000)
    cursor = first.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
    first.setTextCursor(cursor)
    assert first.palette().color(active, role) == live
    second.setFocus()
    qtbot.waitUntil(second.hasFocus, timeout=3000)
    # the group an unfocused QTextEdit paints its selection in
    qtbot.waitUntil(lambda: first.palette().color(inactive, role) == resting, timeout=3000)
    assert resting != live and second.palette().color(active, role) == live
    assert first.textCursor().hasSelection(), "the selection is kept, only shown at rest"
    first.setFocus()
    qtbot.waitUntil(lambda: first.palette().color(active, role) == live, timeout=3000)
