"""Key issues are named by a noun phrase from the article, never a subject and its verb, a verb phrase, a
piece of a longer name, a modifier without its noun, a person or a title (issue 11). Made-up cases."""

from __future__ import annotations

from collections import Counter

import pytest

from briefing.prefill import prefill
from briefing.prefill.lexicon import load_lexicon
from briefing.prefill.phrases import PhraseCounts, proper_issue_name
from briefing.reader import article_from_text


def _name(texts: list[str], index: int = 0) -> str | None:
    return PhraseCounts(texts).name(texts[index], set())


def test_a_subject_and_its_present_tense_verb_is_no_name() -> None:
    texts = [
        "In the harbour poll, Lind leads Okafor by nine points on harbour tariffs.",
        "Among dockers, Lind leads by four points.",
        "In the north Lind leads too.",
        "Okafor says harbour tariffs cost jobs.",
    ]
    assert _name(texts) == "Harbour tariffs"  # not "Lind leads"


def test_a_participle_after_a_noun_is_a_verb_after_a_modifier_a_noun() -> None:
    giving = [
        "Most of the money came from donors giving small sums to the ferry campaign.",
        "Donors giving twice were thanked, and the ferry campaign grew.",
        "Donors giving online were fewer.",
    ]
    assert _name(giving) == "Ferry campaign"  # not "Donors giving"
    fundraising = [
        "Viral fundraising paid for the ferry ads.",
        "Others copied her viral fundraising within a week.",
    ]
    assert _name(fundraising) == "Viral fundraising"


def test_a_phrase_opening_on_a_verb_is_no_name() -> None:
    texts = [
        "The levy would help pay for dredging, she said, to help pay for the new quay walls.",
        "The mayor helped pass the levy, and the quay walls are crumbling.",
        "Tolls will help pay for it too.",
    ]
    assert _name(texts) == "Quay walls"  # not "Help pay"


def test_a_piece_of_a_longer_name_is_no_name() -> None:
    texts = [
        "The Varna Board of Elections rejected the ferry petition on Monday.",
        "Lawyers for the ferry petition asked the Varna Board of Elections to meet again.",
        "Voters in New Carlton City backed the ferry petition, and New Carlton City will appeal.",
    ]
    counts = PhraseCounts(texts)
    assert counts.name(texts[0], set()) == "Ferry petition"  # not "Varna Board"
    assert counts.name(texts[2], {"ferry petition"}) != "Carlton City"  # "New" is part of the name
    assert counts.name(texts[2], {"ferry petition"}) == "New Carlton City"


@pytest.mark.parametrize(
    ("texts", "not_name"),
    [
        (
            ["The North Varnan regime tested a rocket.", "North Varnan troops massed on the border again."],
            "North Varnan",  # a modifier whose noun changes
        ),
        (
            ["The former minister of ports backed the levy.", "As former minister of ports, she ran the docks."],
            "Former minister",  # a title: a person, not an issue
        ),
        (
            ["President Anna Lind visited the docks.", "President Anna Lind will return in May."],
            "President Anna Lind",
        ),
        (
            ["Varna Senator Anna Lind backed the levy.", "Varna Senator Anna Lind will return in May."],
            "Varna Senator Anna Lind",  # a state, a title and a person: still a person
        ),
        (
            ["The former secretary backed the levy.", "As former secretary, she ran the docks for years."],
            "Former secretary",  # a title
        ),
        (
            ["The ferry case stalled when Justice Lind died in May.", "After Justice Lind died, the bench split."],
            "Justice Lind died",  # a subject and her verb
        ),
        (
            ["Senator Anna Lind of Varna backed the levy.", "Senator Anna Lind of Varna will return in May."],
            "Senator Anna Lind of Varna",  # a person and her state: still a person
        ),
    ],
)
def test_a_modifier_a_title_or_a_person_is_no_name(texts: list[str], not_name: str) -> None:
    assert _name(texts) != not_name


