"""Read an article from a file, bytes or pasted text into an Article (text + structure).

- ``read_article(path)``: a .txt, .md, .html or .docx file (the bytes decide, the name helps).
- ``read_article_bytes(raw, name=)``: the same from bytes, e.g. standard input.
- ``read_article_text(text, name=)``: pasted text, checked like a file (the window's paste action).
- ``article_from_text(text)``: plain text to an Article with no checks (tests, callers with text).
All but the last raise ReadError, with one sentence for the user, for anything not an article.
"""

from __future__ import annotations

from briefing.reader.files import read_article, read_article_bytes, read_article_text
from briefing.reader.structure import article_from_text

__all__ = ["article_from_text", "read_article", "read_article_bytes", "read_article_text"]
