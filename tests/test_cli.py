"""The command line: the whole path from article to Word, and one clean line per error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from briefing.cli import main

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        check=False,
        input=stdin,
        capture_output=True,
        cwd=cwd or REPO,
        timeout=120,
    )


def test_draft_sample_to_docx_and_brief(tmp_path: Path) -> None:
    assert main(["draft", "-o", str(tmp_path / "n.docx")]) == 0
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "n.docx")).paragraphs)
    assert "Blinken" in text
    assert main(["draft", "-o", str(tmp_path / "n.brief")]) == 0
    assert main(["export", str(tmp_path / "n.brief"), "-o", str(tmp_path / "again.docx")]) == 0
    assert (tmp_path / "again.docx").stat().st_size > 0


def test_json_output_is_the_brief_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["draft", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "briefing-note" and data["template"] == "briefing-note"
    assert [s["id"] for s in data["sections"]] == ["summary", "context", "key_issues", "positions", "outlook"]
    prefilled = [i for s in data["sections"] for i in s["items"]]
    assert prefilled and all(i["sources"] and i["origin"] == "prefill" for i in prefilled)
    for item in prefilled:
        start, end = item["sources"][0]
        assert data["source"]["text"][start:end].strip()


def test_template_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "--json", "--template", "us-information-memo"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in data["sections"]] == ["bluf", "background", "discussion", "outlook"]


def test_stdin_article() -> None:
    result = run_cli(
        "draft",
        "-",
        "--json",
        stdin=b"Talks Held\n\nThe minister said the talks went well. More talks will follow next week.\n",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["text"].startswith("Talks Held")


def _error_cases(tmp_path: Path) -> dict[str, list[str]]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "broken.brief").write_text("{not json", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return {
        "no such file": ["draft", str(tmp_path / "absent.txt")],
        "folder": ["draft", str(tmp_path / "folder")],
        "empty": ["draft", str(tmp_path / "empty.txt")],
        "whitespace": ["draft", str(tmp_path / "blank.txt")],
        "binary": ["draft", str(tmp_path / "binary.txt")],
        "broken brief": ["export", str(tmp_path / "broken.brief"), "-o", str(tmp_path / "o.docx")],
        "missing brief": ["export", str(tmp_path / "nope.brief"), "-o", str(tmp_path / "o.docx")],
        "bad suffix": ["draft", "-o", str(tmp_path / "out.odt")],
        "unknown template": ["draft", "--template", "nope", "-o", str(tmp_path / "o.docx")],
        "unwritable output": ["draft", "-o", str(tmp_path / "no-folder" / "o.docx")],
    }


@pytest.mark.parametrize(
    "case",
    [
        "no such file",
        "folder",
        "empty",
        "whitespace",
        "binary",
        "broken brief",
        "missing brief",
        "bad suffix",
        "unknown template",
        "unwritable output",
    ],
)
def test_errors_are_one_line_and_exit_2(tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]) -> None:
    """In this process (main is what ``python -m briefing`` exits with; the test below runs one
    case as a real child): a child per case cost 0.3-0.5 s of CPU, nearly all of it imports."""
    args = _error_cases(tmp_path)[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert main(args) == 2  # an exception escaping main would fail here, as a traceback would
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before, "an error must write nothing"


def test_the_module_exits_with_the_error_in_one_line(tmp_path: Path) -> None:
    """``python -m briefing`` itself: exit status 2 and the one line, no traceback."""
    result = run_cli(*_error_cases(tmp_path)["binary"])
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), result.stderr
    assert "Traceback" not in result.stderr.decode()


@pytest.mark.skipif(sys.platform == "win32" or __import__("os").geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Some text.", encoding="utf-8")
    secret.chmod(0)
    result = run_cli("draft", str(secret))
    assert result.returncode == 2 and b"permission denied" in result.stderr


@pytest.mark.parametrize("command", [[], ["draft"], ["export"], ["templates"]])
def test_help_on_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    assert "usage: briefing" in capsys.readouterr().out


def test_templates_lists_all(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    for template_id in ("briefing-note", "canada-briefing-note", "us-information-memo", "uk-submission"):
        assert template_id in out


def test_a_bug_still_ends_in_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing import cli

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(cli.workflow, "draft", broken)
    assert main(["draft"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("briefing: error: internal error (KeyError")


def test_a_new_draft_is_dated_today(capsys: pytest.CaptureFixture[str]) -> None:
    import datetime

    assert main(["draft", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["metadata"]["date"] == datetime.date.today().isoformat()


def test_explain_says_why_under_each_item(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "--explain"]) == 0
    lines = capsys.readouterr().out.splitlines()
    items = [i for i, line in enumerate(lines) if line.startswith("  - ")]
    assert items
    assert all(lines[i + 1].startswith("      why: ") for i in items)
    assert main(["draft"]) == 0
    assert "why:" not in capsys.readouterr().out


def test_draft_json_of_the_sample_is_byte_identical_to_before_the_workflow_refactor() -> None:
    """Pinned from the output of main before the one-workflow refactor (issue 10); only the date,
    which is today's, is normalised."""
    import datetime

    expected = (REPO / "tests" / "fixtures" / "cli" / "draft_sample.json").read_text(encoding="utf-8")
    result = run_cli("draft", "seeds/blinken_beijing.txt", "--json")
    assert result.returncode == 0, result.stderr
    today = f'"date": "{datetime.date.today().isoformat()}"'
    out = result.stdout.decode("utf-8")
    assert today in out
    assert out.replace(today, '"date": "@TODAY@"', 1) == expected


@pytest.mark.parametrize(
    "argv",
    [[], ["draft", "--bogus"], ["frobnicate"], ["draft", "--classification", "PINK"], ["export", "x.brief"]],
)
def test_every_usage_error_is_one_line_with_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), lines
    assert "usage:" not in captured.err and captured.out == ""


def test_help_shows_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "--help"]) == 0
    assert "usage: briefing draft" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from briefing import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"briefing {__version__}"


def test_draft_and_export_print_the_path_they_wrote_unless_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note, word = tmp_path / "n.brief", tmp_path / "n.docx"
    assert main(["draft", "-o", str(note)]) == 0
    assert capsys.readouterr().out.strip() == str(note)
    assert main(["export", str(note), "-o", str(word)]) == 0
    assert capsys.readouterr().out.strip() == str(word)
    assert main(["-q", "export", str(note), "-o", str(word)]) == 0
    assert main(["export", "-q", str(note), "-o", str(word)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["draft", "--json", "-o", str(note)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["format"] == "briefing-note", "--json keeps standard output pure"
    assert captured.err.strip() == str(note)


def test_the_text_view_names_a_speaker_once() -> None:
    """A label that is the speaker, or a speaker the words already name, is not written twice."""
    from briefing.cli import brief_as_text
    from briefing.model import Brief, Item, Section

    items = [
        Item(text="“We will build it,” she said.", label="Ana Diaz", speaker="Ana Diaz"),
        Item(text="[Ana Diaz] began drafting the plan.", speaker="Ana Diaz"),
        Item(text="He urged calm.", label="Chile", speaker="Tomás Brod"),
    ]
    text = brief_as_text(Brief(title="T", sections=[Section(id="positions", heading="Positions", items=items)]))
    assert "  - [Ana Diaz] “We will build it,” she said." in text
    assert "  - [Ana Diaz] began drafting the plan." in text
    assert "  - [Chile / Tomás Brod] He urged calm." in text
