"""Who speaks: the error classes of issue 11, each on short cases written for it (not from any corpus).

Every case names the sentence's speaker (or None where the sentence is no position at all),
sentence by sentence, so a rule that pins a position on the wrong person fails here.
"""

from __future__ import annotations

import pytest

from briefing.prefill.analysis import analyse
from briefing.reader import article_from_text
from tests.prefill_support import speakers


# 1. Pronouns and quote continuations
def test_a_pronoun_goes_to_the_person_named_in_between_not_the_last_quoted() -> None:
    body = (
        "Senator Mark Olsen said the bill was dead. "
        "Later, Governor Ruth Adler toured the flooded district with aides. "
        "She said the state would cover the repairs."
    )
    assert speakers(body)[2] == "Ruth Adler"


def test_she_is_never_a_man_and_a_pronoun_sets_no_gender() -> None:
    body = "Mr. Peter Hale met Anna Lind on Monday. “We are close,” she said. He said the deal was not done."
    assert speakers(body)[1:] == ["Anna Lind", "Peter Hale"]


def test_places_and_bodies_are_not_he() -> None:
    body = "Maria Costa flew to New York on Monday. In New York, he said the vote would pass."
    assert speakers(body)[1] is None


def test_a_chain_of_pronouns_keeps_its_person() -> None:
    body = (
        "Finance Minister Tomas Reyes said the budget would balance. "
        "He added that taxes would not rise. "
        "Opposition leader Carla Mendes disagreed. "
        "“It will not balance,” she said."
    )
    assert speakers(body) == ["Tomas Reyes", "Tomas Reyes", "Carla Mendes", "Carla Mendes"]


def test_a_quotation_closed_by_another_name_does_not_continue_the_last_speaker() -> None:
    # "“...,” an angry Tom Vance grumbled.": a verb the lexicon does not know, but a name that is not the last
    # speaker's: no continuation; the same speaker's name after the quotation keeps it
    opening = "Mayor Ann Ruiz defended the budget on Monday. “We will not cut a single school,” she said. "
    assert speakers(opening + "“Nobody in this town believes that,” an angry Tom Vance grumbled.")[2] is None
    assert speakers(opening + "“Not one school,” Ruiz grinned.")[2] == "Ann Ruiz"


def test_a_quotation_of_several_sentences_is_the_words_of_its_closing_cue() -> None:
    # an interview: the host's quotation, then the guest's answer in a paragraph of its own, named only at its end
    body = (
        "Radio host Lena Frost asked Mayor Ann Ruiz about the budget. "
        "“But the schools need it. They are falling apart,” Frost said.\n\n"
        "“I do not agree. We have spent enough. The money is gone, you know?” Ruiz said."
    )
    assert speakers(body) == ["Lena Frost", "Lena Frost", "Ann Ruiz", None, "Ann Ruiz"]
    same = "Mayor Ann Ruiz spoke first. “We cut nothing,” she said.\n\n“Not a school. Not one,” Ruiz said."
    assert speakers(same)[2] == "Ann Ruiz"


def test_cue_words_inside_a_quotation_of_several_sentences_are_the_speakers_words() -> None:
    # the quotation opens in the first sentence and closes in the third: "say" and "wrote" inside it are
    # the mayor's words, not reporting; a quotation never closed in its paragraph is not carried on
    body = (
        'Mayor Ann Ruiz said at the rally: "We will fight for every school. '
        'Other people will say thanks, but no. Tom Vance wrote that speech for them."'
    )
    assert speakers(body) == ["Ann Ruiz", None, None]
    unclosed = 'Mayor Ann Ruiz said at the rally: "We will fight for every school. Tom Vance wrote the plan.'
    assert speakers(unclosed)[1] == "Tom Vance"


def test_new_york_times_double_apostrophe_quotes() -> None:
    body = "Senator Mark Olsen spoke after Jane Ruiz. ''Jane Ruiz is wrong,'' he said."
    assert speakers(body)[1] == "Mark Olsen"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the first quotation never closes: the next one's opening mark still opens
        (
            'Mark Olsen spoke first. "We will win the vote, he said. "They are wrong about the budget," said Jane Ruiz.',
            [None, "Jane Ruiz"],
        ),
        # a quotation without its opening mark: its closing mark still closes, so the cue after it reports it
        (
            'Jane Ruiz spoke on Monday. The count is wrong," she said. "We will appeal," said Mark Olsen.',
            [None, "Jane Ruiz", "Mark Olsen"],
        ),
    ],
)
def test_a_missing_quotation_mark_costs_one_quotation_not_the_ones_after(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


# 2. Subject finding
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Tom Baker, 70, told Channel Nine's Lisa Moore that he would retire.", "Tom Baker"),
        ("Carol Hunt criticised Peter Doyle's decision, saying it was rushed.", "Carol Hunt"),
        ("Ivan Petrov attacked Olga Smirnova for the delay, saying she had misled voters.", "Ivan Petrov"),
        ("Anna Berg, who has run the company since its founding in 1998, told reporters she would stay.", "Anna Berg"),
        ("Paula Grant, a veteran of three campaigns, said the race was close.", "Paula Grant"),
        ("Ned Alvarez, in Ohio, said on Tuesday that the count was wrong.", "Ned Alvarez"),
        ("“We lost,” Ruth Kahn, 41, of Dayton, Ohio, who voted twice, said after the count.", "Ruth Kahn"),
        ("Rep. Lou Fenner (R-Ohio), also a candidate, called the plan reckless.", "Lou Fenner"),
        ("Another delegate, Omar Field of Columbus, Ohio, explained his vote.", "Omar Field"),
        ("Mia Torres, speaking to farmers, said the subsidy would stay.", "Mia Torres"),
        ("In a town hall, Ivan Petrov went after Olga Smirnova, calling her “a total fraud.”", "Ivan Petrov"),
        ("Ivan Petrov signed the order, while Olga Smirnova, the former governor, proposed a toll.", "Olga Smirnova"),
    ],
)
def test_the_subject_speaks_not_the_object(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name owned by one after a preposition ("of Varna's Grand Canal") is a place talked of
        (
            "As tourists rode boats on the copy of Varna's Grand Canal, Ana Ruiz talked about renewed fears of crime.",
            "Ana Ruiz",
        ),
        # a name given ("also known as HF") is no subject
        (
            (
                "While rivals called for a war on the Harbour Front, also known as HF, Tom Lee kept to the mayor's line, "
                "noting that the two groups are enemies."
            ),
            "Tom Lee",
        ),
        # the object of a finite verb ("sued the Harbour Board") or of an infinitive over an adverb
        ("His campaign sued the Harbour Board in court on Friday, seeking an injunction.", None),
        (
            (
                "Voters are uneasy about Lee's plans, including his proposal to temporarily ban Ruiz from the port, his "
                "statement that the port is lost, and more."
            ),
            None,
        ),
        # a place at the end of the phrase the people word heads ("Opponents of letting Syrian ships into the U.S.")
        (
            "Opponents of letting Syrian ships into the U.S. cite fears that the port is unsafe.",
            "Opponents of letting Syrian ships into the U.S.",
        ),
    ],
)
def test_a_name_in_an_object_or_a_phrase_of_place_is_not_the_clauses_subject(body: str, speaker: str | None) -> None:
    assert speakers(body)[0] == speaker


