"""The composition root: main(), the crash hook, recovery after a real crash (SIGKILL), and the
system ending the app (SIGTERM at logout), which is no crash."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

import briefing.app as app_module
from briefing.app import AppPaths, install_excepthook, start
from briefing.ui import dialogs
from briefing.ui.dialogs import confirm_recover as real_confirm_recover  # before the guard replaces it
from briefing.ui.main_window import MainWindow
from tests.ui_support import *

pytest.importorskip("pytestqt")

REPO = Path(__file__).resolve().parent.parent
MARK = "CRASH-TEST-EDIT"

CHILD = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from briefing import app
paths = app.AppPaths(Path(sys.argv[1]), Path(sys.argv[2]))
qapp = app._create_app()
window = app.start(Path(sys.argv[3]), paths, autosave_ms=100)

def edit():
    editor = window.editor.section_widgets["summary"].editors[id(window.doc.section("summary").items[0])]
    editor.focus_text()
    QTest.keyClicks(editor.text_edit, " {MARK}")
    print("edited", flush=True)

QTimer.singleShot(0, edit)
qapp.exec()
"""


def _start_app_child(script: str, app_paths: AppPaths) -> subprocess.Popen:
    """The app in a child process running ``script`` on the sample, with the test's own data and settings."""
    return subprocess.Popen(
        [sys.executable, "-c", script, str(app_paths.data), str(app_paths.config), str(SAMPLE)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def _wait_for_sidecar(folder: Path, child: subprocess.Popen, timeout: float = 30.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in folder.glob("*.autosave.json") if folder.is_dir() else ():
            try:
                if MARK in path.read_text(encoding="utf-8"):
                    return path
            except OSError:
                pass
        if child.poll() is not None:
            raise AssertionError(f"the app exited early: {child.stderr.read()}")
        time.sleep(0.1)
    raise AssertionError("no autosave with the edit appeared")


@pytest.mark.slow
def test_recovery_after_the_app_is_killed(qtbot, app_paths: AppPaths, monkeypatch) -> None:
    child = _start_app_child(CHILD, app_paths)
    try:
        sidecar = _wait_for_sidecar(app_paths.autosave, child)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert json.loads(sidecar.read_text(encoding="utf-8"))["original"] == ""

    offered: list[list] = []
    monkeypatch.setattr(dialogs, "confirm_recover", lambda parent, entries: offered.append(entries) or "recover")
    window = start(SAMPLE, app_paths, autosave_ms=50)
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved())
    assert len(offered) == 1 and offered[0][0].path == sidecar
    first = window.doc.section("summary").items[0]
    assert first.text.endswith(" " + MARK)
    assert window.editor.editor_for(first).text_edit.toPlainText().endswith(MARK)
    assert window.isWindowModified(), "recovered work is unsaved work"
    assert not sidecar.exists() and window.autosave.path.exists()
    assert MARK in window.autosave.path.read_text(encoding="utf-8")


def test_declining_recovery_keeps_or_discards_as_asked(qtbot, app_paths: AppPaths, monkeypatch) -> None:
    from briefing.autosave import AutosaveStore
    from briefing.session import Session

    leftover = AutosaveStore(app_paths.autosave, "old")
    leftover.write(Session.from_article_file(SAMPLE).brief, None)
    document = json.loads(leftover.path.read_text(encoding="utf-8"))
    document["pid"] = 0
    leftover.path.write_text(json.dumps(document), encoding="utf-8")
    for answer, survives in (("keep", True), ("discard", False)):
        monkeypatch.setattr(dialogs, "confirm_recover", lambda parent, entries, a=answer: a)
        window = start(SAMPLE, app_paths)
        qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved())
        assert not window.isWindowModified()
        assert leftover.path.exists() is survives


def test_the_recovery_question_comes_before_the_window_shows(qtbot, app_paths: AppPaths, monkeypatch) -> None:
    """Seen under Xvfb: behind "Recover unsaved work?" the window already showed a fresh draft of
    the sample article, as if the work were gone. The question now stands alone, then the window
    shows what was chosen."""
    from briefing.autosave import AutosaveStore
    from briefing.session import Session

    leftover = AutosaveStore(app_paths.autosave, "old")
    brief = Session.from_article_file(SAMPLE).brief
    brief.title = "Work in progress"
    leftover.write(brief, None)
    document = json.loads(leftover.path.read_text(encoding="utf-8"))
    document["pid"] = 0
    leftover.path.write_text(json.dumps(document), encoding="utf-8")
    asked: list[tuple[object, bool]] = []

    def answer(parent, entries):
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        asked.append((parent, bool(shown)))
        return "recover"

    monkeypatch.setattr(dialogs, "confirm_recover", answer)
    window = start(SAMPLE, app_paths)
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved())
    assert asked == [(None, False)], "asked with no window behind it, centred on the screen"
    assert window.isVisible() and window.editor.title_edit.text() == "Work in progress"


