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
import shutil
import stat
import tempfile
from pathlib import Path

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


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; with ``backup``, keep the old file as ``NAME.bak``.

    Raises SaveError naming the file and the reason; the previous file stays byte-identical.
    """
    # Write through a symlink to the file it names, so the link itself survives the save.
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise SaveError(f"cannot save {target}: it is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name: str | None = None
    _remove_stale_temporaries(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            _copy_mode(target, Path(tmp_name))
            if backup:
                shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        logger.warning("atomic write of %s failed: %s", target, exc)
        raise SaveError(f"cannot save {target}: {_reason(exc)}") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files a killed earlier save of ``target`` left behind."""
    try:
        stale = list(target.parent.glob(f".{glob_escape(target.name)}.*.tmp"))
    except OSError:
        return
    for leftover in stale:
        try:
            leftover.unlink()
            logger.info("removed %s left by an interrupted save", leftover)
        except OSError:
            pass


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


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


def _copy_mode(source: Path, target: Path) -> None:
    try:
        shutil.copymode(source, target)
    except OSError:
        pass


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
