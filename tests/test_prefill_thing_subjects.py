"""A name that a thing-subject is about, or that speaks only inside a clause about a thing, is not the speaker.

Cases written for the rules (not from any corpus): "The popularity of Vale shows ..." is nobody's word and
"Ruiz's attack on Vale indicates she ..." is Ruiz's, never Vale's; "..., which Vale has criticized." tells of
the plan, not Vale's position, while "which Ruiz said was a mistake" still gives Ruiz her words.
"""

from __future__ import annotations

import pytest

from tests.prefill_support import speakers


def speaker(sentence: str) -> str | None:
    return speakers("Senator Tom Vale spoke in Leeds on Monday. Ana Ruiz, his rival, spoke too. " + sentence)[-1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The popularity of Mr. Vale shows that voters want change.", None),
        ("The sudden rise of Vale suggests the party is shifting.", None),
        ("Ruiz's attack on Vale indicates she is worried about the race.", "Ana Ruiz"),
        ("Ruiz's sharp attack on Vale indicates she fears losing.", "Ana Ruiz"),
    ],
)
def test_the_object_of_a_thing_subject_does_not_speak(sentence: str, expected: str | None) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ruiz is at odds with the union on the port plan, which Vale has criticized.", None),
        ("The plan, which Vale criticized, passed on Friday.", None),
        ("The deal, which Ruiz said was a mistake, passed.", "Ana Ruiz"),
        ("The ban, which Vale called a disaster, was lifted.", "Tom Vale"),
    ],
)
def test_a_name_in_a_relative_clause_about_a_thing_is_no_speaker(sentence: str, expected: str | None) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what an agent did to the person a "who" clause describes is no position of the sentence
        ("Ruiz, a Leeds Democrat who has been endorsed by the teachers unions, has made schools her priority.", None),
        # the same passive as the main clause, a "who" clause with its own cue after it, a thing's clause: kept
        ("Ruiz was endorsed by the teachers unions on Monday.", "teachers unions"),
        ("Vale, who was praised by the union, said the plan would fail.", "Tom Vale"),
        ("The port bill, opposed by the Leeds Party, never became law.", "Leeds Party"),
    ],
)
def test_a_passive_in_a_clause_describing_a_person_is_no_position(sentence: str, expected: str | None) -> None:
    found = speaker(sentence)
    assert found == expected if expected is None else found is not None and expected in found, found
