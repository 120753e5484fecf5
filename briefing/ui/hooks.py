"""A plain-Python signal for the window's own events.

PySide6 6.12.0 (with CPython 3.11) drops a reference to ``True`` on every emit of a
Python-declared ``Signal``; after a few thousand emits (a few hundred keystrokes) the
interpreter aborts with "bool_dealloc: deallocating True or False". Qt's own C++ signals
calling Python slots are unaffected, so our events use this small observer instead:
same ``connect``/``emit`` shape, no C++ round trip. ``tests/test_ui_refcount.py`` guards it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Hook:
    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any]) -> None:
        self._slots.remove(slot)

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)

    __call__ = emit  # a Hook can be connected to another Hook
