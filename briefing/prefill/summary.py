"""The bottom line up front: a lead-biased pick of sentences, without repeats.

News is written with the point first, so the first sentences that actually report (not a
byline or the writer's credit, a caption, a heading, a question or an exclamation, a quotation nobody is named for,
nor one cut off at either end) make the best extractive summary; the draft cuts each to the sentence proper first
(``compress.py``: no dateline, no glued caption, no trailing aside). Among them the pre-fill
prefers sentences whose words recur across the article (they carry its topic), and each
next line by that score weighed by how much of it is new to the lines already chosen
(maximal marginal relevance: a line that mostly repeats them adds little). A line in the writer's own
voice ("you would think...", "we've spotted her") is a hook or comment, not the news: it counts for less, and it
never follows a line that reports (in a column written in the first person throughout, it may be all there is).
Measured on CNN/Daily Mail highlights by ``tests/benchmarks/eval_cnndm.py``, tuned on its first half.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from briefing.prefill.compress import generic_your, writer_voice
from briefing.prefill.text import content_words, coverage
from briefing.prefill.word_use import is_shouted
from briefing.quote_marks import closes_unopened, leaves_open

logger = logging.getLogger(__name__)

MAX_SENTENCES = 3
MAX_WORDS = 80  # about four lines of a brief
LOOKAHEAD = 6  # only the lead competes: later sentences rarely carry the bottom line
POSITION_DECAY = 0.3  # each step down the article costs this share of a sentence's score
REPEAT = 0.5  # a line whose words are half in the lines already chosen adds too little
NOVELTY = 2.0  # a line's score is weighed by (share of its words not yet in the summary) ** NOVELTY
SLACK = 20  # words a last line may run over the budget
LONGEST = 60  # words: a longer "sentence" is photo captions run together, or a paragraph, not a bottom line
WRITER = 0.3  # the weight of a line in the writer's own voice ("you would think", "we've spotted her")
_WORD = re.compile(r"\S+")
# A photo caption run into the text: "Smith, pictured left, ...", "Smith (right) and ..."; it speaks of a picture.
_CAPTION = re.compile(r"\b[Pp]ictured\b|\((?:left|right|centre|center|above|below|top|bottom|inset|file)\b[^)]*\)")
# A quotation the same sentence gives to a named speaker: '"We will win," Ana Diaz said', '..., said Diaz'.
_SAID = r"(?:said|says|told|added|wrote|explained|insisted|warned)\b"
_SPEAKER = (
    r"(?:[a-z][\w.'’\-]*,?\s+){0,4}[A-Z][\w.'’\-]*,?\s+(?:[\w.'’\-]+,?\s+){0,6}?"  # "the port's director, Ana Brod,"
)
_QUOTED = re.compile(rf"[\"“‘'][^\"“”‘’]{{20,}}[,!][\"”’']\s+(?:{_SPEAKER}{_SAID}|{_SAID}\s+[A-Z])")
# The writer's credit at the foot of a short piece: "Follow Ana Brod on Twitter @anabrod."
_CREDIT = re.compile(r"Follow\b[^.!?]*@\w")


def select_summary(
    pieces: list[tuple[int, tuple[int, int]]],
    text: str,
    rest: list[frozenset[str]],
    *,
    max_sentences: int | None = None,
    max_words: int | None = None,
    joins: frozenset[int] = frozenset(),
    unquotable: frozenset[int] = frozenset(),
) -> list[tuple[int, tuple[int, int]]]:
    """The summary lines among ``pieces`` (sentence index, span into ``text``), in article order.

    ``pieces`` are the lead's sentences (or cuts of them) allowed in a summary, in reading
    order; ``rest`` the content words of the article's later sentences, which tell what
    the article keeps coming back to. A piece whose position is in ``joins`` opens on words
    that point back ("It", "He", "The move") and follows the piece before it in the
    article with nothing between them: it is chosen only after that piece, and the two
    make one line (one unbroken span), so the line says what "it" is. A piece in ``unquotable``
    (a piece of a longer quotation) is never a line, though its words count as the article's.
    """
    max_sentences = MAX_SENTENCES if max_sentences is None else max_sentences
    max_words = MAX_WORDS if max_words is None else max_words
    words = [content_words(text[start:end]) for _, (start, end) in pieces]
    spread = Counter(w for found in [*words, *rest] for w in found)
    scored: list[tuple[float, int, int]] = []
    hooks: set[int] = set()  # lines in the writer's own voice
    for rank, (_, (start, end)) in enumerate(pieces):
        body = text[start:end].strip()
        length = len(_WORD.findall(body))
        if length < 6 or length > LONGEST or body.endswith(("?", "!")) or _CAPTION.search(body):
            continue  # a fragment, a run-on, a question, an exclamation ("Earn your style stripes!") or a caption
        if not_a_sentence(body, text[max(0, start - 40) : start]):
            continue  # a piece the splitter broke off, a headline's deck, a heading or the writer's credit
        if leaves_open(body) or closes_unopened(body) or rank in unquotable:
            continue  # words of a quotation cut off at either end, or in its middle
        if body[:1] in "\"“‘'" and not _QUOTED.match(body):
            continue  # a bare quotation: whose words? (one the sentence gives to a named speaker may stay)
        centrality = sum(spread[w] - 1 for w in words[rank]) / (len(words[rank]) + 1) ** 0.5
        if writer_voice(body) and not generic_your(body):  # "your house is worth more" is news put to the reader
            hooks.add(rank)
        weight = WRITER if rank in hooks else 1.0
        scored.append(((1 + centrality) * weight / (1 + POSITION_DECAY * rank), rank, length))
    chosen: list[int] = []
    seen: set[str] = set()
    budget = max_words
    waiting = scored
    while waiting and len(chosen) < max_sentences and budget > 8:
        ready = [e for e in waiting if e[1] not in joins or e[1] - 1 in chosen]  # a join follows its piece
        entry = max(ready, key=lambda e: (e[0] * (1 - coverage(words[e[1]], seen)) ** NOVELTY, -e[1]), default=None)
        if entry is None:
            break
        waiting.remove(entry)
        _, rank, length = entry
        if chosen and (coverage(words[rank], seen) >= REPEAT or length > budget + SLACK):
            continue
        if rank in hooks and any(r not in hooks for r in chosen):
            continue  # a hook or comment adds no news to a line that reports; it may only lead an opinion piece
        chosen.append(rank)
        seen |= words[rank]
        budget -= length
    lines: list[tuple[int, tuple[int, int]]] = []
    for rank in sorted(chosen):
        index, (start, end) = pieces[rank]
        if rank in joins and lines:  # its piece before is chosen: one line, one span
            lines[-1] = (lines[-1][0], (lines[-1][1][0], end))
        else:
            lines.append((index, (start, end)))
    return lines


def not_a_sentence(body: str, before: str = "") -> bool:
    """Whether ``body`` is no sentence of the news, though the reader gave it as one: it opens in lower case after
    a mark or a paragraph break (``before``, the text in front of it: the splitter broke a sentence after
    "''Hail, Caesar!'' --", or a headline's deck runs on: "ad blitz planned; ..."), it is a heading in capitals
    ("BEST DAY FOR THE PORT."), or it is the writer's credit ("Follow Ana Brod on Twitter @anabrod."). A cut the
    pre-fill made after words ("It comes after| the port ...") opens in lower case and is a sentence."""
    opening = body.lstrip(" -–—―")  # "-- a movie set for release ...": the dash went with the piece
    broken_off = opening[:1].islower() and (opening != body or not before.rstrip()[-1:].isalnum())
    return broken_off or is_shouted(body.split()) or _CREDIT.match(body) is not None
