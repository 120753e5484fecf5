"""Shared fixtures. Qt runs headless, and nothing a test does touches the real home."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLE = REPO / "seeds" / "blinken_beijing.txt"
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder (settings, autosave, logs) at a throwaway directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


@pytest.fixture
def sample_article_path() -> Path:
    return SAMPLE_ARTICLE


@pytest.fixture(autouse=True)
def _previous_windows_deleted() -> None:
    """Delete what the previous test's teardown closed and scheduled for deletion.

    pytest-qt calls deleteLater() on the windows a test registered, but a deferred delete
    posted outside any event loop only runs when the top level processes it; without this,
    every window of the session stayed alive (36 windows, 18,000 widgets after two files) and
    each app-wide restyle or focus change walked them all."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
