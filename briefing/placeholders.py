"""Template placeholders left in a brief: "[addressee]", "[to be completed]", "[Minister's name]".

A placeholder that reaches the receiving office reads as a finished note with a gap nobody
noticed, so the export highlights every one (as it does "[Not reviewed]") and the check
names them before the note goes out. Square brackets alone are not enough: a quotation
taken from an article may carry an editor's insertion ("[the deal] was fair"), which is the
article's text, not a gap. A bracket counts when its words are a form's words: a field's
name ("[date]", "[Minister's name]"; not "[the minister]"), an instruction ("[insert figure]", "[to be confirmed]",
"[TBC]") or a blank ("[XX]", "[___]", "[?]").

No Qt: the export, the check and the window all ask here.
"""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

# The gaps the export writes itself: the memo line with no To, an empty authority line.
ADDRESSEE = "[addressee]"
TO_BE_COMPLETED = "[to be completed]"

# What a form asks for: a bracket made of these words alone ("[date]", "[phone number]",
# "[Contact officer]"); an article ("[the minister]") makes it an editor's insertion instead.
FIELD_WORDS = frozenset(
    [
        "addressee",
        "recipient",
        "recipients",
        "sender",
        "name",
        "names",
        "title",
        "subject",
        "date",
        "day",
        "month",
        "year",
        "time",
        "number",
        "phone",
        "telephone",
        "mobile",
        "email",
        "e-mail",
        "address",
        "postal",
        "position",
        "role",
        "job",
        "department",
        "agency",
        "division",
        "branch",
        "office",
        "officer",
        "organisation",
        "organization",
        "minister",
        "secretary",
        "director",
        "principal",
        "drafter",
        "author",
        "contact",
        "reference",
        "ref",
        "file",
        "signature",
        "signatory",
        "text",
        "details",
        "heading",
        "summary",
        "recommendation",
        "recommendations",
        "background",
        "issue",
        "purpose",
        "amount",
        "figure",
        "figures",
        "country",
        "place",
        "location",
        "deadline",
        "critical",
        "classification",
        "full",
        "first",
        "last",
        "given",
        "family",
        "insert",
        "here",
        "tbc",
        "tbd",
        "tba",
        "tk",
    ]
)
_INSTRUCTION = re.compile(
    r"^(?:insert|enter|add|type|fill\s+in|complete|name\s+of|your|select|choose|include)\b"
    r"|\bto\s+be\s+(?:completed|confirmed|added|agreed|decided|determined|provided|inserted|advised|"
    r"drafted|written|supplied|filled(?:\s+in)?|updated|finali[sz]ed|checked|cleared|announced)\b"
    r"|\b(?:tbc|tbd|tba|tk)\b"
    r"|\bnames?\b|\bhere$",
    re.IGNORECASE,
)
# "[XX]", "[___]", "[?]"; not "[...]", which marks words left out of a quotation, nor "[ ]" and
# "[x]", a tick box ("[ ] Agreed") and its tick
_BLANK = re.compile(r"^(?:[xX]{2,}(?:[ ,.][xX]+)*|_+|\?+|[-–—]+|#+|\*+)$")
_BRACKETED = re.compile(r"\[([^\[\]\n]{0,80})\]")


def find(text: str) -> tuple[Span, ...]:
    """The (start, end) of each placeholder in ``text``, brackets included; () when there is none."""
    return _find(text) if text and "[" in text else ()


@lru_cache(maxsize=65_536)
def _find(text: str) -> tuple[Span, ...]:
    return tuple(match.span() for match in _BRACKETED.finditer(text) if is_placeholder(match.group(1)))


def is_placeholder(inside: str) -> bool:
    """Are these the words inside a bracket a form leaves for the writer to fill in?"""
    words = " ".join(inside.split())
    if _BLANK.match(words):
        return True
    if _INSTRUCTION.search(words):
        return True
    field_words = re.sub(r"['’]s\b", "", words.lower()).split()  # "[Minister's]"
    return bool(field_words) and all(word in FIELD_WORDS for word in field_words)


def first(text: str) -> str:
    """The first placeholder in ``text`` as written ("[addressee]"), or ""."""
    spans = find(text)
    return text[spans[0][0] : spans[0][1]] if spans else ""
