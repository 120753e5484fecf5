"""Long titles become window names and file names at a word's end, never mid-word (issue 13)."""

from __future__ import annotations

from pathlib import Path

from briefing.session import NAME_LENGTH, Session

TITLE = "China-US Relations at a Crossroads: Blinken in Beijing, Cooperation or Conflict?"


def _session(sample_article_path: Path, title: str) -> Session:
    session = Session.from_article_file(sample_article_path)
    session.brief.title = title
    return session


def test_a_long_title_is_named_at_a_words_end_with_an_ellipsis(sample_article_path: Path) -> None:
    name = _session(sample_article_path, TITLE).display_name()
    assert name == "China-US Relations at a Crossroads: Blinken in Beijing…"
    assert len(name) <= NAME_LENGTH


def test_a_long_title_gives_a_file_name_of_whole_words(sample_article_path: Path) -> None:
    stem = _session(sample_article_path, TITLE).suggested_stem()
    assert stem == "China-US-Relations-at-a-Crossroads-Blinken-in-Beijing"
    assert len(stem) <= NAME_LENGTH


def test_short_titles_and_one_endless_word_are_kept_or_cut_plainly(sample_article_path: Path) -> None:
    assert _session(sample_article_path, "Talks resume").display_name() == "Talks resume"
    assert _session(sample_article_path, "Talks resume").suggested_stem() == "Talks-resume"
    assert len(_session(sample_article_path, "x" * 500).suggested_stem()) == NAME_LENGTH


def test_a_file_name_cut_short_does_not_end_on_a_little_word(sample_article_path: Path) -> None:
    title = "Fishermen and the port authority of Dover meet on Monday to settle the harbour fees"
    stem = _session(sample_article_path, title).suggested_stem()
    assert stem == "Fishermen-and-the-port-authority-of-Dover-meet-on-Monday"  # not "...-Monday-to"
    assert _session(sample_article_path, "The").suggested_stem() == "The"  # a title of one little word stays
