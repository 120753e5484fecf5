"""Turn a file on disk (or bytes from stdin) into an Article, refusing what is not an article."""
from __future__ import annotations

import os
from pathlib import Path

from briefing.article import Article
from briefing.errors import ReadError
from briefing.reader.structure import article_from_text

MAX_ARTICLE_BYTES = 20 * 1024 * 1024


def read_article(path: str | os.PathLike[str]) -> Article:
    file = Path(path)
    try:
        if file.is_dir():
            raise ReadError(f"{file} is a folder, not an article")
        size = file.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ReadError(f"{file} is too large to be an article ({size / 1e6:.0f} MB; the limit is 20 MB)")
        raw = file.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(f"{file}: no such file") from exc
    except PermissionError as exc:
        raise ReadError(f"{file}: permission denied") from exc
    except OSError as exc:
        raise ReadError(f"{file}: cannot be read ({exc.strerror or exc})") from exc
    return read_article_bytes(raw, name=str(file))


def read_article_bytes(raw: bytes, *, name: str = "") -> Article:
    label = name or "the input"
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ReadError(f"{label} is too large to be an article (the limit is 20 MB)")
    text = _decode(raw, label)
    if not text.strip():
        raise ReadError(f"{label} is empty: there is no article text to read")
    article = article_from_text(text)
    article.path = name
    return article


def _decode(raw: bytes, label: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if b"\x00" in raw[:8192]:
        raise ReadError(f"{label} looks like a binary file, not an article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
