"""Spelling with real Hunspell dictionaries (spylls: Hunspell's algorithm in pure Python).

Why spylls: it reads the shipped ``.aff``/``.dic`` files as Hunspell does (affixes,
compounds, British/US/Canadian/Australian variants) and installs from PyPI with no system
library; pyspellchecker has no Hunspell dictionaries and no regional variants, and the
Hunspell bindings (cyhunspell, hunspell2) need the C library or the ``hunspell`` program.
Figures in ``tests/benchmarks/bench_check.py`` and the README.

A dictionary opens in about a tenth of a second (``hunspell_dic``: its words are indexed, and
parsed only when a lookup needs them), once per process, and every answer is cached: checking
a brief again while the writer types costs only the words that changed. Suggestions stay fast by running Hunspell's edit-based pass in full and its
slow n-gram pass only over dictionary words that start with the same letter.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.fileio import atomic_write_text
from briefing.resources import resources_dir

logger = logging.getLogger(__name__)

LANGUAGES = {
    "en-GB": "English (United Kingdom)",
    "en-US": "English (United States)",
    "en-CA": "English (Canada)",
    "en-AU": "English (Australia)",
}
DEFAULT_LANGUAGE = "en-GB"
PERSONAL_WORDS_FILE = "dictionary.txt"  # in the data folder: one word a line
MAX_SUGGESTIONS = 5
SUGGEST_BUDGET_S = 0.08  # suggestions stop here, so a context menu opens within 100 ms

# A word: letters, with inner apostrophes ("don't", "Blinken's"). Hyphens split words, so
# each half of "Beijing-based" is checked and underlined on its own.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Spans never spell-checked: web addresses, e-mail addresses, anything with a digit in it.
SKIP = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S*\d\S*")


class UnknownLanguageError(BriefingError):
    """A language Briefing has no dictionary for."""


def dictionaries_dir() -> Path:
    return resources_dir() / "dictionaries"


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def check_language(code: str) -> str:
    """``code`` if Briefing ships its dictionary; otherwise a message naming the ones it has."""
    if code not in LANGUAGES:
        raise UnknownLanguageError(f"no dictionary for '{code}'; choose one of: {', '.join(LANGUAGES)}")
    return code


@dataclass(frozen=True)
class Token:
    """A word of an item's text and where it is, ``[start, end)``."""

    text: str
    start: int
    end: int


def words(text: str) -> Iterator[Token]:
    """The words to spell-check, skipping URLs, e-mail addresses and anything with digits."""
    skipped = [(m.start(), m.end()) for m in SKIP.finditer(text)]  # in order, none overlapping
    k = 0  # the first skipped span that does not end before the word: words come in order too, so it only moves on
    for match in WORD.finditer(text):
        while k < len(skipped) and skipped[k][1] <= match.start():
            k += 1
        if k < len(skipped) and skipped[k][0] < match.end():
            continue
        yield Token(match.group(), match.start(), match.end())


