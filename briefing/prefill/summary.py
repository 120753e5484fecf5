"""The bottom line up front: a lead-biased pick of whole sentences, without repeats.

News is written with the point first, so the first sentences that actually report (not a
byline, a caption, a question or a bare quote) are the best summary an extractive method
can give; redundancy removal keeps the four lines from saying the same thing twice.
"""
from __future__ import annotations

import re

from briefing.prefill.text import coverage

MAX_SENTENCES = 3
MAX_WORDS = 85
_LOOKAHEAD = 8
_WORD = re.compile(r"\S+")


def select_summary(candidates: list[int], texts: list[str], words: list[frozenset[str]],
                   *, max_sentences: int = MAX_SENTENCES, max_words: int = MAX_WORDS) -> list[int]:
    """Indices (into ``texts``) of the summary sentences, in article order.

    ``candidates`` are the sentences allowed in a summary, in reading order.
    """
    chosen: list[int] = []
    seen: set[str] = set()
    budget = max_words
    for index in candidates[:_LOOKAHEAD]:
        text = texts[index].strip()
        length = len(_WORD.findall(text))
        if length < 6 or text.endswith("?") or text[:1] in "\"“‘'":
            continue
        if chosen and coverage(words[index], seen) >= 0.5:
            continue
        if chosen and length > budget + 10:
            break
        chosen.append(index)
        seen |= words[index]
        budget -= length
        if len(chosen) >= max_sentences or budget <= 8:
            break
    return chosen
