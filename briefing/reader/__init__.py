"""Read an article from a file or pasted text into an Article (text + structure)."""
from __future__ import annotations

from briefing.reader.files import read_article, read_article_bytes
from briefing.reader.structure import article_from_text

__all__ = ["article_from_text", "read_article", "read_article_bytes"]
