"""A name may hold "&" ("Procter & Gamble", "AT&T", "the Ann & Lily Kell Foundation"): the mark stays in the name,
and two given names on either side of it are two people.

Cases written for the rule (not from any corpus).
"""

from __future__ import annotations

import pytest

from briefing.prefill.analysis import analyse
from briefing.prefill.text import tokenize
from briefing.reader import article_from_text
from tests.prefill_support import speakers


def actors(body: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyse(article_from_text("Headline\n\n" + body)).cast.actors}


def test_the_tokenizer_keeps_an_ampersand() -> None:
    words = [t.text for t in tokenize("Varga & Holt bought AT&T shares after the Q&A.")]
    assert words == ["Varga", "&", "Holt", "bought", "AT&T", "shares", "after", "the", "Q&A", "."]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Ann & Lily Kell Foundation gave $2 million to the clinic.", "Ann & Lily Kell Foundation"),
        ("Lawyers at Varga & Holt filed the suit on Monday.", "Varga & Holt"),
        ("Analysts at AT&T Research expect slower growth.", "AT&T Research"),
        ("Donors to the Tom, Ines & Mara Varga Foundation met on Monday.", "Tom, Ines & Mara Varga Foundation"),
    ],
)
def test_a_name_holds_its_ampersand_and_names_a_body(body: str, name: str) -> None:
    assert actors(body).get(name) == "body", actors(body)


def test_given_names_either_side_of_an_ampersand_are_two_people() -> None:
    names = actors("Tom & Ines Varga met the senator on Monday.")
    assert not any("Tom" in name and "Ines" in name for name in names), names


def test_a_body_named_with_an_ampersand_speaks_under_its_whole_name() -> None:
    body = "The harbour wall opened on Monday. Varga & Holt said the contract was unlawful."
    assert speakers(body)[-1] == "Varga & Holt"


def test_a_body_named_for_given_names_listed_with_commas_speaks_under_its_whole_name() -> None:
    body = "The clinic opened on Monday. The Tom, Ines & Mara Varga Foundation said it would pay for the roof."
    assert speakers(body)[-1] == "Tom, Ines & Mara Varga Foundation"
    # a name before the list is no given name of it: "Ruiz, Ines & Mara" stays apart
    assert "Ruiz" not in (speakers("Ann Ruiz, Ines & Mara Varga said the roof would be paid for.")[0] or "")
