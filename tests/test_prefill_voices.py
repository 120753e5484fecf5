"""Main voices: the people an article quotes most must appear as speakers in the brief (issue 11).

Each case is written for this file (made-up people and sentences, not from any corpus) and names
the sentence's speaker, or None where the sentence is no position, sentence by sentence.
"""

from __future__ import annotations

import pytest

from briefing.prefill import draft
from briefing.prefill.analysis import analyse
from briefing.prefill.draft import prefill
from briefing.reader import article_from_text
from tests.prefill_support import speakers


def test_a_name_with_a_decomposed_or_mis_decoded_accent_is_one_name() -> None:
    # "Pen\u0303a" (an accent as a combining mark) is one word; "MuÃ±oz" (UTF-8 read as Latin-1) is put right by
    # the reader, and is one word either way
    body = "Luis Pen\u0303a Ortiz, the former envoy, said the talks had failed. Ana Mu\u00c3\u00b1oz said so too."
    assert speakers(body) == ["Luis Pen\u0303a Ortiz", "Ana Mu\u00f1oz"]


def test_participle_and_proclaiming_cues_report_their_clause_subject() -> None:
    body = (
        "Mayor Ann Ruiz heralded the harbour deal as a “breakthrough.” "
        "Governor Tom Reyes hit back at the union, accusing it of misleading members. "
        "Senator Joan Park mocked the plan on Monday, tweeting that it “will never work.” "
        "Dr. Ivan Holt, the former health minister, proclaimed that the clinics were safe."
    )
    assert speakers(body) == ["Ann Ruiz", "Tom Reyes", "Joan Park", "Ivan Holt"]


def test_an_inverted_subject_names_the_person_not_whose_ally_they_are() -> None:
    # "said Lee ally Tom Vance": a word for who the person is stands between the owner and the full name
    body = (
        "Governor Amy Lee toured the port on Monday. “It is a fair tax,” said Lee ally Tom Vance. "
        "“Nobody wants it,” said Reform pollster Dana Kirk on Monday. “We will see,” said Lee after the vote."
    )
    assert speakers(body) == [None, "Tom Vance", "Dana Kirk", "Amy Lee"]


def test_a_summary_line_joined_to_the_sentence_it_points_back_to_names_its_speaker() -> None:
    # "She has urged..." joins the sentence that says who she is; the line names her though the first sentence
    # holds no cue
    text = (
        "Harbour plan splits council\n\nGovernor Amy Lee wants a new harbour for the city. She has urged the "
        "council to fund the harbour by May.\n\nThe council meets on Monday. Harbour traders are split over the "
        "cost of the harbour. The old harbour closed in 1990."
    )
    summary = next(s for s in prefill(article_from_text(text)).sections if s.id == "summary")
    first = summary.items[0]
    assert first.text.startswith("Governor Amy Lee wants") and "She has urged" in first.text
    assert first.speaker == "Amy Lee"


def test_an_attributed_sentence_in_context_keeps_its_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    # Positions is full (one voice here, forty in a long article), so Reyes's look back goes to Context: the
    # item still says who said it, as a Summary or Outlook item does
    monkeypatch.setattr(draft, "MAX_POSITIONS", 1)
    text = (
        "Port Deal Stalls\n\nThe port deal between Norland and Vesta stalled on Monday over customs fees. "
        "Negotiators for Norland and Vesta left the port talks in Geneva without a date to return.\n\n"
        "Freight firms in Norland and Vesta have warned of port delays at the border.\n\n"
        "Minister Ana Lopes said the port deal was not dead.\n\nTalks on fishing quotas go on in Oslo this week.\n\n"
        "Senator Tom Reyes said the customs fees had doubled since the treaty of 1998."
    )
    brief = prefill(article_from_text(text))
    context = next(s for s in brief.sections if s.id == "context")
    reyes = next(item for item in context.items if item.text.startswith("Senator Tom Reyes"))
    assert reyes.speaker == "Tom Reyes"