def test_a_lone_proper_name_is_whole_and_no_person() -> None:
    lex = load_lexicon()
    proper = frozenset({"San", "Marcos", "Obrecht", "President", "Ostrava", "Board", "Elections"})
    frequency: Counter[str] = Counter({"san": 2, "marco": 2, "obrecht": 4, "ostrava": 3, "board": 2, "election": 2})
    texts = ["President Obrecht visited Ostrava.", "San Marcos flooded again on Monday."]
    use = PhraseCounts(texts).use

    def name(text: str) -> str | None:
        return proper_issue_name(text, frequency, set(), frozenset(), proper, frozenset(), lex, use)

    assert name(texts[1]) == "San Marcos"  # its first word too, which the article capitalises elsewhere
    assert name("Later Obrecht spoke in Ostrava again.") == "Ostrava"  # Obrecht is a person: after "President"
    assert name("They wrote to the Board of Elections.") == "Board of Elections"
    # a person and her state: a voice, not an issue, though the article names her more often than the city
    often = frequency + Counter({"senator": 5, "anna": 5, "lind": 5, "varna": 5})
    people = frozenset({"Anna", "Lind"})
    varna = "Senator Anna Lind of Varna and Ostrava's mayor met."
    named = proper_issue_name(
        varna, often, set(), frozenset(), proper | people | {"Varna", "Senator"}, people, lex, use
    )
    assert named == "Ostrava"


def test_an_accented_name_stays_one_word() -> None:
    texts = ["Felipe Calderón met the Ostrava delegation.", "Calderón praised the Ostrava delegation."]
    assert _name(texts) == "Ostrava delegation"
    assert "ó" not in (_name(texts) or "")


def _issue_labels(body: str) -> list[str | None]:
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    section = prefill(article_from_text("Harbour levy vote\n\n" + body)).section("key_issues")
    return [item.label for item in section.items] if section is not None else []


def test_a_heading_between_dashes_is_named_without_them() -> None:
    from briefing.prefill.lexicon import load_lexicon
    from briefing.prefill.sections import short_label

    assert short_label("– Old quays –.", load_lexicon(), frozenset()) == "Old quays"
    assert short_label("‘Who pays?’ –", load_lexicon(), frozenset()) == "‘Who pays?’"


def test_the_papers_own_labels_are_no_issues() -> None:
    from briefing.prefill.analysis import analyse
    from briefing.prefill.sections import ISSUE
    from briefing.reader import article_from_text

    body = (
        "The council voted on Monday to raise the harbour levy by a fifth.\n\n"
        "Dredging costs:\n\n"
        "The dredging of the outer channel costs more each year as the silt builds up.\n\n"
        "CORRECTION:\n\n"
        "An earlier version of this article gave the wrong year for the last levy rise."
    )
    headings = analyse(article_from_text("Harbour levy vote\n\n" + body)).outline.headings
    issues = [h.label for h in headings if h.kind == ISSUE]
    assert issues == ["Dredging costs"], [(h.label, h.kind) for h in headings]


def test_a_list_item_that_is_only_a_persons_name_is_no_issue() -> None:
    body = (
        "Mayor Anna Lind said on Monday that the harbour levy would rise by a fifth.\n\n"
        "“The levy pays for the dredging and nothing else,” Lind told the council.\n\n"
        "- Anna Lind.\n\n"
        "The dredging of the outer channel costs more each year as the silt builds up."
    )
    assert "Anna Lind" not in _issue_labels(body)


_SUBHEADED = (
    "The council meets on Monday to vote on the harbour levy. The levy would raise the port's fees by a fifth. "
    "Traders have fought the levy for a year. Three questions hang over the vote.\n\n"
    "1) Dockers face a pay cut.\n\n"
    "The pay cut would take a tenth off the wages of every docker in the port.\n\n"
    "2) Will the ferry survive?\n\n"
    "The ferry loses money on every crossing, and its owners want the levy to cover the gap.\n\n"
    "3) SILT CLOGS THE OUTER CHANNEL.\n\n"
    "Dredging the outer channel costs more each year as the silt builds up behind the breakwater."
)


def test_numbered_lines_with_paragraphs_under_them_are_subheadings() -> None:
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    items = prefill(article_from_text("Harbour levy vote\n\n" + _SUBHEADED)).section("key_issues").items
    texts = [item.text for item in items]
    assert texts[0].startswith("The pay cut would take"), texts  # the sentence under the line, not the line
    assert "Dockers face a pay cut." not in texts and "Will the ferry survive?" not in texts


def test_a_heading_that_is_a_sentence_is_named_by_the_phrase_inside_it() -> None:
    labels = _issue_labels(_SUBHEADED)
    assert labels[0] == "Pay cut"  # not "Dockers face a pay cut"
    assert labels[1] is None  # a question with no repeated phrase: the officer names it
    assert labels[2] == "Outer channel"  # a shouted headline, in the article's own case


