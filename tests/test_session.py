"""The Qt-free document controller: opening, saving, estimates, redraft."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import ReadError
from briefing.model import Item
from briefing.session import Defaults, Session, article_for_source, estimated_pages, word_count


def test_from_article_applies_the_writers_defaults(sample_article_path: Path) -> None:
    session = Session.from_article_file(sample_article_path, Defaults("SECRET", "A. Officer", "Asia desk"))
    meta = session.brief.metadata
    assert (meta.classification, meta.drafter, meta.from_) == ("SECRET", "A. Officer", "Asia desk")
    assert session.article.text == session.brief.source.text
    assert session.path is None


def test_save_then_open_any_round_trips(tmp_path: Path, sample_article_path: Path) -> None:
    session = Session.from_article_file(sample_article_path)
    session.brief.sections[0].items[0].marks = [(0, 3, "bold")]
    target = session.save(tmp_path / "a.brief")
    again = Session.open_any(target)
    assert again.brief.to_dict() == session.brief.to_dict()
    assert again.path == target
    assert [b.start for b in again.article.blocks] == [b.start for b in session.article.blocks]


def test_pasting_nothing_is_a_read_error() -> None:
    with pytest.raises(ReadError):
        Session.from_text("   \n ")


def test_article_for_source_keeps_offsets_when_the_text_would_change() -> None:
    from briefing.model import Source

    article = article_for_source(Source(text="Title\r\nBody line one.\r\n"))
    for block in article.blocks:
        assert article.text[block.start : block.end].strip()
    assert article.text == "Title\r\nBody line one.\r\n"


def test_page_estimate_grows_with_words(sample_article_path: Path) -> None:
    session = Session.from_article_file(sample_article_path)
    brief = session.brief
    words, pages = word_count(brief), estimated_pages(brief)
    assert pages == 2  # LibreOffice renders the sample's export on two pages
    brief.sections[0].items.append(Item(text="word " * 1000))  # 5,000 characters: ~63 lines
    assert word_count(brief) == words + 1000
    assert estimated_pages(brief) == pages + 2


def test_redraft_returns_fresh_items_for_one_section(sample_article_path: Path) -> None:
    session = Session.from_article_file(sample_article_path)
    fresh = session.redraft("positions")
    assert [i.text for i in fresh] == [i.text for i in session.brief.section("positions").items]
    assert fresh[0] is not session.brief.section("positions").items[0]
    assert session.redraft("no-such-section") == []


def test_a_briefing_word_export_opens_as_the_brief_and_other_word_files_as_articles(
    tmp_path: Path, sample_article_path: Path
) -> None:
    pytest.importorskip("briefing.importer")
    import docx

    session = Session.from_article_file(sample_article_path)
    session.brief.sections[0].items[0].text = "Edited before export."
    exported = session.export(tmp_path / "note.docx")
    again = Session.open_any(exported)
    assert again.path is None, "a Word file is never saved over: Save asks for a .brief"
    assert again.brief.sections[0].items[0].text == "Edited before export."
    plain = docx.Document()
    plain.add_paragraph("Harbour Strike Ends")
    plain.add_paragraph("Dock workers returned to work on Friday after a week-long strike over pay.")
    plain.save(str(tmp_path / "article.docx"))
    article_session = Session.open_any(tmp_path / "article.docx")
    assert article_session.brief.source.text.startswith("Harbour Strike Ends")


def test_pasted_text_goes_through_the_reader_checks() -> None:
    with pytest.raises(ReadError):
        Session.from_text("abc\x00def " * 10)


def test_each_prefilled_item_can_say_why_it_is_there() -> None:
    from briefing.model import Item
    from briefing.reader import read_article
    from briefing.session import Session

    session = Session.from_article(
        read_article(Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt")
    )
    positions = session.brief.section("positions").items
    reasons = [session.reason_for(item) for item in positions]
    assert all(reasons), "every pre-filled position has a reason"
    assert any("Wang Yi" in r for r in reasons)
    assert session.reason_for(Item("my own words")) is None


def test_page_estimate_groups_parties_in_any_templates_positions_section() -> None:
    """Canada's positions live in current_status: its party sub-headings count like the default note's."""
    from briefing.model import Brief, Item, Section

    def brief_with(template: str, section_id: str) -> Brief:
        items = [Item("x" * 10, label=f"Party {n}", speaker="S") for n in range(44 * 3)]
        return Brief(title="t", template=template, sections=[Section(section_id, "Positions", items)])

    default = estimated_pages(brief_with("briefing-note", "positions"))
    canada = estimated_pages(brief_with("canada-briefing-note", "current_status"))
    plain = estimated_pages(brief_with("canada-briefing-note", "background"))
    assert canada == default and plain < canada


def test_a_session_on_a_chinese_article_carries_the_workflows_notice(tmp_path: Path) -> None:
    """The window's status bar shows ``session.notices`` when it opens the session."""
    article = tmp_path / "cn.txt"
    article.write_text("中美关系正处于十字路口。布林肯在北京会见了中国外交部长。\n" * 10, encoding="utf-8")
    session = Session.open_any(article)
    assert session.notices == [
        "the pre-fill reads English; the article is in Chinese, so the sections start empty for you to write"
    ]
    assert session.article.text.startswith("中美关系")


def test_saving_over_the_article_it_was_drafted_from_is_refused(tmp_path: Path, sample_article_path: Path) -> None:
    import shutil

    from briefing.errors import SaveError

    article = tmp_path / "article.txt"
    shutil.copy(sample_article_path, article)
    session = Session.from_article_file(article)
    before = article.read_bytes()
    with pytest.raises(SaveError, match="own input"):
        session.save(article)
    with pytest.raises(SaveError, match="own input"):
        session.export(article)
    assert article.read_bytes() == before


def test_a_very_long_article_is_drafted_from_its_start_and_kept_whole(
    tmp_path: Path, sample_article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the pre-fill's reading limit (1 million characters; lowered here to keep the test
    quick) the items come from the start, the brief keeps the whole article, and it says so."""
    from briefing import workflow

    sample = sample_article_path.read_text(encoding="utf-8")
    body = sample.split("\n", 1)[1]
    article = tmp_path / "long.txt"
    article.write_text(sample + ("\n\n" + body) * 4, encoding="utf-8")
    limit = len(sample) + 10
    monkeypatch.setattr(workflow, "PREFILL_READS_UP_TO", limit)
    session = Session.open_any(article)
    text = session.article.text
    assert len(text) > 3 * limit
    assert session.brief.source.text == text
    spans = [span for item in session.brief.items() for span in item.sources]
    assert spans and max(end for _start, end in spans) <= limit
    assert any("the pre-fill drafted from its first" in notice for notice in session.notices)
    assert Session.open_any(sample_article_path).notices == []
