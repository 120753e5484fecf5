"""People who share a surname (spouses, parents, children): whom a surname alone means, and what a person's role
and gender are read from.

Cases written for each rule (not from any corpus).
"""

from __future__ import annotations

from briefing.prefill.actors import Actor
from briefing.prefill.analysis import analyse
from briefing.reader import article_from_text
from tests.prefill_support import speakers


def cast(body: str) -> dict[str, Actor]:
    return {actor.name: actor for actor in analyse(article_from_text("Headline\n\n" + body)).cast.actors}


def test_a_relative_clause_after_a_name_is_no_role() -> None:
    # "Ines Halloway, who is listed as one of the senator's donors": a clause that says something of her, not her
    # office; read as her role, its "senator" would later make "the senator" her
    actors = cast("The report named Ines Halloway, who is listed as one of the senator's donors, on Friday.")
    assert actors["Ines Halloway"].role is None


def test_a_surname_alone_stays_with_the_one_who_had_it_before_a_relative_was_named() -> None:
    # Tom Varga is "Varga" before his wife is named; she is then always "Ines Varga", so "Varga" is still him,
    # however often she is named in full, and she is never given his "he"
    body = (
        "Rep. Tom Varga's campaign was failing. "
        "Varga, however, stayed in the race. "
        "He phoned voters for his new wife, Ines Halloway Varga. "
        "She married him in May. "
        "Ines Varga's campaign is growing. "
        "Critics blame Ines Varga for the feud. "
        "Neither Tom Varga nor Ines Varga's aides replied to the paper. "
        "The feud grew against Varga and his new wife. "
        "“I am staying in the race,” Varga said."
    )
    assert speakers(body)[-1] == "Tom Varga"
    assert cast(body)["Ines Halloway Varga"].gender != "he"


def test_a_surname_alone_right_after_a_relatives_full_name_as_subject_is_the_relative() -> None:
    # "Sam Okafor spoke with voters outside. At one point ... Okafor said": the writer has just named him in full
    # as the subject, so "Okafor" is him, not the senator who had the name first (named twice only, he would be
    # named in passing and lose it in any case)
    body = (
        "Senator Ruth Okafor won the primary. "
        "Okafor thanked her volunteers. "
        "Her husband, former governor Sam Okafor, greeted voters at a school in Delmont. "
        "Sam Okafor has campaigned for her all week. "
        "Sam Okafor spoke with voters outside. "
        "At one point, a woman asked for a photo and Okafor said, “Only if it breaks no rules.”"
    )
    assert speakers(body)[-1] == "Sam Okafor"


def test_a_surname_alone_as_an_object_after_a_relatives_full_name_is_not_the_relative() -> None:
    # "Ines Varga was a lobbyist. After she began seeing Varga, ...": the object of her own sentence is not her
    body = (
        "Rep. Tom Varga's campaign was failing. "
        "Varga, however, stayed in the race. "
        "He phoned voters for his new wife, Ines Halloway Varga. "
        "Ines Varga's campaign is growing. "
        "Critics blame Ines Varga for the feud. "
        "Ines Varga was a lobbyist for a drug firm. "
        "After she began seeing Varga, his staff kept her away from events. "
        "“We had no choice,” Varga said."
    )
    assert speakers(body)[-1] == "Tom Varga"


def test_a_kin_noun_before_a_name_tells_its_gender() -> None:
    # "Her husband, Saeed Okafor": he, so "Mrs. Okafor" is his wife named before him, and "Mr. Okafor" is he
    body = (
        "The minister called Naghmeh Okafor on Sunday. "
        "Her husband, Saeed Okafor, was free and would soon be home, the minister told her. "
        "“The government should have acted years ago,” Mrs. Okafor wrote."
    )
    actors = cast(body)
    assert actors["Saeed Okafor"].gender == "he"
    assert speakers(body)[-1] == "Naghmeh Okafor"
    assert cast("Critics blamed his wife Ines Varga for the loss.")["Ines Varga"].gender == "she"


def test_a_name_with_a_courtesy_title_is_never_a_body() -> None:
    # "Mrs. Varga" after "the Varga Heritage Fund" is a woman, never the fund: the article's own name for the fund's
    # Varga is unknown, so she is a person of her own
    body = (
        "The Varga Heritage Fund gave $5 million to the clinic last year. "
        "“We are proud of the work and we will give more,” Mrs. Varga said."
    )
    assert speakers(body)[-1] == "Varga"
    assert cast(body)["Varga Heritage Fund"].gender is None


def test_an_initiative_is_a_body() -> None:
    assert cast("The Varga Health Access Initiative opened a clinic.")["Varga Health Access Initiative"].kind == "body"


def test_a_surname_alone_after_a_relatives_apposition_is_the_one_they_were_named_for() -> None:
    # "Dorothy Ruiz, whose husband, Ty Ruiz, ...": he is named for her sake, so the "Ruiz" who speaks next is
    # her, though he was named last
    body = (
        "Dorothy Ruiz, whose husband, Ty Ruiz, was killed in the attack, spoke with a radio host on Thursday. "
        "Ruiz said the candidate should not be immune from criticism."
    )
    assert speakers(body)[-1] == "Dorothy Ruiz"
