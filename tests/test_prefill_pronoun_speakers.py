"""Who "he" and "she" are, and when a quotation goes on in the last speaker's voice (issue 11, class 1).

Short cases written for each rule (not from any corpus); each names the speaker of every sentence.
"""

from __future__ import annotations

from briefing.prefill.analysis import analyse
from briefing.reader import article_from_text


def speakers(body: str) -> list[str | None]:
    analysis = analyse(article_from_text("Headline\n\n" + body))
    return [f.attribution.speaker.name if f.attribution else None for f in analysis.facts]


def test_a_one_word_name_that_speaks_may_be_the_next_he() -> None:
    # "Okafor admitted": nothing else says Okafor is a person, but a name that is a cue's own subject is one,
    # so the "he" after it is Okafor, not the senator named a sentence earlier
    body = (
        "Senator Mark Olsen criticised the plan on Monday. "
        "Okafor admitted that the plan was late. "
        "“We will finish it by June,” he said."
    )
    assert speakers(body) == ["Mark Olsen", "Okafor", "Okafor"]


def test_a_one_word_place_or_outlet_that_speaks_is_no_he() -> None:
    # a place after a preposition, an acronym and a name that modifies a noun give no person to "he"
    for middle in ("Voters in Delmont said the plan was late. ", "KWTV reported that the plan was late. "):
        body = "Senator Mark Olsen criticised the plan on Monday. " + middle + "“It is late,” he said."
        assert speakers(body)[2] == "Mark Olsen"
