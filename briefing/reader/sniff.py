"""Decide what kind of file an article is from its bytes first and its name second.

Files arrive misnamed: a saved web page called .txt, a Word file renamed, an e-mail body with no
extension. The bytes decide where they can (a zip with word/document.xml is Word; text that
opens with <html is a web page); the extension only settles what bytes cannot (Markdown versus
plain text). Formats Briefing cannot read get a message that says what to do instead.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import PurePath

from briefing.errors import ReadError

ZIP_MAGIC = b"PK\x03\x04"
_REFUSED_MAGIC = (
    (b"%PDF", "is a PDF; copy its text into Briefing, or save it as .docx or .txt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old-format Office file (.doc); save it as .docx"),
    (b"{\\rtf", "is a Rich Text (.rtf) file; save it as .docx or .txt"),
)
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|h[1-6]|br|span|a\s)[\s>/]", re.IGNORECASE)
_MARKDOWN_HINT = re.compile(r"\A\s*(?:---\n|#{1,6} \S)")
_TEXT_EXTENSIONS = {".txt", ".text", ".eml", ".log", ""}
_MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".mht"}


class Format(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"


def sniff_bytes(raw: bytes, name: str, label: str) -> Format | None:
    """The format the bytes prove, or None when they are text whose kind the name must settle.

    Raises ReadError for formats that are recognisably not an article Briefing can read.
    """
    suffix = PurePath(name).suffix.lower() if name else ""
    if raw.startswith(ZIP_MAGIC):
        return Format.DOCX  # the Word reader tells a docx from any other zip
    if suffix == ".docx":
        raise ReadError(f"{label} is not a valid Word document (it may be damaged or only partly copied)")
    for magic, message in _REFUSED_MAGIC:
        if raw.startswith(magic):
            raise ReadError(f"{label} {message}")
    if _looks_like_html(raw[:4096], suffix):
        return Format.HTML
    return None


def text_format(text: str, name: str) -> Format:
    """Markdown or plain text, for text whose bytes did not say."""
    suffix = PurePath(name).suffix.lower() if name else ""
    if suffix in _MARKDOWN_EXTENSIONS:
        return Format.MARKDOWN
    if suffix in _TEXT_EXTENSIONS and not name and _MARKDOWN_HINT.match(text):
        return Format.MARKDOWN  # piped or pasted Markdown: a heading or front matter first
    return Format.TEXT


def _looks_like_html(head: bytes, suffix: str) -> bool:
    sample = head.replace(b"\x00", b"")  # UTF-16 pages: the markup is still there in every other byte
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        sample = sample[3:] if sample.startswith(b"\xef\xbb\xbf") else sample[2:]
    if _HTML_START.match(sample):
        return True
    return suffix in _HTML_EXTENSIONS and bool(_HTML_TAGS.search(sample))


def looks_like_html_text(text: str) -> bool:
    """For pasted text: a whole page's source, not prose that mentions a tag."""
    return bool(_HTML_START.match(text[:4096].encode("utf-8", "replace")))
