"""The window under hostile files and failing saves: it stays up, says why, and keeps the work
both on screen and in the autosave sidecar."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from briefing import fileio
from briefing.storage import load_brief, save_brief
from briefing.ui import dialogs
from tests.ui_support import *

from .corpus import builders

pytest.importorskip("pytestqt")

EDIT = " UNSAVED-EDIT"


def _type_into_first_item(window, qtbot) -> None:
    widget = window.editor.section_widgets["summary"]
    editor = widget.editor_for(widget.section.items[0])
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, EDIT)
    assert window.doc.brief.sections[0].items[0].text.endswith(EDIT)


def _sidecar_holds_edit(window) -> bool:
    path = window.autosave.path
    return path.exists() and EDIT in json.dumps(json.loads(path.read_text(encoding="utf-8")))


def _saved_once(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "note.brief"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: target)
    assert window.files.save()
    return target


def test_disk_full_while_saving_keeps_file_window_and_sidecar(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _saved_once(window, tmp_path, monkeypatch)
    before = target.read_bytes()
    _type_into_first_item(window, qtbot)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message, title="": errors.append(message))

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as broken:
        broken.setattr(fileio.os, "fsync", full)
        assert window.files.save() is False
    assert len(errors) == 1 and "disk is full" in errors[0]
    assert target.read_bytes() == before, "the previous file must stay byte-identical"
    assert window.isWindowModified()
    assert window.doc.brief.sections[0].items[0].text.endswith(EDIT)
    # The sidecar is on the same full disk: the autosave keeps retrying until it has room.
    qtbot.waitUntil(lambda: _sidecar_holds_edit(window), timeout=5000)
    assert window.files.save() is True, "once the disk has room, saving works"
    assert load_brief(target).sections[0].items[0].text.endswith(EDIT)
    assert not window.autosave.path.exists()


def test_file_changed_on_disk_is_not_overwritten_without_asking(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _saved_once(window, tmp_path, monkeypatch)
    colleague = load_brief(target)
    colleague.title = "A colleague's title"
    save_brief(colleague, target)
    theirs = target.read_bytes()
    _type_into_first_item(window, qtbot)

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_overwrite_changed", lambda parent, name: asked.append(name) or False)
    assert window.files.save() is False
    assert asked == ["note.brief"]
    assert target.read_bytes() == theirs
    assert window.isWindowModified() and _sidecar_holds_edit(window)

    monkeypatch.setattr(dialogs, "confirm_overwrite_changed", lambda parent, name: True)
    assert window.files.save() is True
    assert load_brief(target).sections[0].items[0].text.endswith(EDIT)
    assert not window.isWindowModified()


def test_own_saves_do_not_count_as_changes(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = _saved_once(window, tmp_path, monkeypatch)
    _type_into_first_item(window, qtbot)
    assert window.files.save() is True  # no question: the file is as Briefing left it
    qtbot.keyClicks(window.focusWidget(), "!")
    assert window.files.save() is True
    assert load_brief(target).sections[0].items[0].text.endswith(EDIT + "!")


@pytest.mark.parametrize("name", sorted(builders()))
def test_hostile_file_opened_in_the_window(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Each hostile article: an error dialog or a drafted brief; the current work survives either way."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = builders()[name](folder)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message, title="": errors.append(message))
    before = window.doc.brief
    opened = window.files.open_path(path)
    if opened:
        assert not errors
        assert window.doc.brief is not before
        text = window.doc.brief.source.text
        assert all(0 <= s <= e <= len(text) for item in window.doc.brief.items() for s, e in item.sources)
    else:
        assert len(errors) == 1 and "\n" not in errors[0].strip() and "Traceback" not in errors[0]
        assert window.doc.brief is before, "a refused file must leave the open brief alone"
    assert {p.name for p in folder.iterdir()} == {path.name}
    assert window.isVisible()
