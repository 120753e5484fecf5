"""Numbers as values, so "3" matches "three", "7.50" matches "7.5" and "1,200" matches "1200".

A careful editor accepts a figure written another way; what they catch is a figure the
article never gives. Values are compared, never spellings: an amount is supported when
its number, or its number times its scale ("$3 billion" = 3e9), appears in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
}
SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
# Words too common as pronouns or plain English to be read as a claim in an item
# ("one of the", "a second meeting"); the article's own uses still count as values.
NOT_A_CLAIM = frozenset({"zero", "one", "first", "second"})

_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
DIGITS = re.compile(
    rf"""
    (?<![\w.,])
    (?P<currency>[$£€¥])?
    (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?P<ordinal>st|nd|rd|th)?
    (?:\s?(?P<percent>%|per\s?cent\b|percent\b))?
    (?:\s?(?P<scale>{_SCALE})\b)?
    (?!\w)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Any word, with a following word and scale, looked up in the tables above: one pass over the
# words is far quicker than a regular expression of every number word tried at each position.
WORDS = re.compile(rf"\b([A-Za-z]+)(?:-([A-Za-z]+))?\b(?:\s({_SCALE})\b)?", re.IGNORECASE)
_ALL_WORDS = {**UNITS, **TENS, **ORDINALS}


@dataclass(frozen=True)
class Number:
    """A figure in a text: where it is and the values it may stand for."""

    start: int
    end: int
    text: str
    value: float  # what an item claims: "$3 billion" is 3e9
    values: frozenset[float]  # every value it may stand for in the article: 3 and 3e9
    is_word: bool


def _key(value: float) -> float:
    return round(value, 6)


def numbers(text: str) -> Iterator[Number]:
    """Every figure in ``text``: digits (with separators, decimals, ordinals, per cent, scale)
    and numbers written as words ("three", "twenty-five", "two million")."""
    found: list[Number] = []
    for match in DIGITS.finditer(text):
        base = float(match.group("digits").replace(",", ""))
        scale = match.group("scale")
        found.append(_number(match.start(), match.end(), match.group(), base, scale, is_word=False))
    for match in WORDS.finditer(text):
        first, second, scale = match.group(1).lower(), (match.group(2) or "").lower(), match.group(3)
        if first not in _ALL_WORDS:
            continue
        end = match.end()
        if second and first in TENS and second in UNITS and UNITS[second] < 10:
            base = float(TENS[first] + UNITS[second])
        else:
            base = float(_ALL_WORDS[first])
            if second:  # "one-sided": only the number word
                end = match.start() + len(match.group(1))
                scale = None
        found.append(_number(match.start(), end, text[match.start() : end], base, scale, is_word=True))
    found.sort(key=lambda n: n.start)
    return iter(found)


def _number(start: int, end: int, text: str, base: float, scale: str | None, *, is_word: bool) -> Number:
    value = _key(base * SCALES[scale.lower()]) if scale else _key(base)
    return Number(start, end, text, value, frozenset({_key(base), value}), is_word)


def claims(text: str) -> Iterator[Number]:
    """The figures an item asserts: every number, less the words too common to be a figure."""
    for number in numbers(text):
        if number.is_word and number.text.lower() in NOT_A_CLAIM:
            continue
        yield number


def values_in(text: str) -> set[float]:
    """Every value the article gives, written any way."""
    found: set[float] = set()
    for number in numbers(text):
        found |= number.values
    return found
