"""The pre-fill's word lists, read from ``resources/lexicon/``: data, not code.

Countries, demonyms, capitals and institutions map to the *side* a position is grouped
under; roles and reporting verbs let attribution find who speaks. Officers can extend the
files without touching code; they are read once per process.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefing.prefill.text import Token, tokenize
from briefing.prefill.wordlists import grammar_list, lines, read_json

logger = logging.getLogger(__name__)


class PhraseMatcher:
    """Finds the longest listed phrase starting at a token, in one dictionary lookup per token."""

    def __init__(self, phrases: dict[str, str], *, case_sensitive: bool) -> None:
        self.case_sensitive = case_sensitive
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in phrases.items():
            if " " not in phrase and phrase.endswith("."):
                words: tuple[str, ...] = (self._key(phrase),)  # "sen.", "gov.": one token in running text
            else:
                words = tuple(self._key(t.text) for t in tokenize(phrase))
            if words:
                self._first.setdefault(words[0], []).append((words, value))
        for entries in self._first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def _key(self, word: str) -> str:
        word = word.replace("’", "'")
        return word if self.case_sensitive else word.lower()

    def last_words(self) -> frozenset[str]:
        """The last word of every listed phrase: the head nouns of role phrases."""
        return frozenset(words[-1] for entries in self._first.values() for words, _ in entries)

    def keys(self, tokens: list[Token]) -> list[str]:
        """The tokens as this matcher compares them; compute once per sentence, then ``match_keys``. A token's
        ``lower`` is its text lower-cased already, and only a word with a curly apostrophe needs more."""
        if self.case_sensitive:
            return [t.text.replace("’", "'") if "’" in t.text else t.text for t in tokens]
        return [t.lower.replace("’", "'") if "’" in t.lower else t.lower for t in tokens]

    def match(self, tokens: list[Token], index: int) -> tuple[int, str] | None:
        """``(number of tokens, value)`` of the longest phrase at ``tokens[index]``, if any."""
        return self.match_keys(self.keys(tokens[index : index + 8]), 0)

    def value_of(self, word: str) -> str | None:
        """The value of ``word`` as a whole one-word phrase ("GOP" -> "Republicans"), or None."""
        found = self.match_keys([self._key(word)], 0)
        return found[1] if found is not None and found[0] == 1 else None

    def match_keys(self, keys: list[str], index: int) -> tuple[int, str] | None:
        entries = self._first.get(keys[index])
        if not entries:
            return None
        for words, value in entries:
            n = len(words)
            if index + n <= len(keys) and (n == 1 or tuple(keys[index : index + n]) == words):
                return n, value
        return None


class PhraseSet:
    """Lower-case phrases found by their first word: a dictionary lookup instead of a huge regex."""

    _WORDS = re.compile(r"[a-z0-9][a-z0-9'\-]*")

    def __init__(self, phrases: list[str]) -> None:
        self._first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(self._WORDS.findall(phrase.lower()))
            if words:
                self._first.setdefault(words[0], []).append(words)

    @classmethod
    def words(cls, text: str) -> list[str]:
        """The lower-case words of ``text``: compute once per sentence, then ``found_in``."""
        return cls._WORDS.findall(text.lower().replace("’", "'"))

    def found_in(self, words: list[str]) -> bool:
        return self.first_in(words) is not None

    def first_in(self, words: list[str]) -> str | None:
        """The first listed phrase in ``words``, to show the officer what triggered a choice."""
        first = self._first
        if first.keys().isdisjoint(words):
            return None  # no word opens a phrase (most sentences, most lists): one pass in C, not one in Python
        for i, word in enumerate(words):
            for phrase in first.get(word, ()):
                if len(phrase) == 1 or tuple(words[i : i + len(phrase)]) == phrase:
                    return " ".join(phrase)
        return None


class AnyOf:
    """Patterns of which any may match. Those that hold only at the text's start ("^Read more") are tried there
    once; tried at every character, as one alternation with the rest, they cost most of the search."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        start = [p for p in patterns if _anchored(p)]
        anywhere = [p for p in patterns if not _anchored(p)]
        self._start = re.compile("|".join(f"(?:{p})" for p in start) or r"(?!x)x", flags)
        self._anywhere = re.compile("|".join(f"(?:{p})" for p in anywhere) or r"(?!x)x", flags)

    def search(self, text: str) -> bool:
        """Whether any of the patterns is found in ``text``."""
        return bool(self._start.match(text) or self._anywhere.search(text))


