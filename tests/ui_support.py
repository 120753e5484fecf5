"""Shared pieces for the window tests: no real dialog may open, and the app lives in tmp_path.

Import the fixtures into a test module (``from tests.ui_support import *``); the dialog guard is
autouse there, so a dialog a test forgot to patch fails that test at once instead of
blocking the run.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from briefing.app import AppPaths, start
from briefing.ui import dialogs

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt"


DIALOG_NAMES = [
    name
    for name, fn in vars(dialogs).items()
    if inspect.isfunction(fn) and fn.__module__ == dialogs.__name__ and not name.startswith("_")
]


def dialog_names() -> list[str]:
    return list(DIALOG_NAMES)


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace every dialog with one that fails the test; tests patch the ones they expect."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    opened: list[str] = []

    def refuse(name: str):
        def _refuse(*args, **kwargs):
            opened.append(name)
            pytest.fail(f"unpatched dialog {name} would have opened and blocked the test")

        return _refuse

    for name in dialog_names():
        monkeypatch.setattr(dialogs, name, refuse(name))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    for name in ("warning", "question", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    return opened


def settle() -> None:
    """Deliver the events Qt has posted (layout requests, polish, deferred deletes of nothing
    pending) now, so widgets have their final sizes: a condition, not a sleep."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):  # a layout pass can post another for the parent layout
        QCoreApplication.sendPostedEvents(None, 0)
        QCoreApplication.processEvents()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data", tmp_path / "config")


@pytest.fixture
def window(qtbot, app_paths: AppPaths):
    """The app on the sample article, as ``python main.py`` opens it."""
    win = start(SAMPLE, app_paths, autosave_ms=50)
    qtbot.addWidget(win, before_close_func=lambda w: w.mark_saved())
    qtbot.waitExposed(win)
    return win


__all__ = ["SAMPLE", "app_paths", "dialog_names", "no_real_dialogs", "settle", "window"]
