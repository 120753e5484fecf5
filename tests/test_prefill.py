"""The sample article's draft, pinned to what issue 4 says a trusted first draft looks like."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Brief, brief_from_dict
from briefing.prefill import prefill, prefill_explained
from briefing.reader import article_from_text, read_article
from tests.prefill_support import assert_faithful, texts


@pytest.fixture(scope="module")
def brief() -> Brief:
    return prefill(read_article(Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt"))


def _find(brief: Brief, section: str, fragment: str):
    items = [i for i in brief.section(section).items if fragment in i.text]  # type: ignore[union-attr]
    assert items, f"{fragment!r} not in {section}: {texts(brief, section)}"
    return items[0]


def test_every_item_is_faithful_sourced_and_used_once(brief: Brief) -> None:
    assert_faithful(brief)
    all_texts = [i.text for i in brief.items()]
    assert len(all_texts) == len(set(all_texts))


def test_summary_is_the_bottom_line_in_at_most_four_lines(brief: Brief) -> None:
    summary = " ".join(texts(brief, "summary"))
    assert 1 <= len(texts(brief, "summary")) <= 4
    for needed in ("Blinken", "Wang Yi", "Beijing", "downward spiral"):
        assert needed in summary


def test_context_says_how_relations_got_here(brief: Brief) -> None:
    context = " ".join(texts(brief, "context"))
    for needed in (
        "trade, technology, and Taiwan",
        "Bali in November",
        "months of increased contact",
        "seven and a half hours",
    ):
        assert needed in context


def test_key_issues_follow_the_articles_own_list_and_headings(brief: Brief) -> None:
    labels = [i.label or "" for i in brief.section("key_issues").items]  # type: ignore[union-attr]
    assert any("dialogue and confrontation" in label.lower() for label in labels)
    assert "Taiwan" in labels
    assert any("open communication" in label.lower() for label in labels)
    assert any("Xi Jinping" in label for label in labels)
    assert not any("Qin Gang" in label or "Deterioration" in label for label in labels), labels


def test_positions_are_grouped_by_party_and_attributed_to_named_speakers(brief: Brief) -> None:
    positions = brief.section("positions").items  # type: ignore[union-attr]
    assert all(i.label and i.speaker for i in positions)
    assert _find(brief, "positions", "dialogue and confrontation").speaker == "Wang Yi"  # "He stated"
    assert _find(brief, "positions", "Chinese diplomat").speaker == "Wang Yi"  # nominal mention
    assert _find(brief, "positions", "no room for compromise").speaker == "Wang Yi"  # "Wang"
    assert _find(brief, "positions", "One China principle").speaker == "Wang Yi"  # "He urged"
    qin = _find(brief, "positions", "interests of the two peoples")
    assert (qin.speaker, qin.label) == ("Qin Gang", "China")
    american = _find(brief, "positions", "American diplomats")
    assert (american.speaker, american.label) == ("American diplomats", "United States")
    assert _find(brief, "positions", "Both sides stressed").label == "Both sides"
    labels = [i.label for i in positions]
    order = list(dict.fromkeys(labels))
    assert order[0] == "China" and order[-1] == "Both sides" and "United States" in order
    assert labels == sorted(labels, key=order.index), "a party's positions are not together"


def test_outlook_says_what_comes_next_and_how_likely(brief: Brief) -> None:
    outlook = brief.section("outlook").items  # type: ignore[union-attr]
    visit = _find(brief, "outlook", "return visit to Washington")
    assert visit.speaker == "Qin Gang" and visit.label == "Planned"
    # "potential" on its own words, but the article judges that meeting likely and unconfirmed
    assert _find(brief, "outlook", "meeting with Xi").label == "Likely, not confirmed"
    _find(brief, "outlook", "build upon the Bali meeting")
    assert all(i.label for i in outlook)


def test_caption_self_talk_and_recap_are_left_out(brief: Brief) -> None:
    everything = " ".join(i.text for i in brief.items())
    assert "US Secretary of State Antony Blinken and Chinese top Diplomat Wang Yi" not in everything
    assert "This article provides" not in everything
    assert "critical state of China-US relations" not in everything  # the closing recap
    assert "Despite the challenges" not in everything


def test_a_leading_connective_goes_but_the_words_stay_the_articles(brief: Brief) -> None:
    efforts = _find(brief, "context", "efforts to increase engagement")
    assert efforts.text.startswith("There have been efforts")
    start = efforts.sources[0][0]
    assert brief.source.text[start - 9 : start] == "However, "


def test_the_draft_round_trips_through_the_brief_format(brief: Brief) -> None:
    assert brief_from_dict(brief.to_dict()).to_dict() == brief.to_dict()


def test_the_draft_is_deterministic(brief: Brief) -> None:
    again = prefill(read_article(Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt"))
    assert again.to_dict() == brief.to_dict()


def test_other_templates_get_the_same_content() -> None:
    article = read_article(Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt")
    default, other = prefill(article), prefill(article, "us-information-memo")
    assert sorted(i.text for i in default.items()) == sorted(i.text for i in other.items())


@pytest.mark.parametrize(
    "text",
    [
        "Title only",
        "Title\n\nOne sentence.",
        "T\n\n\u201c\u201d said.\n",
        "T\n\nHe said. She said. They said.",
        "T\n\n" + "word " * 3000,
    ],
)
def test_odd_articles_still_give_a_valid_brief(text: str) -> None:
    brief = prefill(article_from_text(text))
    assert_faithful(brief)
    assert brief_from_dict(brief.to_dict()).title == brief.title


def test_every_item_says_why_it_is_there() -> None:
    article = read_article(Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt")
    brief, reasons = prefill_explained(article)
    assert brief.to_dict() == prefill(article).to_dict()
    for section in brief.sections:
        for item in section.items:
            assert reasons[item.sources[0]].lower().startswith(section.heading.lower().rstrip("s")[:7])
    he_urged = next(i for i in brief.items() if i.text.startswith("He urged"))
    assert "\u201cHe\u201d is Wang Yi" in reasons[he_urged.sources[0]]
    recent = next(i for i in brief.items() if i.text.startswith("The recent years"))
    assert "recent years" in reasons[recent.sources[0]]