class WouldThen:
    """ "would" and, later on the same line, a word of consequence ("would ... lead to"): a conditional that is an
    outlook. Found from the line's first "would" only: one pattern ``would.*lead to`` scans to the line's end from
    every "would" it meets, and a long text of many (a pasted transcript with no full stops) takes minutes."""

    _WOULD = re.compile(r"\bwould\b")

    def __init__(self, consequences: list[str]) -> None:
        self._consequence = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in consequences) + r")\b")

    def search(self, text: str) -> bool:
        """Whether a line of ``text`` has a "would" and a word of consequence after it."""
        for line in text.split("\n"):
            would = self._WOULD.search(line)
            if would is not None and self._consequence.search(line, would.end()):
                return True
        return False


def _anchored(pattern: str) -> bool:
    """Whether ``pattern`` can only match at the text's start: it opens on "^" and has no "|" outside its groups
    and brackets ("^a|b" finds "b" anywhere)."""
    if not pattern.startswith("^"):
        return False
    depth, index, in_brackets = 0, 1, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1  # the escaped character is no operator
        elif in_brackets:
            in_brackets = char != "]"
        elif char == "[":
            in_brackets = True
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)  # "[]..." and "[^]...": a literal "]" first
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
        index += 1
    return True


@dataclass(frozen=True, eq=False)
class Lexicon:
    sides: PhraseMatcher  # "Beijing" -> "China"
    roles: PhraseMatcher  # "secretary of state" -> "secretary of state"
    groups: PhraseMatcher  # "both sides" -> "Both sides"
    cues: PhraseMatcher  # "said", "according to", "called for" -> kind ("verb"/"noun"/"stance")
    org_words: frozenset[str]
    non_names: frozenset[str]
    outlook: dict[str, tuple[PhraseSet, str]]  # category -> (phrases, label)
    context: PhraseSet
    context_headings: re.Pattern[str]
    closing_headings: re.Pattern[str]
    self_reference: AnyOf  # the article speaking of itself: "This article...", "Read more"
    label_prefixes: re.Pattern[str]
    connectives: re.Pattern[str]
    firm_outlook: frozenset[str]
    group_labels: frozenset[str]  # the sides groups.tsv gives ("Both sides"): parties of their own
    conditional_consequence: WouldThen  # "would ... lead to": a conditional that is an outlook
    given_names: dict[str, str]  # "Hillary" -> "she": how the article will refer to the person


def _alternation(phrases: list[str], *, anchored: bool = False) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered) or r"(?!x)x"
    return re.compile((r"^(?:" if anchored else r"\b(?:") + body + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    sides: dict[str, str] = {}
    for line in lines("sides.tsv"):
        side, _, aliases = line.partition("\t")
        for alias in aliases.split("|"):
            if alias.strip():
                sides[alias.strip()] = side.strip()
    groups: dict[str, str] = {}
    for line in lines("groups.tsv"):
        phrase, _, side = line.partition("\t")
        groups[phrase.strip()] = side.strip()
    cues: dict[str, str] = {}
    for line in lines("reporting_verbs.txt"):
        if line.startswith("noun:"):
            cues[line[5:].strip()] = "noun"
        elif line.startswith("stance:"):
            cues[line[7:].strip()] = "stance"
        else:
            cues.setdefault(line.strip(), "verb")
    data: dict[str, Any] = read_json("cues.json")
    labels = data.get("outlook_labels", {})
    outlook = {
        category: (PhraseSet(words), labels.get(category, category.title()))
        for category, words in data["outlook"].items()
    }
    logger.debug("lexicon: %d side words, %d cues", len(sides), len(cues))
    return Lexicon(
        sides=PhraseMatcher(sides, case_sensitive=True),
        roles=PhraseMatcher({r: r for r in lines("roles.txt")}, case_sensitive=False),
        groups=PhraseMatcher(groups, case_sensitive=False),
        cues=PhraseMatcher(cues, case_sensitive=False),
        org_words=frozenset(lines("org_words.txt")),
        non_names=frozenset(lines("nonnames.txt")),
        outlook=outlook,
        context=PhraseSet(data["context"]),
        context_headings=_alternation(data["context_headings"]),
        closing_headings=_alternation(data["closing_headings"], anchored=True),
        self_reference=AnyOf(data["self_reference"], re.IGNORECASE),
        label_prefixes=_alternation(data["label_prefixes"], anchored=True),
        connectives=re.compile(
            r"(?:" + "|".join(re.escape(c) for c in sorted(data["connectives"], key=len, reverse=True)) + r")\s*,\s*",
            re.IGNORECASE,
        ),
        firm_outlook=frozenset(data.get("firm_outlook", ())),
        group_labels=frozenset(groups.values()),
        given_names={
            name.strip(): kind.strip() for name, _, kind in (line.partition("\t") for line in lines("first_names.tsv"))
        },
        conditional_consequence=WouldThen(grammar_list("conditional_consequences")),
    )
