"""People's names: which given names tell "he" or "she", and where a name starts after an office.

Cases written for each rule (not from any corpus).
"""

from __future__ import annotations

import pytest

from briefing.prefill.analysis import analyse
from briefing.reader import article_from_text
from tests.prefill_support import speakers


def genders(body: str) -> dict[str, str | None]:
    return {actor.name: actor.gender for actor in analyse(article_from_text("Headline\n\n" + body)).cast.actors}


def test_a_given_name_of_both_sexes_tells_no_gender() -> None:
    # "Lee" is given to men and women: Professor Lee Varga may be the "she", the justice named before is not
    # nearer; a man's name would have sent the "she" back to the justice
    body = (
        "Justice Maria Ortiz wrote the opinion in March. "
        "Professor Lee Varga studies the court's record. "
        "“It was a good term for the liberals,” she said."
    )
    assert speakers(body)[-1] == "Lee Varga"
    assert genders("Professor Lee Varga studies the court's record.")["Lee Varga"] is None


def test_a_given_name_added_for_political_news_tells_the_gender() -> None:
    assert genders("Chief of Staff Denis Holt praised Naureen Tabb on Monday.") == {
        "Denis Holt": "he",
        "Naureen Tabb": "she",
    }


def test_a_name_after_an_office_over_for_starts_at_its_given_name() -> None:
    # "Undersecretary for Harbour Affairs Wendy Dorn": the office's object is no part of her name, and her
    # given name says "she", so the "she wrote" after a man's words is hers
    body = (
        "Chief of Staff Denis Holt answered a message from Undersecretary for Harbour Affairs Wendy Dorn. "
        "“The ferry left on time,” she wrote."
    )
    assert speakers(body)[-1] == "Wendy Dorn"
    assert genders(body)["Wendy Dorn"] == "she"


def test_a_quoted_nickname_between_given_name_and_surname_belongs_to_the_name() -> None:
    # 'Eddie “Sparks” Malone': one man, so the "he" after him is his, not the paper named before
    for opening, closing in (("“", "”"), ('"', '"'), ("‘", "’")):
        body = (
            "The march began with a minute of silence, the Delmont Herald reported. "
            f"Eddie {opening}Sparks{closing} Malone of Varna carried a banner. "
            "“I walked the whole way,” he said."
        )
        assert speakers(body)[-1] == f"Eddie {opening}Sparks{closing} Malone"


def test_a_quoted_word_after_a_name_with_no_surname_after_it_is_no_nickname() -> None:
    # '“Robbery” on Tuesday': no name goes on after the quoted word
    body = "Ed Olsen called the levy “Robbery” on Tuesday. Olsen said it would fail."
    assert speakers(body)[-1] == "Ed Olsen"
    assert [actor.name for actor in analyse(article_from_text("Headline\n\n" + body)).cast.actors] == ["Ed Olsen"]


def test_a_name_said_to_hold_a_role_is_a_person() -> None:
    # "Ergin Tal was a leader of the plot": a person (nothing else says so), so the "He" after him is his,
    # not the minister named before
    body = (
        "Interior Minister Tom Baker spoke on Monday. "
        "The government declared that Ergin Tal was a leader of the plot. "
        "He denied it, telling reporters he had nothing to do with it."
    )
    assert speakers(body)[-1] == "Ergin Tal"


def test_a_given_name_tells_the_gender_even_after_a_place_preposition() -> None:
    # "to investigate whether Wendy Dorn ...": "to" may open a place ("to rural Varna"), but a given name
    # says "she" wherever it stands, so the "he said" after her is the director's
    body = (
        "The board asked the police to investigate whether Wendy Dorn lied under oath. "
        "Police Director Ed Olsen spoke on Monday. "
        "She did sign the papers, he said."
    )
    assert genders(body)["Wendy Dorn"] == "she"
    assert speakers(body)[-1] == "Ed Olsen"


