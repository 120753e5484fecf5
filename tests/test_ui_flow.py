"""The whole flow in the window, headless: open, edit, undo/redo, save, reopen, export."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt

from briefing.storage import load_brief
from briefing.templates import get_template
from briefing.ui import dialogs
from tests.ui_support import *


@pytest.fixture(autouse=True)
def _export_anyway(no_real_dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Exporting or printing the unreviewed sample asks first (the Check pane); here: Export Anyway."""
    monkeypatch.setattr(dialogs, "confirm_export_with_findings", lambda *_args: "export")


pytest.importorskip("pytestqt")


def _editors(win, section_id: str):
    widget = win.editor.section_widgets[section_id]
    return [widget.editor_for(item) for item in widget.section.items]


def test_the_sample_opens_with_every_section_filled(window) -> None:
    brief = window.doc.brief
    assert [s.id for s in brief.sections] == [s.id for s in get_template("briefing-note").sections]
    for section in brief.sections:
        assert section.items, f"{section.id} is empty"
        editors = _editors(window, section.id)
        assert [e.text_edit.toPlainText() for e in editors] == [i.text for i in section.items]
    assert window.article_view.toPlainText().startswith("China-US Relations")
    assert window.editor.title_edit.text() == brief.title
    assert not window.isWindowModified()
    assert window.outline.count() == len(brief.sections)
    assert "(2)" in window.outline.item(0).text() or window.outline.item(0).text().endswith(
        f"({len(brief.sections[0].items)})"
    )
    assert "unreviewed" in window.status.unreviewed.text()


def test_edit_undo_redo_save_reopen_export(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    first = _editors(window, "summary")[0]
    item = first.item
    assert first.property("unreviewed") is True
    first.focus_text()
    qtbot.keyClicks(first.text_edit, " EDITED-BY-TEST")
    assert item.text.endswith(" EDITED-BY-TEST")
    assert item.reviewed and first.property("unreviewed") is False
    assert window.isWindowModified() and "[*]" in window.windowTitle()

    # Bold the last word through the Edit menu action.
    cursor = first.text_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, len("EDITED-BY-TEST"))
    first.text_edit.setTextCursor(cursor)
    window.actions_.bold.trigger()
    end = len(item.text)
    assert (end - len("EDITED-BY-TEST"), end, "bold") in item.marks

    # One history: the bold comes off first, then the typing, word by word.
    window.actions_.undo.trigger()
    assert item.marks == []
    window.actions_.redo.trigger()
    assert item.marks

    count = len(window.doc.section("summary").items)
    window.actions_.add_item.trigger()
    assert len(window.doc.section("summary").items) == count + 1
    qtbot.keyClicks(window.focusWidget(), "A new point")
    assert window.doc.section("summary").items[1].text == "A new point"
    for _ in range(3):  # "A", " new", " point"
        window.undo_stack.undo()
    assert window.doc.section("summary").items[1].text == ""
    window.undo_stack.undo()
    assert len(window.doc.section("summary").items) == count
    for _ in range(4):
        window.undo_stack.redo()
    assert window.doc.section("summary").items[1].text == "A new point"
    assert len(_editors(window, "summary")) == count + 1

    target = tmp_path / "note.brief"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    assert window.files.save()
    assert not window.isWindowModified() and target.exists()
    assert window.windowTitle().startswith("note.brief")
    saved = load_brief(target)
    assert saved.to_dict() == window.doc.brief.to_dict()

    # Reopen in the window: the brief comes back identical, provenance and marks included.
    before = window.doc.brief.to_dict()
    assert window.files.open_path(target)
    assert window.doc.brief.to_dict() == before
    assert window.session.path == target

    out = tmp_path / "note.docx"
    monkeypatch.setattr(
        dialogs, "ask_export_path", lambda parent, suggested, reference, notes: dialogs.ExportChoice(out, None)
    )
    assert window.files.export()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "EDITED-BY-TEST" in text and "A new point" in text


def test_ctrl_z_reaches_the_window_stack_when_the_editor_has_nothing_to_undo(window, qtbot) -> None:
    editor = _editors(window, "context")[0]
    editor.focus_text()
    count = len(window.doc.section("context").items)
    window.actions_.add_item.trigger()
    new_editor = _editors(window, "context")[1]
    assert window.focusWidget() is new_editor.text_edit
    qtbot.keyClick(new_editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.doc.section("context").items) == count


