"""The reader's front door: a path, bytes (stdin) or pasted text in; an Article or a ReadError out.

Every refusal is one sentence naming the input, so the command line prints it as one line and
the window shows it in a dialog. Limits are checked before any parser sees the input, so no
file can make reading hang or eat the machine's memory.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from briefing.article import Article
from briefing.errors import ReadError
from briefing.fileio import read_limited
from briefing.reader.decode import decode
from briefing.reader.lines import normalise
from briefing.reader.markdown import article_from_markdown
from briefing.reader.sniff import Format, looks_like_html_text, sniff_bytes, text_format
from briefing.reader.structure import article_from_text

logger = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_CHARS = MAX_ARTICLE_BYTES
# Every line of text becomes a block with its sentences (several hundred bytes of objects each),
# so a 20 MB file of a million one-cell table rows would need gigabytes. A long news article has
# a few hundred lines; this allows a thousand times that and keeps memory near 10x the input.
MAX_ARTICLE_LINES = 200_000
_TEXT_LINE = re.compile(r"^[ \t]*\S", re.MULTILINE)


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read an article file (.txt, .md, .html, .docx; the bytes decide, the name helps)."""
    raw = read_limited(path, limit=MAX_ARTICLE_BYTES, noun="an article", error=ReadError)
    return read_article_bytes(raw, name=str(Path(path)))


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
    _check_line_count(text, label)
    article = article_from_markdown(text) if kind == Format.MARKDOWN else article_from_text(text)
    if not article.blocks:
        raise ReadError(f"{label} has no words in it: there is no article text to read")
    return article


def _check_line_count(text: str, label: str) -> None:
    """Refuse, before any structure is built, text with more lines than an article could have."""
    if text.count("\n") < MAX_ARTICLE_LINES:
        return  # cheap: fewer line breaks than the limit cannot hold more lines of text
    lines = sum(1 for _ in _TEXT_LINE.finditer(text))
    if lines > MAX_ARTICLE_LINES:
        raise ReadError(
            f"{label} has {lines:,} lines of text; Briefing reads articles of up to "
            f"{MAX_ARTICLE_LINES:,} lines (a long news article has a few hundred)"
        )
