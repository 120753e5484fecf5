"""A reporting verb joined by "and" to the first verb of its clause ("House Democrats seized the floor and said
..."): where the noun phrase that opens that clause ends, so the second verb can share its subject.

Kept to one clause of plain shape: nothing that opens another clause (a "when", a "who") between the subject and
the "and", since a verb after "and" there belongs to that inner clause ("The crowd cheered when Ruiz took the stage
and asked ..." is Ruiz asking). Pure reading of a sentence's tokens: no Qt, no lexicon beyond the grammar words.
"""

from __future__ import annotations

from briefing.prefill.actors import Scan
from briefing.prefill.speech_words import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    LEADING_CONJUNCTIONS,
    PREPOSITIONS,
    QUOTES,
    SKIP_LEFT,
)
from briefing.prefill.wordlists import grammar_words

_PAST_FORMS = grammar_words("irregular_past_forms")
_AUXILIARIES = AUXILIARIES | BE_FORMS
# words that open a clause of their own: a verb after "and" may be that clause's ("when Ruiz took the stage and asked")
_CLAUSE_OPENERS = frozenset(
    ("when", "while", "as", "after", "before", "because", "since", "until", "if", "although", "though", "whereas")
    + ("who", "whom", "whose", "which", "that", "where", "how", "what", "why", "whether", "once", "unless")
)
MAX_OPENER = 12  # tokens of an opening phrase before its comma ("At a press conference on Friday,")
MAX_SUBJECT = 12  # tokens from the clause's start to its first verb


def _clause_start(sc: Scan, j: int) -> int:
    """Where the sentence's main clause starts: after a leading "But" or "And", and after an opening phrase closed
    by a comma ("In a statement, Gov. Rick Scott blasted ...") when a preposition or a lower-case word opens it."""
    tokens, lower = sc.tokens, sc.lower
    start = 0
    while start < j and tokens[start].text in QUOTES:
        start += 1
    if start < j and lower[start] in LEADING_CONJUNCTIONS - {"when", "while", "as", "if", "although", "though"}:
        start += 1
    if start < j and (lower[start] in PREPOSITIONS or lower[start].endswith("ing")):
        comma = next((k for k in range(start + 1, min(j, start + MAX_OPENER)) if tokens[k].text == ","), None)
        if comma is not None:
            start = comma + 1
    return start


def _verb(sc: Scan, k: int, start: int) -> bool:
    """Whether token ``k`` reads as the clause's finite verb: an auxiliary, an irregular past form, or a lower-case
    "-ed" word that does not describe the noun after a determiner ("the embattled mayor", "state-owned")."""
    token, word = sc.tokens[k], sc.lower[k]
    if not token.is_word or token.is_cap or sc.quoted[k] or "-" in word:
        return False
    if word in _AUXILIARIES or word in _PAST_FORMS:
        return True
    return (
        word.endswith("ed")
        and len(word) > 4
        and k > start
        and sc.lower[k - 1] not in DETERMINERS
        and sc.lower[k - 1] not in ("'s", "’s")
    )


def opening_subject(sc: Scan, j: int) -> tuple[int, int] | None:
    """The first and last tokens of the noun phrase that opens the clause closed by the "and" at ``j`` (the first
    after any determiner), where that clause runs plainly from its subject through its first verb to the "and": no
    clause opener, quotation, colon or semicolon on the way. None where the shape is not that plain."""
    tokens, lower = sc.tokens, sc.lower
    start = _clause_start(sc, j)
    verb = next((k for k in range(start + 1, min(j, start + MAX_SUBJECT)) if _verb(sc, k, start)), None)
    if verb is None:
        return None
    if lower[verb] in BE_FORMS and verb + 1 < j and not lower[verb + 1].endswith(("ed", "en", "ing")):
        return None  # "voters were unhappy and worried about": two describing words, no second verb
    for k in range(start, j):
        if sc.quoted[k] or tokens[k].text in QUOTES or tokens[k].text in (";", ":", "(", ")", "—", "–"):
            return None
        if lower[k] in _CLAUSE_OPENERS:
            return None
    end = verb - 1
    while end > start and (lower[end] in SKIP_LEFT or lower[end].endswith("ly")):
        end -= 1  # "FBI officials reportedly were angered": the adverb is no part of the subject
    if end < start or not tokens[end].is_word or lower[end] in PREPOSITIONS or lower[end] in DETERMINERS:
        return None
    first = start + 1 if lower[start] in DETERMINERS and start < end else start
    return first, end