@pytest.mark.parametrize(
    ("label", "fault"),
    [
        ("Dredging costs", False),
        ("Art of the deal", False),
        ("Framing the harbour debate", False),
        ("Who pays?", False),  # a short question: the writer's catchword
        ("Dockers face a pay cut", True),
        ("The port is silting up", True),
        ("Can the ferry pay its way?", True),
        ("All roads lead to the harbour and the quay", True),
        ("Varna mourns", True),
        ("A docker himself", True),  # a reflexive
        ("Harbour less safe", True),  # a predicate
        ("More quay walls", False),
    ],
)
def test_a_heading_is_its_own_name_only_as_a_noun_phrase(label: str, fault: bool) -> None:
    from briefing.prefill.phrases import heading_fault

    use = PhraseCounts(["Residents of Varna met the mayor.", "The harbour is old."]).use
    assert (heading_fault(label, use, load_lexicon()) is not None) == fault


def test_a_shouted_headline_is_no_name_but_a_shouted_noun_phrase_is() -> None:
    from briefing.prefill.phrases import heading_fault

    use = PhraseCounts(["The Varna ferry sails at noon.", "Pledged delegates voted in Varna."]).use
    assert use.recase("VARNA FERRY SAILS AGAIN") == "Varna ferry sails again"
    assert heading_fault(use.recase("PLEDGED DELEGATES"), use, load_lexicon(), shouted=True) is None
    assert heading_fault(use.recase("VARNA FERRY SAILS AGAIN"), use, load_lexicon(), shouted=True) is not None


def test_a_subject_and_a_verb_taking_an_object_is_no_name() -> None:
    texts = [
        "The harbour survey asks where each docker lives and how far the docker travels.",
        "The harbour survey asks about pay too.",
        "Earlier emails reflect the mood of dockers, and the emails were leaked.",
    ]
    counts = PhraseCounts(texts)
    assert counts.name(texts[0], set()) == "Harbour survey"  # not "Harbour survey asks"
    assert counts.name(texts[2], {"harbour survey"}) is None  # not "Emails reflect"


def test_a_surname_after_a_title_is_a_person_in_the_possessive_too() -> None:
    texts = ["President Lind's team met the dockers.", "Lind's team left Varna.", "Lind spoke in Varna."]
    counts = PhraseCounts(texts)
    assert "Lind" in counts.use.person_words
    frequency: Counter[str] = Counter({"lind": 3, "varna": 2})
    name = proper_issue_name(
        texts[0], frequency, set(), frozenset(), frozenset({"Lind", "Varna"}), frozenset(), load_lexicon(), counts.use
    )
    assert name != "Lind"


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("During his Harbour the Show interview, Lind had hard words for the levy.", "Harbour"),
        ("In ''Storm, Varna!,'' the mayor plays a ferryman.", "Storm"),
        ("In ''Storm, Varna!,'' the mayor plays a ferryman.", "Varna"),
        ("The ferry crews marched after the Varna Anti-Dredging League called a strike.", "Varna"),
    ],
)
def test_a_piece_of_a_title_is_no_issue_name(text: str, piece: str) -> None:
    """A word the sentence only writes inside a title ("Meet the Press", "''Hail, Caesar!''") names nothing."""
    frequency: Counter[str] = Counter({"harbour": 3, "storm": 3, "varna": 3})
    proper = frozenset({"Harbour", "Show", "Storm", "Varna", "Lind"})
    name = proper_issue_name(text, frequency, set(), frozenset(), proper, frozenset({"Lind"}), load_lexicon())
    assert name != piece


def test_a_word_quoted_alone_or_in_a_slogan_is_still_a_name() -> None:
    frequency: Counter[str] = Counter({"varna": 3})
    proper = frozenset({"Varna", "We"})
    for text in ("Crowds in \u201cWe are Varna\u201d shirts marched.", "The \u201cVarna\u201d campaign marched."):
        assert proper_issue_name(text, frequency, set(), frozenset(), proper, frozenset(), load_lexicon()) == "Varna"


def test_a_question_word_is_no_part_of_a_proper_name() -> None:
    lex = load_lexicon()
    text = "Who pays for the ferry? Is Varna ready to pay?"
    frequency: Counter[str] = Counter({"varna": 3})
    use = PhraseCounts([text, "Varna voted."]).use
    name = proper_issue_name(text, frequency, set(), frozenset(), frozenset({"Is", "Varna"}), frozenset(), lex, use)
    assert name == "Varna"  # not "Is Varna"


