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

from briefing.prefill.actors import adjective_word, is_people_noun
from briefing.prefill.lexicon import Lexicon
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
                    if words[0].lower() in _AUXILIARIES:
                        continue  # "Must win", "Cannot keep", "Is Obama": a verb phrase or a question, not a name
                    if _past_verb(words[-1]):
                        continue  # "Clinton raised", "plan released" - a subject and its verb, not a name
                    if all(w in people for w in words) or any("'" in w for w in words):
                        continue  # a person, or "don't trust"
                    score = count * n**0.5 + 2 * sum(k in title for k in key)
                    if best is None or score > best[0]:
                        best = (score, " ".join(words))
        if best is None:
            return None
        label = best[1]
        return label[:1].upper() + label[1:]


def _past_verb(word: str) -> bool:
    """A lower-case word in "-ed" that ends a phrase: a verb's past ("raised", "helped"), not a noun."""
    return word.islower() and word.endswith("ed") and len(word) > 4 and not word.endswith(_NOT_PAST)


_AUXILIARIES = frozenset(
    ("can", "cannot", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did")
    + ("is", "are", "was", "were", "has", "have", "had", "be", "been", "to")
)
_NOT_PAST = ("eed", "hundred", "sacred", "naked", "wicked", "beloved", "kindred")  # "corporate greed", "two hundred"


def _capitalised_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words after the first word ("New York", "Silicon Valley"), broken at punctuation."""
    runs: list[list[str]] = []
    current: list[str] = []
    for position, raw in enumerate(text.replace("’", "'").split()):
        word = raw.strip(".,;:!?\"“”'()[]").removesuffix("'s")
        name_like = position > 0 and len(word) > 1 and word.isalpha() and word[:1].isupper()
        if name_like:
            current.append(word)
        if current and (not name_like or raw.rstrip("\"”'") != raw.rstrip("\"”'.,;:!?)") or raw.endswith("'s")):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _names_a_people(word: str, lex: Lexicon) -> bool:
    """A party or a people a side stands for ("GOP", "Democrat", "Americans"), not a place ("China", "Britain")."""
    side = lex.sides.value_of(word)
    if side is None:
        return False
    return word.endswith("s") or side.startswith(word) and side != word or word.isupper() and side != word


def _lone_word_names_nothing(word: str, lex: Lexicon) -> bool:
    """A single capitalised word that is no issue: an adjective or people word ("Republican", "Americans"),
    a side's other name ("GOP"), a role or an institution's generic word ("President", "Committee"), a shout."""
    return (
        adjective_word(word, lex)
        or is_people_noun(word)
        or _names_a_people(word, lex)
        or lex.roles.value_of(word) is not None
        or word in lex.org_words
        or (word.isupper() and len(word) > 4)
    )


def proper_issue_name(
    text: str,
    frequency: Counter[str],
    taken: set[str],
    title: frozenset[str],
    proper: frozenset[str],
    people: frozenset[str],
    lex: Lexicon,
) -> str | None:
    """Where no phrase recurs: the sentence's whole proper name ("Saudi Arabia", "Benghazi") that the title
    shares or the article repeats; never a piece of one ("York"), a person, or a lone generic word."""
    best: tuple[tuple[bool, int, int], str] | None = None
    for run in _capitalised_runs(text):
        if len(run) > MAX_WORDS or not all(w in proper for w in run) or all(w in people for w in run):
            continue
        key = " ".join(stem(w) for w in run)
        stems = [stem(w) for w in run if w.lower() not in STOPWORDS]  # "New York": "new" is a stopword
        if key in taken or not stems or any(w.lower() in NOT_ISSUE_NAMES for w in run):
            continue
        if len(run) == 1 and (len(run[0]) < 3 or _lone_word_names_nothing(run[0], lex)):
            continue
        score = (any(k in title for k in stems), min(frequency[k] for k in stems), len(run))
        if best is None or score > best[0]:
            best = (score, " ".join(run))
    return best[1] if best and (best[0][0] or best[0][1] > 1) else None
