"""What an actor intends, seeks or is convinced of: "Lee plans to veto the toll", "She hopes the union will".

A desk officer wants each main actor's plans and convictions as well as their words, and the
PolNeAR annotators mark them as attributions. These are found only in a sentence with no
reporting cue of its own (a speech cue always wins: "Trump alleged that Obama wanted to ..." is
Trump's), and only where the one who intends is the subject of a clause of their own: the
sentence's, or one opened by a comma or "and". "The things he wants to do", "the president she
hopes to succeed", "voters who plan to attend" describe a thing or a group, and state nobody's
intention. "X is expected to" is left out: the expectation is someone else's, and unnamed.

The subject is read by the attributor's own phrase reader (``SpeakerPhrases``), so a name or a
pronoun is named as it would be for "said"; a role ("The candidate plans to") only where it
holds the name, since whom a bare role stands for is a guess. The lines such a sentence becomes
(Summary, Outlook, Context) name whose intention it is, as they name a speaker.
"""

from __future__ import annotations

from briefing.prefill.actors import PERSON, Scan, pronoun_kind
from briefing.prefill.attribution import Attributor
from briefing.prefill.embeds import embed_start
from briefing.prefill.speakers import Attribution, Speaker
from briefing.prefill.speech_words import BE_FORMS, LEADING_CONJUNCTIONS, PREPOSITIONS, SKIP_LEFT
from briefing.prefill.wordlists import grammar_words

_INTENDING = grammar_words("intention_cues")  # "plans", "wants", "hopes": an intention when "to" follows
_BEING = grammar_words("intention_states")  # "is planning to", "is convinced that": only after a form of "be"
_OBJECTS = grammar_words("intention_objects")  # "wants voters to know", "hopes the vote will": an object or clause
_BE = BE_FORMS | {"’s", "’re"}
_ADVISING = frozenset(("may", "might", "could", "should", "would", "must"))
_AUXILIARIES = SKIP_LEFT | _BE | _ADVISING | frozenset(("will", "still", "now", "already", "n't", "never", "only"))
_CLAUSE_OPENERS = frozenset((",", ";", ":", "—", "–", "(", "and", "but", "so", "yet"))
_POSSESSIVE_MARKS = frozenset(("'s", "’s", "'", "’", "his", "her", "their", "its"))
_PASSIVES = frozenset(("intended", "planned", "sought"))  # after a form of "be", what a thing is for
_RELATIVES = frozenset(("who", "whom", "which", "that", "what", "whoever"))
MAX_SUBJECT_CHARS = 120  # a subject longer than this is no clause subject the phrase reader names


def intention(attributor: Attributor, sc: Scan, sentence: int) -> Attribution | None:
    """The first intention or conviction in the sentence whose subject names someone, or None."""
    tokens = sc.tokens
    if not tokens or embed_start(sc.text, tokens[0].start) is not None:
        return None  # a sentence of an embedded post is its author's, whoever it says wants what
    for i in range(1, len(tokens) - 1):
        if sc.quoted[i] or not tokens[i].is_word or tokens[i].is_cap:
            continue
        word = sc.lower[i]
        if word not in _INTENDING and word not in _BEING:
            continue
        if not _states_what(sc, i, word):
            continue  # "the Bush plan", "hoping for better": no intention stated
        if sc.lower[i - 1] in _POSSESSIVE_MARKS and not (i >= 2 and pronoun_kind(sc.lower[i - 2])):
            continue  # "California's plan to raise the wage would ...": a noun; but "she's hoping" is hers
        j = i - 1
        while j >= 0 and sc.lower[j] in _AUXILIARIES and not sc.quoted[j]:
            j -= 1
        if any(sc.lower[k] in _ADVISING for k in range(j + 1, i)):
            continue  # "Trump may want to check his stats": the writer's advice, not Trump's intention
        being = any(sc.lower[k] in _BE for k in range(j + 1, i))
        if word in _BEING and not being:
            continue  # "with 10 percent not planning to vote", "people hoping to leave": who they are
        if word in _PASSIVES and being:
            continue  # "The levy is intended to cut traffic", "the rally was planned to": nobody's intention
        speaker = _subject(attributor, sc, j, sentence)
        if speaker is not None:
            return Attribution(sentence, speaker, sc.text[tokens[i].start : tokens[i + 1].end])
    return None


def _states_what(sc: Scan, i: int, word: str) -> bool:
    """Whether what follows the cue word at ``i`` is what is intended: "to" and a verb ("plans to veto"), or for
    a wish or a conviction its object or clause too ("wants voters to know", "hopes the vote will", "is
    convinced that"); never a preposition ("hoping for better", "the plan for the port")."""
    after = sc.lower[i + 1]
    if after == "to":
        return True
    if word not in _OBJECTS or not sc.tokens[i + 1].is_word or sc.quoted[i + 1]:
        return False
    return after not in PREPOSITIONS and after not in LEADING_CONJUNCTIONS and after not in ("and", "or", "but")


def _subject(attributor: Attributor, sc: Scan, j: int, sentence: int) -> Speaker | None:
    """The named subject of a clause of its own that ends at token ``j``, or None."""
    tokens = sc.tokens
    if j < 0 or sc.quoted[j]:
        return None
    phrases = attributor.phrases
    if sc.lower[j] in _RELATIVES:
        return None  # "voters who plan to attend", "an agenda that he plans to": who they are, what it is
    if tokens[j].text == ",":  # "Clinton, who announced a plan, plans to", "Mr. Regalado, a journalist, intends to"
        speaker = phrases.subject_of_appositions(sc, j, sentence) or phrases.before_apposition(sc, j, sentence)
    elif tokens[j].is_word:
        speaker = phrases.ending_at(sc, j, sentence)
    else:
        return None
    if speaker is None or not speaker.name or not speaker.named:
        return None
    opener = speaker.name.split()[0].lower()
    if opener in LEADING_CONJUNCTIONS or opener in _RELATIVES:
        return None  # "And Russia", "What Washington wants first is ...": no name the brief can show
    pronoun = pronoun_kind(speaker.written.strip().lower())
    if pronoun is not None and (speaker.actor is None or speaker.actor.kind != PERSON) and pronoun != "group":
        return None  # "he intends to" read as a city: a person's pronoun names a person or nobody
    written = speaker.written.split()
    if written and written[0].lower() == "the" and not set(speaker.name.split()) & set(written):
        return None  # "The Republican presidential candidate plans to": whom a role names is the attributor's guess
    return speaker if _opens_clause(sc, speaker.written, tokens[j].end) else None


def _opens_clause(sc: Scan, written: str, end: int) -> bool:
    """Whether the subject's words, ending at ``end``, open the sentence or a clause of their own."""
    if not written or len(written) > MAX_SUBJECT_CHARS:
        return False
    start = sc.text.rfind(written, 0, end)
    if start < 0:
        return False
    first = next((k for k, t in enumerate(sc.tokens) if t.start >= start), None)
    if first is None or first == 0:
        return first == 0
    return sc.lower[first - 1] in _CLAUSE_OPENERS
