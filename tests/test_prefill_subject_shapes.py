"""Which noun phrase is a cue's subject when the sentence has more than one candidate: an opening clause, a
participle's object, a finding "of" a group, a participle that only describes a noun. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.prefill_support import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cue inside an opening participle clause: the main clause's speaker
        (
            (
                "Appearing keenly aware of how rural voters, particularly in Ohio, view her record, Mrs. Lopez said "
                "on Saturday that ''this cannot be a federal fight'' and that the state should not bear the cost."
            ),
            "Lopez",
        ),
        ("Reflecting the sour mood of the union, Mr. Lee said he believed the deal was bad, and he left.", "Lee"),
        # a name inside an opening adverbial clause is not the participle's subject
        ("Two days after Senator Ruiz died, Judge Park ended a long silence by asking questions.", "Park"),
        # a name after a preposition and a title, or after a participle, is an object
        ("But some of his backers remain reluctant to get behind Mrs. Lopez, often citing trust as a factor.", None),
        (
            (
                "In 2013, Syrian hackers backing embattled President Zed hijacked The Daily Press’ Twitter account, "
                "tweeting out false reports."
            ),
            None,
        ),
        ("Democrats supporting Mrs. Lopez have pointed to three senators as possible picks.", "Democrats"),
        (
            "On Sunday morning Mr. Trump made another attempt to deflect the attack, writing that jobs mattered.",
            "Trump",
        ),
        # a finding "of" a group: the group says nothing
        ("Polling of factory workers shows that the mayor remains popular among them.", None),
        ("Most of the senators said the bill would fail.", "senators"),
        ("In a tweet, the city of Dover urged people to stay inside.", "Dover"),
        # a participle that describes the noun before it, whose own verb comes later
        ("The Fraud Statistics Office cited in the governor's post does not exist.", None),
        # a verb after a modal is no subject: the clause's subject speaks
        ("In the end, Republicans can reasonably campaign saying that they won.", "Republicans"),
        ("It did not settle how her team would handle longtime donors seeking help from the agency.", None),
        # the same wish after a name that is an object ("like Norway", "from Norway"): who the donors are
        ("It did not settle how her team would handle donors like Norway seeking help from the agency.", None),
        ("Ana Ruiz met donors from Norway seeking help.", None),
        # but a subject's phrase before a later cue: the cue's subject speaks, as before
        ("Officials in Oslo seeking a deal said the talks would go on.", "Officials in Oslo"),
        # a participle inside a ", who" clause is the relative's
        (
            (
                "For an hour, the nominee sat with Speaker Tom Vance, who had rocked the party by declaring he was not "
                "ready to back him."
            ),
            "Tom Vance",
        ),
        ("His standing improved after the storm in Dover, Del., and his call for a levy on imports.", None),
        # a connective that opens the sentence names nobody: the name after its comma is the subject
        ("Moreover, Mayor Ann Ruiz went after the board, calling its budget a disgrace.", "Ann Ruiz"),
        ("Likewise, Mayor Ann Ruiz went after the board for its budget and called for a recount.", "Ann Ruiz"),
        ("Nevertheless, the board issued a statement saying the toll would stay.", None),
    ],
)
def test_the_subject_of_a_cue_is_the_phrase_that_speaks(body: str, expected: str | None) -> None:
    assert speakers(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an apposition that counts the people before it: they are the subject
        (
            (
                "Pope Leo spoke on Sunday.\n\nHis critics in the United States, many of them conservative voters, "
                "argue that Leo is a political pope."
            ),
            [None, "critics in the United States"],
        ),
        # a message to someone: the message's sender, not its readers
        (
            (
                "Senator Tom Ramos spoke in Ohio.\n\nRamos’ fundraising email to his supporters notes that the race is "
                "close."
            ),
            [None, "Ramos’ fundraising email"],
        ),
        # a cue verb that is a compound noun's last word: nobody promises
        ("The bureau's vow that answers stay secret is as reliable as a political campaign promise.", [None]),
        # a source inside a bracket reports the bracket only
        (
            (
                "Trump, in turn, cites his fans as the source for the claim (the real figure is lower, according to "
                "Factcheck.org)."
            ),
            ["Trump"],
        ),
        # a body's one shared word does not make it another body
        (
            (
                "The Congressional Black Caucus endorsed the plan on Monday.\n\nHis support for the plan isn’t shared by "
                "a majority of the Senate Democratic Caucus, but it could be a start."
            ),
            ["Congressional Black Caucus", "Senate Democratic Caucus"],
        ),
        (
            (
                "Citizens United filed the suit in 2008.\n\nLater, Citizens for Clean Water, a green outfit that backed "
                "Smith, launched a drive with Rivers United on Monday asking members to call their senators."
            ),
            [None, "Citizens for Clean Water"],
        ),
        (
            "The Columbia Liberal Party won the vote.\n\nThe Business Council of British Columbia opposed an increase.",
            [None, "Business Council of British Columbia"],
        ),
    ],
)
def test_the_speaker_is_the_body_or_phrase_the_sentence_names(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


def test_coordinated_heads_a_modifying_phrase_and_whose_keep_the_whole_subject() -> None:
    body = (
        "Ana Ruiz spoke on Monday.\n\n"
        "Her advisers and allies say she will spend the coming weeks raising money.\n\n"
        "Ms. Toretti, Mrs. Rao and other prominent donors in both parties said their networks were growing.\n\n"
        "The ruling was a setback for Tom Vance, whose attorneys argued that the files held trade secrets."
    )
    assert speakers(body) == [None, "Ana Ruiz's advisers and allies", "Rao", "Tom Vance's attorneys"]


@pytest.mark.parametrize(
    "body",
    [
        "Overall, the remaining casinos in Atlantic City reported $2 billion in revenue.",
        "The yield on the benchmark 10-year Treasury note fell to 1.45 percent.",
        "Take a look at our list of outrageous things Donald Trump said about Latinos below.",
    ],
)
def test_a_place_a_compound_noun_or_words_referred_to_are_no_position(body: str) -> None:
    assert speakers(body) == [None]


def test_a_name_compound_with_content_still_names_its_owner() -> None:
    assert speakers("They were told to comply with the DOJ demand that the law not be enforced.") == ["DOJ"]


def test_a_cue_inside_a_reported_question_states_nothing() -> None:
    body = (
        "Barack Obama spoke in Hanoi.\n\n"
        "At the town hall, a young woman who had been a student in Ohio asked Obama what he thought of the race."
    )
    assert speakers(body) == [None, None]


def test_sharing_a_place_is_no_shared_view() -> None:
    body = (
        "The radio host and the leading candidate shared a microphone last week.\n\n"
        "Ana Ruiz shared her view that the plan would fail."
    )
    assert speakers(body) == [None, "Ana Ruiz"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one who works at a place speaks, not the place: named or not
        ("One engineer at a chip firm declined to be quoted, saying the deal would fail.", "engineer at a chip firm"),
        ("An employee at Vexton said the plant would close.", "employee at Vexton"),
        ("Volunteers at the food bank said the shelves were empty.", "Volunteers at the food bank"),
    ],
)
def test_people_at_a_place_speak_not_the_place(body: str, expected: str) -> None:
    speaker = speakers(body)[0]
    assert speaker is not None and expected in speaker, speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a name that only says which thing the noun after it is, in an object, is nobody's subject
        ("A farmer just won the Liberal nomination by spending nothing and saying what he thought.", None),
        ("The mayor won the Democratic primary on Tuesday, saying the city had spoken.", None),
        ("The first thing the Danish audience sees of Tom Vale is his face on a poster, calling them names.", None),
        # a people word, a role or a verb after the name: the name's people, its aide, the name itself speak
        ("Yesterday the Pentagon sent a memo, saying the race was close.", "Pentagon"),
        ("Ruiz won the Democratic primary on Tuesday, saying the city had spoken.", "Ruiz"),
    ],
)
def test_a_name_describing_a_thing_is_no_subject(body: str, expected: str | None) -> None:
    speaker = speakers(body)[0]
    assert speaker == expected if expected is None else speaker is not None and expected in speaker, speaker


@pytest.mark.parametrize(
    "body",
    [
        # a participle right after people in an object ("the chorus of detractors calling for him"): theirs, not
        # the subject's; "detractors" is a people word by its ending, "critics" by the lexicon
        (
            "Mayor Tom Vale said little on Monday. He will stay, ensuring that the chorus of detractors calling for "
            "him to quit quiets down."
        ),
        (
            "Mayor Tom Vale said little on Monday. It is clear that he will stay, thereby ensuring that the chorus "
            "of critics calling for him to quit quiets down."
        ),
    ],
)
def test_a_participle_on_people_in_an_object_is_not_the_subjects(body: str) -> None:
    assert speakers(body)[1] != "Tom Vale"
