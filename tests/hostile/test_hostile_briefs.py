"""Hostile .brief files: a clear one-line refusal or a sane export, and nothing else written."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from briefing.model import Brief, Item, Section, Source
from briefing.storage import brief_to_json

from .conftest import files_in, run_cli


def good_document() -> dict:
    text = "Wang Yi met Antony Blinken in Beijing. Both sides stressed open channels."
    brief = Brief(
        title="Talks",
        source=Source(text=text),
        sections=[
            Section(
                "summary",
                "Summary",
                [Item("Wang Yi met Antony Blinken in Beijing.", sources=[(0, 38)], origin="prefill")],
            )
        ],
    )
    return json.loads(brief_to_json(brief))


def _variant(name: str) -> bytes:
    document = good_document()
    if name == "truncated":
        return json.dumps(document).encode()[:-40]
    if name == "wrong types":
        document["sections"][0]["items"][0]["reviewed"] = "no"
        document["metadata"]["to"] = ["Minister"]
    elif name == "newer version":
        document["version"] = 99
    elif name == "offsets outside the text":
        document["sections"][0]["items"][0]["sources"] = [[10, 10_000]]
    elif name == "not json at all":
        return b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    elif name == "json nested 100,000 deep":
        return b"[" * 100_000 + b"]" * 100_000
    elif name == "an empty file":
        return b""
    elif name == "10 MB strings":
        document["title"] = "T" * (10 * 1024 * 1024)
        document["sections"][0]["items"].append({"text": "x" * (10 * 1024 * 1024)})
    return json.dumps(document).encode()


REFUSED = {
    "truncated": "broken JSON",
    "wrong types": "metadata.to",
    "newer version": "newer Briefing",
    "offsets outside the text": "outside the source text",
    "not json at all": "not",
    "json nested 100,000 deep": "nested too deeply",
    "an empty file": "broken JSON",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_broken_brief_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    brief_file = tmp_path / "hostile.brief"
    brief_file.write_bytes(_variant(name))
    run = run_cli("export", str(brief_file), "-o", str(tmp_path / "out.docx"), cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: ") and "hostile.brief" in lines[0]
    assert REFUSED[name] in lines[0], lines[0]
    assert files_in(tmp_path) == {"hostile.brief"}


def test_ten_megabyte_strings_load_and_export(tmp_path: Path) -> None:
    brief_file = tmp_path / "big.brief"
    brief_file.write_bytes(_variant("10 MB strings"))
    run = run_cli("export", str(brief_file), "-o", str(tmp_path / "out.docx"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert files_in(tmp_path) == {"big.brief", "out.docx"}
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs)
    assert "x" * 1000 in text