def test_the_main_clause_speaks_after_an_opening_clause_or_phrase_with_a_cue() -> None:
    # "After former Gov. X criticized ..., Y shot back": Y answers; "Amid GRN calls for action, a strategist said":
    # the strategist speaks, not the group whose calls the sentence opens on
    body = (
        "After former Maine Gov. Ana Ruiz criticized Tom Lee during a debate, Eva Lind shot back, “I could have "
        "stayed home.” "
        "Amid GRN calls for action, even a top harbour strategist said Ruiz will have to choose."
    )
    assert speakers(body) == ["Eva Lind", "top harbour strategist"]


@pytest.mark.parametrize(
    "opening",
    [
        "Following Ruiz's call for a recount",
        "In response to Ana Ruiz's call for a recount",
        "After Ruiz's warning that it was rigged",
    ],
)
def test_a_name_owning_a_noun_cue_in_an_opening_phrase_is_not_the_main_clauses_speaker(opening: str) -> None:
    # "Following Ruiz's call for ..., Lee said": the call is a circumstance; the main clause's cue names the speaker,
    # and only where it has none is the call the sentence's position
    assert speakers(f"{opening}, Tom Lee said the vote was fair.")[0] == "Tom Lee"
    assert speakers(f"{opening}, the board met on Monday.")[0] in ("Ruiz", "Ana Ruiz")


def test_a_cue_in_an_opening_as_clause_yields_to_the_main_clauses_cue() -> None:
    # "Even as Ruiz claimed ..., one of her former aides said": the aide speaks; the "as" clause only when alone
    body = (
        "But even as Ana Ruiz claimed on Tuesday that the port was safe, one of her former aides said the two cases "
        "were quite different. "
        "As Tom Lee said that the port was safe, Ana Ruiz warned that it was not. "
        "As Tom Lee said on Monday, the port is safe."
    )
    assert speakers(body) == ["Ana Ruiz's former aides", "Ana Ruiz", "Tom Lee"]


def test_comments_someone_makes_are_a_position_comments_referred_to_are_not() -> None:
    # "made comments about ...": the maker speaks; "Lee's comments", "her repeated remarks": words talked about
    body = (
        "Mayor Ana Ruiz has made comments supportive of the toll. "
        "Tom Lee made similar remarks on Monday. "
        "Tom Lee's comments were obscuring the board's message. "
        "The board walked back its remarks. "
        "Ana Ruiz is facing criticism for her repeated comments in interviews."
    )
    assert speakers(body) == ["Ana Ruiz", "Tom Lee", None, None, None]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Sen. Ana Ruiz (D-Maine) went on WXP’s “Harbor Hour” to discuss her rival, Tom Lee, saying he lied.",
            "Ana Ruiz",
        ),
        (
            "Ivan Petrov appeared on “Meet the Voters” beside his rival, Olga Smirnova, saying the count was fair.",
            "Ivan Petrov",
        ),
        ("“We will win,” Tom Lee said, adding that the plan was sound.", "Tom Lee"),
        ("Nora Quinn read “The Long Tide” aloud to Carl Berg, calling it “a warning.”", "Nora Quinn"),
    ],
)
def test_a_title_quoted_inside_the_clause_ends_no_quotation(body: str, speaker: str) -> None:
    """A show's or book's name in quotation marks goes on with the clause: the participle after it is still the
    clause subject's, not the last name's."""
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Hal Brink, one of only a few farmers on the county board, said Mayor Ortiz will lose.", "Hal Brink"),
        ("Lena Voss, 52, a nurse who now works for the Red Cross, said Ortiz should resign.", "Lena Voss"),
        ("Tim Cole, who lost his shop in the flood in Dover, Kent, in May, said that Ortiz lied.", "Tim Cole"),
        ("In a letter to Ortiz, Nina Frey, head of the Lakes Trust, recounted a talk with Ben Gold.", "Nina Frey"),
        ("Eva Lind, the editor of the island's paper, The Harbour Star, said the vote was fair.", "Eva Lind"),
        ("Sen. Ann Doyle, R-Ohio, appearing on TV after the speech, said Ortiz failed.", "Ann Doyle"),
        ("Moreover, Ruth P. Kahn, head of the Lakes Trust, noted that the plans run to 2030.", "Ruth P. Kahn"),
    ],
)
def test_a_chain_of_appositions_leads_back_to_the_subject(body: str, speaker: str) -> None:
    # an age, a role, a relative clause, a place or a paper's name between a person and "said": the person
    # speaks, not a name inside the appositions nor the name the reported content opens with
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Speaking at a rally in Dover, Del., Ivan Petrov went after Olga Smirnova, calling her “a fraud.”",
            "Ivan Petrov",
        ),
        ("Minutes later, Ivan Petrov thanked Smirnova, telling reporters, “I will not quit.”", "Ivan Petrov"),
        ('After the Geneva talks, Ivan Petrov released a video calling the deal "a win."', "Ivan Petrov"),
        ("Instead of calling himself a liberal, Ivan Petrov said, “I am a builder.”", "Ivan Petrov"),
        (
            "In Leeds, Nora Quinn, a nurse who is retired, left the set of a BBC show, saying she was angry.",
            "Nora Quinn",
        ),
    ],
)
def test_a_participle_skips_the_adverbial_opener(body: str, speaker: str) -> None:
    # the place of a rally ("Dover, Del."), a time ("Minutes later"), an event ("the Geneva talks") or the
    # capitalised word that opens the sentence ("Instead") is not the subject a participle or noun cue hangs on
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mr. Tom Vance and other leaders have said the plan is dead.", "Tom Vance"),
        ("Ann Ruiz and other water experts acknowledge that the dam is safe.", "Ann Ruiz"),
        ("Democrats and civil rights groups say they came to the table.", "Democrats"),
    ],
)
def test_a_name_and_a_group_speak_under_the_name(body: str, speaker: str) -> None:
    # "X and other leaders said": the named first of the pair, not "other leaders", which names nobody
    assert speakers(body)[0] == speaker


def test_a_poll_named_before_its_release_day_is_the_source() -> None:
    # "In a X poll released Monday, 31 percent of farmers said": the poll reports, not the farmers, and its
    # name is the one before "poll", not the day after it
    body = "In a Harbor Times poll released Monday, 31 percent of farmers said they were worried."
    assert speakers(body)[0] == "Harbor Times"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mayor Ann Ruiz on Tuesday said the dam was safe.", "Ann Ruiz"),
        ("A Harbor Times poll in June showed that 72 percent of voters said it bothered them.", "Harbor Times poll"),
    ],
)
def test_a_date_between_subject_and_cue_is_skipped(body: str, speaker: str) -> None:
    # "on Tuesday", "in June" stand between the subject and its cue: the date names nobody
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize("word", ["himself", "herself", "themselves"])
def test_a_reflexive_that_stresses_the_subject_is_skipped(word: str) -> None:
    # "Sanders himself acknowledged ...": the subject is Sanders; the reflexive only stresses it
    assert speakers(f"Tom Lee {word} acknowledged on Monday that it will be hard to win.")[0] == "Tom Lee"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A Harbor Times poll shows 68% of voters say the dam will matter.", "Harbor Times poll"),
        ("Sixty percent of voters said they were worried, in a Harbor Times survey this month.", "Harbor Times survey"),
    ],
)
def test_a_share_of_a_group_in_a_poll_speaks_through_the_poll(body: str, speaker: str) -> None:
    # "68% of voters say" in a sentence about a poll: the poll's finding, not the voters' own word
    assert speakers(body)[0] == speaker


def test_the_second_of_two_objects_is_no_participle_subject() -> None:
    # "reached out to Tom Vance and Ann Ruiz, ..., asking them": both names are objects of "to"
    body = "Ned Hale's aides reached out weeks ago to Tom Vance and Ann Ruiz, two veteran writers, asking them to help."
    assert speakers(body)[0] != "Ann Ruiz"