def test_a_month_word_before_a_surname_is_a_given_name() -> None:
    # "Jan Dorn", "April Hale": given names (so the "she" after is Jan Dorn); "in April Olsen ..." is a month
    body = (
        "Former governor Jan Dorn, an early supporter, spoke on Monday. “It will resonate,” she said in an interview."
    )
    assert speakers(body)[-1] == "Jan Dorn"
    assert speakers("April Hale, a spokeswoman for the board, said the plan was late.") == ["April Hale"]
    assert speakers("In April Olsen said the plan was late.") == ["Olsen"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rep. Steve Israel (D-N.Y.) said the plan was late.", "Steve Israel"),  # a country as surname
        ("Charlie King, a former party director, said the plan was late.", "Charlie King"),  # a role as surname
        ("“It is late,” said Representative Peter T. King of Ohio.", "Peter T. King"),  # after an initial
        ("Matthew Prince, chief executive of Northwind, said the plan was late.", "Matthew Prince"),
        ("“The plan is late,” said David French of the Retail League.", "David French"),  # a demonym
        ("Mayor Bill de Blasio said the plan was late.", "Bill de Blasio"),  # a particle
        ("“It is late,” said Pierre de Vos, a professor of law.", "Pierre de Vos"),
        ("Commissioner Ursula von der Leyen said the plan was late.", "Ursula von der Leyen"),
        ("“It is late,” said Anna in 't Hout, a Dutch member of parliament.", "Anna in 't Hout"),
        ("“It is late,” said Peter van 't Land, a Dutch mayor.", "Peter van 't Land"),
    ],
)
def test_a_surname_that_is_also_a_word_or_follows_a_particle_stays_in_the_name(sentence: str, expected: str) -> None:
    assert speakers(sentence) == [expected]


def test_a_role_or_country_after_a_name_that_is_no_given_name_is_left_alone() -> None:
    # "Trump adviser", "the Baker Britain deal": only a given name makes the next word a surname
    assert speakers("Senator Angus King said the plan was late. He added that it would fail.") == ["Angus King"] * 2
    assert speakers("Olsen adviser Tom Baker said the plan was late.") == ["Tom Baker"]


def test_an_opening_time_word_or_subordinator_names_nobody() -> None:
    # "Years after ...", "Whenever asked ...", "Wherever Ann Ruiz goes": no speaker called "Years" or "Whenever"
    opening = "Ann Ruiz spoke on Monday. "
    body = "Years after Tom Baker claimed that the era of big budgets was over, Olsen won his party's nomination by promising revenge."
    assert speakers(opening + body)[-1] == "Olsen"
    assert speakers(opening + "Whenever asked about her record, she changed the subject.")[-1] != "Whenever"
    assert speakers(opening + "Wherever Ann Ruiz goes, she says the plan is late.")[-1] == "Ann Ruiz"


def test_a_team_or_train_named_after_a_person_is_a_body_and_the_name_alone_is_the_person() -> None:
    # "Team Osei" and "the Osei Train" are his following: no person called so, and "Osei said" is the man
    body = "Volunteers joined Team Osei in the spring. “We will win,” Osei said."
    assert genders(body) == {"Team Osei": None, "Osei": None}
    assert speakers(body)[-1] == "Osei"
    assert speakers("Voters climbed aboard the Osei Train. “We will win,” Osei said.")[-1] == "Osei"


def test_an_opening_word_or_a_number_is_no_part_of_a_name() -> None:
    # "Given Osei's record": the sentence's opening word; "Eleven": a number, not a speaker
    assert "Given Osei" not in genders("Given Osei's record, the vote was close.")
    assert speakers("Eleven senators said the bill was flawed.") == ["Eleven senators"]
    assert "Eleven" not in genders("Eleven senators said the bill was flawed.")


def test_the_object_of_the_sentence_gives_the_subject_no_gender() -> None:
    # "backed her up": she is Holt, the one backed, not President Osei
    body = "Secretary Dana Holt has defended the plan. President Osei backed her up in an interview."
    assert genders(body)["Osei"] is None
    assert genders("Mayor Osei told him to wait.")["Osei"] is None
    assert genders("Mayor Osei presented her plan on Monday.")["Osei"] == "she"  # an owner's "her" is hers


def test_a_pronoun_inside_an_apposition_is_no_evidence_and_marty_tells_no_gender() -> None:
    # "an aide during her 2008 run": her is the candidate's; "Marty" is given to men and women
    assert genders("“We will win,” said Kim Osei, an aide during her 2008 run.")["Kim Osei"] is None
    assert genders("Marty Osei, chair of the board, spoke first.")["Marty Osei"] is None


