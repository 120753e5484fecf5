"""A finding: one thing to look at before the note goes out, and where it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# In the order the window groups them and the command line counts them.
KINDS = (
    "unsupported",
    "spelling",
    "unreviewed",
    "placeholder",
    "empty-section",
    "missing-metadata",
    "too-long",
    "needs-context",
    "quotation-marks",
    "duplicate",
)
# Kinds that stop an export until the writer says "Export anyway".
BLOCKING = frozenset({"unreviewed", "placeholder", "unsupported", "empty-section", "spelling"})


@dataclass(frozen=True)
class Finding:
    """``section`` is the section id, ``item`` the index in it, ``start``/``end`` offsets into
    the item's text; None where the finding is about a section or the whole brief. ``field`` is
    the title-block field a finding is about ("to", "classified_by"; "title" for the title), and
    ``words`` the words it quotes as the brief holds them (a placeholder: "[addressee]"), so the
    window can go there and select them without reading them back out of the message."""

    kind: str
    message: str
    section: str | None = None
    item: int | None = None
    start: int | None = None
    end: int | None = None
    field: str | None = None
    words: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "section": self.section,
            "item": self.item,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }
