"""Items readable on their own: the opener test, on cases written for it."""

from __future__ import annotations

import pytest

from briefing.prefill.readable import dangling_opener


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("He urged the United States to respect the agreement.", "He"),
        ("His report was delayed by a week.", "His"),
        ("“It is a mistake,” the senator said.", "It"),
        ("It remains the largest deal of its kind.", "It"),
        ("They rejected the offer.", "They"),
        ("The move angered the opposition.", "The move"),
        ("The decision comes amid rising tension.", "The decision"),
        ("This matter will return to the council.", "This matter"),
        ("This latest diplomatic move surprised allies.", "This latest diplomatic move"),
        ("That is why the talks failed.", "That"),
        ("These concerns were raised in March.", "These concerns"),
        ("The latter has denied it.", "The latter"),
        ("It's likely the most pressing concern for both sides.", "It's"),
        ("He’s running for the seat again.", "He’s"),
        ("They're not coming to the summit.", "They're"),
        ("It's not just a game, the coach said.", "It's"),  # "not just" but no cleft: "it" is the game
        ("It is not a surprise, given the drought.", "It"),
        ("It was the first time the river froze.", "It"),
        # a question word right after the verb restates the question the sentence before asked
        ("It’s whether the mayor can take a punch in the first place.", "It’s"),
        ("It is what the dockers asked for in March.", "It"),
        ("It's who the dockers are.", "It's"),
        # after a conjunction the pronoun still opens the clause: "But [Anna Lind] had ..."
        ("But they had overlooked the cost of dredging.", "they"),
        ("And his plan was never put to a vote.", "his"),
        ("Yet the move angered the dockers.", "the move"),
        ("It also found that the port lost money.", "It"),  # "also" is no "is": the report found it
        # a short opening that names no one, then a person's pronoun as the subject: the first pronoun is unnamed
        ("As proof, she pointed to the flooded quays.", "she"),
        ("If she wins, she will dredge the harbour.", "she"),
        ("When asked, he declined to name the donors.", "he"),
        ("Later in the day, his team denied the report.", "his"),
        ("On Tuesday, he spoke to the dockers.", "he"),  # a weekday names no one
        ("But on Israel, he found himself in trouble.", "he"),  # nor a country: no "he"
        ("Instead, they voted against the levy.", "they"),  # an opening with no noun: who are they?
        ("So says a booming voice at the end of the film.", "So says"),  # says what? The words it repeats are gone
        ("In 1962, at age 23, he married a ferry pilot.", "he"),  # figures and a second comma in the opening
        ("But as he reached his mid-20s, he began drinking.", "he"),
        ("For now, their plan holds.", "their"),
    ],
)
def test_openers_that_point_back(text: str, opener: str) -> None:
    span = dangling_opener(text)
    assert span is not None
    assert text[span[0] : span[1]] == opener


@pytest.mark.parametrize(
    "text",
    [
        "[Wang Yi] urged the United States to respect the agreement.",
        "Wang Yi urged the United States to respect the agreement.",
        "This week the council meets again.",
        # a weekday or month after "this" is a date, not a reference back
        "This Saturday, the museum opens its doors to collectors.",
        "This March the parliament sits for only nine days.",
        "That year, exports fell by a third.",
        "It is unclear whether the deal will survive.",
        "It was not clear how many troops would stay.",
        "It's hard to know where the donors will go.",
        "It's not whether the port wins but how it plays.",
        "It remains unclear when the ferry resumes.",
        "It was how the levy would be spent that worried the dockers.",
        "It’s unlikely that the talks resume.",
        # clefts name their own focus: "it" points at what follows, not at an earlier sentence
        "It's not just heat waves that strain the grid in summer.",
        "It is not only the farmers who will pay for the dam.",
        "It isn't only pensioners who lose out.",
        "It was the port authority that approved the dredging.",
        "It also remains unclear whether the ferry runs.",
        "But this week the council meets again.",
        "So far, the port has stayed open.",
        "Andrew Lind rejected the claim.",
        "The ministry rejected the claim.",
        "The talks in Geneva resume on Monday.",
        "Thermal coal prices rose.",
        "",
        "“",
        # the opening names the pronoun's referent, or the pronoun points ahead to the name after the comma
        "As Lind spoke, she pointed to the flooded quays.",
        "When the mayor arrived, he inspected the dams.",
        "In his speech, Okafor attacked the levy.",
        "While the levy is not popular, it is needed.",  # "it" may be the levy: only a person's pronoun is judged
        "As the dockers marched, they sang.",  # "they" may be any plural noun of the opening
        "So far, the levy holds.",
        "In the end, they voted against the levy.",
    ],
)
def test_openers_that_stand_on_their_own(text: str) -> None:
    assert dangling_opener(text) is None


