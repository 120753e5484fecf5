"""The shapes of the phrases around a cue's subject: pure checks over a ``Scan`` for appositions
("Ann Ruiz, 49, a nurse"), places ("of Raleigh, N.C."), asides ("After the Paris attacks,"), owners
("Sanders’ campaign") and party members ("a New Hampshire Republican"), shared by the finders."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from briefing.prefill.actors import Scan, name_word
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.speech_words import (
    APPOSITION_OPENERS,
    CLAUSE_OPENERS,
    DETERMINERS,
    PREPOSITIONS,
    QUOTES,
    STOP_NP,
    SUBORDINATORS,
)
from briefing.prefill.wordlists import grammar_words

_PLACE_PREPOSITIONS = grammar_words("place_prepositions")
_PARTY_MEMBERS = grammar_words("party_members")  # "a New Hampshire Republican", "House Democrats": party people
# what opens an apposition after a name: "Ann Ruiz, *a* nurse", "*who* lives", "*one* of the few", "*both* members"
_APPOSITION_WORDS = frozenset(
    ("who", "whose", "which", "a", "an", "the", "one", "both", "another", "herself", "himself")
)
_IRREGULAR_PARTICIPLES = frozenset(("clad", "born", "known", "seen"))  # "Mary Susan, clad in a red cape, said"
MAX_ASIDE = 9  # tokens of an adverbial opener skipped whole ("At a campaign event in Ames,"); longer ones hold clauses


def party_member(sc: Scan, k: int) -> bool:
    """ "Republican", "Democrats" as a noun: a party's person or people."""
    return sc.covered[k] == "side" and sc.lower[k] in _PARTY_MEMBERS


def is_place_phrase(sc: Scan, start: int, end: int) -> bool:
    """ "in Kentucky", "of Raleigh", "N.C." after a place: an apposition that places a person, not a name."""
    tokens = sc.tokens
    if start >= end or not tokens[start].is_word:
        return False
    if tokens[start].lower in _PLACE_PREPOSITIONS or tokens[start].lower == "of":
        return end - start <= 5 and all(t.is_cap for t in tokens[start + 1 : end] if t.is_word and t.lower != "the")
    return False


_SUBJECT_CONJUNCTIONS = frozenset(("while", "whereas", "though", "although"))  # open a clause with its own subject


def before_places(sc: Scan, comma: int) -> int:
    """The last token of the phrase before the apposition at ``comma``, place appositions skipped:
    "Harry Bond, 30, of Raleigh, N.C., who..." -> "Bond"."""
    tokens = sc.tokens
    end = comma - 1
    for _ in range(4):
        q = end
        while q >= 0 and tokens[q].text != "," and comma - q <= 12:
            q -= 1
        if q < 1 or tokens[q].text != ",":
            break
        segment = [t for t in tokens[q + 1 : end + 1] if t.text != "."]
        placed = is_place_phrase(sc, q + 1, end + 1) or tokens[q + 1].lower in CLAUSE_OPENERS
        if tokens[q + 1].lower in _SUBJECT_CONJUNCTIONS and q + 2 <= end and tokens[q + 2].is_cap:
            break  # ", while Tom Lee, the former mayor, proposed": the clause's own subject, no aside
        placed = placed or (  # "Brian Murphy, the chairman of the county party, for example, said"
            tokens[q + 1].lower in ("the", "a", "an") and any(sc.covered[m] == "role" for m in range(q + 1, end + 1))
        )
        abbreviation = len(segment) <= 2 and all(t.is_cap for t in segment) and is_place_phrase_before(sc, q)
        age = len(segment) == 1 and segment[0].text.isdigit()
        if not (placed or abbreviation or age):
            break
        end = q - 1
    return end


def adverbial(sc: Scan, k: int) -> bool:
    """Whether the comma-separated segment starting at ``k`` opens with a preposition or subordinator
    ("In a letter to Clinton,", "When asked,", "Speaking in Ohio,"): an adverbial, not the subject."""
    word = sc.tokens[k].lower
    return (
        word in PREPOSITIONS
        or word in CLAUSE_OPENERS
        or word in SUBORDINATORS
        or (word.endswith("ing") and sc.tokens[k].is_word and len(word) > 4)
        or (word.endswith("ed") and k + 1 < len(sc.tokens) and sc.lower[k + 1] in PREPOSITIONS)  # "Alarmed by"
    )


