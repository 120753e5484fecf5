"""Which script an article is written in, so a pre-fill that reads English can say it cannot help.

The pre-fill's word lists are English; on Chinese, Russian or Arabic text it finds nothing and
would leave five empty sections without a word. Counting letters by Unicode script is enough
to say why, and costs one pass over the text.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

# The first word of a letter's Unicode name -> the language or script to name to the writer.
_SCRIPTS = {
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "CYRILLIC": "Cyrillic script (Russian, Ukrainian, ...)",
    "ARABIC": "Arabic script",
    "HEBREW": "Hebrew",
    "GREEK": "Greek",
    "THAI": "Thai",
    "DEVANAGARI": "Devanagari script (Hindi, ...)",
    "BENGALI": "Bengali",
    "TAMIL": "Tamil",
    "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian",
    "ETHIOPIC": "Ethiopic script (Amharic, ...)",
}
SAMPLE_CHARS = 200_000  # enough letters to decide; a huge article is not read twice over
LATIN_SHARE = 0.5  # below this share of Latin letters the pre-fill has nothing to read


def script_of(text: str) -> str | None:
    """The language or script to name when most letters are not Latin; None for Latin text."""
    counts: Counter[str] = Counter()
    latin = 0
    for char in text[:SAMPLE_CHARS]:
        if not char.isalpha():
            continue
        if char.isascii():
            latin += 1
            continue
        first = unicodedata.name(char, "").split(" ", 1)[0]
        if first == "LATIN":
            latin += 1
        else:
            counts[first] += 1
    total = latin + sum(counts.values())
    if total == 0 or latin / total >= LATIN_SHARE:
        return None
    if counts["HIRAGANA"] + counts["KATAKANA"] > 0 and counts["CJK"] > 0:
        return "Japanese"  # kanji with kana is Japanese, not Chinese
    script, _ = counts.most_common(1)[0]
    return _SCRIPTS.get(script, f"{script.title()} script")


def prefill_notice(text: str) -> str | None:
    """What to tell the writer when the pre-fill cannot read the article's language."""
    script = script_of(text)
    if script is None:
        return None
    return f"the pre-fill reads English; the article is in {script}, so the sections start empty for you to write"
