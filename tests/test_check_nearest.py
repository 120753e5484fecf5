"""The names an article uses that are nearest to one it does not (the item menu's offer)."""

from __future__ import annotations

from briefing.check.nearest import nearest_names
from tests.conftest import SAMPLE_ARTICLE

ARTICLE = SAMPLE_ARTICLE.read_text(encoding="utf-8")


def test_a_mistyped_surname_gets_the_article_s_surname_and_full_name() -> None:
    assert nearest_names("Blinkin", ARTICLE)[:2] == ["Blinken", "Antony Blinken"]
    assert nearest_names("Jinpin", ARTICLE)[:2] == ["Jinping", "Xi Jinping"]


def test_a_given_name_gets_the_name_it_begins() -> None:
    assert nearest_names("Antoni", ARTICLE)[:2] == ["Antony", "Antony Blinken"]


def test_a_possessive_in_the_article_is_offered_bare_and_nothing_far_off_is_offered() -> None:
    assert "Blinken's" not in nearest_names("Blinkin", ARTICLE)
    assert nearest_names("Smith", ARTICLE) == []
    assert "Blinken" not in nearest_names("Blinken", ARTICLE), "the word itself is no alternative"


def test_a_word_the_article_spells_only_in_lower_case_is_no_name() -> None:
    assert nearest_names("Meting", "They held a meeting. Another meeting followed.") == []