def asides(sc: Scan, floor: int, i: int, person: Callable[[int, int], bool]) -> list[bool]:
    """Per token of ``[floor, i)``: whether it sits in an aside that holds no subject: a short adverbial
    segment ("After the Paris attacks,", "Hours later,"), a relative clause (", which showed ...,"), the place
    that follows one ("at a rally in Beaumont, Tex.,"), or the capitalised word that opens a longer one
    ("Since announcing", "Instead of calling"). ``person(a, b)`` tells a person's name from a place's."""
    tokens = sc.tokens
    marks = [False] * (i - floor)
    cuts = [floor - 1, *(k for k in range(floor, i) if tokens[k].text == ","), i]
    placed = False  # the segment before ends on a place ("in Beaumont")
    for a, b in pairwise(cuts):
        a += 1
        if a >= b:
            continue
        words = [t for t in tokens[a:b] if t.is_word]
        first = tokens[a].lower
        opener = (
            adverbial(sc, a)
            or first == "instead"
            or (first.endswith("ly") and a + 1 < b and sc.lower[a + 1] in PREPOSITIONS)  # "Particularly in Iowa"
        )
        aside = (
            (opener and b < i and b - a <= MAX_ASIDE)
            or first in ("which", "who", "whose")
            or (tokens[b - 1].lower in ("later", "earlier", "ago") and b < i)  # "Hours later," (its comma closes it)
            or (
                placed
                and 0 < len(words) <= 3
                and all(t.is_cap for t in words)
                and all(t.is_word or t.text in (".", "-") for t in tokens[a:b])
                and not person(a, b)
            )  # "in Salem, New Hampshire,": the place's state
        )
        for k in range(a, b if aside else a + 1 if opener and tokens[a].is_cap else a):
            marks[k - floor] = True
        run = b - 1
        while run > a and tokens[run].text == ".":
            run -= 1
        while run > a and tokens[run - 1].is_cap and tokens[run - 1].is_word:
            run -= 1
        placed = tokens[b - 1].is_cap and run > a and sc.lower[run - 1] in _PLACE_PREPOSITIONS
    return marks


def apposition(sc: Scan, a: int, b: int, after_first: bool) -> bool:
    """Whether tokens ``[a, b)`` read as an apposition to the name before them: an age, a role, a relative
    clause, a place, a descriptor ("a Navy veteran", "one of ...", "appearing on Fox News"), a state
    abbreviation, or (after another apposition) the name of what it describes."""
    tokens = sc.tokens
    opener = tokens[a]
    word = opener.lower
    if not opener.is_word:
        return b - a <= 2 and opener.text.isdigit()  # "49"
    if sc.covered[a] == "role" or word in _APPOSITION_WORDS or word in APPOSITION_OPENERS:
        return True
    if word in _PLACE_PREPOSITIONS or word == "of":
        return is_place_phrase(sc, a, b) or b - a <= 6
    if word.endswith("ing") and not opener.is_cap and len(word) > 4:
        return True  # "appearing on Fox News right after the speech"
    if (
        (word.endswith("ed") and len(word) > 4 or word in _IRREGULAR_PARTICIPLES)
        and not opener.is_cap
        and b - a >= 3
        and tokens[a + 1].lower in PREPOSITIONS
    ):
        return True  # "clad in a red cape", "backed by the unions", "born in Ohio"
    words = [t for t in tokens[a:b] if t.text not in (".", "-")]
    if opener.is_cap and len(words) <= 4 and all(t.is_cap for t in words if t.is_word):
        # "R-Fla.", "N.C.", and after a role "the editor of the Vatican's newspaper, L'Osservatore Romano"
        dotted = all(  # "R-Fla.", "N.C.", "Tex.": every word hyphenated or cut short; not "Jeffrey D. Sachs"
            "-" in tokens[k].text or "." in tokens[k].text or k + 1 < b and tokens[k + 1].text == "."
            for k in range(a, b)
            if tokens[k].is_word
        )
        abbreviation = b - a <= 4 and dotted or all(t.text.isupper() for t in words)
        return after_first or abbreviation
    return False


def is_place_phrase_before(sc: Scan, comma: int) -> bool:
    """Whether the phrase before ``comma`` is a place ("of Raleigh" before ", N.C.")."""
    tokens = sc.tokens
    k = comma - 1
    while k >= 0 and comma - k <= 4 and tokens[k].is_cap and tokens[k].is_word:
        k -= 1
    return 0 <= k < comma - 1 and (tokens[k].lower in _PLACE_PREPOSITIONS or tokens[k].lower == "of")


def quoted_title_closing(sc: Scan, j: int) -> int | None:
    """The opening quote of a short quoted title whose comma ends at ``j`` ('the show "The Apprentice,"'), or None."""
    tokens = sc.tokens
    if j < 4 or tokens[j].text not in QUOTES or tokens[j - 1].text != "," or not sc.quoted[j - 1]:
        return None
    k = j - 1
    while k >= 0 and sc.quoted[k]:
        k -= 1
    if k < 2 or j - k > 8 or tokens[k].text not in QUOTES or not tokens[k + 1].is_cap:
        return None
    return k if tokens[k - 1].is_word and not sc.quoted[k - 1] else None


