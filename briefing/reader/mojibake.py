"""UTF-8 text that was once read as Windows-1252 put right: "GuantÃ¡namo" -> "Guantánamo", "â€œYesâ€" -> "“Yes”".

A web page served with the wrong character set, then copied, or a feed re-encoded on the way, turns every
accented letter and curly quote into two or three Latin characters. The reader decodes files correctly;
this is for text that arrives already garbled. Only a run that is exactly one UTF-8 character's bytes in
Windows-1252 (a lead byte C2-F4, then its 1-3 continuation bytes) is replaced: such pairs ("Ã¡", "â€œ")
do not occur in real prose, so text in any language is otherwise left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _cp1252_char(byte: int) -> str:
    """The character Windows-1252 gives ``byte`` (its five undefined bytes read as Latin-1, as the decoder does)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


_CONTINUATION = "".join(re.escape(_cp1252_char(b)) for b in range(0x80, 0xC0))
_LEAD_2 = "".join(re.escape(_cp1252_char(b)) for b in range(0xC2, 0xE0))
_LEAD_3 = "".join(re.escape(_cp1252_char(b)) for b in range(0xE0, 0xF0))
_LEAD_4 = "".join(re.escape(_cp1252_char(b)) for b in range(0xF0, 0xF5))
_GARBLED = re.compile(
    f"[{_LEAD_2}][{_CONTINUATION}]|[{_LEAD_3}][{_CONTINUATION}]{{2}}|[{_LEAD_4}][{_CONTINUATION}]{{3}}"
)
_TO_BYTE = {_cp1252_char(b): b for b in range(0x80, 0x100)}


def repair(text: str) -> str:
    """``text`` with every garbled UTF-8 character restored; unchanged where there is none (the common case)."""
    if text.isascii() or not _GARBLED.search(text):
        return text
    return _GARBLED.sub(lambda match: _restored(match.group()), text)


@lru_cache(maxsize=4096)  # bounded: a long-running window reads many texts
def _restored(garbled: str) -> str:
    """The character ``garbled`` stands for; worked out once per distinct run (an article repeats a few)."""
    try:
        restored = bytes(_TO_BYTE[c] for c in garbled).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return garbled  # "Ã€" + a byte that cannot follow: not one character's bytes after all
    # what news text is written in: accented letters, punctuation, currency, emoji. "«ÉTÉ»" and „MÖ“ are real
    # capitals before a quotation mark, whose bytes would make an IPA letter or a Hebrew accent: left as they are
    if any(low <= ord(restored) <= high for low, high in _PLAUSIBLE):
        return restored
    return garbled


_PLAUSIBLE = (
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B: "á", "ñ", "ş", "ő"
    (0x0370, 0x052F),  # Greek, Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional: Vietnamese
    (0x2000, 0x206F),  # General Punctuation: curly quotes, dashes, ellipsis
    (0x20A0, 0x214F),  # currency signs, letterlike symbols: "€", "™"
    (0x1F000, 0x1FAFF),  # emoji
)