def test_the_listener_of_told_is_not_the_speaker() -> None:
    assert speakers("“It was a mistake,” Tom Baker told CBS News.")[0] == "Tom Baker"


def test_said_followed_by_reported_content_is_not_inverted() -> None:
    body = "Kevin Marsh, a close ally of the mayor, said Diane Cole's plan would fail."
    assert speakers(body)[0] == "Kevin Marsh"


@pytest.mark.parametrize(
    "body",
    [
        "The budget office now says the reckoning will come sooner, because Congress and Mayor Tom Lee agreed.",
        "A screen image posted on Monday showed that Tom Lee had shared the post.",
        "Some people briefed on the plan say that Mayor Tom Lee, who must make the final call, has backed it.",
        # what an unnamed "he" noted or the paper asked, opened by "what": a claim, a view inside it is reported
        "Ana Ruiz left in May. He noted what the Vance administration claimed was the cause.",
        "The paper asked what voters thought about the plan.",
    ],
)
def test_a_name_inside_what_an_unnamed_subject_reports_is_not_the_speaker(body: str) -> None:
    # the budget office, the image, the people briefed report the words after their cue; Tom Lee is reported
    assert speakers(body)[-1] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A new Harbour University poll released Friday found that 70 percent of voters said they would back Ruiz.",
            "new Harbour University poll",
        ),
        ("Noting that only Ann Ruiz voted no, Tom Lee added: “That is where we are.”", "Tom Lee"),
        ("Party spokesman Ed Vance on Thursday evening said the party was fine, and urged that all unite.", "Ed Vance"),
        (
            "The come-from-behind express that worked so well in Ohio would derail in the fall, Ed Vance said.",
            "Ed Vance",
        ),
    ],
)
def test_what_an_unnamed_subject_reports_ends_at_its_clause(body: str, speaker: str) -> None:
    # the poll before its cue, a participle's own subject, a verb joined by ", and", a closing aside: not reported
    assert speakers(body)[0] == speaker


# 3. Not positions at all
@pytest.mark.parametrize(
    "body",
    [
        "Diane Cole found the files in a drawer.",
        "Kevin Marsh is conceding the race in a phone call with Diane Cole.",
        "Diane Cole won the primary, adding to her lead over Kevin Marsh.",
        "Lena Park reported from Washington for the Harbour Times.",  # a bare credit line is a byline (reader)
        '<tweet author="someone">Thoughts with the families, said Lena Park</tweet>.',
        "Diane Cole wants to win the state.",
        "Kovac won three states that Ruiz had hoped to carry.",
        "Ruiz has maintained a lead among young voters.",
        "Ruiz would not accept a middle ground.",
        "Supporters filed an appeal for a recount.",
    ],
)
def test_a_cue_word_in_another_sense_is_no_position(body: str) -> None:
    assert speakers(body)[0] is None


# 4. Names
def test_a_last_name_alone_is_the_person_the_article_calls_by_it() -> None:
    # a relative named in passing gets a first name ("Peter"); "Mr. Lind" is still the senator
    body = (
        "Senator Tom Lind opened the harbour debate on Monday. Mr. Lind said the port must stay public. "
        "His brother, Peter Lind, runs a shipping firm in Oslo. "
        "Mr. Lind said the vote would come in June."
    )
    assert speakers(body) == [None, "Tom Lind", None, "Tom Lind"]


def test_a_last_name_alone_may_be_a_person_named_again_and_again() -> None:
    # Eric Lind is named in full three times: the "Lind" who answers his father is him
    body = (
        "Senator Tom Lind opened the harbour debate on Monday. Mr. Lind said the port must stay public. "
        "His son, Eric Lind, runs a shipping firm in Oslo. Eric Lind spoke to the council. Eric Lind met the mayor. "
        "“My father is wrong,” Lind said."
    )
    assert speakers(body)[-1] == "Eric Lind"


def test_an_age_stays_in_the_speakers_label() -> None:
    # "The 43-year-old former congressman": never "year-old former congressman"
    assert speakers("The 43-year-old former congressman said the gun issue should now be a test.") == [
        "43-year-old former congressman"
    ]


def test_a_person_is_not_the_body_named_after_them() -> None:
    assert speakers("The Eva Berg Foundation funds the harbour school. Eva Berg said the school would stay open.") == [
        None,
        "Eva Berg",
    ]


def test_a_word_the_article_also_writes_in_lower_case_is_no_speaker() -> None:
    body = "Let the record show the vote was close. Let us rise, said the poem. The committee will let it pass."
    assert "Let" not in speakers(body)


# 3. Fragments: a quotation's tag split from its question
def test_a_question_and_its_tag_are_one_position() -> None:
    body = (
        "Vice President Ana Ruiz spoke in Lisbon on Monday. "
        "“Does he not understand what the treaty says?” Ruiz said. "
        "“Why now?” Ruiz asked at a rally in Porto."
    )
    # three sentences, not five: no bare "Ruiz said." is left for a position of its own
    assert speakers(body) == [None, "Ana Ruiz", "Ana Ruiz"]


# 6. Unhandled patterns
def test_transcript_labels_name_the_speaker() -> None:
    body = "MS. GRANT: We will not back down on the water quotas.\n\nPARTICIPANT: And the budget for the dams?"
    assert [s for s in speakers(body) if s] == ["GRANT", "PARTICIPANT"]


def test_a_colon_after_an_ordinary_word_is_no_label() -> None:
    assert speakers("The result: a budget that balances for the first time.")[0] is None


# 1. Pronouns: owners and objects are rarely the next "he"
def test_a_pronoun_skips_the_owner_named_before_the_subject() -> None:
    body = (
        "Mr. Victor Lang opened the plant in May. "
        "Mr. Lang's lawyer, Peter Quist, said the workers had signed the deal. "
        "He said the terms were standard."
    )
    assert speakers(body)[2] == "Peter Quist"


def test_a_possessive_before_a_name_gives_it_no_gender() -> None:
    body = (
        "Chancellor Greta Moll spoke on Sunday. "
        "In her Harvest Day speech, Moll warned against hatred. "
        "Her countrymen, she said, should not listen."
    )
    assert speakers(body)[2] == "Greta Moll"


# 4. Names: a place or body named after a person is not that person
def test_a_building_named_for_a_person_does_not_become_the_person() -> None:
    body = (
        "Mr. Dan Kovac spoke on Monday. "
        "Guests gathered at Kovac Tower for the launch. "
        "Kovac said the tower would stay open."
    )
    assert speakers(body)[2] == "Dan Kovac"


# 5. Speakers that are not a name or a body: name whose they are
def test_a_campaign_owned_with_a_bare_apostrophe_keeps_its_owner() -> None:
    assert speakers("Tomas Rivers’ campaign says it raised $2 million.")[0] == "Tomas Rivers’ campaign"


def test_her_advisers_are_named_for_the_person() -> None:
    body = "Governor Ruth Adler won the vote. Her advisers said they were relieved."
    assert speakers(body)[1] == "Ruth Adler's advisers"


def test_his_advisers_with_no_clear_owner_are_no_speaker() -> None:
    body = "The vote was close. His advisers said they were relieved."
    assert speakers(body)[1] is None


