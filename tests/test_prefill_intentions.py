"""Intentions and convictions ("Lee plans to veto the toll"): whose they are, and the line that names them.

Each case is made up for this file (people and sentences of our own, not from any corpus).
"""

from __future__ import annotations

from briefing.prefill.analysis import analyse
from briefing.prefill.draft import prefill, prefill_explained
from briefing.reader import article_from_text

_OPENING = "Governor Amy Lee toured the harbour on Monday with Senator Tom Reyes. "


def _intending(body: str) -> list[str | None]:
    """Who each sentence after the opening one says intends something (None: nobody)."""
    facts = analyse(article_from_text("Harbour talks\n\n" + _OPENING + body)).facts[1:]
    return [f.intention.speaker.name if f.intention else None for f in facts]


def test_a_named_or_pronoun_subject_that_plans_wants_or_hopes_intends() -> None:
    body = (
        "Lee plans to veto the harbour tax next week. She intends to run again in 2030. "
        "Reyes wants to cut the toll. Lee, who chairs the port board, hopes to win the union's backing. "
        "Reyes is planning to quit the board. But Lee is convinced that the vote was rigged."
    )
    assert _intending(body) == ["Amy Lee", "Amy Lee", "Tom Reyes", "Amy Lee", "Tom Reyes", "Amy Lee"]


def test_a_wish_or_hope_may_take_an_object_or_a_clause_and_an_attempt_is_an_intention_too() -> None:
    body = (
        "Reyes wants voters to recall his vote on the toll. Lee hopes the union will back her. "
        "Reyes sought to calm the traders. Lee is eager to reopen the port. Reyes now seeks the ouster of the "
        "port chief. Reyes planned to quit the board in May. Lee said the dredging was late. "
        "She's hoping the dredgers start soon."
    )
    expected = ["Tom Reyes", "Amy Lee", "Tom Reyes", "Amy Lee", "Tom Reyes", "Tom Reyes", None, "Amy Lee"]
    assert _intending(body) == expected


def test_a_described_thing_advice_an_expectation_or_a_noun_states_no_intention() -> None:
    body = (
        "The things he wants to change are many. Voters who plan to attend were few. "
        "Reyes is expected to announce his bid on Friday. Lee may want to rethink the toll. "
        "Reyes's plan to cut the toll would cost millions. Under the Reyes plan, the toll falls. "
        "The dredging Lee hopes to fund is costly. Traders were hoping for better. "
        "The Lee levy is intended to cut traffic. The Lee rally was planned to draw crowds."
    )
    assert _intending(body) == [None] * 10


def test_a_speech_cue_wins_over_the_intention_it_reports() -> None:
    facts = analyse(article_from_text("Harbour talks\n\n" + _OPENING + "Reyes said that Lee wants to quit.")).facts
    assert facts[1].attribution is not None and facts[1].attribution.speaker.name == "Tom Reyes"
    assert facts[1].intention is None


def test_an_outlook_line_of_someone_s_plan_names_them() -> None:
    text = (
        "Harbour tax faces veto\n\n"
        "Governor Amy Lee toured the harbour on Monday. The harbour tax passed the council in May. "
        "Traders are split over the cost of the harbour.\n\n"
        "Lee plans to veto the harbour tax next week."
    )
    brief, reasons = prefill_explained(article_from_text(text))
    lines = [item for section in brief.sections for item in section.items if "plans to veto" in item.text]
    assert [item.speaker for item in lines] == ["Amy Lee"]
    assert "Whose plan or wish it is: Amy Lee (“plans to”)" in reasons[lines[0].sources[0]]


def test_a_voice_heard_only_in_its_intentions_gets_one_position_a_passing_mention_none() -> None:
    text = (
        "Harbour tax faces veto\n\n"
        "Governor Amy Lee toured the harbour on Monday. Lee said the toll would stay. "
        "Lee said the traders backed her. The harbour tax funds the dredging of the channel. "
        "Harbour traders pay the tax on every container. The channel silts up each winter.\n\n"
        "The dredgers start work at dawn. Senator Tom Reyes wants to cut the toll. "
        "Reyes hopes to win the port vote. Mayor Joan Park wants a new bridge."
    )
    positions = next(s for s in prefill(article_from_text(text)).sections if s.id == "positions")
    assert [(i.speaker, i.text) for i in positions.items if i.speaker != "Amy Lee"] == [
        ("Tom Reyes", "Senator Tom Reyes wants to cut the toll.")
    ]