def test_enter_adds_an_item_and_backspace_on_empty_deletes_it(window, qtbot) -> None:
    editor = _editors(window, "outlook")[0]
    editor.focus_text()
    count = len(window.doc.section("outlook").items)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    assert len(window.doc.section("outlook").items) == count + 1
    assert window.doc.section("outlook").items[1].text == ""
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backspace)
    assert len(window.doc.section("outlook").items) == count


def test_move_and_delete_by_keyboard_actions_with_undo(window) -> None:
    items = list(window.doc.section("key_issues").items)
    _editors(window, "key_issues")[0].focus_text()
    window.actions_.move_down.trigger()
    assert window.doc.section("key_issues").items[:2] == [items[1], items[0]]
    assert window.doc.section("key_issues").items[1] is items[0]
    window.actions_.delete_item.trigger()
    assert items[0] not in window.doc.section("key_issues").items
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.doc.section("key_issues").items == items
    # Moving up past the top of a section carries the item into the one above.
    _editors(window, "key_issues")[0].focus_text()
    window.actions_.move_up.trigger()
    assert window.doc.section("context").items[-1] is items[0]


def test_drag_an_item_to_another_section(window) -> None:
    item = window.doc.section("outlook").items[0]
    window._item_dropped(id(item), "summary", 0)
    assert window.doc.section("summary").items[0] is item
    assert window.editor.section_widgets["summary"].editor_for(item) is not None
    window.undo_stack.undo()
    assert window.doc.section("outlook").items[0] is item


def test_selecting_an_item_marks_its_source_in_the_article(window) -> None:
    item = window.doc.section("positions").items[-1]
    window.editor.focus_item(item)
    assert window.current_item is item
    assert window.article_view._focus == item.sources
    start, end = item.sources[0]
    last = window.article_view.extraSelections()[-1]
    marked = last.cursor.selectedText()
    assert marked == window.doc.brief.source.text[start:end]
    used = {tuple(s) for i in window.doc.brief.items() for s in i.sources}
    assert len(window.article_view._used) == len(used)


def test_add_article_text_to_a_section(window) -> None:
    view = window.article_view
    text = window.doc.brief.source.text
    start = text.index("The discussions aimed")
    cursor = view.textCursor()
    cursor.setPosition(view.doc_position(start))
    cursor.setPosition(view.doc_position(start + 40), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_span() == (start, start + 40)
    mime = view.createMimeDataFromSelection()
    assert bytes(mime.data("application/x-briefing-span")).decode() == f"{start}:{start + 40}"
    count = len(window.doc.section("context").items)
    view._add("context")
    added = window.doc.section("context").items[-1]
    assert len(window.doc.section("context").items) == count + 1
    assert added.text == text[start : start + 40] and added.sources == [(start, start + 40)]
    assert added.origin == "user"
    window.undo_stack.undo()
    assert len(window.doc.section("context").items) == count


def test_template_switch_carries_every_item_and_undoes(window) -> None:
    before = window.doc.brief.to_dict()
    items = window.doc.brief.items()
    window.switch_template("uk-submission")
    assert window.doc.brief.template == "uk-submission"
    assert {id(i) for i in window.doc.brief.items()} == {id(i) for i in items}
    assert list(window.editor.section_widgets) == [s.id for s in get_template("uk-submission").sections]
    assert window.template_combo.currentData() == "uk-submission"
    window.undo_stack.undo()
    assert window.doc.brief.to_dict() == before


def test_redraft_asks_before_replacing_edited_items(window, qtbot, monkeypatch) -> None:
    editor = _editors(window, "outlook")[0]
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, " mine")
    asked: list[int] = []
    monkeypatch.setattr(dialogs, "confirm_replace", lambda p, heading, n: asked.append(n) or False)
    window.redraft_section("outlook")
    assert asked == [1] and window.doc.section("outlook").items[0].text.endswith(" mine")
    monkeypatch.setattr(dialogs, "confirm_replace", lambda p, heading, n: True)
    window.redraft_section("outlook")
    assert not any(i.text.endswith(" mine") for i in window.doc.section("outlook").items)
    window.undo_stack.undo()
    assert window.doc.section("outlook").items[0].text.endswith(" mine")