def test_a_key_issue_that_states_someones_intention_names_them() -> None:
    # no headings, so the key issues are the article's salient sentences; Brandt's line states what she seeks, not
    # words she said: the item names her, as a Summary, Outlook or Context line would
    text = (
        "Ferry fares rise again\n\nFerry fares across the bay rose for the third time this year on Monday. "
        "Commuters on the bay ferry now pay twice what they paid in spring. The ferry line carries ten thousand "
        "people a day. Bay commuters crowded the ferry pier on Monday morning.\n\n"
        "The ferry pier was built by the navy. Its cafe sells coffee and buns to commuters.\n\n"
        "Mayor Ines Brandt has sought to freeze ferry fares for commuters until the ferry contract ends.\n\n"
        "Gulls nest on the pier roof."
    )
    issues = next(s for s in prefill(article_from_text(text)).sections if s.id == "key_issues")
    brandt = next(item for item in issues.items if item.text.startswith("Mayor Ines Brandt"))
    assert brandt.speaker == "Ines Brandt"
    assert all(item.speaker is None for item in issues.items if item is not brandt)


def test_a_hedged_line_about_now_the_outlook_cannot_hold_stays_a_position() -> None:
    # "probably" makes Gruber's second line look forward, and his party is already heard, so it is sent to the
    # Outlook; but it says nothing of what comes next: it stays his position instead of leaving the brief
    text = (
        "Dock strike enters second week\n\nDock workers in Varna stayed off the job for a second week on Monday. "
        "Cargo ships were waiting in the bay. Shops near the docks have closed early. The strike began over pay.\n\n"
        "The docks handle most of the country's grain.\n\n"
        '"We are owed three years of wages," said Anton Gruber, a union steward.\n\n'
        '"It is probably the longest strike this port has seen," Gruber said.\n\n'
        "Gulls nest on the pier roof."
    )
    brief = prefill(article_from_text(text))
    positions = next(s for s in brief.sections if s.id == "positions")
    assert [item.speaker for item in positions.items] == ["Anton Gruber", "Anton Gruber"]
    assert positions.items[1].text.startswith('"It is probably the longest strike')
    assert not next(s for s in brief.sections if s.id == "outlook").items


def test_a_forward_position_the_full_outlook_cannot_take_stays_beside_its_voice() -> None:
    # Petrova is heard, so her forecast is sent to the Outlook; five next steps fill it first: the forecast stays
    # her position, next to her other line and before the voice quoted after her
    text = (
        "Port closes for repairs\n\nThe port of Varna closed on Monday for repairs to its main quay. "
        "Cargo ships were sent to Burgas instead. Shops near the docks shut early.\n\n"
        "The quay was built in 1952.\n\n"
        '"The quay was falling apart," said harbour master Ana Petrova.\n\n'
        "The repairs will probably cost ten million euros. The port board will meet on Friday to approve the "
        "budget. Engineers are scheduled to inspect the cranes next week. The ferry line will likely move to Burgas "
        "in June. A new crane is expected to arrive in July.\n\n"
        '"We lost a month of trade," said Ivo Marinov, a grain trader.\n\n'
        "Petrova said the port would probably reopen before the winter storms.\n\n"
        "Gulls nest on the pier roof."
    )
    brief = prefill(article_from_text(text))
    assert len(next(s for s in brief.sections if s.id == "outlook").items) == draft.MAX_OUTLOOK
    positions = next(s for s in brief.sections if s.id == "positions").items
    assert [item.speaker for item in positions] == ["Ana Petrova", "Ana Petrova", "Ivo Marinov"]
    assert positions[1].text == "Petrova said the port would probably reopen before the winter storms."


def test_a_vague_group_including_one_named_person_is_that_person() -> None:
    # "Several mayors, including X, said": the one named speaks for them; a list of several keeps the group
    body = (
        "Several mayors, including Mayor Ann Ruiz, said the city should refuse the plan. "
        "Some economists, including professor Tom Vance, also criticized the levy. "
        "Many residents, including Tom Vance and Ann Ruiz, said the market must stay."
    )
    assert speakers(body) == ["Ann Ruiz", "Tom Vance", "residents"]


