"""A body's whole name is its speaker ("the Bank of Varna warned"), never the place or word inside it.

Cases written for the rule (not from any corpus): a name joined over "of", "for" or "on" after a body's
word ("Bank", "Center", "Institute", "University", "Council") is one speaker; a person's title over "of"
("Secretary of State John Kerry", "the mayor of Varna") and a day after "on" are not joined.
"""

from __future__ import annotations

import pytest

from briefing.prefill.analysis import analyse
from briefing.reader import article_from_text
from tests.prefill_support import speakers


def speaker(sentence: str) -> str | None:
    return speakers("The harbour wall opened on Monday. " + sentence)[-1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Bank of Varna warned that costs would rise.", "Bank of Varna"),
        ("Costs will rise, according to the Center for Responsive Budgets.", "Center for Responsive Budgets"),
        ("The Institute for Coastal Studies said the wall was too low.", "Institute for Coastal Studies"),
        ("The Institute for the Study of Tides said the wall was too low.", "Institute for the Study of Tides"),
        ("The wall is too low, said the Council on Coastal Relations.", "Council on Coastal Relations"),
        ("The University of Varna said the wall would hold.", "University of Varna"),
    ],
)
def test_a_body_named_over_of_for_or_on_speaks_under_its_whole_name(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“The wall is fine,” said Secretary of State John Kerry.", "John Kerry"),
        ("The Department of Harbours Secretary Anna Lind said the wall would hold.", "Anna Lind"),
        ("The wall will hold, the Varna Times on Tuesday reported.", "Varna Times"),
    ],
)
def test_titles_people_and_days_are_not_joined_into_a_body(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


def test_the_place_inside_a_body_name_still_names_the_place() -> None:
    text = (
        "Headline\n\nThe Bank of Varna warned that costs would rise. "
        "Voters in Varna said the wall was a waste of money."
    )
    attribution = analyse(article_from_text(text)).facts[-1].attribution
    assert attribution is not None and attribution.speaker.name != "Bank of Varna"


def test_an_unnamed_body_keeps_its_position_with_the_speaker_left_empty() -> None:
    from briefing.prefill import prefill

    text = (
        "Harbour jobs\n\nVarnaship will close its oldest dock next year, the mayor said on Monday.\n\n"
        "The harbour has lost trade to larger ports for a decade.\n\n"
        "The dock opened in 1921 and once employed three thousand people.\n\n"
        "The company said it would cut five hundred jobs over two years."
    )
    positions = prefill(article_from_text(text)).section("positions")
    assert positions is not None
    item = next(i for i in positions.items if i.text.startswith("The company said"))
    assert item.speaker is None  # not "company": the officer names the body
    assert speaker("The Varna Shipping Company is closing a dock. The company said jobs would go.") == (
        "Varna Shipping Company"  # a body the article named is still found
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Dunmore city council said the toll was far too high.", "Dunmore city council"),
        ("The toll is far too high, said the Dunmore port authority.", "Dunmore port authority"),
        ("The Kessel state legislature said the toll would stay.", "Kessel state legislature"),
        # the body acts on someone's words: the body's line, never the place's
        (
            "The Dunmore city council on Friday passed a motion condemning Mayor Ivo Brandt's call for a bridge toll.",
            "Dunmore city council",
        ),
        (
            "The Kessel school board on Friday passed a motion condemning Mayor Ivo Brandt's call for a bridge toll.",
            "Kessel school board",
        ),
        (
            "Dunmore city council members on Friday passed a motion condemning Mayor Ivo Brandt's call for a bridge toll.",
            "Dunmore city council members",
        ),
    ],
)
def test_a_place_before_a_lower_case_body_names_the_body_never_the_place(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("USA TODAY reported that the harbour fund was short.", "USA TODAY"),
        ("The harbour fund is short, according to USA TODAY.", "USA TODAY"),
        ("USA TODAY also found that the harbour fund was short.", "USA TODAY"),
        # the paper's name only says whose writer: the writer speaks
        ("According to USA TODAY columnist and harbour historian Ivo Brandt, the fund is short.", "Ivo Brandt"),
    ],
)
def test_a_name_in_capitals_opened_by_a_country_word_is_one_body(sentence: str, expected: str) -> None:
    assert speaker(sentence) == expected


def test_a_name_in_capitals_is_a_body_no_he_stands_for() -> None:
    said = speakers("The harbour wall opened on Monday. USA TODAY reported that it leaked. He said it was fine.")
    assert said[1] == "USA TODAY" and said[2] != "USA TODAY"