def test_a_long_list_item_of_several_sentences_is_cut_to_its_first_whole_ones() -> None:
    long_tail = " ".join(["The harbour board has met every week since the storm to weigh the cost of repairs."] * 6)
    text = (
        "Five ports to watch\n\n"
        "The ports face a hard winter. Each has its own troubles.\n\n"
        f"- Dover. The port is the busiest in the country. {long_tail}\n"
        "- Hull. The port lost its ferry last year.\n"
    )
    issues = next(s for s in prefill(article_from_text(text)).sections if s.id == "key_issues")
    dover = next(item for item in issues.items if item.text.startswith("Dover"))
    assert len(dover.text.split()) <= 60
    assert dover.text.endswith(".") and "busiest in the country." in dover.text


def test_a_lone_name_that_only_modifies_or_is_abbreviated_names_no_issue() -> None:
    lex = load_lexicon()
    proper = frozenset({"Varna", "Burgas", "Bulg", "Ostrava"})
    frequency: Counter[str] = Counter({"varna": 3, "burga": 3, "bulg": 3, "ostrava": 3})
    texts = [
        "The Varna port strike spread to the Varna rail depots.",
        "Dock workers in Burgas, Bulg., joined on Monday.",
        "The mayor of Ostrava flew in to mediate, and talks moved to Ostrava.",
    ]
    use = PhraseCounts(texts).use

    def name(text: str) -> str | None:
        return proper_issue_name(text, frequency, set(), frozenset(), proper, frozenset(), lex, use)

    assert name(texts[0]) is None  # "Varna" only ever modifies: the port strike is the issue, not the town
    assert name("Dock workers in Bulg., joined on Monday.") is None  # an abbreviated state
    assert name(texts[2]) == "Ostrava"  # a place the article names on its own


def test_a_wire_subheading_between_dashes_gives_the_sentence_under_it_not_itself() -> None:
    """AFP copy sets its subheadings between dashes ("– Old quays –."): a heading, whose item is what it heads."""
    body = (
        "The council voted on Monday to raise the harbour levy by a fifth. The levy pays for the dredging. "
        "Traders fought the levy for a year. The mayor thanked the council for its vote.\n\n"
        "– Old quays –.\n\n"
        "The old quays of the outer harbour crumble a little more each winter, engineers warned the council.\n\n"
        "- Reuters."
    )
    section = prefill(article_from_text("Harbour levy vote\n\n" + body)).section("key_issues")
    assert section is not None
    items = [(item.label, item.text) for item in section.items]
    assert items[0][0] == "Old quays"
    assert items[0][1].startswith("The old quays of the outer harbour crumble")
    assert all(text not in ("Old quays –.", "Reuters.") for _, text in items), items  # neither line is an issue


def test_no_two_key_issues_share_a_name() -> None:
    """One issue, one name: a second sentence the same phrase names takes its next phrase, or another name."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "Trawler crews pay the fishing quotas in spring and again in autumn, on each landing of fish. "
        "Crab boats from the north avoid the fishing quotas by landing their catch across the bay. "
        "Yacht owners escape the fishing quotas entirely, at the marina gate beside the old lighthouse. "
        "The fish market sits beside the outer channel. "
        "The outer channel fills with silt."
    )
    draft = _Draft(analyse(article_from_text("Harbour levy vote\n\n" + body)))
    _salient_issues(draft)
    labels = [(item.label or "").lower() for item in draft.slots["key_issues"]]
    assert len(labels) >= 2
    assert len(labels) == len(set(labels)), labels  # before: "Fishing quotas" three times


def test_a_ranking_is_no_list_of_issues() -> None:
    """A table of people and their places ("Ana Brod (Last week: 2.)") is who is where, not an issue each."""
    body = (
        "Each week our panel ranks the candidates for harbour master. "
        "Ana Brod gained the most votes this week after her speech on the dredging bill. "
        "The dredging bill would cost the port a fifth of its budget.\n\n"
        "- Ana Brod (Last week: 2.)\n\n"
        "- Tomas Lind (1.)\n\n"
        "- Eva Okafor (3.)\n\n"
        "Tomas Lind lost ground over the dredging bill and the silt in the outer channel."
    )
    texts = [item.text for item in prefill(article_from_text("Harbour ranking\n\n" + body)).section("key_issues").items]
    assert not any("(1.)" in text or "Last week" in text for text in texts), texts


def test_a_line_that_is_only_a_name_is_no_salient_issue() -> None:
    """A line that is a name itself ("DREDGING COSTS.", a caption, a signature) names an issue but says nothing."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "The port of Varna reopened its outer channel on Monday after a month of dredging.\n\n"
        "DREDGING COSTS.\n\n"
        "Dredging costs rose by a fifth this year as the silt built up behind the breakwater.\n\n"
        "The council says dredging costs will fall once the new breakwater is built.\n\n"
        "Ana Brod, Varna.\n\n"
        "Traders in Varna blame the council for the dredging costs."
    )
    draft = _Draft(analyse(article_from_text("Dredging costs\n\n" + body)))
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and "DREDGING COSTS." not in texts and "Ana Brod, Varna." not in texts, texts


