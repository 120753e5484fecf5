"""The one way Briefing writes a file: atomically, or not at all.

A temporary file is written beside the target, flushed and fsynced, then moved over the
target with ``os.replace``, so a crash or a full disk at any moment leaves either the old
file or the new one, never half of each. Every writer in the program goes through here.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from briefing.errors import BriefingError, SaveError

logger = logging.getLogger(__name__)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or str(exc)


def read_limited(path: str | os.PathLike[str], *, limit: int, noun: str, error: type[BriefingError]) -> bytes:
    """The bytes of a file the user chose, or ``error`` with one sentence saying why not.

    Folders, devices and pipes are refused before anything is opened (a pipe would block),
    and at most ``limit`` bytes are read, so a file still growing cannot slip past the limit.
    ``noun`` ("an article", "a brief") completes the messages.
    """
    file = Path(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{file} is a folder, not {noun}")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{file} is not a regular file (a device, pipe or socket cannot be {noun})")
        if info.st_size > limit:
            raise error(
                f"{file} is too large to be {noun} ({info.st_size / 2**20:.0f} MB; the limit is {limit / 2**20:.0f} MB)"
            )
        with file.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise error(f"{file}: no such file") from exc
    except PermissionError as exc:
        raise error(f"{file}: permission denied") from exc
    except IsADirectoryError as exc:
        raise error(f"{file} is a folder, not {noun}") from exc
    except OSError as exc:
        raise error(f"{file}: cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > limit:
        raise error(f"{file} is too large to be {noun} (the limit is {limit / 2**20:.0f} MB)")
    return raw


TEMP_PREFIX = ".bfg-"  # short, so a legal name of up to 255 bytes still saves
TEMP_SUFFIX = ".tmp"
STALE_AFTER_SECONDS = 60  # a temporary file this old, and locked by no one, was left by a killed save
_LEGACY_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what saves before 0.x left: .NAME.XXXXXXXX.tmp


class _Stage:
    """Where a save got to, so an error names the true cause."""

    def __init__(self) -> None:
        self.now = "create"


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; with ``backup``, keep the old file as ``NAME.bak``.

    A symlink to a regular file is written through (the file it names is replaced, the link
    stays); any other kind of target (a device, a pipe, a folder) is refused. A new file gets
    the user's umask, an existing one keeps its mode. The backup is made atomically too (a hard
    link, or a locked copy, renamed over the old backup, never through a symlink there).
    Raises SaveError naming the file and the reason; the previous file stays byte-identical.
    """
    target = _resolve_target(path)
    folder = target.parent
    clear_stale_temporaries(folder, also=target.name)
    stage = _Stage()
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        stage.now = "write"
        handle = os.fdopen(fd, "wb")
        try:
            _lock(handle.fileno())  # held until renamed: a concurrent clean-up leaves this file alone
            _set_mode(handle.fileno(), target)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if os.name != "posix":
                handle.close()  # Windows cannot rename a file that is open
            if backup:
                stage.now = "backup"
                _backup(target, folder)
            stage.now = "replace"
            os.replace(tmp_name, target)
            tmp_name = None
        finally:
            handle.close()
        _fsync_folder(folder)
    except OSError as exc:
        logger.warning("atomic write of %s failed at %s: %s", target, stage.now, exc)
        raise SaveError(f"cannot save {target}: {_save_reason(exc, stage.now, folder)}") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file to replace: through a symlink to a regular file; a non-regular one is refused."""
    shown = os.fspath(path)
    try:
        target = Path(os.path.realpath(path))
        name_max = _name_max(target.parent)
        size = len(os.fsencode(target.name))
        if size > name_max:
            raise SaveError(f"cannot save {shown}: the file name is too long ({size} bytes; the most is {name_max})")
        info = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise SaveError(f"cannot save {shown}: {_reason(exc)}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise SaveError(f"cannot save {target}: it is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise SaveError(
            f"cannot save {shown}: it is not a regular file (a device, pipe or socket); choose another name"
        )
    return target


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no pathconf (Windows) or a folder not there yet
        return 255


def backup_path(target: Path) -> Path:
    """``NAME.bak`` beside ``target``; a name too long for that ends in a short hash of it instead."""
    name = target.name + ".bak"
    if len(os.fsencode(name)) <= _name_max(target.parent):
        return target.with_name(name)
    digest = hashlib.sha256(os.fsencode(target.name)).hexdigest()[:8]
    keep = os.fsencode(target.name)[: _name_max(target.parent) - 13].decode("utf-8", "ignore")
    return target.with_name(f"{keep}~{digest}.bak")


def _backup(target: Path, folder: Path) -> None:
    """Make ``NAME.bak`` the current ``target``, atomically (a temporary name, then a rename)."""
    bak_tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(4)}.bak{TEMP_SUFFIX}"
    try:
        os.link(target, bak_tmp)  # the old file itself: instant, and complete by construction
    except FileNotFoundError:
        return  # nothing there yet: nothing to keep
    except OSError:
        _locked_copy(target, bak_tmp)
    try:
        os.replace(bak_tmp, backup_path(target))  # replaces a symlink named NAME.bak, never follows it
    except BaseException:
        try:
            os.unlink(bak_tmp)
        except OSError:
            pass
        raise


def _locked_copy(source: Path, copy: Path) -> None:
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        _lock(fd)
        with open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                os.write(fd, chunk)
        shutil.copymode(source, copy)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(copy)
        raise
    os.close(fd)


def _lock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)


def _set_mode(fd: int, target: Path) -> None:
    """The existing file's mode, or what the user's umask gives a new file (0644 under 022)."""
    if not hasattr(os, "fchmod"):
        return
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    os.fchmod(fd, mode)


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o22)  # no /proc: read it the only portable way, and put it straight back
    os.umask(mask)
    return mask


def clear_stale_temporaries(folder: str | os.PathLike[str], *, also: str | None = None) -> int:
    """Delete temporary files that killed saves left in ``folder``; return how many.

    Only provably stale ones go: older than a minute (by the later of modification and
    status change, so a fresh hard link counts as fresh) and locked by no process. A save in
    progress holds the lock on its temporary file from the moment it exists until it is renamed.
    ``also`` adds the older naming (``.NAME.XXXXXXXX.tmp``) for that one file name.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        name = entry.name
        ours = name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)
        legacy = also is not None and name.startswith(f".{also}.") and _LEGACY_TEMP.match(name) is not None
        if not (ours or legacy):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or now - max(info.st_mtime, info.st_ctime) < STALE_AFTER_SECONDS:
            continue
        if _remove_if_unlocked(Path(entry.path), now - info.st_mtime):
            removed += 1
    return removed


def _remove_if_unlocked(path: Path, age: float) -> bool:
    if fcntl is None:  # no advisory locks to ask (Windows): only what is surely abandoned
        if age < 24 * 3600:
            return False
        try:
            path.unlink()
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a save is still writing it
        path.unlink()
        logger.info("removed %s left by an interrupted save", path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _save_reason(exc: OSError, stage: str, folder: Path) -> str:
    if exc.errno == errno.ENOENT:
        if not folder.is_dir():
            return "the folder does not exist"
        if stage == "create":
            return f"the folder {folder} does not take new files"
        return "its temporary file was removed by another program while it was being written"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    return _reason(exc)


def content_fingerprint(path: str | os.PathLike[str]) -> str | None:
    """A digest of the file's bytes, or None when it does not exist.

    Taken when a file is opened and compared before it is saved over, so a change made by
    another program (or another copy of Briefing) in between is never silently overwritten.
    """
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SaveError(f"cannot check {path} before saving: {_reason(exc)}") from exc


def atomic_write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
