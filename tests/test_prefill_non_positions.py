"""Sentences that are no position at all (issue 11, class 3): a cue word in another sense, a paper's own label.

Cases written for these rules, not taken from any corpus. Each pairs a sentence that must stay without a speaker
with a near twin that must keep its speaker, so a rule that drops real positions fails here too.
"""

from __future__ import annotations

import pytest

from tests.prefill_support import speakers


@pytest.mark.parametrize(
    "body",
    [
        # an adjective after a degree word
        "Lena Park leads in the polls, and winning the coast would close one of her most promising routes to a majority.",
        "Lena Park leads the polls, and the coast is her most promising route.",
        # a plural noun after "have": no verb form follows "have" with an -s
        "Norway, Iceland and the Faroes have claims on the fishing grounds.",
        # a number that changed
        "Trade between the two countries declined 12 percent in the spring.",
        "While Norway added around 40,000 jobs in March, Iceland lost some.",
        # a count of votes or seats claimed: won, not said
        "Lena Park beat Omar Ruiz in the primary, claiming 41 percent of the vote to his 33 percent.",
        "Lena Park claimed about 30 delegates on Tuesday.",
        # "add" with a thing added: put in, not said
        "The harbour master has added another facet to his job.",
        "The new report adds a missing voice to the record of the strike.",
        # money accepted: taken, not a view agreed with
        "Over a decade the Vale Trust accepted $3 million from shipping firms.",
        "Lena Park accepted large gifts from the ferry lobby.",
        "The Vale Fund accepted donations from two shipping firms.",
        # something withheld from someone: not a denial in words
        "The chair denied Lena Park a seat on the stage.",
        "The chair moved to deny Lena Park the nomination.",
        # torn away or cheated: not criticised
        "The Dover Rangers ripped the banners away after the vote.",
        "Omar Ruiz ripped the signs down and left.",
        # a person known on sight: not a claim acknowledged
        "On the ferry to the island, they were recognized by Dover voters.",
        # a handle as the whole complement
        "Dana Ortiz covers the fisheries. She tweets @dortiz_fish.",
        # nothing said: declined to comment, as "did not respond to requests for comment" (issue 11, class 3)
        "Lena Park declined to comment on the quotas.",
        "The ministry refused to say whether the quotas were set in secret.",
    ],
)
def test_a_cue_word_in_another_sense_is_no_position(body: str) -> None:
    assert speakers(body)[-1] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ruiz is promising a new harbour to the fishing towns.", "Ruiz"),
        ("Lena Park has claimed the quotas were set in secret.", "Lena Park"),
        ("Lena Park claims the quotas were set in secret.", "Lena Park"),
        ("Lena Park claimed 40 percent of voters back the quotas.", "Lena Park"),
        ("Lena Park added that the quotas were set in secret.", "Lena Park"),
        ("“It is over,” added a harbour official.", "harbour official"),
        ("Lena Park added to reporters that the quotas were set in secret.", "Lena Park"),
        ("Lena Park refused to back the quotas.", "Lena Park"),
        ("Lena Park accepted the ruling of the harbour court.", "Lena Park"),
        ("Omar Ruiz denied Tuesday the claims that he took bribes.", "Omar Ruiz"),
        ("Omar Ruiz denied the report on Tuesday.", "Omar Ruiz"),
        ("Omar Ruiz ripped into Lena Park over the levy.", "Omar Ruiz"),
        ("Omar Ruiz ripped Lena Park for backing the levy.", "Omar Ruiz"),
        ("Omar Ruiz recognized that the levy had failed.", "Omar Ruiz"),
        ("Lena Park tweeted that the quotas were set in secret.", "Lena Park"),
    ],
)
def test_the_same_cue_words_still_report(body: str, speaker: str) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "CORRECTION: An earlier version of this article gave the wrong date for the vote.",
        "EMAIL: desk@harbourgazette.example.",
        "UPDATE: The council has postponed the vote.",
    ],
)
def test_an_editorial_label_is_no_speaker(body: str) -> None:
    assert speakers(body)[0] is None


def test_a_transcript_label_still_names_its_speaker() -> None:
    assert speakers("ORTIZ: We will not sign the quota deal.")[0] == "ORTIZ"