def test_a_participle_on_a_noun_is_its_senders_or_nobodys() -> None:
    # "put out a letter saying": the sender speaks, not "letter"; "rides to people seeking to leave":
    # the people are described, they take no position; "ended by saying" still reports its subject
    body = (
        "Minister Ann Ruiz put out a letter saying the port was safe. "
        "Taxis gave free rides to people seeking to leave the port. "
        "Governor Tom Reyes ended by saying the port would reopen."
    )
    assert speakers(body) == ["Ann Ruiz", None, "Tom Reyes"]


def test_a_second_verb_joined_by_and_reports_the_person_who_opens_the_clause() -> None:
    # "Ruiz toured the port and told reporters": Ruiz speaks; not a noun after "and" ("pain and fear"), not a
    # relative clause's person ("Vance, who saw it and described it"), not a body opening the clause
    body = (
        "Mayor Ann Ruiz toured the flooded port on Monday and told reporters it would reopen. "
        "Residents spoke of the pain and fear of the night. "
        "Ruiz thanked Tom Vance, who saw the flood and described it to the council."
    )
    assert speakers(body) == ["Ann Ruiz", None, None]


def test_a_body_or_group_that_plainly_opens_the_clause_shares_its_second_verb() -> None:
    # "House Democrats seized the floor and said": the phrase before the clause's first verb speaks; not where a
    # clause of its own opens before the "and" ("cheered when ... took the stage and asked"), not two describing
    # words after "were" ("were unhappy ... and worried"), not the last word of a longer name ("Circuit")
    body = (
        "House Democrats seized the floor on Wednesday and said they would not leave. "
        "The appeals court overruled the judge and said the port had already complied. "
        "The dock crowd cheered when the harbour pilots took the stage and asked for calm. "
        "In exit polls, voters were unhappy with the toll and worried about the dam. "
        "But the Court of Appeals for the Fourth Circuit overruled and said the toll was lawful."
    )
    assert speakers(body) == ["House Democrats", "appeals court", None, None, None]


def test_words_quoted_inside_the_first_clause_do_not_end_it() -> None:
    # "summed up the plan as “terrible,” denounced ... and said": the quotation opens after a word of the clause, so
    # it is the clause's object, not a quotation whose end starts a new clause; one that opens the sentence still is
    body = (
        "Mayor Tom Vance summed up the plan as “terrible,” denounced its cost and said it should be dropped. "
        "Governor Ann Ruiz thanked the nurses “for their support” and called the union “our best friend.”"
    )
    assert speakers(body) == ["Tom Vance", "Ann Ruiz"]


def test_an_adverb_between_and_and_the_second_verb_hides_no_subject() -> None:
    # "... and later said": "later" before the cue is no "Hours later," aside; the clause before the "and" speaks
    body = (
        "Mayor Ann Ruiz toured the flooded port on Monday and later said it would reopen. "
        "Judge Tom Vance started the row when he brought up the toll and later said, “It is a tax on the poor.”"
    )
    assert speakers(body) == ["Ann Ruiz", "Tom Vance"]


def test_a_relative_clause_closed_by_a_comma_leaves_the_second_verb_to_the_subject() -> None:
    # "Lee, who spoke to mayors, did not name Ruiz but told them": the relative clause ended at its comma, so "told"
    # goes with Lee, who opens the clause; one still open at "and" keeps its verbs ("who wore a hat and said ...")
    body = (
        "Ana Ruiz, who was speaking to dock workers, did not name Tom Lee, but told the crowd the toll was unfair. "
        "The boy, who was wearing a red cap and said his name was Sam, laughed. "
        "Ned Vance, who advises the mayor, is no friend of the board but praised its budget all the same."
    )
    assert speakers(body) == ["Ana Ruiz", None, "Ned Vance"]


def test_a_pollster_is_a_role_so_the_pollster_is_the_one_named() -> None:
    body = (
        "Former party pollster Dan Kemp was a guest on the show. He spoke for an hour. "
        "The former pollster said, “She is behind in the polls.”"
    )
    assert speakers(body) == [None, None, "Dan Kemp"]


