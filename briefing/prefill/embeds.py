"""Whose words an embedded post is: a tweet set in the article as ``<tweet author="@Name">...</tweet>``.

An embed's sentences are its author's, not the article's: a brief that gives "Horrifying news
out of San Bernardino." as a bare Summary line puts a candidate's tweet in the reporter's mouth.
The tags themselves are never shown (``text.trim_span``); the author they name is the item's
speaker, written as the article's cast knows the person ("@BernieSanders" -> "Bernie Sanders"),
else as the handle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TAG = re.compile(r"<(/?)([a-z]+)\b([^<>]*?)(/?)>")
_AUTHOR = re.compile(r"\b(?:tweet-)?author=\"@?(?P<handle>[A-Za-z0-9_]{2,30})\"")
_LOOK_BACK = 4_000  # characters before a sentence searched for the tag that opened its embed
_LONGEST_TAG = 300  # characters of a tag that opens right where the sentence does
_MIN_SURNAME = 4  # letters of a surname that ends a handle ("GovChristie")
_PREFIX = 4  # letters before it: a title or "real" ("Gov", "Sen", "real"), not a first name or a word


def embed_author(text: str, at: int, people: Iterable[str]) -> str | None:
    """The author named by the embed tag the sentence starting at ``at`` sits inside, else None."""
    author = None
    for tag in _TAG.finditer(text, max(0, at - _LOOK_BACK), at + _LONGEST_TAG):
        if tag.start() > at:
            break
        closing, self_closing = tag.group(1), tag.group(4)
        found = _AUTHOR.search(tag.group(3))
        author = None if closing or self_closing or found is None else found.group("handle")
    return _person_of(author, list(people)) if author else None


def _person_of(handle: str, people: list[str]) -> str:
    """The cast's name for a handle: its whole name run together ("realDonaldTrump", "MartinOMalley"), else one
    person's surname after a short prefix ("GovChristie", "SenSanders"); else the handle as written."""
    plain = handle.lower()
    whole = [name for name in people if len(name.split()) > 1 and _letters(name) in plain]
    if len(whole) == 1:
        return whole[0]
    by_surname = [
        name
        for name in people
        if len(last := _letters(name.split()[-1])) >= _MIN_SURNAME
        and plain.endswith(last)
        and len(plain) - len(last) <= _PREFIX
    ]
    return by_surname[0] if len(by_surname) == 1 else "@" + handle


def _letters(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())
