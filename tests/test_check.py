"""The check's findings, one kind at a time, on small briefs whose answer is known."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.check import Checker, Finding, WordList, brief_language, check_brief, spelling
from briefing.check.spelling import speller_for
from briefing.check.unsupported import ArticleIndex, unsupported
from briefing.model import Brief, Item, Metadata, Section, Source
from briefing.templates import get_template

ARTICLE = (
    "US Secretary of State Antony Blinken arrived in Beijing on Sunday. "
    "Officials said prices rose 7.5% in 2023, and three ministers attended. "
    "The United States pledged $1,200 million. "
    'Wang Yi said: "We want stable relations with Washington." '
    "Democrats in Congress welcomed the visit."
)


def _brief(*items: Item, template: str = "briefing-note", section: str = "summary", **meta: str) -> Brief:
    tpl = get_template(template)
    sections = [Section(s.id, s.heading) for s in tpl.sections]
    brief = Brief(
        "Blinken in Beijing",
        metadata=Metadata(date="2026-11-30", **meta),
        source=Source(text=ARTICLE),
        template=template,
        sections=sections,
    )
    target = brief.section(section)
    assert target is not None
    target.items.extend(items)
    return brief


def _claims(text: str) -> list[str]:
    return [text[u.start : u.end] for u in unsupported(text, ArticleIndex(ARTICLE))]


def _kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


# --- unsupported -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. sent Blinken.",  # US / U.S.
        "The United States sent its top diplomat.",
        "Prices rose 7.50 per cent.",  # 7.5% / 7.50 per cent
        "Prices rose 7.5 percent in 2023.",
        "3 ministers attended.",  # three / 3
        "Washington pledged $1200 million.",  # thousands separator
        "Washington pledged $1.2 billion.",  # the same amount in another scale
        "Blinken's visit began on Sunday.",  # possessive
        "A Democrat in Congress welcomed it.",  # plural / singular
        "Mr Blinken met Wang in Beijing.",  # surname for full name, honorific
        'Wang said they want "stable relations with Washington".',  # a quotation the article has
        'Wang said they want "stable relations … with Washington".',  # ... and with an ellipsis
        "The lead is [Name]; [Minister's name] to attend.",  # placeholders: reported as such, not as names
    ],
)
def test_what_a_careful_editor_allows_is_not_unsupported(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Prices rose 8% in 2023.", ["8%"]),
        ("Four ministers attended.", ["Four"]),
        ("Washington pledged $1,200 billion.", ["$1,200 billion"]),
        ("Blinken met Xi Jinping in Shanghai.", ["Xi", "Jinping", "Shanghai"]),
        ("The visit ended on Monday, March 14.", ["Monday", "March", "14"]),
        ('Wang called it "a historic breakthrough".', ["a historic breakthrough"]),
    ],
)
def test_figures_names_and_quotations_not_in_the_article_are_flagged(text: str, flagged: list[str]) -> None:
    assert _claims(text) == flagged


def test_unsupported_findings_carry_item_offsets() -> None:
    brief = _brief(Item("Blinken met Smith on 4 May.", reviewed=True))
    found = [f for f in check_brief(brief) if f.kind == "unsupported"]
    assert [(f.section, f.item, f.start, f.end) for f in found] == [
        ("summary", 0, 12, 17),
        ("summary", 0, 21, 22),
        ("summary", 0, 23, 26),
    ]
    assert "Smith" in found[0].message


def test_an_untouched_prefilled_item_is_supported_even_when_it_leads_with_however() -> None:
    item = Item("Democrats in Congress welcomed the visit.", sources=[(0, 10)], origin="prefill")
    assert "unsupported" not in _kinds(check_brief(_brief(item)))


def test_no_article_means_no_unsupported_findings() -> None:
    brief = _brief(Item("Prices rose 99% in Paris.", reviewed=True))
    brief.source = Source()
    assert "unsupported" not in _kinds(check_brief(brief))


# --- spelling ----------------------------------------------------------------------------


def test_misspelt_words_are_found_with_their_place() -> None:
    brief = _brief(Item("The goverment welcomed the visit.", reviewed=True))
    spelling = [f for f in check_brief(brief) if f.kind == "spelling"]
    assert [(f.item, f.start, f.end) for f in spelling] == [(0, 4, 13)]


def test_article_words_acronyms_numbers_urls_and_emails_are_never_misspellings() -> None:
    brief = _brief(
        Item("Blinken and Wang Yi met the FCDO at www.exmple.gov and a.b@exmple.gov in 2023x.", reviewed=True)
    )
    assert "spelling" not in _kinds(check_brief(brief))


def test_the_personal_word_list_is_kept_and_honoured(tmp_path: Path) -> None:
    path = tmp_path / "data" / "dictionary.txt"
    brief = _brief(Item("The Zorblax delegation arrived.", reviewed=True))
    words = WordList.load(path)
    assert "spelling" in _kinds(Checker(words).check(brief))
    words.add("Zorblax")
    assert path.read_text(encoding="utf-8") == "Zorblax\n"
    assert "spelling" not in _kinds(Checker(WordList.load(path)).check(brief))


def test_ignore_lasts_for_the_checker() -> None:
    checker = Checker()
    brief = _brief(Item("The Zorblax delegation arrived.", reviewed=True))
    assert "spelling" in _kinds(checker.check(brief))
    checker.ignored.add("zorblax")
    assert "spelling" not in _kinds(checker.check(brief))


def test_the_language_comes_from_the_template_and_the_brief_can_change_it() -> None:
    us = _brief(Item("The colour of the talks.", reviewed=True), template="us-information-memo", section="bluf")
    assert brief_language(us) == "en-US"
    assert [f.message for f in check_brief(us) if f.kind == "spelling"] == ["“colour” is not in the dictionary"]
    us.metadata.language = "en-GB"
    assert brief_language(us) == "en-GB"
    assert "spelling" not in _kinds(check_brief(us))
    uk = _brief(Item("The color of the talks.", reviewed=True))
    assert brief_language(uk) == "en-GB"
    assert "spelling" in _kinds(check_brief(uk))
    assert brief_language(_brief(template="canada-briefing-note", section="purpose")) == "en-CA"


@pytest.fixture
def no_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Suggestions stop at a time budget; on a busy test machine that would make answers vary."""
    monkeypatch.setattr(spelling, "SUGGEST_BUDGET_S", 60.0)


