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
# an embed's closing signature: "— Ana Ruiz (@anaruiz) May 2, 2016" (a dash, the name shown, the handle, a date)
_SIGNED = r"(?P<name>[^\s—–()<>@][^—–()<>@\n]{0,60}?)\s*\(@(?P<handle>[A-Za-z0-9_]{1,30})\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?"
_SIGNATURE = re.compile(r"(?<!\w)\s*[—–]\s*" + _SIGNED + r"\s*$")
_SIGNATURE_ALONE = re.compile(r"[—–]?\s*" + _SIGNED + r"\s*")  # a sentence that is nothing but the signature
_HANDLE = re.compile(r"[A-Za-z0-9_]{2,30}")
_LOOK_BACK = 4_000  # characters before a sentence searched for the tag that opened its embed
_LONGEST_TAG = 300  # characters of a tag that opens right where the sentence does
_MIN_SURNAME = 4  # letters of a surname that ends a handle ("GovChristie")
_PREFIX = 4  # letters before it: a title or "real" ("Gov", "Sen", "real"), not a first name or a word


def embed_author(text: str, at: int, people: Iterable[str]) -> str | None:
    """The author of the embed the sentence starting at ``at`` sits inside: the person its tag names, else the
    name its own signature line gives ("— Ana Ruiz (@anaruiz) May 2, 2016"); None outside an embed, or where
    neither says (no guess)."""
    opening = _opening_tag(text, at)
    if opening is None:
        return None
    found = _AUTHOR.search(opening.group(3))
    handle = found.group("handle") if found else None
    signed = _signature(text, opening.end())
    if signed is not None and (handle is None or signed.group("handle").lower() == handle.lower()):
        person = _person_of(signed.group("handle"), list(people))
        return person if not person.startswith("@") else one_space(signed.group("name"))
    return _person_of(handle, list(people)) if handle else None


def handle_speaker(speaker: str, words: str, people: Iterable[str]) -> str:
    """The cast's name for a speaker the words name by handle (".@BernieSanders promises ...", the leading dot a
    Twitter habit, or "@BernieSanders says ..."): "Bernie Sanders", not "BernieSanders"; else the speaker as found."""
    if not _HANDLE.fullmatch(speaker) or f"@{speaker}" not in words:
        return speaker
    person = _person_of(speaker, list(people))
    return speaker if person.startswith("@") else person


def embed_start(text: str, at: int) -> int | None:
    """Where the embed the sentence starting at ``at`` sits inside opens (its tag's first character), else None."""
    opening = _opening_tag(text, at)
    return opening.start() if opening is not None else None


def _opening_tag(text: str, at: int) -> re.Match[str] | None:
    opening = None
    for tag in _TAG.finditer(text, max(0, at - _LOOK_BACK), at + _LONGEST_TAG):
        if tag.start() > at:
            break
        closing, self_closing = tag.group(1), tag.group(4)
        opening = None if closing or self_closing else tag
    return opening


def signature_at(text: str, start: int, end: int) -> int | None:
    """Where an embed's signature line ("— Ana Ruiz (@anaruiz) May 2, 2016") begins in ``[start, end)``, if the
    span ends on one: the post's words end there; the line says who posted it and when, and is no item."""
    if _SIGNATURE_ALONE.fullmatch(text, start, end):
        return start
    found = _SIGNATURE.search(text, start, end)
    return found.start() if found is not None else None


def _signature(text: str, body: int) -> re.Match[str] | None:
    """The signature line that ends the embed whose words start at ``body``, if it has one."""
    close = _TAG.search(text, body, body + _LOOK_BACK)
    return _SIGNATURE.search(text, body, close.start()) if close is not None else None


def one_space(name: str) -> str:
    return " ".join(name.split())


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
