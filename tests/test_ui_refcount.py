"""Long editing sessions must not abort the interpreter.

PySide6 6.12.0 drops a reference to ``True`` on each emit of a Python-declared Signal;
a few hundred keystrokes through such signals end in "Fatal Python error: bool_dealloc".
The window therefore uses ``briefing.ui.hooks.Hook`` for its own events. This test types
and edits and checks that ``True`` keeps its references.
"""

from __future__ import annotations

import sys

import pytest
from ui_support import *

pytest.importorskip("pytestqt")


def test_typing_and_editing_keep_the_reference_to_true(window, qtbot) -> None:
    item = window.doc.section("summary").items[0]
    window.editor.focus_item(item)
    text_edit = window.editor.editor_for(item).text_edit
    before = sys.getrefcount(True)
    for _ in range(200):
        qtbot.keyClick(text_edit, "a")
    qtbot.keyClicks(window.editor.title_edit, "b" * 100)
    for _ in range(20):
        window.actions_.add_item.trigger()
        window.undo_stack.undo()
    lost = before - sys.getrefcount(True)
    assert lost < 50, f"{lost} references to True lost over 300 keystrokes and 40 commands"


def test_the_hook_calls_every_slot_in_order() -> None:
    from briefing.ui.hooks import Hook

    calls: list[tuple] = []
    first, second = Hook(), Hook()
    first.connect(lambda *a: calls.append(("a", *a)))
    first.connect(second)
    second.connect(lambda *a: calls.append(("b", *a)))
    first.emit(1, "x")
    assert calls == [("a", 1, "x"), ("b", 1, "x")]