def test_an_owner_after_a_preposition_gives_the_name_before_no_gender() -> None:
    # "with Mayor Osei by her side, Ann Ruiz spoke": her side is Ruiz's; Osei may be a man
    body = "With Mayor Osei by her side, Ann Ruiz spoke to the crowd."
    assert genders(body)["Osei"] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a surname that is also a role or a demonym, alone before its verb, is the person named before
        ("Tennis great Ann Jean King remembered the boxer. King says he talked the talk.", "Ann Jean King"),
        ("Investor Mark Cuban spoke on Monday. Cuban also complained that the tax was too high.", "Mark Cuban"),
        ("Tennis great Billie King remembered the boxer. King says he talked the talk.", "Billie King"),  # Billie
        ("Investor Mark Cuban spoke on Monday. “It will fail,” Cuban said.", "Mark Cuban"),
        # the role or country itself where no one of that name was named, or with a word of its own after it
        ("Ann Ruiz spoke on Monday. “It will fail,” the king said.", "king"),
    ],
)
def test_a_surname_that_is_a_role_or_demonym_names_its_person_again(body: str, expected: str) -> None:
    assert speakers(body)[-1] == expected


def test_a_demonym_before_a_noun_stays_a_demonym() -> None:
    assert "Cuban" not in genders("Investor Mark Cuban spoke on Monday. Cuban cigars are sold out, he said.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a word before her role at the sentence's start is no name of its own
        (
            "Presumptive Republican presidential nominee Ann Ruiz also joined the debate, saying it would fail.",
            "Ann Ruiz",
        ),
        # a network run into its host's name: the person starts at the given name after the body's last word
        ("At the forum, Fox News Sean Osei asked Olsen about the plan. Osei said the plan would fail.", "Sean Osei"),
        # an opening capital before a given name is no part of the name
        ("Rival Hillary Ruiz, however, has said she would not raise the wage.", "Hillary Ruiz"),
        # but an initial is the name's own, and a body's word before a side is no word before a role
        ("J. Gerald Osei, director of the center, said the plan would fail.", "J. Gerald Osei"),
        ("Priorities USA, a pro-Olsen group, emailed a link to the video: “This is not right.”", "Priorities"),
    ],
)
def test_a_word_run_into_a_name_is_no_part_of_it(body: str, expected: str) -> None:
    assert speakers(body)[-1] == expected


def test_in_before_a_name_is_no_particle_without_an_apostrophe_t() -> None:
    # "in" joins a name only as "in 't": "Anna Holt in Utrecht" is a woman in a city
    assert speakers("Anna Holt in Utrecht said the plan was late.") == ["Anna Holt"]


def test_an_apposition_that_opens_on_his_or_her_gives_the_name_no_gender() -> None:
    # "the Pine Hawks, his son's team", "Ann Roe, his wife": the "his" is another's, so no "he" for the name
    assert genders("He cheered for the Pine Hawks, his son's school team.")["Pine Hawks"] is None
    assert genders("Tom Varga came with Lee Roe, his daughter's coach.")["Lee Roe"] is None
    assert genders("Mayor Osei presented his plan on Monday.")["Osei"] == "he"  # an owner's "his" still tells


def test_a_faith_word_before_a_group_is_no_person() -> None:
    # "Hindu advocates praised it": the advocates speak, not a person called "Hindu"
    assert speakers("Hindu advocates praised the new school plan.") != ["Hindu"]
    assert speakers("Ten liberal and Muslim organizations are asking Senator Ann Roe to reject a pastor.") != ["Muslim"]
    assert "Hindu" not in genders("Hindu advocates praised the new school plan.")


def test_two_names_joined_by_a_slash_are_never_one_person() -> None:
    # "the Varga/Osei calls": two people side by side, a pair at most; a poll's "Reuters/Ipsos" still speaks
    assert speakers("Syria resisted the Varga/Osei calls for a truce.") in ([None], ["Varga/Osei"])
    cast = analyse(article_from_text("Headline\n\nSyria resisted the Varga/Osei calls for a truce.")).cast.actors
    assert [actor.kind for actor in cast] == ["body"]
    assert set(genders("The Tom Varga/Ann Osei ticket drew a crowd.")) == {"Tom Varga", "Ann Osei"}
    body = "Ann Osei spoke. The Varga/Osei plan failed. “It is late,” she said."
    assert speakers(body)[-1] == "Ann Osei"
    assert speakers("Voters were split, according to a Northwind/Ipsos poll.") == ["Northwind/Ipsos poll"]


