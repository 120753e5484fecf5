"""Bytes to text in whatever encoding the sender's system used, or a clear refusal.

Order matters: a byte-order mark is certain; UTF-8 that decodes cleanly almost certainly is
UTF-8; UTF-16 without a mark shows as NUL bytes at every other position. Only then is the text
guessed at. charset-normalizer guesses well across scripts but calls most Western text cp1250,
which turns "très" into "trčs", so Windows-1252 (a superset of Latin-1's letters) is preferred
whenever it reads as clean text and the guess is only another single-byte Western code page.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from briefing.errors import ReadError

logger = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 200_000  # bytes the guessers look at; enough to judge, fast on 20 MB
_UNREADABLE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")  # controls, replacements
_MAX_CONTROL_SHARE = 0.01
_MESSY = 0.2


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; read them as Latin-1 rather than fail."""
    if not isinstance(error, UnicodeDecodeError):  # registered for decoding only
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("briefing-latin1", _latin1_for_undefined)


def decode(raw: bytes, label: str) -> str:
    """Decode an article's bytes; ReadError when they are not text at all."""
    encoding = detect_encoding(raw, label)
    bom = next((len(mark) for mark, name in _BOMS if raw.startswith(mark) and name == encoding), 0)
    errors = "briefing-latin1" if encoding == "cp1252" else "replace"
    text = raw[bom:].decode(encoding, errors=errors)
    logger.debug("%s decoded as %s", label, encoding)
    if _looks_binary(text):
        raise ReadError(f"{label} looks like a binary file, not an article")
    return text


def detect_encoding(raw: bytes, label: str) -> str:
    for mark, name in _BOMS:
        if raw.startswith(mark):
            return name
    head = raw[:_SAMPLE]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            return utf16
        raise ReadError(f"{label} looks like a binary file, not an article")
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(raw) - 4 and exc.reason == "unexpected end of data":
            return "utf-8"  # a truncated last character; everything before it is UTF-8
    if _mostly_utf8(head):
        return "utf-8"
    return _guess_single_byte(head)


def _mostly_utf8(head: bytes) -> bool:
    """UTF-8 with a few damaged bytes: keep its many good characters rather than garble them."""
    text = head.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    return good > 0 and bad * 4 <= good


def _utf16_without_bom(head: bytes) -> str:
    """UTF-16 text in a Latin script has NUL as every other byte; binary files do not."""
    even, odd = head[0::2], head[1::2]
    if not odd:
        return ""
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return ""


def _guess_single_byte(head: bytes) -> str:
    western = head.decode("cp1252", errors="briefing-latin1")
    if mess_ratio(western, _MESSY) < _MESSY:
        return "cp1252"
    best = from_bytes(head).best()
    if best is None:
        return "cp1252"  # let the binary check decide
    logger.debug("charset-normalizer guessed %s (chaos %.3f)", best.encoding, best.chaos)
    if _mostly_latin(str(best)):
        return "cp1252"  # cp1250, cp1257, mac_roman...: another Western page; the sender used Windows
    return best.encoding


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:20_000] if c > "\x7f" and c.isalpha()]
    if not letters:
        return True
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    unreadable = len(_UNREADABLE.findall(sample))
    return unreadable / len(sample) > _MAX_CONTROL_SHARE
