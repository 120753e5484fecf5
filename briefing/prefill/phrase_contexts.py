"""Where an article's phrases stand, read over all its sentences: what tells a verb phrase or a person's role from
an issue's name.

A phrase the article only ever writes after "to" or a modal ("to persuade voters", "will curb inversions"),
whose first word it never uses as a noun, is a verb and its object, not an issue. A singular noun the article
puts before "who" or, more than once, before a person's full name ("a policy maker who", "campaign manager Ana
Brod") names a person by their role, not an issue.
"""

from __future__ import annotations

from collections import Counter

from briefing.prefill.lexicon import Lexicon
from briefing.prefill.text import STOPWORDS
from briefing.prefill.wordlists import grammar_words

_MARKERS = grammar_words("infinitive_markers")  # "to", "will", "did", "not": a bare verb follows
_JOINS = frozenset(("and", "or"))  # "to identify and mobilize voters": says nothing on its own
_WHO = frozenset(("who", "whom"))
_PREPOSITIONS = grammar_words("prepositions")
_DETERMINERS = grammar_words("determiners")


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower()


class PhraseContexts:
    """Per article: how often each phrase (a key of stems) opens after a verb's marker or elsewhere, and which
    lower-case words stand as a person's role."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.after_marker: Counter[tuple[str, ...]] = Counter()
        self.elsewhere: Counter[tuple[str, ...]] = Counter()
        self.role_words: set[str] = set()
        self.before_names: Counter[str] = Counter()
        self.capitalised: Counter[str] = Counter()  # every capitalised word after a sentence's first
        self.modified: dict[str, Counter[str]] = {}  # the lower-case words before one: "PAC" -> {"super": 3}

    def opening(self, key: tuple[str, ...], tokens: list[str], start: int, inside: bool) -> None:
        """Count where the phrase ``key`` opens at ``tokens[start]``; ``inside`` when a word of its run stands
        before it (a modifier or a verb, unless a marker: "cannot lift tariffs")."""
        back = start - 1
        while back > 0 and _adverb(tokens[back]):
            back -= 1  # "to properly protect"
        before = tokens[back].lower() if back >= 0 else ""
        if before in _MARKERS or before.endswith("n't"):
            self.after_marker[key] += 1
        elif inside or before not in _JOINS:
            self.elsewhere[key] += 1

    def only_after_markers(self, key: tuple[str, ...]) -> bool:
        """Whether the article writes the phrase only after "to", a modal or "not" (or "and" joining one)."""
        return self.after_marker[key] > 0 and self.elsewhere[key] == 0

    def read_roles(self, tokens: list[str]) -> None:
        """Note the singular lower-case nouns ``tokens`` use as a person's role: before "who" ("a policy maker
        who", "his former manager, who"; not "those on the trading floor who"), or twice in the article before
        a person's name ("host Glenn Varo", "his manager, Ana Brod,"; once may be "the deal Ana Brod signed")."""
        for k, word in enumerate(tokens[:-3]):
            if not _noun_shaped(word):
                continue
            nxt = tokens[k + 1]
            if nxt.lower() in _WHO or (nxt == "," and tokens[k + 2].lower() in _WHO):
                if not _in_prepositional_phrase(tokens, k):
                    self.role_words.add(word)  # "a policy maker who"
            elif word.endswith(("ed", "ing")):
                continue  # "asked Ana Brod": a verb and its object
            elif self._names_next(tokens, k + 1) or (nxt == "," and self._names_next(tokens, k + 2, apposed=True)):
                self.before_names[word] += 1  # "host Glenn Varo", "manager, Ana Brod,"
                if self.before_names[word] > 1:
                    self.role_words.add(word)

    def read_modifiers(self, tokens: list[str]) -> None:
        """Count the lower-case content words ``tokens`` put before a capitalised word ("super PAC")."""
        for k in range(1, len(tokens)):
            word = tokens[k]
            if not word[:1].isupper():
                continue
            self.capitalised[word] += 1
            before = tokens[k - 1]
            if before.isalpha() and before.islower() and before not in STOPWORDS:
                self.modified.setdefault(word, Counter())[before] += 1

    def kind_head(self, word: str) -> bool:
        """Whether the article writes ``word`` mostly after one and the same lower-case word, more than once
        ("a super PAC", "the super PAC", "super PACs"): the head of a kind's name, no name alone."""
        modifiers = self.modified.get(word)
        if not modifiers:
            return False
        top = max(modifiers.values())
        return top >= 2 and 2 * top >= self.capitalised[word]

    def _names_next(self, tokens: list[str], k: int, apposed: bool = False) -> bool:
        """Whether a given name and a surname stand at ``tokens[k]``, closed by a comma where ``apposed``."""
        if tokens[k] not in self.lex.given_names or k + 1 >= len(tokens) or not tokens[k + 1][:1].isupper():
            return False
        return not apposed or (k + 2 < len(tokens) and tokens[k + 2] == ",")


_IRREGULAR_PLURALS = frozenset(("men", "women", "people", "children"))


def _noun_shaped(word: str) -> bool:
    """A lower-case content word that is no plural: "manager", "host"; not "voters", "women" or "by"."""
    if not (word.isalpha() and word.islower()) or word in STOPWORDS or word in _IRREGULAR_PLURALS:
        return False
    return not word.endswith("s") or word.endswith("ss")


def _in_prepositional_phrase(tokens: list[str], k: int) -> bool:
    """Whether the noun phrase ending at ``tokens[k]`` follows a preposition ("on the trading floor", "in the
    community"): a "who" after it may belong to a noun before ("assistants on the trading floor who")."""
    back = k - 1
    while back >= 0 and tokens[back][:1].isalpha() and tokens[back].lower() not in _PREPOSITIONS:
        if tokens[back].lower() in STOPWORDS and tokens[back].lower() not in _DETERMINERS:
            return False  # "who said the host who": a verb or a conjunction opens the phrase
        back -= 1
    return back >= 0 and tokens[back].lower() in _PREPOSITIONS
