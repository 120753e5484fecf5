"""Hostile articles through the command line: a clear message or a sane brief, in bounded
time and memory, and no file written except the one asked for."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from briefing.export import build_docx
from briefing.prefill import prefill
from briefing.reader import read_article

from .conftest import files_in, run_cli
from .corpus import builders, docx_external_relationship, html_with_active_content

# Inputs that can hold no article: refusing them is the only right answer.
MUST_REFUSE = {"empty", "whitespace", "nul bytes", "random binary", "50 MB text", "truncated docx", "docx zip bomb"}
# Inputs that hold a readable article: a brief is the only right answer.
MUST_DRAFT = {
    "invalid utf-8",
    "100,000 tiny paragraphs",
    "html with scripts, iframes, remote images and styles",
    "docx with external relationships",
}


@pytest.mark.parametrize("name", sorted(builders()))
def test_hostile_article_gets_a_message_or_a_sane_brief(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = builders()[name](folder)
    out = tmp_path / "out"
    out.mkdir()
    run = run_cli("draft", str(article), "-o", str(out / "note.brief"), cwd=tmp_path)

    assert "Traceback" not in run.stderr
    assert run.returncode in (0, 2), run.stderr
    assert files_in(folder) == {article.name}, "the input folder must be left alone"
    if run.returncode == 2:
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("briefing: error: "), run.stderr
        assert files_in(out) == set(), "a refused input must write nothing"
        assert name not in MUST_DRAFT, f"{name} should have been drafted: {run.stderr}"
    else:
        assert name not in MUST_REFUSE, f"{name} should have been refused"
        assert files_in(out) == {"note.brief"}
        brief = json.loads((out / "note.brief").read_text(encoding="utf-8"))
        text = brief["source"]["text"]
        for section in brief["sections"]:
            for item in section["items"]:
                assert all(0 <= s <= e <= len(text) for s, e in item["sources"])


def test_active_html_runs_nothing_and_fetches_nothing(tmp_path: Path, no_network: list) -> None:
    article = read_article(html_with_active_content(tmp_path))
    for junk in ("INJECTED SCRIPT TEXT", "COOKIE TEXT", "COMMENT TEXT", "Home | World", "198.51.100.7"):
        assert junk not in article.text
    assert "minister said the talks would resume" in article.text
    document = docx.Document(__import__("io").BytesIO(build_docx(prefill(article))))
    assert document.paragraphs
    assert no_network == [], "reading or exporting tried to reach the network"


def test_external_relationships_are_never_followed(tmp_path: Path, no_network: list) -> None:
    article = read_article(docx_external_relationship(tmp_path))
    assert "minister said the talks" in article.text
    build_docx(prefill(article))
    assert no_network == []
