"""When two items of a brief say the same thing: one notion for the pre-fill and the checker.

The pre-fill never writes an item that repeats another (an article often says its point twice,
or lists an issue it also quotes), and the checker reports one an officer has typed or pasted.
Two items repeat each other when nearly all their words are shared (Jaccard of the distinct
words that carry meaning) or when every such word of one, long enough to be specific, is in
the other ("Talks resume in Geneva next week." within "Talks resume in Geneva next week,
officials said, after a month's pause.").
"""

from __future__ import annotations

import re

OVERLAP = 0.8  # share of distinct words two items have in common to say the same thing
MIN_WORDS = 4  # fewer meaningful words than this and two items repeat only when their words are the same
MIN_CONTAINED = 6  # an item wholly inside another repeats it when it has at least this many
_WORD = re.compile(r"\w+")
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "and",
        "or",
        "for",
        "by",
        "with",
        "at",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "that",
        "this",
        "it",
    ]
)


def meaningful_words(text: str) -> frozenset[str]:
    """The distinct words of ``text`` that carry meaning (case-folded, filler words left out)."""
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _FILLER)


def repeats(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two items, given as their ``meaningful_words``, say the same thing."""
    if len(words) < MIN_WORDS or len(other) < MIN_WORDS:
        return bool(words) and words == other  # "Sanders." twice
    shared = len(words & other)
    if shared / len(words | other) >= OVERLAP:
        return True
    return shared == min(len(words), len(other)) >= MIN_CONTAINED
