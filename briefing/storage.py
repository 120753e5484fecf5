""".brief files: the Brief as UTF-8 JSON, saved atomically with a ``.bak`` of the last version."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from briefing.errors import BriefFormatError, FileChangedError
from briefing.fileio import atomic_write_bytes, content_fingerprint, read_limited
from briefing.model import Brief, brief_from_dict

BRIEF_SUFFIX = ".brief"
MAX_BRIEF_BYTES = 200 * 1024 * 1024


def brief_to_json(brief: Brief) -> str:
    """The JSON document shared by ``.brief`` files and ``briefing draft --json``."""
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"


def brief_from_json(text: str) -> Brief:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefFormatError(f"not a valid brief: broken JSON at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise BriefFormatError("not a valid brief: the JSON is nested too deeply") from exc
    return brief_from_dict(data)


def save_brief(brief: Brief, path: str | os.PathLike[str], *, expected: str | None = None) -> str:
    """Save atomically, keeping the previous file as ``NAME.brief.bak``; return the new fingerprint.

    With ``expected`` (the fingerprint from when the file was opened or last saved), refuse with
    FileChangedError if the file on disk has changed since, instead of overwriting it.
    """
    data = brief_to_json(brief).encode("utf-8")
    if expected is not None:
        current = content_fingerprint(path)
        if current is not None and current != expected:
            raise FileChangedError(f"{path} was changed by another program since it was opened")
    atomic_write_bytes(path, data, backup=True)
    return hashlib.sha256(data).hexdigest()


def load_brief(path: str | os.PathLike[str]) -> Brief:
    """Load and validate a .brief file; every failure is a BriefFormatError naming the file."""
    file = Path(path)
    raw = read_limited(file, limit=MAX_BRIEF_BYTES, noun="a brief", error=BriefFormatError)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefFormatError(f"{file} is not a brief: it is not UTF-8 text") from exc
    try:
        return brief_from_json(text)
    except BriefFormatError as exc:
        raise BriefFormatError(f"{file}: {exc}") from exc
