"""The reader's front door: a path, bytes (stdin) or pasted text in; an Article or a ReadError out.

Every refusal is one sentence naming the input, so the command line prints it as one line and
the window shows it in a dialog. Limits are checked before any parser sees the input, so no
file can make reading hang or eat the machine's memory.
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from briefing.article import Article
from briefing.errors import ReadError
from briefing.reader.decode import decode
from briefing.reader.lines import normalise
from briefing.reader.markdown import article_from_markdown
from briefing.reader.sniff import Format, looks_like_html_text, sniff_bytes, text_format
from briefing.reader.structure import article_from_text

logger = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_CHARS = MAX_ARTICLE_BYTES


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read an article file (.txt, .md, .html, .docx; the bytes decide, the name helps)."""
    file = Path(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(f"{file} is a folder, not an article")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"{file} is not a regular file (a device, pipe or socket cannot be an article)")
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ReadError(f"{file} is too large to be an article "
                            f"({info.st_size / 1e6:.0f} MB; the limit is 20 MB)")
        with file.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)  # a file still growing cannot slip past the limit
    except FileNotFoundError as exc:
        raise ReadError(f"{file}: no such file") from exc
    except PermissionError as exc:
        raise ReadError(f"{file}: permission denied") from exc
    except IsADirectoryError as exc:
        raise ReadError(f"{file} is a folder, not an article") from exc
    except OSError as exc:
        raise ReadError(f"{file}: cannot be read ({exc.strerror or exc})") from exc
    return read_article_bytes(raw, name=str(file))


def read_article_bytes(raw: bytes, *, name: str = "") -> Article:
    """Read an article from bytes (standard input, a drop, a file already in memory)."""
    label = name or "the input"
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ReadError(f"{label} is too large to be an article (the limit is 20 MB)")
    if not raw.strip():
        raise ReadError(f"{label} is empty: there is no article text to read")
    kind = sniff_bytes(raw, name, label)
    logger.info("reading %s (%d bytes) as %s", label, len(raw), kind.value if kind else "text")
    if kind == Format.DOCX:
        from briefing.reader.word import article_from_docx

        article = article_from_docx(raw, label)
    else:
        text = decode(raw, label)
        if kind == Format.HTML:
            from briefing.reader.webpage import article_from_html

            article = article_from_html(text, label)
        else:
            article = _from_text(text, text_format(text, name), label)
    article.path = name
    return article


def read_article_text(text: str, *, name: str = "") -> Article:
    """Read pasted text (the window's paste action): plain text, or a page's HTML source."""
    label = name or "the pasted text"
    if len(text) > MAX_ARTICLE_CHARS:
        raise ReadError(f"{label} is too large to be an article (the limit is 20 MB)")
    if "\x00" in text[:65536]:
        raise ReadError(f"{label} looks like binary data, not an article")
    text = text.removeprefix("\ufeff")
    if looks_like_html_text(text):
        from briefing.reader.webpage import article_from_html

        article = article_from_html(text, label)
    else:
        article = _from_text(text, text_format(text, name), label)
    article.path = name
    return article


def _from_text(text: str, kind: Format, label: str) -> Article:
    text = normalise(text)
    if not text.strip():
        raise ReadError(f"{label} is empty: there is no article text to read")
    article = article_from_markdown(text) if kind == Format.MARKDOWN else article_from_text(text)
    if not article.blocks:
        raise ReadError(f"{label} has no words in it: there is no article text to read")
    return article
