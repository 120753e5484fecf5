"""The bottom line up front: a lead-biased pick of whole sentences, without repeats.

News is written with the point first, so the first sentences that actually report (not a
byline, a caption, a question or a bare quote) make the best extractive summary; among them
the pre-fill prefers sentences whose words recur across the article (they carry its topic),
then drops any that repeat an already chosen one. Measured on CNN/Daily Mail highlights by
``tests/benchmarks/eval_cnndm.py``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from briefing.prefill.text import coverage

logger = logging.getLogger(__name__)

MAX_SENTENCES = 3
MAX_WORDS = 70  # about four lines of a brief
LOOKAHEAD = 6  # only the lead competes: later sentences rarely carry the bottom line
POSITION_DECAY = 0.3  # each step down the article costs this share of a sentence's score
_WORD = re.compile(r"\S+")


def select_summary(
    candidates: list[int],
    texts: list[str],
    words: list[frozenset[str]],
    *,
    max_sentences: int = MAX_SENTENCES,
    max_words: int = MAX_WORDS,
) -> list[int]:
    """Indices (into ``texts``) of the summary sentences, in article order.

    ``candidates`` are the sentences allowed in a summary, in reading order.
    """
    spread = Counter(w for index in candidates for w in words[index])
    scored: list[tuple[float, int, int]] = []
    for rank, index in enumerate(candidates[:LOOKAHEAD]):
        text = texts[index].strip()
        length = len(_WORD.findall(text))
        if length < 6 or text.endswith("?") or text[:1] in "\"“‘'":
            continue
        centrality = sum(spread[w] - 1 for w in words[index]) / (len(words[index]) + 1) ** 0.5
        scored.append(((1 + centrality) / (1 + POSITION_DECAY * rank), index, length))
    scored.sort(key=lambda entry: (-entry[0], entry[1]))
    chosen: list[int] = []
    seen: set[str] = set()
    budget = max_words
    for _, index, length in scored:
        if chosen and (coverage(words[index], seen) >= 0.5 or length > budget + 10):
            continue
        chosen.append(index)
        seen |= words[index]
        budget -= length
        if len(chosen) >= max_sentences or budget <= 8:
            break
    return sorted(chosen)
