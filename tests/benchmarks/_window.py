"""The window the UI benchmarks time: offscreen, a throwaway home, the sample's items repeated to N."""

from __future__ import annotations

import copy
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def window_with_items(items: int) -> tuple[Any, Any, float]:
    """(QApplication, MainWindow shown at 1260 x 810, seconds to build and show it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="briefing-bench-")
    os.environ.update(HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config")

    from briefing import app
    from briefing.autosave import AutosaveStore
    from briefing.resources import default_article_path
    from briefing.session import Session
    from briefing.ui.main_window import MainWindow
    from briefing.ui.settings import Settings

    qapp = app._create_app()
    session = Session.from_article_file(default_article_path())
    pool = session.brief.items()
    sections = session.brief.sections
    for index, section in enumerate(sections):
        count = items // len(sections) + (1 if index < items % len(sections) else 0)
        section.items = [copy.deepcopy(pool[i % len(pool)]) for i in range(count)]
    paths = app.AppPaths(Path(home) / "data", Path(home) / "config")
    built = time.perf_counter()
    window = MainWindow(session, settings=Settings(paths.settings_file), autosave=AutosaveStore(paths.autosave))
    window.resize(1260, 810)
    window.show()
    qapp.processEvents()
    seconds = time.perf_counter() - built
    assert len(window.doc.brief.items()) == items
    return qapp, window, seconds
