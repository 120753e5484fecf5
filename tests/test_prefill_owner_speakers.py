"""Speakers written as an owner's phrase ("Mr. Vale's campaign said"): a voice, never a malformed label.

Cases written for the rule (not from any corpus). An owner speaks through people or a body of theirs
(campaign, aides, office, lawsuit); a thing of theirs ("Vale's full embrace of the plan") is their own
stance; an owner after "familiar with" or "knowledge of" is not who speaks.
"""

from __future__ import annotations

import pytest

from briefing.reader import article_from_text
from tests.prefill_support import speakers


def speaker(sentence: str) -> str | None:
    return speakers("Senator Tom Vale spoke in Leeds on Monday. " + sentence)[-1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vale's campaign released a statement saying the rally was postponed.", "Vale's campaign"),
        ("Vale's advisers have long insisted the race would tighten.", "Vale's advisers"),
        ("But Vale's top aides said he would not attend.", "Vale's top aides"),
        ("Vale's false claims that the plant would close alarmed workers.", "Tom Vale"),
    ],
)
def test_an_owner_speaks_through_people_or_a_body_of_theirs(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A source familiar with Vale's thinking said the senator would run again.",
        "Even a win in the north would not close Vale's big lead over him among pledged delegates.",
    ],
)
def test_an_owner_in_an_object_or_a_thing_of_theirs_is_no_label(sentence: str) -> None:
    assert speaker(sentence) not in ("Vale's thinking", "Tom Vale", "Vale's big lead over him among")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Does Vale think the plant will close?", "Tom Vale"),
        ("Perhaps Vale said it best.", "Tom Vale"),
        ("Carly Moss said the plant would stay open.", "Carly Moss"),
    ],
)
def test_a_word_capitalised_only_because_it_opens_the_sentence_is_not_part_of_the_name(
    sentence: str, expected: str
) -> None:
    assert speaker(sentence) == expected


def test_a_summary_line_names_someone_as_its_speaker_never_a_vague_voice() -> None:
    from briefing.prefill import prefill

    body = (
        "Harbour Talks Stall\n\n"
        "The harbour talks between the two provinces stalled on Monday after a dispute over fishing quotas, "
        "the leading opposition candidate said. "
        "Minister Rosa Ilves said the fishing quotas would be cut by a third before the harbour reopens. "
        "The fishing fleets stayed in the harbour for a second week while the provinces argued over quotas. "
        "Talks on the harbour and the quotas resume next month."
    )
    summary = {item.text: item.speaker for item in prefill(article_from_text(body)).section("summary").items}
    speakers = {speaker for text, speaker in summary.items() if "stalled" in text or "Ilves" in text}
    assert "Rosa Ilves" in speakers
    assert not any(speaker and "candidate" in speaker for speaker in summary.values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Labor Secretary Thomas Perez said the rule would stand.", "Thomas Perez"),
        ("Pastor Kevin Swanson said the vote was a test of faith.", "Kevin Swanson"),
        ("J. Gerald Hebert said the map was drawn unfairly.", "J. Gerald Hebert"),
        ("Majority Whip John Cornyn said the vote would be held on Friday.", "John Cornyn"),
        ("Clark County Sheriff Joe Lombardo said the roads were closed.", "Joe Lombardo"),
        ("The Trayvon Martin Foundation said it would hold a vigil.", "Trayvon Martin Foundation"),
    ],
)
def test_a_title_or_office_before_a_given_name_is_not_part_of_the_name(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“The plant will stay open,” said one Vale confidant.", "Vale confidant"),
        ("“The plant will stay open,” said a senior Vale adviser.", "senior Vale adviser"),
        ("“The plant will stay open,” said Vale aides.", "Vale aides"),
        ("“The plant will stay open,” said an ally of the senator.", None),  # no name: not Vale either
        ("“The plant will stay open,” said Vale adviser Ruth Hale.", "Ruth Hale"),
        ("“The plant will stay open,” said Senator Vale.", "Tom Vale"),
    ],
)
def test_a_name_before_a_role_says_whose_the_speaker_is_not_who_speaks(sentence: str, expected: str | None) -> None:
    assert speaker(sentence) != "Tom Vale" or expected == "Tom Vale"
    if expected is not None:
        assert speaker(sentence) == expected


def test_the_campaign_the_article_never_named_speaks_for_the_candidate_it_is_about() -> None:
    # "Ruiz plans to ..., the campaign told the Herald.": no "Ruiz campaign" named before, but she is the one
    # the article is about and the subject of the sentence: her campaign, not an unnamed one
    body = (
        "Ann Ruiz wants to make housing a major issue of the race. "
        "On Tuesday, in her last speech before the holiday, Ruiz plans to call for more federal spending on "
        "housing, the campaign told the Delmont Herald."
    )
    assert speakers(body)[-1] == "Ann Ruiz's campaign"


def test_the_campaign_after_someone_else_speaks_for_nobody_named() -> None:
    # the subject before it is an expert the article quotes once, not its candidate: no campaign of his
    body = (
        "Ann Ruiz wants to make housing a major issue of the race. "
        "Ruiz will speak in Delmont on Friday. "
        "Ruiz has visited the city twice. "
        "Tom Okafor, a housing expert, called the plan overdue. "
        "The campaign said the plan was costed."
    )
    assert speakers(body)[-1] != "Tom Okafor's campaign"