def test_testified_without_what_was_said_is_no_position() -> None:
    assert speakers("Lena Park testified before the harbour committee last spring.")[0] is None
    assert speakers("Lena Park testified that the quotas were set in secret.")[0] == "Lena Park"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the main clause's speaker comes before the one in a clause opened by "when" or "after"
        ("Not long after Lena Park tweeted the figures, Omar Ruiz asked her about the quotas.", "Omar Ruiz"),
        ("When Lena Park said the quotas were unfair, Omar Ruiz replied that they were set by law.", "Omar Ruiz"),
        # "while" opens the contrasting clause: the brief's one item per sentence keeps the first, main clause's
        ("Lena Park suggested the quotas were unfair, while Omar Ruiz said they were set by law.", "Lena Park"),
        # alone, the clause's speaker still speaks
        ("A week after Lena Park announced that the quotas would be cut, the harbour fell quiet.", "Lena Park"),
    ],
)
def test_the_main_clause_speaks_before_a_subordinate_clause(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        # a clause of time whose cue reports nothing only says when: nobody's position, even alone
        "After Omar Ruiz testified, the panel turned to the harbour fund.",
        "The ferry union raised $40,000 after Lena Park endorsed it in an email to donors.",
        "The fees stayed secret until the Harbour Gazette asked about them in April.",
    ],
)
def test_a_time_clause_that_says_nothing_is_no_position(body: str) -> None:
    assert speakers(body)[0] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("After Omar Ruiz said in May that the toll was theft, the panel turned to the harbour fund.", "Omar Ruiz"),
        ("The donors left after Omar Ruiz called them “pirates” at the dinner.", "Omar Ruiz"),
        ("When Omar Ruiz testified, he said the fund was empty.", "Omar Ruiz"),
        # "as" and "although" take up the main clause as what was noted or disputed
        ("The levy would sink the ferries, as the Harbour Gazette has noted before.", "Harbour Gazette"),
        ("The reef lies in Norwegian waters, although Iceland disputes this.", "Iceland"),
    ],
)
def test_a_subordinate_clause_that_reports_still_speaks(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Since announcing in October that he would not run, Omar Ruiz has been a loyal ally.",
        "Specifically I’ve heard from many voters, all expressing concern about the quotas.",
        "Specifically I'm hearing from the fishing towns, all expressing concern about the quotas.",
    ],
)
def test_an_opening_word_or_a_contraction_is_no_speaker(body: str) -> None:
    assert speakers(body)[0] not in ("Since", "Specifically I’ve", "Specifically I'm", "I’ve", "I'm")


def test_a_name_that_opens_the_sentence_still_speaks() -> None:
    assert speakers("Lena Park met the fishing towns. Park also noted that the quotas were set in secret.")[1] == (
        "Lena Park"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a noun cue with what it reports speaks for its owner, not for a name elsewhere in the sentence
        ("In the debate, Lena Park's statement about the quotas was not challenged by Omar Ruiz.", "Lena Park"),
        ("Norway's pledge to cut the catch was warmly welcomed by Iceland.", "Norway"),
        ("Other mayors joined Lena Park's call for a recount.", "Lena Park"),
        # the object of someone else's reporting verb: the position is theirs, the call only what they oppose
        (
            "The Dover Harbour Board passed a motion condemning Mayor Tom Vance’s call for a levy.",
            "Dover Harbour Board",
        ),
        ("At the pier, the crowd denounced Mayor Tom Vance’s call for a levy on ferries.", None),
        # without what it reports, or with no owner, it is no position
        ("Lena Park won the vote. Park's statement was a reminder of the split.", None),
        ("Lena Park spoke at noon. Let's unpack that statement.", None),
    ],
)
def test_a_noun_cue_speaks_for_its_owner(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        (
            "Mr. Ruiz, whose newest firm, Seaboat, builds ferries for the islands, said Ms. Park was a candidate in "
            "the spirit of the harbour."
        ),
        (
            "The judges who ruled that the two states could not enforce their laws, for instance, said the problem "
            "was not requiring a photo ID; the problem was the fleet."
        ),
    ],
)
def test_a_clause_after_said_is_reported_content_not_an_inverted_subject(body: str) -> None:
    assert speakers(body)[0] not in ("Park", "ID")


def test_a_name_that_is_also_a_verb_still_follows_said() -> None:
    assert speakers("“It is a costly model,” said Will Doyle, a professor of economics.")[0] == "Will Doyle"