@pytest.mark.parametrize(
    "body",
    [
        "There were renewed Republican calls for an inquiry.",
        "The Nordic ministers met. Islamic said the talks were over.",
        "I’ll tell you this, the plan will fail.",
        "Shortly after the vote, calling the plan a disgrace, the group walked out.",
        "Citing the storm and urging calm, the mayor closed the schools.",
    ],
)
def test_a_lone_adjective_or_a_contraction_is_no_speaker(body: str) -> None:
    assert not any(speakers(body))


def test_an_adjective_before_a_people_noun_names_the_group() -> None:
    assert speakers("Democratic leaders are putting out a warning about the leaks.")[0] == "Democratic leaders"


def test_the_adjective_as_a_noun_still_speaks() -> None:
    assert speakers("“Cut the rules,” the Republican said this week.")[0] == "Republican"


# 2. The source that reports the whole sentence speaks for it
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mayor Ana Ruiz thanked the crews, saying the city owed them, the Gazette reported.", "Gazette"),
        ("Ana Ruiz noted that the budget was short, reported the Harbor Gazette.", "Harbor Gazette"),
        ("Ana Ruiz has kept her lead among young voters, Gallup found.", "Gallup"),
        ("Ana Ruiz backed the plan, saying it was cheap, according to the Harbor Gazette.", "Harbor Gazette"),
        ("According to the Harbor Gazette, Ana Ruiz told aides the plan was cheap.", "Harbor Gazette"),
        # the same source opening the sentence: "As X reported,", "As reported by X,"
        ("As the Harbor Gazette revealed, Ana Ruiz agreed to let the council use the voter file.", "Harbor Gazette"),
        ("As The Harbor Gazette first reported last week, Ruiz agreed to sell the port.", "Harbor Gazette"),
        ("As reported by Coastal Review, the port authority found the cranes unsafe.", "Coastal Review"),
        ("As HARBORWIRE revealed, the Coast Party agreed to let Ana Ruiz use its voter file.", "HARBORWIRE"),
    ],
)
def test_an_outer_source_wins_over_the_reported_speaker(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an "As" that is no report the sentence is taken from: the main clause's speaker, as before
        ("As Ana Ruiz reported that the port was shut, Tom Vale said it was open.", "Tom Vale"),
        ("As Lee spoke, Ana Ruiz said the port was shut.", "Ana Ruiz"),
        ("As Lee said on Monday, the port is safe.", "Lee"),
    ],
)
def test_an_as_clause_that_is_no_source_leaves_the_main_speaker(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_the_outlet_a_sentence_is_taken_from_is_not_the_next_he() -> None:
    body = (
        "As reported by Western Outlook, former pilot and Marine Jon “Tig” Tiegmar found both plans to be reckless. "
        "He noted what the inquiry had found."
    )
    assert speakers(body)[1] != "Western Outlook"


# "X said ..., according to a pool report": the sentence's own speech verb names who speaks; what it is according
# to is where the writer heard it (issue 11, stop 25)
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“It will pass,” Ana Ruiz told aides, according to the Harbor Gazette.", "Ana Ruiz"),
        (
            "“We grieve with them,” Mayor Dan Ortiz said of the crews, according to a City Hall pool report.",
            "Dan Ortiz",
        ),
        ("Senator Ida Kolb wrote that the dam was safe, according to a copy seen by the Tide Herald.", "Ida Kolb"),
        # no speech verb of its own, or one in a clause the words are only referred to in: the source speaks
        ("Turnout rose by a third, according to the Tide Herald.", "Tide Herald"),
        ("What Ruiz has said privately about the dam is another matter, according to Senator Ida Kolb.", "Ida Kolb"),
        ("Officials said the dam was safe, according to the Tide Herald.", "Tide Herald"),
    ],
)
def test_a_speech_verb_before_a_closing_according_to_names_the_speaker(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_a_message_that_speaks_before_according_to_is_not_the_channels_words() -> None:
    # the message's sender is unknown; the committee named in the channel only passed it on
    body = "One message, apparently about the strikes, said: “Now taste our anger,” according to a letter from the "
    assert speakers(body + "chairman of the Senate Committee on Trade.")[0] is None


# 1. Speech verbs that are cues only beside a quotation
def test_a_quote_cue_names_the_speaker_beside_a_quotation() -> None:
    body = "“We will not pay for it,” Rosa Quint quipped. “Nobody will,” Ed Marr continued."
    assert speakers(body) == ["Rosa Quint", "Ed Marr"]


def test_a_quote_cue_without_a_quotation_is_no_position() -> None:
    assert speakers("Rosa Quint continued her tour of the flooded towns on Monday.")[0] is None


def test_a_cue_that_needs_a_complement_reports_after_a_quotation() -> None:
    body = "“We will not give up the dams,” Rosa Quint responded. “It was hard,” Ed Marr recalled last week."
    assert speakers(body) == ["Rosa Quint", "Ed Marr"]


def test_calling_someone_a_thing_is_speech_in_every_form_but_a_phone_call_is_not() -> None:
    opening = "Mayor Ann Ruiz spoke on Monday. "
    assert speakers(opening + "Ruiz went on to call Tom Vance “the worst mayor in the state.”")[1] == "Ann Ruiz"
    assert speakers(opening + "Ruiz calls Tom Vance “a fraud.”")[1] == "Ann Ruiz"
    assert speakers(opening + "Critics call Ruiz a spender.")[1] == "Critics"
    assert speakers(opening + "The calls Vance made were recorded.")[1] is None
    assert speakers(opening + "She will call Tom Vance on Tuesday.")[1] is None


def test_who_a_report_we_cannot_name_mentions_is_not_its_speaker() -> None:
    # "Local papers" name no speaker we keep, but Ruiz is what they report, not who speaks; "she" in what Ruiz
    # says is Ruiz's own report and still names her
    opening = "Mayor Ann Ruiz visited Ankara. "
    assert speakers(opening + "Local papers reported that during the visit, Ruiz reiterated her demand.")[1] is None
    assert speakers(opening + "Ruiz however said she would welcome the plan.")[1] == "Ann Ruiz"


def test_a_quote_is_not_continued_past_a_new_cue() -> None:
    body = "“We won,” Rosa Quint said. “Did we?” a staffer in the back of the room said."
    assert speakers(body) == ["Rosa Quint", None]


def test_a_speaker_pronoun_does_not_reach_three_sentences_back() -> None:
    body = (
        "Governor Ruth Adler toured the district. The river rose overnight. "
        "Roads were closed by noon. She said the state would pay."
    )
    assert speakers(body)[3] is None


# 1. Evidence that a name is a person's, so that "he" may be them
@pytest.mark.parametrize(
    "body",
    [
        "Ardo Kessel runs the port. Kessel said the strike would end. He said the docks would open Monday.",
        "Ardo Kessel, a trader who runs the port, met the strikers. The talks ran late. He said the docks would open.",
        "Ardo Kessel, 58, met the strikers. The talks ran late. He said the docks would open.",
    ],
)
def test_a_speaking_full_name_or_a_personal_apposition_makes_a_person(body: str) -> None:
    assert speakers(body)[-1] == "Ardo Kessel"


def test_a_title_keeps_a_wife_apart_from_her_husband() -> None:
    body = "Mr. Tom Hale spoke first. Then Mrs. Hale said the farm would stay in the family."
    assert speakers(body) == [None, "Hale"]


# 6. Unhandled patterns
def test_a_progressive_cue_is_not_a_passive() -> None:
    assert speakers("Governor Ruth Adler is promising that the dams will stay.")[0] == "Ruth Adler"


def test_a_role_then_a_name_gives_the_name() -> None:
    assert speakers("“We will appeal,” said a spokeswoman for the ministry, Anna Berg.")[0] == "Anna Berg"


def test_they_does_not_carry_a_vague_body_on() -> None:
    body = "Officials said the strike was over. They said the port would reopen on Monday."
    assert speakers(body)[1] is None


def test_whose_adviser_speaks_is_part_of_the_speaker() -> None:
    body = "“We have work to do,” said a longtime adviser to Mayor Kovac, who declined to be named."
    assert speakers(body)[0] == "longtime adviser to Mayor Kovac"


def test_a_thing_called_by_a_name_is_no_call() -> None:
    assert speakers("They paid a company called Northwind Data for the lists.")[0] is None


@pytest.mark.parametrize(
    "body",
    [
        "An anti-tax super PAC called Our Harbour is ramping up its ads.",
        "The fishermen's new group called Coast First ran its first ads in Dover.",
    ],
)
def test_a_name_given_after_a_noun_or_an_acronym_is_no_call(body: str) -> None:
    assert speakers(body)[0] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A harbour official called Omar Ruiz a liar.", "harbour official"),
        ("Governor Lena Reyes called Omar Ruiz “a fraud.”", "Lena Reyes"),
    ],
)
def test_someone_named_a_thing_is_still_a_call(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Ana Ruiz slammed the budget as a giveaway.",
        "Ana Ruiz hinted that she might run again.",
        "Ana Ruiz speculated about the cost of the dam.",
        "Ana Ruiz fired back at her critics on Monday.",
    ],
)
def test_stance_verbs_are_cues(body: str) -> None:
    assert speakers(body)[0] == "Ana Ruiz"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“We are all props,” said Ohio delegate Beau Correll, angered by the rules.", "Beau Correll"),
        (
            "Reached by phone, Joyce Abel — who is listed as a lawyer in Ohio — told the Gazette she was done.",
            "Joyce Abel",
        ),
        ("Sami Haddad recalled how the highway was dark on his first night.", "Sami Haddad"),
        ("Chair Lena Voss is also asking Kovac to hand over the files.", "Lena Voss"),
    ],
)
def test_more_subject_shapes(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_a_cue_followed_by_by_is_a_participle() -> None:
    body = "Commenting on the divide in Ohio highlighted by the riots, Governor Mary Fallin said unity was needed."
    assert speakers(body)[0] == "Mary Fallin"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ada Kahn, when reached by the Gazette, said the plan was dead.", "Ada Kahn"),
        ("Ada Kahn, during a town hall in Dayton, Ohio, said the plan was dead.", "Ada Kahn"),
        ("The rally ended, and in the end, endorsed Cruz.", None),
    ],
)
def test_asides_between_subject_and_verb_and_no_inverted_object(body: str, speaker: str | None) -> None:
    assert speakers(body)[0] == speaker


