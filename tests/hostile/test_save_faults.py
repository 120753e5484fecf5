"""Faults while saving, injected for real; assertions are on the bytes left on disk."""

from __future__ import annotations

import errno
import os
import signal
import stat
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
def test_process_killed_between_write_and_rename(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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
    leftovers = list(saved.parent.glob(".bfg-*.tmp"))
    assert leftovers, "the killed save should have left its temporary file"
    save_brief(brief("a save within the minute"), saved)
    assert all(p.exists() for p in leftovers), "too fresh to be sure no save is still writing it"
    monkeypatch.setattr(fileio, "STALE_AFTER_SECONDS", 0)
    save_brief(brief("next save"), saved)
    assert not any(p.exists() for p in leftovers), "the next save cleans up what the killed one left"
    assert load_brief(saved).title == "next save"
    assert sorted(p.name for p in saved.parent.iterdir()) == ["note.brief", "note.brief.bak"]


HOLD_A_TEMPORARY = textwrap.dedent("""
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    print("locked", flush=True)
    sys.stdin.read()
""")


@pytest.mark.skipif(os.name != "posix", reason="advisory locks")
def test_a_temporary_still_being_written_is_never_cleared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when old enough, a temporary file another process holds locked is left alone."""
    busy = tmp_path / ".bfg-deadbeef.tmp"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_TEMPORARY, str(busy)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        monkeypatch.setattr(fileio, "STALE_AFTER_SECONDS", 0)
        save_brief(brief("a save beside it"), tmp_path / "note.brief")
        assert busy.exists()
    finally:
        holder.communicate(b"", timeout=30)
    assert fileio.clear_stale_temporaries(tmp_path) == 1 and not busy.exists(), "unlocked, it goes"


SAVE_LARGE_BRIEF = textwrap.dedent("""
    import sys
    from briefing.model import Brief, Item, Section
    from briefing.storage import save_brief
    items = [Item(f"{sys.argv[2]} item {n} " + "words " * 40) for n in range(20000)]
    print("go", flush=True)
    save_brief(Brief(title=sys.argv[2], sections=[Section("summary", "Summary", items)]), sys.argv[1])
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_during_the_save_of_a_large_brief_never_leaves_a_broken_backup(tmp_path: Path) -> None:
    """Issue 16: kill -9 during a save left NAME.brief.bak truncated in 21 of 50 runs."""
    import random
    import time

    target = tmp_path / "big.brief"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", SAVE_LARGE_BRIEF, str(target), "v0"], check=True, env=env, timeout=120)
    rng = random.Random(16)
    for run in range(1, 9):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVE_LARGE_BRIEF, str(target), f"v{run}"], env=env, stdout=subprocess.PIPE
        )
        assert child.stdout is not None and child.stdout.readline().strip() == b"go"
        time.sleep(rng.uniform(0.0, 0.6))  # a kill at a random moment of the save: the point of the test
        child.kill()
        child.wait(timeout=60)
        assert load_brief(target).title.startswith("v")
        backup = target.with_name("big.brief.bak")
        if backup.exists():
            assert load_brief(backup).title.startswith("v"), f"run {run}: the backup is whole"