def test_a_summary_line_cut_before_its_speaker_names_no_speaker() -> None:
    # the line keeps "Mayor Ana Ruiz unveiled ... on Monday"; the Republicans who speak in the aside it cuts off
    # (", featuring Republicans telling ...") are not its speaker
    text = (
        "Drought ad\n\nMayor Ana Ruiz unveiled her first campaign advertisement in Spanish on Monday, featuring "
        "Republicans telling of the drought that ruined the harvest.\n\nThe advertisement will run on radio "
        "stations across the province for two weeks.\n\nRuiz faces a runoff against the governor in March."
    )
    summary = next(s for s in prefill(article_from_text(text)).sections if s.id == "summary")
    first = summary.items[0]
    assert first.text == "Mayor Ana Ruiz unveiled her first campaign advertisement in Spanish on Monday."
    assert first.speaker is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an occupation before a name is a role, not part of the name, and "the actress" is her
        (
            "Actress Lena Dorn won the award on Sunday. The actress said she was tired of the status quo.",
            [None, "Lena Dorn"],
        ),
        # an occupation that is also a surname is left out of the roles: Mr. Singer keeps his name
        (
            "The magazine writer Mark Singer has a framed note. “People remembered the piece,” Mr. Singer said.",
            [None, "Mark Singer"],
        ),
    ],
)
def test_an_occupation_is_a_role_and_a_surname_stays_a_name(body: str, expected: list[str | None]) -> None:
    assert speakers(body) == expected


@pytest.mark.parametrize(
    ("voice", "speaker"),
    [("a Chinese official", "Chinese official"), ("a spokesman", None)],
)
def test_a_summary_line_names_a_voice_with_a_side_but_not_a_bare_role(voice: str, speaker: str | None) -> None:
    # "..., a Chinese official said": who, if not by name, and for which side; "a spokesman" says neither
    text = (
        "Harbour dispute deepens\n\n"
        f"The harbour fund helped growth in the crisis, {voice} said, adding that the cost was hard to estimate.\n\n"
        "The harbour fund was set up in 2009. Harbour traders are split over the fund. The old harbour closed."
    )
    summary = next(s for s in prefill(article_from_text(text)).sections if s.id == "summary")
    first = summary.items[0]
    assert first.text.startswith("The harbour fund helped growth")
    assert first.speaker == speaker


def test_a_speaker_keeps_one_party_when_the_article_names_it_late() -> None:
    # her side is learnt only in her last sentence: her first quotation is filed under it too, so Positions
    # shows her under one party, not under her name and then under Canada
    text = (
        "Harbour talks stall\n\n"
        "“The harbour deal is not ready,” Lena Dorn said on Tuesday.\n\n"
        "Traders are split over the harbour fund.\n\n"
        "Canadian envoy Lena Dorn said the country would not sign a bad deal."
    )
    sides = [f.attribution.speaker.side for f in analyse(article_from_text(text)).facts if f.attribution]
    assert sides == ["Canada", "Canada"]


@pytest.mark.parametrize(
    "middle",
    [
        "Tom Reyes, the Washington lawyer leading Mrs. Dorn's search, met the traders.",
        "Tom Reyes served as Canadian counsel under Mrs. Dorn in 2010.",
    ],
)
def test_what_stands_before_a_courtesy_title_is_not_the_persons_side(middle: str) -> None:
    # "the Washington lawyer leading Mrs. Dorn": the lawyer's words, not hers; nothing before "Mrs." is her side
    text = (
        "Harbour talks stall\n\n"
        "Lena Dorn said on Tuesday that the harbour deal was not ready.\n\n"
        f"{middle}\n\n"
        "Mrs. Dorn said the fund would not sign a bad deal."
    )
    sides = [f.attribution.speaker.side for f in analyse(article_from_text(text)).facts if f.attribution]
    assert sides and all(side is None for side in sides), sides


def _brief_lines(text: str) -> dict[str, list[tuple[str | None, str]]]:
    brief = prefill(article_from_text(text))
    return {s.id: [(item.speaker, item.text) for item in s.items] for s in brief.sections}


