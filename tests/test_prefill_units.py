"""The pre-fill's parts on one-line articles: who speaks, for which side, and which section wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.prefill.analysis import analyse
from briefing.prefill.classify import is_self_talk, outlook_label, strip_connective
from briefing.prefill.lexicon import load_lexicon
from briefing.prefill.sections import short_label
from briefing.reader import article_from_text


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    analysis = analyse(article_from_text("Headline\n\n" + body))
    return [
        (f.attribution.speaker.name, f.attribution.speaker.side) if f.attribution else (None, None)
        for f in analysis.facts
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kremlin spokesman Dmitry Peskov said the talks had failed.", ("Dmitry Peskov", "Russia")),
        ('"We will not retreat," said Prime Minister Mark Carney of Canada.', ("Mark Carney", None)),
        ("According to Japanese Foreign Minister Yoko Kamikawa, the talks will resume.", ("Yoko Kamikawa", "Japan")),
        ("The White House warned that the deadline was final.", ("White House", "United States")),
        ("Beijing insisted that the island was part of its territory.", ("Beijing", "China")),
        ("Both sides stressed the need for calm.", ("Both sides", "Both sides")),
        ("American diplomats view a deal as likely.", ("American diplomats", "United States")),
        ("Anna Berg, chief executive of Northwind Foods, said profits would rise.", ("Anna Berg", "Northwind Foods")),
        ("Canada's Foreign Minister, Melanie Joly, said Ottawa would respond.", ("Melanie Joly", "Canada")),
        # the body an apposition names "of": all of its name, never a title or half of it
        (
            "Tom Reyes, a professor at the University of Akron, said the deal was fair.",
            ("Tom Reyes", "University of Akron"),
        ),
        ("Ana Ruiz, a leader of Mr. Kerr's coalition of farmers, said prices fell.", ("Ana Ruiz", "Kerr")),
        # "a critic of X", "the receiving side of X": X is whom they speak against, not for
        ("Ana Ruiz, a longtime critic of Governor Kerr, said prices fell.", ("Ana Ruiz", None)),
        ("Ana Ruiz, often on the receiving side of Mr. Kerr's attacks, said so.", ("Ana Ruiz", None)),
        # a body's name runs on over "of", "for", "and" and an owner's "'s" before a body's word
        (
            "Dan Pitt, a former director of the Office of Trade and Budget, said so.",
            ("Dan Pitt", "Office of Trade and Budget"),
        ),
        ("Rosa Dent, executive director of Nurses for Health, said costs rose.", ("Rosa Dent", "Nurses for Health")),
        (
            "Lara Sobel, director of the University of Akron's Center for Politics, said so.",
            ("Lara Sobel", "University of Akron's Center for Politics"),
        ),
        ("Zed Kos, a veteran of Lee's Ohio office, said turnout fell.", ("Zed Kos", "Lee")),
        ("Ron Vick, author of Unpleasant: The Trouble With Kerr, said so.", ("Ron Vick", None)),
        # a place before a name's comma is what the clause is about, unless a role "of" it stands before it
        ("Asked about the old rules in Nazi Germany, Mark Feldon said times had changed.", ("Mark Feldon", None)),
        ("On the subject of Israel, Mark Feldon said nobody was more loyal.", ("Mark Feldon", None)),
        ('"The deal is unfair," said the trade minister of Canada, Ann Holt.', ("Ann Holt", "Canada")),
        (
            "Critics were answered by the secretary of the Treasury, Ann Holt, who said so.",
            ("Ann Holt", "United States"),
        ),
        # an envoy to a body of member states, a topic, another name's title, a tribe: none is the speaker's side
        ("Former U.N. Ambassador Tom Kerr said the deal was weak.", ("Tom Kerr", None)),
        ("Chinese Ambassador Li Wen said the deal was weak.", ("Li Wen", "China")),
        ("Ann Lee, an expert on Russia at a think tank, said the deal was weak.", ("Ann Lee", None)),
        ("Ann Lee, a spokeswoman for the Chinese Foreign Ministry, said the deal was weak.", ("Ann Lee", "China")),
        ("Oneida Indian Nation leader Ray Hall said the deal was weak.", ("Ray Hall", None)),
        ('"No," recalled James Kerr, then ambassador to Israel.', ("James Kerr", None)),
        ("Dan Tripp, state director of Keep the Promise, said so.", ("Dan Tripp", "Keep the Promise")),
        (
            "Ann Lee, a fellow at the Institute for the Study of War, said so.",
            ("Ann Lee", "Institute for the Study of War"),
        ),
        ("Ann Lee, director of the rights group Color of Change, said so.", ("Ann Lee", "Color of Change")),
        ("Ann Lee, the author of Empire of the Fund, said so.", ("Ann Lee", None)),
        ("Ann Lee, a Texas Republican who has met Sen. Tom Kerr, said so.", ("Ann Lee", "Republicans")),
    ],
)
def test_speaker_and_side(body: str, expected: tuple[str, str | None]) -> None:
    assert _speakers(body)[0] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an aide stands on the side of the person they serve, named before by this one word
        ("Ted Cruz spoke in Iowa. Cruz spokeswoman Ann Lee said he would win.", ("Ann Lee", "Ted Cruz")),
        ("Republican Ted Cruz spoke. Cruz spokeswoman Ann Lee said he would win.", ("Ann Lee", "Republicans")),
        (
            "Hillary Clinton spoke. She left. Clinton's campaign manager, Rob Mook, said she won.",
            ("Rob Mook", "Hillary Clinton"),
        ),
        # a rival or a critic is not on their side, nor is an aide of someone never named
        ("Ted Cruz spoke in Iowa. He left. Cruz rival Ann Lee said he would lose.", ("Ann Lee", None)),
        ("Ted Cruz spoke in Iowa. He left. Nolan spokeswoman Ann Lee said he would lose.", ("Ann Lee", None)),
    ],
)
def test_an_aide_stands_with_the_person_served(body: str, expected: tuple[str, str | None]) -> None:
    assert _speakers(body)[-1] == expected


def test_a_list_of_titled_names_is_no_apposition() -> None:
    found = _speakers("Lee, Kerr, Ohio Gov. Tom Ruiz and Sen. Ann Holt of Kentucky appeared. Kerr said he would win.")
    assert found[-1] == ("Kerr", None)


def test_a_name_that_goes_on_a_list_takes_no_apposition() -> None:
    found = _speakers("Lee attacked Ruiz and Kerr, and Sen. Ann Holt of Kentucky. Kerr said he would win.")
    assert found[-1] == ("Kerr", None)


def test_later_mentions_lead_back_to_the_person() -> None:
    found = _speakers(
        "China's top diplomat, Wang Yi, met the delegation. "
        "Wang warned against interference. He urged restraint. "
        "The Chinese diplomat stressed that talks would go on."
    )
    assert found[1:] == [("Wang Yi", "China")] * 3


def test_a_passive_cue_pins_nothing_on_the_nearest_name() -> None:
    assert _speakers("While concerns over Taiwan were expressed, the mood was calm.") == [(None, None)]
    assert _speakers("The choice between cooperation and conflict was emphasized.") == [(None, None)]


def test_a_name_is_not_a_verb() -> None:
    # "States" and "Post" are cue words in lower case only
    assert _speakers("The United States Post Office opened a branch in Ohio.") == [(None, None)]


def test_a_quote_that_runs_on_keeps_its_speaker() -> None:
    found = _speakers('Senator Ana Ruiz said the bill was dead. "Nobody will vote for it."')
    assert found == [("Ana Ruiz", None), ("Ana Ruiz", None)]


def test_self_talk_is_recognised() -> None:
    lex = load_lexicon()
    assert is_self_talk("This article provides a comprehensive analysis of the key issues discussed, including:", lex)
    assert is_self_talk("Read the rest here.", lex)
    assert not is_self_talk("The article of the treaty was signed.", lex)
    assert is_self_talk("For more,\u00a0sign up for the Harbour Watch newsletter.", lex)  # an invitation to click
    assert not is_self_talk("For more than a decade, the harbour master ran the port.", lex)


@pytest.mark.parametrize(
    "text",
    [
        "(Subscribe to the Harbour Desk podcast with Ana Brod.)",  # an invitation in brackets
        "Follow Tom Lind on Twitter @tomlind_harbour",
        "Follow @HarbourDesk or #harbourtalk on Twitter for more of this discussion.",
        "Editor\u2019s note: The harbour board owns a share of this newspaper.",
        "Correction: An earlier version of this story misstated the dredging levy.",
        "CORRECTION APPENDED",
        "Tune in each Friday to hear the harbour desk take on the week's dredging news.",
        "As published in the International Harbour Times.",
        "A version of this article appears in print on page A12.",
        "FlagShareLikeReplyAna Brod 5ptsmoderatorFeaturedMay 3, 2016 8:52PMDredging vote tonight",  # a comment widget
    ],
)
def test_page_furniture_is_self_talk(text: str) -> None:
    """What the page says about itself (a note on the article, where it was published, a comment widget's buttons,
    an invitation to follow) is never brief material: no key issue, no Summary line."""
    assert is_self_talk(text, load_lexicon())


@pytest.mark.parametrize(
    "text",
    [
        "Following the vote, the harbour master resigned.",
        "Follow the money, the auditor told the harbour board.",
        "Correction officers at the harbour jail walked out on Monday.",
        "Readers of the Harbour Times share a liking for the dredging levy.",
    ],
)
def test_article_sentences_like_furniture_are_not_self_talk(text: str) -> None:
    assert not is_self_talk(text, load_lexicon())


@pytest.mark.parametrize(
    ("text", "label", "firm"),
    [
        ("While it remains unconfirmed, a meeting with Xi is likely.", "Likely, not confirmed", True),
        ("Ministers will meet next week.", "Planned", True),
        ("A potential meeting would signify progress.", "Possible", False),
        ("The talks were described as candid.", None, False),
        # a forward word inside a name labels nothing
        ("The senator voted to cut funding for Planned Parenthood.", None, False),
        ("The senator planned to cut funding for the clinics.", "Planned", True),
        ("The harbour master is slated to open the new quay.", "Planned", True),  # "slated to": scheduled
    ],
)
def test_outlook_likelihood(text: str, label: str | None, firm: bool) -> None:
    assert outlook_label(text, load_lexicon()) == (label, firm)


def test_connective_trim_moves_the_start_only() -> None:
    text = "However, there have been efforts."
    assert strip_connective(text, 0, len(text), load_lexicon()) == (9, len(text))
    assert strip_connective("Howevers are rare.", 0, 18, load_lexicon()) == (0, 18)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("And, finally, the council agreed to pay for the wall.", "the council agreed to pay for the wall."),
        ("And, finally, “Pay for the wall yourselves.”", "“Pay for the wall yourselves.”"),  # a bare quotation
        ('Yet, "it is hard to see who pays," the mayor said.', 'Yet, "it is hard to see who pays," the mayor said.'),
    ],
)
def test_two_connectives_go_and_a_quotation_may_follow(text: str, kept: str) -> None:
    start, end = strip_connective(text, 0, len(text), load_lexicon())
    assert text[start:end] == kept


def test_heading_labels_are_short_and_keep_proper_nouns() -> None:
    proper = frozenset({"Taiwan", "Xi", "Jinping", "President"})
    lex = load_lexicon()
    assert short_label("Warning on Taiwan:", lex, proper) == "Taiwan"
    assert (
        short_label("Prospects for a Meeting with President Xi Jinping:", lex, proper)
        == "Meeting with President Xi Jinping"
    )


def test_she_is_not_the_man_mentioned_last() -> None:
    found = _speakers(
        "Senator Jane Ruiz, a spokeswoman for the group, met Mr. Tom Baker on Monday. She said the meeting went well."
    )
    assert found[1] == ("Jane Ruiz", None)


def test_a_relative_clause_between_speaker_and_verb() -> None:
    found = _speakers(
        "Senator Chris Murphy of Connecticut, who campaigned alongside Mrs. Clinton, said the race was close."
    )
    assert found[0][0] == "Chris Murphy"


def test_officials_in_a_capital_speak_for_its_side() -> None:
    assert _speakers("Officials in Brussels said a further package could follow.")[0] == (
        "Officials in Brussels",
        "European Union",
    )


def test_a_date_does_not_make_a_possibility_planned() -> None:
    lex = load_lexicon()
    assert outlook_label("A further package could be adopted in the spring.", lex) == ("Possible", True)
    assert outlook_label("Qin accepted an invitation for a return visit.", lex) == ("Planned", True)


def test_only_a_dropped_connective_capitalises() -> None:
    from briefing.prefill import prefill

    brief = prefill(
        article_from_text(
            "Headline\n\niPhone sales rose sharply in March across Europe and Asia.\n\n"
            "However, analysts expect a slowdown next year in most markets."
        )
    )
    texts = [i.text for i in brief.items()]
    assert "iPhone sales rose sharply in March across Europe and Asia." in texts
    assert "Analysts expect a slowdown next year in most markets." in texts


def test_us_party_tags_and_abbreviated_titles() -> None:
    found = _speakers(
        "Sen. Lindsey Graham (R-SC) said the party was lost. Rep. Elijah Cummings (D-Md.) said otherwise."
    )
    assert found == [("Lindsey Graham", "Republicans"), ("Elijah Cummings", "Democrats")]


def test_a_party_tag_outranks_the_chamber_before_the_name() -> None:
    """ "Senate Minority Leader Ada Quill (D-Nev.)": "Senate" reads as the United States, but the tag
    says her party, which is what tells her apart from the other senators in the article."""
    found = _speakers("Senate Minority Leader Ada Quill (D-Nev.) said the bill would fail.")
    assert found == [("Ada Quill", "Democrats")]


def test_an_independent_tag_is_a_side_unless_a_party_is_named_before_the_name() -> None:
    """ "(I-Vt.)" files a senator with the independents; "Democratic rival Sen. ... (I-Me.)" runs with the
    Democrats, so that party stands. A highway ("Interstate 95 (I-95)") is no party tag."""
    found = _speakers(
        "Sen. Walt Ferris (I-Vt.) said the vote was rigged. "
        "Democratic rival Sen. Ona Pike (I-Me.) said the count was fair. "
        "Route planner Dale Okoro (I-95) said the road would close."
    )
    assert found == [("Walt Ferris", "Independents"), ("Ona Pike", "Democrats"), ("Dale Okoro", None)]


def test_a_beat_between_an_outlet_and_a_role_is_not_the_side() -> None:
    """ "Harbor Post White House correspondent Ana Brod": the White House is her beat, the Post her side; a party
    between a body and a role stays the side ("Polk County GOP Chairman")."""
    found = _speakers(
        "Harbor Post White House correspondent Ana Brod said the talks had failed. "
        "Polk County GOP Chairman Tom Vale said the talks would resume."
    )
    assert found == [("Ana Brod", "Harbor Post"), ("Tom Vale", "Republicans")]


def test_rules_compare_categories_not_display_labels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Renaming an outlook label in cues.json renames it in the brief and changes nothing else."""
    import json
    import shutil

    from briefing.prefill import draft, lexicon, wordlists
    from briefing.reader import read_article
    from briefing.resources import default_article_path

    article = read_article(default_article_path())

    def outlook() -> list[tuple[str | None, str]]:
        section = draft.prefill(article).section("outlook")
        assert section is not None
        return [(item.label, item.text) for item in section.items]

    before = outlook()
    copy = tmp_path / "lexicon"
    shutil.copytree(wordlists.lexicon_dir(), copy)
    cues = json.loads((copy / "cues.json").read_text(encoding="utf-8"))
    cues["outlook_labels"] = {key: f"Kind {n}" for n, key in enumerate(sorted(cues["outlook"]))}
    (copy / "cues.json").write_text(json.dumps(cues), encoding="utf-8")
    monkeypatch.setattr(wordlists, "lexicon_dir", lambda: copy)
    lexicon.load_lexicon.cache_clear()
    try:
        after = outlook()
    finally:
        lexicon.load_lexicon.cache_clear()
    assert [text for _, text in after] == [text for _, text in before]
    assert all(label and label.startswith("Kind") for label, _ in after)
    assert "Kind" in (after[-1][0] or "") and "," in (after[-1][0] or "")  # "Likely, not confirmed" kept both
