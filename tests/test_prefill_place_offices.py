"""A place an office is held for is not the party heading: "a former governor of Varna" serves the state of Varna,
and speaks for a party or for themself, never under "Varna". Cases made up for the rule."""

from __future__ import annotations

import pytest

from briefing.prefill import prefill
from briefing.reader import article_from_text

_BODY = (
    "The race for the nomination moved south on Monday after a close vote in the north.\n\n"
    "Turnout was high in every county, and both campaigns sent their candidates to the coast.\n\n"
    "The candidates spoke at rallies on Saturday, and the debate is set for Thursday night.\n\n"
)


def _last_label(sentence: str) -> tuple[str | None, str | None]:
    brief = prefill(article_from_text("Race talk\n\n" + _BODY + sentence + "\n"))
    items = [(item.label, item.speaker) for item in brief.items() if item.speaker]
    assert items, sentence
    return items[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Vale, a former governor of Idaho, said the race was far from over.",
        "Tom Vale, a senator from the state of Idaho, said the race was far from over.",
    ],
)
def test_an_office_held_for_a_place_does_not_file_the_speaker_under_it(sentence: str) -> None:
    assert _last_label(sentence) == ("Tom Vale", "Tom Vale")


def test_an_office_held_in_a_body_still_files_under_the_body() -> None:
    label, speaker = _last_label("Tom Vale, a former governor of the Bank of Idaho, said rates would rise.")
    assert (label, speaker) == ("Bank of Idaho", "Tom Vale")