def test_a_question_in_its_own_paragraph_does_not_continue_a_quote() -> None:
    body = "“We will build the dam,” Rosa Quint said.\n\n“Who will pay for it?”\n\n“The state will,” she said."
    assert speakers(body)[1] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Thefts rose by a third, according to the FBI.", "FBI"),
        ("The vote was close, according to a new article in the Harbor Gazette.", "Harbor Gazette"),
        ("Kovac won, according to early results of exit polls conducted for the Tide Herald.", "Tide Herald"),
    ],
)
def test_according_to_names_the_body_in_its_phrase(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz emailed that the vote would be close.",
        "Ana Ruiz outlined a plan to rebuild the dam.",
        "Ana Ruiz pointed to the flood of 1998 as a warning.",
    ],
)
def test_more_speech_cues(body: str) -> None:
    assert speakers(body)[0] == "Ana Ruiz"


@pytest.mark.parametrize(
    "body",
    [
        "When his family moved back to rural Wexmoor, his mother ran the farm. “It was hard,” he said.",
        "The chairman of the Joint Wardens, his voice low, met the crews. “It was hard,” he said.",
    ],
)
def test_a_place_or_body_gets_no_gender_from_a_pronoun_after_it(body: str) -> None:
    assert speakers(body)[-1] is None


def test_an_object_of_known_gender_does_not_beat_the_subject() -> None:
    body = (
        "Oriel Varga, a farmer who sells grain, met Mrs. Lisa Kohl at the radio station on Monday. "
        "She said it took place in the spring."
    )
    assert speakers(body)[1] != "Lisa Kohl"  # Varga, or no guess: never the object because her gender is known


def test_an_opening_pronoun_holds_its_person_through_the_sentence() -> None:
    body = (
        "Governor Rolf Amsel spoke in Dayton on Monday. "
        "He avoided any criticism of Senator Karl Weiss until Friday, when he expressed concern about the rallies."
    )
    assert speakers(body)[1] == "Rolf Amsel"


def test_a_name_before_a_role_is_not_the_next_he() -> None:
    body = "Mrs. Ana Amsel lost the vote. Amsel spokeswoman Jen Weiss criticised the count. She said it was a fraud."
    assert speakers(body)[2] == "Jen Weiss"


def test_an_opening_poll_is_the_source_of_its_figures() -> None:
    assert speakers("In a Harbor Gazette poll last month, 38 percent of voters said the mayor should go.")[0] == (
        "Harbor Gazette"
    )


def test_an_opening_interview_is_not_the_source() -> None:
    assert speakers("In an interview with the Harbor Gazette, Ana Ruiz said the plan was dead.")[0] == "Ana Ruiz"


def test_according_to_a_report_names_its_outlet() -> None:
    body = "Coin flips decided six counties, according to a report in the Harbor Gazette."
    assert speakers(body)[0] == "Harbor Gazette"


def test_a_surname_is_the_person_not_a_group_named_after_them() -> None:
    body = (
        "Senator Paul Greer opened the hearing. "
        "Outside, the Coalition Against Greer handed out leaflets. "
        "Mayor Ann Holt said the crowd was calm. "
        "Greer, who chairs the panel, called the meeting in an interview productive. "
        "“We made progress,” he said."
    )
    assert speakers(body)[4] == "Paul Greer"


@pytest.mark.parametrize(
    "body", ["The Pacific Partnership said it would expand.", "The Treaty of Lund Accord was signed."]
)
def test_partnerships_and_treaties_are_bodies_not_people(body: str) -> None:
    analysis = analyse(article_from_text("Headline\n\n" + body))
    assert all(actor.kind != "person" for actor in analysis.cast.actors if actor.mentions)


def test_an_apposition_ending_in_a_quoted_title_still_has_its_subject() -> None:
    assert speakers('Peter Greer, the star of the show "Night Court," said the ratings were falling.') == [
        "Peter Greer"
    ]
    assert speakers('Ann Holt went on to promote "Summer Nights," note that she had bought a hotel.') != [
        "Summer Nights"
    ]


# Group voices: party people named by their party word (PolNeAR main voices, issue 11)
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The count is rigged,” said a Montana Republican.", "Montana Republican"),
        ("“The count is fair,” another Oregon Democrat added.", "Oregon Democrat"),
        ("Senate Democrats said they would block the levy.", "Senate Democrats"),
        ("“Nobody believes it,” said one Democrat familiar with the talks.", "Democrat"),
        ("“Nobody believes it,” a Republican said.", "Republican"),
        ("“It is over,” a Democratic strategist said.", "Democratic strategist"),
        ("“No,” said Idaho Republican Clara Dunne.", "Clara Dunne"),
    ],
)
def test_a_party_member_speaks_under_the_party_word(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    "body",
    ["The ruling could blunt Republican claims of fraud.", "Ed Moss, a Republican seeking the seat, ran hard."],
)
def test_a_party_adjective_or_apposition_is_no_speaker(body: str) -> None:
    assert speakers(body)[0] in (None, "Ed Moss")


