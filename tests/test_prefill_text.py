"""The pre-fill's shared text and pattern helpers: the fast forms match exactly what the plain ones did."""

from __future__ import annotations

import re

import pytest

from briefing.prefill.classify import writing_year
from briefing.prefill.lexicon import AnyOf, PhraseMatcher
from briefing.prefill.text import _TRAILING_SCRAPE, _trailing_scrape, is_roster, longest_first, tokenize

PHRASES = ["plan", "plans", "planned", "plan to", "will", "won't", "would", "'ll", "we'll", "going to", "go"]


def _plain(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w'])")


@pytest.mark.parametrize(
    "text",
    [
        "we'll plan to go, the plans were planned and won't wait",
        "planner plant going to goes; would-be willing we'll'll",
        "plan plans planned plan to plant to wo won wont won't",
        "",
    ],
)
def test_longest_first_matches_like_the_sorted_alternation(text: str) -> None:
    tree = re.compile("(?:" + longest_first(PHRASES) + r")(?![\w'])")
    found = [m.span() for m in tree.finditer(text)]
    assert found == [m.span() for m in _plain(PHRASES).finditer(text)]


def test_longest_first_shares_the_letters_phrases_open_on() -> None:
    assert longest_first(["will", "won't", "would"]) == "w(?:ill|o(?:n't|uld))"
    assert longest_first(["plan", "plans", "planned"]) == "plan(?:s|ned)?"
    assert re.fullmatch(longest_first([]), "") is None  # no phrase: matches nothing, not everything


PATTERNS = [r"^see (?:also|more)\b", r"^[|:]\s*menu", r"^top|stories\b", r"(?:tap|swipe){2,}", r"^(?:by|via)\s*[.:|]"]


@pytest.mark.parametrize(
    "text",
    [
        "See also: the budget",
        "the budget, see also page 4",
        "| menu",
        "Latest stories today",  # "^top|stories": the second half is found anywhere
        "tapswipetap here",
        "By: the desk",
        "Written by: the desk",
        "Nothing of the page here.",
    ],
)
def test_any_of_finds_what_one_alternation_finds(text: str) -> None:
    joined = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)
    assert AnyOf(PATTERNS, re.IGNORECASE).search(text) is bool(joined.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ferries run late. https://t.co/" + "Zq" * 40,  # a link longer than the 40 characters looked at last
        "Ferries run late. pic.twitter.com/Lm3",
        "Ferries run late. SIGN UP FOR OUR NEWSLETTERS\n",
        "Ferries run late. Sign up for our newsletter and more",  # not at the end: stays
        "Ferries run late, says the newsletter.",
        "Ferries run late.",
    ],
)
def test_the_trailing_scrape_is_found_where_the_pattern_alone_finds_it(text: str) -> None:
    for start, end in ((0, len(text)), (3, len(text) - 1)):
        found, plain = _trailing_scrape(text, start, end), _TRAILING_SCRAPE.search(text, start, end)
        assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    ("text", "roster"),
    [
        ("Ana Brod and Petra Larsen and Tomás Weil and Ida Nam and Lev Orlov and Ola Kemp.", True),  # five "and"
        ("Ana Brod, Petra Larsen, Tomás Weil, Ida Nam and Lev Orlov.", False),  # five names: too few
        ("Varna:Ana Brod,Petra Larsen,Tomás Weil,Ida Nam,Lev Orlov,Ola Kemp", True),  # no spaces after the breaks
    ],
)
def test_a_roster_needs_five_breaks_between_names(text: str, roster: bool) -> None:
    assert is_roster(text) is roster


def test_a_matchers_keys_are_its_words_with_straight_apostrophes() -> None:
    tokens = tokenize("O’Rourke's DON’T Quay")
    assert PhraseMatcher({}, case_sensitive=True).keys(tokens) == ["O'Rourke", "'s", "DON'T", "Quay"]
    assert PhraseMatcher({}, case_sensitive=False).keys(tokens) == ["o'rourke", "'s", "don't", "quay"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2014 the quay opened; by 2016 it had (2016) twice.", 2016),
        ("It cost $2019 and 1,2018 people came to stand 12016 and v2017 and 2015,000.", None),  # no year at all
        ("Filed 2013.2012 and 2011_2, then 2010.", 2013),  # 2013 and 2010 once each, the later wins; not 2012 or 2011
    ],
)
def test_the_writing_year_is_a_year_standing_alone(text: str, year: int | None) -> None:
    assert writing_year(text) == year
