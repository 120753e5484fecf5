"""Long titles shortened at a word, with "…", for the window title, messages and dialogs."""

from __future__ import annotations

from briefing.session import Session

TITLE_CHARS = 60


def elide_words(text: str, limit: int = TITLE_CHARS) -> str:
    """``text`` cut at the last whole word that fits in ``limit`` characters, plus "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def shown_name(session: Session) -> str:
    """The file's name once saved; before that the brief's title, shortened at a word."""
    if session.path is not None:
        return session.path.name
    return elide_words(session.brief.title) or "Untitled brief"
