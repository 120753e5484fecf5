"""Autosave sidecars (no Qt): never the user's file, skip unchanged content, recover dead sessions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.autosave import AutosaveStore
from briefing.errors import BriefFormatError
from briefing.model import Brief, Item, Section, Source


def _brief(text: str = "A point") -> Brief:
    return Brief(
        title="T",
        source=Source(text="Some article."),
        sections=[Section("summary", "Summary", [Item(text=text, sources=[(0, 4)])])],
    )


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_writes_a_sidecar_in_its_folder_not_over_the_users_file(tmp_path: Path) -> None:
    user_file = tmp_path / "mine.brief"
    user_file.write_text("original", encoding="utf-8")
    store = AutosaveStore(tmp_path / "autosave")
    assert store.write(_brief(), user_file)
    assert user_file.read_text(encoding="utf-8") == "original"
    assert store.path.parent == tmp_path / "autosave"
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["original"] == str(user_file) and data["brief"]["sections"][0]["items"][0]["text"] == "A point"


def test_unchanged_content_is_not_rewritten(tmp_path: Path) -> None:
    store = AutosaveStore(tmp_path)
    assert store.write(_brief(), None)
    assert not store.write(_brief(), None)
    assert store.write(_brief("changed"), None)
    store.discard()
    assert not store.path.exists()
    assert store.write(_brief("changed"), None), "after a discard the same content is written again"


def test_recoverable_lists_only_sessions_whose_process_is_gone(tmp_path: Path) -> None:
    mine = AutosaveStore(tmp_path, "mine")
    mine.write(_brief("mine"), None)
    crashed = AutosaveStore(tmp_path, "crashed")
    crashed.write(_brief("lost work"), Path("/x/note.brief"))
    doc = json.loads(crashed.path.read_text(encoding="utf-8"))
    doc["pid"] = _dead_pid()
    crashed.path.write_text(json.dumps(doc), encoding="utf-8")
    running = AutosaveStore(tmp_path, "running")
    running.write(_brief("other window"), None)  # this process is alive: not offered
    other = AutosaveStore(tmp_path, "other")
    found = other.recoverable()
    assert [entry.path.name for entry in found] == ["crashed.autosave.json"]
    assert found[0].original == "/x/note.brief" and found[0].title == "T"
    assert found[0].load().sections[0].items[0].text == "lost work"
    AutosaveStore.remove(found[0])
    assert other.recoverable() == []


def test_a_corrupt_sidecar_is_skipped_not_deleted(tmp_path: Path) -> None:
    bad = tmp_path / "bad.autosave.json"
    bad.write_text("{ half a file", encoding="utf-8")
    assert AutosaveStore(tmp_path).recoverable() == []
    assert bad.exists()
    with pytest.raises(BriefFormatError):
        from briefing.autosave import read_sidecar

        read_sidecar(bad)
