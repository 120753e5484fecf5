"""Where a cue's subject is: the noun phrase before the cue ("Chris Murphy of Connecticut said"), after it
("..., said a Clinton aide"), before a chain of appositions ("Ann Ruiz, 49, a nurse, said") or opening the
clause a participle hangs on ("Smith criticised Brown's decision, saying"). Names and nominals are
turned into speakers by ``SpeakerNamer``; pronouns by ``PronounResolver``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from briefing.prefill.actors import (
    BODY,
    GROUP,
    PERSON,
    Cast,
    Scan,
    is_people_noun,
    name_particle,
    name_runs,
    name_word,
    pronoun_kind,
    sc_text,
    start_over_ampersand,
)
from briefing.prefill.compress import past_dateline
from briefing.prefill.cue_sense import later_clause_start, opening_clause_end
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.phrase_shapes import (
    adverbial,
    apposition,
    asides,
    before_places,
    contraction,
    description_before_name,
    is_place_phrase,
    is_place_phrase_before,
    owned_name,
    party_member,
    possessive,
    quoted_title_inside,
    role_heads,
)
from briefing.prefill.pronoun_speakers import PronounResolver
from briefing.prefill.speaker_names import SpeakerNamer, place_body_head
from briefing.prefill.speakers import Speaker
from briefing.prefill.speech_words import (
    APPOSITION_OPENERS,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_OPENERS,
    DETERMINERS,
    FINITE_VERBS,
    LEADING_CONJUNCTIONS,
    MAX_APPOSITION_CLAUSE,
    MEMBER_DETERMINERS,
    MESSAGES,
    PASSIVE,
    PREPOSITIONS,
    QUOTES,
    SKIP_LEFT,
    STOP_NP,
    SUBORDINATORS,
    participle_word,
)
from briefing.prefill.wordlists import grammar_map, grammar_words

# words that open a sentence before a name without being part of it ("Does Rubio", "Perhaps Russia")
_OPENING_ONLY = (FINITE_VERBS - {"will", "may"}) | frozenset(  # not "Will Estrada", "May Lee": given names
    ("perhaps", "even", "instead", "indeed", "meanwhile", "still", "now", "then", "rival", "joining", "given")
    + ("soon", "later", "earlier", "afterward", "afterwards", "recently", "today", "yesterday", "tonight", "again")
)
# a name after one of these, a lower-case word before it, is an object, not a cue's subject ("critics of Ruiz said")
_OBJECT_PREPOSITIONS = frozenset(
    ("of", "to", "for", "with", "in", "into", "at", "from", "about", "against", "among", "on")
)
_RELATION_WORDS = frozenset(("close", "closer", "closest", "familiar", "loyal", "allied", "opposed", "friendly"))
_CLAUSE_BREAKS = frozenset(
    ("that", "which", "whom", "when", "where", "while", "because", "if", "since", "so", "but", "than", "whether")
)
_RELATIVE_WORDS = frozenset(("who", "whose", "which"))
# a relative, friend or foe of a name is someone else: "The wife of Tom Vale said" is not Vale's word
_RELATIVES = frozenset(
    word + plural for word in (*grammar_map("kin_genders"), "friend", "foe", "rival") for plural in ("", "s")
)
MAX_LISTED = 6  # people nouns in one list before a cue: "Friends, donors, lobbyists and former foes say"
_STAFF_NOUNS = grammar_words("staff_nouns")  # "employee", "workers": people of a place or firm, who may speak
_SPEAKING_NOUNS = grammar_words("speaking_nouns")  # "team", "office": what a name speaks through ("the Ruiz team")
# past forms that are not "-ed" words, and forms of "be": a verb after a name, not a noun the name describes
_VERB_FORMS = grammar_words("irregular_past_forms") | grammar_words("irregular_participles") | BE_FORMS
_AFFILIATIONS = frozenset(("of", "at", "with", "from"))  # "Ann Lee of / at / with the Star"
_PLACE_LINKS = frozenset(("in", "at", "from"))  # "Ann Lee of Grace Church in Marion": where, not who
MAX_RELATIVE_CLAUSE = 20  # words between a relative clause's "who" and a name ending it
MAX_SUBJECT_SEGMENT = 10  # tokens of the phrase a chain of appositions describes ("And North Carolina's Ada Fisher")
LOOK_BACK = 40  # tokens searched back for a participle's subject
_PERSON_TITLES = grammar_words("person_titles")
_DESCRIBERS = frozenset(
    ("his", "her", "their", "a", "an", "one")
)  # "said his best friend, Ann Lee": who, then the name
MAX_DESCRIPTION = 8  # tokens from the describer to the comma before the name ("his best friend at Lehigh,")
_NAME_MODIFIERS = grammar_words("name_modifiers")  # "a *former* spokesman", "Ruiz's *top* aide"


# words after which a new subject begins: a contact clause's head ("the place [officials say]"), a wh-word ("is why
# [critics say]"), a conjunction, a verb "to be" or a preposition ("a line against [Islamic groups]")
_CONTACT_HEADS = frozenset(("way", "place", "time", "moment", "reason", "day", "point", "extent"))
_FOCUS_WORDS = frozenset(("even", "especially", "particularly", "also", "mostly", "mainly"))  # "even [critics] say"
_WH_WORDS = frozenset(("what", "why", "how", "whom", "whose", "whether", "whatever", "however"))


MAX_INNER_PHRASE = 3  # lower-case words of the phrase between two prepositions ("of the new deal in")


def _outer_people_head(sc: Scan, head: int, people: Callable[[Scan, int], bool]) -> int | None:
    """The people word that a lower-case phrase ending at ``head`` is the object of ("Opponents *of* the deal in
    Congress", "critics *of* the new plan at the port"): one preposition further back, else None."""
    tokens, lower = sc.tokens, sc.lower

    def plain(k: int) -> bool:
        return tokens[k].is_word and not tokens[k].is_cap and not sc.quoted[k]

    if not plain(head) or lower[head] in STOP_NP | PREPOSITIONS | DETERMINERS:
        return None
    k = head - 1
    while (
        k > head - MAX_INNER_PHRASE
        and k >= 0
        and (plain(k) or sc.covered[k] == "side" and not sc.quoted[k])
        and lower[k] not in STOP_NP | PREPOSITIONS | DETERMINERS
    ):
        k -= 1  # "the new deal", "allowing Syrian refugees": its modifiers
    if k >= 0 and lower[k] in DETERMINERS:
        k -= 1
    if k < 1 or lower[k] not in _OBJECT_PREPOSITIONS or sc.quoted[k] or not tokens[k - 1].is_word:
        return None
    opening = k == 1 or tokens[k - 2].text in QUOTES  # "Opponents of ...": the sentence's capital
    return k - 1 if (plain(k - 1) or opening) and people(sc, k - 1) else None


def _past_dateline(sc: Scan) -> int:
    """The first token past a dateline opening the sentence ("WASHINGTON, Dec. 8 (UPI) —"), or 0: the wire
    service it names reports the whole story, it is no subject of the sentence."""
    tokens = sc.tokens
    if not tokens:
        return 0
    end = past_dateline(sc.text, tokens[0].start, tokens[-1].end)
    return next((k for k, token in enumerate(tokens) if token.start >= end), 0) if end > tokens[0].start else 0


MAX_QUOTED_OBJECT = 20  # tokens of a quotation inside a clause: "as “the most valuable player,”"


def _quoted_object(sc: Scan, k: int) -> int | None:
    """The opening mark of a short quotation whose closing mark is at ``k`` and which opens right after a
    lower-case word of the clause ("summed up Clinton as “terrible,”", "thanked its members “for their
    support”"): words quoted inside the clause, not a quotation the clause's subject closes. None otherwise, as for
    a quotation that opens the sentence or follows a colon."""
    tokens = sc.tokens
    if sc.quoted[k] or tokens[k].text not in QUOTES:
        return None
    m = k - 1
    while m >= 0 and k - m <= MAX_QUOTED_OBJECT and sc.quoted[m]:
        m -= 1
    if m < 1 or m == k - 1 or tokens[m].text not in QUOTES or sc.quoted[m - 1]:
        return None
    before = tokens[m - 1]
    return m if before.is_word and not before.is_cap else None


def _verbs_object(sc: Scan, lead: int, end: int) -> bool:
    """Whether the name from ``lead`` to ``end`` is the object of an infinitive or of a participle before it
    ("a plan to bar Muslims", "from entering the United States"), so no subject; not where a participle of its
    own follows it ("to remember President Carter going on TV, declaring": he declares)."""
    tokens = sc.tokens
    if end < len(tokens) and tokens[end].is_word and not tokens[end].is_cap and sc.lower[end].endswith("ing"):
        return False
    verb = lead - 2 if lead >= 2 and sc.lower[lead - 1] == "the" else lead - 1
    if verb < 1 or not tokens[verb].is_word or tokens[verb].is_cap or sc.lower[verb] in DETERMINERS:
        return False
    before = verb - 2 if verb >= 2 and adverb_word(sc.lower[verb - 1]) else verb - 1  # "to temporarily ban Muslims"
    return (
        sc.lower[before] == "to"
        or verb < lead - 1
        and (participle_word(tokens[verb].text) or sc.lower[verb].endswith("ed") and sc.lower[before] not in PASSIVE)
    )  # "His campaign sued the DNC ..., seeking": the DNC is sued


def _opens_subject(sc: Scan, k: int) -> bool:
    """Whether a subject walked back from its head noun starts at token ``k``: the word before it is one after
    which a noun phrase begins rather than goes on ("the place Pentagon officials say": "Pentagon officials";
    "at least four senators said": "four senators")."""
    word = sc.lower[k - 1]
    if word in ("least", "most") and k >= 2 and sc.lower[k - 2] == "at":
        return True
    return (
        word in _CONTACT_HEADS
        or word in _WH_WORDS
        or word in _FOCUS_WORDS
        or word in ("yet", "nor")
        or word in LEADING_CONJUNCTIONS
        or word in SUBORDINATORS
        or word in PASSIVE
        or word in PREPOSITIONS
    )


def adverb_word(word: str) -> bool:
    """An "-ly" adverb ("particularly", "mostly"), by its form."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha()


def double_hyphen(sc: Scan, j: int) -> bool:
    """Whether token ``j`` ends a dash typed as two hyphens ("Ruiz -- who ... -- said"): two "-" tokens."""
    return j >= 1 and sc.tokens[j].text == "-" and sc.tokens[j - 1].text == "-"


def _opening_mark(sc: Scan, p: int, mark: str, double: bool) -> bool:
    """Whether token ``p`` ends the mark that opens an apposition closed by ``mark`` ("--" when ``double``)."""
    return double_hyphen(sc, p) if double else sc.tokens[p].text == mark


def _titled_name(sc: Scan, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are a title and a name and nothing else: "Gen. Joseph F. Dunford Jr.",
    "Dr. Ann Ruiz", not "a nurse" or "N.C."."""
    tokens = sc.tokens
    k = a
    while k < b and (sc.covered[k] == "role" or tokens[k].lower.rstrip(".") in _PERSON_TITLES or tokens[k].text == "."):
        k += 1
    if k == a or k == b:
        return False
    return all(
        tokens[m].text == "." or tokens[m].is_cap and tokens[m].is_word and not sc.covered[m] for m in range(k, b)
    )


# ", many of them conservatives,": an apposition that counts the people before it, who are the subject
_SHARE_WORDS = frozenset(("many", "most", "some", "all", "both", "several", "few", "none", "half", "two", "three"))
# what a sender issues: "Sanders' email to his supporters notes": the email, not the supporters
_SENDER_NOUNS = MESSAGES | frozenset(("petition", "appeal", "request", "ad", "advertisement", "plea", "pitch"))
_SENDER_LINKS = frozenset(("to", "for", "from", "with", "about", "on"))

_SURVEYS = frozenset(("poll", "polls", "survey", "surveys", "study", "studies"))
# heads of "X of Y" that are a finding, not who speaks: "Polling of union voters shows", "An analysis of the
# data found" (an "-ing" head too: "Sampling of voters suggests")
_FINDING_HEADS = frozenset(
    ("polling", "analysis", "analyses", "review", "audit", "data", "research", "tally", "count", "estimate")
    + ("average", "breakdown", "sample", "examination", "reading", "readout", "tracking", "canvass", "census")
)


def _thing_of(sc: Scan, start: int) -> bool:
    """Whether the phrase at ``start`` is what "of" ties to a finding that opens the clause: "Polling of union
    voters shows" (the polling shows; the voters say nothing), not "most of the senators", "critics of the plan"
    or a name ("the University of Michigan")."""
    tokens = sc.tokens
    of = start - 2 if start >= 2 and sc.lower[start - 1] == "the" else start - 1
    head = of - 1
    if head < 0 or sc.lower[of] != "of" or sc.quoted[of] or sc.quoted[head] or sc.covered[head]:
        return False
    word = sc.lower[head]
    if not (word in _FINDING_HEADS or word.endswith("ing") and word.isalpha() and len(word) > 5):
        return False
    if word in PREPOSITIONS or tokens[head].is_cap and head > 0 and tokens[head - 1].is_cap:
        return False  # "including", "Bank Polling of Ohio": a name
    first = head - 1 if head >= 1 and sc.lower[head - 1] in DETERMINERS else head
    return first == 0 or not tokens[first - 1].is_word or sc.lower[first - 1] in LEADING_CONJUNCTIONS


# heads of "X of / on Y" that are a thing done to or by Y, never Y's words: "The popularity of Vale shows",
# "Ruiz's attack on Vale indicates" (Vale is what the thing is about)
_THING_HEADS = frozenset(
    ("popularity", "attack", "attacks", "rise", "success", "victory", "defeat", "surge", "decline", "candidacy")
    + ("treatment", "handling", "nomination", "criticism", "embrace", "rejection", "dominance", "strength")
)


def _object_of_thing(sc: Scan, start: int) -> int | None:
    """Where the head sits when the name at ``start`` is the object of "of"/"on" after a thing (``_THING_HEADS``)
    that opens the clause, after an article or an owner's "'s"; else None."""
    tokens = sc.tokens
    p = start - 2 if start >= 2 and sc.lower[start - 1] == "the" else start - 1
    head = p - 1
    if head < 0 or sc.lower[p] not in ("of", "on", "against") or sc.quoted[p] or sc.quoted[head]:
        return None
    if sc.lower[head] not in _THING_HEADS or tokens[head].is_cap:
        return None
    return head


class SpeakerPhrases:
    """Finds the noun phrase that is a cue's subject and returns its speaker."""

    def __init__(self, lex: Lexicon, cast: Cast, namer: SpeakerNamer, pronouns: PronounResolver) -> None:
        self.lex, self.cast = lex, cast
        self.namer, self.pronouns = namer, pronouns

    def named_in(self, sc: Scan, i: int, sentence: int, stop: int | None = None) -> Speaker | None:
        """The body or person named in a source phrase: "according to a new article in Politico" -> Politico."""
        tokens = sc.tokens
        end = i
        limit = len(tokens) if stop is None else stop
        while end < limit and end - i < 15 and (tokens[end].is_word or tokens[end].text in ("'s", "’s", "-")):
            end += 1
        runs = [k for k in range(i, end) if tokens[k].is_cap and tokens[k].is_word or sc.covered[k] == "side"]
        if not runs:
            return None
        last = runs[-1] + 1
        first = runs[-1]
        while first > i and (tokens[first - 1].is_cap and tokens[first - 1].is_word or sc.covered[first - 1] == "side"):
            first -= 1
        return self.namer.named(sc, first, last, sentence)

    def ending_at(self, sc: Scan, j: int, sentence: int) -> Speaker | None:
        """The noun phrase ending at token ``j``, read as the subject of a cue."""
        tokens = sc.tokens
        word = tokens[j].lower
        if pronoun_kind(word):
            return self.pronouns.resolve(word, tokens[j].text, sentence, j)
        if tokens[j].is_cap or sc.covered[j] == "side":
            start = j
            while start > 0 and (
                tokens[start - 1].is_cap and tokens[start - 1].is_word or sc.covered[start - 1] or owned_name(sc, start)
            ):
                start -= 2 if owned_name(sc, start) else 1  # "People's Daily Online": one name
            start = start_over_ampersand(sc, 0, start, j + 1, self.lex)  # "Ann & Lily Kell Foundation"
            if start < j and self._opening_word_only(sc, start):
                start += 1  # "Does Rubio", "Perhaps Russia", "Interestingly Blocher": the capital is the sentence's
            if start == j and (
                contraction(tokens[j].text)
                or j == 0
                and word in _OPENING_ONLY | PREPOSITIONS | CLAUSE_OPENERS | SUBORDINATORS | LEADING_CONJUNCTIONS
            ):
                return None  # "Since announcing ...", "Specifically I've heard": an opener or a pronoun, no name
            if (
                start >= 2
                and tokens[start - 1].lower in ("in", "at", "from")
                and is_people_noun(tokens[start - 2].lower)
            ):
                sides = [sc.side_of[k] for k in range(start, j + 1) if k in sc.side_of]
                if sides:  # "Officials in Brussels said"
                    return Speaker(
                        sc_text(sc, start - 2, j + 1), sides[-1], BODY, written=sc_text(sc, start - 2, j + 1)
                    )
            if (
                start >= 2
                and tokens[start].is_cap
                and participle_word(tokens[start - 1].text)
                and tokens[start - 2].is_word
                and (tokens[start - 2].text.endswith("s") or tokens[start - 2].is_cap)  # "Democrats supporting"
                and not sc.quoted[start - 2]
                and tokens[start - 2].lower not in STOP_NP | DETERMINERS | PREPOSITIONS | PASSIVE | SKIP_LEFT
            ):
                return self.ending_at(sc, start - 2, sentence)  # "Democrats supporting Ruiz say": the Democrats
            if _thing_of(sc, start):
                return None  # "Polling of Democrats shows"
            thing = _object_of_thing(sc, start)
            if thing is not None:
                # "Ruiz's attack on Vale indicates she ...": the owner's; "The popularity of Vale shows": nobody's
                at = thing - 1
                while (
                    at > thing - 3
                    and at >= 1
                    and not possessive(sc, at)
                    and tokens[at].is_word
                    and not tokens[at].is_cap
                    and sc.lower[at] not in STOP_NP | DETERMINERS
                ):
                    at -= 1  # "Ruiz's aggressive attack on Vale"
                if at >= 1 and possessive(sc, at) and tokens[at - 1].is_cap and not sc.quoted[at - 1]:
                    return self.ending_at(sc, at - 1, sentence)
                return None
            applies, object_speaker = self._after_preposition(sc, start, j, sentence)
            if applies:
                return object_speaker
            who = self._relative_opener(sc, start)
            if who is not None:  # "Voters who backed Ruiz say": the voters, never Ruiz
                return self.ending_at(sc, who - 1, sentence) if who >= 1 and tokens[who - 1].is_word else None
            link = start - 2 if start >= 2 and tokens[start - 1].lower == "the" else start - 1
            if (
                link >= 1
                and tokens[link].lower in _PLACE_LINKS
                and tokens[link - 1].is_cap
                and tokens[link - 1].is_word
                and not sc.quoted[link - 1]
                and not any(sc.covered[k] == "role" for k in range(start, j + 1))  # "at X professor Ann Lee"
            ):
                # "Ann Lee of Grace Church in Marion said", "Republicans in Congress say": the place is where the
                # speaker is, the name before it speaks
                placed = self.ending_at(sc, link - 1, sentence)
                if placed is not None:
                    return placed
            if (
                start >= 2
                and tokens[start - 1].lower in _PLACE_LINKS
                and tokens[start - 2].is_word
                and not tokens[start - 2].is_cap
                and not sc.quoted[start - 2]
                and sc.lower[start - 2].endswith("s")
                and sc.lower[start - 2].isalpha()
                and not is_people_noun(sc.lower[start - 2])
                and sc.covered[start - 2] is None
            ):
                if sc.lower[start - 2].endswith(("ers", "ists", "ants", "ents")):
                    return self.ending_at(sc, start - 2, sentence)  # "Clinton's boosters in New Hampshire"
                return None  # "the remaining casinos in Atlantic City reported": the place does not speak
            before = start - 2 if start >= 2 and tokens[start - 1].lower in _AFFILIATIONS else start - 3
            if (
                before >= 0
                and tokens[before + 1].lower in _AFFILIATIONS | {"the"}
                and tokens[before].is_cap
                and tokens[start - 1].lower in _AFFILIATIONS | {"the"}
                and not sc.covered[before]
            ):
                # "Chris Murphy of Connecticut said", "Dana Rubinstein at POLITICO New York reports"
                owner = self.ending_at(sc, before, sentence)
                if owner is not None and owner.kind == PERSON:
                    return owner
                of = tokens[before + 1].lower == "of"
                if of and owner is not None and owner.actor is None and owner.name[:1].islower():
                    # "a spokesman for Mayor Frank Jackson of Cleveland said": the whole phrase
                    phrase = f"{owner.name} {sc_text(sc, before + 1, j + 1)}"
                    return Speaker(phrase, owner.side, BODY, written=phrase)
            named = self.namer.named(sc, start, j + 1, sentence)
            if named is not None or not is_people_noun(tokens[j].lower):
                return named
            return Speaker(tokens[j].text, None, BODY, written=tokens[j].text, named=False)
        # a common-noun subject: walk back to a determiner, punctuation or the sentence start
        start = j
        while start > 0 and j - start < 5:
            prev = tokens[start - 1]
            if (
                possessive(sc, start - 1)
                and start >= 2
                and (sc.covered[start - 2] == "side" or tokens[start - 2].is_cap)
            ):
                start -= 2  # "China's coast guard", "O'Malley's campaign"
                while start > 0 and tokens[start - 1].is_cap and tokens[start - 1].is_word:
                    start -= 1
                break
            if prev.text == "-" and start >= 2 and tokens[start - 2].text.isdigit():
                start -= 2  # "The 43-year-old former congressman": the age is part of the phrase
                continue
            if (
                not prev.is_word
                or prev.lower in STOP_NP
                or start >= 2
                and sc.lower[start - 2] in AUXILIARIES  # "her administration would handle longtime donors": a verb
                and not sc.quoted[start - 2]
                or sc.quoted[start - 1]
                or _opens_subject(sc, start)
            ):
                break
            start -= 1
            if prev.lower in DETERMINERS or prev.lower in ("both", "all"):
                break
        if (
            start >= 3
            and start == j
            and sc.lower[start - 1] in ("and", "or")
            and is_people_noun(sc.lower[j])
            and is_people_noun(sc.lower[start - 2])
            and not sc.quoted[start - 2]
        ):
            start -= 2  # "Her advisers and allies say": both heads, one phrase
            while (
                start > 0
                and j - start < 6
                and (
                    sc.lower[start - 1] in DETERMINERS
                    or adverb_word(sc.lower[start - 1])
                    or tokens[start - 1].is_word
                    and not tokens[start - 1].is_cap
                    and sc.lower[start - 1] not in STOP_NP | PREPOSITIONS | PASSIVE
                    and not _opens_subject(sc, start)
                )
            ):
                start -= 1
                if sc.lower[start] in DETERMINERS:
                    break
        listed = self._people_list_start(sc, start, j)
        if listed < start:  # "Friends, lobbyists and former foes say": all of them, none named
            phrase = sc_text(sc, listed, j + 1)
            return self.namer.nominal(sc, listed, j + 1, sentence) or Speaker(
                phrase, None, BODY, written=phrase, named=False
            )
        if (
            start >= 3
            and sc.lower[start - 1] in ("in", "at", "from", "across")
            and tokens[start - 2].is_word
            and not tokens[start - 2].is_cap
            and sc.lower[start - 2].endswith("s")
            and sc.lower[start - 2] not in STOP_NP | PREPOSITIONS | PASSIVE | SKIP_LEFT
            and sc.lower[j] not in _SURVEYS  # "78 percent of voters in a CBS poll said": the poll's finding
            and sc.lower[start - 3] not in PREPOSITIONS  # "a poll conducted by voters in the primary showed"
            and not sc.quoted[start - 2]
        ):
            return self.ending_at(sc, start - 2, sentence)  # "other bundlers in both parties said": the bundlers
        if (
            start >= 3
            and sc.lower[start - 1] == "whose"
            and tokens[start - 2].text == ","
            and (is_people_noun(sc.lower[j]) or sc.covered[j] == "role" or sc.lower[j][:-1] in role_heads(self.lex))
        ):
            owner = self.ending_at(sc, start - 3, sentence) if tokens[start - 3].is_cap else None
            if owner is not None and owner.named and owner.name:
                # "a setback for Trump, whose attorneys argued": Trump's attorneys
                phrase = f"{owner.name}'s {sc_text(sc, start, j + 1)}"
                return Speaker(phrase, owner.side, BODY, written=sc_text(sc, start - 1, j + 1))
        if (
            start >= 2
            and tokens[start - 1].lower == "and"
            and not tokens[start].is_cap
            and (tokens[start - 2].is_cap or pronoun_kind(tokens[start - 2].lower) == PERSON)
            and tokens[start - 2].is_word
            and not sc.quoted[start - 2]
            and (
                is_people_noun(tokens[j].lower)
                or sc.covered[j] == "role"
                or sc.lower[start] == "other"
                and sc.lower[j].endswith("s")  # "Rao and other prominent bundlers"
            )
        ):
            # "Mr. Xi and other leaders said", "Ward and other security experts acknowledge": the named first
            # of the two speaks for both; "other leaders" alone names nobody
            first = self.ending_at(sc, start - 2, sentence)
            if first is not None:
                return first
        if _thing_of(sc, start):
            return None  # "Polling of union voters shows": a finding, not the voters' words
        link = start - 2 if start >= 2 and sc.lower[start - 1] in ("the", "his", "her", "their", "its") else start - 1
        if (
            link >= 1
            and sc.lower[link] in _SENDER_LINKS
            and sc.lower[link - 1] in _SENDER_NOUNS
            and not sc.quoted[link - 1]
            and not sc.quoted[link]
        ):
            return self.ending_at(sc, link - 1, sentence)  # "Sanders' email to his supporters notes": the email's
        if (
            start == j
            and j >= 1
            and (
                sc.lower[j - 1] in AUXILIARIES
                or j >= 2
                and adverb_word(sc.lower[j - 1])
                and sc.lower[j - 2] in AUXILIARIES
            )
        ):
            return None  # "Republicans can reasonably campaign saying": a verb, its subject further back
        if start >= 2 and sc.lower[start - 1] == "of" and sc.covered[start - 1] == "role":
            role = start - 1
            while role > 0 and sc.covered[role - 1] == "role":
                role -= 1
            the = next((k for k in range(role - 1, max(-1, role - 3), -1) if sc.lower[k] in ("the", "this")), None)
            if the is not None and all(sc.tokens[k].is_word and not sc.tokens[k].is_cap for k in range(the, role)):
                role = the  # past its modifiers to its article: "the former secretary of state"
            holder = self.namer.nominal(sc, role, j + 1, sentence)
            if holder is not None and holder.actor is not None:
                return holder  # "the former secretary of state": one role, and the article named who holds it
        group = self._people_of(sc, start, j)
        if group is not None:
            return group
        return self.namer.nominal(sc, start, j + 1, sentence)

    def _people_list_start(self, sc: Scan, start: int, j: int) -> int:
        """Where a list of plural nouns for people joined by commas and "and" ("Friends, lobbyists and former foes
        say", "Donors, aides and allies say") begins, where the subject ``[start, j]`` is its last item; else
        ``start``. Every item must name people, so "After the votes, donors and aides said" stays the last two."""
        tokens, lower = sc.tokens, sc.lower
        if not (2 <= start <= j and self._listed_people(sc, j)):
            return start
        joined = any(lower[k] in ("and", "or") for k in range(start, j))  # "lobbyists and activists" read before
        if not (lower[start - 1] in ("and", "or") or joined and tokens[start - 1].text == ","):
            return start
        first, k, items = start, start - 2, 1
        while k >= 0 and items < MAX_LISTED and self._listed_people(sc, k):
            first, items = k, items + 1
            while k - first < 3 and first >= 1 and self._list_modifier(sc, first - 1):
                first -= 1  # "former foes", "private Chinese companies"
            if first < 2 or tokens[first - 1].text != ",":
                break
            k = first - 2
        return first if items > 1 else start

    def _list_modifier(self, sc: Scan, m: int) -> bool:
        """Whether token ``m`` describes the people noun after it in a list ("former", "Chinese", a sentence's
        first word "Cyber"), not a determiner ("many", "the") nor a word of the clause before the list."""
        word = sc.tokens[m]
        if not word.is_word or sc.quoted[m] or word.lower in STOP_NP | PREPOSITIONS | DETERMINERS | PASSIVE | SKIP_LEFT:
            return False
        return not word.is_cap or m == 0 or sc.covered[m] == "side"

    def _listed_people(self, sc: Scan, k: int) -> bool:
        """Whether token ``k`` is a plural noun for people that may stand in a list of speakers ("lobbyists",
        "friends"), lower-case unless it opens the sentence."""
        word = sc.tokens[k]
        return (
            word.is_word
            and (not word.is_cap or k == 0)
            and not sc.quoted[k]
            and word.lower.endswith("s")
            and (is_people_noun(word.lower) or word.lower in _RELATIVES)
        )

    def _people_of(self, sc: Scan, start: int, j: int) -> Speaker | None:
        """ "Members of the conservative press said", "Critics of the plan say": people of something speak, the
        something (``[start, j]``, after "of") does not. The whole phrase is the speaker, as with "Critics of
        Ruiz"; None where no people word heads it."""
        tokens = sc.tokens
        head = start - 2
        if head < 0 or tokens[start - 1].lower not in ("of", "at") or sc.quoted[start - 1] or sc.quoted[head]:
            return None
        staff = tokens[head].lower in _STAFF_NOUNS  # "One employee at a software firm": the employee, not the firm
        if not (tokens[head].is_word and (is_people_noun(tokens[head].lower) or sc.covered[head] == "role" or staff)):
            return None
        if any(tokens[k].is_cap or not tokens[k].is_word for k in range(start, j + 1)) or sc.lower[j] in (
            DETERMINERS | STOP_NP | SKIP_LEFT | PASSIVE
        ):
            return None  # not a plain common noun phrase after "of": "Secretary of State Ken Detzner sent out a"
        first = head
        while (
            first > 0
            and head - first < 4
            and tokens[first - 1].is_word
            and (not tokens[first - 1].is_cap or first - 1 > 0)  # "An Associated Press survey of ...": whose
            and not sc.quoted[first - 1]
            and tokens[first - 1].lower not in STOP_NP | PREPOSITIONS | SKIP_LEFT | PASSIVE | DETERMINERS
        ):
            first -= 1  # "conservative critics of the plan"
        phrase = sc_text(sc, first, j + 1)
        sides = [sc.side_of[k] for k in range(first, j + 1) if k in sc.side_of]
        side = sides[-1] if sides else None
        if staff and not tokens[head].lower.endswith("s"):
            return Speaker(phrase, side, PERSON, written=phrase, named=False)  # one of them, unnamed
        return Speaker(phrase, side, BODY, written=phrase, named=side is not None)

    def _after_preposition(self, sc: Scan, start: int, j: int, sentence: int) -> tuple[bool, Speaker | None]:
        """A name that is the object of a preposition before a cue is not who speaks: "Critics of Ruiz said" and
        "aides to Ruiz say" are the critics and the aides, named by the whole phrase ("Critics of Ruiz");
        "Officials who spoke with the Daily Star said" is no speaker that a name gives. Returns whether the rule
        applies (a people word or role before the preposition, or a relative clause) and the speaker."""
        tokens = sc.tokens
        after = j + 1
        if after < len(tokens) and (possessive(sc, after) or self._noun_cue_at(sc, after)):
            return False, None  # "comply with the DOJ demand", "a dig at Trump's statement": the name owns the cue
        p = start - 1
        if p >= 1 and tokens[p].lower == "the":
            p -= 1
        if p < 1 or tokens[p].lower not in _OBJECT_PREPOSITIONS or sc.quoted[p]:
            return False, None
        head = p - 1
        if head >= 1 and tokens[head].lower in _RELATION_WORDS:
            head -= 1  # "people close to Ruiz", "sources familiar with the Daily Star"
        people = self._people_word(sc, head)
        if not people:
            outer = _outer_people_head(sc, head, self._people_word)
            if outer is not None:
                head, people = outer, True  # "Opponents of the deal in Congress say": the opponents
        word = tokens[head]
        opening = head == 0 or tokens[head - 1].text in QUOTES  # "Critics of Ruiz said": a capital proves nothing
        if not word.is_word or sc.quoted[head] or word.is_cap and not (opening and people):
            return False, None  # "the University of Michigan", "Murphy of Connecticut", "Bank of America": a name
        if not people:
            relative = next(
                (k for k in range(head - 1, max(head - 8, -1), -1) if not tokens[k].is_word or sc.lower[k] == "who"),
                None,
            )
            if relative is not None and sc.lower[relative] == "who" and not sc.quoted[relative]:
                return True, None  # "Officials who spoke with the Daily Star said": the Star is no speaker
            return False, None
        first = head
        while (
            first > 0
            and head - first < 3
            and tokens[first - 1].is_word
            and not tokens[first - 1].is_cap
            and tokens[first - 1].lower not in STOP_NP | PREPOSITIONS | SKIP_LEFT | PASSIVE | DETERMINERS
            and not sc.quoted[first - 1]
        ):
            first -= 1  # "two former aides to Ruiz"
        lead = first - 1 if first > 0 and tokens[first - 1].lower in DETERMINERS - {"those"} else first
        if lead > 0 and tokens[lead - 1].lower in PASSIVE | {"as", "who"}:
            return False, None  # "Packer, who is chairman of the Pac,": a predicate, not a subject
        if lead >= 2 and tokens[lead - 1].text == "," and tokens[lead - 2].is_cap and tokens[lead - 2].is_word:
            return True, self.ending_at(sc, lead - 2, sentence)  # "Doug Andres, a spokesman for Paul Ryan told"
        named = self.namer.named(sc, start, j + 1, sentence)  # still a mention: a later "Ruiz" is this one
        speaks_for = tokens[p].lower in ("to", "for") or sc.covered[head] == "role"
        side = named.side if named is not None and speaks_for else None
        if tokens[p].lower in ("in", "at", "from"):  # "officials in Brussels": the place's side
            sides = [sc.side_of[k] for k in range(start, j + 1) if k in sc.side_of]
            side = sides[-1] if sides else side
        phrase = sc_text(sc, first, j + 1)
        return True, Speaker(phrase, side, BODY, written=phrase)

    def _people_word(self, sc: Scan, k: int) -> bool:
        """Whether token ``k`` names people who may speak: "critics", "aides", a role, "workers", "those"."""
        word = sc.tokens[k].lower
        return is_people_noun(word) or sc.covered[k] == "role" or word in _STAFF_NOUNS | _RELATIVES | {"those"}

    def _relative_opener(self, sc: Scan, start: int) -> int | None:
        """Where a "who" opens the relative clause that a name at ``start`` ends: "Voters who backed Ruiz say",
        "leaders who worked for Cruz or Ben Carson said". None where punctuation or a quotation comes first."""
        tokens = sc.tokens
        for k in range(start - 1, max(start - MAX_RELATIVE_CLAUSE, -1), -1):
            if sc.quoted[k] or not (tokens[k].is_word or tokens[k].text in ("'s", "’s", "-")):
                return None
            if tokens[k].lower in _CLAUSE_BREAKS:
                return None  # "so heated over who backed which bill that Christie said": a new clause
            if tokens[k].lower.replace("’", "'").split("'")[0] == "who":  # "who", "who'd"; not "Bannon, who Beck
                # called ...": there Beck is the subject
                return k if k >= 1 and k < start - 1 and not sc.quoted[k - 1] else None
        return None

    def _noun_cue_at(self, sc: Scan, k: int) -> bool:
        cue = self.lex.cues.match_keys(sc.lower, k)
        return cue is not None and cue[1] == "noun"

    def _opening_word_only(self, sc: Scan, k: int) -> bool:
        """Whether token ``k``, opening the sentence (or a quotation), is capitalised only for that: a verb,
        preposition or adverb ("Does", "From", "Perhaps", "Specifically"), never a given name ("Carly")."""
        word = sc.tokens[k].text
        if k > 0 and sc.tokens[k - 1].text not in QUOTES or word in self.lex.given_names:
            return False
        lower = word.lower()
        return lower in _OPENING_ONLY or lower in PREPOSITIONS or (lower.endswith("ly") and len(lower) > 5)

    def subject_of_appositions(self, sc: Scan, comma: int, sentence: int) -> Speaker | None:
        """ "Ann Ruiz, 49, a nurse who lives in Leeds, Kent, said Trump will...": the clause's subject, before a
        chain of appositions (an age, a role, a relative clause, a place), however long, not a name inside them."""
        tokens = sc.tokens
        start = comma
        while start > 0 and comma - start < MAX_APPOSITION_CLAUSE:
            prev = tokens[start - 1]
            if prev.text in (";", ":", "(", ")", "—", "–") or prev.text in QUOTES or sc.quoted[start - 1]:
                break
            start -= 1
        if start > 0 and comma - start >= MAX_APPOSITION_CLAUSE:
            return None
        cuts = [start - 1, *(k for k in range(start, comma) if tokens[k].text == ","), comma]
        segments = [(a + 1, b) for a, b in pairwise(cuts)]
        if any(a >= b for a, b in segments):
            return None
        for k in range(1, len(segments)):  # the longest chain of appositions that follows a name
            head_start, head_end = segments[k - 1]
            name = head_end - 1
            if tokens[name].text == ")" and not sc.quoted[name]:  # "Sen. Roy Blunt (R-Mo.), facing ...": the name
                opening = next(
                    (m for m in range(name - 1, max(head_start, name - 8) - 1, -1) if tokens[m].text == "("), 0
                )
                name = opening - 1 if opening > head_start else name
            if (
                head_end - head_start > MAX_SUBJECT_SEGMENT
                or adverbial(sc, head_start)
                or not (tokens[name].is_cap and tokens[name].is_word)
            ):
                continue
            chain = segments[k:]
            if not all(apposition(sc, a, b, n > 0) for n, (a, b) in enumerate(chain)):
                continue
            if (
                k >= 2
                and head_end - head_start <= 3
                and is_place_phrase_before(sc, head_start - 1)
                and not self._person_run(sc, head_start, head_end)
            ):
                return None  # "officials familiar with the house in Chappaqua, N.Y., speaking ...,": the state
            if any(
                sc.covered[chain[n - 1][1] - 1] == "role" and tokens[a].is_cap for n, (a, _) in enumerate(chain) if n
            ):
                return None  # "the previous nominee, Mitt Romney, said": the name after a role speaks (read below)
            if tokens[head_start].lower in DETERMINERS and _titled_name(sc, *chain[0]):
                # "The chairman of the Joint Chiefs, Gen. Ann Ruiz, said": the apposition names who the role
                # phrase describes, and she speaks, not the body inside the role phrase
                last = chain[0][1] - 1
                while tokens[last].text == ".":
                    last -= 1  # "Jr."
                return self.ending_at(sc, last, sentence)
            run = name
            while run > head_start and tokens[run - 1].is_cap and tokens[run - 1].is_word:
                run -= 1
            if run > head_start and tokens[run - 1].lower in PREPOSITIONS - {"of"}:
                return None  # "Officials familiar with the house in Chappaqua, N.Y., said": a place, not who speaks
            return self.ending_at(sc, name, sentence)
        return None

    def before_apposition(self, sc: Scan, j: int, sentence: int, start: int | None = None) -> Speaker | None:
        """ "Melanie Joly, (Canada's foreign minister,) said": a name, or the phrase an apposition describes.

        ``start`` is where to look back from when the apposition ends in a quoted title. A dash typed as two
        hyphens ("Joyce -- who is a lawyer -- told") is two "-" tokens, read as one dash.
        """
        tokens = sc.tokens
        mark = tokens[j].text  # "Joyce — who is a lawyer — told": a dash apposition closes as it opens
        double = double_hyphen(sc, j)
        c = j - 1 if double else j  # the closing mark's first token
        p = c - 1 if start is None else start
        while p >= 0 and c - p <= 30 and not sc.quoted[p] and not _opening_mark(sc, p, mark, double):
            p -= 1
        if p < 1 or not _opening_mark(sc, p, mark, double):
            return None
        if mark == "," and tokens[p + 1].lower not in _RELATIVE_WORDS:
            # "Ann Lee, who served in Iran, Turkey and France, praised": the comma found is inside a relative
            # clause; the clause is the apposition, and the places in it are no subject
            p = self._relative_comma(sc, p, j)
        a = p - 1 if double else p  # the opening mark's first token; ``p`` its last
        opener = tokens[p + 1].lower
        if c - p > 12 and opener not in ("who", "whose", "which"):
            return None  # only a relative clause runs that long between a name and its verb
        describes_role = (
            any(sc.covered[k] == "role" for k in range(p + 1, c))
            or opener in ("who", "whose", "which", "a", "an", "the")  # "X, who has endorsed Clinton, said"
            or tokens[p + 1].text.isdigit()  # "Smith, 70, told"
            or is_place_phrase(sc, p + 1, c)  # "Trump, in Kentucky, said"
            or (adverb_word(opener) and is_place_phrase(sc, p + 2, c))  # "Voters, particularly in Iowa, say"
            or (opener.endswith("ing") and not tokens[p + 1].is_cap)  # "Fiorina, speaking to Iowans, said"
            or opener in APPOSITION_OPENERS  # "Cruz (R-Texas), also a candidate, called"
            or opener in CLAUSE_OPENERS  # "Powell's office, when contacted by Reuters, said"
            or (opener in _SHARE_WORDS and p + 2 < c and tokens[p + 2].lower == "of")  # ", many of them Catholics,"
            or (c - p <= 3 and tokens[p + 1].is_cap and is_place_phrase_before(sc, a))  # "of Washington, D.C.,"
        ) and not (opener == "the" and not tokens[a - 1].is_cap)
        if not describes_role and start is None and tokens[c - 1].is_cap and tokens[a - 1].is_word:
            # "A former candidate — John McCain, who lost to Obama — said": the name the dash gives, not one in
            # the relative clause on it
            relative = next(
                (k for k in range(p + 2, c) if tokens[k].text == "," and sc.lower[k + 1] in _RELATIVE_WORDS), c
            )
            inner = self.ending_at(sc, relative - 1, sentence) if tokens[relative - 1].is_cap else None
            if inner is not None:
                return inner
        if not describes_role:
            return None
        end = before_places(sc, a)
        if end >= 2 and tokens[end].text == ")":  # "Sen. Ted Cruz (R-Texas), also a candidate, called"
            opening = next((k for k in range(end - 1, max(end - 8, -1), -1) if tokens[k].text == "("), None)
            end = opening - 1 if opening is not None else end
        outer = self.ending_at(sc, end, sentence) if end >= 0 and tokens[end].is_word else None
        vague = outer is None or not outer.name[:1].isupper()  # "Several candidates", "Some observers"
        one = not any(tokens[k].lower in (",", "and", "—", "–") for k in range(p + 2, c))  # one person, not a list
        if (outer is None and opener == "like" or vague and one and opener == "including") and tokens[c - 1].is_cap:
            # "the biggest hawks, like Rubio and Bush, say", "Several candidates, including Trump, said": the one
            # named speaks for them
            return self.ending_at(sc, c - 1, sentence) or outer
        return outer

    @staticmethod
    def _relative_comma(sc: Scan, p: int, j: int) -> int:
        """The comma opening a ", who" / ", which" clause that the comma at ``p`` falls inside (no stronger
        mark or quotation between them, within the reach of one apposition before ``j``); else ``p``."""
        tokens = sc.tokens
        for k in range(p - 1, max(j - 30, 1) - 1, -1):
            if sc.quoted[k] or tokens[k].text in (";", ":", "(", ")", "—", "–") or tokens[k].text in QUOTES:
                return p
            if sc.lower[k] in _RELATIVE_WORDS and tokens[k - 1].text == ",":
                return k - 1
        return p

    def starting_at(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """The noun phrase starting at token ``i`` ("said Trump", "according to officials")."""
        tokens = sc.tokens
        if i >= len(tokens) or not tokens[i].is_word:
            return None
        role_named = self._role_then_name(sc, i, sentence) or self._description_then_name(sc, i, sentence)
        if role_named is not None:
            return role_named
        if pronoun_kind(tokens[i].lower):
            return self.pronouns.resolve(tokens[i].lower, tokens[i].text, sentence, i)
        j = i
        while (
            j < len(tokens)
            and j - i < 8
            and (tokens[j].is_word and tokens[j].lower not in STOP_NP - {"of"} or possessive(sc, j))
        ):
            j += 1
        if (
            j > i
            and j + 1 < len(tokens)
            and tokens[j].lower == "and"
            and all(sc.covered[k] == "role" for k in range(i, j))
        ):
            # "said lobbyist and GOP strategist Charlie Black": two roles of one person, then the name
            second = self.starting_at(sc, j + 1, sentence)
            if second is not None and second.actor is not None and second.actor.kind == PERSON and second.named:
                return second
        if (
            j + 1 < len(tokens)
            and j > i
            and tokens[j].lower in ("to", "for")
            and (sc.covered[j - 1] == "role" or is_people_noun(tokens[j - 1].lower))
        ):
            k = j + 2 if tokens[j + 1].lower in ("the", "both") else j + 1
            end = k
            while end < len(tokens) and tokens[end].is_cap and tokens[end].is_word:
                end += 1
            if end > k:  # "a longtime adviser to Trump": whose adviser is part of who speaks
                first = i + 1 if tokens[i].lower in DETERMINERS else i
                phrase = sc_text(sc, first, end)
                sides = [sc.side_of[m] for m in range(i, end) if m in sc.side_of]
                return Speaker(phrase, sides[-1] if sides else None, BODY, written=sc_text(sc, i, end))
        if j + 1 < len(tokens) and tokens[j].lower in ("by", "from") and tokens[j + 1].is_cap:
            end = j + 1  # "according to a new poll by the Harvard Institute": the named source
            while end < len(tokens) and (tokens[end].is_cap and tokens[end].is_word or sc.covered[end]):
                end += 1
            by = self.namer.named(sc, j + 1, end, sentence)
            if by is not None:
                return by
        named = [k for k in range(i, j) if tokens[k].is_cap and sc.covered[k] is None]
        if named:
            start = named[0]
            end = start
            while end < j and (tokens[end].is_cap and sc.covered[end] is None or owned_name(sc, end + 1)):
                end += 1  # "People's Daily": the possessive inside one name
            head = place_body_head(sc, end, j)
            body = self.namer.nominal(sc, i, head + 1, sentence) if head is not None else None
            if body is not None:
                return body  # "said the Varna port authority": the body, not the place
            if end + 1 < j and possessive(sc, end):
                if tokens[end + 1].is_cap and sc.covered[end + 1] is None:
                    return self.starting_at(sc, end + 1, sentence)  # "said CNN's Dana Bash": Bash, not CNN
                m = end + 1
                while m < j and tokens[m].is_word and not tokens[m].is_cap:
                    m += 1
                run = m
                while run < j and name_word(sc, run):
                    run += 1
                if m < run:  # "said Ruiz's top aide Ann Lee": the aide's name
                    return self.namer.named(sc, m, run, sentence)
                return self.namer.nominal(sc, i, j, sentence)  # "said Trump's campaign": the campaign
            if end < j and party_member(sc, end) and (end + 1 == j or not tokens[end + 1].is_cap):
                end += 1  # "said a New Hampshire Republican": the party word is part of who speaks
            after = end
            while after < j and (
                sc.covered[after] == "role"
                or party_member(sc, after)
                or is_people_noun(tokens[after].lower + "s")
                or is_people_noun(tokens[after].lower)
                or tokens[after].lower in role_heads(self.lex)
            ):
                after += 1
            if after == end:
                # "said Cruz constituent Dan Golvach", "said Harbor party boss Tom Fox": words for who they are,
                # then the full name
                after = description_before_name(sc, end, j)
            if after > end and after < j and tokens[after].is_cap and sc.covered[after] is None:
                start = end = after  # "said Virginia delegate Beau Correll": the name after the role
                while end < j and tokens[end].is_cap and sc.covered[end] is None:
                    end += 1
                return self.namer.named(sc, start, end, sentence)
            if after > end and not sc.covered[i] and (after == j or not tokens[after].is_cap):
                # "said one Trump confidant", "said a Clinton aide": the name says whose; the aide speaks
                first = i + 1 if tokens[i].lower in DETERMINERS or tokens[i].lower in MEMBER_DETERMINERS else i
                self.namer.named(sc, start, end, sentence)  # still a mention: "Mr. Cruz" next is this adviser's Cruz
                sides = [sc.side_of[m] for m in range(i, after) if m in sc.side_of]
                return Speaker(
                    sc_text(sc, first, after), sides[-1] if sides else None, BODY, written=sc_text(sc, i, after)
                )
            return self.namer.named(sc, i if sc.covered[i] else start, end, sentence)
        return self.namer.nominal(sc, i, j, sentence)

    def _role_then_name(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """ "a spokeswoman for the ministry, Anna Berg.": the name the role phrase leads to."""
        tokens = sc.tokens
        k = i + 1 if tokens[i].lower in ("a", "an", "the") else i
        if k == i:  # "Rubio's deputy campaign manager, Rich Beeson": an owner before the role
            while k < len(tokens) and name_word(sc, k):
                k += 1
            if k == i or k >= len(tokens) or not possessive(sc, k):
                return None
            k += 1
        while k < len(tokens) and tokens[k].lower in _NAME_MODIFIERS:
            k += 1  # "a former spokesman"
        if k >= len(tokens) or sc.covered[k] != "role":
            return None
        comma = next((m for m in range(k + 1, min(k + 10, len(tokens))) if tokens[m].text == ","), None)
        if comma is None or any(sc.quoted[k] for k in range(i, comma)):
            return None
        end = comma + 1
        while end < len(tokens) and name_word(sc, end):
            end += 1
        if end - comma < 3 or end < len(tokens) and tokens[end].text not in (".", ",", ";", "!", "?"):
            return None  # a two-word name or more, and nothing after it but the sentence's end
        return self.namer.named(sc, comma + 1, end, sentence)

    def _description_then_name(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """ "said his best friend at Lehigh, Bruce Turry.", "said a neighbor, Ann Lee, who ...": a short lower-case
        description of the one who speaks, then their full name in apposition, ending the clause. The name, not
        a capitalised word inside the description ("Lehigh")."""
        tokens = sc.tokens
        if tokens[i].lower not in _DESCRIBERS or sc.quoted[i]:
            return None
        comma = next((m for m in range(i + 1, min(i + MAX_DESCRIPTION, len(tokens))) if tokens[m].text == ","), None)
        if comma is None or comma < i + 2 or any(sc.quoted[m] for m in range(i, comma)):
            return None
        if tokens[i + 1].is_cap or not all(tokens[m].is_word for m in range(i + 1, comma)):
            return None  # "said his Senate ally, ...", a dash or bracket inside: another shape
        end = comma + 1
        while end < len(tokens) and name_word(sc, end):
            end += 1
        if end - comma < 3 or end < len(tokens) and tokens[end].text not in (".", ",", ";", "!", "?"):
            return None  # a full name of two words or more, and nothing after it but the clause's end
        return self.namer.named(sc, comma + 1, end, sentence)

    def clause_subject(self, sc: Scan, i: int, sentence: int, inner_quotes: bool = False) -> Speaker | None:
        """The subject of the clause a participle or noun cue hangs on: its first speaker-like phrase.

        "Smith criticised Brown's decision, saying..." is Smith's, not Brown's: names after a
        preposition or owning something ("Brown's") are objects, not the subject. With ``inner_quotes``, a
        quotation that opens after a word of the clause ("as “terrible,”") is part of it, not its edge.
        """
        tokens = sc.tokens
        floor = max(0, i - LOOK_BACK)
        title = i  # a title quoted in the clause ("visited NBC’s “Today” to discuss"): no boundary
        for k in range(i - 1, floor - 1, -1):
            if title <= k:
                continue
            if tokens[k].text in QUOTES and (opening := quoted_title_inside(sc, k)) is not None:
                title = opening
                continue
            if inner_quotes and (opening := _quoted_object(sc, k)) is not None:
                title = opening  # "summed up Clinton as “terrible,” denounced ... and said": the clause goes on
                continue
            if tokens[k].text in (";", ":") or (
                tokens[k].text in QUOTES and not sc.quoted[k] and k < i - 1 and not self._bare_apostrophe(sc, k)
            ):
                floor = k + 1
                break
        floor = max(floor, _past_dateline(sc))  # "PARIS, Aug 31 (Reuters) - Le Pen voiced support, saying": hers
        floor = opening_clause_end(sc, floor, i)  # "After Ruiz died, Park ended ... by asking": Park's
        floor = later_clause_start(sc, floor, i)  # "Ruiz won, although Park won the spin by declaring": Park's
        relative = self._relative_antecedent(sc, floor, i, sentence)
        if relative is not None:
            return relative
        runs = {run[0]: run for run in name_runs(sc, self.lex, self.cast.common) if floor <= run[0] and run[1] <= i}
        aside = asides(sc, floor, i, lambda a, b: self._person_run(sc, a, b))
        object_end = -1  # where the last name read as an object ended: "to John McConnell and Matthew Scully"
        for k in range(floor, i):
            if sc.quoted[k] or not tokens[k].is_word or aside[k - floor]:
                continue
            lead = k
            while lead > floor and (sc.covered[lead - 1] == "role" or tokens[lead - 1].text == "."):
                lead -= 1  # "behind Mrs. Ruiz": the title is no subject either
            if lead - 2 > floor and tokens[lead - 1].lower in ("'s", "’s") and tokens[lead - 2].is_cap:
                lead -= 2  # "of Venice's Grand Canal": the owner's place before it tells
                while lead > floor and tokens[lead - 1].is_cap and tokens[lead - 1].is_word:
                    lead -= 1
            after_preposition = k > 0 and tokens[k - 1].lower in PREPOSITIONS
            after_preposition = after_preposition or (
                lead > 0
                and (tokens[lead - 1].lower in PREPOSITIONS - {"including"} or participle_word(tokens[lead - 1].text))
            )  # "behind Mrs. Ruiz", "hackers backing President Zed": an object
            after_preposition = after_preposition or (
                lead >= 2 and tokens[lead - 1].lower == "the" and tokens[lead - 2].lower in PREPOSITIONS
            )  # "under the Foreign Agents Act": an object too
            after_preposition = after_preposition or (
                k >= 2 and k - 1 == object_end and tokens[k - 1].lower in ("and", "or")
            )  # the second of two objects
            after_preposition = after_preposition or (
                lead >= 2
                and tokens[lead - 1].lower == "as"
                and (tokens[lead - 2].lower in ("such", "known") or tokens[lead - 2].lower.endswith("ed"))
            )  # "also known as ISIS", "such as Ruiz": a name given, an example
            if pronoun_kind(tokens[k].lower) == PERSON and tokens[k].lower in ("he", "she") and not after_preposition:
                return self.pronouns.resolve(tokens[k].lower, tokens[k].text, sentence, k)
            group = self.lex.groups.match_keys(sc.lower, k)
            if group:
                return Speaker(group[1], group[1], GROUP, written=sc_text(sc, k, k + group[0]))
            run = runs.get(k)
            if run is None and sc.covered[k] == "side" and (k == floor or tokens[k - 1].lower in ("the", ",")):
                end = k
                while end < i and (sc.covered[end] == "side" or tokens[end].is_cap and tokens[end].is_word):
                    end += 1
                if tokens[k - 1].text == "," and k > floor and not (end < i and tokens[end].is_word):
                    continue  # "in San Bernardino, Calif., and": a place; ", Syrian hackers backing": who acts
                run = (k, end)
            if run is None or run == (0, 1) and sc.lower[0] in _OPENING_ONLY:
                continue  # "Soon after, Ruiz agreed ...": the opener's capital names nobody
            if _verbs_object(sc, lead, run[1]):
                object_end = run[1]
                continue  # "a plan to bar Muslims from entering the United States, Clinton's aide said": objects
            owner = run[1] < len(tokens) and (
                tokens[run[1]].lower in ("'s", "’s") or self._bare_apostrophe(sc, run[1])
            )  # "Europeans’ hostility": whose, not who
            role_end = run[1]
            while role_end < i and (sc.covered[role_end] == "role" or tokens[role_end].text == "."):
                role_end += 1
            if role_end > run[1] and role_end in runs and not owner:
                run = runs[role_end]  # "Texas Sen. Ted Cruz went after Vance, calling": the name after the role
            elif role_end > run[1] and not owner and self._named_in_apposition(sc, role_end, i, runs):
                # "the Freedom Party leader, Ana Ruiz, voiced support, saying": the leader named, not the party
                run = runs[role_end + 1]
            if after_preposition or owner:
                object_end = run[1] if after_preposition else object_end
                continue
            if (
                run[1] < role_end < i
                and sc.covered[run[1]] == "role"
                and not tokens[run[1]].is_cap
                and role_end not in runs
            ):
                # "The Florida senator took a heckler in stride, saying", "An NBC reporter ... asking": the name
                # only says which senator or reporter; the role is who speaks
                return self.ending_at(sc, role_end - 1, sentence)
            head = place_body_head(sc, run[1], i)
            if head is None and self._describes_thing(sc, run, i):
                continue  # "won the Republican nomination by ... saying": the name says which nomination, no one speaks
            speaker = self.namer.named(sc, run[0], run[1], sentence)
            unknown = speaker is None or speaker.actor is None or sc.covered[run[0]] == "side"
            if head is not None and not self._person_run(sc, *run):
                # "The Varna city council on Monday passed a motion condemning ...": the council, never the place
                return self.ending_at(sc, head, sentence)
            if run[1] < i and self._people_head(sc, run[1]) and (unknown or sc.lower[run[1]].endswith("s")):
                # "Syrian hackers ..., tweeting", "Sanders supporters have launched petitions calling": the people,
                # not whom they back ("The Sanders campaign ..., saying" stays his)
                return self.ending_at(sc, run[1], sentence)
            if speaker is not None:
                return speaker
        return None

    def _describes_thing(self, sc: Scan, run: tuple[int, int], i: int) -> bool:
        """Whether the name ``run`` only says which thing the lower-case noun after it is, inside a phrase an
        article opens ("the Republican nomination", "the Mexican audience", "a Vance rally"): a thing, which
        does not speak, unlike a people word, a role or a body after the name ("the Ruiz campaign", "a Vance
        aide", "Texas farmers")."""
        tokens, (start, end) = sc.tokens, run
        if start < 2 or end >= i or sc.lower[start - 1] not in ("the", "a", "an") or sc.quoted[end]:
            return False
        before = tokens[start - 2]
        if not before.is_word or before.is_cap or before.lower in ("and", "or", "but") or sc.quoted[start - 2]:
            return False  # the phrase must hang on a word before it ("won the ...", "before the ..."), no subject
        if sc.lower[end].endswith(("ed", "s")) or sc.lower[end] in _VERB_FORMS:
            return False  # "the Pentagon sent", "the Senate passed", "the Ruiz rallies": a verb or a plural, not told apart
        return self.thing_noun(sc, end)

    def thing_noun(self, sc: Scan, k: int) -> bool:
        """Whether the lower-case word at ``k``, after a name, is a noun for a thing the name describes ("Latin
        hits", "the Republican nomination"), not one that speaks (a people word, a role, "campaign", "aide")."""
        tokens, word = sc.tokens, sc.lower[k]
        if not tokens[k].is_word or tokens[k].is_cap or not word.isalpha() or sc.covered[k] is not None or sc.quoted[k]:
            return False
        if word in STOP_NP or word in PREPOSITIONS or word in DETERMINERS or word in SKIP_LEFT or word in PASSIVE:
            return False
        if name_particle(sc, k):
            return False  # "Peter van 't Land": the name goes on
        speaks = is_people_noun(word) or word in _STAFF_NOUNS or word in _SPEAKING_NOUNS or self._people_head(sc, k)
        heads = role_heads(self.lex)
        return not (speaks or word in heads or word[:-1] in heads or self.lex.cues.match_keys(sc.lower, k))

    def _named_in_apposition(self, sc: Scan, comma: int, i: int, runs: dict[int, tuple[int, int]]) -> bool:
        """Whether a person's name stands between the comma at ``comma`` and the next one before ``i``: the
        apposition that names who the role before the comma is ("party leader, Ana Ruiz,")."""
        run = runs.get(comma + 1)
        return (
            sc.tokens[comma].text == ","
            and run is not None
            and run[1] < i
            and sc.tokens[run[1]].text == ","
            and self._person_run(sc, *run)
        )

    def _relative_antecedent(self, sc: Scan, floor: int, i: int, sentence: int) -> Speaker | None:
        """The name a ", who" clause describes when the cue at ``i`` is inside that clause ("sat down with
        Speaker Paul Ryan, who had rocked the party by declaring ..."): Ryan's, not the main subject's."""
        tokens = sc.tokens
        for w in range(i - 1, floor + 1, -1):
            if sc.quoted[w] or tokens[w].text in (",", ";", ":", "(", ")", "—", "–") or tokens[w].text in QUOTES:
                return None  # the relative clause closed before the cue: the participle is the main clause's
            if sc.lower[w] == "who":
                if tokens[w - 1].text != "," or w < 2 or not (tokens[w - 2].is_cap and tokens[w - 2].is_word):
                    return None
                named = self.ending_at(sc, w - 2, sentence)
                return named if named is not None and named.actor is not None else None
        return None

    @staticmethod
    def _bare_apostrophe(sc: Scan, k: int) -> bool:
        """Whether the mark at ``k`` is an apostrophe written onto a word ending in s ("The Daily Press’ Twitter
        account"), quoting nothing on either side: no quotation's edge."""
        tokens = sc.tokens
        return (
            tokens[k].text in ("'", "’")
            and 0 < k < len(tokens) - 1
            and tokens[k - 1].text.endswith("s")
            and tokens[k - 1].end == tokens[k].start
            and not sc.quoted[k - 1]
            and not sc.quoted[k + 1]
        )

    def _people_head(self, sc: Scan, k: int) -> bool:
        """Whether token ``k``, right after a name, is the people noun the name describes ("Syrian hackers",
        "Texas farmers"): a people word, or an agent noun with a participle after it ("Rebel hackers backing")."""
        tokens, word = sc.tokens, sc.lower[k]
        if not tokens[k].is_word or tokens[k].is_cap or sc.quoted[k]:
            return False
        if is_people_noun(word):
            return True
        agent = word.endswith(("ers", "ists")) and word.isalpha() and len(word) > 5
        return agent and k + 1 < len(tokens) and participle_word(tokens[k + 1].text)

    def _person_run(self, sc: Scan, start: int, end: int) -> bool:
        """Whether the article knows the name in ``[start, end)`` as a person's ("Owen Jones", not "Tex.")."""
        words = [w for w in (t.text.rstrip(".") for t in sc.tokens[start:end]) if w and w[0].isalpha()]
        actor = self.cast.lookup(words) if words else None
        return actor is not None and actor.kind == PERSON and actor.person