# A name and a colon before a quotation: a digest's or a Q&A's speaker label
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("TURNOUT IS UP - Dana Kirsch: “Early voting has doubled in the county.”", "Dana Kirsch"),
        ("Rep. Omar Stiles (D-Ore.):“I have never heard that figure.”", "Omar Stiles"),
        ("Governor Nell Price spoke first. Price: “We will rebuild the bridge.”", "Nell Price"),
    ],
)
def test_a_name_and_a_colon_label_a_quotation(body: str, speaker: str) -> None:
    assert speaker in speakers(body)


@pytest.mark.parametrize(
    "body", ["Details: “The plan is big.”", "The mayor gave one reason: “It is cheap.”", "Fans chanted: “Go home.”"]
)
def test_a_colon_after_a_word_or_a_clause_is_no_label(body: str) -> None:
    assert speakers(body) == [None]


@pytest.mark.parametrize(
    "body",
    [
        "Asked by Tom Reed whether he thought the plan would pass, Senator Ann Kerr said it would.",
        "When asked by a reporter if she believed the figures, Senator Ann Kerr replied that she did.",
    ],
)
def test_the_answer_not_the_question_of_an_asked_opener_gives_the_speaker(body: str) -> None:
    assert speakers(body) == ["Ann Kerr"]


def test_confiding_is_telling() -> None:
    assert speakers("Mayor Ann Ruiz confided to her aides that the dam would fail.") == ["Ann Ruiz"]


def test_a_phrase_of_place_or_time_may_stand_between_a_cue_and_its_complement() -> None:
    # "declared in an interview with the Herald that ...", "responded in a text message: “...”": the complement is
    # still the cue's; not "respond to claims that" (the claims say it) nor a colon that lists ("in a mayor: ...")
    body = (
        "Mayor Ann Ruiz declared in an interview with the Herald that the toll would stay. "
        "Asked why, Tom Vance responded in a text message: “The port will close.” "
        "Judge Lena Park will not respond to recent claims that her aides lied. "
        "Voters wanted in a mayor: honesty, thrift and calm."
    )
    assert speakers(body) == ["Ann Ruiz", "Tom Vance", None, None]


def test_talk_whose_words_the_sentence_gives_is_a_report() -> None:
    # "talks about how ...", "talked through the issues ...: ...", "talks about “...”": the talk's words are there;
    # a bare topic ("talked about the toll"), a passive and a text that "talks" are no one's position
    body = (
        "And Mayor Ann Ruiz frequently talks about how she pushed the council to fund the dam. "
        "Governor Tom Vance talked through the issues that matter to farmers: the toll and the dam. "
        "Judge Lena Park has not talked about the toll. "
        "The toll will be talked about today: it is the only issue. "
        "The statement talked about giving voters “the final say.”"
    )
    assert speakers(body) == ["Ann Ruiz", "Tom Vance", None, None, None]


# Stance verbs: a position when a name is their plain subject, nothing otherwise
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mayor Ana Ruiz railed against the bus fares.", "Ana Ruiz"),
        ("Ms. Ruiz has disparaged the new council.", "Ana Ruiz"),
        ("Ana Ruiz knows the city must build more housing.", "Ana Ruiz"),
        ("Last spring, Ana Ruiz assailed the port authority.", "Ana Ruiz"),
        ("Harbor Democrats want a vote on the levy.", "Harbor Democrats"),
        # a cause named is a view taken: "attributed the loss to"
        ("The Ruiz campaign attributed her narrow loss to the rain.", "Ruiz campaign"),
    ],
)
def test_a_stance_verb_with_a_named_subject_is_a_position(body: str, speaker: str) -> None:
    assert speakers("Mayor Ana Ruiz spoke on Monday. " + body)[1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "She railed against the bus fares.",  # a pronoun: a stance is pinned only on a name
        "Ana Ruiz may want to check her figures.",
        "The cuts favored by Ms. Ruiz failed.",
        "It is hard to think that Ana Ruiz sees it that way.",
        "He liked the ideas Ana Ruiz championed.",
        "The narrow loss can be attributed to the rain.",  # a passive: nobody named takes the view
    ],
)
def test_a_stance_verb_without_a_plain_named_subject_is_no_position(body: str) -> None:
    assert speakers("Mayor Ana Ruiz spoke on Monday. " + body)[1] is None


def test_a_speech_cue_later_in_the_sentence_wins_over_a_stance() -> None:
    body = "Ms. Ruiz championed the pier sale as a windfall, her aide Tom Vale said."
    assert speakers("Mayor Ana Ruiz spoke on Monday. " + body)[1] == "Tom Vale"


def test_a_quotation_goes_on_in_the_voice_of_the_sentence_before_not_the_man_it_names() -> None:
    body = (
        "Tom Reed won the farm vote by a wide margin, said Mark Dunn, a pollster in the state. "
        "“He gave one speech and the farmers were sold,” he said."
    )
    assert speakers(body) == ["Mark Dunn", "Mark Dunn"]


def test_after_a_question_the_next_quotation_is_the_answer() -> None:
    body = (
        "Senator Tom Reed looked tired when Mark Dunn asked whether the bill would pass. "
        "“I just don't think you can predict it,” he said."
    )
    assert speakers(body)[1] != "Mark Dunn"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The levy will pass, some Harbor Democrats now think.", "Harbor Democrats"),
        ("Ana Ruiz still believes that the levy will pass.", "Ana Ruiz"),
    ],
)
def test_now_and_still_stand_between_a_subject_and_its_cue(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Harbor economists, like their rivals upstate, say the levy is fair.", "Harbor economists"),
        ("Ana Ruiz, unlike her rivals, said the levy would pass.", "Ana Ruiz"),
        ("Even the loudest hawks, like Tom Vale, say the levy is unfair.", "Tom Vale"),
    ],
)
def test_a_like_aside_between_subject_and_cue(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The ruling gave fresh hope to Harbor Democrats who say the levy is unfair.", "Harbor Democrats"),
        ("Mayor Ana Ruiz, who said the levy was unfair, left early.", "Ana Ruiz"),
        ("The levy is unfair, said Tom Vale, who told Ana Ruiz so.", "Tom Vale"),  # the sentence's own cue first
        ("He met the voters who believed the levy was unfair.", None),  # belief, and no named voice
    ],
)
def test_who_says_reports_the_person_before_it(body: str, speaker: str | None) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Most Zoomers favor a larger port.", "Zoomers"),
        ("By a wide margin, Zoomers support the levy.", "Zoomers"),
        ("Ana Ruiz bitterly assailed the port authority.", "Ana Ruiz"),
        ("The Ruiz support among young voters grew.", None),  # a noun after a name
        ("Does Ana Ruiz really want a new port?", None),  # a question takes no stance
    ],
)
def test_plural_stances_adverbs_and_questions(body: str, speaker: str | None) -> None:
    assert speakers("Mayor Ana Ruiz spoke on Monday. " + body)[1] == speaker


def test_the_court_or_the_company_is_the_body_the_article_named() -> None:
    body = (
        "The Harbor Appeals Court heard the case on Monday. The court said the levy must stand. "
        "The Vale Shipping Company lost money. The company said it would recover."
    )
    assert speakers(body)[1::2] == ["Harbor Appeals Court", "Vale Shipping Company"]


