"""The names an article does use that are nearest to one it does not: "Blinkin" -> "Blinken",
"Antony Blinken".

An "unsupported" name is most often the article's own name mistyped, so the window offers
these forms in the item's context menu. Similarity is difflib's ratio on the plain word
forms; a full name is offered as the article writes it (two capitalised words in a row).
"""

from __future__ import annotations

import difflib
from collections import Counter
from functools import lru_cache

from briefing.check.unsupported import HONORIFICS, NAME, word_form

MIN_RATIO = 0.75  # "Blinkin"/"Blinken" 0.86, "Wong"/"Wang" 0.75; "Smith"/"Xi" far below
MAX_NAMES = 4


@lru_cache(maxsize=4)
def _article_names(article: str) -> tuple[dict[str, str], Counter[tuple[str, str]]]:
    """The article's capitalised words (plain form -> as written) and its two-word names, counted."""
    singles: dict[str, str] = {}
    pairs: Counter[tuple[str, str]] = Counter()
    previous = None
    for match in NAME.finditer(article):
        word = match.group()
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if not bare[:1].isupper() or len(bare) < 2 or word_form(bare) in HONORIFICS:
            previous = None
            continue
        singles.setdefault(word_form(bare), bare)
        if previous is not None and article[previous.end() : match.start()] == " ":
            first = previous.group()
            if first[:1].isupper() and not first.endswith(("'s", "’s")) and word_form(first) not in HONORIFICS:
                pairs[(first, bare)] += 1
        previous = match
    return singles, pairs


def nearest_names(word: str, article: str, limit: int = MAX_NAMES) -> list[str]:
    """Up to ``limit`` forms the article uses that are closest to ``word``, best first: the single
    words, then the two-word names that contain them ("Blinken", "Antony Blinken")."""
    form = word_form(word)
    if not form:
        return []
    singles, pairs = _article_names(article)
    scored = []
    for plain, written in singles.items():
        if plain == form:
            continue
        ratio = difflib.SequenceMatcher(None, form, plain).ratio()
        if ratio >= MIN_RATIO:
            scored.append((ratio, written))
    scored.sort(key=lambda pair: -pair[0])
    found: list[str] = [written for _ratio, written in scored]
    for _ratio, written in scored:
        # The most frequent pair; on a tie, the one the word begins (a given name and its surname).
        names = [(count, a == written, f"{a} {b}") for (a, b), count in pairs.items() if written in (a, b)]
        if names:
            found.append(max(names)[2])
    unique = list(dict.fromkeys(found))
    return unique[:limit]