def test_an_embedded_post_is_no_salient_issue() -> None:
    """A post set in the article (<tweet author="@anabrod">) is its author's words, not a theme of the article."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "The port of Varna reopened its outer channel on Monday after a month of dredging.\n\n"
        "Dredging costs rose by a fifth this year as the silt built up behind the breakwater.\n\n"
        '<tweet author="@anabrod">Harbour fees and dredging costs at the quay in Varna today</tweet>.\n\n'
        "Harbour fees will rise once the new breakwater is built, the council says.\n\n"
        "The council says dredging costs will fall once the new breakwater is built.\n\n"
        "Traders in Varna blame the council for the harbour fees and the dredging costs."
    )
    draft = _Draft(analyse(article_from_text("Dredging costs\n\n" + body)))
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and not any("at the quay in Varna today" in text for text in texts), texts


def test_how_a_poll_was_taken_is_no_salient_issue() -> None:
    """A poll's sample, dates and margin of error say how far to trust it; they are no issue of their own."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "The Varna harbour poll puts the dredging levy ahead for the first time.\n\n"
        "Harbour voters back the dredging levy by 52 percent to 40 percent.\n\n"
        "The margin of sampling error among harbour voters is plus or minus four points.\n\n"
        "Among dock workers, the margin of sampling error is plus or minus nine points.\n\n"
        "Dock workers oppose the dredging levy by 60 percent to 30 percent."
    )
    draft = _Draft(analyse(article_from_text("Harbour poll\n\n" + body)))
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and not any("margin of sampling error" in text for text in texts), texts


def test_a_witness_brought_in_by_age_is_no_salient_issue() -> None:
    """ "Ana Brod, 78, arrived ..." is colour for the story (its witness), not one of its issues."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "The dredging levy divides the harbour town of Varna before Sunday's vote.\n\n"
        "Traders say the dredging levy will double their harbour fees.\n\n"
        "Ana Brod, 78, walked to the harbour fees office with dredging levy leaflets in hand.\n\n"
        "Tom Lind, a 55-year-old trader, paid his harbour fees in cash and voted early.\n\n"
        "The council says harbour fees fall once the dredging levy is paid off."
    )
    draft = _Draft(analyse(article_from_text("Dredging levy\n\n" + body)))
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and not any(text.startswith(("Ana Brod", "Tom Lind")) for text in texts), texts


def test_a_step_of_someones_life_is_no_salient_issue() -> None:
    """ "Ana Brod was born ..." or "In his younger days, he worked as a pilot ..." is who she is, not an issue."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "The dredging levy divides the harbour town of Varna before Sunday's vote.\n\n"
        "Traders say the dredging levy will double their harbour fees.\n\n"
        "Ana Brod was born in Varna and grew up beside the harbour where the dredging levy now falls due.\n\n"
        "In his younger days, the mayor worked as a harbour pilot paying dredging levy and harbour fees.\n\n"
        "The council says harbour fees fall once the dredging levy is paid off."
    )
    draft = _Draft(analyse(article_from_text("Dredging levy\n\n" + body)))
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and not any(text.startswith(("Ana Brod", "In his younger")) for text in texts), texts