@pytest.mark.parametrize(
    "body",
    [
        "A year later, Mayor Ruiz called Tom Vance.",  # a phone call
        "Ruiz called both candidates Tuesday night and met them on Friday.",
        "After the vote, Ruiz called her to get together again.",
        "The two firms called off the merger after the ruling.",
        "The council called snap elections for October.",
        "Why had Ruiz called into the morning show on Friday?",
    ],
)
def test_a_call_that_is_a_phone_call_or_a_summons_is_no_position(body: str) -> None:
    assert speakers(body)[-1] is None


@pytest.mark.parametrize(
    "body",
    [
        "Ruiz called Vance a liar.",
        "Ruiz called him “a fraud.”",
        "Ruiz called on Vance to resign.",
        "Ruiz called for a ban on the levy.",
        "Ruiz called them on it: “The questions are unfair.”",
        "Ruiz called the town’s election “a farce” and left.",
    ],
)
def test_a_call_that_names_or_demands_is_a_position(body: str) -> None:
    assert speakers(body)[-1] == "Ruiz"


@pytest.mark.parametrize(
    "body",
    [
        "Ruiz did not reply to a request for comment on Tuesday.",
        "The Vale Group has not commented on the report.",
    ],
)
def test_no_reply_or_no_comment_is_no_position(body: str) -> None:
    assert speakers(body)[-1] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Senator Ana Ruiz won the Dover caucus, claiming her third victory of the night.", None),
        ("Ruiz claimed the prize for beating expectations.", None),
        ("The senator has struggled, instead claiming some victories in the north.", None),
        # a claim in words stays one
        ("Ruiz claimed that the victory was stolen.", "Ruiz"),
        ("Mayor Tom Vance is already claiming victory in the race.", "Tom Vance"),
        ("The Vale Front claimed responsibility for the attack.", "Vale Front"),
    ],
)
def test_a_claimed_victory_is_a_win_not_a_claim(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("All the Greens seeking the governor's office raced into the first forum.", None),
        ("Rep. Ida Kolb was not seeking a third term.", None),
        ("Entering the forum, Tom Vance and Ed Marr -- seeking breakout wins -- faced attacks from Ana Ruiz.", None),
        # what someone seeks to show or say stays theirs
        ("Mayor Ana Ruiz is seeking to show that the port is safe.", "Ana Ruiz"),
    ],
)
def test_seeking_an_office_is_who_someone_is_not_what_they_say(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Past correspondence on the Vale statement was so sensitive that it was classified.",
        "When it came to the Dover pledge, however, the talks stalled.",
        "The race was too close to call for much of the night.",
    ],
)
def test_a_statement_talked_about_or_a_close_race_is_no_position(body: str) -> None:
    assert speakers(body)[-1] is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Mayor Ana Ruiz issued a statement saying the levy would stay.", "Ana Ruiz"),
        ("Senator Tom Vance, in a statement released on Thursday, said he was grateful.", "Tom Vance"),
        ("Mayor Ana Ruiz used her speech to call for a new levy.", "Ana Ruiz"),
        ("Mayor Ana Ruiz opened with a call for calm.", "Ana Ruiz"),
    ],
)
def test_a_statement_someone_makes_is_theirs(body: str, speaker: str) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # refusing to act is a deed, not a stated position; consenting to an interview says how a source was heard
        ("Mayor Tom Vance refused to intervene, and the strike went on.", None),
        ("The Vale Group declined to renew its lease on the pier.", None),
        ("Lena Park declined to formally respond to the charge.", None),
        ("Lena Park agreed to talk on the condition that her name not be used.", None),
        # unless what is refused is itself saying or backing something; an accord between parties is theirs
        ("Omar Ruiz refused to rule out a run.", "Omar Ruiz"),
        ("Lena Park refused to endorse Omar Ruiz.", "Lena Park"),
        ("Both sides agreed to keep talking in Oslo.", "Both sides"),
        # a verb coordinated with the refusal still has its subject
        (
            "A spokesman for the Vale Group declined to name the buyers but said the sale was legal.",
            "spokesman for the Vale Group",
        ),
        ("Omar Ruiz declined to name the buyers, saying the sale was legal.", "Omar Ruiz"),
        # an opening adverb's capital names nobody
        (
            'Soon after, Lena Park agreed to keep the posts apart, including a pledge to "stay out of the deal."',
            "Lena Park",
        ),
    ],
)
def test_refusing_to_act_is_a_deed(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # words referred to by a relative word or "nothing"/"everything" are not reported: no position of theirs
        ("Nothing the mayor said will calm the fishing towns, Omar Ruiz said.", "Omar Ruiz"),
        ("The memo contradicted what Lena Park said about the port.", None),
        ("The levy was raised again, something Mayor Lena Park suggested last week.", None),
        ("Dana Ortiz read out the words that Lena Park wrote.", None),
        # what the verb reports stays a position
        ("The plan that Omar Ruiz said would fail was passed.", "Omar Ruiz"),
        ("Dana Ortiz said that Lena Park wrote the memo.", "Dana Ortiz"),
        ("What Omar Ruiz says is a pattern of neglect.", "Omar Ruiz"),
    ],
)
def test_words_referred_to_are_not_reported(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a relative clause whose object is the thing it describes: the sentence is about the thing
        ("Ferry owners profit from the subsidies that Omar Ruiz supports: they run the boats.", None),
        ("The ferry line carried twice the passengers that Dover analysts expected.", None),
        ("The port never fixed the breaches that Dover regulators revealed in later audits.", None),
        ("The vote gave the port the result that Omar Ruiz was seeking.", None),  # a progressive verb too
        # what the clause reports, a thing the sentence says its subject is, or words answered stay positions
        ("Ruiz kept the taxes that Lena Park argued last year were unfair.", "Lena Park"),
        ("Vance is a rival whom Omar Ruiz views with suspicion.", "Omar Ruiz"),
        ("The levy was called secret, an allegation that Omar Ruiz rejected on Monday.", "Omar Ruiz"),
        ("Lena Park knew that Omar Ruiz opposed the levy.", "Omar Ruiz"),
        ("It is the plan that Omar Ruiz was saying would fail.", "Omar Ruiz"),
    ],
)
def test_a_relative_clause_about_a_thing_is_no_position(body: str, speaker: str | None) -> None:
    assert speakers(body)[-1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The count was not as bad as Lena Park claimed.",
        "The harbour is not as dirty as most dock workers believe.",
        "Turnout reached 9,000, about 2,000 more than most party officials expected.",
    ],
)
def test_words_a_comparison_measures_against_are_no_position(body: str) -> None:
    assert speakers(body)[-1] is None


