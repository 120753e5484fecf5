"""A capitalised word at a sentence's start: the officer's imperative is no name, a name still is.

Seen in use: "Call Wang Yi back." had "Call" flagged "not in the article". The dictionary tells
the two apart: "call" is an English word in lower case, "Petrov" is not; a given name that is
also a word ("Bill", "Mark", "Rose") stays a name.
"""

from __future__ import annotations

import pytest

from briefing.check import Checker
from briefing.check.spelling import Speller, speller_for
from briefing.check.unsupported import ArticleIndex, unsupported
from briefing.errors import BriefingError
from briefing.model import Brief, Item, Metadata, Section, Source

ARTICLE = (
    "Foreign Minister Wang Yi met Mark Brod, Rose Park and Will Hurd in Geneva on Tuesday. "
    "They discussed trade and the harbour."
)
IMPERATIVES = [
    "Call",
    "Ask",
    "Tell",
    "Thank",
    "Brief",
    "Invite",
    "Urge",
    "Remind",
    "Press",
    "Raise",
    "Note",
    "Consider",
]


def _claims(text: str) -> list[str]:
    return [text[u.start : u.end] for u in unsupported(text, ArticleIndex(ARTICLE))]


def test_the_article_lacks_every_imperative_so_each_would_be_a_finding_if_taken_for_a_name() -> None:
    index = ArticleIndex(ARTICLE)
    assert not [verb for verb in IMPERATIVES if index.has_word(verb)]


@pytest.mark.parametrize("verb", IMPERATIVES)
def test_an_imperative_before_a_name_is_no_name(verb: str) -> None:
    assert _claims(f"{verb} Wang Yi about the harbour.") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Call Wang Yu back.", ["Yu"]),  # the imperative goes; the misspelt name after it stays
        ("Ask Minister Petrov to confirm.", ["Petrov"]),
        ("Wang Yu urged calm.", ["Yu"]),
        ("Minister Petrov urged calm.", ["Petrov"]),
        ("Petrov urged calm.", ["Petrov"]),  # no English word, so a name even with none after it
        ("They met Petrov. Petrov urged calm.", ["Petrov", "Petrov"]),
        ("Bill Hurd urged calm.", ["Bill"]),  # a given name, though also a word: still checked
        ("Earl Hurd urged calm.", ["Earl"]),  # the dictionary lists "Earl" as a name too
        ("Sen. Petrov urged calm.", ["Petrov"]),  # a title's abbreviation is no name
        ("Mark Brodd urged calm.", ["Brodd"]),
        ("Rose Pak urged calm.", ["Pak"]),
    ],
)
def test_a_name_the_article_lacks_is_still_flagged_at_a_sentence_start(text: str, flagged: list[str]) -> None:
    assert _claims(text) == flagged


@pytest.mark.parametrize(
    "text",
    [
        "Mark Brod urged calm.",
        "Rose Park urged calm.",
        "Will Hurd urged calm.",
        "Wang Yi urged calm.",
        "Discussions went on.",  # a plain word, no name after it: as before
        "Well-known figures met.",  # each half of a hyphenated word is English
        "Don't wait for Wang.",
        "I'm told Wang Yi agrees.",  # "I" opens no name, nor does "I'm"
        "Tuesday's talks covered trade.",
        "US officials met.",  # an acronym with no name after it: as before
    ],
)
def test_names_the_article_has_and_plain_openers_are_not_flagged(text: str) -> None:
    assert _claims(text) == []


def test_the_dictionary_tells_a_name_that_is_also_a_word_from_a_mere_word() -> None:
    speller = speller_for("en-GB")
    assert [speller.lists_as_name(w) for w in ("Will", "Earl", "Rose", "Call", "Ask", "will")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


def _findings(checker: Checker, text: str, language: str | None = None, spelling: bool = True) -> list[tuple[str, str]]:
    brief = Brief(
        "Talks in Geneva",
        metadata=Metadata(date="2026-11-30"),
        source=Source(text=ARTICLE),
        sections=[Section("summary", "Summary", items=[Item(text, origin="user", reviewed=True)])],
    )
    found = checker.check(brief, language=language, spelling=spelling)
    return [(f.kind, f.message) for f in found if f.kind in ("unsupported", "spelling")]


def test_the_checker_drops_the_imperative_and_keeps_the_name() -> None:
    checker = Checker()
    assert _findings(checker, "Call Wang Yi back.") == []
    assert _findings(checker, "Call Minister Johnson back.") == [("unsupported", "“Johnson” is not in the article")]


def test_a_misspelt_opener_is_one_spelling_finding_not_a_name_too() -> None:
    assert _findings(Checker(), "Goverment officials met.") == [("spelling", "“Goverment” is not in the dictionary")]


def test_a_language_without_a_dictionary_tells_names_by_the_default_one() -> None:
    """The window checks such a brief without spelling; names are still told by en-GB."""
    checker = Checker()
    assert _findings(checker, "Ask Wang Yi.", language="xx-XX", spelling=False) == []
    assert _findings(checker, "Petrov urged calm.", language="xx-XX", spelling=False) == [
        ("unsupported", "“Petrov” is not in the article")
    ]


def test_with_no_dictionary_at_all_an_opener_is_taken_for_a_word() -> None:
    def broken(language: str) -> Speller:
        raise BriefingError(f"the {language} dictionary is missing")

    checker = Checker(speller=broken)
    assert _findings(checker, "Call Wang Yi back.", spelling=False) == []
    assert _findings(checker, "Ask Minister Petrov.", spelling=False) == [
        ("unsupported", "“Petrov” is not in the article")
    ]