def _draft_items(body: str) -> dict[str, list[str]]:
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    brief = prefill(article_from_text("Ministers meet on water\n\n" + body))
    return {section.id: [item.text for item in section.items] for section in brief.sections}


def test_a_pronoun_opener_gets_its_referent_in_brackets() -> None:
    body = (
        "Water Minister Anna Lind opened the regional summit on Monday with a call for shared reservoirs.\n\n"
        "Delegates from six countries attended the opening session in the capital.\n\n"
        "She will travel to the northern dams next month to inspect the new pumping stations."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert any(text.startswith("[Anna Lind] will travel") for text in items), items


def test_a_pronoun_after_a_conjunction_gets_its_referent_in_brackets() -> None:
    body = (
        "Water Minister Anna Lind opened the regional summit on Monday with a call for shared reservoirs.\n\n"
        "Delegates from six countries attended the opening session in the capital.\n\n"
        "But she will travel to the northern dams next month to inspect the new pumping stations."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert any(text.startswith("But [Anna Lind] will travel") for text in items), items


def test_a_pronoun_after_a_short_opening_gets_its_referent_in_brackets() -> None:
    body = (
        "Water Minister Anna Lind opened the regional summit on Monday with a call for shared reservoirs.\n\n"
        "Delegates from six countries attended the opening session in the capital.\n\n"
        "Next month, she will travel to the northern dams to inspect the new pumping stations."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert any(text.startswith("Next month, [Anna Lind] will travel") for text in items), items


def test_an_unresolvable_opener_is_left_out() -> None:
    body = (
        "The regional water summit opened in the capital on Monday with delegates from six countries.\n\n"
        "It will probably reconvene next month to settle the reservoir quotas.\n\n"
        "The move is likely to anger farmers downstream, who were not invited."
    )
    items = _draft_items(body)
    for section in ("summary", "context", "key_issues", "outlook"):
        for text in items.get(section, []):
            assert dangling_opener(text) is None, (section, text)


def test_issue_names_are_recurring_phrases_not_people_or_lone_words() -> None:
    from briefing.prefill.phrases import PhraseCounts

    texts = [
        "The new steel tariffs hit European exporters hard.",
        "Anna Lind said steel tariffs would be reviewed.",
        "Anna Lind met the trade commissioner in Brussels.",
        "Exporters want the steel tariffs lifted before the summer.",
    ]
    counts = PhraseCounts(texts)
    people = frozenset({"Anna", "Lind"})
    assert counts.name(texts[0], set(), people=people) == "Steel tariffs"
    assert counts.name(texts[2], set(), people=people) is None  # only a person's name recurs there
    assert counts.name(texts[0], {"steel tariff"}, people=people) is None  # already an issue


@pytest.mark.parametrize("text", ["This Lind Lind 2019 sides agreed.", "This once very popular old move failed."])
def test_an_opener_spans_at_most_four_words(text: str) -> None:
    # a bracketed referent stands for at most four of the article's words (tests/prefill_support.py)
    span = dangling_opener(text)
    assert span is not None and text[span[0] : span[1]] == "This"


def test_on_this_matter_points_back() -> None:
    text = "China's assertiveness on this matter reflects its position."
    span = dangling_opener(text)
    assert span is not None and text[span[0] : span[1]] == "this matter"


def test_a_lone_issue_name_is_a_whole_proper_name_never_a_piece_or_a_people() -> None:
    from collections import Counter

    from briefing.prefill.lexicon import load_lexicon
    from briefing.prefill.phrases import proper_issue_name

    lex = load_lexicon()
    proper = frozenset({"New", "York", "Republicans", "Saudi", "Arabia", "Ruth", "Adler"})
    frequency: Counter[str] = Counter({"new": 3, "york": 3, "republican": 5, "saudi": 2, "arabia": 2, "ruth": 4})

    def name(text: str) -> str | None:
        return proper_issue_name(text, frequency, set(), frozenset(), proper, frozenset({"Ruth", "Adler"}), lex)

    assert name("The storm closed schools in New York on Monday.") == "New York"  # not "York"
    assert name("The storm worried Republicans in the state.") is None  # a party, not an issue
    assert name("Ruth Adler flew to Saudi Arabia.") == "Saudi Arabia"  # a person is a voice, not an issue


def test_long_list_items_get_short_issue_names_never_the_whole_sentence() -> None:
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    body = (
        "Three things to watch in the reservoir talks this week.\n\n"
        "1. Anna Lind. The water minister has spent a month courting upstream farmers, and she arrives in the "
        "capital with more support for the reservoir quotas than anyone expected a year ago.\n\n"
        "2. The reservoir quotas decide how much water each country may draw from the river in a dry summer, "
        "and nobody has yet agreed how to measure a dry summer.\n\n"
        "3. Dams.\n\n"
        "Negotiators say the reservoir quotas will be settled before the autumn."
    )
    brief = prefill(article_from_text("Water talks\n\n" + body))
    section = brief.section("key_issues")
    assert section is not None
    labels = [item.label for item in section.items]
    assert labels == ["Anna Lind", "Reservoir quotas", "Dams"], labels
    assert section.items[0].text.startswith("Anna Lind. The water minister")  # the item keeps its words


def test_an_issue_is_never_named_by_a_subject_and_its_verb() -> None:
    from briefing.prefill.phrases import PhraseCounts

    texts = [
        "Lind raised four million dollars from harbour firms last year.",
        "Since January Lind raised more than any rival.",
        "In March alone Lind raised half a million.",
        "Harbour firms gave generously to the mayor's campaign.",
    ]
    counts = PhraseCounts(texts)
    assert counts.name(texts[0], set()) == "Harbour firms"  # not "Lind raised"


# A quotation that runs on over several sentences
_RUN_ON = (
    "Water Minister Anna Lind opened the regional summit on Monday with a call for shared reservoirs.\n\n"
    "In an interview in April, Lind told the Harbour Times, “The northern dams are full. The southern valleys "
    "have nothing left for the farmers. Maybe the valleys would be better off with reservoirs of their own.”\n\n"
    "Delegates from six countries attended the opening session of the water summit in the capital."
)


def test_a_sentence_inside_a_quotation_is_no_standalone_item() -> None:
    # "The southern valleys have nothing left" alone is someone's words without their name or their start
    items = _draft_items(_RUN_ON)
    for section in ("summary", "context", "key_issues", "outlook"):
        for text in items.get(section, []):
            assert "southern valleys" not in text and "Maybe the valleys" not in text, (section, text)


def test_a_position_keeps_the_whole_quotation_it_opens() -> None:
    positions = _draft_items(_RUN_ON)["positions"]
    lind = [text for text in positions if "Harbour Times" in text]
    whole = _RUN_ON.split("\n\n")[1]
    assert lind == [whole]


def test_a_quotation_too_long_for_one_position_keeps_its_first_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.prefill import draft

    monkeypatch.setattr(draft, "MAX_QUOTATION_WORDS", 20)
    positions = _draft_items(_RUN_ON)["positions"]
    assert "In an interview in April, Lind told the Harbour Times, “The northern dams are full.”" in positions


def test_a_bare_quotation_without_a_named_speaker_is_no_standalone_item() -> None:
    # whose words? The column's next quotation names no one; the sentence that says "a newspaper column said"
    # tells the reader whose words they are, so it may stand
    body = (
        "Water Minister Anna Lind opened the regional summit on Monday with a call for shared reservoirs.\n\n"
        "Delegates from six countries attended the opening session of the water summit in the capital.\n\n"
        "“The dams will probably be full again by next spring,” a newspaper column said on Tuesday. "
        "“The reservoirs could even be shared by 2030.”"
    )
    items = _draft_items(body)
    standalone = [text for section in ("summary", "context", "key_issues", "outlook") for text in items[section]]
    assert not any(text.startswith("“The reservoirs could") for text in standalone), standalone
    assert any(text.endswith("a newspaper column said on Tuesday.") for text in standalone), standalone


def test_a_dateline_is_cut_from_every_item_not_only_summary_lines() -> None:
    # "VARNA, Bulgaria — She will..." as an Outlook item read as a dateline and a "She" nobody named; past the
    # dateline the pronoun is resolved like any other opener
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft
    from briefing.reader import article_from_text

    body = (
        "Water Minister Anna Lind opened the regional summit on Monday with a call for shared reservoirs.\n\n"
        "VARNA, Bulgaria — She will travel to the northern dams next month to inspect the new pumping stations."
    )
    draft = _Draft(analyse(article_from_text("Ministers meet on water\n\n" + body)))
    item = draft.take("outlook", 1, "why")
    assert item is not None
    assert item.text == "[Anna Lind] will travel to the northern dams next month to inspect the new pumping stations."


def test_an_issue_is_never_named_by_a_phrase_that_ends_on_its_verb() -> None:
    # "plan released", "million raised": a subject and its verb, whatever its case; "corporate greed" is a name
    from briefing.prefill.phrases import PhraseCounts

    texts = [
        "The plan released on Monday would close the base, and the plan released by the Pentagon costs more.",
        "Corporate greed drives the tariffs, critics say, and corporate greed is the campaign's theme.",
    ]
    counts = PhraseCounts(texts)
    assert counts.name(texts[0], set()) != "Plan released"
    assert counts.name(texts[1], set()) == "Corporate greed"
    modal = ["Ohio is a must win state for Kasich, and Ohio must win back the mills.", "A must win race is rare."]
    assert PhraseCounts(modal).name(modal[0], set()) != "Must win"


def test_a_he_in_someones_own_quotation_is_never_bracketed_as_the_speaker() -> None:
    body = (
        "Senator Tom Reyes attacked the harbour bill on Monday and promised to vote against it.\n\n"
        "\u201cHe opposed every single amendment we offered on the harbour bill,\u201d said Reyes, "
        "who had written most of them.\n\n"
        "The bill goes to a final vote in the senate next week."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert not any("[Tom Reyes] opposed" in text for text in items), items
    assert any(text.startswith("\u201cHe opposed") for text in _draft_items(body)["positions"])


def test_the_deck_under_a_headline_is_no_item() -> None:
    """A deck is the editor's headline-ese, often without a subject ("Hires 200 ..."): the brief uses the reporting."""
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    text = (
        "Harbor mill reopens; \n"
        "Hires 200 workers after two idle years, owner says.\n\n"
        "The Larsen paper mill in Varna reopened on Monday after two idle years and hired 200 workers.\n\n"
        "Its owner, Petra Larsen, said the mill would run three shifts by the spring.\n\n"
        "The town council had lent the mill money to restart its machines last autumn.\n"
    )
    brief = prefill(article_from_text(text))
    texts = [item.text for item in brief.items()]
    assert not any("Hires 200" in t for t in texts), texts
    assert brief.title == "Harbor mill reopens"
    summary = brief.section("summary")
    assert summary is not None and summary.items[0].text.startswith("The Larsen paper mill")


def test_an_item_opening_on_an_office_names_its_holder_where_the_article_says_who() -> None:
    body = (
        "Vermont Sen. Ann Ruiz won the harbour vote on Tuesday, beating Mayor Paul Dorn by 40 votes.\n\n"
        "The Vermont senator will travel to Varna next week to sign the quay deal.\n\n"
        "But the senator faces a fight over the levy in March."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert "The Vermont senator [Ann Ruiz] will travel to Varna next week to sign the quay deal." in items
    assert "But the senator [Ann Ruiz] faces a fight over the levy in March." in items


@pytest.mark.parametrize(
    "opening",
    [
        "The billionaire developer will travel to Varna next week",  # the noun phrase goes on past the office
        "The billionaire's aides will travel to Varna next week",  # a possessive
        "The billionaire, Ruiz said, will travel to Varna next week",  # the item names her itself
    ],
)
def test_an_office_is_left_as_it_is_where_a_name_does_not_fit(opening: str) -> None:
    body = (
        "Billionaire Ann Ruiz won the harbour vote on Tuesday, beating Mayor Paul Dorn by 40 votes.\n\n"
        f"{opening} to sign the quay deal."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert any(text.startswith(opening) for text in items), items
    assert not any("[Ann Ruiz]" in text for text in items), items


def test_an_office_two_people_hold_is_left_unnamed() -> None:
    body = (
        "Vermont Sen. Ann Ruiz and Texas Sen. Mark Olsen won the harbour vote on Tuesday.\n\n"
        "The senator will travel to Varna next week to sign the quay deal."
    )
    items = [text for texts in _draft_items(body).values() for text in texts]
    assert "The senator will travel to Varna next week to sign the quay deal." in items, items
