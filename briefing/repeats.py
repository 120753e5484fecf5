"""When two items of a brief say the same thing: one notion for the pre-fill and the checker.

The pre-fill never writes an item that repeats another (an article often says its point twice,
or lists an issue it also quotes), and the checker reports one an officer has typed or pasted.
Two items repeat each other when nearly all their words are shared (Jaccard of the distinct
words that carry meaning), when every such word of one, long enough to be specific, is in
the other ("Talks resume in Geneva next week." within "Talks resume in Geneva next week,
officials said, after a month's pause."), or when nearly every word of a longer one is (a
deck's "The travails of his campaign can be seen as the last gasp of the old order." and
the body's "And in many ways, the travails of Mr. Bush's campaign can be seen as ...").
"""

from __future__ import annotations

import re

OVERLAP = 0.8  # share of distinct words two items have in common to say the same thing
MIN_WORDS = 4  # fewer meaningful words than this and two items repeat only when their words are the same
MIN_CONTAINED = 6  # an item wholly inside another repeats it when it has at least this many
MOSTLY_PERCENT = 85  # an item with this share of its words inside another repeats it ...
MIN_MOSTLY = 10  # ... when it has at least this many (a shorter one, a list item, may name an issue)
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
    if shared / (len(words) + len(other) - shared) >= OVERLAP:  # the union's size, without building it
        return True
    smaller = min(len(words), len(other))
    if smaller >= MIN_MOSTLY and 100 * shared >= MOSTLY_PERCENT * smaller:
        return True
    return shared == smaller >= MIN_CONTAINED


def _inside_keys(ranked: list[str]) -> list[str]:
    """The rarest words of a set under which to index it, so that any larger set holding enough of
    its words to repeat it (wholly, or ``MOSTLY_PERCENT`` of a set of ``MIN_MOSTLY`` or more) holds
    one of them: at most ``len - ceil(MOSTLY_PERCENT% of len)`` of its words can be missing."""
    if len(ranked) < MIN_MOSTLY:
        return ranked[:1]
    return ranked[: len(ranked) - (MOSTLY_PERCENT * len(ranked) + 99) // 100 + 1]


def first_repeated(word_sets: list[frozenset[str]]) -> list[int | None]:
    """For each set, the position of the first earlier set it repeats (``repeats``), or None.

    The same answer as comparing every pair, without comparing every pair: a brief of 10,000
    items would take 50 million comparisons. Two sets can only repeat each other when they
    share a word; each earlier set is indexed under all its words, and a new set looks only at
    the earlier sets that hold its rarest words: enough of them that any set sharing 80% of
    the words, or wholly or mostly containing it, must be among them, plus the sets indexed
    under a word it holds by their own few rarest words (a smaller set inside it, or mostly).
    """
    frequency: dict[str, int] = {}
    for words in word_sets:
        for word in words:
            frequency[word] = frequency.get(word, 0) + 1
    holders: dict[str, list[int]] = {}  # word -> earlier sets holding it
    by_rarest: dict[str, list[int]] = {}  # word -> earlier sets whose rarest word it is
    by_words: dict[frozenset[str], int] = {}  # short sets repeat only their equal
    found: list[int | None] = []
    for position, words in enumerate(word_sets):
        ranked = sorted(words, key=lambda w: (frequency[w], w))
        candidates: set[int] = set()
        if len(words) < MIN_WORDS:
            equal = by_words.get(words)
            candidates |= {equal} if equal is not None else set()
        else:
            # Jaccard >= OVERLAP: at most (1 - OVERLAP) of the union is unshared, so the other
            # set holds one of this set's rarest len - ceil(OVERLAP * len) + 1 words.
            prefix = len(words) - int(OVERLAP * len(words)) + 1
            for word in ranked[:prefix]:
                candidates.update(holders.get(word, ()))
            for word in words:  # an earlier, smaller set (mostly) inside this one shares a rarest word
                candidates.update(by_rarest.get(word, ()))
        match = next((other for other in sorted(candidates) if repeats(words, word_sets[other])), None)
        found.append(match)
        for word in words:
            holders.setdefault(word, []).append(position)
        for word in _inside_keys(ranked):
            by_rarest.setdefault(word, []).append(position)
        by_words.setdefault(words, position)
    return found