def plain_form(word: str) -> str:
    """The form two spellings of one word share: lower case, straight apostrophe, no possessive."""
    word = word.replace("’", "'").lower()
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class Speller:
    """One language's Hunspell dictionary, with every answer remembered.

    Thread-safe for the window's background checks: spylls is not re-entrant, so calls go
    through one lock.
    """

    def __init__(self, language: str) -> None:
        # Imported here: spylls is paid for only when spelling is checked.
        from briefing.check.hunspell_dic import open_dictionary

        self.language = check_language(language)
        stem = dictionaries_dir() / language.replace("-", "_")
        if not stem.with_suffix(".dic").is_file():
            raise UnknownLanguageError(f"the {language_name(language)} dictionary is missing from {stem.parent}")
        self._dictionary = open_dictionary(stem)  # words indexed, parsed as lookups ask: 0.1 s, not 1 to 3
        self._known: dict[str, bool] = {}
        self._names: dict[str, bool] = {}  # lists_as_name's answers
        self._lock = threading.Lock()
        self._search: tuple[Any, _Deadline] | None = None  # built on the first suggestion: it reads every word

    @property
    def suggestions_ready(self) -> bool:
        return self._search is not None

    def prepare_suggestions(self) -> None:
        """Build the suggestion search now (half a second or more: every word of the dictionary
        parsed and filed by first letters), so the first context menu need not wait for it."""
        with self._lock:
            self._suggester_ready()

    def _suggester_ready(self) -> tuple[Any, _Deadline]:
        """The suggestion search and its deadline, built once; call with the lock held."""
        if self._search is not None:
            return self._search
        from spylls.hunspell.algo.suggest import Suggest  # type: ignore[import-untyped]

        dictionary = self._dictionary
        suggester = Suggest(dictionary.aff, dictionary.dic, dictionary.lookuper)
        # The n-gram pass compares the word with every dictionary stem (a quarter of a second
        # for 100,000 stems); stems sharing the first letter, or the first two once the edit
        # pass has found something, keep it well under the 100 ms a menu can wait.
        by_prefix: dict[str, list[Any]] = {}
        for entry in suggester.words_for_ngram:
            lowered = entry.stem.lower()
            by_prefix.setdefault(lowered[:1], []).append(entry)
            by_prefix.setdefault(lowered[:2], []).append(entry)
        everything = suggester.ngram_suggestions

        def ngram_near(word: str, handled: set[str]) -> Iterator[str]:
            suggester.words_for_ngram = by_prefix.get(word[: 2 if handled else 1].lower(), [])
            return everything(word, handled)

        suggester.ngram_suggestions = ngram_near
        deadline = _Deadline(suggester.lookup)
        suggester.lookup = deadline
        self._search = (suggester, deadline)
        return self._search

    def known(self, word: str) -> bool:
        answer = self._known.get(word)
        if answer is None:
            with self._lock:
                answer = bool(self._dictionary.lookup(word.replace("’", "'")))
            self._known[word] = answer
        return answer

    def lists_as_name(self, word: str) -> bool:
        """Whether the dictionary has ``word`` as written, capitalised, as an entry of its own:
        "Will", "Rose", "Chad" are names as well as words; "Call" and "Ask" are only words."""
        if not word[:1].isupper():
            return False
        answer = self._names.get(word)
        if answer is None:
            with self._lock:
                answer = bool(self._dictionary.dic.homonyms(word.replace("’", "'")))
            self._names[word] = answer
        return answer

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` corrections, best first (Hunspell's order)."""
        found: list[str] = []
        with self._lock:
            suggester, deadline = self._suggester_ready()
            deadline.until = time.perf_counter() + SUGGEST_BUDGET_S
            try:
                for suggestion in suggester(word.replace("’", "'")):
                    if suggestion not in found:
                        found.append(suggestion)
                    if len(found) >= limit:
                        break
            except _OutOfTime:
                logger.debug("suggestions for %r stopped at the time budget with %d found", word, len(found))
            finally:
                deadline.until = math.inf
        return found


class _OutOfTime(Exception):
    pass


class _Deadline:
    """Hunspell's lookup, refusing work past a deadline: the suggestion search tries hundreds of
    candidate spellings, and a context menu cannot wait for all of them. The best kinds of
    edit (Hunspell's REP table, swapped and missing letters) come first, so stopping early
    keeps the likeliest corrections."""

    def __init__(self, lookup: Any) -> None:
        self._lookup = lookup
        self.until = math.inf

    def _check(self) -> None:
        if time.perf_counter() > self.until:
            raise _OutOfTime

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self._check()
        return self._lookup(*args, **kwargs)

    def good_forms(self, *args: Any, **kwargs: Any) -> Any:
        self._check()
        return self._lookup.good_forms(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._lookup, name)


_spellers: dict[str, Speller] = {}
_spellers_lock = threading.Lock()


def speller_for(language: str) -> Speller:
    """The shared speller for ``language``, loaded on first use."""
    with _spellers_lock:
        if language not in _spellers:
            _spellers[language] = Speller(language)
        return _spellers[language]


def loaded_speller(language: str) -> Speller | None:
    """The speller for ``language`` if a check has loaded it already, else None at once: a
    context menu must not wait seconds for a dictionary to load."""
    return _spellers.get(language)


@dataclass
class WordList:
    """The writer's own words ("Add to Dictionary"), kept in the data folder, one a line."""

    path: Path | None = None
    words: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path | None) -> WordList:
        found: set[str] = set()
        if path is not None:
            try:
                found = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
            except FileNotFoundError:
                pass
            except (OSError, UnicodeDecodeError) as exc:  # a broken list must not stop the check
                logger.warning("cannot read the personal word list %s: %s", path, exc)
        return cls(path, found)

    def __contains__(self, word: str) -> bool:
        return word in self.words or plain_form(word) in self.words

    def add(self, word: str) -> None:
        """Remember ``word`` and save the list at once (atomically), so it survives a crash."""
        self.words.add(word)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, "".join(f"{w}\n" for w in sorted(self.words)))


def article_words(text: str) -> set[str]:
    """Every word form of the article, for "a word the article uses is never a misspelling"."""
    return {plain_form(match.group()) for match in WORD.finditer(text)}


def unknown_words(text: str, speller: Speller) -> list[Token]:
    """The words of ``text`` the dictionary does not know, acronyms left out: the same for a
    text whatever the brief's article or the writer's word list, so a checker can keep it."""
    return [token for token in words(text) if not is_acronym(token.text) and not speller.known(token.text)]


def misspelt(tokens: list[Token], ignore: set[str] | frozenset[str], personal: WordList | None = None) -> list[Token]:
    """Of ``unknown_words``, those not excused: not in ``ignore`` (the article's words and the
    ignored ones, in :func:`plain_form`) nor in the writer's own list."""
    return [
        token
        for token in tokens
        if plain_form(token.text) not in ignore and (personal is None or token.text not in personal)
    ]
