"""Issue 16 through the command line: nothing the user owns is written over, and every refusal
is one line with exit 2."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefing.cli import EXIT_USAGE, main
from briefing.resources import default_article_path
from briefing.storage import load_brief

from .conftest import files_in


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("briefing: error: "), err
    return err[0]


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "NOTE.brief"
    assert main(["draft", "-q", "-o", str(path)]) == 0
    return path


def test_drafting_a_brief_over_itself_is_refused(note: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = note.read_bytes()
    assert main(["draft", str(note), "-o", str(note)]) == EXIT_USAGE
    assert "over its own input" in _one_error_line(capsys)
    assert note.read_bytes() == before
    assert files_in(note.parent) == {"NOTE.brief"}, "no .bak written either"


def test_drafting_an_article_over_itself_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "ARTICLE.docx"
    assert main(["draft", "-q", "-o", str(article)]) == 0  # a Word file to draft from
    other = tmp_path / "other.docx"
    shutil.copy(article, other)
    before = other.read_bytes()
    assert main(["draft", str(other), "-o", str(other)]) == EXIT_USAGE
    assert "over its own input" in _one_error_line(capsys)
    assert other.read_bytes() == before


@pytest.mark.parametrize("alias", ["symlink", "hardlink"])
def test_the_same_file_under_another_name_is_refused(
    note: Path, alias: str, capsys: pytest.CaptureFixture[str]
) -> None:
    other = note.with_name("alias.brief")
    if alias == "symlink":
        other.symlink_to(note)
    else:
        os.link(note, other)
    before = note.read_bytes()
    assert main(["draft", str(note), "-o", str(other)]) == EXIT_USAGE
    _one_error_line(capsys)
    assert note.read_bytes() == before


def test_export_over_its_own_input_or_reference_is_refused(note: Path, capsys: pytest.CaptureFixture[str]) -> None:
    word = note.with_name("NOTE.docx")
    assert main(["export", "-q", str(note), "-o", str(word)]) == 0
    before = word.read_bytes()
    assert main(["export", str(word), "-o", str(word)]) == EXIT_USAGE
    assert "over its own input" in _one_error_line(capsys)
    assert main(["export", str(note), "-o", str(word), "--reference", str(word)]) == EXIT_USAGE
    _one_error_line(capsys)
    assert word.read_bytes() == before


def test_a_name_over_255_bytes_is_exit_2_not_an_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("x" * 256 + ".docx")
    assert main(["draft", "-o", str(out)]) == EXIT_USAGE
    assert "too long" in _one_error_line(capsys)


def test_a_legal_255_byte_name_saves(tmp_path: Path) -> None:
    out = tmp_path / ("x" * 249 + ".brief")
    assert len(out.name.encode()) == 255
    assert main(["draft", "-q", "-o", str(out)]) == 0
    assert main(["draft", "-q", "-o", str(out)]) == 0
    assert load_brief(out).title


def test_a_folder_that_takes_no_files_names_the_real_cause(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/proc/self").exists():
        pytest.skip("needs /proc")
    assert main(["draft", "-o", "/proc/x.docx"]) == EXIT_USAGE
    line = _one_error_line(capsys)
    assert "does not exist" not in line and "does not take new files" in line


CJK = "中美关系正处于十字路口。布林肯在北京会见了中国外交部长。双方强调保持沟通渠道畅通的重要性。\n" * 20


def test_a_chinese_article_says_the_prefill_reads_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "cn.txt"
    article.write_text(CJK, encoding="utf-8")
    out = tmp_path / "cn.brief"
    assert main(["draft", str(article), "-q", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "the pre-fill reads English; the article is in Chinese" in err
    assert load_brief(out).source.text.startswith("中美关系"), "the article is kept for the writer"


def test_an_english_article_gets_no_language_note(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(default_article_path()), "--json"]) == 0
    assert "pre-fill reads English" not in capsys.readouterr().err


def test_a_brief_with_a_million_character_title_opens_shortened_with_a_note(
    note: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    data = json.loads(note.read_text(encoding="utf-8"))
    data["title"] = "x" * 1_000_000
    note.write_text(json.dumps(data), encoding="utf-8")
    out = note.with_name("short.brief")
    assert main(["draft", str(note), "-q", "-o", str(out)]) == 0
    assert "shortened to the first 1,000" in capsys.readouterr().err
    assert len(load_brief(out).title) == 1_000