@pytest.mark.parametrize(
    "body",
    [
        "As Omar Ruiz said, the port is shut.",
        "The port is shut, just as Omar Ruiz said.",
        "Omar Ruiz said the port is as safe as it was.",
    ],
)
def test_words_reported_beside_an_as_are_still_a_position(body: str) -> None:
    assert speakers(body)[-1] == "Omar Ruiz"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a relative clause with no "that": the thing the name added or announced is spoken of, nothing stated
        ("Analysts will watch the number of new members Orlan Bank added over the spring.", [None]),
        ("The council replied with the lawsuit Mayor Ida Vance announced that same day, as planned.", [None]),
        # its twins: the name is the subject of its own clause, or in apposition to the one who speaks
        ("Orlan Bank added that the spring was slow.", ["Orlan Bank"]),
        ("Ida Vance announced that same day that the appeal would go ahead.", ["Ida Vance"]),
        ("The veteran mayor Ida Vance said on Monday that the appeal would go ahead.", ["Ida Vance"]),
    ],
)
def test_a_name_in_a_relative_clause_without_that_states_nothing(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # what someone was after in a clause that only sets the scene: no position of theirs
        ("Tom Vale looked older than when he was seeking to rescue his campaign in 1992.", None),
        ("Tom Vale took a detour to meet with the man he is seeking to succeed.", None),
        ("Critics doubt the port will open at a time when Ana Ruiz is hoping to sell it.", None),
        # the same wish as the sentence's own statement, or the reason for a deed, still speaks
        ("Tom Vale is seeking to win the state.", "Tom Vale"),
        ("That is the reason President Tom Vale is seeking approval of the pact.", "Tom Vale"),
        ("When he was seeking the nomination, Tom Vale said the party was broken.", "Tom Vale"),
    ],
)
def test_a_wish_in_a_scene_setting_clause_is_no_position(body: str, speaker: str | None) -> None:
    assert speakers(body)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name after the cue that only describes the noun after it: the cue's object, no inverted subject
        ("The sound system, cycling through old songs, added Latin hits including a ballad.", None),
        # a name, then a title of one or more lower-case words, then the person: the person speaks
        ("“It is over,” said Leeds resident Tom Fox.", "Tom Fox"),
        ("“It is over,” added Vale adviser Tom Fox.", "Tom Fox"),
    ],
)
def test_a_name_describing_the_object_after_a_cue_is_no_inverted_subject(body: str, speaker: str | None) -> None:
    assert speakers(body)[0] == speaker
