"""The review flow: which pre-filled item still waits for a person, next or previous from here."""

from __future__ import annotations

from briefing.model import Brief, Item


def needs_review(item: Item) -> bool:
    return item.origin == "prefill" and not item.reviewed


def next_unreviewed(brief: Brief, current: Item | None, *, forward: bool = True) -> Item | None:
    """The next (or previous) unreviewed item in page order after ``current``, wrapping round."""
    items = brief.items()
    if not forward:
        items.reverse()
    start = next((i for i, item in enumerate(items) if item is current), -1) + 1
    for item in items[start:] + items[:start]:
        if needs_review(item) and item is not current:
            return item
    return None
