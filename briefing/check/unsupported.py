"""Claims in an item that the article does not back: figures, names and quotations.

The writer may say a thing another way ("US" for "United States", "Blinken" for "Antony
Blinken", "3" for "three", "per cent" for "%", a possessive or a plural), so comparisons
are on values and plain word forms, never on exact spelling. A pre-filled sentence is the
article's own words, so it always passes: a test runs this over every corpus article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Protocol

from briefing import calendar_words, placeholders
from briefing.check.numbers import claims, values_in
from briefing.check.spelling import DEFAULT_LANGUAGE, is_acronym, speller_for
from briefing.resources import resources_dir

# A word that may be a name: dotted acronyms ("U.S."), or letters with inner apostrophes
# and hyphens ("O'Brien", "Jean-Pierre", "Beijing-based").
NAME = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*")
QUOTE = re.compile(r"“([^”\n]{3,})”|\"([^\"\n]{3,})\"|(?<!\w)‘([^’\n]{3,}?)’(?!\w)")
SENTENCE_END = re.compile(r"[.!?:;•\-–—]\s*[\"“‘(\[]*\s*$")
QUOTE_CHARS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
MONTHS = [name.lower() for name in calendar_words.MONTHS]
DAYS = [name.lower() for name in calendar_words.DAYS]
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"})


@cache
def equivalents() -> tuple[tuple[str, ...], ...]:
    """Groups of names that mean one thing (``resources/check/equivalents.txt``)."""
    path = resources_dir() / "check" / "equivalents.txt"
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            groups.append(tuple(part.strip() for part in line.split("|") if part.strip()))
    return tuple(groups)


@cache
def _equivalents_pattern() -> re.Pattern[str]:
    """One pattern for every name of every group; ``lastgroup`` ("g3") says which group matched.

    Names in capitals match case-sensitively ("US" is not "us"), the rest in any case.
    """
    alternatives = []
    for number, group in enumerate(equivalents()):
        names = sorted(group, key=len, reverse=True)
        exact = [re.escape(n) for n in names if n.replace(".", "").isupper()]
        loose = [re.escape(n) for n in names if not n.replace(".", "").isupper()]
        parts = [*exact, *(f"(?i:{n})" for n in loose)]
        alternatives.append(f"(?P<g{number}>{'|'.join(parts)})")
    return re.compile(rf"(?<![\w.])(?:{'|'.join(alternatives)})(?!\w)")


def equivalent_names(text: str) -> Iterator[tuple[int, int, int]]:
    """``(start, end, group)`` for each name in ``text`` that belongs to a group of equivalents."""
    for match in _equivalents_pattern().finditer(text):
        yield match.start(), match.end(), int((match.lastgroup or "g0")[1:])


def plain(text: str) -> str:
    """Text as quotations are compared: straight quotes, plain dashes, lower case, single spaces."""
    return " ".join(text.translate(QUOTE_CHARS).casefold().split())


def word_form(word: str) -> str:
    """A word as names are compared: lower case, no dots, no possessive."""
    word = word.translate(QUOTE_CHARS).casefold().replace(".", "")
    word = word.removesuffix("'s")
    return word.rstrip("'")


def variants(form: str) -> set[str]:
    """The singular and plural a careful editor would accept for one another."""
    found = {form, form + "s", form + "es"}
    if form.endswith("ies"):
        found.add(form[:-3] + "y")
    if form.endswith("es"):
        found.add(form[:-2])
    if form.endswith("s"):
        found.add(form[:-1])
    return found


@dataclass(frozen=True)
class Unsupported:
    """A claim of an item the article does not contain, ``[start, end)`` in the item's text."""

    start: int
    end: int
    message: str


class ArticleIndex:
    """What the article says, prepared once so each item is checked in microseconds."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.plain = plain(text)
        self.values = values_in(text)
        self.words: set[str] = set()
        for word in set(NAME.findall(text)):
            form = word_form(word)
            self.words.add(form)
            self.words.update(part for part in re.split(r"[-']", form) if part)
        for names in (MONTHS, DAYS):  # "Jan." and "Tue" in the article back "January", "Tuesday"
            for name in names:
                if name[:3] in self.words:
                    self.words.add(name)
        self.groups = {group for _, _, group in equivalent_names(text)}  # groups of equivalents the article uses

    def has_word(self, word: str) -> bool:
        form = word_form(word)
        if variants(form) & self.words:
            return True
        parts = [part for part in re.split(r"[-']", form) if part]
        return len(parts) > 1 and all(variants(part) & self.words for part in parts)


_OPENING_MARKS = '"“‘(['  # what ``SENTENCE_END`` allows between a sentence's end and the next word


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: nothing but spaces before it, or a sentence's end and opening
    marks. Only the stretch back to the last other character is searched: searching all the text before each word
    grew with the square of an item's length."""
    k = start
    while k > 0 and (text[k - 1].isspace() or text[k - 1] in _OPENING_MARKS):
        k -= 1
    if k == 0:
        return not text[:start].strip()
    return bool(SENTENCE_END.search(text, k - 1, start))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class Dictionary(Protocol):
    """What the name check asks a dictionary (a :class:`~briefing.check.spelling.Speller`)."""

    def known(self, word: str) -> bool: ...

    def lists_as_name(self, word: str) -> bool: ...