def test_main_wires_logging_and_the_hook_then_runs_the_loop(qtbot, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ran: list[bool] = []
    monkeypatch.setattr(app_module, "_create_app", lambda: SimpleNamespace(exec=lambda: ran.append(True) or 0))
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert app_module.main([str(SAMPLE)]) == 0
        log = AppPaths.default().log_file
        assert ran == [True] and log.exists() and "starting" in log.read_text(encoding="utf-8")
        assert str(Path(os.environ["XDG_DATA_HOME"])) in str(log), "the log stays in the user's data folder"
        assert sys.excepthook.__name__ == "hook"
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        for widget in QApplication.topLevelWidgets():
            if hasattr(widget, "mark_saved"):
                widget.mark_saved()
                widget.close()


def test_main_with_a_bad_file_says_so_and_opens_the_sample(qtbot, monkeypatch, tmp_path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message, title="": shown.append(message))
    window = start(tmp_path / "nope.txt", AppPaths(tmp_path / "d", tmp_path / "c"))
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved())
    assert shown and "nope.txt" in shown[0]
    assert window.doc.brief.source.text.startswith("China-US Relations")


def test_the_crash_hook_autosaves_and_shows_the_log(window, monkeypatch, tmp_path, caplog) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crashes: list[tuple] = []
    monkeypatch.setattr(dialogs, "show_crash", lambda *args: crashes.append(args))
    window.doc.brief.title = "Unsaved title"
    install_excepthook(lambda: window, tmp_path / "briefing.log")
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(crashes) == 1
    parent, text, log_path, autosave_path = crashes[0]
    assert parent is window and "ValueError: boom" in text and log_path.endswith("briefing.log")
    assert autosave_path == str(window.autosave.path)
    assert "Unsaved title" in window.autosave.path.read_text(encoding="utf-8")
    assert "boom" in caplog.text


def test_start_up_clears_what_killed_saves_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import app as app_module
    from briefing.app import AppPaths

    paths = AppPaths(tmp_path / "data", tmp_path / "config")
    briefs, recent = tmp_path / "briefs", tmp_path / "recent"
    for folder in (briefs, recent, paths.autosave):
        folder.mkdir(parents=True)
        (folder / ".bfg-0badf00d.tmp").write_bytes(b"half a save")
        (folder / "keep.brief").write_bytes(b"the user's own")
    monkeypatch.setattr(app_module.fileio, "STALE_AFTER_SECONDS", 0)  # (a fresh one stays: test_save_faults)
    app_module.clear_interrupted_saves(paths, briefs / "note.brief", [recent / "old.brief"])
    for folder in (briefs, recent, paths.autosave):
        assert [p.name for p in folder.iterdir()] == ["keep.brief"]


def test_the_window_says_when_the_prefill_cannot_read_the_articles_language(qtbot, tmp_path) -> None:
    article = tmp_path / "cn.txt"
    article.write_text("中美关系正处于十字路口。布林肯在北京会见了中国外交部长。\n" * 10, encoding="utf-8")
    window = start(article, AppPaths(tmp_path / "d", tmp_path / "c"))
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved())
    assert "the pre-fill reads English; the article is in Chinese" in window.status.currentMessage()
    assert window.doc.brief.source.text.startswith("中美关系"), "the article is kept"


TERM_CHILD = CHILD.replace(
    "autosave_ms=100)", "autosave_ms=600_000)\nsystem_end = app.install_system_end(lambda: window)"
)