_RUIZ_LINES = [
    "Mayor Ana Ruiz said the port levy would fund the new harbour wall.",
    "“We cannot wait another winter,” she said.",
    "Ruiz said the levy would end in 2030.",
    "She added that traders had been consulted twice.",
    "“The wall protects every home on the front,” she told reporters.",
    "Ruiz also said the council would publish the costs in June.",
    "She said the fishing fleet would pay a lower rate.",
    "“Nobody likes a new charge,” she said.",
    "Ruiz warned that insurers were already raising premiums on the front.",
    "She said the levy was the fairest way to pay.",
    "“The harbour is our oldest employer,” she said.",
    "Ruiz argued that the port had waited long enough.",
    "She said ferry fares would not rise.",
    "Ruiz said the harbour board agreed with the plan.",
    "“This is about the next fifty years,” she said.",
    "She noted that the state had refused a grant.",
]


def test_one_voice_quoted_many_times_gives_way_so_the_positions_stay_a_page() -> None:
    # A long article quotes the mayor sixteen times: past the budget her "she said" lines go first, every
    # sentence that names her stays in the brief, and the two other voices keep every line they have
    text = (
        "Port levy approved\n\n"
        + " ".join(_RUIZ_LINES)
        + "\n\nCouncillor Tom Reyes said the levy would drive trade to other ports. Reyes said the vote was rushed."
        + "\n\nPaul Hart, who leads the dockers' union, said members would accept the levy."
    )
    sections = _brief_lines(text)
    positions = sections["positions"]
    assert len(positions) == draft.POSITIONS_BUDGET
    voices = [speaker for speaker, _ in positions]
    assert voices.count("Tom Reyes") == 2 and voices.count("Paul Hart") == 1
    in_brief = {line for lines in sections.values() for _, line in lines}
    left_out = [line for line in _RUIZ_LINES if line not in in_brief]
    assert left_out, "past the budget, some of the mayor's lines give way"
    assert all(" she " in line or line.startswith("She ") for line in left_out), left_out


def test_a_short_article_keeps_every_line_of_its_one_voice() -> None:
    # a handful of lines of one voice is no transcript: under the budget nothing is left out, "she said" included
    sections = _brief_lines("Port levy approved\n\n" + " ".join(_RUIZ_LINES[:6]))
    in_brief = {line for lines in sections.values() for _, line in lines}
    assert all(line in in_brief for line in _RUIZ_LINES[:6])


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the council's act on the governor's words: the line is the council's, not Reyes's
        (
            "The Varna City Council on Monday passed a motion condemning Governor Tom Reyes's call for a port toll.",
            "Varna City Council",
        ),
        ("Perhaps young traders prefer Governor Tom Reyes's call for a port toll over the mayor's caution.", None),
        # his speech that denounces: his words, whoever the line is about
        ("Mayor Ana Ruiz will answer Governor Tom Reyes's Tuesday speech denouncing the port toll.", "Tom Reyes"),
        # his own words as the line's subject: still his
        ("Governor Tom Reyes's call for a port toll drew cheers from the traders of Varna on Monday.", "Tom Reyes"),
    ],
)
def test_a_summary_line_about_someones_words_is_not_theirs(lead: str, speaker: str | None) -> None:
    # a noun cue's owner after a verb ("condemning Reyes's call") is what the line's subject acted on
    text = (
        f"Port toll row\n\n{lead}\n\nThe port toll would cost traders in Varna a third of their profit.\n\n"
        "The port of Varna closed for a week in 2019. Traders in Varna are split over the toll."
    )
    summary = next(s for s in prefill(article_from_text(text)).sections if s.id == "summary")
    first = summary.items[0]
    assert first.text == lead.rstrip(".") or first.text == lead
    assert first.speaker == speaker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the poll" after "a Harlow Institute poll": that poll; "the campaign" after "the Ruiz campaign": hers
        (
            "A Harlow Institute poll of 900 voters came out on Monday. The poll found that 40% of voters back Ann Ruiz.",
            [None, "Harlow Institute poll"],
        ),
        (
            (
                "Mayor Ann Ruiz spoke in Varna. The Ruiz campaign raised $2 million. The campaign said it would spend "
                "the money on radio ads."
            ),
            [None, None, "Ruiz campaign"],
        ),
        (
            (
                "Mayor Ann Ruiz spoke in Varna. Ruiz's campaign raised $2 million. The campaign said it would spend "
                "the money on radio ads."
            ),
            [None, None, "Ruiz's campaign"],
        ),
        # a place before the noun is no owner: "the campaign" may be anyone's
        (
            (
                "Mayor Ann Ruiz spoke in Varna. The Varna campaign cost $2 million. The campaign said it would spend "
                "the money on radio ads."
            ),
            [None, None, None],
        ),
        # no earlier name for it: the officer fills it in
        ("The company said it would close the plant in May.", [None]),
    ],
)
def test_the_body_a_definite_noun_stands_for_is_the_one_named_before(body: str, expected: list[str | None]) -> None:
    assert [name or None for name in speakers(body)] == expected


