"""Who "the candidate" is: a role noun after "the" that no name came with (cases made up for these rules)."""

from __future__ import annotations

from briefing.prefill import prefill
from briefing.reader import article_from_text
from tests.prefill_support import speakers

# Ann Ruiz is the one the article is about: named most, the subject of the last sentence with a person in it
_ABOUT_RUIZ = (
    "Ann Ruiz toured the port of Varna on Monday. Ruiz met dock workers there. The crowd cheered. "
    "Ruiz then spoke to the union. "
)


def test_the_candidate_is_the_person_the_article_is_about_when_they_were_the_last_subject() -> None:
    assert speakers(_ABOUT_RUIZ + "“We will build it,” the candidate said.")[-1] == "Ann Ruiz"


def test_the_candidate_after_someone_else_is_nobody_named() -> None:
    body = _ABOUT_RUIZ + "Tom Vance arrived late. “We will build it,” the candidate said."
    assert speakers(body)[-1] != "Ann Ruiz"


def test_the_candidate_is_nobody_named_where_another_candidate_was_named() -> None:
    # Tom Vance was named a candidate long before: between the two, no guess
    body = (
        "Ann Ruiz toured the port of Varna on Monday. Her rival, candidate Tom Vance, stayed home. "
        "Ruiz met dock workers there. The crowd cheered. The sun set. The band played. Ruiz ate fish. "
        "The boats left. Ruiz then spoke to the union. “We will build it,” the candidate said."
    )
    assert speakers(body)[-1] not in ("Ann Ruiz", "Tom Vance")


def test_what_the_article_never_said_of_them_is_not_them() -> None:
    # a state, "former" or an aide's role the article never gave Ruiz: someone else, or nobody named
    for role in ("the Ohio senator", "the former governor", "the aide"):
        assert speakers(_ABOUT_RUIZ + f"“We will build it,” {role} said.")[-1] != "Ann Ruiz", role


def test_a_role_noun_other_than_the_one_they_hold_is_someone_else() -> None:
    body = _ABOUT_RUIZ.replace("Ann Ruiz toured", "Mayor Ann Ruiz toured") + "“We will sue,” the businessman said."
    assert speakers(body)[-1] != "Ann Ruiz"


def test_anyone_running_is_the_candidate_whatever_office_they_hold() -> None:
    body = _ABOUT_RUIZ.replace("Ann Ruiz toured", "Mayor Ann Ruiz toured")
    assert speakers(body + "“We will build it,” the candidate said.")[-1] == "Ann Ruiz"


def test_a_party_or_country_the_article_never_gave_them_is_someone_else() -> None:
    # "Clinton ... The Republican nominee responded" is Trump, not Clinton; "the French president" not Obama
    assert speakers(_ABOUT_RUIZ + "“We will build it,” the Democratic nominee said.")[-1] != "Ann Ruiz"
    body = _ABOUT_RUIZ.replace("Ann Ruiz toured", "President Ann Ruiz toured")
    assert speakers(body + "“We mourn with you,” the French president said.")[-1] != "Ann Ruiz"


def test_a_participle_clause_after_a_name_gives_them_no_role() -> None:
    # "Vale, having met the Mexican president, left": what Vale did, not his role; the president is someone else
    for clause in ("having met the Mexican president", "speaking to the Mexican president"):
        body = (
            f"Tom Vale flew to Mexico on Monday. But Vale, {clause}, left. “NAFTA is good,” the Mexican president said."
        )
        assert speakers(body)[-1] == "Mexican president", clause


def test_a_bare_spokesperson_after_a_campaign_speaks_for_it() -> None:
    # "Spokeswoman Haley Kerr says" right after "Vale's campaign says": the campaign's voice, and so is "Kerr" later
    body = (
        "Tom Vale is running for mayor. Vale's campaign says it has money to go on. "
        "Spokeswoman Haley Kerr says the candidate runs a lean campaign. Ann Ruiz said she would win. "
        "Rosa Diaz said she would win. Kerr says the campaign will go on."
    )
    labels = {item.text: item.label for item in prefill(article_from_text("Headline\n\n" + body)).items()}
    assert labels["Kerr says the campaign will go on."] == "Vale's campaign"
