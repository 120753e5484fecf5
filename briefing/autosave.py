"""Autosave sidecars: the open brief copied to the user's data folder, never over their file.

Each running window owns one sidecar, ``<session-id>.autosave.json``, holding the brief and
where it came from. A real save or a clean close deletes it; a sidecar that outlives its
process (a crash, a power cut, a kill) is offered for recovery on the next start. When the
system ends Briefing (SIGTERM at logout or shutdown) the window writes its sidecar one last
time marked ``ended: "system"``, so the next start offers the work back without calling it a crash.
The content hash skips rewriting a sidecar that would not change.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefFormatError, SaveError
from briefing.fileio import atomic_write_text
from briefing.model import Brief, brief_from_dict

logger = logging.getLogger(__name__)

SUFFIX = ".autosave.json"
SIDECAR_VERSION = 1
ENDED_BY_SYSTEM = "system"  # the session was ended by a signal (logout, shutdown), not a crash


@dataclass(frozen=True)
class Recoverable:
    """A sidecar left by a session that did not end cleanly."""

    path: Path
    original: str  # the user's file it belongs to, "" for a never-saved brief
    title: str
    saved_at: float  # seconds since the epoch
    pid: int
    ended: str = ""  # ENDED_BY_SYSTEM when the system closed Briefing; "" when it crashed or was killed

    @property
    def closed_by_system(self) -> bool:
        return self.ended == ENDED_BY_SYSTEM

    def load(self) -> Brief:
        return read_sidecar(self.path)


def _process_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return pid == os.getpid()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_sidecar(path: Path) -> Brief:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BriefFormatError(f"the autosaved copy {path.name} cannot be read") from exc
    if not isinstance(data, dict) or "brief" not in data:
        raise BriefFormatError(f"the autosaved copy {path.name} is not a brief")
    return brief_from_dict(data["brief"])


class AutosaveStore:
    """The folder of sidecars, and this process's own sidecar in it."""

    def __init__(self, folder: Path, session_id: str | None = None) -> None:
        self.folder = Path(folder)
        self.session_id = session_id or uuid.uuid4().hex
        self._last_hash: str | None = None

    @property
    def path(self) -> Path:
        return self.folder / f"{self.session_id}{SUFFIX}"

    def write(self, brief: Brief, original: Path | None, *, ended: str = "") -> bool:
        """Write the sidecar unless it already holds this exact content; True if written.
        ``ended`` says why the session is ending (ENDED_BY_SYSTEM), "" while it runs."""
        body = json.dumps(brief.to_dict(), ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha256(f"{original}\n{ended}\n{body}".encode()).hexdigest()
        if digest == self._last_hash and self.path.exists():
            return False
        document = {
            "sidecar_version": SIDECAR_VERSION,
            "pid": os.getpid(),
            "saved_at": time.time(),
            "original": str(original) if original else "",
            "ended": ended,
            "hash": digest,
            "brief": brief.to_dict(),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(document, ensure_ascii=False))
        self._last_hash = digest
        logger.debug("autosaved to %s", self.path)
        return True

    def discard(self) -> None:
        """Remove this session's sidecar: the work is saved, or the user chose to drop it."""
        self._last_hash = None
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            logger.warning("could not remove autosave %s: %s", self.path, exc)

    def recoverable(self) -> list[Recoverable]:
        """Sidecars whose process is gone, newest first; unreadable ones are skipped, not deleted."""
        found: list[Recoverable] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob(f"*{SUFFIX}"):
            if path == self.path:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                pid = int(data.get("pid", 0))
                title = str(data.get("brief", {}).get("title", ""))
                entry = Recoverable(
                    path,
                    str(data.get("original", "")),
                    title,
                    float(data.get("saved_at", path.stat().st_mtime)),
                    pid,
                    str(data.get("ended", "")),
                )
            except (OSError, ValueError, TypeError, AttributeError) as exc:
                logger.warning("skipping unreadable autosave %s: %s", path, exc)
                continue
            if not _process_alive(pid):
                found.append(entry)
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    @staticmethod
    def remove(entry: Recoverable) -> None:
        try:
            entry.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise SaveError(f"the autosaved copy {entry.path} could not be removed") from exc
