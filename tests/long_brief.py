"""A brief of thousands of items, for the long-brief tests and benchmark (issue 16).

The sample article's pre-filled items repeated to ``count``, spread over its sections as the
pre-fill spreads them, each opening on "Item<n>" so a test can find one by its own word.
"""

from __future__ import annotations

import copy
from pathlib import Path

from briefing.session import Session

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt"


def long_brief(count: int) -> Session:
    session = Session.from_article_file(SAMPLE)
    pairs = [(section, item) for section in session.brief.sections for item in section.items]
    for section in session.brief.sections:
        section.items = []
    for n in range(count):
        section, item = pairs[n % len(pairs)]
        clone = copy.deepcopy(item)
        clone.text = f"Item{n} {clone.text}"
        section.items.append(clone)
    return session


def write_long_brief(path: Path, count: int) -> Path:
    """``long_brief(count)`` saved as a .brief at ``path``."""
    return long_brief(count).save(path)