def test_unedited_section_redrafts_without_asking(window) -> None:
    count = len(window.doc.section("summary").items)
    window.redraft_section("summary")  # the guard fails the test if it asks
    assert len(window.doc.section("summary").items) == count
    assert window.undo_stack.count() == 1


def test_classification_and_review_go_through_undo(window) -> None:
    combo = window.editor.fields["classification"]
    combo.setCurrentText("SECRET")
    combo.activated.emit(combo.currentIndex())
    assert window.doc.brief.metadata.classification == "SECRET"
    item = window.doc.section("summary").items[0]
    window.editor.focus_item(item)
    window.actions_.reviewed.trigger()
    assert item.reviewed
    assert window.editor.editor_for(item).review_box.isChecked()
    window.undo_stack.undo()
    assert not item.reviewed and window.editor.editor_for(item).property("unreviewed") is True
    window.undo_stack.undo()
    assert window.doc.brief.metadata.classification == "UNCLASSIFIED" and combo.currentText() == "UNCLASSIFIED"
    assert not window.isWindowModified()


def test_metadata_typing_updates_the_brief(window, qtbot) -> None:
    qtbot.keyClicks(window.editor.fields["to"], "Minister")
    assert window.doc.brief.metadata.to == "Minister"
    assert window.isWindowModified()


def test_open_errors_show_a_message_and_keep_the_brief(window, monkeypatch, tmp_path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message, title="": shown.append(message))
    before = window.doc.brief
    broken = tmp_path / "broken.brief"
    broken.write_text("{ not json", encoding="utf-8")
    assert not window.files.open_path(broken)
    assert window.files.open_path(tmp_path / "missing.txt") is False
    assert len(shown) == 2 and "broken JSON" in shown[0] and "missing.txt" in shown[1]
    assert window.doc.brief is before


def test_save_failure_is_a_message_and_the_brief_stays_modified(window, qtbot, monkeypatch, tmp_path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message, title="": shown.append(message))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, s: tmp_path / "no" / "such" / "x.brief")
    qtbot.keyClicks(window.editor.title_edit, "!")
    assert not window.files.save()
    assert shown and window.isWindowModified()


def test_new_from_pasted_text(window, monkeypatch) -> None:
    text = (
        "Ports Strike Spreads\n\nDock workers in three cities walked out on Monday. "
        "The union said talks had failed. The minister said the government would not intervene."
    )
    monkeypatch.setattr(dialogs, "ask_paste_text", lambda parent: text)
    window.files.new_from_paste()
    assert window.doc.brief.source.text.startswith("Ports Strike Spreads")
    assert window.article_view.toPlainText().startswith("Ports Strike Spreads")
    assert window.undo_stack.count() == 0


def test_export_with_source_notes_is_remembered(window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "noted.docx"
    offered: list[bool] = []

    def choose(parent, suggested, reference, notes):
        offered.append(notes)
        return dialogs.ExportChoice(out, None, source_notes=True)

    monkeypatch.setattr(dialogs, "ask_export_path", choose)
    assert window.files.export()
    plain = window.doc.brief.items()[0].text[:40]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert plain in text
    notes = zipfile.ZipFile(out).read("word/footnotes.xml").decode("utf-8")
    assert "Article, para." in notes, "the source notes (footnotes) are missing"
    assert window.files.export()
    assert offered == [False, True], "the choice should be offered again next time"


def test_selecting_a_prefilled_item_says_why_it_is_there(window, qtbot) -> None:
    editor = _editors(window, "positions")[0]
    editor.focus_text()
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Why this item:"), timeout=2000)
    assert window.doc.section("positions").items[0].speaker in window.status.currentMessage()


def test_the_why_hint_goes_when_the_focus_leaves_the_prefilled_item(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    _editors(window, "positions")[0].focus_text()
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Why this item:"), timeout=2000)
    window.editor.fields["to"].setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.editor.fields["to"], timeout=2000)
    assert not window.status.currentMessage().startswith("Why this item:"), "stale hint on a metadata field"
    _editors(window, "positions")[0].focus_text()
    qtbot.waitUntil(lambda: window.status.currentMessage().startswith("Why this item:"), timeout=2000)
    window.add_item("summary", 0)  # a user's own item has no reason to give
    assert not window.status.currentMessage().startswith("Why this item:"), "stale hint on a user item"
