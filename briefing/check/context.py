"""Does an item open on a reference it does not resolve ("He said ...", "The move ...")?

Read on its own in a brief, such an item leaves the reader asking who or what. The
pre-fill decides what counts as such an opener (``prefill.readable.dangling_opener``, word
lists in ``resources/lexicon/grammar.json``); the check adds what the page shows around the
item: a position's speaker, exported as its lead-in, names who "he" is.
"""

from __future__ import annotations

from briefing.prefill.readable import dangling_opener

PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})


def unresolved_opener(text: str, speaker: str | None = None, shows_speaker: bool = False) -> tuple[int, int] | None:
    """``[start, end)`` of the opening words that point back at something unnamed, else None.

    A personal pronoun is resolved by a speaker shown as the item's lead-in ("Wang Yi: He
    urged ..."), which is how positions are exported.
    """
    span = dangling_opener(text)
    if span is None:
        return None
    if speaker and shows_speaker and text[span[0] : span[1]].lower() in PERSONAL:
        return None
    return span