class NoDictionary:
    """Where no dictionary loads: every word is taken for English and none for a name, so a
    sentence's first word is a name only as a given name before another ("Xi Jinping")."""

    def known(self, word: str) -> bool:
        return True

    def lists_as_name(self, word: str) -> bool:
        return False


@dataclass(frozen=True)
class NameWords:
    """What tells a name from a word capitalised only because it opens a sentence.

    A word the dictionary has in lower case ("call", "ask") is an officer's imperative at a
    sentence's start ("Call Wang Yi back."), not a name, unless it is also a given name or the
    dictionary lists it capitalised ("Mark Brod", "Will Hurd"). A word the dictionary lacks in
    lower case ("Petrov urged ...") is taken for a name even when no capitalised word follows.
    """

    non_names: frozenset[str]  # never begin a name: "The", "However", "Monday", "Sen" (of "Sen.")
    given_names: Container[str]  # begin a name though also English words: "Mark", "Bill"
    dictionary: Dictionary


def name_words(dictionary: Dictionary | None = None) -> NameWords:
    """The pre-fill's word lists and ``dictionary`` (by default the default language's)."""
    from briefing.prefill.lexicon import load_lexicon
    from briefing.prefill.wordlists import grammar_words

    lexicon = load_lexicon()
    non_names = lexicon.non_names | grammar_words("token_abbreviations")  # "Sen. Cruz": a title
    return NameWords(non_names, lexicon.given_names, dictionary or speller_for(DEFAULT_LANGUAGE))


def unsupported(text: str, article: ArticleIndex, names: NameWords | None = None) -> list[Unsupported]:
    """Every figure, name and quotation in ``text`` that ``article`` does not contain."""
    if names is None:
        names = name_words()
    found: list[Unsupported] = []
    covered: list[tuple[int, int]] = []

    for match in QUOTE.finditer(text):
        group = next(i for i in (1, 2, 3) if match.group(i) is not None)
        start, end = match.span(group)
        covered.append((start, end))
        parts = [plain(part) for part in re.split(r"\.\.\.|…|\[[^\]]*\]", match.group(group))]
        if not all(part.strip(" ,.;:!?'\"") in article.plain for part in parts if part.strip(" ,.;:!?'\"")):
            found.append(Unsupported(start, end, f"the quotation “{match.group(group)}” is not in the article"))

    # a placeholder ("[Minister's name]") is a gap, reported as such: not a name the article lacks
    covered.extend(placeholders.find(text))

    for start, end, group in equivalent_names(text):
        if group in article.groups:
            covered.append((start, end))
    is_covered = _inside_any(covered)

    for number in claims(text):
        if is_covered(number.start, number.end):
            continue
        if number.value not in article.values:
            found.append(Unsupported(number.start, number.end, f"the figure “{number.text}” is not in the article"))

    for start, end, name in _names(text, names):
        if is_covered(start, end) or article.has_word(name):
            continue
        found.append(Unsupported(start, end, f"“{name}” is not in the article"))
    found.sort(key=lambda u: u.start)
    return found


def _inside_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[start, end)`` lies inside one of ``spans``, in logarithmic time: an item of thousands of
    quotations asks it for every figure and name (asking each span in turn grew with the square of its length)."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))  # the furthest end of the spans starting so far

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start)
        return k > 0 and reach[k - 1] >= end

    return inside


def _names(text: str, names: NameWords) -> Iterator[tuple[int, int, str]]:
    """Capitalised words that may be names, with their spans.

    A capital at the start of a sentence proves nothing, so there :func:`_opens_name` decides.
    Whether the article uses such a word as a name ("Will Hurd") need not be asked: a word the
    article has, in any case, is never a finding.
    """
    matches = list(NAME.finditer(text))
    for index, match in enumerate(matches):
        word = match.group()
        if not _capitalised(word) or word_form(word) in HONORIFICS:
            continue
        if _starts_sentence(text, match.start()) and not _opens_name(
            word, _next_capitalised(text, matches, index), names
        ):
            continue
        yield match.start(), match.end(), word


def _next_capitalised(text: str, matches: list[re.Match[str]], index: int) -> bool:
    """Whether the word after ``matches[index]``, one space on, is capitalised ("Wang Yi")."""
    if index + 1 >= len(matches):
        return False
    following = matches[index + 1]
    return text[matches[index].end() : following.start()] == " " and _capitalised(following.group())


def _opens_name(word: str, before_capital: bool, names: NameWords) -> bool:
    """Whether ``word``, opening a sentence, may be (part of) a name: not if a usual opener
    ("The", "I'm"); if the dictionary lacks it in lower case ("Petrov urged calm."); if it has
    it ("Call Wang Yi back."), only before another capitalised word and as a given name or a
    name the dictionary lists ("Mark Brod", "Will Hurd"); an acronym before another ("US Navy")."""
    if word in names.non_names or re.split("['’]", word)[0] in names.non_names:  # "I'm", "Tuesday's"
        return False
    if is_acronym(word):  # "US", "NATO": never the English word of the same letters
        return before_capital
    if not _common(word, names.dictionary):
        return True
    return before_capital and (word in names.given_names or names.dictionary.lists_as_name(word))


def _common(word: str, dictionary: Dictionary) -> bool:
    """Whether ``word`` in lower case is a dictionary word: "Call", "Well-known", "Don't"."""
    form = word.replace("’", "'").lower().removesuffix("'s")
    return dictionary.known(form) or all(dictionary.known(part) for part in form.split("-"))