@pytest.mark.parametrize("language", ["en-GB", "en-US", "en-CA", "en-AU"])
def test_every_shipped_dictionary_loads_and_suggests(language: str, no_time_limit: None) -> None:
    speller = speller_for(language)
    assert speller.known("government") and not speller.known("goverment")
    assert speller.suggest("goverment")[0] == "government"


def test_suggestions_find_a_correction_the_edit_pass_misses(no_time_limit: None) -> None:
    assert "tariffs" in speller_for("en-GB").suggest("tarrifs")


def test_suggestions_stop_at_the_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    speller = speller_for("en-GB")
    monkeypatch.setattr(spelling, "SUGGEST_BUDGET_S", 0.0)
    assert speller.suggest("negotations") == []  # nothing could be tried in no time
    monkeypatch.setattr(spelling, "SUGGEST_BUDGET_S", 60.0)
    assert speller.suggest("negotations")[0] == "negotiations"  # and the speller still works after


# --- the brief's shape -------------------------------------------------------------------


def test_unreviewed_prefill_is_reported_item_by_item() -> None:
    brief = _brief(
        Item("Blinken arrived in Beijing.", origin="prefill", sources=[(0, 10)]),
        Item("Blinken arrived in Beijing on Sunday.", origin="prefill", reviewed=True, sources=[(0, 10)]),
    )
    assert [(f.kind, f.item) for f in check_brief(brief) if f.kind == "unreviewed"] == [("unreviewed", 0)]


def test_required_sections_and_metadata_of_the_canadian_note() -> None:
    brief = _brief(
        Item("Blinken arrived in Beijing.", reviewed=True), template="canada-briefing-note", section="summary"
    )
    found = check_brief(brief)
    assert sorted(f.section for f in found if f.kind == "empty-section") == ["purpose", "recommendation"]
    missing = [f.message for f in found if f.kind == "missing-metadata"]
    assert [m.split(" is empty")[0] for m in missing] == ["To", "Drafted by", "Contact"]
    brief.section("purpose").items.append(Item("To inform the Minister.", reviewed=True))  # type: ignore[union-attr]
    brief.section("recommendation").items.append(Item("That you note the visit.", reviewed=True))  # type: ignore[union-attr]
    brief.metadata.to, brief.metadata.drafter, brief.metadata.contact = "Minister", "A. Officer", "555-0100"
    kinds = _kinds(check_brief(brief))
    assert "empty-section" not in kinds and "missing-metadata" not in kinds


def test_too_long_uses_the_template_page_limit() -> None:
    items = [Item("Blinken arrived in Beijing on Sunday and met Wang Yi " * 3, reviewed=True) for _ in range(40)]
    long_canadian = _brief(*items, template="canada-briefing-note", section="summary")
    found = [f for f in check_brief(long_canadian) if f.kind == "too-long"]
    assert len(found) == 1 and "allows 2" in found[0].message
    assert "too-long" not in _kinds(check_brief(_brief(*items)))  # the default note sets no limit


