"""The atomic writer and .brief storage: a failed write leaves the old file byte-identical."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing import fileio
from briefing.errors import BriefFormatError, SaveError
from briefing.fileio import atomic_write_bytes
from briefing.model import Brief
from briefing.storage import load_brief, save_brief


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write_bytes(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize("failing_call, err", [("fsync", errno.ENOSPC), ("replace", errno.EACCES)])
def test_failed_write_leaves_old_file_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: str, err: int
) -> None:
    target = tmp_path / "brief.brief"
    target.write_bytes(b"old contents")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(fileio.os, failing_call, fail)
    with pytest.raises(SaveError) as error:
        atomic_write_bytes(target, b"new contents that never land")
    assert target.read_bytes() == b"old contents"
    assert ("disk is full" if err == errno.ENOSPC else "permission denied") in str(error.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.brief"], "temporary file left behind"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores folder permissions")
def test_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "x.brief").write_bytes(b"keep")
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            atomic_write_bytes(folder / "x.brief", b"new")
        assert (folder / "x.brief").read_bytes() == b"keep"
    finally:
        folder.chmod(0o700)


def test_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder"):
        atomic_write_bytes(tmp_path, b"x")


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write_bytes(tmp_path / "nope" / "x.brief", b"x")


def test_save_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    target = tmp_path / "n.brief"
    save_brief(Brief(title="first"), target)
    first = target.read_bytes()
    save_brief(Brief(title="second"), target)
    assert (tmp_path / "n.brief.bak").read_bytes() == first
    assert load_brief(target).title == "second"


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.brief"
    broken.write_text('{"format": "briefing-note", "version": 1', encoding="utf-8")
    with pytest.raises(BriefFormatError, match="broken.brief"):
        load_brief(broken)
    with pytest.raises(BriefFormatError, match="no such file"):
        load_brief(tmp_path / "absent.brief")
    with pytest.raises(BriefFormatError, match="folder"):
        load_brief(tmp_path)
    binary = tmp_path / "bin.brief"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(BriefFormatError, match="not UTF-8"):
        load_brief(binary)


def test_read_limited_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    from briefing.errors import ReadError
    from briefing.fileio import read_limited

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ReadError, match="too large to be a thing"):
        read_limited(big, limit=1024, noun="a thing", error=ReadError)
    assert read_limited(big, limit=4096, noun="a thing", error=ReadError) == b"x" * 2048
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        with pytest.raises(ReadError, match="not a regular file"):
            read_limited(pipe, limit=1024, noun="a thing", error=ReadError)