def test_the_wire_service_of_a_dateline_is_no_subject_of_the_sentence() -> None:
    # "VARNA, Dec. 8 (UPI) — ..., Ruiz rallied supporters, saying": Ruiz says it, not UPI; the line drops the dateline
    text = (
        "Port rally\n\nVARNA, Dec. 8 (UPI) — In reply to the governor's plan to close the port, Mayor Ana Ruiz "
        "rallied supporters on Monday, saying the port must stay open.\n\nThe port employs 4,000 people in Varna."
        "\n\nThe governor wants the port closed by May. Traders in Varna are split over the plan."
    )
    summary = next(s for s in prefill(article_from_text(text)).sections if s.id == "summary")
    first = summary.items[0]
    assert first.text.startswith("In reply to the governor's plan")
    assert first.speaker == "Ana Ruiz"


def test_a_role_named_in_an_apposition_is_that_person_not_the_body_before_the_role() -> None:
    # "the Freedom Party leader, Ana Ruiz, voiced support ..., saying": Ruiz says it, not the party (nor "Freedom")
    body = (
        "The port plan was published on Monday. Norland's far-right Freedom Party leader, Ana Ruiz, voiced support "
        "for the port plan, saying it would help."
    )
    assert speakers(body) == [None, "Ana Ruiz"]


def test_an_audience_is_a_group_of_people_named_by_whose_audience_it_is() -> None:
    # "Readers of the Varna Herald": readers, a group, named with the paper; never a person called "Readers"
    body = (
        "The port vote was close. Readers of the Varna Herald were quick to condemn the outcome. "
        "Fans of Ann Ruiz said the vote was rigged. Respondents said the port should stay open."
    )
    assert speakers(body) == [None, "Readers of the Varna Herald", "Fans of Ann Ruiz", "Respondents"]
    named = [f.attribution.speaker.named for f in analyse(article_from_text(body)).facts if f.attribution]
    assert named == [True, True, False]  # bare "Respondents" is a vague voice, as "officials" is


def test_a_headline_in_capitals_names_no_owner_of_the_network() -> None:
    # "Ruiz Disputes Account Of Network's Report" (a live blog's heading run into a name): not the network's name
    body = (
        "Ruiz Disputes Account Of Network's Report said on Monday that the port would close. "
        "The port vote was close. The network said the vote was fair."
    )
    assert speakers(body)[-1] == ""


def test_a_group_a_paper_or_a_network_speaks_and_its_proper_name_makes_it_someone() -> None:
    # "the group", "a newspaper" speak like "the company"; "the VPA group" is one body, named like a name, and
    # "the group" after it is that group
    text = (
        "Port row\n\nThe Varna Port Alliance met on Monday. In a rare show of unity, the VPA group is calling on "
        "Mayor Ana Ruiz to keep the port open.\n\nThe group said the port employs 4,000 people. A local "
        "newspaper said the vote was rigged."
    )
    found = [f.attribution.speaker for f in analyse(article_from_text(text)).facts if f.attribution]
    assert [(s.name, s.named) for s in found] == [("VPA group", True), ("VPA group", True), ("local newspaper", False)]