def test_needs_context_unless_the_speaker_resolves_the_pronoun() -> None:
    brief = _brief(Item("He urged calm in Beijing.", reviewed=True), Item("The move angered Beijing.", reviewed=True))
    found = [f for f in check_brief(brief) if f.kind == "needs-context"]
    assert [(f.item, f.start, f.end) for f in found] == [(0, 0, 2), (1, 0, 8)]
    positions = _brief(Item("He urged calm in Beijing.", speaker="Wang Yi", reviewed=True), section="positions")
    assert "needs-context" not in _kinds(check_brief(positions))
    plain = _brief(Item("It is unclear whether Blinken will meet Wang Yi.", reviewed=True))
    assert "needs-context" not in _kinds(check_brief(plain))


def test_a_quotation_mark_with_no_partner_is_reported_where_it_stands() -> None:
    brief = _brief(
        Item("Wang Yi said: “We want stable relations with Washington.", reviewed=True),  # trimmed, not closed
        Item('Stable relations," Wang Yi said.', reviewed=True),  # its opening cut off
        Item("Wang Yi called the talks “candid” and “useful”.", reviewed=True),
        Item("Blinken, 5’11”, met Wang Yi.", reviewed=True),  # an inch mark is no quotation
    )
    found = [f for f in check_brief(brief) if f.kind == "quotation-marks"]
    assert [(f.item, f.start, f.end) for f in found] == [(0, 14, 15), (1, 17, 18)]
    assert "never closes" in found[0].message and "never opened" in found[1].message


def test_duplicates_are_reported_on_the_later_item() -> None:
    brief = _brief(
        Item("Blinken arrived in Beijing on Sunday for talks.", reviewed=True),
        Item("Officials said prices rose in 2023.", reviewed=True),
        Item("On Sunday, Blinken arrived in Beijing for talks.", reviewed=True),
    )
    found = [f for f in check_brief(brief) if f.kind == "duplicate"]
    assert [(f.item, f.message) for f in found] == [(2, "says the same as item 1 of Summary")]


def test_a_clean_brief_has_no_findings_and_findings_serialise() -> None:
    assert check_brief(_brief(Item("Blinken arrived in Beijing on Sunday.", reviewed=True))) == []
    finding = Finding("too-long", "about 3 pages")
    assert finding.to_dict() == {
        "kind": "too-long",
        "section": None,
        "item": None,
        "start": None,
        "end": None,
        "message": "about 3 pages",
    }


def test_checking_again_reuses_item_findings_but_follows_every_change(tmp_path: Path) -> None:
    """The checker keeps each item's words-not-in-the-dictionary and claims between checks (a
    10,000-item brief checked in 5 s instead of 26 s); the writer's word list, Ignore, a new
    article and edited text must still show at once."""
    words = WordList.load(tmp_path / "dictionary.txt")
    checker = Checker(words)
    item = Item("The delegaton pledged $9 billion.", reviewed=True)
    brief = _brief(item)
    assert sorted(_kinds(checker.check(brief))) == ["spelling", "unsupported"]
    words.add("delegaton")
    assert _kinds(checker.check(brief)) == ["unsupported"]
    brief.source.text = ARTICLE + " The delegation pledged $9 billion."
    assert _kinds(checker.check(brief)) == []
    item.text = "The delegation pledgd $9 billion."
    assert _kinds(checker.check(brief)) == ["spelling"]
    checker.ignored.add("pledgd")
    assert _kinds(checker.check(brief)) == []


def test_a_country_and_its_people_back_each_other() -> None:
    """Seen in use: 'the Japanese trade minister' on an article about Japan was 'not in the article'."""
    index = ArticleIndex("Ministers from Canada and Japan met in Ottawa. American officials watched.")
    found = [
        text[u.start : u.end]
        for text in (
            "The Japanese trade minister will visit Canadian officials.",
            "The United States and the Koreans watched.",
        )
        for u in unsupported(text, index)
    ]
    assert found == ["Koreans"]


def test_a_word_both_misspelt_and_not_in_the_article_is_one_finding() -> None:
    """'Febuary' was listed twice, as a misspelling and as a name the article lacks, and so was
    'Blinkin' (seen under Xvfb). A name near one the article uses (Blinken) keeps the name finding,
    whose menu offers the article's names; a word near no name keeps the spelling finding."""
    brief = _brief(Item("It was welcomed by Blinkin on 3 Febuary.", origin="user", reviewed=True))
    found = [(f.kind, f.message) for f in check_brief(brief) if f.kind in ("spelling", "unsupported")]
    assert found == [
        ("unsupported", "“Blinkin” is not in the article"),
        ("spelling", "“Febuary” is not in the dictionary"),
    ]
    unspelt = _brief(Item("It was welcomed by Blinkin on 3 Febuary.", origin="user", reviewed=True))
    kinds = [f.kind for f in Checker().check(unspelt, spelling=False) if f.kind == "unsupported"]
    assert kinds == ["unsupported", "unsupported"], "without spelling, both names stay findings"
