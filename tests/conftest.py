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
    _reuse_installed_bytecode(Path(prefix))


def _reuse_installed_bytecode(prefix: Path) -> None:
    """Link the bytecode already compiled beside the standard library and the installed packages
    into the prefix's mirror of their folders, once per folder.

    Under a prefix Python looks for every module's bytecode there only, so in a new environment
    (CI's fresh clone: pip compiled every package at install) each worker compiled all it imported
    again: 4.6 s of CPU a process to import the test tools and the app from an empty prefix, 1.7 s
    from a linked one. A link costs no copy; a module whose source changes is compiled and written
    over its link as usual. Where links cannot be made, modules are simply compiled as before."""
    import sysconfig

    tag = sys.implementation.cache_tag
    if tag is None:
        return
    for folder in dict.fromkeys(Path(sysconfig.get_paths()[key]) for key in ("stdlib", "purelib", "platlib")):
        mirror = prefix / folder.relative_to(folder.anchor)
        done = mirror / ".installed-bytecode-linked"
        if done.exists() or not folder.is_dir():
            continue
        try:
            for cache in folder.rglob("__pycache__"):
                target = mirror / cache.parent.relative_to(folder)
                target.mkdir(parents=True, exist_ok=True)
                for compiled in cache.glob(f"*.{tag}.pyc"):
                    if not (target / compiled.name).exists():
                        os.link(compiled, target / compiled.name)
            done.touch()
        except OSError:  # another file system, or links refused: compiling on demand still works
            return


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