@pytest.mark.parametrize(
    ("sentence", "life"),
    [
        ("After graduation from the naval academy, Admiral Lind trained as a pilot.", True),
        ("Tom Lind was born in Varna but moved to Sofia as a child.", True),
        ("Tom Lind married a ferry pilot from Sofia and lived in Varna.", True),
        ("The poll is bad news for Tom Lind, who grew up near Varna, in third place.", False),
        ("Brod stepped down as the member for Tooting, the district where she was born.", False),
    ],
)
def test_a_life_story_outside_a_relative_clause(sentence: str, life: bool) -> None:
    from briefing.prefill.draft import _life_story

    assert _life_story(sentence) is life


def test_a_salient_sentence_that_restates_the_summary_is_no_key_issue() -> None:
    """A body sentence that says the Summary's line again in other words adds nothing as a key issue."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _item, _salient_issues

    said = "The harbour board's new dredging levy doubles the fees traders pay at the port."
    restated = "Under the new dredging levy the board approved, traders at the port pay double fees."
    body = (
        f"{said}\n\n"
        "Traders say the dredging levy will close three harbour cafes by spring.\n\n"
        f"{restated}\n\n"
        "The council says harbour fees fall once the dredging levy is paid off."
    )
    draft = _Draft(analyse(article_from_text("Dredging levy\n\n" + body)))
    text = draft.a.article.text
    start = text.index(said)
    draft.add("summary", _item(text, start, start + len(said), None, None), "the bottom line")
    draft.used.add(0)
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and restated not in texts, texts


def test_a_bare_question_or_an_interviewers_prompt_is_no_salient_issue() -> None:
    """ "Did the board take the dredging money?" asks; "Q: ..." is the interviewer's prompt: neither is an issue."""
    from briefing.prefill.analysis import analyse
    from briefing.prefill.draft import _Draft, _salient_issues

    body = (
        "The dredging levy divides the harbour town of Varna before Sunday's vote.\n\n"
        "Did the harbour board take dredging levy money from the harbour fees fund?\n\n"
        "Q: You were going to talk about the dredging levy and harbour fees.\n\n"
        "Traders say the dredging levy doubles their harbour fees.\n\n"
        "The council says harbour fees fall once the dredging levy is paid off."
    )
    draft = _Draft(analyse(article_from_text("Dredging levy\n\n" + body)))
    _salient_issues(draft)
    texts = [item.text for item in draft.slots["key_issues"]]
    assert texts and not any(text.startswith(("Did the", "Q:")) for text in texts), texts


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Are you on Team Varna?", True),
        ("How does this not warrant a single question about the levy?", True),
        ("The board faces a choice: Should it raise the dredging levy again?", False),  # the statement names it
    ],
)
def test_only_asks(sentence: str, asks: bool) -> None:
    from briefing.prefill.draft import _only_asks

    assert _only_asks(sentence) is asks


def test_a_participle_after_a_noun_is_its_verb() -> None:
    """ "Sailors held by the port" is a noun and its verb; "held" is a past form like "won"."""
    texts = [
        "The release of sailors held by the harbour police angered the dockers union.",
        "Sailors held in Varna were freed after the dockers union protested.",
        "Sailors held without charge wrote to the mayor.",
    ]
    assert _name(texts) != "Sailors held"


def test_a_name_of_a_party_that_speaks_in_the_brief_is_no_issue_name() -> None:
    """ "White House" where the United States speaks names a voice the brief files as its party, not what the
    sentence is about; the sentence's own recurring phrase names it. A side nobody speaks for stays a name."""
    texts = [
        "The White House wants the tariff talks to resume before the White House summit in May.",
        "The tariff talks stalled in March.",
        "A White House aide said the White House would wait.",
    ]
    counts = PhraseCounts(texts)
    assert counts.name(texts[0], set()) == "White House"  # the article's most repeated phrase, without the rule
    assert counts.name(texts[0], set(), parties=frozenset({"United States"})) == "Tariff talks"
    assert counts.name(texts[0], set(), parties=frozenset({"China"})) == "White House"


def test_a_place_that_only_describes_a_person_is_no_issue_name() -> None:
    """ "The Vermont senator is struggling": the place says who the person is; the sentence is not about it."""
    frequency: Counter[str] = Counter({"vermont": 4, "struggling": 1})
    proper = frozenset({"Vermont", "The"})
    lex = load_lexicon()
    name = proper_issue_name(
        "The Vermont senator is struggling.", frequency, set(), frozenset(), proper, frozenset(), lex
    )
    assert name is None
    name = proper_issue_name(
        "Snow closed the roads in Vermont.", frequency, set(), frozenset(), proper, frozenset(), lex
    )
    assert name == "Vermont"


