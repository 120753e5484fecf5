"""Faults while saving, injected for real; assertions are on the bytes left on disk."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing import fileio
from briefing.errors import FileChangedError, SaveError
from briefing.model import Brief, Item, Section
from briefing.storage import load_brief, save_brief

from .conftest import REPO


def brief(title: str) -> Brief:
    return Brief(title=title, sections=[Section("summary", "Summary", [Item("An officer's own words.")])])


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "note.brief"
    save_brief(brief("the version on disk"), path)
    return path


class _FullDisk:
    """A file object that takes a little and then reports the disk full, like a real write."""

    _real_fdopen = staticmethod(os.fdopen)

    def __init__(self, fd: int, mode: str) -> None:
        self._file = self._real_fdopen(fd, mode)

    def write(self, data: bytes) -> int:
        self._file.write(data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str):
        return getattr(self._file, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def test_disk_full_mid_write(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    monkeypatch.setattr(fileio.os, "fdopen", _FullDisk)
    with pytest.raises(SaveError, match="disk is full"):
        save_brief(brief("new work"), saved)
    assert saved.read_bytes() == before
    assert load_brief(saved).title == "the version on disk"
    assert sorted(p.name for p in saved.parent.iterdir()) == ["note.brief"]


@pytest.mark.parametrize(
    "code, said", [(errno.EBUSY, "busy"), (errno.EACCES, "permission denied"), (errno.EROFS, "read-only")]
)
def test_target_locked_or_protected_at_rename(
    saved: Path, monkeypatch: pytest.MonkeyPatch, code: int, said: str
) -> None:
    """Another program holding the file (Windows' sharing violation shows as EACCES/EBUSY)."""
    before = saved.read_bytes()

    def refuse(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(SaveError) as error:
        save_brief(brief("new work"), saved)
    assert said in str(error.value).lower()
    assert saved.read_bytes() == before
    assert not list(saved.parent.glob(".*.tmp"))


def test_file_replaced_by_another_program_is_not_overwritten(saved: Path) -> None:
    fingerprint = fileio.content_fingerprint(saved)
    saved.write_text(
        saved.read_text(encoding="utf-8").replace("the version on disk", "a colleague's edit"), encoding="utf-8"
    )
    colleague = saved.read_bytes()
    with pytest.raises(FileChangedError, match="changed by another program"):
        save_brief(brief("my edit"), saved, expected=fingerprint)
    assert saved.read_bytes() == colleague
    save_brief(brief("my edit"), saved)  # the user chose to overwrite
    assert load_brief(saved).title == "my edit"


def test_unchanged_file_saves_and_fingerprint_follows(saved: Path) -> None:
    fingerprint = fileio.content_fingerprint(saved)
    new_fingerprint = save_brief(brief("second"), saved, expected=fingerprint)
    assert new_fingerprint == fileio.content_fingerprint(saved) != fingerprint
    save_brief(brief("third"), saved, expected=new_fingerprint)
    assert load_brief(saved).title == "third"


KILL_BETWEEN_WRITE_AND_RENAME = textwrap.dedent("""
    import os, signal, sys
    from briefing import fileio
    from briefing.model import Brief
    from briefing.storage import save_brief
    def die(*args):
        os.kill(os.getpid(), signal.SIGKILL)
    fileio.os.replace = die
    save_brief(Brief(title="half-saved work"), sys.argv[1])
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_process_killed_between_write_and_rename(saved: Path) -> None:
    before = saved.read_bytes()
    child = subprocess.run(
        [sys.executable, "-c", KILL_BETWEEN_WRITE_AND_RENAME, str(saved)],
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert saved.read_bytes() == before
    assert load_brief(saved).title == "the version on disk"
    leftovers = list(saved.parent.glob(".note.brief.*.tmp"))
    assert len(leftovers) == 1, "the killed save should have left exactly its temporary file"
    save_brief(brief("next save"), saved)
    assert not leftovers[0].exists(), "the next save cleans up what the killed one left"
    assert load_brief(saved).title == "next save"


def _make_read_only(folder: Path) -> bool:
    """Make ``folder`` refuse new files for real, even to root (chattr +i); False if impossible."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        result = subprocess.run(["chattr", "+i", str(folder)], check=False, capture_output=True)
        return result.returncode == 0
    folder.chmod(0o555)
    return True


def _make_writable(folder: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], check=False, capture_output=True)
    folder.chmod(0o755)


def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "note.brief"
    save_brief(brief("the version on disk"), target)
    before = target.read_bytes()
    if not _make_read_only(folder):
        pytest.skip("cannot make a folder read-only here (needs chattr as root)")
    try:
        with pytest.raises(SaveError, match="permission denied"):
            save_brief(brief("new work"), target)
        assert target.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["note.brief"]
    finally:
        _make_writable(folder)
