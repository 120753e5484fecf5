"""Shared fixtures. Qt runs headless, and nothing a test does touches the real home."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _cache_bytecode_outside_the_tree() -> None:
    """Keep compiled modules in a temporary folder when the environment forbids writing them.

    With PYTHONDONTWRITEBYTECODE set (as on the CI host), each xdist worker compiled every briefing
    module and re-rewrote every test module's asserts (6.2 s of CPU per worker's collection, 2.8 s
    from a cache), and each ``python -m briefing`` child a test starts compiled briefing again
    (0.17 s a child). A prefix outside the checkout leaves the tree as clean as the setting meant;
    the children and workers inherit it through the environment."""
    if not sys.dont_write_bytecode:
        return
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    prefix = str(Path(tempfile.gettempdir()) / f"briefing-test-pycache-{user}")
    sys.pycache_prefix = prefix
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = prefix
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_cache_bytecode_outside_the_tree()

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ARTICLE = REPO / "seeds" / "blinken_beijing.txt"
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("homes")


@pytest.fixture(autouse=True)
def _isolated_home(_homes: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder (settings, autosave, logs) at a throwaway directory.

    Made by mkdtemp in one folder of its own: tmp_path_factory.mktemp lists the whole base folder
    to number each new one, so a home per test (a thousand a worker) made every later tmp_path
    slower too."""
    home = Path(tempfile.mkdtemp(prefix="home", dir=_homes))
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
