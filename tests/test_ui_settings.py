"""Preferences persist: geometry, folders, recent files, default classification and drafter."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.app import start
from briefing.ui import dialogs
from briefing.ui.settings import Settings
from tests.ui_support import *

pytest.importorskip("pytestqt")


def test_preferences_apply_to_the_next_new_brief(window, monkeypatch, sample_article_path) -> None:
    monkeypatch.setattr(
        dialogs,
        "ask_preferences",
        lambda parent, current: dialogs.Preferences("PROTECTED B", "A. Officer", "Asia desk"),
    )
    window.files.edit_preferences()
    monkeypatch.setattr(dialogs, "ask_open_article", lambda parent, folder: sample_article_path)
    window.files.new_from_article()
    meta = window.doc.brief.metadata
    assert (meta.classification, meta.drafter, meta.from_) == ("PROTECTED B", "A. Officer", "Asia desk")
    assert window.editor.fields["classification"].currentText() == "PROTECTED B"
    assert window.settings.folder("articles") == str(sample_article_path.parent)


def test_geometry_and_recent_files_survive_a_restart(qtbot, app_paths, tmp_path: Path, monkeypatch) -> None:
    first = start(SAMPLE, app_paths)
    qtbot.addWidget(first)
    first.resize(800, 590)  # the offscreen screen is 800×800: a larger window is fitted to it
    target = tmp_path / "kept.brief"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    assert first.files.save()
    assert first.close()

    second = start(None, app_paths)
    qtbot.addWidget(second, before_close_func=lambda w: w.mark_saved())
    assert (second.width(), second.height()) == (800, 590)
    assert second.settings.recent_files()[0] == str(target.resolve())
    second.files.fill_recent_menu(second.menus.recent)
    names = [a.text() for a in second.menus.recent.actions()]
    assert names[0] == "&1 kept.brief" and "&Clear Menu" in names
    second.menus.recent.actions()[0].trigger()
    assert second.session.path == target


def test_the_window_is_reachable_and_named_for_assistive_tech(window) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTextEdit

    unnamed = [
        type(w).__name__
        for cls in (QLineEdit, QTextEdit, QComboBox, QCheckBox)
        for w in window.findChildren(cls)
        if w.isVisibleTo(window) and not w.accessibleName() and w.objectName() != "qt_spinbox_lineedit"
    ]
    assert unnamed == []
    assert window.minimumWidth() >= 800 and window.minimumHeight() >= 500
    shortcuts = {
        a.text(): a.shortcut().toString()
        for a in (window.actions_.save, window.actions_.open, window.actions_.export, window.actions_.add_item)
    }
    assert all(shortcuts.values()), shortcuts


def test_icons_follow_a_switch_to_a_dark_palette(window, qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette

    def ink() -> QColor:
        image = window.actions_.save.icon().pixmap(32, 32).toImage()
        dark = [image.pixelColor(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 200]
        return dark[len(dark) // 2]

    before = ink()
    palette = QPalette(window.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    window.setPalette(palette)
    after = ink()
    assert before.lightness() < 128 < after.lightness()


def test_a_killed_session_reopens_with_the_check_pane_it_had(qtbot, app_paths) -> None:
    """SIGTERM (a logout) or a crash: the work was recovered, but the layout was saved only on a
    clean close, so the Check pane the writer had open was closed again (seen under Xvfb)."""
    first = start(SAMPLE, app_paths)
    qtbot.addWidget(first, before_close_func=lambda w: w.mark_saved())
    qtbot.waitExposed(first)
    first.check.dock.show()
    on_disk = Settings(app_paths.settings_file)  # its own reader: what a new process would see
    qtbot.waitUntil(lambda: on_disk.sync() or on_disk.window_state() is not None, timeout=5000)
    # No close: the process is gone. The next start reads what the first left in the settings.
    second = start(None, app_paths)
    qtbot.addWidget(second, before_close_func=lambda w: w.mark_saved())
    qtbot.waitExposed(second)
    assert second.check.dock.isVisible()
