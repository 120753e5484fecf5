"""``briefing check``: findings as text or JSON, exit 0 / 1 / 2, on .brief and Word files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.check import KINDS
from briefing.cli import main
from briefing.model import Brief, Item, Metadata, Section, Source
from briefing.storage import load_brief, save_brief


def _clean_brief(path: Path) -> Path:
    brief = Brief(
        "Blinken in Beijing",
        metadata=Metadata(date="2026-11-30"),
        source=Source(text="Antony Blinken arrived in Beijing on Sunday for two days of talks."),
        sections=[Section("summary", "Summary", [Item("Blinken arrived in Beijing on Sunday.", reviewed=True)])],
    )
    save_brief(brief, path)
    return path


def test_a_clean_brief_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(_clean_brief(tmp_path / "clean.brief"))]) == 0
    assert capsys.readouterr().out.strip() == "No findings."


def test_findings_exit_1_and_name_where_they_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _clean_brief(tmp_path / "note.brief")
    brief = load_brief(path)
    brief.sections[0].items.append(Item("Blinken met Smith for three days of talkks.", origin="user"))
    save_brief(brief, path)
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "Summary, item 2: unsupported [Smith]: “Smith” is not in the article" in lines
    assert "Summary, item 2: unsupported [three]: the figure “three” is not in the article" in lines
    assert "Summary, item 2: spelling [talkks]: “talkks” is not in the dictionary" in lines
    assert lines[-1] == "3 findings (2 unsupported, 1 spelling)"


def test_json_lists_findings_with_every_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "-o", str(tmp_path / "sample.brief")]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path / "sample.brief"), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and all(set(f) == {"kind", "section", "item", "start", "end", "message"} for f in findings)
    assert {f["kind"] for f in findings} <= set(KINDS)
    brief = load_brief(tmp_path / "sample.brief")
    unreviewed = [f for f in findings if f["kind"] == "unreviewed"]
    assert len(unreviewed) == len(brief.items())  # the whole pre-fill, and nothing unsupported in it
    assert not [f for f in findings if f["kind"] == "unsupported"]
    first = unreviewed[0]
    assert brief.section(first["section"]).items[first["item"]].text[first["start"] : first["end"]]  # type: ignore[union-attr]


def test_a_word_file_briefing_exported_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "-o", str(tmp_path / "note.docx"), "--template", "canada-briefing-note"]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path / "note.docx"), "--json"]) == 1
    kinds = {f["kind"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {"empty-section", "missing-metadata"} <= kinds


@pytest.mark.parametrize("content", [b"", b"{not json", b"\x00\x01binary"])
def test_a_bad_file_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    path = tmp_path / "bad.brief"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: ") and err.count("\n") == 1


def test_missing_file_and_unknown_language_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nowhere.brief")]) == 2
    path = _clean_brief(tmp_path / "note.brief")
    brief = load_brief(path)
    brief.metadata.language = "xx-YY"
    save_brief(brief, path)
    assert main(["check", str(path)]) == 2
    assert "no dictionary for 'xx-YY'" in capsys.readouterr().err