def test_a_name_before_a_role_or_a_people_noun_only_says_which_one() -> None:
    # "The Norland senator ..., saying": the senator (Ruiz), not Norland; "Ruiz supporters ... calling": the
    # supporters, not Ruiz; "The Ruiz campaign ..., saying": hers
    body = (
        "Senator Ana Ruiz of Norland spoke in Varna on Monday. "
        "The Norland senator took a heckler in stride, saying the man would not win. "
        "Ruiz supporters have launched petitions calling on the council to act. "
        "The Ruiz campaign sent an email on Tuesday, saying the port would close."
    )
    assert speakers(body) == [None, "Ana Ruiz", "Ruiz supporters", "Ana Ruiz"]


def test_the_object_of_an_infinitive_is_no_subject_of_the_sentence() -> None:
    # "Reyes's plan to bar Norlanders from ...": the Norlanders are barred, they say nothing; the aide who says it
    # is known only by her owner, so the line is left without a speaker rather than given to them
    body = (
        "The port closed on Monday. In response to Governor Tom Reyes’s plan to bar Norlanders from entering the "
        "United States, Mayor Ana Ruiz’s right-hand woman rallied supporters, saying the port must stay open. "
        "I remember Governor Tom Reyes going on TV in 1977, declaring a war on waste."
    )
    assert speakers(body) == [None, None, "Tom Reyes"]  # a participle after the name: his clause, his words


@pytest.mark.parametrize(
    ("speaker", "party"),
    [
        ("spokeswoman for the Varna Port Authority", "Varna Port Authority"),
        ("longtime adviser to Mayor Ana Brod", "Mayor Ana Brod"),
        ("recent Varna Herald poll", "Varna Herald poll"),
        ("leaders in North Varna", "leaders in North Varna"),  # a place is no party of theirs
        ("recent poll of Varna voters", "recent poll of Varna voters"),
        ("former Varna Gov.", "former Varna Gov."),
        ("Ana Brod", "Ana Brod"),
    ],
)
def test_a_role_described_in_lower_case_goes_under_the_party_it_serves(speaker: str, party: str) -> None:
    from briefing.prefill.draft import _party_name

    assert _party_name(speaker) == party


def test_a_lead_in_on_a_colon_and_the_quotation_it_introduces_are_one_position() -> None:
    # alone, "…said of the toll:" says nothing and the quotation in the next paragraph says not whose it is
    text = (
        "Harbour toll splits the town\n\nThe council votes on the harbour toll on Monday.\n\n"
        "Tom Reyes, a retired welder who has fished the bay for forty years, said of the toll:\n\n"
        "“There is only one answer: no. The harbour belongs to all of us.”\n\nThe council meets at noon on Monday."
    )
    positions = next(s for s in prefill(article_from_text(text)).sections if s.id == "positions")
    [item] = positions.items
    assert item.speaker == "Tom Reyes"
    assert item.text == (
        "Tom Reyes, a retired welder who has fished the bay for forty years, said of the toll: "
        "“There is only one answer: no. The harbour belongs to all of us.”"
    )


def test_a_quotation_cue_that_ends_its_sentence_on_a_colon_reports_the_quotation_after_it() -> None:
    # "echoed" and "continued" are cues only beside a quotation; a colon right after one says the quotation follows
    body = (
        "Tom Lee, a retired welder, said the toll was unfair.\n\nAna Ruiz, a ferry pilot, echoed:\n\n"
        "“Nobody here wants it.”\n\nThe fog echoed over the bay. The war continued: the town fell in May."
    )
    assert speakers(body) == ["Tom Lee", "Ana Ruiz", "Ana Ruiz", None, None]


def test_a_person_who_promised_to_act_states_a_pledge() -> None:
    # "promised to deport" is a pledge, as "vowed to" is; a thing that "promised to be" lively pledged nothing
    body = (
        "Governor Tom Lee has repeatedly promised to close the old harbour. "
        "The debate promised to be lively. Ana Ruiz promised him a job."
    )
    assert speakers(body) == ["Tom Lee", None, None]
