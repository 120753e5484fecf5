"""Short names for issues: the article's own recurring 2-5-word phrases ("steel tariffs", "Taiwan arms sales").

An issue named by one generic word ("View", "officials") tells the minister nothing. Without
headings, the pre-fill names an issue by the longest phrase of the sentence that the article
repeats elsewhere: runs of words between stopwords, counted by their stems, so "the steel
tariffs" and "steel tariff" meet. A proper name of one word (a country, a treaty) may stand
alone; a lone common word may not. Words that never name an issue (said, week, percent) are
in ``resources/lexicon/grammar.json`` (``not_in_issue_names``).
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.prefill.text import STOPWORDS, stem
from briefing.prefill.wordlists import grammar_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|[^\sA-Za-z]")
NOT_ISSUE_NAMES = grammar_words("not_in_issue_names")
_BANNED = NOT_ISSUE_NAMES
MAX_WORDS = 5
MAX_SENTENCE = 1500  # characters: a longer "sentence" is a run-on or a dump, and no issue is named from it


def _runs(text: str) -> list[list[str]]:
    """Stretches of words with no stopword, number or punctuation inside."""
    runs: list[list[str]] = []
    current: list[str] = []
    for match in _WORD.finditer(text.replace("’", "'")):
        word = match.group()
        clean = word.removesuffix("'s")
        if not word[:1].isalpha() or clean.lower() in STOPWORDS or clean.lower() in _BANNED or word.endswith("ly"):
            if current:
                runs.append(current)
            current = []
            continue
        current.append(clean)
        if word != clean:  # "China's" ends a phrase: "China's arms sales" -> "China", "arms sales"
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


class PhraseCounts:
    """How often each 2-5-word phrase (by stems) occurs in the article."""

    def __init__(self, texts: list[str]) -> None:
        self.counts: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            if len(text) > MAX_SENTENCE:
                continue
            for run in _runs(text):
                for n in range(2, min(MAX_WORDS, len(run)) + 1):
                    for i in range(len(run) - n + 1):
                        self.counts[_key(run[i : i + n])] += 1

    def name(
        self, text: str, taken: set[str], title: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
    ) -> str | None:
        """The best issue name in ``text``: a recurring phrase of 2-5 words, its first letter capitalised.

        A person's name ("Bernie Sanders", words in ``people``) names a voice, not an issue.
        """
        best: tuple[float, str] | None = None
        if len(text) > MAX_SENTENCE:
            return None
        for run in _runs(text):
            for n in range(2, min(MAX_WORDS, len(run)) + 1):
                for i in range(len(run) - n + 1):
                    words = run[i : i + n]
                    key = _key(words)
                    count = self.counts[key]
                    if count < 2 or " ".join(key) in taken:
                        continue
                    if words[-1][:1].isupper() and not words[0][:1].isupper():
                        continue  # "ban Muslims" - a verb and its object, not a name
                    if all(w in people for w in words) or any("'" in w for w in words):
                        continue  # a person, or "don't trust"
                    score = count * n**0.5 + 2 * sum(k in title for k in key)
                    if best is None or score > best[0]:
                        best = (score, " ".join(words))
        if best is None:
            return None
        label = best[1]
        return label[:1].upper() + label[1:]
