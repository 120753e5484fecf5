"""Who is in the article: people and bodies, their roles and sides, and their later mentions.

"US Secretary of State Antony Blinken" gives an actor with a role and a side; "Blinken",
"He" or "the Chinese diplomat" later in the text must lead back to the same actor, or the
positions would be attributed to pronouns. The rules are plain and data-driven (see
``resources/lexicon``), so every attribution can be explained to the officer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from briefing.prefill.lexicon import Lexicon
from briefing.prefill.speech_words import AUXILIARIES, BE_FORMS
from briefing.prefill.text import Token
from briefing.prefill.wordlists import grammar_map, grammar_words
from briefing.quote_marks import mark_opens

logger = logging.getLogger(__name__)

PERSON, BODY, GROUP = "person", "body", "group"

# Words that may stand between a side/role and a name ("China's *top* diplomat"), people
# nouns ("officials"), words that end a run of modifiers: all in resources/lexicon/grammar.json.
_MODIFIERS = grammar_words("name_modifiers")
_PEOPLE_NOUNS = grammar_words("people_nouns")
_FAITH_WORDS = grammar_words("faith_words")  # "Muslim", "Hindu": a faith's words name no one person
_NOT_MODIFIERS = grammar_words("not_modifiers")
_US_PARTIES = grammar_map("party_affiliations")  # "(R-SC)" -> Republicans
_PARTY_SIDES = frozenset(_US_PARTIES.values())
_INDEPENDENTS = _US_PARTIES["I-"]  # the side of an "(I-Vt.)" tag, which gives way to a party named before the name
_PRONOUNS = grammar_map("pronouns")  # "he" -> person, "they" -> group
_PLACE_PREPOSITIONS = grammar_words("place_prepositions")  # "in New York, he said": a place, not a person
_TITLES = grammar_words("person_titles")
_GENDERS = frozenset(("he", "she"))
# a name's whole title: what stands before it is not its role or side, and inside a role it opens another's name
_COURTESY_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx"))
_ADDRESSED_OFFICES = frozenset(("president", "speaker", "chairman", "chairwoman", "secretary", "mayor", "ambassador"))
_TITLE_GENDER = {"mr.": "he", "mr": "he", "mrs.": "she", "mrs": "she", "ms.": "she", "ms": "she", "miss": "she"}
_OBJECT_PREPOSITIONS = grammar_words("prepositions") - {
    "by",
    "to",
    "including",
    "like",
}  # "according to X": a source  # "Mr.", "Sen.", "Pastor": the name after it is a person's


@dataclass
class Actor:
    name: str
    kind: str = PERSON
    role: str | None = None
    side: str | None = None
    mentions: int = 0
    tokens: frozenset[str] = field(default_factory=frozenset)
    role_from_caption: bool = False  # a caption's wording yields to the article's own
    gender: str | None = None  # "he" or "she", once the article shows which
    person: bool = False  # evidence that this is a person (a title, a role, a given name), so "he" may be them
    short_mentions: int = 0  # times the article called them by their last name alone ("Mr. Cruz", "Cruz")
    # where in the article's mentions (``Cast.recent``) they were first named, and first called by their last
    # name alone (-1: never): "Grayson" said before "his new wife, Dena Grayson" was named is his name
    named_at: int = -1
    short_at: int = -1
    kin: bool = False  # first named as someone's relative ("his wife, Ann Ruiz"): a surname alone is rarely them
    unnamed: bool = False  # a person the article refers to but never names ("the judge"): a "he" may be them


class RoleMention(NamedTuple):
    """A "the admiral" the cast resolved: from "the" to the office's last word (article offsets), whom it means,
    and that last word ("admiral"), the key a later "the admiral said" is looked up by."""

    start: int
    end: int
    actor: Actor
    word: str


@dataclass
class Scan:
    """One sentence's tokens with the lexicon's spans marked, computed once and shared."""

    text: str  # the article text the offsets point into
    tokens: list[Token]
    covered: list[str | None]  # per token: "role", "side" or None
    side_of: dict[int, str]  # token index -> side, for side words
    role_end: dict[int, int]  # last token index of a role phrase -> its first
    quoted: list[bool]  # per token: inside a direct quotation
    lower: list[str]  # per token: its case-insensitive key
    open_after: bool = False  # a quotation is still open at the sentence's end (it goes on in the next one)
    starts_inside: bool = False  # the sentence opens inside a quotation begun before it


def scan(text: str, tokens: list[Token], lex: Lexicon, *, inside: bool = False) -> Scan:
    """``inside``: the sentence starts within a quotation a sentence before it opened and did not close."""
    covered: list[str | None] = [None] * len(tokens)
    side_of: dict[int, str] = {}
    role_end: dict[int, int] = {}
    quoted = [False] * len(tokens)
    cased, lower = lex.sides.keys(tokens), lex.roles.keys(tokens)
    inside = starts_inside = inside or _closes_first(text, tokens)
    doubled = -1  # the second "'" of a "''" pair (the New York Times' quotation mark)
    for i, tok in enumerate(tokens):
        if tok.text in ('"', "“", "”"):
            inside = mark_opens(text, tok.start, tok.end, inside=inside)
            continue
        if i == doubled:
            continue  # checked first: of three marks in a row, the one after a pair is a single quote
        if doubled_quote(tokens, i):
            inside, doubled = mark_opens(text, tok.start, tokens[i + 1].end, inside=inside), i + 1
            continue
        quoted[i] = inside
        if covered[i] is not None or not tok.is_word:
            continue
        side = lex.sides.match_keys(cased, i) if tok.text[:1].isupper() else None
        if side and _inside_longer_name(tokens, i, i + side[0], side[1], lex, covered):
            side = None  # "George Washington University", "Communications Workers of America": a body's name
        if side:
            for k in range(i, i + side[0]):
                covered[k], side_of[k] = "side", side[1]
            continue
        role = lex.roles.match_keys(lower, i)
        if role and tok.text[:1].isupper() and _body_word_before_of(tokens, i, covered, lex):
            role = None  # "the Department of Justice", "the Brennan Center for Justice": a body's name, not a judge
        if role and lower[i] == "general" and i + 1 < len(tokens) and tokens[i + 1].text in lex.org_words:
            role = None  # "General Electric", "General Motors": a firm's name, not an officer's title ("Judge Park" is)
        if role:
            for k in range(i, i + role[0]):
                covered[k] = "role"
            role_end[i + role[0] - 1] = i
    _surnames_back(tokens, covered, side_of, role_end, lex)
    return Scan(text, tokens, covered, side_of, role_end, quoted, lower, inside, starts_inside)


def _body_word_before_of(tokens: list[Token], at: int, covered: list[str | None], lex: Lexicon) -> bool:
    """Whether the word at ``at`` follows "of" or "for" and a body's capitalised word, so it ends that body's name:
    "Communications Workers of America", "Center for American Progress", "the Department of Justice". Not after a
    role ("President of the United States", "Minister of Justice"), a modifier, or a sentence's first word that is
    no name."""
    owner = at - 2
    return (
        owner >= 0
        and tokens[at - 1].text in ("of", "for")
        and (owner > 0 or tokens[owner].text not in lex.non_names)
        and tokens[owner].is_cap
        and tokens[owner].is_word
        and covered[owner] is None
        and tokens[owner].lower not in _MODIFIERS
    )


def _inside_longer_name(
    tokens: list[Token], start: int, end: int, side: str, lex: Lexicon, covered: list[str | None]
) -> bool:
    """Whether the side's words in ``[start, end)`` are a piece of a body's name, not the side speaking: a given
    name before them ("George Washington University"), a run of capitals after them that a private body's word
    ends ("Washington University", "American Medical Association", "U.S. Chamber of Commerce"), or a body's
    capitalised word before them over "of" / "for" ("Communications Workers of America", "Center for American
    Progress"). "U.S. Geological Survey" and "President of the United States" still speak for their side: a
    government's body words are not in the list, and a role before "of" is no body. A party's words stay its side."""
    before = tokens[start - 1].text if start > 0 else ""
    after = tokens[end].text if end < len(tokens) else ""
    if before in lex.given_names and before[:1].isupper() and bool(after):
        return True
    if side in _PARTY_SIDES:
        return False  # "Democratic Governors Association", "Log Cabin Republicans": a party's own body is its side
    if _body_run_after(tokens, end):
        return True
    # over "of" / "for" only: not "South China Sea", "White America" or "the Obama White House"
    return _body_word_before_of(tokens, start, covered, lex)


def _body_run_after(tokens: list[Token], end: int) -> bool:
    """Whether the capitalised words from ``end`` on (over "of", "for", "&") name a private body: "Medical
    Association", "Chamber of Commerce", "Post-ABC News"."""
    k = end
    while k < len(tokens) and k - end < _MAX_BODY_RUN:
        word = tokens[k]
        if word.is_cap and word.is_word:
            if word.text.split("-")[0] in _OTHER_BODY_WORDS:
                return True
        elif word.text not in ("of", "for", "&", "-") or k == end:
            return False
        k += 1
    return False


_MAX_BODY_RUN = 5  # words of a body's name after its side's word ("American Civil Liberties Union")
# A body named after a place that is not the place's side: a school, a newspaper, a private association ("Washington
# University", "the Washington Post", "American Medical Association"). "White House Office" or "Texas Senate" still
# speak for their side, and so do a government's own bodies ("U.S. Geological Survey", "U.S. District Court").
_OTHER_BODY_WORDS = frozenset(
    ["University", "College", "School", "Institute", "Post", "Times", "Journal", "Tribune", "Herald", "Globe", "Nation"]
    + ["Examiner", "Review", "Gazette", "Chronicle", "Inquirer", "Observer", "Telegraph", "Independent", "News"]
    + ["Association", "Union", "Academy", "Legion", "Foundation", "Fund", "Center", "Centre", "Chamber", "Society"]
    + ["Alliance", "Coalition", "Network"]
)


_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


def _surnames_back(
    tokens: list[Token], covered: list[str | None], side_of: dict[int, str], role_end: dict[int, int], lex: Lexicon
) -> None:
    """A capitalised one-word role or side right after a given name or a courtesy title is a surname: "Angus King",
    "Charlie King", "Mr. King", "Rep. Steve Israel (D-N.Y.)". Only where no other capitalised word follows ("Martin
    Luther King Jr." aside)."""
    for k in range(1, len(tokens)):
        if covered[k] is None or not tokens[k].is_cap or not tokens[k].is_word:
            continue
        single = role_end.get(k) == k if covered[k] == "role" else k + 1 >= len(tokens) or covered[k + 1] != "side"
        before = tokens[k - 1]
        if _initial(before.text) and k >= 2 and covered[k - 2] is None:
            before = tokens[k - 2]  # "Rep. Peter T. King": the given name before the initial
        if tokens[k - 1].lower.rstrip(".") in _COURTESY_TITLES and tokens[k].lower not in _ADDRESSED_OFFICES:
            pass  # "Mr. King", "Mrs. Bishop": a surname; but "Mr. President" addresses the office
        elif not single or covered[k - 1] is not None or before.text not in lex.given_names:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and after.is_cap and after.is_word and after.text not in _SUFFIXES:
            continue
        covered[k] = None
        side_of.pop(k, None)
        role_end.pop(k, None)


def _party_tag(text: str) -> bool:
    """A US party tag in brackets after a name: "R-SC", "D-N.Y.", "I-Vt." (a state after the dash, not "I-95")."""
    return text[:2] in _US_PARTIES and text[2:3].isalpha()


def _initial(word: str) -> bool:
    """Whether ``word`` is a middle initial ("T.")."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def doubled_quote(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is the first "'" of a "''" pair (the New York Times' quotation mark)."""
    return (
        tokens[k].text == "'"
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "'"
        and tokens[k + 1].start == tokens[k].end
    )


def _mark_opens(text: str, tok: Token) -> bool:
    """Whether a curly double quotation mark opens a quotation: ``quote_marks.mark_opens``, where its shape decides
    unless where it stands says the other ('the aides ”get close to him' opens)."""
    return mark_opens(text, tok.start, tok.end, inside=False)


def _closes_first(text: str, tokens: list[Token]) -> bool:
    """Whether the sentence closes a quotation it never opened ('...back to Washington."', "...for it.”"):
    the last sentence(s) of a quotation that began before it, so its words are the speaker's, not reporting.
    Not ``quote_marks.closes_unopened``: that asks whether a line ends on a lone closing mark, this whether the
    first mark closes wherever the sentence ends ('Washington," Ruiz said.'); ``unmatched(...)[0] > 0`` here
    changes one train brief and some CNN/DM briefs, so the two stay apart."""
    curly = next((t for t in tokens if t.text in ("“", "”")), None)
    marks = [t.text for t in tokens if t.text in ('"', "“", "”")]
    if curly is not None and marks[0] == "”" and _mark_opens(text, curly) is False:
        return True
    end = len(tokens) - 1
    while end > 0 and tokens[end].text in (".", "!", "?", ")"):
        end -= 1
    return bool(marks) and len(marks) % 2 == 1 and marks[0] == '"' and end > 0 and tokens[end].text == '"'


_OPENERS = frozenset(('"', "“", "‘", "(", ":", "—", "–", "-", ";"))
_DATE_WORDS = frozenset(
    ("in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "from", "through", "during")
    + ("before", "after", "this", "each", "every", "that", "between", "and", "to", "till")
)


def _given_here(sc: Scan, k: int, j: int, lex: Lexicon) -> bool:
    """Whether a word that usually begins no name ("Jan", "April": a month) is a given name here: written without
    a full stop, before a surname, and not after a word that introduces a date ("Jan Brewer", not "in April Trump")."""
    tokens = sc.tokens
    return (
        tokens[k].text in lex.given_names
        and k + 1 < j
        and tokens[k + 1].text.rstrip(".") not in lex.non_names
        and not (k > 0 and tokens[k - 1].lower in _DATE_WORDS)
    )


_BE = BE_FORMS | {"become", "became", "becoming"}


def _predicate(sc: Scan, first: int) -> bool:
    """Whether the role opening at ``first`` is what someone is or would be ("qualified to be president, Clinton
    ripped into ..."): a predicate closed by a comma, not the title of the name after it."""
    k = first - 1
    while k >= 0 and sc.lower[k] in ("a", "an", "the"):
        k -= 1
    return k >= 0 and sc.lower[k] in _BE


def _before_role(sc: Scan, k: int) -> bool:
    """Whether a role follows from token ``k`` on, over sides and modifiers only: "Republican presidential
    nominee" (but not "USA, a pro-Clinton super PAC")."""
    tokens = sc.tokens
    while k < len(tokens) and sc.covered[k] != "role" and (sc.covered[k] == "side" or tokens[k].lower in _MODIFIERS):
        k += 1
    return k < len(tokens) and sc.covered[k] == "role"


_PARTICLES = frozenset(
    ("de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "la", "le", "bin", "ibn")
)


def _particle_at(sc: Scan, k: int) -> int:
    """How many tokens the lower-case name particle at ``k`` takes, or 0: one for "de", "van"; two for "'t"
    (an apostrophe tight to "t", as "van 't Hof"); "in" only before "'t" ("Sophie in 't Veld"), since
    "Clinton in Iowa" has no particle."""
    tokens, n = sc.tokens, len(sc.tokens)
    tok = tokens[k]
    if tok.text in _APOSTROPHES and k + 1 < n and tokens[k + 1].text == "t" and tokens[k + 1].start == tok.end:
        return 2
    if tok.text == "in":
        return 1 if k + 1 < n and _particle_at(sc, k + 1) == 2 else 0
    return 1 if tok.lower in _PARTICLES and tok.text.islower() else 0


def name_particle(sc: Scan, k: int) -> bool:
    """Whether token ``k`` is a lower-case particle inside a name ("de", "van", "in 't"): no common noun."""
    return _particle_at(sc, k) > 0


_APOSTROPHES = frozenset(("'", "’"))
_MAX_PARTICLES = 2  # particle words in a row: "von der", "in 't"


def _past_particle(sc: Scan, j: int) -> int:
    """Where a name goes on after a lower-case particle at ``j`` ("Bill de Blasio", "Ursula von der Leyen",
    "Sophie in 't Veld"), or ``j``."""
    n = len(sc.tokens)
    k, words = j, 0
    while k < n and words < _MAX_PARTICLES and (step := _particle_at(sc, k)):
        k += step
        words += 1
    if k == j or k >= n or not name_word(sc, k):
        return j
    while k < n and name_word(sc, k):
        k += 1
    return k


_NICKNAME_MARKS = {'"': '"', "“": "”", "‘": "’"}
_NAME_QUOTES = frozenset(_NICKNAME_MARKS) | frozenset(_NICKNAME_MARKS.values())
_MAX_NICKNAME = 2  # words of a quoted nickname inside a name ('Juan "Chico" Manriquez', "Eddie ‘The Eagle’ Edwards")


def _past_nickname(sc: Scan, j: int) -> int:
    """Where a name goes on after a quoted nickname at ``j`` ('Juan "Chico" Manriquez': the end of Manriquez),
    or ``j``: the nickname is one to two capitalised words held tight by its marks, with a surname after it."""
    tokens, n = sc.tokens, len(sc.tokens)
    close = _NICKNAME_MARKS.get(tokens[j].text) if j < n else None
    if close is None or tokens[j].start == tokens[j - 1].end:
        return j
    k = j + 1
    while k < n and k - j <= _MAX_NICKNAME and name_word(sc, k):
        k += 1
    if not (j + 1 < k < n and tokens[k].text == close and tokens[j + 1].start == tokens[j].end):
        return j
    if tokens[k].start != tokens[k - 1].end or k + 1 >= n or tokens[k + 1].start == tokens[k].end:
        return j
    end = k + 1
    while end < n and name_word(sc, end):
        end += 1
    return end if end > k + 1 else j


def past_ampersand(sc: Scan, i: int, j: int, lex: Lexicon) -> int:
    """Where a name ``[i, j)`` goes on over the "&" at ``j``: to the end of the capitalised words after it, if
    the whole names a body ("Ann & Lily Kell Foundation", "McKinsey & Co.") or no given name stands beside the
    mark ("Procter & Gamble"); else ``j``: "Jim & Sarah" are two people."""
    tokens, n = sc.tokens, len(sc.tokens)
    end = j + 1
    while end < n and name_word(sc, end):
        end += 1
    if end == j + 1:
        return j
    words = [t.text.rstrip(".") for t in tokens[i:end] if t.is_word]
    given = tokens[j - 1].text in lex.given_names or tokens[j + 1].text in lex.given_names
    return end if _names_a_body(words, lex) or not given else j


def listed_givens(sc: Scan, i: int, j: int, lex: Lexicon) -> int:
    """Where a body's name ``[i, j)`` that runs over "&" starts when given names listed with commas come before
    it: "the Bill, Hillary & Chelsea Clinton Foundation" is one name, not "Bill" and a foundation of two."""
    tokens = sc.tokens
    if tokens[i].text not in lex.given_names or not _names_a_body([t.text for t in tokens[i:j] if t.is_word], lex):
        return i
    while (
        i >= 2
        and tokens[i - 1].text == ","
        and tokens[i - 2].text in lex.given_names
        and sc.covered[i - 2] is None
        and not sc.quoted[i - 2]
        and (i == 2 or not (tokens[i - 3].is_cap and tokens[i - 3].is_word) or tokens[i - 3].text in lex.non_names)
    ):
        i -= 2
    return i


def start_over_ampersand(sc: Scan, floor: int, first: int, last: int, lex: Lexicon) -> int:
    """Where a name ``[first, last)`` that starts right after an "&" starts when it runs on over the mark ("Ann &
    Lily Kell Foundation", "Bill, Hillary & Chelsea Clinton Foundation", "Procter & Gamble"), not before
    ``floor``; else ``first``: "Jim & Sarah" are two people."""
    tokens = sc.tokens
    while first >= floor + 2 and tokens[first - 1].text == "&" and not sc.quoted[first - 1]:
        before = first - 2
        if not name_word(sc, before):
            break
        while (
            before > floor
            and tokens[before - 1].is_cap
            and tokens[before - 1].is_word
            and sc.covered[before - 1] is None
        ):
            before -= 1
        if past_ampersand(sc, before, first - 1, lex) < last:
            break
        first = max(floor, listed_givens(sc, before, last, lex))
    return first


def _slashed(sc: Scan, j: int) -> bool:
    """Whether a slash stands between token ``j`` and the one before ("Obama/Clinton", "CNN/ORC"): two names
    side by side, never one."""
    return "/" in sc.text[sc.tokens[j - 1].end : sc.tokens[j].start]


def name_runs(sc: Scan, lex: Lexicon, common: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """``[i, j)`` token ranges of capitalised runs that may name a person or body.

    A run's first word at the start of a sentence ("Unlike Hillary Clinton") is dropped when
    the article also writes it in lower case: a capital there proves nothing; unless it is a given
    name before a surname ("Bill Ruiz", in an article that also writes "the bill").
    """
    runs: list[tuple[int, int]] = []
    tokens, n, i = sc.tokens, len(sc.tokens), 0
    while i < n:
        tok = tokens[i]
        if tok.is_cap and tok.is_word and sc.covered[i] is None:
            j = i + 1
            while j < n and name_word(sc, j) and not _slashed(sc, j):
                j += 1
            while j < n and tokens[j].text == "&" and (on := past_ampersand(sc, i, j, lex)) > j:
                j = on  # "Procter & Gamble", "Ann & Lily Kell Foundation"
                i = listed_givens(sc, i, j, lex)  # "Bill, Hillary & Chelsea Clinton Foundation"
            if any(t.text in lex.given_names for t in tokens[max(i, j - 2) : j]):
                j = _past_nickname(sc, j)  # Juan "Chico" Manriquez: one name
                j = _past_particle(sc, j)  # Bill de Blasio, Ursula von der Leyen
            start = i
            while start < j and tokens[start].text.rstrip(".") in lex.non_names and not _given_here(sc, start, j, lex):
                start += 1
            if (
                j - start > 1
                and (start == 0 or tokens[start - 1].text in _OPENERS)
                and tokens[start].lower in common
                and not _given_before_surname(sc, start, lex, common)
            ):
                start += 1
            if start < j:
                runs.append((start, j))
            i = j
        else:
            i += 1
    return runs


def _given_before_surname(sc: Scan, k: int, lex: Lexicon, common: frozenset[str]) -> bool:
    """Whether the opening word ``k``, which the article also writes in lower case ("the farm bill"), is a
    given name all the same: one the lexicon knows, before a capitalised word the article never writes in
    lower case ("Bill Ruiz joined in"): a surname, so the two are one name, not "Ruiz" alone."""
    after = sc.tokens[k + 1]
    return sc.tokens[k].text in lex.given_names and after.lower not in common and after.text not in lex.non_names


class Cast:
    """The actors of one article and the rules that lead a mention back to one of them."""

    def __init__(self, lex: Lexicon, proper: frozenset[str], common: frozenset[str] = frozenset()) -> None:
        self.lex = lex
        self._role_heads = lex.roles.last_words()  # "secretary": a role "of" a body ("secretary of the Treasury")
        self.proper = proper  # words the article capitalises mid-sentence: its proper nouns
        self.common = common  # words the article writes in lower case somewhere
        self.actors: list[Actor] = []
        self._by_token: dict[str, list[Actor]] = {}
        # (sentence index, token index, actor, weak) in reading order; a weak mention is an owner or an
        # object ("Trump's lawyer", "about Mr. Curiel"): the next "he" is rarely them
        self.recent: list[tuple[int, int, Actor, bool]] = []
        self._last_seen: dict[int, int] = {}  # id(actor) -> position in ``recent``
        self._recent_by_token: dict[str, Actor] = {}  # name word -> the actor last mentioned with it
        self._recent_by_tail: dict[str, Actor] = {}  # last name word -> the actor last mentioned ending on it
        # per sentence, each subject "he" / "she" outside quotations: (token index, the word, the actors named
        # after it in its own clause, whom it cannot be: "she doubts Clinton can win" is not Clinton)
        self.pronouns: dict[int, list[tuple[int, str, frozenset[int]]]] = {}
        # per sentence, each "the admiral" / "the Florida senator" it resolves: where it stands (from "the" to the
        # office's last word, article offsets), whom it means and that last word; a "he" after it is them
        # (``role_holder``) and an item opening on one can name them ("[Ann Ruiz]")
        self.role_mentions: dict[int, list[RoleMention]] = {}
        self.objects: dict[int, list[int]] = {}  # per sentence, where an object "him" stands outside quotations
        # (sentence, token) of a "she" whose cue follows the words it reports -> the actors those words name:
        # "Picking Ruiz is a false choice, she said" is rarely Ruiz ("Ms. Ruiz found it hard, she said" may be)
        self.reported: dict[tuple[int, int], frozenset[int]] = {}
        self._now = 0  # the sentence being read
        self._full_named: dict[int, int] = {}  # id(actor) -> the last sentence that gave their full name

    def mention(self, sentence: int, actor: Actor, position: int = 1 << 20, *, weak: bool = False) -> None:
        """Note that ``actor`` was just mentioned at token ``position``: later pronouns look back through these."""
        self._last_seen[id(actor)] = len(self.recent)
        self.recent.append((sentence, position, actor, weak))
        if actor.unnamed:
            return
        for word in actor.tokens:
            self._recent_by_token[word] = actor
        if actor.person or len(actor.tokens) == 1:  # "Trump" is Donald Trump, not "Coalition Against Trump"
            self._recent_by_tail[_tail(actor.name)] = actor

    def mention_unnamed(self, sentence: int, position: int, what: str) -> None:
        """Note a person who is there but has no name ("the judge", a subject we cannot tell is a person): a
        "he" whose nearest candidate they are names nobody, rather than someone named before them."""
        self.mention(sentence, Actor(name=what, person=True, unnamed=True), position)

    def demote(self, sentence: int, start: int, end: int) -> None:
        """Make the mentions of ``sentence`` at tokens ``[start, end)`` weak: they sit in an opening clause
        ("When Mr. Olsen lost his seat, Mr. Baker said he ..."), and the main clause's subject comes first."""
        for n in range(len(self.recent) - 1, -1, -1):
            said_in, pos, actor, weak = self.recent[n]
            if said_in != sentence:
                break
            if start <= pos < end and not weak:
                self.recent[n] = (said_in, pos, actor, True)

    # --- discovery -------------------------------------------------------------------------
    def observe(self, sc: Scan, sentence: int) -> list[tuple[int, int, Actor]]:
        """Record the named actors of one sentence; return ``(i, j, actor)`` per mention."""
        found: list[tuple[int, int, Actor]] = []
        if sentence >= 0:
            self._now = sentence
            self._surnames_of_people(sc, sentence)
        for i, j in name_runs(sc, self.lex, self.common):
            actor = self.actor_for_run(sc, i, j, create=(j - i) >= 2)
            if actor is None and j - i == 1 and not sc.quoted[i] and (_described(sc, j) or _titled(sc, i)):
                actor = self.create_single(sc, i)  # "Rihanna, who ...", "President Obama": one name, surely a person
            if actor is None:
                continue
            if sc.quoted[i]:
                # a name inside a quotation is not who the next "he" is; but "Donald Trump's visit" there
                # tells that Trump is a man when "Trump's campaign" is named outside it later
                start = self._from_given_name(sc, i, j)
                middle = [t.text for t in sc.tokens[start + 1 : j - 1]]
                if actor.kind == PERSON and j - start >= 2 and all(_initial(w) for w in middle):
                    # "Donald J. Trump", not "the Rachel Maddow Show"
                    given = self.lex.given_names.get(sc.tokens[start].text)
                    if given is not None:
                        actor.person = True
                        actor.gender = actor.gender or (given if given in _GENDERS else None)
                continue
            role, side = self._premodifiers(sc, i)
            if role and (not actor.role or actor.role_from_caption and sentence >= 0):
                actor.role, actor.role_from_caption = role, sentence < 0
            if side and not actor.side:
                actor.side = side
            if actor.kind == PERSON:
                first = sc.tokens[self._from_given_name(sc, i, j)].text  # "... Affairs Wendy Sherman": Wendy
                given = self.lex.given_names.get(first) if j - i >= 2 else None  # "either": a person, no gender
                titled = _titled(sc, i)
                placed = _placed(sc, i)  # "in New York, he said", "to rural Tennessee, his mother"
                if actor.gender is None and given in _GENDERS:
                    actor.gender = given  # "to investigate whether Hillary Clinton": her name tells, wherever it is
                elif actor.gender is None and not placed:
                    actor.gender = _gender_evidence(sc, i, j, role)
                actor.person = actor.person or bool(
                    role or given or titled or actor.gender or _described(sc, j) or _predicated(sc, j)
                )
            kin = _kin_before(sc, i) is not None
            if not actor.mentions:
                actor.kin = kin
            actor.mentions += 1
            weak = _weak_mention(sc, i, j, self.lex.non_names)
            self.mention(sentence, actor, i, weak=weak)
            if not weak and not kin and j - i >= 2 and sc.tokens[j - 1].text.rstrip(".") == _tail(actor.name):
                self._full_named[id(actor)] = sentence  # a relative's apposition ("her husband, Ty Ruiz,") aside
            found.append((i, j, actor))
        if sentence >= 0:
            self._role_mentions(sc, sentence)
            self._unnamed_subject(sc, sentence)
            self._note_pronouns(sc, sentence, found)
            self.objects[sentence] = [k for k, tok in enumerate(sc.tokens) if tok.lower == "him" and not sc.quoted[k]]
        return found

    def _surnames_of_people(self, sc: Scan, sentence: int) -> None:
        """ "Billie Jean King ... King says", "Mark Cuban ... Cuban said": a capitalised one-word role or side
        that is the surname of a person named in the last sentences, standing alone before a verb, is that person
        again, not "the king" or Cuba. Its word is freed from the lexicon's span so that it reads as a name."""
        tokens = sc.tokens
        for k, tok in enumerate(tokens):
            if sc.covered[k] not in ("role", "side") or not (tok.is_cap and tok.is_word) or sc.quoted[k]:
                continue
            if sc.covered[k] == "role" and sc.role_end.get(k) != k:
                continue  # a role of several words: "King of Jordan"
            if sc.covered[k] == "side" and any(
                0 <= m < len(tokens) and sc.covered[m] == "side" and sc.side_of.get(m) == sc.side_of.get(k)
                for m in (k - 1, k + 1)
            ):
                continue  # a side of several words: "South Korean"
            before = tokens[k - 1] if k else None
            if before is not None and before.is_word and (before.is_cap or before.lower in _DETERMINERS):
                continue  # "the king", "Saudi King", "President Obama's Cuban": another phrase
            if not self._verb_after(sc, k + 1):
                continue  # "Cuban cigars", "King Salman": a word of its own
            actor = self._recent_by_tail.get(tok.text)
            seen = self._last_seen.get(id(actor)) if actor is not None else None
            if actor is None or seen is None or not actor.person or len(actor.tokens) < 2 or actor.kind != PERSON:
                continue
            if self.recent[seen][0] < sentence - _ROLE_WINDOW:
                continue  # named long ago: the word may well be the role or country again
            sc.covered[k] = None
            sc.side_of.pop(k, None)
            sc.role_end.pop(k, None)

    def _verb_after(self, sc: Scan, k: int) -> bool:
        """Whether token ``k`` begins what a subject's verb would: a cue ("says"), a finite verb ("had",
        "complained"), an adverb of saying ("also"), or the name's possessive or a comma."""
        if k >= len(sc.tokens):
            return False
        word = sc.lower[k]
        if word in ("'s", "’s", ",", "also", "then", "later", "who"):
            return True
        return sc.tokens[k].is_word and (_finite_verb(word) or self.lex.cues.match_keys(sc.lower, k) is not None)

    def _unnamed_subject(self, sc: Scan, sentence: int) -> None:
        """ "A president who authorized the raid ... will hand his successor a war. Where he used to boast ...": a
        sentence whose subject is someone in a role the article does not name gives the next "he" nobody,
        rather than a man named in passing before ("Vladimir V. Putin's Russia")."""
        tokens = sc.tokens
        k = 1 if tokens and tokens[0].lower in ("but", "and", "yet") else 0
        if k >= len(tokens) or tokens[k].lower not in ("a", "an") or sc.quoted[k]:
            return
        for m in range(k + 1, min(k + 1 + _PREDICATE_REACH, len(tokens))):
            if m in sc.role_end:
                after = sc.lower[m + 1] if m + 1 < len(tokens) else ""
                if after in ("who", "whose") or _finite_verb(after):  # not "A spokesman, Ed Olsen, said"
                    self.mention_unnamed(sentence, k, sc_text(sc, k, m + 1))
                return
            if not tokens[m].is_word or tokens[m].is_cap and sc.covered[m] is None:
                return

    def _role_mentions(self, sc: Scan, sentence: int) -> None:
        """ "the admiral", "the senator" alone (no name after it), or with a state, side or "former" before it
        ("the Florida senator", "the former secretary of state"): a mention of the one person of that office
        named in the last sentences ("Adm. Harry B. Harris Jr." for "the admiral", "Florida Sen. Ann Ruiz" for
        "the Florida senator"), so that a "he" after it is them. Where none or two fit, nothing: "the judge" may
        be someone never named."""
        tokens = sc.tokens
        for last, first in sc.role_end.items():
            k, qualifiers = first - 1, []
            while k >= 0 and first - k <= _ROLE_QUALIFIERS and not sc.quoted[k] and _qualifier(sc, k):
                qualifiers.append(k)
                k -= 1
            if k < 0 or tokens[k].lower != "the" or sc.quoted[k]:
                continue
            after = tokens[last + 1] if last + 1 < len(tokens) else None
            if after is not None and (after.is_cap and after.is_word or after.lower in ("of", "for")):
                continue  # "the admiral Harry Harris", "the chairman of the Joint Chiefs": another phrase
            office = _role_words(sc_text(sc, first, last + 1)).split()
            words, sides = [sc.lower[q] for q in qualifiers], [sc.side_of.get(q) for q in qualifiers]
            actor = self._holder(office, sentence, words, sides)
            if actor is None:
                actor = self._figure(office, sentence, k, words, sides)
            if actor is not None:
                self.mention(sentence, actor, k, weak=_weak_mention(sc, k, last + 1, self.lex.non_names))
                mention = RoleMention(tokens[k].start, tokens[last].end, actor, tokens[last].lower)
                self.role_mentions.setdefault(sentence, []).append(mention)

    def role_holder(self, sentence: int, word: str) -> Actor | None:
        """Whom the sentence's last "the admiral" (an office ending on ``word``) means, if ``_role_mentions`` knew."""
        return next((m.actor for m in reversed(self.role_mentions.get(sentence, ())) if m.word == word), None)

    def _holder(self, office: list[str], sentence: int, qualifiers: list[str], sides: list[str | None]) -> Actor | None:
        """The one person named in the last sentences whose role is ``office`` now ("Sen.", "the admiral"; not
        "former governor"), or once where ``qualifiers`` hold "former"; every other qualifier ("Florida",
        "Russian") must be in their role or be their side. None if someone whose role the article never gave was
        named after them ("Christie defended it. “...,” the governor said.": Christie may be a governor too)."""
        fits: dict[int, Actor] = {}
        unknown = False  # a person of no known role named since the last fitting mention
        past = bool(_PAST_ROLE & set(qualifiers))
        named = [(q, side) for q, side in zip(qualifiers, sides, strict=True) if q not in _MODIFIERS or side]
        for said_in, _, actor, weak in reversed(self.recent[-_ROLE_LOOK_BACK:]):
            if said_in < sentence - _ROLE_WINDOW:
                break
            if actor.kind != PERSON or said_in > sentence:
                continue
            words = _role_words(actor.role).split() if actor.role else []
            holds = _holds(words, office) and bool(_PAST_ROLE & set(words)) == past
            if holds and all(q in words or side is not None and side == actor.side for q, side in named):
                fits[id(actor)] = actor
            elif actor.person and not actor.role and not weak and not fits:
                unknown = True
        return next(iter(fits.values())) if len(fits) == 1 and not unknown else None

    def _figure(
        self, office: list[str], sentence: int, position: int, qualifiers: list[str], sides: list[str | None]
    ) -> Actor | None:
        """ "the candidate" where no holder was named in the last sentences: the person the article is most
        about, when they are the last person named as a subject (earlier in this sentence or in the last
        ``_FIGURE_REACH`` sentences), the office is one such a figure holds ("candidate", "senator"; not "the
        aide"), nothing known of them says otherwise (another role, another side, a state or "former" the article
        never gave them), and nobody else the article named holds it: between two candidates, nobody."""
        if office[-1] not in _FIGURE_ROLES and " ".join(office) not in _FIGURE_ROLES:
            return None
        people = [a for a in self.actors if a.kind == PERSON and a.person and not a.unnamed and a.mentions]
        if not people:
            return None
        most = max(people, key=lambda a: a.mentions)
        if sum(a.mentions == most.mentions for a in people) > 1:
            return None
        past = bool(_PAST_ROLE & set(qualifiers))
        named = [(q, side) for q, side in zip(qualifiers, sides, strict=True) if q not in _MODIFIERS or side]
        for actor in people:
            words = [w for w in _role_words(actor.role or "").split() if w.rstrip(".") not in _COURTESY_TITLES]
            holds = _holds(words, office) and bool(_PAST_ROLE & set(words)) == past
            fits = all(q in words or side is not None and side == actor.side for q, side in named)
            if actor is most:
                running = office[-1] in _CAMPAIGN_ROLES  # "Secretary of State Ruiz ... the candidate": running
                if not (fits and (holds or not past and (not words or running))):
                    # "the New York businessman", "the former president": what the article never said of them;
                    # "the businessman" after "Mayor Tom Baker": someone else, introduced by what he is
                    return None
            if actor is not most and holds and fits:
                return None  # another holder: no guess between them
        for said_in, at, actor, weak in reversed(self.recent):
            if said_in < sentence - _FIGURE_REACH:
                return None
            if said_in > sentence or said_in == sentence and at >= position or weak or actor.kind != PERSON:
                continue
            return most if actor is most else None
        return None

    def _note_pronouns(self, sc: Scan, sentence: int, found: list[tuple[int, int, Actor]]) -> None:
        """Record the sentence's subject pronouns and whom each cannot be: a name later in the same clause
        ("He praised Trump", "she doubts Clinton can win"); a comma, dash, quotation or relative pronoun between
        may hide an aside or a fronted clause ("When he spoke, Trump ...") and lifts the bar."""
        tokens, noted = sc.tokens, []
        for k, tok in enumerate(tokens):
            if tok.lower not in ("he", "she") or sc.quoted[k]:
                continue
            stop = next(
                (
                    m
                    for m in range(k + 1, len(tokens))
                    if sc.quoted[m] or tokens[m].text in _CLAUSE_BREAKS or tokens[m].lower in _RELATIVES
                ),
                len(tokens),
            )
            named = frozenset(id(actor) for i, _, actor in found if k < i < stop)
            begin = self._reports_from(sc, k)
            if begin is not None:
                reported = frozenset(id(actor) for i, _, actor in found if begin <= i < k)
                if reported:
                    self.reported[(sentence, k)] = reported
            noted.append((k, tok.lower, named))
        if noted:
            self.pronouns[sentence] = noted

    def _reports_from(self, sc: Scan, k: int) -> int | None:
        """Where the words begin that the pronoun at ``k`` reports, if it is the subject of a cue set after them
        ("Picking between Ruiz and Baker is a false choice, she said.", "..., he said, adding ..."): after the
        last colon or dash before it ("Ruiz was blunt: “...,” she said."), else the sentence's start. None
        where what it says follows ("When Ruiz arrived, she said, “...”")."""
        tokens = sc.tokens
        m = k - 1
        while m > 0 and tokens[m].text in _CLOSING_MARKS:
            m -= 1  # 'others,” she said'
        if m < 1 or tokens[m].text != ",":
            return None
        cue = self.lex.cues.match_keys(sc.lower, k + 1) if k + 1 < len(tokens) else None
        if cue is None:
            return None
        after = k + 1 + cue[0]
        opens = after + 1 < len(tokens) and (sc.quoted[after + 1] or tokens[after + 1].text in _OPENING_MARKS)
        if (
            after < len(tokens)
            and tokens[after].text not in (".", ";", "!", "?")
            and (tokens[after].text != "," or opens)
        ):
            return None
        return next((b + 1 for b in range(m - 1, -1, -1) if tokens[b].text in _REPORT_OPENERS and not sc.quoted[b]), 0)

    def actor_for_run(self, sc: Scan, i: int, j: int, *, create: bool) -> Actor | None:
        if any(_slashed(sc, k) for k in range(i + 1, j)):
            return self._joint(sc, i, j, create=create)
        i = self._from_given_name(sc, i, j)
        words = [t.text.rstrip(".") for t in sc.tokens[i:j] if t.is_word]  # a nickname's marks are no words
        kind = BODY if _names_a_body(words, self.lex) or any("&" in t.text for t in sc.tokens[i:j]) else PERSON
        name = " ".join(t.text for t in sc.tokens[i:j]) if len(words) == j - i else sc_text(sc, i, j)
        titled = _TITLE_GENDER.get(sc.tokens[i - 1].lower) if i > 0 else None  # "Mrs. Clinton" is not Bill
        existing = self.lookup(words, gender=titled, subject=not _weak_mention(sc, i, j, self.lex.non_names))
        if titled and existing is None and len(words) == 1:
            create = True  # a titled surname is surely a person, if none of the article's people fits
        if existing is not None and len(words) > len(existing.tokens) and existing.tokens <= set(words):
            if kind == existing.kind and _tail(existing.name) == words[-1]:
                existing.name, existing.tokens = name, frozenset(words)  # "Trump" -> "Donald Trump"
                return existing
            existing = None  # "Trump Tower", "Smith Foundation": a name that only holds the person's
        if (
            existing is not None
            and existing.kind == BODY
            and kind == PERSON
            and len(words) > 1
            and set(words) < existing.tokens
            and _tail(existing.name) != words[-1]
        ):
            existing = None  # "Eva Berg said", after "the Eva Berg Foundation": she, not her foundation
        if existing is not None:
            if len(words) == 1 and _tail(existing.name) == words[0]:
                existing.short_mentions += 1  # "Cruz", "Mr. Cruz"; not "Rafael"
                if existing.short_at < 0:
                    existing.short_at = len(self.recent)
            return existing
        if not create or sum(w[:1].isupper() for w in words) > 5:  # "Institute for the Study of War" is four
            return None
        actor = Actor(name=name, kind=kind, tokens=frozenset(words), named_at=len(self.recent))
        self.actors.append(actor)
        for word in words:
            self._by_token.setdefault(word, []).append(actor)
        return actor

    def _joint(self, sc: Scan, i: int, j: int, *, create: bool) -> Actor | None:
        """Names joined by a slash ("the Varga/Osei calls", "a Reuters/Ipsos poll") as one pair, never one
        person: a body that no "he" means and that no mention of one of them ("Osei said") finds."""
        name = sc_text(sc, i, j)
        existing = next((a for a in self.actors if a.name == name), None)
        if existing is not None or not create:
            return existing
        actor = Actor(name=name, kind=BODY, tokens=frozenset(t.text for t in sc.tokens[i:j] if t.is_word))
        self.actors.append(actor)
        return actor

    def _from_given_name(self, sc: Scan, i: int, j: int) -> int:
        """Where a person's name starts in a capitalised run that opens on their title or office:
        "Maricopa County Recorder Helen Purcell", "Pastor Kevin Swanson" -> "Helen Purcell", "Kevin Swanson"."""
        tokens = sc.tokens
        if tokens[i].text in self.lex.given_names:
            return i  # "Martin Luther King"
        if i >= 2 and tokens[i - 1].lower in ("of", "for") and sc.covered[i - 2] == "role":
            # "Undersecretary for Political Affairs Wendy Sherman": the office's object runs into the name
            given = next((k for k in range(i + 1, j - 1) if tokens[k].text in self.lex.given_names), None)
            if given is not None and not any(t.text.rstrip(".") in self.lex.org_words for t in tokens[given:j]):
                return given
        if any(t.text in self.lex.org_words for t in tokens[i:j]):
            last_org = max(k for k in range(i, j) if tokens[k].text in self.lex.org_words)
            given = next((k for k in range(last_org + 1, j - 1) if tokens[k].text in self.lex.given_names), None)
            return i if given is None else given  # "Trayvon Martin Foundation"; "Fox News Sean Hannity": Sean Hannity
        if (
            (i == 0 or tokens[i - 1].text in _OPENERS)
            and j - i >= 3
            and tokens[i + 1].text in self.lex.given_names
            and len(tokens[i].text.rstrip(".")) > 1  # never past an initial: "J. Gerald Hebert"
        ):
            return i + 1  # "Rival Hillary Clinton, however,": a capital at the sentence's start proves nothing
        for k in range(i + 1, j - 1):
            if tokens[k].text in self.lex.given_names:
                before = tokens[k - 1].text.rstrip(".")
                titled = (
                    before.lower() in self.common  # "Supervisor of Elections Susan Bucher": a word, not a name
                    or before.lower() in _TITLES
                    or self.lex.roles.value_of(before.lower()) is not None
                    or before.endswith("-based")
                )
                return k if titled and len(before) > 1 else i  # never past an initial: "J. Gerald Hebert"
        return i

    def create_single(self, sc: Scan, i: int) -> Actor | None:
        """A one-word name used as a speaker ("Trump said"), if the article treats it as a name."""
        word = sc.tokens[i].text
        if (
            word.lower() in self.common  # "Let", "Western": the article also writes it as a common word
            or (word.isupper() and len(word) > 4)  # a headline's "UPDATE", not "CNN" or "NATO"
            or word in self.lex.non_names
            or is_people_noun(word)
            or adjective_word(word, self.lex)  # "European", "Islamic"
            or word in _FAITH_WORDS  # "Muslim advocates said": a faith's word before a group, never a person
            or _CONTRACTION.search(word) is not None  # "I’ll", "We're"
            or (i == 0 and word.lower().endswith(("ly", "ing")))  # "Shortly", "Citing": an opener, not a name
            or (i == 0 and _before_role(sc, i + 1) and self.lookup([word]) is None)
        ):
            return None  # the last: "Presumptive Republican nominee Ann Ruiz": a word before her role, not a name
        return self.actor_for_run(sc, i, i + 1, create=True)

    def lookup(self, words: list[str], gender: str | None = None, *, subject: bool = True) -> Actor | None:
        """The actor whose name holds all of ``words``, the most recently mentioned first.

        With ``gender`` (from a title: "Mrs. Clinton"), an actor known to be the other is never it. ``subject``:
        the words are no owner's nor object's ("Clinton said", not "seeing Grayson").
        """
        if not words:
            return None
        fits = [a for a in (self._recent_by_tail.get(words[0]), self._recent_by_token.get(words[0])) if a]
        fits = [a for a in fits if _may_be(a, gender) and _named_by(a, words)]
        fits = [a for a in fits if not _following_of(a, words)]
        if len(words) == 1 and fits:
            return self._usual_bearer(fits[0], words[0], gender, subject)
        candidates = min((self._by_token.get(w, []) for w in words), key=len)
        if gender:
            candidates = [a for a in candidates if _may_be(a, gender)]
        candidates = [a for a in candidates if _named_by(a, words) and not _following_of(a, words)]
        wanted = set(words)
        # "Eric Trump": him, not the Eric Trump Foundation
        best = [a for a in candidates if a.tokens == wanted] if len(wanted) > 1 else []
        best = best or [a for a in candidates if wanted <= a.tokens and not self._given_name_added(a, words)]
        if not best:
            best = [a for a in candidates if a.tokens <= wanted]
        if not best:
            return None
        return max(best, key=lambda a: (self._last_seen.get(id(a), -1), a.mentions))

    def _given_name_added(self, actor: Actor, words: list[str]) -> bool:
        """Whether the body ``actor`` holds a person's given name that the body name ``words`` leaves out: "the
        Kell Foundation" is not "the Ann Kell Foundation" named before (it may be her husband's, or the
        article's short name for a longer one), so it never takes her given name."""
        return (
            actor.kind == BODY
            and _names_a_body(words, self.lex)
            and any(word in self.lex.given_names for word in actor.tokens - set(words))
        )

    def _usual_bearer(self, recent: Actor, word: str, gender: str | None, subject: bool) -> Actor:
        """Whom a last name alone means: the one last mentioned ("Smith": not "Smith Tower"), unless the article
        has called another by that name alone and never this one. "Mr. Cruz ... his father, Rafael Cruz ...
        Mr. Cruz wrote": news writing gives a relative their first name, so "Mr. Cruz" stays the senator. So
        does a relative named often ("Grayson ... his new wife, Dena Grayson ... Dena Grayson's ... Grayson"),
        where the other had the name alone before the relative was named at all; but "Eric Trump ... Donald
        Trump ... Trump ..." (both named before either had it) may well be the son again, and "Bill Clinton
        spoke with voters ... Clinton said" (a subject named in full in this sentence or the last, and the name
        a subject again) is him; "Dena Grayson was a lobbyist. After she began seeing Grayson" is not her."""
        if recent.short_mentions or _tail(recent.name) != word:
            return recent
        passing = recent.mentions <= _PASSING_MENTIONS
        if (not passing or recent.kin) and subject and self._just_named(recent):
            return recent
        bearers = [
            a
            for a in self._by_token.get(word, [])
            if a is not recent
            and len(a.tokens) > 1  # a full name: never trade "Vladimir V. Putin" for a bare "Putin" actor
            and a.kind == recent.kind
            and _tail(a.name) == word
            and not (gender and a.gender and a.gender != gender)
        ]
        usual = [a for a in bearers if a.short_mentions and (passing or 0 <= a.short_at < recent.named_at)]
        if usual:
            return max(usual, key=lambda a: a.short_mentions)
        if recent.kin:
            # "Dorothy Ruiz, whose husband, Ty Ruiz, ... Ruiz said": the one the relative was named for
            principal = [a for a in bearers if not a.kin]
            if principal:
                return max(principal, key=lambda a: self._last_seen.get(id(a), -1))
        return recent

    def _just_named(self, actor: Actor) -> bool:
        """Whether the article gave ``actor``'s full name, surname last, as a subject or so (no owner's nor
        object's) in this sentence or the last: "Bill Clinton spoke with voters", not "Dena Minning came"."""
        return self._full_named.get(id(actor), -2) >= self._now - 1

    def _premodifiers(self, sc: Scan, i: int) -> tuple[str | None, str | None]:
        """Role and side written just before a name: "China's top diplomat, Wang Yi"."""
        tokens, k = sc.tokens, i - 1
        after_comma = k >= 0 and tokens[k].text == ","
        if after_comma:
            k -= 1
        first, side, head = None, None, None  # head: the last word of the role nearest the name
        while k >= 0 and i - k <= 8:
            if k in sc.role_end:
                head = head or sc.lower[k]
                first, k = sc.role_end[k], sc.role_end[k] - 1
                if tokens[first].lower.rstrip(".") in _COURTESY_TITLES:
                    break  # "the Washington lawyer leading Mrs. Clinton": what stands before "Mrs." is not hers
            elif sc.covered[k] == "side":
                if not envoy_to_body(sc, k):
                    side = side or sc.side_of[k]
                first, k = k, k - 1
            elif tokens[k].lower in _MODIFIERS or tokens[k].lower in ("'s", "’s"):
                first, k = k, k - 1
            elif tokens[k].is_cap and tokens[k].is_word and head is not None:
                start = k  # "Harbor Mills chairman", "Northwind's chief executive", "Trade Representative"
                while (
                    start > 0
                    and tokens[start - 1].is_cap
                    and tokens[start - 1].is_word
                    and sc.covered[start - 1] is None
                ):
                    start -= 1
                words = [t.text for t in tokens[start : k + 1]]
                body = (
                    self.lookup(words)
                    if len(words) > 1 or k + 1 < len(tokens) and tokens[k + 1].lower in ("'s", "’s")
                    else None
                )
                if (
                    body is not None
                    and body.kind == BODY
                    and _serves_a_place(sc, head, start, k + 1, self.lex.org_words)
                ):
                    first = start  # "South Carolina Sen. Lindsey Graham": the state they serve, not their side
                    break
                if body is not None and body.kind == BODY:
                    # "Fox News Channel White House correspondent": the place between the body and the role is
                    # the beat, and the body's own side or outlet is the person's; a party stays ("Polk County GOP
                    # Chairman")
                    own = body.side or _outlet_of_role(body.name, self.lex.org_words)
                    side = side if side in _PARTY_SIDES else own or side
                    first = start
                    break
                # "Cruz spokeswoman Ann Lee", "Clinton's campaign manager": on the side of the person they serve,
                # a person the article named before by this one word
                serves = head in _AIDE_ROLES
                principal = body or (self.lookup(words) if serves and len(words) == 1 else None)
                if serves and principal is not None and principal.kind == PERSON and principal.gender is not None:
                    side = side or principal.side or principal.name
                    first = start
                    break
                first, k = k, k - 1
            elif (
                head is not None
                and tokens[k].is_word
                and not tokens[k].is_cap
                and tokens[k].lower not in _NOT_MODIFIERS
                and any(sc.covered[m] == "side" for m in range(max(0, k - 2), k))
            ):
                k -= 1  # "Philippine *defence* chief", "Rwandan *government* spokeswoman"
            else:
                break
        role_seen = head is not None
        if after_comma and not role_seen and not _role_of(sc, first, self._role_heads):
            side = None  # "in Nazi Germany, Trump deflected", "On Israel, Lee added": a place the clause was about
        role = None
        if first is not None and role_seen and not (tokens[i - 1].text == "," and _predicate(sc, first)):
            end = i - 2 if tokens[i - 1].text == "," else i - 1
            role = sc_text(sc, first, end + 1)
        post_role, post_side = self._appositive(sc, i)
        if post_side in _PARTY_SIDES and not (side and post_side == _INDEPENDENTS):
            return role or post_role, post_side  # "Senate Leader Harry Reid (D-Nev.)": his party, not the country
        # "Democratic opponent Sen. Bernie Sanders (I-Vt.)": an independent who runs with a party stands with it
        return role or post_role, side or post_side

    def _appositive(self, sc: Scan, i: int) -> tuple[str | None, str | None]:
        """Role and side in an apposition after a name: "Anna Berg, chief executive of Northwind,"."""
        tokens = sc.tokens
        j = i
        while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word:
            j += 1
        if j + 1 < len(tokens) and tokens[j].text == "(" and _party_tag(tokens[j + 1].text):
            return None, _US_PARTIES[tokens[j + 1].text[:2]]  # "Sen. Lindsey Graham (R-SC)", "(I-Vt.)"
        if (
            j >= len(tokens)
            or tokens[j].text != ","
            or j + 1 < len(tokens)
            and (
                sc.lower[j + 1] in _CLAUSE_OPENERS
                or sc.lower[j + 1] in ("and", "or")
                or pronoun_kind(sc.lower[j + 1]) is not None
                or _participle_clause(sc, j + 1)
            )
        ):
            # "Minning, who is listed as one of the congressman's ...", "like Illinois and New Jersey, he said Mr.
            # Trump could ...", "Trump, having met the Mexican president,": a clause, not a role
            return None, None
        end = j + 1
        while end < len(tokens) and end - j <= 10 and tokens[end].text not in (",", ".", ";", ":", ")", "(", "—"):
            end += 1
        if (
            not any(sc.covered[k] == "role" for k in range(j + 1, end))
            or self._role_acts(sc, j + 1, end)
            or self._named_subject(sc, j + 1, end)
            or _titles_another(sc, j + 1, end)
        ):
            return None, None
        side = next((sc.side_of[k] for k in range(j + 1, end) if k in sc.side_of and not _topic_of(sc, k)), None)
        if side is None:
            for k in range(j + 1, end - 1):
                if tokens[k].lower != "of":
                    continue  # "director of X": X's side
                if tokens[k - 1].lower in _NOT_MEMBERSHIP:
                    break  # "on the receiving side of X", "a critic of X", "author of 'Empire of the Fund'": not X's
                start = k + 2 if tokens[k + 1].lower == "the" else k + 1
                while start < end and tokens[start].lower.rstrip(".") in _TITLES:
                    start += 1  # "a leader of Mr. Cruz's coalition": Cruz's side, never "Mr."
                stop = _body_name_end(tokens, start, self.lex.org_words, joined=name_word(sc, k - 1))
                if _serves_a_place(sc, sc.lower[k - 1], start, stop, self.lex.org_words):
                    break  # "a former governor of Pennsylvania", "the state of Vermont": where, not whose side
                if stop > start:
                    first = k
                    if name_word(sc, k - 1):
                        # "the University of Pennsylvania", "the group Color of Change": one name
                        first = _body_name_start(sc, first - 1, j + 1)
                    side = sc_text(sc, first if first < k else start, stop)
                    break
        return sc_text(sc, j + 1, end), side

    def _named_subject(self, sc: Scan, start: int, end: int) -> bool:
        """Whether the first name after a name's comma is the subject of a verb right after it ("As reported by
        Western Journalism, former CIA operative and Marine John Tiegen found ..."): the role right before it (or
        before its "and") is that person's title, and the words after the comma the main clause, not an apposition
        of the first name. Not an owner ("Tom Lee's wife"), nor a name its role does not head ("an aide to Senator
        Tom Lee", "the director for the Iowa Democratic Party said")."""
        tokens = sc.tokens
        k = next((m for m in range(start, end) if name_word(sc, m)), None)
        if k is None or sc.quoted[k]:
            return False
        before = k - 2 if sc.lower[k - 1] == "and" and k - 2 >= start else k - 1
        if sc.covered[before] != "role":
            return False  # "the director for the Iowa Democratic Party said": no title of the name, which goes on
        m = k + 1
        while m < len(tokens) and (tokens[m].is_cap and tokens[m].is_word or tokens[m].text in _NAME_QUOTES):
            m += 1  # the name's run, a nickname's marks ('John “Tig” Tiegen') included
        if m >= len(tokens) or not tokens[m].is_word or sc.quoted[m]:
            return False
        word = sc.lower[m]
        return word in _PAST_FORMS or word in AUXILIARIES or self.lex.cues.match_keys(sc.lower, m) is not None

    def _role_acts(self, sc: Scan, start: int, end: int) -> bool:
        """Whether the role after a name's comma is the subject of a verb of its own ("In a call with Ann Ruiz,
        the mayor said ...", "With Ed Olsen, the candidate has ..."): the main clause after an opening phrase,
        not an apposition that says who the name is. A cue or a finite verb (a past participle aside: "the
        lawyer hired by ...") right after the role, over "also", tells. Only where the role opens the words after
        the comma: in "Ann Ruiz, where the mayor said ..." the role may well be hers."""
        k = start + 1 if start < len(sc.tokens) and sc.lower[start] in _DETERMINERS else start
        if not _before_role(sc, k):
            return False
        first = next((k for k in range(start, end) if sc.covered[k] == "role"), None)
        last = next((k for k, f in sc.role_end.items() if f == first), None)
        if last is None:
            return False
        k = last + 1
        if k < len(sc.tokens) and sc.lower[k] in _ADVERBS_BEFORE_VERB:
            k += 1
        if k >= len(sc.tokens) or not sc.tokens[k].is_word or sc.quoted[k]:
            return False
        word = sc.lower[k]
        return word in _PAST_FORMS or word in AUXILIARIES or self.lex.cues.match_keys(sc.lower, k) is not None

    # --- resolving later mentions -------------------------------------------------------------
    def last_person(
        self,
        before_sentence: int,
        window: int = 2,
        same_side: str | None = None,
        role_word: str | None = None,
        gender: str | None = None,
    ) -> Actor | None:
        known = self.role_holder(before_sentence, role_word) if role_word else None
        if known is not None and not (same_side and known.side != same_side):
            return known  # "the admiral said": the one admiral of the last sentences (see _role_mentions)
        for sentence, _, actor, _ in reversed(self.recent):
            if sentence > before_sentence:
                continue
            if window and sentence < before_sentence - window:
                break
            if actor.kind != PERSON or actor.unnamed:
                continue
            if same_side and actor.side != same_side:
                continue
            if role_word and not (actor.role and role_word in actor.role.lower()):
                continue
            if gender and actor.gender and actor.gender != gender:
                continue  # "she" is not Mr. Trump
            return actor
        return None


_ABBREVIATED_ROLES = {
    "adm.": "admiral",
    "gen.": "general",
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "col.": "colonel",
    "capt.": "captain",
    "prof.": "professor",
    "dr.": "doctor",
}


def _may_be(actor: Actor, gender: str | None) -> bool:
    """Whether a name with a courtesy title of ``gender`` ("Mrs. Clinton") may be ``actor``: a person not known
    to be the other; never a body ("the Clinton Health Access Initiative" named just before)."""
    return not gender or actor.kind == PERSON and not (actor.gender and actor.gender != gender)


def _role_words(role: str) -> str:
    """A role as the article may later name it: "Adm." is "the admiral", "Sen." "the senator"."""
    return " ".join(_ABBREVIATED_ROLES.get(word, word) for word in role.lower().split())


def resolve_pronoun(
    cast: Cast,
    gender: str,
    sentence: int,
    position: int,
    window: int = 3,
    *,
    strict: bool = True,
    barring: frozenset[int] | None = None,
) -> Actor | None:
    """The person "he" or "she" at token ``position`` of ``sentence`` most likely means, or None. One the
    words it reports name ("Picking Ruiz is a false choice, she said") only where nobody else can be: a
    writer may name the speaker in them ("Ms. Ruiz found it hard, she said"). Given ``barring``, never
    those actors (and no such second look: the caller has its own)."""
    if barring is not None:
        return _resolve_pronoun(cast, gender, sentence, position, window, strict, barring)
    reported = cast.reported.get((sentence, position), frozenset())
    if reported:
        actor = _resolve_pronoun(cast, gender, sentence, position, window, strict, reported)
        if actor is not None:
            return actor
    return _resolve_pronoun(cast, gender, sentence, position, window, strict, frozenset())


def _resolve_pronoun(
    cast: Cast, gender: str, sentence: int, position: int, window: int, strict: bool, also_barred: frozenset[int]
) -> Actor | None:
    """The person "he" or "she" at token ``position`` of ``sentence`` most likely means, none of
    ``also_barred``, or None.

    Candidates are people (a title, role, given name or known gender) mentioned in the last
    ``window`` sentences outside quotations, and in this sentence before the pronoun. The
    nearest sentence with a candidate wins, and in it the first mention (the subject:
    "Clinton criticised Sanders, and she said..."), whether or not its gender is known; a person
    known to be "she" is never "he"; an owner or object ("Trump's lawyer") counts a sentence further
    back; and where the choice's gender is unknown and another person is as near, no guess.
    """
    best: tuple[int, int, Actor] | None = None
    rivals: dict[int, int] = {}  # id(actor) -> its best distance, to see whether the choice is clear
    barred = next((named for k, _, named in cast.pronouns.get(sentence, ()) if k == position), frozenset())
    barred |= also_barred
    first_seen: dict[int, tuple[int, int]] = {}  # id(actor) -> its latest mention (sentence, token)
    for said_in, pos, actor, weak in reversed(cast.recent):
        if said_in < sentence - window:
            break
        if said_in > sentence or (said_in == sentence and pos >= position):
            continue
        if actor.kind != PERSON or not actor.person or (actor.gender and actor.gender != gender):
            continue
        if id(actor) in barred:
            continue  # "She doubts Clinton can win": whoever she is, not Clinton
        if plural_name(actor, cast):
            continue  # "many more Latinos said": a group, never a "he"
        first_seen.setdefault(id(actor), (said_in, pos))
        distance = (sentence - said_in) * 2 + (0 if actor.gender == gender else 1) + (WEAK if weak else 0)
        rivals[id(actor)] = min(distance, rivals.get(id(actor), distance))
        # the nearest sentence first, and in it the subject (its first strong mention), whether or not its
        # gender is known: "Broaddrick, who said Clinton raped her, recounted... She said" is Broaddrick
        key = ((sentence - said_in) * 2 + (WEAK if weak else 0), pos)
        if best is None or key <= best[:2]:
            best = (key[0], pos, actor)
    if best is None or best[2].unnamed:
        return None  # nobody, or a person the article never named ("the judge ... He refused")
    shadow = _shadowing_pronoun(cast, best[2], gender, *first_seen[id(best[2])])
    if shadow is not None:
        # "... she doubts Clinton can win. “...,” she said.": the "she" before Clinton is another woman, and
        # the same "she" goes on: whoever that one was, never Clinton
        return resolve_pronoun(cast, gender, shadow[0], shadow[1], window, strict=strict)
    if gender == "he" and best[2].gender is None and not also_barred:
        said_in, at = first_seen[id(best[2])]
        him = next((k for k in cast.objects.get(said_in, ()) if at < k and (said_in < sentence or k < position)), None)
        if him is not None:
            # "reports Lolita Grayson filed against him. He denied the charges": she is not "him", and "he" takes
            # "him" up, whoever that is; one of unknown gender is no guess over it
            return _resolve_pronoun(cast, gender, said_in, him, window, strict, frozenset((id(best[2]),)))
    if strict and best[2].gender != gender and any(d <= best[0] + 1 for a, d in rivals.items() if a != id(best[2])):
        return None  # two people it could be, and nothing says which: no guess
    return best[2]


def plural_name(actor: Actor, cast: Cast) -> bool:
    """A one-word name that is the plural of a word the article also capitalises ("Latinos" beside "Latino",
    "Democrats" beside "Democrat"): people, not a person. "Sanders" has no "Sander" beside it."""
    name = actor.name
    return (
        len(actor.tokens) == 1
        and len(name) > 3
        and name.endswith("s")
        and not name.endswith(("ss", "'s", "’s"))
        and name[:-1] in cast.proper
    )


def _shadowing_pronoun(cast: Cast, actor: Actor, gender: str, said_in: int, pos: int) -> tuple[int, int] | None:
    """Where, in the sentence of ``actor``'s latest mention, a "he" or "she" of ``gender`` stands before that
    mention in the same clause and cannot be ``actor`` (named in no mention of it before the pronoun)."""
    for k, word, named in cast.pronouns.get(said_in, ()):
        if k >= pos or word != gender or id(actor) not in named:
            continue
        if any(s == said_in and p < k and a is actor for s, p, a, _ in cast.recent[-_SHADOW_LOOK_BACK:]):
            continue  # "Clinton said she doubts Clinton..." is no other woman
        return said_in, k
    return None


_SHADOW_LOOK_BACK = 40  # recent mentions searched for the actor earlier in the same sentence


def _placed(sc: Scan, i: int) -> bool:
    """Whether the name at ``i`` follows a place preposition ("in New York", "to rural Tennessee") or "of the"
    ("chairman of the Joint Chiefs"): a place or a body, whose gender no pronoun after it shows."""
    tokens = sc.tokens
    k = i - 1
    while (
        k >= 0
        and i - k <= 2
        and tokens[k].is_word
        and not tokens[k].is_cap
        and tokens[k].lower not in _PLACE_PREPOSITIONS
    ):
        if tokens[k].lower == "the" and k > 0 and tokens[k - 1].lower == "of":
            return True
        k -= 1
    return k >= 0 and tokens[k].lower in _PLACE_PREPOSITIONS


_PAST_ROLE = frozenset(("former", "ex-", "then-", "late", "retired"))
_ROLE_QUALIFIERS = 3  # words between "the" and an office ("the former Florida senator")


def _qualifier(sc: Scan, k: int) -> bool:
    """Whether token ``k`` may stand between "the" and an office: "former", a side ("Russian") or a state
    ("Florida"), written without a name of its own after it."""
    tok = sc.tokens[k]
    return (
        tok.is_word
        and tok.lower not in _DETERMINERS
        and (tok.lower in _MODIFIERS or sc.covered[k] == "side" or tok.is_cap and sc.covered[k] is None)
    )


def _holds(words: list[str], office: list[str]) -> bool:
    """Whether a role's ``words`` hold the ``office`` words in a row ("former secretary of state" holds
    "secretary of state"; "state department spokesman" holds no "secretary of state")."""
    n = len(office)
    return any(words[k : k + n] == office for k in range(len(words) - n + 1))


_FIGURE_ROLES = grammar_words("figure_roles")  # offices "the candidate" may name the article's main person by
# a role that serves one person, so stands on their side: "Cruz spokeswoman", "Clinton's campaign manager"
_AIDE_ROLES = grammar_words("aide_roles")
_MEMBER_BODIES = frozenset(("United Nations", "NATO"))  # bodies of member states, each with an envoy to it
_CAMPAIGN_ROLES = grammar_words("campaign_roles")  # what anyone running is called, whatever their office
_FIGURE_REACH = 3  # sentences back in which the main person must be the last subject named
_ROLE_WINDOW = 6  # sentences back in which "the admiral" looks for the admiral
_ROLE_LOOK_BACK = 60  # recent mentions searched for them

WEAK = 2  # an owner or object mention counts as one sentence further back

# a relative clause is read loosely: "he lends his thoughts to friends whom Mr. Hannity has known" is Hannity
_RELATIVES = frozenset(("who", "whom", "whose", "which"))
_CLOSING_MARKS = frozenset(('"', "”", "'", "’"))
_OPENING_MARKS = frozenset(('"', "“", "'", "‘"))
_REPORT_OPENERS = frozenset((":", "—", "–", "-"))  # "Ruiz was blunt: “...,” she said": the words begin after
_CLAUSE_OPENERS = _RELATIVES | {"where", "when", "that", "while", "whose"}  # what follows says, not names
_CLAUSE_BREAKS = frozenset((",", ";", ":", "—", "–", "-", "(", ")", '"', "“", "”", "'", "‘", "’"))


def _weak_mention(sc: Scan, i: int, j: int, non_names: frozenset[str] = frozenset()) -> bool:
    """Whether the name at ``[i, j)`` owns something ("Trump's lawyer") or follows a preposition ("about Mr. Curiel").
    ``non_names``: capitalised words that name nobody ("Thursday"), so "Gowdy earlier Thursday" describes no one."""
    tokens = sc.tokens
    if j < len(tokens) and (tokens[j].lower in ("'s", "’s") or sc.covered[j] == "role"):
        return True  # "Trump's lawyer", "Clinton spokeswoman Jennifer Palmieri": the name modifies another
    if _modifies_noun(sc, i, j):
        return True  # "The Clinton approach is ...": the name qualifies a thing, nobody is its subject
    if _describes_next_name(sc, j) and sc.tokens[j + 1].text.rstrip(".") not in non_names:
        return True  # "former George W. Bush speechwriter Noam Neusner wrote": Neusner writes, not Bush
    k = i - 1
    while k >= 0 and (sc.covered[k] is not None or tokens[k].lower.rstrip(".") in _TITLES or tokens[k].lower == "the"):
        k -= 1
    if k >= 0 and tokens[k].lower in _SUBORDINATING and j < len(tokens) and _finite_verb(tokens[j].lower):
        return False  # "After Tom Varga lost the vote, he ...": the subject of a clause, not an object
    if k >= 1 and tokens[k].lower == "to" and tokens[k - 1].lower in _TIES:
        return True  # "close ties to Vice President Joe Biden": the other party of a relation, not its subject
    if k >= 0 and _gerund(sc, k) and not (j < len(tokens) and _finite_verb(tokens[j].lower)):
        return True  # "sold him on backing Sanders": the object of what someone else does
    if _topic_opener(sc, k, j):
        return False  # "For Mr. Biden, the appearance hinted at the niche he sees": whom the sentence is about
    return k >= 0 and tokens[k].lower in _OBJECT_PREPOSITIONS


_TOPIC_LEADS = frozenset(("but", "and", "yet", "so"))


def _topic_opener(sc: Scan, k: int, j: int) -> bool:
    """Whether the name ending before ``j`` is all of a sentence's opening "For" phrase, with "for" at ``k`` and
    a comma after the name ("For Ms. Ruiz, a retiree, the calls are ...", "For Mr. Lee, who ..."): the one the
    sentence is about, whose view or lot it tells, not an object of what someone else does."""
    lead = 1 if sc.tokens and sc.lower[0] in _TOPIC_LEADS else 0
    return k == lead and sc.lower[k] == "for" and not sc.quoted[k] and j < len(sc.tokens) and sc.tokens[j].text == ","


_ARTICLES = frozenset(("the", "a", "an"))


def _modifies_noun(sc: Scan, i: int, j: int) -> bool:
    """Whether the name at ``[i, j)`` stands between an article and a lower-case noun ("the Clinton approach",
    "a Trump rally"): an article before a bare name opens a phrase whose head comes after it. Not where the
    word after reads as the name's verb ("a Ruiz called" is a verb), nor a noun the person acts or speaks through
    ("the Clinton camp placed her ...", "the Ruiz family said": Clinton, Ruiz are still the ones in mind)."""
    tokens = sc.tokens
    if i < 1 or j >= len(tokens) or tokens[i - 1].lower not in _ARTICLES or sc.quoted[i - 1]:
        return False
    after = tokens[j]
    return (
        after.is_word
        and not after.is_cap
        and not sc.quoted[j]
        and sc.covered[j] is None
        and not _finite_verb(after.lower)
        and after.lower not in _NOT_HEADS
        and not (after.lower in _THROUGH_NOUNS or after.lower + "s" in _THROUGH_NOUNS)
    )


def _describes_next_name(sc: Scan, j: int) -> bool:
    """Whether the name ending before ``j`` and the lower-case noun after it describe the person named next
    ("Bush speechwriter Noam Neusner", "Cruz backer Ann Lee"): a single noun, neither a verb's "-s" or "-ed" form
    nor a past or auxiliary ("Trump met Cruz", "Obama thanks Lee", "Ruiz told CNN")."""
    tokens = sc.tokens
    if j + 1 >= len(tokens) or sc.quoted[j] or sc.quoted[j + 1]:
        return False
    word, name = tokens[j], tokens[j + 1]
    return (
        word.is_word
        and not word.is_cap
        and len(word.lower) > 3
        and not word.lower.endswith(("s", "ed", "ly"))
        and not _finite_verb(word.lower)
        and word.lower not in _NOT_HEADS
        and name.is_cap
        and name.is_word
    )


_THROUGH_NOUNS = grammar_words("speaking_nouns")  # "the Clinton camp", "the Cruz campaign": the person acts through it
_NOT_HEADS = frozenset(("and", "or", "of", "who", "which", "that", "says", "said", "tells", "told", "is", "was"))


def _gerund(sc: Scan, k: int) -> bool:
    """Whether token ``k`` is a lower-case "-ing" verb whose object may follow ("backing", "attacking"), not
    a list's "including" nor "being"."""
    word = sc.lower[k]
    return (
        len(word) > 4
        and word.endswith("ing")
        and sc.tokens[k].is_word
        and not sc.tokens[k].is_cap
        and word not in _NOT_GERUNDS
        and not sc.quoted[k]
    )


_NOT_GERUNDS = frozenset(("including", "being", "during", "nothing", "something", "anything", "everything"))
_TIES = frozenset(("ties", "close", "closer", "loyal", "married", "allied", "related", "linked", "connected"))


_ADVERBS_BEFORE_VERB = frozenset(("also", "then", "later", "now"))
_SUBORDINATING = frozenset(("after", "before"))  # prepositions that also open a clause with its own subject
_PAST_FORMS = grammar_words("irregular_past_forms") | BE_FORMS - {"'s", "'re", "be", "being"}


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word after a name reads as its verb ("Varga lost", "Obama signed", "Ruiz had")."""
    return word in _PAST_FORMS or word in AUXILIARIES or word in _MORE_PAST or len(word) > 3 and word.endswith("ed")


_MORE_PAST = frozenset(("lost", "won", "made", "paid", "held", "heard", "put", "read", "set", "quit", "cut", "hit"))


_KIN_GENDERS = grammar_map("kin_genders")  # "her husband, Saeed Ruiz": the kin noun says who he is
_FEMALE = grammar_words("female_words")
_MALE = grammar_words("male_words")
_POSSESSIVE_PRONOUNS = frozenset(("his", "her"))


_PRONOUN_WORDS = frozenset(("he", "she", "his", "her", "him", "hers", "himself", "herself"))
# words after which "her" is an object, not an owner: "backed her up", "told her that", "praised her."
_PARTICLES_AFTER = grammar_words("prepositions") | {
    "up",
    "down",
    "out",
    "off",
    "back",
    "away",
    "that",
    "and",
    "or",
    "but",
}


def _object_pronoun(sc: Scan, k: int) -> bool:
    """Whether token ``k`` is "him" or an object "her" ("Obama backed her up"): the other party of the
    sentence, never the person named before it (who would be "himself"); or an owner's "his" or "her" after a
    preposition ("Mayor Ed Olsen by her side, Ruiz spoke"), whose owner is as often someone else."""
    word = sc.tokens[k].lower
    if word == "him":
        return True
    if word in ("his", "her") and k > 0 and sc.tokens[k - 1].lower in _PREPOSITIONS:
        return True
    if word != "her":
        return False
    after = sc.tokens[k + 1] if k + 1 < len(sc.tokens) else None
    return after is None or not after.is_word or after.lower in _PARTICLES_AFTER or after.lower in _DETERMINERS


_DETERMINERS = grammar_words("determiners")
_PREPOSITIONS = grammar_words("prepositions")


def _gender_evidence(sc: Scan, i: int, j: int, role: str | None) -> str | None:
    """ "Mrs. Clinton", "spokeswoman Jane Doe", "Tusk said he": how the article refers to a person."""
    kin = _kin_before(sc, i)
    if kin is not None:
        return kin  # "Her husband, Saeed Ruiz": whatever pronoun is near, the kin noun is about him
    words = [sc.tokens[i - 1].lower] if i and sc.tokens[i - 1].lower not in _POSSESSIVE_PRONOUNS else []
    role_words = (role or "").lower().split()
    other = next((k for k, w in enumerate(role_words) if k and w.rstrip(".") in _COURTESY_TITLES), len(role_words))
    words += role_words[:other]  # "a policy maker advising Mrs. Clinton's campaign": her title, not his
    # a pronoun inside the role is another's as often as theirs: "Mo Varga, an aide during her 2008 run"
    words = [w for w in words if w not in _PRONOUN_WORDS]
    owner = j < len(sc.tokens) and sc.tokens[j].lower in ("'s", "’s")  # "Trump's campaign that, to her,"
    for k in range(j, j if owner else min(j + 6, len(sc.tokens))):
        if name_word(sc, k) or sc.lower[k].rstrip(".") in _TITLES:
            break  # another name (or another's title: "met Mrs. Kohl") comes first: the pronoun may be theirs
        if k == j + 1 and sc.tokens[j].text == "," and sc.lower[k] in _PRONOUN_WORDS:
            # "the Pine Hawks, his son's team", "Ann Roe, his wife": the owner is someone else; "like Illinois and
            # New Jersey, he said": the name ends a phrase before the pronoun's clause
            break
        if not _object_pronoun(sc, k):
            words.append(sc.tokens[k].lower)
    if any(w in _FEMALE for w in words) and not any(w in _MALE for w in words):
        return "she"
    if any(w in _MALE for w in words) and not any(w in _FEMALE for w in words):
        return "he"
    return None


# what follows a participle that opens a clause ("having met the president", "speaking to reporters"), not a
# noun it describes ("visiting professor")
_PARTICIPLE_OBJECTS = frozenset(("the", "a", "an", "his", "her", "their", "its", "to", "with", "on", "about", "for"))


def _participle_clause(sc: Scan, k: int) -> bool:
    """Whether the words at ``k`` after a name's comma are a participle clause ("Trump, having completed his photo
    op with the Mexican president,", "Ruiz, speaking to reporters,"): what the person did, never their role."""
    word = sc.lower[k]
    if word in ("having", "being"):
        return True
    if not word.endswith("ing") or sc.covered[k] is not None or sc.tokens[k].is_cap or word in _MODIFIERS:
        return False
    return k + 1 < len(sc.tokens) and sc.lower[k + 1] in _PARTICIPLE_OBJECTS


def _kin_before(sc: Scan, i: int) -> str | None:
    """The gender a kin noun right before the name at ``i`` gives it ("his wife, Ann Ruiz", "husband Ed Ruiz"),
    or None. Not one that stands as a title of the name after it: "daughter" in "the daughter's lawyer" is no
    kin of the lawyer, but no name follows an owner's "'s" straight on."""
    k = i - 1
    if k >= 0 and sc.tokens[k].text == ",":
        k -= 1
    return _KIN_GENDERS.get(sc.lower[k]) if k >= 0 and not sc.quoted[k] else None


# Offices held for a place: "governor of Arkansas", "South Carolina Sen.", "the state of Vermont" say where the
# person serves; the place is no body they speak for (their party is). A mayor speaks for the city.
_PLACE_OFFICES = frozenset(
    ("governor", "gov", "senator", "sen", "state", "representative", "rep")
    + ("congressman", "congresswoman", "lieutenant", "lt")
)


def _serves_a_place(sc: Scan, office: str, start: int, stop: int, org_words: frozenset[str]) -> bool:
    """Whether ``office`` (a role's word, lower case) is held for the place named in ``[start, stop)``: a plain
    place name, no body's word in it ("governor of the Bank of Varna" serves a body)."""
    word = office.rstrip(".")
    if word not in _PLACE_OFFICES:
        return False
    words = [sc.tokens[k].text for k in range(start, stop)]
    return bool(words) and not any(w in org_words and w not in _PLACE_NAME_WORDS for w in words)


# Words of the lexicon's body words that also name plain places ("South Carolina", "Orange County")
_PLACE_NAME_WORDS = frozenset(
    ("East", "West", "North", "South", "Coast", "Valley", "River", "Island", "Islands")
    + ("Lake", "Bay", "Gulf", "Beach", "City", "County", "State")
)


# nouns whose "of X" is not X's member or voice: "on the receiving side of X", "a critic of X"
_NOT_MEMBERSHIP = frozenset(
    ("side", "end", "critic", "critics", "opponent", "opponents", "foe", "rival", "target", "victim", "subject")
    + ("author", "co-author")  # "author of Unpleasant: The Trouble With ...": a book, not a body they serve
)


def envoy_to_body(sc: Scan, k: int) -> bool:
    """Whether the side word at ``k`` names a body of member states that an ambassador right after it is sent to:
    "U.N. Ambassador John Bolton" is a country's envoy to the United Nations, not the body's own voice."""
    if sc.side_of.get(k) not in _MEMBER_BODIES:
        return False
    m = k + 1
    while m < len(sc.tokens) and sc.side_of.get(m) == sc.side_of[k]:
        m += 1
    return any(first == m and sc.lower[last] in _ENVOYS for last, first in sc.role_end.items())


_ENVOYS = frozenset(("ambassador", "ambassadors", "envoy"))


def _topic_of(sc: Scan, k: int) -> bool:
    """Whether the side word at ``k`` is what a role is about or aimed at, not whom it serves: "adviser on Iran",
    "a hawk against Russia" ("to" is both: "ambassador to China", "adviser to Republicans")."""
    before = k - 1
    while before >= 0 and (
        sc.covered[before] == "side" and sc.side_of.get(before) == sc.side_of[k] or sc.lower[before] == "the"
    ):
        before -= 1
    if before >= 1 and sc.lower[before] == "to" and sc.lower[before - 1] in _ENVOYS:
        return True  # "then ambassador to Israel": sent there, by another country
    return before >= 0 and sc.lower[before] in _TOPIC_PREPOSITIONS


_TOPIC_PREPOSITIONS = frozenset(("on", "about", "against", "toward", "towards", "over"))


def _titles_another(sc: Scan, start: int, end: int) -> bool:
    """Whether a role in ``[start, end)`` is the title of a name right after it: "Bush, Christie, Ohio Gov. John
    Kasich and Sen. Rand Paul" lists people, so Ohio and Kentucky are not Christie's. An owner after the role
    still leaves it the first name's ("Ann Lee, Gov. Ruiz's adviser")."""
    tokens = sc.tokens
    for k in sc.role_end:
        if not start <= k < end - 1 or sc.covered[k + 1] is not None or not tokens[k + 1].is_cap:
            continue
        if any(not tokens[m].is_cap and sc.covered[m] is None for m in range(start, sc.role_end[k])):
            continue  # "Bob Corker, a Tennessee Republican who has met Mr. Trump": a clause about the first name
        m = k + 1
        while m < len(tokens) and tokens[m].is_cap and tokens[m].is_word:
            m += 1
        if m > k + 1 and not (m < len(tokens) and tokens[m].lower in ("'s", "’s")):
            return True
    return False


def _role_of(sc: Scan, first: int | None, role_heads: frozenset[str]) -> bool:
    """Whether a role "of" (the) stands right before token ``first``: "the secretary of the Treasury, Jacob Lew"
    is the Treasury's, where "in Nazi Germany, Trump deflected" is not Germany's."""
    if first is None:
        return False
    k = first - 1
    if k >= 0 and sc.tokens[k].lower == "the":
        k -= 1
    return k >= 1 and sc.tokens[k].lower == "of" and (sc.covered[k - 1] == "role" or sc.lower[k - 1] in role_heads)


def name_word(sc: Scan, k: int) -> bool:
    """Whether token ``k`` is a capitalised word that no role nor side covers: a piece of a name."""
    return sc.tokens[k].is_cap and sc.tokens[k].is_word and sc.covered[k] is None


def _body_name_start(sc: Scan, last: int, floor: int) -> int:
    """Where the body name ending on the capitalised word ``last`` begins, reading back: its capitalised words and
    the "of" (the) or "for" (the) between them ("the Institute for the Study of War"), never before ``floor``."""
    tokens, first = sc.tokens, last
    while first - 1 >= floor:
        k = first - 1
        if tokens[k].lower == "the" and k - 1 >= floor and tokens[k - 1].lower in ("of", "for"):
            k -= 1
        if tokens[k].lower in ("of", "for") and k - 1 >= floor and name_word(sc, k - 1):
            first = k - 1
        elif name_word(sc, first - 1):
            first -= 1
        else:
            break
    return first


def _body_name_end(tokens: list[Token], start: int, org_words: frozenset[str], *, joined: bool = False) -> int:
    """Where the body named from ``start`` ends: its capitalised words, joined by "of" (the), "for" (the), "the",
    "and" or an owner's "'s" to more of them ("the University of Vermont's Center for Politics", "the Office of
    Management and Budget"; an owner's only before a body's word: "Center", "Institute"), past the apposition's
    reach ("... of the Texas Rangers"). What follows "director of the" is one name: stopping at its first "of"
    files the director under "University" or "Office". ``joined``: the name began before ``start`` over an "of"
    ("Office of | Management and Budget"). A hyphen between capitals ("A.F.L.-C.I.O.") and a chapter's number
    ("Teamsters Local 294") stay in the name."""
    stop = start
    while stop < len(tokens) and tokens[stop].is_cap and tokens[stop].is_word:
        stop += 1
        joiner, after = (tokens[stop].lower if stop < len(tokens) else ""), stop + 1
        if joiner in ("of", "for") and after + 1 < len(tokens) and tokens[after].lower == "the":
            after += 1  # "Institute for the Study of War"
        if joiner.isdigit() and tokens[stop - 1].text == "Local":
            return stop + 1  # "Teamsters Local 294": the union's chapter, named by its number
        if (
            after < len(tokens)
            and tokens[after].is_cap
            and tokens[after].is_word
            and (
                joiner in ("of", "for", "the", "'s", "’s")
                or joiner in ("and", "&")
                and (joined or _org_run(tokens, after, org_words))
                or joiner == "-"
                and tokens[stop - 1].end == tokens[stop].start == tokens[after].start - 1
            )
        ):
            joined, stop = True, after  # "Keep the Promise"; "and" only inside a name already joined or before
            # a body's word ("Ways and Means Committee"), never "Apple and Tim Cook"
    owner = next((k for k in range(stop - 1, start, -1) if tokens[k].lower in ("'s", "’s")), None)
    if owner is not None and not any(tokens[k].text in org_words for k in range(owner + 1, stop)):
        return owner  # "Sanders's New Hampshire campaign": a place of Sanders's, not a body of that name
    return stop


def _outlet_of_role(name: str, org_words: frozenset[str]) -> str:
    """The body in a run of capitals written before a role: "NBC News Senior Investigative (Correspondent)" is
    NBC News's; the words after its last body's word qualify the role, not the body."""
    words = name.split()
    last = max((k for k, w in enumerate(words) if w in org_words), default=len(words) - 1)
    if not all(w[:1].isupper() for w in words[last + 1 :]):
        return name  # "Bank of Varna": the words after the body's word are its name ("of"), never a role's
    return " ".join(words[: last + 1])


def _org_run(tokens: list[Token], start: int, org_words: frozenset[str]) -> bool:
    """Whether the capitalised words from ``start`` end on a body's word ("Means Committee")."""
    stop = start
    while stop < len(tokens) and tokens[stop].is_cap and tokens[stop].is_word:
        stop += 1
    return tokens[stop - 1].text in org_words


_PASSING_MENTIONS = 2  # a person named this often, and never by last name alone, is named in passing


def _titled(sc: Scan, i: int) -> bool:
    """Whether the name at ``i`` follows a person's title ("President Obama", "Sen. Warren", "Judge Berman")."""
    return i > 0 and sc.tokens[i - 1].lower.rstrip(".") in _TITLES and not sc.quoted[i - 1]


def _described(sc: Scan, j: int) -> bool:
    """ "Gene Sperling, a policy maker who...", "Ruth Kahn, 41,": an apposition only a person gets."""
    tokens = sc.tokens
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return False
    if tokens[j + 1].lower == "who" or tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",":
        return True
    if tokens[j + 1].lower not in ("a", "an"):
        return False
    for k in range(j + 2, min(j + 12, len(tokens))):
        if tokens[k].lower == "who":
            return True
        if tokens[k].text in (",", ".", ";", "(", ")") or tokens[k].lower in ("which", "that"):
            return False
    return False


_COPULAS = frozenset(("is", "was"))
_PREDICATE_REACH = 4  # words between "was a" and the role ("was a senior policy adviser")


def _predicated(sc: Scan, j: int) -> bool:
    """ "Oksuz was a leader of the plot", "Dorn is a former senator": a name said to hold a person's role."""
    tokens = sc.tokens
    if j + 2 >= len(tokens) or tokens[j].lower not in _COPULAS or tokens[j + 1].lower not in ("a", "an"):
        return False
    for k in range(j + 2, min(j + 2 + _PREDICATE_REACH, len(tokens))):
        if k in sc.role_end:
            return sc.role_end[k] >= j + 2
        if not tokens[k].is_word or sc.covered[k] is None and tokens[k].is_cap:
            return False
    return False


_COMPASS = frozenset(("East", "West", "North", "South"))


def _names_a_body(words: list[str], lex: Lexicon) -> bool:
    """Whether a name's words make it a body or place ("Trump Foundation", "West Virginia"), not a person. A
    compass word does so only before another word: "Cornel West" and "Oliver North" are people."""
    return any(w in lex.org_words and not (w in _COMPASS and k == len(words) - 1 > 0) for k, w in enumerate(words))


def _tail(name: str) -> str:
    """The last word of a name, as a run's words are compared: "Joseph R. Biden Jr." -> "Jr"."""
    return name.rsplit(" ", 1)[-1].rstrip(".")


def sc_text(sc: Scan, i: int, j: int) -> str:
    """The article text covered by tokens ``[i, j)``."""
    return "" if j <= i else sc.text[sc.tokens[i].start : sc.tokens[j - 1].end]


def proper_words(text: str, tokens_by_sentence: list[list[Token]]) -> tuple[frozenset[str], frozenset[str]]:
    """Words the article capitalises other than at a sentence start, and words it writes in lower case."""
    proper: set[str] = set()
    common: set[str] = set()
    for tokens in tokens_by_sentence:
        for prev, tok in pairwise(tokens):
            if tok.is_cap and tok.is_word and prev.text not in ('"', "“", ":", "—"):
                proper.add(tok.text)
        common.update(t.text for t in tokens if t.is_word and not t.is_cap)
    return frozenset(proper), frozenset(common)


_ADJECTIVE_ENDINGS = ("ic", "ican", "ese", "ish", "ean", "ern", "ist")  # Democratic, Chinese, European, Western
_CONTRACTION = re.compile(r"['’](?:ll|m|ve|d|re|s)$", re.IGNORECASE)


def adjective_word(word: str, lex: Lexicon) -> bool:
    """A capitalised adjective ("Democratic", "European", "Islamic") that names no speaker on its own."""
    return len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and word not in lex.given_names


_BODY_OBJECT = re.compile(r" (?:of|for|on) ")


def _named_by(actor: Actor, words: list[str]) -> bool:
    """Whether ``words`` may name ``actor``: a body named over "of" or "for" ("Bank of Varna") is not
    named by the words after the link alone ("Varna" is the city, "Michigan" the state)."""
    parts = _BODY_OBJECT.split(actor.name, maxsplit=1)
    return len(parts) == 1 or any(word in parts[0].split() for word in words)


_FOLLOWINGS = frozenset(grammar_words("followings"))


def _following_of(actor: Actor, words: list[str]) -> bool:
    """Whether ``actor`` is a person's following named after them ("Team Trump", "the Trump Train") and
    ``words`` that person's name alone: "Trump said" is the man, never his team."""
    return actor.kind == BODY and bool(actor.tokens - set(words)) and actor.tokens - set(words) <= _FOLLOWINGS


def is_people_noun(word: str) -> bool:
    return word.lower() in _PEOPLE_NOUNS


def pronoun_kind(word: str) -> str | None:
    return _PRONOUNS.get(word.lower())