def test_a_nested_quote_closing_with_three_apostrophes_ends_the_quotation() -> None:
    # New York Times style: ''...'' is the quotation mark, '...' the quote inside it; "them,'''" closes both,
    # so the "said" after it reports, it is not inside the quotation
    body = "''Most voters will not accept 'We will bomb them,''' said Senator Ruth Kahn of Ohio, on the vow."
    assert speakers(body)[0] == "Ruth Kahn"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("In the free zone, Kazakh traders also say business is poor.", "Kazakh traders"),
        ("Local farmers said the levy would ruin them.", "Local farmers"),
    ],
)
def test_traders_and_farmers_are_voices(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


# A name after a preposition is the object, not who speaks: the people before it speak, named by the phrase
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Critics of Mayor Ruiz said the budget was a fraud.", "Critics of Mayor Ruiz"),
        ("Mayor Ana Ruiz spoke. Aides to Ruiz say she will run again.", "Aides to Ruiz"),
        ("Voters in Dover said the count was fair.", "Voters in Dover"),
        (
            "The port was shut. A spokeswoman for Harbor Freight Lines said it would reopen.",
            "spokeswoman for Harbor Freight Lines",
        ),
        (
            "The vote was close. People familiar with the Vale Group said it would appeal.",
            "People familiar with the Vale Group",
        ),
        ("A spokesman for Mayor Tom Ortiz of Dover defended the route.", "spokesman for Mayor Tom Ortiz of Dover"),
        ("Lena Voss, a spokeswoman for Mayor Tom Ortiz told the Star that he would stay.", "Lena Voss"),
        # a name that owns the preposition's object, a body's name with "of", a share: as before
        ("Senator Carl Moss of Ohio said the plan was dead.", "Carl Moss"),
        ("The vote was close, Dana Reyes at the Dover Star reports.", "Dana Reyes"),
        ("Analyst Tom Hale with the Vale Institute said the plan was dead.", "Tom Hale"),
        ("The University of Dover reported that enrolment fell.", "University of Dover"),
        ("Asked about the plan, 72 percent of Democrats said they backed it.", "Democrats"),
    ],
)
def test_a_name_after_a_preposition_is_not_the_speaker(body: str, speaker: str) -> None:
    assert speakers(body)[-1] == speaker


def test_a_name_in_the_relative_clause_of_the_subject_does_not_speak() -> None:
    # "Officials who spoke with the Daily Star said": the Star reports nothing here
    assert speakers("The vote was close. Officials who spoke with the Daily Star said the count was wrong.")[1] is None


def test_by_and_a_gerund_after_a_cue_is_no_passive_agent() -> None:
    # "concluded by admonishing journalists": how the subject spoke, not who did it; an agent stays one
    body = "Mayor Ana Ruiz spoke for an hour. Ruiz concluded by admonishing reporters who ignore facts."
    assert speakers(body)[1] == "Ana Ruiz"
    assert speakers("The levy, criticized by leading economists, died.")[0] == "leading economists"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an "-ing" cue after a preposition's object belongs to the clause's subject
        ("Senator Ted Vance is making a pitch to Dover voters saying the levy hurts jobs.", "Ted Vance"),
        ("Mayor Ana Ruiz sent a memo to The Daily Star in April explaining her plan.", "Ana Ruiz"),
        # where the object does the "-ing", it speaks
        ("Vance spoke first, with Mayor Ruiz saying the plan was dead.", "Ruiz"),
        ("Tom Hale will be asked about Mayor Ruiz calling the levy a sham.", "Ruiz"),
    ],
)
def test_a_participle_after_an_object_is_the_subjects(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


def test_a_place_and_a_role_before_the_name_give_the_name() -> None:
    # "Texas Sen. Ted Cruz went after ..., calling": the person, not the state
    assert speakers("Dover Sen. Ted Vance went after the mayor, calling her a fraud.")[0] == "Ted Vance"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a later aside reports what came before it: the first cue is inside what was reported
        (
            "Dover did not complain when the levy rose, a senior Vale official said, adding that it was fair.",
            "senior Vale official",
        ),
        ("Mayor Ana Ruiz wants a new wall, Tom Vance said.", "Tom Vance"),
        # not a pronoun's aside, nor one inside a bracket, nor a comma inside the reported words
        ("Mayor Ana Ruiz said that the plan, she said, was dead.", "Ana Ruiz"),
        ("Ruiz tells voters the levy (which, many critics say, is unfair) will stay.", "Ruiz"),
        ("Ruiz said the plan, Vance's idea, was dead.", "Ruiz"),
        # a closing cue with its listener after it: ", Kennedy wrote Linick.", ", Kennedy told reporters on Monday."
        ("Some files that Tom Linick questioned are already stored safely, Ana Kennedy wrote Linick.", "Ana Kennedy"),
        ("Tom Linick criticized the plan, and it will fail, Ana Kennedy told reporters on Monday.", "Ana Kennedy"),
        # but not one whose listener is followed by what was told
        ("Tom Linick criticized the plan, Ana Kennedy told reporters the plan was dead.", "Tom Linick"),
    ],
)
def test_an_aside_with_its_own_speaker_reports_the_words_before_it(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name inside the subject's relative clause is the clause's object, not who speaks
        ("Voters who backed Mayor Ruiz say the levy is unfair.", "Voters"),
        (
            "Many of the local leaders who’d rather be working for Vance or Tom Hale said they would rally.",
            "local leaders",
        ),
        # the relative clause's own subject, a clause after "that", a closed apposition: as before
        ("Much of the ire was directed at Hale, who Ruiz on Wednesday called “a disgrace.”", "Ruiz"),
        ("The row grew so heated over who backed which bill that Mayor Tom Vance said he was lost.", "Tom Vance"),
        ("Ruiz, who beat Vance, said the plan was dead.", "Ruiz"),
        # a comma that only closes a bracket after the name
        ("In Dover, after winning the state, Gov. Tom Vance (R-OH), said, “I’m ready.”", "Tom Vance"),
    ],
)
def test_a_name_in_a_relative_clause_before_the_cue_is_not_the_speaker(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # people of something speak, the something does not
        ("Members of the harbour press accused Ruiz of lying.", "Members of the harbour press"),
        ("Some critics of the levy argue it is unfair.", "critics of the levy"),
        (
            "A Dover Gazette survey of trawler owners, who sell most of the catch, found that half back the levy.",
            "Dover Gazette survey of trawler owners",
        ),
        # not a name run after "of", not a noun used as a verb
        ("Harbour Secretary of State Ana Ruiz sent out a statement saying the levy would stay.", "Ana Ruiz"),
        ("Tom Vance, a founder of the centrist think tank Sea Way, said the levy was fair.", "Tom Vance"),
    ],
)
def test_people_of_something_speak(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a plural subject takes the base form of a reporting verb; the main clause's subject speaks, not the owner
        # of a noun cue after it
        ("Harbour leaders point to Ruiz's call for a ban on trawlers as proof of his aims.", "Harbour leaders"),
        ("Senior harbour officials disagree on what the levy should pay for.", "Senior harbour officials"),
        ("Critics cite the levy as the reason for the closures.", "Critics"),
    ],
)
def test_a_plural_subject_with_a_base_form_cue_speaks(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a closing aside reports all the sentence before it, whoever acts in it, even with a when or where after
        (
            (
                "Mary Olsen, 21, held up a sign at the rally. The moment she held them up, Trump supporters ripped "
                "the signs away and began to shove her, she said in an interview."
            ),
            [None, "Mary Olsen"],
        ),
        (
            "Mary Olsen, 21, held up a sign at the rally. Trump supporters criticised the signs, she said.",
            [None, "Mary Olsen"],
        ),
        # an aside that goes on ("she said, adding...") is still left to the sentence's own subject
        (
            (
                "Mary Olsen, 21, held up a sign at the rally. Trump supporters criticised the signs, she said, "
                "adding that she left early."
            ),
            [None, "Trump supporters"],
        ),
    ],
)
def test_a_closing_pronoun_aside_reports_the_sentence(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "“We need the port,” Omar Ruiz said. “Vote no on the levy,” read one.",
        "“We need the port,” Omar Ruiz said. “Closed for good,” a banner on the pier read.",
    ],
)
def test_a_sign_that_reads_is_a_new_voice_not_the_last_speaker(body: str) -> None:
    assert speakers(body)[1] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Ruiz campaign sent an email on Monday saying the port must stay open. “I can win,” the email read.",
            "Ruiz",
        ),
        ("“We need the port,” Omar Ruiz said. He read the report twice.", None),
        ("Omar Ruiz read the report aloud to the council.", None),
    ],
)
def test_read_reports_only_a_text_quoted_beside_it(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


def test_a_closing_said_with_its_subject_reports_the_whole_sentence() -> None:
    # "Mayor Vance warned ..., said a council aide who ...": the aide tells of the warning, not the mayor
    body = (
        "Mayor Ida Vance warned the port board not to raise fees, said a council aide who attended the meeting. "
        "The board met on Friday, said Omar Pell."
    )
    assert speakers(body) == ["council aide", "Omar Pell"]
    # but a "said" that goes on with what is said keeps the first speaker
    assert speakers("Mayor Ida Vance warned the board not to act, said the fees were too high.") == ["Ida Vance"]


def test_who_obtained_or_was_given_a_document_is_not_its_voice() -> None:
    # the Daily Star only obtained the letter, the Harbour Trust only commissioned the study: theirs are not
    # the words; the author named before the participle is
    assert speakers(
        "A study by Velmont Analytics, prepared for the Harbour Trust, predicted that fees would rise."
    ) == ["Velmont Analytics"]
    # the author after "written by" keeps the words; so does a person "elected to" something
    assert speakers("A memo written by Ann Lee for the mayor warns that the port will close.") == ["Ann Lee"]
    assert speakers("Ann Lee, who was elected to the Senate, said the port will close.") == ["Ann Lee"]


def test_a_full_name_in_ordinary_case_labels_a_transcripts_line() -> None:
    # a panel's transcript quoted in the article: "Dana Kell:" says who speaks the line, not the panelist before
    body = (
        "A panel led by Dana Kell of Channel 9 argued that the levy is naive, Omar Pell said. "
        "“Dana Kell: Seriously, it will never pay for itself."
    )
    assert speakers(body) == ["Omar Pell", "Dana Kell"]
    # a heading's label that names nobody the article has given a person is no speaker
    assert speakers("Dana Kell argued that the levy is naive. Bottom Line: We will see.") == ["Dana Kell", None]


def test_a_participle_in_an_opening_with_phrase_is_no_ones_words() -> None:
    # "With a vote for Ann Lee ruled out, Tom Cross said": Cross speaks; nobody "ruled" anything in the opener
    body = "With a vote for Ann Lee ruled out, Tom Cross said he is left with only two options."
    assert speakers(body) == ["Tom Cross"]
    # an opening "With" and a name alone is no participle: the main clause speaks as before
    assert speakers("With Ann Lee, Tom Cross said he is left with two options.") == ["Tom Cross"]


def test_a_cue_in_a_bracketed_aside_speaks_only_when_nothing_else_does() -> None:
    # the bracket reports a headline beside the sentence; the clause outside it has the sentence's words
    body = (
        "When Vale said Ruiz “is no fisherman” on the radio, the mayor fed the tabloids "
        "(“Mayor Sinks Rival,” declared the Dover Herald) and showed her knack for timing."
    )
    assert speakers(body) == ["Vale"]
    # alone, the aside's voice is still the sentence's
    body = (
        "The mayor fed the tabloids (“Mayor Sinks Rival,” declared the Dover Herald) and showed her knack for timing."
    )
    assert speakers(body) == ["Dover Herald"]


def test_clarified_reports_what_follows_it() -> None:
    # the outer speaker of "X clarified that Y never backed Z" is X: Y's stance is only what X says
    assert speakers("Vale later clarified that Ruiz never supported the ferry union.") == ["Vale"]
    assert speakers("A harbour aide later clarified that Ruiz misspoke.") == ["harbour aide"]
    # with no "that", a choice or a rule clarified is no one's words
    assert speakers("The vote has clarified the choice before the fishing towns.") == [None]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Vale made it clear that the union wants something firmer.", "Vale"),
        ("Lena Park has made very clear that she opposes the levy.", "Lena Park"),
        # no "that", no quotation: nothing stated
        ("The storm made the harbour clear of boats.", None),
    ],
)
def test_made_clear_reports_what_follows_it(body: str, speaker: str | None) -> None:
    assert speakers(body) == [speaker]