def _labels(body: str) -> list[tuple[str | None, str | None]]:
    from briefing.prefill import prefill

    brief = prefill(article_from_text("Port talks\n\n" + body))
    return [(item.label, item.speaker) for item in brief.items() if item.speaker]


def test_a_school_or_paper_named_after_a_place_is_no_side() -> None:
    body = (
        "The port of Varna reopened on Monday after a three-week strike by dock workers.\n\n"
        "Ships queued outside the harbour for days while the union and the port authority argued over pay.\n\n"
        "The harbour master cleared the queue by Friday, and the first ferry left for Burgas on Saturday.\n\n"
        '"The strike has cost the port dearly," said Lev Kemp, a lecturer at Washington University in St. Louis.\n\n'
        "The union has asked for a pay rise of nine percent, The Washington Post reported.\n"
    )
    labels = _labels(body)
    assert [speaker for _, speaker in labels] == ["Lev Kemp", "Washington Post"], labels  # not "Post"
    assert "United States" not in [label for label, _ in labels], labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Brod, senior fellow at the Varna Institute, said the port would reopen.",
        "Yesterday analyst Ana Brod, research fellow at the Varna Institute, tweeted that the port would reopen.",
        "Ana Brod, a Labour councillor in Varna, said the port would reopen.",
        "Ana Brod, senior lecturer at Varna College, said the port would reopen.",
    ],
)
def test_a_fellow_or_a_councillor_is_the_person_not_the_body(sentence: str) -> None:
    assert speakers(sentence) == ["Ana Brod"]


_PORT = (
    "The port of Varna reopened on Monday after a three-week strike by dock workers.\n\n"
    "Ships queued outside the harbour for days while the union and the port authority argued over pay.\n\n"
    "The harbour master cleared the queue by Friday, and the first ferry left for Burgas on Saturday.\n\n"
    '"The strike has cost the port dearly," said Lev Kemp, a lecturer at the Varna Maritime College.\n\n'
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The American Harbour Pilots Association said ships had waited for days.", "American Harbour"),
        ("Ivo Brandt, president of the Dockworkers of America, said ships had waited for days.", "Dockworkers of"),
        ("Ana Brod, director of the Center for American Shipping, said ships had waited for days.", "Center for"),
        ("The U.S. Chamber of Shipping said ships had waited for days.", "U.S. Chamber"),
    ],
)
def test_a_private_body_named_with_a_country_word_is_its_own_party(sentence: str, expected: str) -> None:
    """ "American Medical Association", "Communications Workers of America": the country's word is a piece of
    the body's name, so its people are not filed under "United States"."""
    labels = _labels(_PORT + sentence + "\n")
    assert labels and labels[-1][0].startswith(expected), labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The U.S. Geological Survey said ships had waited for days.", "United States"),
        ("The Democratic Governors Association said ships had waited for days.", "Democrats"),
    ],
)
def test_a_government_or_party_body_keeps_its_side(sentence: str, expected: str) -> None:
    labels = _labels(_PORT + sentence + "\n")
    assert labels and labels[-1][0] == expected, labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ivo Brandt, chairman of the Harbour Tolls and Dues Committee, said ships had waited for days.",
            "Harbour Tolls and Dues Committee",
        ),
        (
            "Ana Brod, the port’s former Office of Piers and Moorings director, said ships had waited for days.",
            "Office of Piers and Moorings",
        ),
        (
            "Lev Dobrev, a former political director of the D.W.U.-P.L.F., said ships had waited for days.",
            "D.W.U.-P.L.F.",
        ),
        ("Mila Stoyan, president of Dockers Local 418 in Burgas, said ships had waited for days.", "Dockers Local 418"),
    ],
)
def test_a_body_heading_keeps_the_whole_name_after_and_a_hyphen_or_a_number(sentence: str, expected: str) -> None:
    """ "House Ways and Means Committee", "Office of Management and Budget", "A.F.L.-C.I.O.", "Teamsters Local 294":
    the heading was cut at the "and", the hyphen or before the chapter's number."""
    labels = _labels(_PORT + sentence + "\n")
    assert labels and labels[-1][0] == expected, labels


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Varna Port News Senior Shipping Editor Ivo Brandt said ships had waited for days.", "Varna Port News"),
    ],
)
def test_a_role_written_in_capitals_after_an_outlet_is_the_outlets(sentence: str, expected: str) -> None:
    """ "NBC News Senior Investigative Correspondent": the capitals after the body's word qualify the role; the
    heading is the outlet, not "NBC News Senior Investigative"."""
    labels = _labels(_PORT + sentence + "\n")
    assert labels and labels[-1][0] == expected, labels
