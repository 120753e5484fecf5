"""How tall each item's editor is, so the brief pane can leave most of them unbuilt.

A brief with thousands of items cannot have a widget set per item (seconds to open, a
gigabyte of memory), so the pane builds editors only near what is on screen and stands in
for the rest with spacers exactly as tall as the editors they replace would be. Those
heights come from here: measured where an editor has been shown at the current width and
font, estimated from the text's length everywhere else (typical metrics of the default
font). A wrong estimate only makes the scroll bar a little off until the item is shown.
"""

from __future__ import annotations

import math

from briefing.model import Item

LINE = 18  # px: a line of item text in the default font
CHAR = 7.0  # px: an average character of it
OVERHEAD = {False: 16, True: 44}  # px around the text; True: with the label/speaker row
TEXT_WIDTH = 360  # px: the text column of an item at a common window width


class ItemHeights:
    """Measured heights by item (while the layout's width and font hold), and estimates."""

    def __init__(self) -> None:
        self._measured: dict[int, tuple[Item, int]] = {}  # id(item): (item, px); the item pins the id

    def measure(self, item: Item, height: int) -> bool:
        """Record an editor's real height; True when it differs from what was known."""
        known = self._measured.get(id(item))
        if known is not None and known[0] is item and known[1] == height:
            return False
        self._measured[id(item)] = (item, height)
        return True

    def forget(self) -> None:
        """The width or the font changed: every measured height is stale."""
        self._measured.clear()

    def height(self, item: Item, *, with_fields: bool) -> int:
        known = self._measured.get(id(item))
        if known is not None and known[0] is item:
            return known[1]
        return self.estimate(item, with_fields=with_fields)

    def estimate(self, item: Item, *, with_fields: bool) -> int:
        lines = max(1, math.ceil(len(item.text) / int(TEXT_WIDTH / CHAR)))
        return OVERHEAD[with_fields or bool(item.label or item.speaker)] + lines * LINE