def test_a_cue_right_after_a_quotation_reports_it_whatever_cue_stood_inside() -> None:
    # a quotation with a second opening mark inside it leaves "shows that" looking unquoted: its subject (a claim)
    # is nobody we can name, but the closing "wrote Omar Ruiz" still reports the whole quotation
    body = (
        "“The mayor’s claim that the levy “has to do with the harbour” shows that he has no clue about the fleet,” "
        "wrote Omar Ruiz, head of the Dover fishermen."
    )
    assert speakers(body) == ["Omar Ruiz"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a cue anywhere in a clause that opens on "while", "after", "when" and ends at its comma is that clause's:
        # the main clause after the comma speaks first
        (
            (
                "And while the harbour board was glad to hear Ruiz pledged his support, Vale made it clear that "
                "her union wanted something firmer."
            ),
            "Vale",
        ),
        (
            "After the Dover Herald's Dana Kell asked him who would win, Omar Ruiz replied, “Lena Park will.”",
            "Omar Ruiz",
        ),
        ("When the moderator pointed out that Ruiz had not answered, Lena Park said the toll was theft.", "Lena Park"),
        # alone, the opening clause's voice is still the sentence's
        ("While the harbour board was glad to hear Ruiz pledged his support, the vote was close.", "Ruiz"),
    ],
)
def test_an_opening_subordinate_clause_speaks_after_the_main_clause(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a participle hangs on the nearest clause: after "although" or "but" and a name, that name's
        (
            "Omar Ruiz won the primary here, although Lena Park won the spin by declaring herself the comeback kid.",
            "Lena Park",
        ),
        ("Omar Ruiz lost the vote, but Lena Park won the seat by arguing that the levy was theft.", "Lena Park"),
        # a pronoun after the link is most often the first clause's subject again
        ("Dover Gov. Lena Park is backing Omar Ruiz, but she’s not predicting he’ll win the caucuses.", "Lena Park"),
        # "and" also ends a list: the list's subject still speaks
        ("Omar Ruiz, Lena Park, and Dana Vale won their seats by arguing that the levy was theft.", "Omar Ruiz"),
    ],
)
def test_a_participle_belongs_to_the_clause_it_hangs_on(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]


def test_a_quotation_opened_after_a_direction_mark_is_read_as_opened() -> None:
    # a pasted post often starts on an invisible direction mark, and its opening quote is typed as a closing one
    body = "Readers answered the mayor online. \u202a”Dorn declares war on the boats! We must stop it!” wrote Ann Ruiz."
    assert speakers(body)[1:] in ([None, "Ann Ruiz"], ["Ann Ruiz", "Ann Ruiz"])  # never Dorn, whom her words name