KILL_MID_BACKUP_COPY = textwrap.dedent("""
    import errno, os, signal, sys
    from briefing import fileio
    from briefing.model import Brief
    from briefing.storage import save_brief
    def no_links(*args):
        raise OSError(errno.EPERM, "hard links not allowed here")
    real_write = os.write
    def write_half_then_die(fd, data):
        real_write(fd, data[: len(data) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    fileio.os.link = no_links
    fileio.os.write = write_half_then_die
    save_brief(Brief(title="third"), sys.argv[1])
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_in_the_middle_of_copying_the_backup_leaves_the_old_backup_whole(tmp_path: Path) -> None:
    """Where hard links are refused the backup is copied: a kill mid-copy must not touch NAME.bak."""
    target = tmp_path / "note.brief"
    save_brief(brief("first"), target)
    save_brief(brief("second"), target)
    child = subprocess.run(
        [sys.executable, "-c", KILL_MID_BACKUP_COPY, str(target)],
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert load_brief(target).title == "second"
    assert load_brief(tmp_path / "note.brief.bak").title == "first"


def test_a_backup_that_is_a_symlink_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "elsewhere.txt"
    victim.write_bytes(b"someone else's file")
    victim.chmod(0o600)
    target = tmp_path / "note.brief"
    save_brief(brief("first"), target)
    (tmp_path / "note.brief.bak").symlink_to(victim)
    save_brief(brief("second"), target)
    bak = tmp_path / "note.brief.bak"
    assert victim.read_bytes() == b"someone else's file" and (victim.stat().st_mode & 0o777) == 0o600
    assert not bak.is_symlink() and load_brief(bak).title == "first"
    assert load_brief(target).title == "second"


def _a_device(folder: Path) -> Path:
    """A character device to point at. As root, a node of our own in ``folder`` (a regression must
    never be able to replace the real /dev/null, as the writer before issue 16 did); otherwise
    /dev/null, which an ordinary user cannot replace anyway."""
    if hasattr(os, "geteuid") and os.geteuid() == 0 and hasattr(os, "mknod"):
        node = folder / "devices" / "null"
        node.parent.mkdir()
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return node
    if not Path("/dev/null").is_char_device():
        pytest.skip("no character device to point at")
    return Path("/dev/null")


def test_an_output_that_links_to_a_device_is_refused(tmp_path: Path) -> None:
    device = _a_device(tmp_path)
    link = tmp_path / "out.brief"
    link.symlink_to(device)
    with pytest.raises(SaveError, match="not a regular file"):
        save_brief(brief("work"), link)
    assert link.is_symlink() and device.is_char_device()
    assert not list(device.parent.glob("*.bak")) and not list(device.parent.glob(".bfg-*"))


def test_a_fifo_as_the_output_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes")
    fifo = tmp_path / "pipe.brief"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="not a regular file"):
        save_brief(brief("work"), fifo)


def test_an_output_that_links_to_a_regular_file_replaces_that_file_and_keeps_the_link(tmp_path: Path) -> None:
    """What the README promises: the file the link names is replaced, the link stays, the backup sits beside the file."""
    real = tmp_path / "real" / "note.brief"
    real.parent.mkdir()
    save_brief(brief("first"), real)
    link = tmp_path / "link.brief"
    link.symlink_to(real)
    save_brief(brief("second"), link)
    assert link.is_symlink() and load_brief(link).title == "second" == load_brief(real).title
    assert load_brief(real.with_name("note.brief.bak")).title == "first"
    assert not (tmp_path / "link.brief.bak").exists()


@pytest.mark.parametrize("size", [242, 250, 255])
def test_legal_long_names_save_with_their_backup(tmp_path: Path, size: int) -> None:
    name = "n" * (size - len(".brief")) + ".brief"
    target = tmp_path / name
    save_brief(brief("first"), target)
    save_brief(brief("second"), target)
    assert load_brief(target).title == "second"
    backups = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert len(backups) == 1 and load_brief(backups[0]).title == "first"
    assert all(len(p.name.encode()) <= 255 for p in tmp_path.iterdir())


def test_a_name_over_255_bytes_is_one_clear_error(tmp_path: Path) -> None:
    target = tmp_path / ("é" * 128 + ".brief")  # 262 bytes
    with pytest.raises(SaveError, match="too long"):
        save_brief(brief("work"), target)


@pytest.mark.skipif(not hasattr(os, "umask"), reason="needs a umask")
def test_new_files_follow_the_umask_and_existing_files_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.brief"
        save_brief(brief("new"), fresh)
        assert fresh.stat().st_mode & 0o777 == 0o644
        os.umask(0o077)
        private = tmp_path / "private.brief"
        save_brief(brief("new"), private)
        assert private.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
    shared = tmp_path / "shared.brief"
    save_brief(brief("first"), shared)
    shared.chmod(0o640)
    save_brief(brief("second"), shared)
    assert shared.stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "shared.brief.bak").stat().st_mode & 0o777 == 0o640


EXPORT_LOOP = textwrap.dedent("""
    import sys
    from briefing.model import Brief, Item, Section
    from briefing import workflow
    failures = []
    for n in range(int(sys.argv[2])):
        brief = Brief(title=f"{sys.argv[3]} {n}", sections=[Section("summary", "Summary", [Item("x " * 2000)])])
        workflow.export(brief, sys.argv[1])
    print("done")
""")


@pytest.mark.slow
def test_two_processes_exporting_to_the_same_file_both_succeed(tmp_path: Path) -> None:
    """Issue 16: 2 of 100 concurrent exports failed with "the folder does not exist"."""
    target = tmp_path / "shared.docx"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = "25"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", EXPORT_LOOP, str(target), runs, name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for name in ("a", "b")
    ]
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0 and out.strip() == b"done", err.decode()
    assert [p.name for p in tmp_path.iterdir()] == ["shared.docx"]


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