def test_a_participle_that_only_modifies_after_the_is_still_a_verb_at_a_names_end() -> None:
    """ "The paid staff" makes no noun of "paid": "The ferry board paid $9,000" ends on its verb; a participle
    taking an object ("a fund backing Ana Brod") is no name's end either, "the backing" notwithstanding."""
    paid = [
        "The ferry board paid $9,000 in rent to the harbour trust.",
        "The ferry board paid the pilots late.",
        "Only the paid staff of the harbour trust sailed.",
    ]
    assert _name(paid) == "Ferry board"  # not "Ferry board paid"
    backing = [
        "Donors poured money into dock funds backing Ana Brod for the harbour seat.",
        "Those backing her said dock funds backing Brod would win the harbour seat.",
        "Dock funds backing the mayor lost.",
    ]
    assert _name(backing) == "Dock funds"  # not "Dock funds backing"


def test_a_past_form_after_have_which_or_a_noun_opens_a_verb_phrase() -> None:
    """ "have (recently) paid tribute", "the levy raised questions": a verb and its object, no issue's name."""
    texts = [
        "Dockers have recently paid tribute to the ferry pilots at the harbour gate.",
        "Crowds paid tribute again, and the harbour gate stayed shut.",
        "The plan raised questions about the quay levy.",
        "The mayor raised questions too, and the quay levy passed.",
    ]
    assert _name(texts) == "Harbour gate"  # not "Paid tribute"
    assert _name(texts, 2) == "Quay levy"  # not "Raised questions"


def test_a_count_or_a_reflexive_is_no_part_of_a_name() -> None:
    """ "the past three months", "dockers protect themselves": a count and a reflexive name nothing."""
    texts = [
        "Over the past three months dockers wanting to protect themselves bought harbour insurance.",
        "The past three weeks were calm, and harbour insurance got dearer.",
        "Pilots protect themselves too.",
    ]
    assert _name(texts) == "Harbour insurance"  # not "Past three" nor "Protect themselves"


def test_a_phrase_the_article_only_writes_after_to_or_a_modal_is_a_verb_phrase() -> None:
    """ "to lift tariffs", "will lift tariffs": a verb and its object; "to lower fees" and "to ferry services"
    (which the article also writes after "the") stay noun phrases."""
    texts = [
        "The board hopes to lift tariffs on grain before the harbour levy is due.",
        "Traders want the board to lift tariffs, and they will lift tariffs themselves if they can.",
        "Pilots say they cannot lift tariffs alone; the harbour levy pays for dredging.",
    ]
    assert _name(texts) == "Harbour levy"  # not "Lift tariffs"
    lower = [
        "Small traders moved to lower fees at the north quay last spring.",
        "Their move to lower fees emptied the old market, which once had low fees.",
        "Access to ferry services was cut, and the ferry services stopped at noon.",
    ]
    assert _name(lower) == "Lower fees"
    assert _name(lower, 2) == "Ferry services"


def test_a_role_the_article_puts_before_who_or_a_persons_name_is_no_name() -> None:
    """ "campaign manager Ana Brod", "a dock pilot who": a person by their role; a noun before a name once may be
    an object's ("the dredging deal Ana Brod signed")."""
    texts = [
        "On Monday, campaign manager Ana Brod released a memo on the ferry levy.",
        "Campaign manager Peter Lind called the ferry levy a tax, and the campaign manager resigned over it.",
        "The campaign manager of the port party quit too.",
        "Lind was a dock pilot who once ran the ferry gate; the dock pilot was angry, and a dock pilot spoke.",
    ]
    assert _name(texts) == "Ferry levy"  # not "Campaign manager"
    assert _name(texts, 3) is None  # not "Dock pilot"
    deal = [
        "The dredging deal Ana Brod signed is in court.",
        "Critics of the dredging deal say it is unfair.",
    ]
    assert _name(deal) == "Dredging deal"


def test_the_word_after_a_figure_is_the_figures_not_a_names() -> None:
    """ "a 90-minute hearing", "a 6-point lead": a measure, not "Minute hearing" or "Point lead"."""
    texts = [
        "After a 90-minute hearing, the quay tolls stood.",
        "A second 90-minute hearing on the quay tolls is set for May; a 6-point lead held.",
        "Lind held a 6-point lead.",
    ]
    assert _name(texts) == "Quay tolls"  # not "Minute hearing"
    assert _name(texts, 2) is None  # not "Point lead"