def test_a_given_name_that_is_also_a_word_opens_a_name_at_a_sentence_start() -> None:
    # the article writes "the farm bill", yet "Bill Ruiz" at a sentence's start is one man, not Ann Ruiz again,
    # so the "he said" after him is his; an opening word that is no given name still drops ("Rival Ann Ruiz")
    body = "Ann Ruiz defended the farm bill on Monday. Bill Ruiz joined in at a rally in Varna. “It is fair,” he said."
    assert speakers(body)[-1] == "Bill Ruiz"
    assert genders(body) == {"Ann Ruiz": "she", "Bill Ruiz": "he"}
    assert "Mark Dorn" in genders("Critics mark the day. Mark Dorn, his deputy, praised the bill.")
    assert "Rival Ann Ruiz" not in genders("Her rival lost. Rival Ann Ruiz, however, spoke on Monday.")


@pytest.mark.parametrize(
    "body",
    [
        "In a call with Tom Baker, the Republican candidate stated that the levy was unfair.",
        "In a call with Tom Baker, the mayor also said the levy was unfair.",
        "After a talk with Tom Baker, the governor has argued that the levy was unfair.",
    ],
)
def test_a_role_that_acts_after_a_name_in_an_opening_phrase_is_no_apposition(body: str) -> None:
    # the role after the comma is the main clause's subject, not who Tom Baker is: he is not the speaker
    cast = analyse(article_from_text("Headline\n\n" + body)).cast.actors
    assert [(actor.name, actor.role) for actor in cast] == [("Tom Baker", None)]
    assert speakers(body) != ["Tom Baker"]


@pytest.mark.parametrize(
    "body",
    [
        "As reported by Harbour Weekly, former Chinese diplomat Tom Baker found the deal unfair.",
        "As reported by Harbour Weekly, former Chinese diplomat and lawyer Tom Baker said the deal was unfair.",
    ],
)
def test_a_role_that_titles_the_next_names_subject_is_no_apposition(body: str) -> None:
    # "Harbour Weekly, former Chinese diplomat Tom Baker found": the role is Baker's title and he the main clause's
    # subject; the paper takes neither the role nor the side (China) from it. A true apposition keeps both
    cast = analyse(article_from_text("Headline\n\n" + body)).cast.actors
    assert (cast[0].name, cast[0].role, cast[0].side) == ("Harbour Weekly", None, None)
    assert [actor.name for actor in cast] == ["Harbour Weekly", "Tom Baker"]
    kept = analyse(article_from_text("Headline\n\nAnna Berg, a Chinese diplomat, said the deal was unfair.")).cast
    assert (kept.actors[0].role, kept.actors[0].side) == ("a Chinese diplomat", "China")


def test_an_apposition_with_a_participle_after_its_role_still_gives_the_role() -> None:
    cast = analyse(article_from_text("Headline\n\nAnna Berg, the lawyer hired by the city, said it was late.")).cast
    assert cast.actors[0].role == "the lawyer hired by the city"


def test_a_body_named_without_a_given_name_never_takes_one_from_a_longer_name() -> None:
    # "the Kell Foundation" after "the Tom, Ann and Lily Kell Foundation": the run kept only "Lily Kell
    # Foundation", and the short name must not grow into it (nor into her own foundation's name)
    body = "Donors gave to the Tom, Ann and Lily Kell Foundation. The Kell Foundation said it would refuse the money."
    assert speakers(body)[-1] == "Kell Foundation"
    body = "The Lily Kell Foundation said it would wait. The Kell Foundation said it would refuse the money."
    assert speakers(body) == ["Lily Kell Foundation", "Kell Foundation"]
    assert speakers("The Kell Foundation said it would wait. The Kell Foundation spoke again, it said.")[0] == (
        "Kell Foundation"
    )


@pytest.mark.parametrize(
    "body",
    [
        "After a week of arguing over who is fit to be mayor, Ana Ruiz on Monday ripped into Tom Vance.",
        "Vance says he is unfit to become the president, Ana Ruiz said on Monday.",
    ],
)
def test_a_role_someone_would_be_before_a_comma_is_not_the_next_names(body: str) -> None:
    # "fit to be mayor, Ruiz": what the sentence is about, not her title; "the former mayor" later is not her
    cast = analyse(article_from_text("Headline\n\n" + body)).cast.actors
    assert [actor.role for actor in cast if actor.name == "Ana Ruiz"] == [None]
    assert speakers(body + " The former mayor said the race was close.")[-1] != "Ana Ruiz"
