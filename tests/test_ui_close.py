"""Closing with unsaved changes: cancel keeps the window, discard closes, save saves first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from briefing.ui import dialogs
from briefing.ui.dialogs import confirm_discard as real_confirm_discard  # before the guard
from briefing.ui.dialogs import show_error as real_show_error
from tests.ui_support import *

pytest.importorskip("pytestqt")


def _dirty(window, qtbot) -> None:
    window.editor.title_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.title_edit, " (draft)")
    qtbot.waitUntil(lambda: window.autosave.path.exists(), timeout=3000)


def test_closing_a_clean_window_asks_nothing(window) -> None:
    assert window.close()  # the guard fails the test if a dialog opens


def test_unsaved_changes_prompt_cancel_discard_save(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    _dirty(window, qtbot)
    asked: list[str] = []
    with monkeypatch.context() as m:
        m.setattr(dialogs, "confirm_discard", lambda parent, name, before: asked.append(name) or "cancel")
        assert not window.close()
        assert window.isVisible() and window.isWindowModified()
        assert window.autosave.path.exists(), "cancelling must keep the autosave"
    assert asked and asked[0].startswith("China-US")

    target = tmp_path / "kept.brief"
    with monkeypatch.context() as m:
        m.setattr(dialogs, "confirm_discard", lambda parent, name, before: "save")
        m.setattr(dialogs, "ask_save_path", lambda parent, suggested: None)  # then cancels Save As
        assert not window.close()
        assert window.isVisible()
        m.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
        assert window.close()
    assert target.exists() and "(draft)" in target.read_text(encoding="utf-8")
    assert not window.autosave.path.exists()


def test_discard_closes_and_removes_the_autosave(window, qtbot, monkeypatch) -> None:
    _dirty(window, qtbot)
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, name, before: "discard")
    assert window.close()
    assert not window.autosave.path.exists()


def test_opening_another_file_asks_about_unsaved_work(window, qtbot, monkeypatch, sample_article_path) -> None:
    _dirty(window, qtbot)
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, name, before: "cancel")
    monkeypatch.setattr(dialogs, "ask_open_article", lambda parent, folder: sample_article_path)
    window.files.new_from_article()
    assert window.doc.brief.title.endswith("(draft)")
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, name, before: "discard")
    window.files.new_from_article()
    assert not window.doc.brief.title.endswith("(draft)") and not window.isWindowModified()


def test_the_question_says_what_waits_for_the_answer(window, qtbot, monkeypatch, sample_article_path) -> None:
    """Seen in use: File > New asked "Save the changes … before closing?" though nothing closed."""
    from PySide6.QtWidgets import QMessageBox

    _dirty(window, qtbot)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent, name, before: asked.append(before) or "cancel")
    monkeypatch.setattr(dialogs, "ask_paste_text", lambda parent: "Talks resumed in Geneva on Monday.")
    monkeypatch.setattr(dialogs, "ask_open_article", lambda parent, folder: sample_article_path)
    window.files.new_from_paste()
    window.files.new_from_article()
    window.files.open_path(Path("elsewhere.brief"))
    assert not window.close()
    assert asked == [
        "starting a new brief",
        "starting a new brief from “blinken_beijing.txt”",
        "opening “elsewhere.brief”",
        "closing",
    ]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    real_confirm_discard(window, "Talks", "starting a new brief")
    assert shown == ["Save the changes to “Talks” before starting a new brief?"]


def test_a_dialog_gives_the_window_its_activation_back(window, monkeypatch) -> None:
    """Seen under Xvfb (no window manager): after the recovery question at start, typing still reached the
    title but Ctrl+F and F7 did nothing: the window had its focus back, not its activation. Every dialog
    now hands the activation back to the window under it."""
    from PySide6.QtWidgets import QMessageBox

    activated: list[bool] = []
    monkeypatch.setattr(window, "activateWindow", lambda: activated.append(True))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)
    real_show_error(window, "The file could not be read.")
    assert activated == [True]
    real_confirm_discard(window, "Talks", "closing")  # a dialog run through exec() gives it back too
    assert activated == [True, True]