def test_a_singular_noun_and_its_verb_before_a_name_is_no_name() -> None:
    """ "the harbour poll finds Lind ahead": a subject and its verb, the name its object."""
    texts = [
        "The new harbour poll finds Lind ahead on the dredging levy.",
        "The harbour poll finds Brod behind, and the dredging levy is unpopular.",
        "Brod and Lind debated on Monday.",
    ]
    assert _name(texts) == "Harbour poll"  # not "Harbour poll finds" nor "Poll finds"


def test_a_lone_word_for_a_kind_names_no_issue() -> None:
    """ "a dock PAC", "the dock PAC", "DPRs": a kind of group the article writes after one lower-case word, or in
    the plural, is no one thing's name; a town the article once writes after "rural" still is."""
    lex = load_lexicon()
    proper = frozenset({"PAC", "DPR", "Varna"})
    frequency: Counter[str] = Counter({"pac": 3, "dpr": 3, "varna": 3})
    texts = [
        "The ads in rural Varna came from a dock PAC.",
        "The DPR did less than the dock PAC.",
        "Two DPRs met the dock PAC in Varna, and Varna paid.",
    ]
    counts = PhraseCounts(texts)

    def name(text: str) -> str | None:
        return proper_issue_name(
            text, frequency, set(), frozenset(), proper, frozenset(), lex, counts.use, contexts=counts.contexts
        )

    assert name("The dock PAC aired its ads.") is None  # not "PAC"
    assert name("The DPR aired its ads.") is None  # not "DPR"
    assert name("Voters in Varna saw the ads.") == "Varna"


def test_a_modifier_cut_from_the_noun_after_it_is_no_name() -> None:
    """ "a net negative rating": the name stops before its noun, "negative" a modifier here; "the ferry
    primary race" keeps "Ferry primary" ("-ary" words are as often nouns)."""
    texts = [
        "Lind had a net negative rating in the ferry poll.",
        "Brod's net negative score fell, and the ferry poll closed.",
        "A net negative view of both held, and half the dockers were negative.",
    ]
    assert _name(texts) == "Ferry poll"  # not "Net negative"
    primary = [
        "The ferry primary race tightened.",
        "Lind won the ferry primary.",
    ]
    assert _name(primary) == "Ferry primary"


def test_a_title_after_a_bodys_or_a_places_name_is_no_name() -> None:
    """ "a Harbour Court justice", "Varna Sen. Ana Brod": the officer, not an issue; "racial justice" still is."""
    court = ["A Harbour Court justice ruled on the levy.", "The Harbour Court justice spoke again."]
    assert _name(court) == "Harbour Court"  # the body, not "Harbour Court justice"
    assert _name(["Racial justice was the theme.", "Racial justice marches grew."]) == "Racial justice"
    lex = load_lexicon()
    proper = frozenset({"Varna", "Sen", "Ana", "Brod"})
    frequency: Counter[str] = Counter({"varna": 3, "sen": 3, "ana": 3, "brod": 3})
    texts = ["In Varna, Varna Sen. Ana Brod has 45 percent.", "Varna Sen. Ana Brod leads."]
    use = PhraseCounts(texts).use
    named = proper_issue_name(texts[0], frequency, set(), frozenset(), proper, frozenset({"Ana", "Brod"}), lex, use)
    assert named != "Varna Sen"


def test_an_adjective_put_after_its_plural_noun_is_no_name() -> None:
    """ "the dockers available in May", "pilots familiar with the quay": a noun and its predicate, no name."""
    texts = [
        "The board needs the dockers available in May for the quay repairs.",
        "Dockers available in June are fewer, so the quay repairs wait.",
        "Few dockers available on Sundays will help.",
    ]
    assert _name(texts) == "Quay repairs"  # not "Dockers available"


def test_a_past_form_after_has_is_a_verb_even_where_the_article_also_has_it_as_a_modifier() -> None:
    """ "the board has reported losses": a perfect and its object; "the reported losses" is a name."""
    texts = [
        "The port board has reported losses on the quay.",
        "The reported losses rose, and the quay work slowed.",
        "Quay work resumed.",
    ]
    assert _name(texts) is None  # not "Reported losses"
    assert _name(texts, 1) == "Reported losses"
