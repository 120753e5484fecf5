"""Long editing sessions must not abort the interpreter.

PySide6 6.12.0 drops a reference to ``True`` on each emit of a Python-declared Signal;
a few hundred keystrokes through such signals end in "Fatal Python error: bool_dealloc".
pyproject pins PySide6 below 6.12 and the window's own events are Qt signals; these tests
type, edit and emit, and check that ``True`` keeps its references, so a PySide6 that leaks
again fails here instead of in an officer's hands.
"""

from __future__ import annotations

import gc
import sys

import pytest

from tests.ui_support import *

pytest.importorskip("pytestqt")


def test_typing_and_editing_keep_the_reference_to_true(window, qtbot) -> None:
    item = window.doc.section("summary").items[0]
    window.editor.focus_item(item)
    text_edit = window.editor.editor_for(item).text_edit
    gc.collect()  # garbage an earlier test left holding True would be freed mid-way and count as lost
    before = sys.getrefcount(True)
    for _ in range(200):
        qtbot.keyClick(text_edit, "a")
    qtbot.keyClicks(window.editor.title_edit, "b" * 100)
    for _ in range(20):
        window.actions_.add_item.trigger()
        window.undo_stack.undo()
    gc.collect()
    lost = before - sys.getrefcount(True)
    assert lost < 50, f"{lost} references to True lost over 300 keystrokes and 40 commands"


def test_python_declared_signals_do_not_leak_true() -> None:
    from briefing.article import Article
    from briefing.model import Brief
    from briefing.session import Session
    from briefing.ui.document import BriefDocument

    doc = BriefDocument(Session(Brief(title="t"), Article(text="")))
    seen: list[object] = []
    doc.item_changed.connect(seen.append)
    doc.metadata_changed.connect(seen.append)
    gc.collect()
    before = sys.getrefcount(True)
    for n in range(5000):
        doc.item_changed.emit(n % 2 == 0)
        doc.metadata_changed.emit("title")
    assert len(seen) == 10000
    gc.collect()
    lost = before - sys.getrefcount(True)
    assert lost < 50, f"{lost} references to True lost over 10,000 signal emits"