def _wait_for_line(child: subprocess.Popen, line: str, timeout: float = 30.0) -> None:
    """Read the child's output until ``line`` (on a thread: a pipe read has no timeout of its own)."""
    import threading

    seen = threading.Event()

    def read() -> None:
        for text in child.stdout:
            if text.strip() == line:
                seen.set()
                return

    threading.Thread(target=read, daemon=True).start()
    if not seen.wait(timeout):
        raise AssertionError(f"the app never printed {line!r}: {child.poll()=}")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_logging_out_keeps_the_work_and_does_not_call_it_a_crash(qtbot, app_paths: AppPaths, monkeypatch) -> None:
    """SIGTERM (logout, shutdown) killed Briefing outright: the work typed since the last autosave
    was lost, and the next start said 'Briefing did not close properly'. Now the window autosaves
    at once, closes without asking, and the next start offers the work back as closed by the system.
    The autosave interval is ten minutes here, so only the signal can have written the edit."""
    child = _start_app_child(TERM_CHILD, app_paths)
    try:
        _wait_for_line(child, "edited")
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
    assert child.returncode == 0, f"ended by the signal, not closed: {child.returncode} {child.stderr.read()[-500:]}"
    sidecars = list(app_paths.autosave.glob("*.autosave.json"))
    assert len(sidecars) == 1 and MARK in sidecars[0].read_text(encoding="utf-8")
    assert json.loads(sidecars[0].read_text(encoding="utf-8"))["ended"] == "system"

    offered: list[list] = []
    monkeypatch.setattr(dialogs, "confirm_recover", lambda parent, entries: offered.append(entries) or "recover")
    window = start(SAMPLE, app_paths, autosave_ms=50)
    qtbot.addWidget(window, before_close_func=lambda w: w.mark_saved())
    assert len(offered) == 1 and offered[0][0].closed_by_system
    assert window.doc.section("summary").items[0].text.endswith(" " + MARK)
    assert window.isWindowModified(), "restored work is unsaved work"


def test_the_system_ending_a_clean_window_leaves_nothing_and_asks_nothing(window, qtbot) -> None:
    window.end_by_system()  # the guard fails the test if "Save changes?" opens
    assert not window.isVisible() and not window.autosave.path.exists()


def test_the_system_ending_unsaved_work_autosaves_it_as_closed_by_the_system(window, qtbot) -> None:
    from PySide6.QtTest import QTest

    window.editor.title_edit.setFocus()
    QTest.keyClicks(window.editor.title_edit, "TYPED ")  # the cursor opens at the start
    window.files.autosave_timer.stop()  # the periodic autosave has not run yet
    assert window.is_modified() and not window.autosave.path.exists()
    window.end_by_system()
    assert not window.isVisible()
    document = json.loads(window.autosave.path.read_text(encoding="utf-8"))
    assert document["ended"] == "system" and document["brief"]["title"].startswith("TYPED ")


def test_the_restore_question_says_the_system_closed_briefing_not_that_it_crashed(monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from briefing.autosave import ENDED_BY_SYSTEM, Recoverable

    shown: list[tuple[str, str, list[str]]] = []

    def answer(box: QMessageBox) -> int:  # stands in for the modal run: no button clicked
        shown.append((box.windowTitle(), box.text(), [b.text().replace("&", "") for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    ended = Recoverable(tmp_path / "a.json", "", "Talks", 0.0, 1, ENDED_BY_SYSTEM)
    crashed = Recoverable(tmp_path / "b.json", "", "Talks", 0.0, 1)
    assert real_confirm_recover(None, [ended]) == "keep"
    assert real_confirm_recover(None, [crashed]) == "keep"
    (title, text, buttons), (_, crash_text, crash_buttons) = shown
    assert title == "Restore Unsaved Work" and "Restore" in buttons
    assert "closed by the system" in text and "did not close properly" not in text
    assert "did not close properly" in crash_text and "Recover" in crash_buttons


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_sigterm_during_start_up_ends_the_app_instead_of_running_on(qtbot, monkeypatch, caplog) -> None:
    """A signal that arrives while the recovery question runs its own loop (the window not yet
    handed to main) must still end the app: QApplication.quit() before exec() does nothing."""
    ran: list[bool] = []
    monkeypatch.setattr(app_module, "_create_app", lambda: SimpleNamespace(exec=lambda: ran.append(True) or 0))
    started: list = []

    def start_and_get_signalled(path, paths):
        window = start(SAMPLE, paths)
        started.append(window)
        os.kill(os.getpid(), signal.SIGTERM)  # main() installed the handler: this process lives on
        qtbot.waitUntil(lambda: "ended by the system" in caplog.text, timeout=5000)
        return window

    monkeypatch.setattr(app_module, "start", start_and_get_signalled)
    root = logging.getLogger()
    handlers = list(root.handlers)
    caplog.set_level(logging.INFO, logger="briefing.app")
    try:
        assert app_module.main([str(SAMPLE)]) == 0
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert ran == [], "the main loop never started"
    assert started and not started[0].isVisible()
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, "main() put the default handler back"