MAX_TITLE_WORDS = 5  # words of a title quoted inside a clause: "“Meet the Press”", "“Today”"
_INSIDE_TITLE = frozenset((",", ".", ";", ":", "!", "?"))


def quoted_title_inside(sc: Scan, k: int) -> int | None:
    """The opening quote of a short title quoted in the middle of a clause, whose closing quote is at ``k``
    ('visited NBC’s “Today” to discuss ...'), or None. A name of a show or book goes on with the clause: it
    ends no quotation that a participle after it could report."""
    tokens = sc.tokens
    if sc.quoted[k] or tokens[k].text not in QUOTES or k + 1 >= len(tokens):
        return None
    after = tokens[k + 1]
    if sc.quoted[k + 1] or not after.is_word or after.is_cap:
        return None  # '“...” Ruiz said', '“...,” he said': a quotation, not a title
    m = k - 1
    while m >= 0 and sc.quoted[m]:
        m -= 1
    words = k - 1 - m
    if m < 1 or not 1 <= words <= MAX_TITLE_WORDS or tokens[m].text not in QUOTES or not tokens[m + 1].is_cap:
        return None
    if any(tokens[q].text in _INSIDE_TITLE for q in range(m + 1, k)) or sc.quoted[m - 1]:
        return None
    return m if tokens[m - 1].is_word or possessive(sc, m - 1) else None


def possessive(sc: Scan, k: int) -> bool:
    """ "'s", or a bare apostrophe written onto a name ending in s ("Sanders’ campaign")."""
    tokens = sc.tokens
    if tokens[k].lower in ("'s", "’s"):
        return True
    return (
        tokens[k].text in ("'", "’")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].is_cap
        and tokens[k - 1].text.endswith("s")
        and tokens[k - 1].end == tokens[k].start
        and tokens[k + 1].is_word
        and not tokens[k + 1].is_cap
    )


# capitalised common nouns that own the rest of a name rather than a thing: "People's Daily", "Children's Hospital"
_NAME_OWNERS = frozenset(
    ("people", "women", "children", "men", "veterans", "workers", "citizens", "farmers", "nations")
)


def owned_name(sc: Scan, k: int) -> bool:
    """Whether the capitalised word at ``k`` goes on a name begun by a common noun's possessive ("People's *Daily*",
    "Women's *March*"): one name, not an owner and their thing ("CNN's Dana Bash")."""
    tokens = sc.tokens
    return (
        2 <= k < len(tokens)
        and tokens[k].is_cap
        and tokens[k].is_word
        and possessive(sc, k - 1)
        and tokens[k - 2].is_cap
        and tokens[k - 2].lower in _NAME_OWNERS
        and not sc.quoted[k - 2]
    )


def contraction(word: str) -> bool:
    """ "I've", "We’re", "They'd": a pronoun run into a verb, capitalised but no name."""
    head, _, tail = word.replace("’", "'").lower().partition("'")
    return head in ("i", "we", "you", "they", "he", "she") and tail in ("ve", "m", "re", "d", "ll")


@lru_cache(maxsize=4)
def role_heads(lex: Lexicon) -> frozenset[str]:
    """Single-word roles ("diplomat"), so that "diplomats" reads as a group of them."""
    return lex.roles.last_words()


def describes_next_name(sc: Scan, k: int, stop: int) -> bool:
    """Whether the lower-case word at ``k`` sits between an owner and a full name ("Cruz *constituent* Dan
    Golvach", "GOP *pollster* Frank Lutz"): a noun for who the person is, the name of two words or more after it."""
    tokens = sc.tokens
    if k + 2 >= stop or not tokens[k].is_word or tokens[k].is_cap or sc.covered[k] is not None:
        return False
    if tokens[k].lower in STOP_NP or tokens[k].lower in PREPOSITIONS or tokens[k].lower in DETERMINERS:
        return False
    return all(name_word(sc, m) for m in (k + 1, k + 2))


def description_before_name(sc: Scan, k: int, stop: int) -> int:
    """Where the full name begins after one or two lower-case words for who the person is at ``k`` ("Cruz
    *constituent* Dan Golvach", "Harbor *party boss* Tom Fox"), else ``k``: the name speaks, not the owner."""
    if describes_next_name(sc, k, stop):
        return k + 1
    if k + 3 < stop and describes_next_name(sc, k + 1, stop) and sc.tokens[k].is_word and not sc.tokens[k].is_cap:
        word = sc.tokens[k].lower
        if sc.covered[k] is None and word not in STOP_NP and word not in PREPOSITIONS and word not in DETERMINERS:
            return k + 2
    return k
