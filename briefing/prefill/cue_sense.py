"""Whether a cue word reports speech here: pure checks over a ``Scan`` that the attributor asks before
looking for a speaker ("Jones reported from Washington", "the most promising path", "Trump may want",
"When Lee said ...") and the shapes of subject they rule out ("72 percent of voters", "people seeking")."""

from __future__ import annotations

from collections.abc import Callable

from briefing.prefill.actors import Scan, pronoun_kind, sc_text
from briefing.prefill.speech_words import (
    DETERMINERS,
    FINITE_BE,
    FINITE_VERBS,
    INVERTIBLE,
    PASSIVE,
    PREPOSITIONS,
    QUOTES,
    SKIP_LEFT,
    STOP_NP,
)
from briefing.prefill.wordlists import grammar_words

_DEGREE_WORDS = grammar_words("degree_words")  # "the most promising path": the "-ing" word is an adjective
_QUANTITY_CUES = grammar_words("quantity_cues")  # "trade declined 40 percent": a number that changed
_QUANTITY_HEDGES = grammar_words("quantity_hedges")  # "added around 292,000 jobs"
_LY_NOUNS = grammar_words("ly_nouns")  # "the family": an "-ly" word that is no adverb
_PLURAL_STANCES = grammar_words("plural_stances")  # "favor", "support": verbs after a plural subject, else nouns
_CLAUSE_JOINERS = frozenset(("and", "but", "yet", "so", "then"))  # "..., and Ford sees": a main clause goes on
_MODALS = frozenset(("would", "will", "could", "might", "may", "should", "can", "must"))
_SHARES = frozenset(("percent", "majority", "majorities", "plurality", "proportion", "third", "half", "quarter"))
MAX_SHARE_PHRASE = 6  # words between "percent of" and the cue ("72 percent of registered Ohio voters said")


def share_of(sc: Scan, j: int) -> bool:
    """Whether the subject ending at ``j`` is a share of a group: "72 percent of voters", "a majority of
    registered Ohio voters", "68% of Democratic voters"."""
    tokens = sc.tokens
    for k in range(j - 1, max(j - MAX_SHARE_PHRASE, 0), -1):
        if not (tokens[k].is_word or tokens[k].text in ("'s", "’s", "-")):
            return False
        if sc.lower[k] == "of":
            before = sc.lower[k - 1] if k else ""
            return before in _SHARES or before == "%" or before.isdigit()
    return False


def after_quotation(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` closes a quotation ("“...,” Sanders responded."): then it reports."""
    tokens = sc.tokens
    k = i - 1
    while k >= 0 and i - k <= 8 and not sc.quoted[k] and tokens[k].text not in QUOTES:
        if tokens[k].text in (".", ";", ":"):
            return False
        k -= 1
    return k >= 0 and (sc.quoted[k] or tokens[k].text in QUOTES) and (k == i - 1 or tokens[k].text in QUOTES)


_READ_WORDS = frozenset(("read", "reads"))  # '“...,” the sign read.': a document's or a sign's words


def read_without_quotation(sc: Scan, i: int) -> bool:
    """Whether "read" at ``i`` is reading something ("Ruiz read the report"), not a text's words given beside it
    ('“Vote no,” the flyer read.', 'The banner read: “...”', 'read one.' after a quotation)."""
    tokens, lower = sc.tokens, sc.lower
    if lower[i] not in _READ_WORDS:
        return False
    if after_quotation(sc, i):
        return False
    k = i + 1
    if k + 1 < len(tokens) and lower[k] == "in" and lower[k + 1] == "part":
        k += 2  # "the letter read in part: “...”"
    if k < len(tokens) and tokens[k].text in (":", ","):
        k += 1
    return not (k < len(tokens) and (tokens[k].text in QUOTES or sc.quoted[k]))


def asked_opener_end(sc: Scan) -> int:
    """Where an opening "Asked (by X) whether ...," / "When asked ...," clause ends (its comma), else 0."""
    lower = sc.lower
    k = 1 if lower[:1] == ["when"] else 0
    if k >= len(lower) or lower[k] not in ("asked", "pressed", "questioned"):
        return 0
    for j in range(k + 1, min(len(lower), k + 40)):
        if lower[j] == "," and not sc.quoted[j]:
            return j
    return 0


def adverb(sc: Scan, k: int) -> bool:
    """An "-ly" adverb between a stance verb and its subject ("Americans overwhelmingly oppose"), or one of time or
    degree between a perfect auxiliary and its verb ("Ryan has long said", "she has since argued")."""
    word = sc.lower[k]
    if sc.quoted[k]:
        return False
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in _LY_NOUNS or perfect_adverb(sc, k)


# Words that are adverbs between "has", "have" or "had" and a past participle: "Ryan has long said", "she has since
# argued", "Trump has even claimed", "Clinton has nevertheless called". Elsewhere some are other words ("a long
# speech", "since Monday", "she has long hair").
_PERFECT_ADVERBS = frozenset(("long", "since", "even", "nevertheless", "nonetheless"))
_PERFECT = frozenset(("has", "have", "had", "'ve", "’ve", "'d", "’d"))
_IRREGULAR_PARTICIPLES = frozenset(("said", "told", "held", "thought", "sought", "made", "written", "felt", "spoken"))


def perfect_adverb(sc: Scan, k: int) -> bool:
    """Whether the word at ``k`` is an adverb between a perfect auxiliary and the past participle after it."""
    if not 1 <= k < len(sc.tokens) - 1 or sc.lower[k] not in _PERFECT_ADVERBS or sc.lower[k - 1] not in _PERFECT:
        return False
    after = sc.lower[k + 1]
    return after.endswith("ed") or after in _IRREGULAR_PARTICIPLES


def plain_stance(sc: Scan, i: int, n: int) -> bool:
    """Whether the stance verb at ``i`` is stated of a subject right before it: no modal ("may want"), no
    infinitive ("failure to understand"), no passive agent ("favored by"), no clause or aside in between."""
    k = i - 1
    while k >= 0 and (sc.lower[k] in SKIP_LEFT or adverb(sc, k)):  # "Trump has openly questioned"
        if sc.lower[k] in _MODALS:
            return False
        k -= 1
    if k < 0 or not sc.tokens[k].is_word or sc.lower[k] in PASSIVE or sc.lower[k] == "to" or sc.quoted[k]:
        return False
    if any(t.text == "?" for t in sc.tokens[i:]):
        return False  # "Does Iowa really want ...?": a question takes no stance
    if sc.lower[i] in _PLURAL_STANCES and not (sc.lower[k].endswith("s") and sc.tokens[k].is_word):
        return False  # "Millennials support the plan", not "the Clinton support among women"
    if i + n < len(sc.tokens) and sc.lower[i + n] == "by":
        return False
    start = k  # the subject: a name run ("Mr. Trump", "House Democrats") or one word ("Democrats")
    while start > 0 and (sc.tokens[start - 1].is_cap or sc.tokens[start - 1].text == "." or sc.covered[start - 1]):
        start -= 1
    # the subject opens its clause: "It is hard to think that Ford sees", "the ideas Ford championed" state no stance
    return start == 0 or not sc.tokens[start - 1].is_word or sc.lower[start - 1] in _CLAUSE_JOINERS


def credit_line(sc: Scan, i: int, n: int) -> bool:
    """A reporter's credit ("Jones reported from Washington.", "Jones reports for the Herald."): no position. Never
    after a quotation: '“Go, Ruiz!” Lee wrote on Facebook.' gives Lee's words and where they were posted."""
    tokens = sc.tokens
    return (
        sc.lower[i] in ("reported", "reports", "contributed", "contributes", "writes", "wrote")
        and i + n < len(tokens)
        and sc.lower[i + n] in ("from", "for", "to", "on")
        and len(tokens) <= i + n + 8
        and not any(sc.quoted[:i])
    )


_ADVERBIAL_OPENERS = frozenset(
    (
        "when",
        "after",
        "before",
        "since",
        "until",
        "while",
        "because",
        "if",
        "although",
        "though",
        "once",
        "unless",
        "as",
    )
)


_BEFORE_NAME = frozenset(("the", "former", "then"))  # words between a subordinator and the name it runs into
# prepositions that open a sentence on someone's call or words ("Amid GRN calls for action, a strategist said"): the
# main clause after them has the sentence's speaker
_OPENING_PREPOSITIONS = frozenset(("amid", "alongside", "despite", "following"))


def _word_before_cue(sc: Scan, i: int, least: int) -> int | None:
    """The word before the cue at ``i``, past words that never head a subject and adverbs ("Ruiz *also* said"):
    where the cue's subject ends. None where it is quoted, punctuation, or before token ``least``."""
    k = i - 1
    while k >= 0 and (sc.lower[k] in SKIP_LEFT or adverb(sc, k)):
        k -= 1
    if k < least or sc.quoted[k] or not sc.tokens[k].is_word:
        return None
    return k


def _subject_start(sc: Scan, k: int) -> int | None:
    """Where the subject ending at token ``k`` begins: a name's capitalised run ("Gov. Jerry Brown") or a pronoun,
    with a determiner or title before it ("after former Gov. Jerry Brown", "after the mayor"); None where ``k``
    is neither a name nor a pronoun."""
    tokens, lower = sc.tokens, sc.lower
    start = k
    if tokens[k].is_cap:
        while start > 0 and (tokens[start - 1].is_cap and tokens[start - 1].is_word or tokens[start - 1].text == "."):
            start -= 1
    elif pronoun_kind(lower[k]) is None:
        return None
    while start >= 1 and lower[start - 1] in _BEFORE_NAME:
        start -= 1
    return start


def in_adverbial_clause(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` has its subject right after a subordinator ("When Lee said ...", "after Obama
    called ..."): the sentence's main clause may have its own speaker, who then comes first."""
    return _subordinator(sc, i) is not None


def _subordinator(sc: Scan, i: int) -> str | None:
    """The subordinator ("when", "after", "as", or an opening "amid") right before the subject of the cue at ``i``,
    else None."""
    lower = sc.lower
    k = _word_before_cue(sc, i, least=1)
    if k is None:
        return None
    start = _subject_start(sc, k)
    if start is None:
        return None
    if start < k and (lower[start] in _ADVERBIAL_OPENERS or start == 0 and lower[0] in _OPENING_PREPOSITIONS):
        return lower[start]  # "When Lena Park said", "Amid GRN calls for action,": the capitalised opener ran in
    if start >= 1 and lower[start - 1] in _ADVERBIAL_OPENERS and not sc.quoted[start - 1]:
        return lower[start - 1]
    return None


_OPENING_LINKS = frozenset(("and", "but", "yet", "so"))  # "And while ...,": a link before the subordinator


def in_opening_subordinate(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` stands in a clause that opens the sentence on a subordinator and ends at its first
    comma, wherever its own subject is ("And while the campaign was happy to hear Clinton pledged her support,
    Devine made it clear ..."): the main clause after the comma may have the sentence's speaker. Not "as" ("As
    Ruiz told reporters, ..." is the report the sentence is taken from)."""
    tokens, lower = sc.tokens, sc.lower
    k = 1 if tokens and lower[0] in _OPENING_LINKS else 0
    if k >= i or lower[k] not in _ADVERBIAL_OPENERS or lower[k] == "as" or sc.quoted[k]:
        return False
    breaks = (",", ";", "—", "–")
    if any(tokens[m].text in breaks and not sc.quoted[m] for m in range(k + 1, i)):
        return False
    return any(tokens[m].text == "," and not sc.quoted[m] for m in range(i + 1, len(tokens)))


_SAID_OF = frozenset(("it", "him", "her", "them", "so"))  # "endorsed him", "asked about them", "said so"
_ABOUT = frozenset(("about", "of", "on", "for", "with", "to"))  # "asked about them", "called on them to"
_REPORT_OPENERS = frozenset(("that", "whether", "how", "what", "why"))  # "said in May that ...": words reported
_TIME_WORDS = frozenset(("last", "earlier", "later", "again", "yesterday", "today", "twice", "once", "then"))
# subordinators of time: "after Ruiz testified" only says when; not "although Park disputes this" or "as Vale
# noted", whose "this" and "as" take up the main clause as what was said
_TIME_SUBORDINATORS = frozenset(("when", "after", "before", "since", "until", "once", "while"))
_CLAUSE_GOES_ON = frozenset(("and", "but", "or"))


def _clause_ends(sc: Scan, k: int) -> bool:
    """Whether nothing of a cue's report stands at token ``k``: the sentence or clause ends there, or a time, a
    place or a manner follows ("in a fundraising email", "last week", "and ...")."""
    if k >= len(sc.tokens):
        return True
    token = sc.tokens[k]
    if not token.is_word:
        return token.text not in QUOTES and token.text != ":" and not sc.quoted[k]  # a quotation is what was said
    return sc.lower[k] in PREPOSITIONS or sc.lower[k] in _TIME_WORDS or sc.lower[k] in _CLAUSE_GOES_ON


def says_nothing(sc: Scan, i: int, n: int) -> bool:
    """Whether the cue at ``i`` reports no words of its own: its clause ends right after it ("After Ruiz
    testified, ...") or after a pronoun for whom or what it was about ("after Park endorsed him in an email",
    "until Reuters asked about them", "because the board wants it to"). Not "said the toll was", "called them
    “pirates”", "said that ..."."""
    tokens, lower = sc.tokens, sc.lower
    end = next((m for m in range(i + n, len(tokens)) if tokens[m].text in (",", ".", ";") and not sc.quoted[m]), None)
    clause = range(i + n, len(tokens) if end is None else end)
    if any(
        sc.quoted[m] or tokens[m].text in QUOTES or tokens[m].text == ":" or lower[m] in _REPORT_OPENERS for m in clause
    ):
        return False  # "said in May that the toll ...", "called them “pirates”": what was said is there
    if end is not None and end + 1 < len(tokens) and (tokens[end + 1].text in QUOTES or sc.quoted[end + 1]):
        return False  # "when she said, “...”"
    k = i + n
    while k < len(tokens) and adverb(sc, k):
        k += 1
    if _clause_ends(sc, k) and (k >= len(tokens) or lower[k] not in _ABOUT):
        return True
    if k + 1 < len(tokens) and lower[k] in _ABOUT and lower[k + 1] in _SAID_OF:
        k += 1  # "asked about them"
    if k >= len(tokens) or lower[k] not in _SAID_OF:
        return False
    k += 1
    if k < len(tokens) and lower[k] == "to":
        k += 1  # "wants it to"
        return _clause_ends(sc, k) and (k >= len(tokens) or lower[k] not in _ABOUT)
    return _clause_ends(sc, k)


def empty_subordinate(sc: Scan, i: int, n: int) -> bool:
    """Whether the cue at ``i`` is in an adverbial clause and says nothing ("After Ruiz testified, the panel
    ...", "received $40,000 after Park endorsed it"): it only times or explains the main clause, so it is nobody's
    position even where the main clause has no speaker. Not "as Ruiz has noted", "although Park disputes this":
    the main clause is what they noted or dispute."""
    return _subordinator(sc, i) in _TIME_SUBORDINATORS and says_nothing(sc, i, n)


# "As POLITICO revealed, ...", "As reported by Western Journalism, ...": a report the whole sentence is taken from
_OPENER_REPORTS = frozenset(
    ("reported", "reports", "revealed", "reveals", "noted", "notes", "wrote", "writes", "found")
)
_OPENER_SKIPS = frozenset(("has", "had", "first", "previously", "recently", "earlier", "also"))
MAX_REPORT_OPENER = 12  # tokens from "As" to the comma that closes the opener


def report_opener(sc: Scan) -> tuple[int, int, bool] | None:
    """Where a sentence opens on the report it is taken from, "As <source> reported," or "As reported by <source>,"
    with nothing the verb reports before its comma but a time or place ("As POLITICO revealed, the RNC agreed
    ...", "As The Hill reported last week, ..."): (the cue's token, where the source ends (active) or begins
    (passive), whether passive). None for any other "As" ("As Lee spoke, ...", "As Ruiz said he would, ...")."""
    tokens, lower = sc.tokens, sc.lower
    if len(tokens) < 5 or lower[0] != "as" or sc.quoted[0]:
        return None
    comma = next((k for k in range(2, min(MAX_REPORT_OPENER, len(tokens))) if tokens[k].text == ","), None)
    if comma is None or any(sc.quoted[k] for k in range(comma)):
        return None
    k = 1
    while k < comma and lower[k] in _OPENER_SKIPS:
        k += 1
    if lower[k] in _OPENER_REPORTS and k + 2 < comma and lower[k + 1] == "by":
        return (k, k + 2, True) if tokens[k + 2].is_word else None  # "As reported by Western Journalism,"
    cue = next((m for m in range(2, comma) if lower[m] in _OPENER_REPORTS), None)
    if cue is None:
        return None
    end = cue - 1
    while end > 1 and (lower[end] in _OPENER_SKIPS or adverb(sc, end)):
        end -= 1
    if not (tokens[end].is_cap and tokens[end].is_word):
        return None  # "As the paper reported": a subject we would have to look back for, left to the main rules
    after = range(cue + 1, comma)
    if any(lower[m] in ("that", "he", "she", "it", "they") or not tokens[m].is_word for m in after):
        return None  # "As Ruiz reported that ...": a report of its own, not the sentence's source
    return cue, end, False


_WISHES = frozenset(("seeking", "hoping", "wanting"))  # what someone is after, in the progressive
_PROGRESSIVE = PASSIVE - {"being"}
# nouns a clause with no relative word describes without being its object ("the reason Obama is seeking approval")
_CIRCUMSTANCE_HEADS = frozenset(("reason", "way", "time", "day", "moment", "place", "point", "extent", "why"))


def wish_in_clause(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` is a progressive wish ("was seeking to", "is hoping") in a clause that only sets the
    scene: opened by a subordinator ("than when he was seeking to rescue his campaign", "at a time when Ruiz is
    seeking") or a relative clause with no relative word ("the man he is seeking to succeed"). What someone was
    after then is no position the sentence states."""
    tokens, lower = sc.tokens, sc.lower
    if lower[i] not in _WISHES:
        return False
    k = i - 1
    while k >= 0 and (lower[k] in _PROGRESSIVE or lower[k] in SKIP_LEFT or adverb(sc, k)):
        k -= 1
    if k == i - 1 or k < 1 or sc.quoted[k] or not tokens[k].is_word:
        return False  # not a progressive ("Ruiz, seeking ..."): a participle, read elsewhere
    start = _subject_start(sc, k)
    if start is None:
        return False
    if start < 1 or sc.quoted[start - 1]:
        return False
    before = lower[start - 1]
    if before in _ADVERBIAL_OPENERS:
        return True
    # a contact relative: a lower-case noun right before the subject, in a phrase a determiner opens ("the man")
    return (
        start >= 2
        and common_noun(sc, start - 1)
        and not before.endswith(("ed", "ly"))
        and before not in DETERMINERS
        and before not in _CIRCUMSTANCE_HEADS  # "the reason Obama is seeking approval": his aim, stated
        and (lower[start - 2] in DETERMINERS or start >= 3 and lower[start - 3] in DETERMINERS)
    )


def in_thing_relative(sc: Scan, i: int, n: int) -> bool:
    """Whether the cue at ``i`` has a named subject right after a "which" that follows a comma or "and" ("..., the
    pact, which Ruiz has criticized"), the cue saying no more: a clause about a thing the sentence mentions, not
    its subject's position."""
    tokens, lower = sc.tokens, sc.lower
    k = _word_before_cue(sc, i, least=2)
    if k is None:
        return False
    if not tokens[k].is_cap:
        return False  # "allegations, which he has denied": a pronoun is mostly the sentence's own subject
    start = k
    while start > 0 and (tokens[start - 1].is_cap and tokens[start - 1].is_word or tokens[start - 1].text == "."):
        start -= 1
    which, after = start - 1, i + n
    if after < len(tokens) and tokens[after].text not in (".", ",", ";") and lower[after] != "and":
        return False  # "which Ruiz said was a mistake", "which Vale called a disaster": her words on it
    return (
        which >= 1
        and lower[which] == "which"
        and not sc.quoted[which]
        and (tokens[which - 1].text == "," or lower[which - 1] == "and")
    )


_FINITE_WORDS = FINITE_VERBS | {"remains", "remained", "seems", "seemed", "appears", "appeared"}
_RELATIVE_STOPS = frozenset(("that", "which", "who", "whom", "whose", "and", "but", "while", "because", "as"))
MAX_REDUCED_RELATIVE = 12  # tokens from a participle cue to the main verb it is the subject's modifier before


def reduced_relative(sc: Scan, i: int, n: int) -> bool:
    """Whether the "-ed" cue at ``i`` is a past participle describing the noun before it, whose own verb
    comes later ("The Crime Bureau cited in the governor's post does not exist"): the noun is what was
    cited, nobody's speech."""
    tokens, lower = sc.tokens, sc.lower
    if i < 1 or i + n >= len(tokens) or not lower[i].endswith("ed") or lower[i + n] not in ("in", "by", "on", "at"):
        return False
    before = tokens[i - 1]
    if not before.is_word or sc.quoted[i - 1] or pronoun_kind(before.lower) or before.lower in SKIP_LEFT | PASSIVE:
        return False
    if before.lower in STOP_NP or before.lower in PREPOSITIONS or adverb(sc, i - 1):
        return False
    for m in range(i + n + 1, min(len(tokens), i + n + MAX_REDUCED_RELATIVE)):
        if lower[m] in ("'s", "’s", "-"):
            continue
        if sc.quoted[m] or not tokens[m].is_word or lower[m] in _RELATIVE_STOPS:
            return False
        if lower[m] in _FINITE_WORDS and not tokens[m].is_cap:
            return True
    return False


def passive_aside(sc: Scan, i: int, n: int) -> bool:
    """Whether the "-ed" cue at ``i``, followed by "by", is a passive in a "who" clause that describes a person ("Vale,
    a Democrat who has been endorsed by the unions, has made schools his priority"): what the agent did to that
    person is no position the sentence states. A thing's clause keeps its agent ("the law, opposed by Democrats",
    "the attacks, which were claimed by the group": a stance on it, as the corpus reads them)."""
    tokens, lower = sc.tokens, sc.lower
    if i + n >= len(tokens) or lower[i + n] != "by" or not lower[i].endswith("ed") or sc.quoted[i]:
        return False
    k, auxiliary = i - 1, False
    while k >= 0 and (lower[k] in PASSIVE or lower[k] in SKIP_LEFT or adverb(sc, k)):
        auxiliary = auxiliary or lower[k] in PASSIVE
        k -= 1
    return auxiliary and k >= 1 and lower[k] == "who" and not sc.quoted[k]


# cue verbs whose bare form is also a noun: after a singular noun they are its compound ("a campaign promise")
_NOUN_FORMS = frozenset(
    ("promise", "vow", "call", "claim", "pledge", "demand", "charge", "appeal", "request", "comment", "note")
    + ("report", "tweet", "post", "reply", "answer", "boast", "praise", "view", "warning", "threat", "plea")
)
# singular nouns that take a plural verb ("police say", "the public want")
_COLLECTIVES = frozenset(
    ("people", "police", "media", "staff", "public", "military", "clergy", "team", "government", "committee")
    + ("board", "family", "jury", "audience", "electorate", "majority", "minority", "youth", "crew", "cabinet")
)


def noun_compound(sc: Scan, i: int, n: int) -> bool:
    """Whether a bare cue word right after a singular noun is the end of a compound noun ("as reliable as a
    political campaign promise", "the 10-year Treasury note fell"): no verb agrees with a singular subject so."""
    tokens, lower = sc.tokens, sc.lower
    if n != 1 or i < 2 or lower[i] not in _NOUN_FORMS or sc.quoted[i - 1]:
        return False
    before = tokens[i - 1]
    word = before.lower
    if before.is_cap and before.is_word and not word.endswith("s") and word.isalpha():
        k = i - 1
        while k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word:
            k -= 1
        lead = lower[k - 1] if k else ""
        if i + 1 < len(tokens) and (lower[i + 1] in ("that", "to", "for") or tokens[i + 1].text in (":", *QUOTES)):
            return False  # "the DOJ demand that ...": what the name demands, its owner's words
        # "the benchmark 10-year Treasury note": a lower-case modifier or determiner before the name, not a clause
        return (
            k > 0
            and tokens[k - 1].is_word
            and not sc.quoted[k - 1]
            and (
                lead in ("a", "an", "the")
                or not tokens[k - 1].is_cap
                and lead not in PREPOSITIONS | STOP_NP
                and lead not in SKIP_LEFT | PASSIVE
                and pronoun_kind(lead) is None
                and not adverb(sc, k - 1)
            )
        )
    return (
        before.is_word
        and not before.is_cap
        and word.isalpha()
        and not word.endswith("s")
        and word not in _COLLECTIVES
        and pronoun_kind(word) is None
        and word not in SKIP_LEFT
        and word not in PASSIVE
        and word not in STOP_NP
        and word not in DETERMINERS
        and word not in PREPOSITIONS
        and word not in ("to", "i", "you", "we", "they")
        and not adverb(sc, i - 1)
        and not any(t.lower in ("'s", "’s") for t in tokens[max(0, i - 4) : i])  # "Ruiz's boldest claim": hers
    )


_ASKING = frozenset(("ask", "asks", "asked", "asking", "wondered", "wonders", "wondering", "questioned"))
_QUESTION_WORDS = frozenset(("what", "whether", "how", "why", "if", "when", "where"))


def in_indirect_question(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` is inside a reported question ("asked Obama what he thought of Trump", "wondered
    whether Ruiz believed it"): the answer is not given here, so no one states anything."""
    tokens, lower = sc.tokens, sc.lower
    k = _word_before_cue(sc, i, least=1)
    if k is None:
        return False
    start = k
    if pronoun_kind(lower[k]) is None:
        while start > 0 and k - start < 4 and tokens[start - 1].is_cap and tokens[start - 1].is_word:
            start -= 1
        if not tokens[k].is_cap:
            return False
    if start < 1 or lower[start - 1] not in _QUESTION_WORDS or sc.quoted[start - 1]:
        return False
    return any(lower[m] in _ASKING and not sc.quoted[m] for m in range(max(0, start - 6), start - 1))


MAX_OPENER_LEAD = 3  # words before an opening subordinator ("Two weeks after ...")
# what may stand before it: how long, how soon ("Two weeks after", "Shortly before", "But even if")
_OPENER_LEADS = frozenset(
    ("a", "an", "one", "two", "three", "four", "five", "six", "few", "several", "days", "weeks", "months", "years")
    + ("hours", "minutes", "moments", "day", "week", "month", "year", "hour", "shortly", "soon", "just", "only")
    + ("long", "right", "even", "and", "but", "so", "yet", "not", "ever", "immediately")
)


def opening_clause_end(sc: Scan, floor: int, i: int) -> int:
    """Where the main clause starts when the clause from ``floor`` opens on an adverbial clause that closes
    with a comma before the cue at ``i`` ("Two weeks after Ruiz died, Park broke his silence by asking"): the
    token after that comma. ``floor`` itself otherwise, and where the cue follows the comma at once ("When
    Ruiz arrived, saying ...": the participle may be the subordinate clause's)."""
    tokens, lower = sc.tokens, sc.lower
    opener = next(
        (k for k in range(floor, min(i, floor + MAX_OPENER_LEAD + 1)) if lower[k] in _ADVERBIAL_OPENERS), None
    )
    if opener is None or any(lower[k] not in _OPENER_LEADS and not lower[k].isdigit() for k in range(floor, opener)):
        return floor  # "His standing improved after ...": a main clause, not an opener
    for m in range(opener + 1, i):
        if sc.quoted[m] or tokens[m].text in (";", ":") or tokens[m].text in QUOTES:
            return floor
        if tokens[m].text == ",":
            return m + 1 if m + 1 < i - 1 else floor
    return floor


# words that open a second clause after a comma ("..., although Park won the spin by declaring"); not "and", which
# also ends a list ("Ruiz, Park, and Vale won")
_CLAUSE_LINKS = frozenset(("but", "although", "though", "while", "whereas", "yet", "because"))


def later_clause_start(sc: Scan, floor: int, i: int) -> int:
    """Where the clause that the cue at ``i`` hangs on starts when a comma and a link open a second clause with a
    named subject of its own before it, and no comma comes between ("Ruiz won the primary, although Park won the spin by
    declaring herself the comeback kid": Park declares): the token after the link. ``floor`` otherwise."""
    tokens, lower = sc.tokens, sc.lower
    for m in range(i - 1, floor, -1):
        if sc.quoted[m] or tokens[m].text in QUOTES:
            return floor
        if tokens[m].text in (",", ";", ":", "—", "–", "(", ")"):
            return floor
        if lower[m] in _CLAUSE_LINKS and tokens[m - 1].text == "," and m + 1 < i:
            # a name opens the clause; a pronoun there is most often the first clause's subject again ("Park backs
            # Ruiz, but she's not predicting"): the scan from ``floor`` finds that subject by its name
            return m + 1 if tokens[m + 1].is_word and tokens[m + 1].is_cap else floor
    return floor


# prepositions that open a sentence on a phrase of circumstance ("Following Ruiz's call for a recount, Lee said")
_PHRASE_OPENERS = frozenset(("following", "after", "before", "despite", "amid", "alongside", "since", "unlike"))
_PHRASE_OPENER_PAIRS = frozenset((("in", "response"), ("in", "reaction"), ("ahead", "of"), ("in", "answer")))
_PHRASE_LEADS = frozenset(("but", "and", "yet", "so"))
MAX_OPENING_PHRASE = 20  # tokens of such a phrase before its comma


def in_opening_phrase(sc: Scan, i: int) -> bool:
    """Whether the noun cue at ``i`` lies in a sentence's opening prepositional phrase closed by a comma
    ("Following Ruiz's call for a recount, Lee said ...", "In response to Ruiz's demand, Lee said ..."): the call
    is a circumstance of the main clause, whose own cue names the sentence's speaker."""
    lower = sc.lower
    k = 1 if lower and lower[0] in _PHRASE_LEADS else 0
    if k + 1 >= len(lower) or sc.quoted[k]:
        return False
    if lower[k] not in _PHRASE_OPENERS and (lower[k], lower[k + 1]) not in _PHRASE_OPENER_PAIRS:
        return False
    for m in range(k + 1, min(len(lower), k + MAX_OPENING_PHRASE)):
        if sc.quoted[m] or sc.tokens[m].text in QUOTES or sc.tokens[m].text in (";", ":", "—", "–"):
            return False
        if sc.tokens[m].text == ",":
            return i < m
    return False


MAX_ABSOLUTE_OPENER = 12  # tokens of an opening "With ... ruled out," clause


def in_absolute_opener(sc: Scan, i: int) -> bool:
    """Whether the "-ed" cue at ``i`` is the participle of an opening "With" phrase ("With a vote for Trump ruled
    out, Cross said ..."): what was done to a thing, a circumstance of the main clause, whose own cue comes later."""
    tokens, lower = sc.tokens, sc.lower
    if not tokens or lower[0] != "with" or sc.quoted[0] or not lower[i].endswith("ed"):
        return False
    for m in range(1, min(len(tokens), MAX_ABSOLUTE_OPENER)):
        if sc.quoted[m] or not (tokens[m].is_word or tokens[m].text == ","):
            return False
        if tokens[m].text == ",":
            return i < m
    return False


MAX_LEADING_CLAUSE = 30  # tokens of an opening participle clause ("Appearing aware of how voters view it,")


def in_leading_participle(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` lies inside an opening participle clause ("Appearing aware of how voters,
    particularly in Iowa, view her record, Lee said ..."): the clause hangs on the main clause's subject, whose
    own cue comes later. The clause ends at its first comma that opens no aside (", particularly in Iowa,")."""
    tokens, lower = sc.tokens, sc.lower
    if i < 2 or len(tokens) < 3 or sc.quoted[0] or not tokens[0].is_word or not tokens[1].is_word:
        return False
    word = lower[0]
    if not (word.endswith("ing") and word.isalpha() and len(word) > 5) or tokens[1].is_cap:
        return False  # "Fleming said", "Reading Eagle": a name, not a participle
    m, aside = 1, False
    while m < min(len(tokens), MAX_LEADING_CLAUSE):
        if sc.quoted[m] or tokens[m].text in (";", ":", ".") or tokens[m].text in QUOTES:
            return False
        if tokens[m].text == ",":
            if aside:
                aside = False  # the aside closes
            elif m + 1 < len(tokens) and (lower[m + 1] in PREPOSITIONS or adverb(sc, m + 1)):
                aside = True  # ", particularly in Iowa,": an aside inside the opening clause
            else:
                return i < m  # the opening clause ends here; the cue is inside it or in the main clause
        m += 1
    return False


_CLAIM_WORDS = frozenset(("claim", "claims", "claimed", "claiming"))
_PRIZES = frozenset(
    ("victory", "victories", "win", "wins", "prize", "prizes", "title", "seat", "seats", "crown", "mantle")
)
_WINNERS = frozenset(("his", "her", "their", "its", "first", "second", "third", "fourth", "fifth", "another", "some"))
_ANSWER_WORDS = frozenset(("reply", "replied", "respond", "responded", "comment", "commented"))
_DECLINE_WORDS = frozenset(("declined", "declines", "decline", "declining", "refused", "refuses", "refusing"))
# what was declined: saying anything ("declined to comment", "refused to say"), not a stand ("refused to back him")
_SILENT_ANSWERS = frozenset(("comment", "say", "elaborate", "discuss", "speculate", "answer", "respond", "specify"))
_CALL_WORDS = frozenset(("call", "calls", "called", "calling"))
_CALL_PARTICLES = frozenset(("off", "into", "in", "up", "back", "around"))  # "called off the deal"
_CALLED_EVENTS = frozenset(
    ("meeting", "meetings", "election", "elections", "vote", "strike", "conference", "session", "hearing")
    + ("referendum", "recess", "halt", "caucus", "summit")
)  # "called snap elections", "called a news conference": convened, not said
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "me", "us", "you"))
# what may follow a phoned person: "called her on Monday", "called Ruiz to congratulate him", "called Ruiz."
_AFTER_PHONED = frozenset(
    ("on", "to", "and", "after", "before", "from", "at", "during", "last", "this", "yesterday", "today", "tonight")
    + ("twice", "again", "personally", "shortly", "late", "early", "monday", "tuesday", "wednesday", "thursday")
    + ("friday", "saturday", "sunday", "earlier", "later", "while", "when", "as")
)


_NAMING_CALLS = frozenset(("call", "calls"))  # the lexicon's "called" cue in the forms it lacks as a verb
MAX_CALLED_OBJECT = 4  # capitalised words of whom a call names: "calls Senator Ted Cruz “...”"


def calls_someone_something(sc: Scan, i: int) -> bool:
    """ "Ruiz calls Vance “a fraud”", "went on to call him a liar": naming someone a thing is speech, in the present
    and the infinitive too; not "the calls Vance made", "a call Ruiz took" nor "call Vance on Monday"."""
    tokens, lower = sc.tokens, sc.lower
    if lower[i] not in _NAMING_CALLS or sc.quoted[i] or tokens[i].is_cap:
        return False
    if i and (lower[i - 1] in DETERMINERS or tokens[i - 1].text in ("'s", "’s") or lower[i - 1] == "phone"):
        return False  # "the calls", "Trump’s call", "phone calls": the noun
    end = i + 1
    if end < len(tokens) and lower[end] in _OBJECT_PRONOUNS:
        end += 1
    else:
        while end < len(tokens) and end - i <= MAX_CALLED_OBJECT and tokens[end].is_cap and tokens[end].is_word:
            end += 1
    if end == i + 1 or end >= len(tokens):
        return False
    return tokens[end].text in QUOTES or lower[end] in ("a", "an")


_ADJUNCT_OPENERS = frozenset(("in", "on", "at", "during", "before", "after", "last", "this", "earlier", "later"))
MAX_ADJUNCT = 10  # tokens of a phrase of place or time between a cue and its "that": "in an interview with Reuters"


def complement_after_adjunct(sc: Scan, k: int) -> bool:
    """Whether a cue that reports only with a complement ("declared", "recalled", "testified") gets one after a
    phrase of place or time starting at ``k``: "declared in an interview with Reuters that ...", "recalled in 2008
    that ...", "responded in a text message: “...”". Not past a comma or the end of the clause, not after "to", which
    names an object ("respond to accusations that ...": the accusations say it), and a colon only before a quotation
    ("wanted in a president: civility, experience" lists what is wanted)."""
    tokens, lower = sc.tokens, sc.lower
    if k >= len(tokens) or lower[k] not in _ADJUNCT_OPENERS or sc.quoted[k]:
        return False
    for m in range(k + 1, min(len(tokens), k + 1 + MAX_ADJUNCT)):
        if sc.quoted[m] or tokens[m].text in (",", ".", ";", "?", "!", "(", "—", "–"):
            return False
        if lower[m] == ":":  # "responded in a text message: “...”", not "wanted in a president: civility"
            return m > k + 1 and m + 1 < len(tokens) and tokens[m + 1].text in QUOTES
        if lower[m] == "that" or tokens[m].text in QUOTES:
            return m > k + 1
        if lower[m] == "to":
            return False
    return False


_TALK_FORMS = frozenset(("talks", "talked"))
_TALK_PARTICLES = frozenset(("about", "through"))
_TOPIC_REPORTS = frozenset(("how", "what", "why", "whether"))  # "talked about how ...": the words told again
MAX_TALKED_TOPIC = 12  # tokens from "about" to the quotation or colon that gives the talk's words


def talks_of_what_is_said(sc: Scan, i: int) -> bool:
    """ "She talks about how she pushed for ...", "He talks about “spoiling the party”", "talked through the issues
    that matter to this crowd: ...": talk whose words the sentence gives, a report as "said" is; not "talked about
    Zika", a topic only, nor the passive "will be talked about today:"."""
    tokens, lower = sc.tokens, sc.lower
    if lower[i] not in _TALK_FORMS or sc.quoted[i] or tokens[i].is_cap or i + 2 >= len(tokens):
        return False
    if lower[i + 1] not in _TALK_PARTICLES or (i and lower[i - 1] in PASSIVE):
        return False
    if lower[i + 2] in _TOPIC_REPORTS:
        return True
    for k in range(i + 2, min(len(tokens), i + 2 + MAX_TALKED_TOPIC)):
        if tokens[k].text in (",", ".", ";", "?", "!") and not sc.quoted[k]:
            return False
        if tokens[k].text in QUOTES or tokens[k].text == ":":
            return not sc.quoted[k]
    return False


_NAME_GIVERS = frozenset(("a", "an", "the", "another"))  # "a super PAC called ...": the phrase a name is given in
MAX_NAMED_PHRASE = 6  # words from the determiner to "called": "an anti-Trump super PAC called"


def names_a_thing(sc: Scan, i: int) -> bool:
    """ "a firm called Gavekal", "an anti-tax super PAC called Our Harbour is ...": "called" and a capitalised name
    after a noun phrase that a determiner opens gives the noun its name; nobody calls. Not "a harbour official
    called Ruiz a liar" nor 'the group called Ruiz “a fraud”', where the name is named a thing."""
    tokens, lower = sc.tokens, sc.lower
    if lower[i] != "called" or sc.quoted[i] or i < 2 or i + 1 >= len(tokens):
        return False
    if not (tokens[i + 1].is_cap and tokens[i + 1].is_word) or sc.quoted[i + 1]:
        return False
    end = i + 1
    while end < len(tokens) and end - i <= MAX_CALLED_OBJECT and (tokens[end].is_cap or tokens[end].text.isdigit()):
        end += 1
    if end < len(tokens) and (tokens[end].text in QUOTES or lower[end] in ("a", "an")):
        return False  # "called Ruiz a liar": speech
    prev = tokens[i - 1]
    if not prev.is_word or sc.quoted[i - 1] or pronoun_kind(lower[i - 1]) or not prev.text.isalpha():
        return False
    if prev.is_cap and not prev.text.isupper():
        return False  # "Governor Reyes called Ruiz": a name before "called" is who calls
    for k in range(i - 2, max(-1, i - 2 - MAX_NAMED_PHRASE), -1):
        if sc.quoted[k] or not (tokens[k].is_word or tokens[k].text in ("-", "'s", "’s")):
            return False
        if lower[k] in _NAME_GIVERS:
            return True
    return False


def _no_speech_call(sc: Scan, k: int) -> bool:
    """ "called off the deal", "called snap elections", "Obama called Ruiz on Tuesday", "called both candidates":
    a phone call, a summons or an event, where "called X a liar", "called for" and "called on X to" are speech."""
    tokens, lower = sc.tokens, sc.lower
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    if lower[k] in _CALL_PARTICLES:
        return True
    event = next((m for m in range(k, min(k + 4, len(tokens))) if lower[m] in _CALLED_EVENTS), None)
    if (
        event is not None
        and not any(tokens[m].text in ("'s", "’s") or sc.quoted[m] for m in range(k, event + 1))
        and (event + 1 >= len(tokens) or tokens[event + 1].text not in QUOTES and lower[event + 1] not in ("a", "an"))
    ):
        return True  # not "called November's election “a citizenship election”"
    end = k
    if lower[k] in _OBJECT_PRONOUNS:
        end = k + 1
    elif lower[k] == "both" and k + 1 < len(tokens) and not tokens[k + 1].is_cap:
        end = k + 2  # "called both candidates"
    else:
        while end < len(tokens) and end - k < 4 and tokens[end].is_cap and tokens[end].is_word:
            end += 1
    if end == k:
        return False
    if end >= len(tokens) or tokens[end].text in (".", ";"):
        return True
    if lower[end] == "on" and end + 1 < len(tokens) and lower[end + 1] in ("it", "this", "that"):
        return False  # "Cruz called them on it": a rebuke
    return lower[end] in _AFTER_PHONED


def _prize_won(sc: Scan, k: int) -> bool:
    """ "claimed his third victory", "claimed some victories", "claimed the prize": a win taken, where "claimed
    victory" before the count and "claimed that the victory was stolen" are words."""
    tokens, lower = sc.tokens, sc.lower
    for m in range(k, min(k + 4, len(tokens))):
        if not tokens[m].is_word or sc.quoted[m] or lower[m] in ("that", "to", "it", "credit", "responsibility"):
            return False
        if lower[m] in _PRIZES:
            owned = any(lower[x] in _WINNERS or lower[x].isdigit() for x in range(k, m))
            return owned or lower[m].endswith("s") or lower[m] in ("prize", "title", "crown", "mantle")
    return False


_SEEK_WORDS = frozenset(("seek", "seeks", "seeking", "sought"))
# what a candidate runs for: "seeking the presidency", "sought a fifth term", "seeking breakout performances"
_OFFICES = frozenset(
    ("presidency", "nomination", "office", "reelection", "re-election", "term", "terms", "seat", "seats", "post")
    + ("election", "house", "win", "wins", "victory", "victories", "performance", "performances", "votes")
)


def _office_sought(sc: Scan, k: int) -> bool:
    """ "seeking the presidency", "was not seeking a fifth term", "seeking the White House": an office or a win
    run for, where "seeking to show that" and "sought a recount of the vote" say what someone wants said or done."""
    tokens, lower = sc.tokens, sc.lower
    for m in range(k, min(k + 4, len(tokens))):
        if lower[m] in ("'s", "’s"):
            continue  # "seeking the governor's office"
        if not tokens[m].is_word or sc.quoted[m] or lower[m] in ("to", "that", "of", "for"):
            return False
        if lower[m] in _OFFICES:
            return True
    return False


_ADD_WORDS = frozenset(("add", "adds", "added"))
# what "added" puts in: "added another facet", "added its voice", "added up to", "added to his lead"
_ADDED_DETERMINERS = frozenset(("a", "an", "another", "his", "her", "its", "their", "our", "some", "more", "up"))


def _added_thing(sc: Scan, k: int) -> bool:
    """Whether the words at ``k``, after "add", are a thing added ("another facet", "to her lead") rather than what
    was said ("that ...", ", ...", a quotation, "in a statement")."""
    lower = sc.lower
    if sc.quoted[k] or not sc.tokens[k].is_word:
        return False
    if lower[k] == "to":
        return k + 1 < len(lower) and lower[k + 1] in DETERMINERS  # "added to the confusion", not "to reporters"
    return lower[k] in _ADDED_DETERMINERS


_SHARE_WORDS = frozenset(("share", "shares", "shared", "sharing"))
# what is shared that is no view: a place, a meal, a billing, a prize ("shared the stage", "shared a ride")
_SHARED_THINGS = frozenset(
    ("stage", "microphone", "podium", "platform", "dais", "ticket", "table", "room", "meal", "dinner", "lunch")
    + ("breakfast", "bed", "car", "plane", "ride", "office", "house", "apartment", "border", "borders", "billing")
    + ("screen", "spotlight", "prize", "award", "lead", "title", "power", "custody", "space", "bench", "seat")
)


def _shared_thing(sc: Scan, k: int) -> bool:
    """Whether "shared" at ``k - 1`` takes a place or thing for its object ("shared a microphone")."""
    lower = sc.lower
    while k < len(sc.tokens) and k - 1 < len(sc.tokens) and lower[k] in ("a", "an", "the", "same", "their", "his"):
        k += 1
    return k < len(sc.tokens) and lower[k] in _SHARED_THINGS and not sc.quoted[k]


_ACCEPT_WORDS = frozenset(("accept", "accepts", "accepted", "accepting"))
_MONEY_WORDS = frozenset(
    ("millions", "billions", "thousands", "dollars", "money", "donations", "contributions", "funds", "cash")
    + ("gifts", "payments", "fees", "checks", "loans", "grants")
)
_AMOUNT_WORDS = frozenset(("tens", "hundreds", "of", "a", "an", "the", "his", "her", "their", "its", "large", "small"))
MAX_MONEY_PHRASE = 5  # words from "accepted" to the money taken ("accepted large sums of money")


def _money_taken(sc: Scan, k: int) -> bool:
    """Whether the words at ``k``, after "accepted", are money ("millions of dollars", "“about $40,000”",
    "donations from lobbyists"): taken, not agreed with, where "accepted the ruling" is a stance."""
    tokens, lower = sc.tokens, sc.lower
    for m in range(k, min(k + MAX_MONEY_PHRASE, len(tokens))):
        text = tokens[m].text
        if text[:1] == "$" or text[:1].isdigit() or lower[m] in _MONEY_WORDS:
            return True
        if not (text in QUOTES or lower[m] in _AMOUNT_WORDS or lower[m] in _QUANTITY_HEDGES):
            return False
    return False


_DENY_WORDS = frozenset(("deny", "denies", "denied", "denying"))
_GIVEN_DETERMINERS = frozenset(("a", "an", "the", "any", "his", "her", "their", "its", "our", "another"))
_DAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")
    + ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november")
    + ("december",)
)


def _withheld(sc: Scan, k: int) -> bool:
    """Whether the words at ``k``, after "denied", are someone and what they were refused ("denied Vance a hearing",
    "deny him a seat", "deny Ruiz the nomination"): withholding, not a denial in words ("denied the report",
    "denied Tuesday the claims")."""
    tokens, lower = sc.tokens, sc.lower
    end = k
    if end < len(tokens) and lower[end] in _OBJECT_PRONOUNS:
        end += 1
    else:
        while end < len(tokens) and end - k < MAX_CALLED_OBJECT and tokens[end].is_cap and tokens[end].is_word:
            if lower[end] in _DAYS:
                return False
            end += 1
    if end == k or end >= len(tokens) or any(sc.quoted[k : end + 1]):
        return False
    return lower[end] in _GIVEN_DETERMINERS


_RIP_WORDS = frozenset(("rip", "rips", "ripped", "ripping"))
_RIP_PARTICLES = frozenset(("away", "off", "apart", "up", "down", "out", "open"))  # "ripped them away"
MAX_RIPPED_OBJECT = 4  # words between "ripped" and its particle ("ripping all our progress away")


def _torn(sc: Scan, k: int) -> bool:
    """Whether a particle follows "ripped" within its object ("ripped the signs away", "ripping voters off"): torn
    or cheated, not criticised ("ripped into Vance", "ripped Vance for the levy")."""
    tokens, lower = sc.tokens, sc.lower
    for m in range(k, min(k + MAX_RIPPED_OBJECT + 1, len(tokens))):
        if not tokens[m].is_word or sc.quoted[m] or lower[m] in PREPOSITIONS:
            return False
        if lower[m] in _RIP_PARTICLES:
            return True
    return False


_RECOGNIZED = frozenset(("recognized", "recognised"))
_PERSONAL_PRONOUNS = frozenset(("he", "she", "they", "we", "i", "you"))


def _person_recognized(sc: Scan, i: int) -> bool:
    """Whether "recognized" at ``i`` is a passive with a person for its subject ("they were recognized by Dover voters",
    "he was recognized by fans"): known on sight, not a claim acknowledged ("Kosovo was recognized by ...")."""
    lower = sc.lower
    k = i - 1
    while k >= 0 and adverb(sc, k):
        k -= 1
    if k < 1 or lower[k] not in PASSIVE:
        return False
    k -= 1
    while k >= 0 and (lower[k] in SKIP_LEFT or adverb(sc, k)):
        k -= 1
    return k >= 0 and lower[k] in _PERSONAL_PRONOUNS and not sc.quoted[k]


def other_sense(sc: Scan, i: int, n: int) -> bool:
    """A cue word in another sense: an adjective after a degree word ("one of the most promising paths", "very
    telling"), a plural noun after "have" ("five states have claims in the area"), a number that changed ("trade
    declined 40 percent", "the economy added 292,000 jobs"), or a bare handle or address ("He tweets @jdoe.")."""
    tokens, lower = sc.tokens, sc.lower
    word = lower[i]
    prev = lower[i - 1] if i else ""
    if n == 1 and prev in _DEGREE_WORDS and word.endswith("ing"):
        return True
    if n == 1 and prev in ("have", "has", "had") and word.endswith("s") and not word.endswith("ss"):
        return True  # after "have" a verb takes its participle: "have claimed", never "have claims"
    after = i + n
    if word in _ANSWER_WORDS and prev in ("not", "n't", "never") and not (after < len(tokens) and sc.quoted[after]):
        return True  # "Fields did not reply to a request for comment": nothing was said
    if (
        word in _DECLINE_WORDS
        and after + 1 < len(tokens)
        and lower[after] == "to"
        and lower[after + 1] in _SILENT_ANSWERS
    ):
        return True  # "Tom Reyes declined to comment": nothing was said, as with "did not respond"
    if word in _CLAIM_WORDS and _prize_won(sc, after):
        return True  # "Sanders claimed his third victory", "claimed the prize": won, not said
    if word in _SEEK_WORDS and _office_sought(sc, after):
        return True  # "Republicans seeking the presidency": who they are, not what they say
    if word == "call" and prev == "to" and i >= 2 and lower[i - 2] == "close":
        return True  # "too close to call": a race, not a call
    if (
        word in _ADD_WORDS
        and prev not in (",", "—", "–")
        and after < len(tokens)
        and _added_thing(sc, after)
        and not after_quotation(sc, i)
    ):
        return True  # "The admiral has added another facet to his job": put in, not said
    if word in _SHARE_WORDS and _shared_thing(sc, after):
        return True  # "the host and the candidate shared a microphone": a thing, not a view
    if word in _RECOGNIZED and _person_recognized(sc, i):
        return True  # "they were recognized by Dover voters": known on sight
    if word in _RIP_WORDS and _torn(sc, after):
        return True  # "supporters ripped the signs away": torn, not criticised
    if word in _DENY_WORDS and _withheld(sc, after):
        return True  # "The chair denied Lena Park a seat": withheld, not a denial in words
    if word in _ACCEPT_WORDS and _money_taken(sc, after):
        return True  # "The Vale Fund accepted donations": money taken, not a view agreed with
    if word == "think" and i + 1 < len(tokens) and lower[i + 1] in ("tank", "tanks"):
        return True  # "the think tank Third Way": a noun
    if n == 1 and word in _CALL_WORDS and _no_speech_call(sc, after):
        return True
    if word in _CLAIM_WORDS and _share_won(sc, after):
        return True  # "claiming 41 percent of the vote", "claimed 30 delegates": won, not said
    if word in _QUANTITY_CUES:
        k = after
        while k < len(tokens) and lower[k] in _QUANTITY_HEDGES:
            k += 1
        if k < len(tokens) and tokens[k].text[:1].isdigit():
            return True
    return (
        after < len(tokens)
        and tokens[after].start > 0
        and sc.text[tokens[after].start - 1] == "@"
        and (after + 1 == len(tokens) or not tokens[after + 1].is_word)
    )


_CLAIM_WORDS = frozenset(("claim", "claims", "claimed", "claiming"))
_WON_THINGS = frozenset(("vote", "votes", "delegates", "seats", "ballots"))  # what a count after "claimed" may be


def _share_won(sc: Scan, k: int) -> bool:
    """Whether a count of votes or seats starts at ``k`` ("41 percent of the vote", "about 30 delegates"): what
    "claimed" took, not what it said ("claimed 40 percent of voters back him" says something)."""
    tokens, lower = sc.tokens, sc.lower
    while k < len(tokens) and lower[k] in _QUANTITY_HEDGES:
        k += 1
    if k >= len(tokens) or not tokens[k].text[:1].isdigit():
        return False
    k += 1
    if k < len(tokens) and lower[k] in ("percent", "%"):
        k += 1
        if lower[k : k + 2] == ["of", "the"]:
            k += 2
    return k < len(tokens) and lower[k] in _WON_THINGS


_REFUSALS = frozenset(("refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining"))
_CONSENTS = frozenset(("agree", "agrees", "agreed", "agreeing"))
_INTERVIEWS = frozenset(("talk", "speak", "be", "an", "sit", "meet"))  # "agreed to talk", "agreed to an interview"


def deed_not_words(sc: Scan, i: int, n: int, reports: Callable[[str], bool]) -> bool:
    """ "Ruiz refused to intervene", "Lee declined to renew the deal": refusing to do something is a deed, not a
    stated position, unless what is refused is itself saying or backing something ("refused to back the quotas",
    "declined to rule out a run"). And "agreed to talk (on condition of anonymity)" only says how a source was
    heard. ``reports`` tells whether a verb, in its base form, is a reporting or stance word."""
    tokens, lower = sc.tokens, sc.lower
    after = i + n
    if n != 1 or after >= len(tokens) or lower[after] != "to":
        return False
    k = after + 1
    while k < len(tokens) and adverb(sc, k):
        k += 1  # "declined to directly respond"
    if k >= len(tokens) or not tokens[k].is_word or sc.quoted[k]:
        return False
    if lower[i] in _CONSENTS:
        return lower[k] in _INTERVIEWS
    return lower[i] in _REFUSALS and (lower[k] in _SILENT_ANSWERS or not reports(lower[k]))


_RELATIVES = frozenset(("that", "which", "whom", "what"))
_CONTACT_PRONOUNS = frozenset(("something", "nothing", "anything", "everything"))  # "nothing Ruiz said"
# nouns for words that a contact clause names ("outrageous things Trump said about Latinos"): referred to
_WORDS_NOUNS = frozenset(("things", "words", "remarks", "comments", "statements", "claims", "lines", "phrases"))
# verbs whose object is the words themselves: with that object moved away, the words are referred to, not reported
_WORDS_VERBS = frozenset(
    ("say", "says", "said", "saying", "indicated", "indicates", "suggested", "suggests", "stated", "states")
    + ("wrote", "writes", "tweeted", "tweets", "claimed", "claims", "predicted", "predicts", "promised", "promises")
)
# what may follow a verb whose object has moved away: "the words that Ruiz wrote." / "what Lee said about it"
_AFTER_GAP = frozenset(("as", "earlier", "later", "last", "this", "yesterday", "today", "and", "but", "or", "so"))
MAX_RELATIVE_SUBJECT = 5  # words of the subject between a relative word and its verb ("that many local Democrats")


def words_referred_to(sc: Scan, i: int, n: int, reports: Callable[[str], bool]) -> bool:
    """Whether the speech verb at ``i`` has a relative word or "nothing"/"everything" for its object: "Nothing the
    mayor said will help", "what Ruiz said about the port", "something Lee suggested last week", "the words that
    Ruiz wrote.". The words are referred to, not reported: no position. What the verb reports stays one ("what
    Ruiz says is a pattern", "the plan that Ruiz said would fail"); stance verbs in such a clause ("which Ruiz
    also supports") state a stance and are left alone."""
    tokens, lower = sc.tokens, sc.lower
    if n != 1 or lower[i] not in _WORDS_VERBS:
        return False
    k = i - 1
    while k >= 0 and (lower[k] in SKIP_LEFT or adverb(sc, k)):
        k -= 1
    if k < 1 or sc.quoted[k] or not tokens[k].is_word or lower[k] in PASSIVE:
        return False
    start = k
    if pronoun_kind(lower[k]) is None:
        while (
            start > 0
            and k - start < MAX_RELATIVE_SUBJECT
            and tokens[start - 1].is_word
            and not sc.quoted[start - 1]
            and lower[start - 1] not in _RELATIVES | _CONTACT_PRONOUNS | _WORDS_NOUNS
            and lower[start - 1] not in PREPOSITIONS | PASSIVE | SKIP_LEFT
        ):
            start -= 1
    if start < 1 or sc.quoted[start - 1]:
        return False
    marker = lower[start - 1]
    if marker in _CONTACT_PRONOUNS:
        return True
    if marker in _WORDS_NOUNS and start < k + 1 and tokens[start].is_cap:
        after = i + n  # "things Trump said about Latinos", "the words Ruiz wrote.": a gap where the object was
        return (
            after >= len(tokens) or not tokens[after].is_word or lower[after] in PREPOSITIONS | _AFTER_GAP
        )  # "everything Ruiz says is true": the words are the subject of what the sentence says
    if marker not in _RELATIVES:
        return False
    before = lower[start - 2] if start >= 2 else ""
    if marker == "that" and (
        not before.isalpha()
        or before in PASSIVE
        or reports(before)
        or not any(lower[m] in DETERMINERS for m in range(max(0, start - 5), start - 1))
    ):
        return False  # "Ruiz said that Lee wrote it.": "that" opens what is reported, unless it follows a noun
        # phrase ("the words that Ruiz wrote.")
    after = i + n
    while after < len(tokens) and adverb(sc, after):
        after += 1  # "what Ruiz has said privately about the port": the gap is after the adverb
    if after >= len(tokens):
        return True
    nxt = tokens[after]
    if not nxt.is_word:
        return nxt.text not in QUOTES
    return lower[after] in PREPOSITIONS or lower[after] in _AFTER_GAP


_COMPARED = frozenset(("as", "so"))  # "as bad as she said", "not so bad as he claimed"
MAX_COMPARED_SUBJECT = 4  # words of the subject between the second "as" and the cue: "as the mayor's aides said"
MAX_COMPARED_DEGREE = 3  # words between the two "as": "as badly hurt as"
_GAP_WORDS = frozenset(("what", "which", "that", "who", "whom", "whose"))


def in_comparison(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` closes a comparison ("if the grab was as bad as she said", "bigger than Ruiz
    claimed"): it measures something against the words, and states nothing of its own. Not "As Ruiz said, the
    port is shut" nor "just as Ruiz said", where the words are what is reported."""
    tokens, lower = sc.tokens, sc.lower
    k = i - 1
    while k >= 0 and lower[k] in SKIP_LEFT and not sc.quoted[k]:
        k -= 1  # "as she had said"
    start = k
    while (
        start >= 0
        and k - start < MAX_COMPARED_SUBJECT
        and tokens[start].is_word
        and not sc.quoted[start]
        and lower[start] not in ("as", "than")
    ):
        start -= 1
    if start < 1 or start == k or sc.quoted[start] or lower[start] not in ("as", "than"):
        return False
    subject = range(start + 1, k + 1)
    if lower[i].endswith("ing") or all(adverb(sc, m) or lower[m] == "just" for m in subject):
        return False  # "rather than just promising to build": no subject, no words measured against
    if any(lower[m] in _GAP_WORDS or lower[m] in PREPOSITIONS or lower[m] in STOP_NP for m in subject) or (
        len(subject) > 1 and any(pronoun_kind(lower[m]) for m in subject)
    ):
        return False  # "than any fees he reported", "than half of what Ruiz says": a thing compared, not words
    if lower[start] == "than":
        degree = lower[start - 1]
        return degree.endswith("er") or degree in ("more", "less", "fewer", "worse", "better", "rather")
    return any(
        lower[m] in _COMPARED and not sc.quoted[m] and all(tokens[x].is_word for x in range(m, start))
        for m in range(max(0, start - 1 - MAX_COMPARED_DEGREE), start - 1)
    )


def common_noun(sc: Scan, k: int) -> bool:
    """A lower-case noun outside quotation ("people", "a statement"), not a pronoun or a name."""
    token = sc.tokens[k]
    if not token.is_word or token.is_cap or sc.quoted[k] or pronoun_kind(token.lower):
        return False
    return token.lower not in PREPOSITIONS and token.lower not in STOP_NP and not adverb(sc, k)


def finite_cue(sc: Scan, i: int, n: int) -> bool:
    """Whether the cue at ``i`` is plainly a verb in the past or the present ("said", "warned", "says"), not a
    word that may be a noun after "and" ("pain and fear", "speeches and promises")."""
    words = sc_text(sc, i, i + n).lower()
    return words != "reports" and (words in INVERTIBLE or words in ("told", "tells") or sc.lower[i].endswith("ed"))


MAX_OWNER_PHRASE = 6  # words of an owner between a verb and its "'s" ("condemning presidential candidate Ana Ruiz's")


def verb_before_owner(sc: Scan, k: int, reports: Callable[[str], bool]) -> int | None:
    """Where a reporting verb stands right before the owner of a noun cue whose possessive is token ``k``
    ("a motion condemning Mayor Vance's call for a levy", "the crowd denounced Vance's call"): the call is what
    that verb's subject opposes or echoes, the sentence's position theirs. None otherwise ("Other mayors joined Lena
    Park's call": no reporting verb; "In Park's statement": a preposition). ``reports`` tells whether a verb's base
    form is a reporting or stance word."""
    tokens, lower = sc.tokens, sc.lower
    m = k - 1
    while m >= 0 and k - m <= MAX_OWNER_PHRASE and not sc.quoted[m]:
        token = tokens[m]
        if token.is_cap and token.is_word or token.text == "." or sc.covered[m] is not None:
            m -= 1
            continue
        if not token.is_word or lower[m] in PREPOSITIONS or lower[m] in STOP_NP or lower[m] in DETERMINERS:
            return None
        word = lower[m]
        if word.endswith("ing") and any(reports(base) for base in (word[:-3], word[:-3] + "e", word[:-4])):
            return m  # "condemning": the lexicon lists the verb's finite forms
        if word.endswith("ed") and any(reports(base) for base in (word[:-2], word[:-1], word[:-3])):
            return m
        if reports(word) and m + 1 < k and tokens[m + 1].is_cap:
            return m  # "Cruz's allies reject Ruiz's claim"
        m -= 1  # a lower-case word of the owner's phrase: "presidential candidate"
    return None


_GAP_RELATIVES = frozenset(("that", "which", "whom"))
# things said: a clause on them answers words ("a charge that Ruiz denied", "the claim that Lee rejected")
_SAID_THINGS = frozenset(
    ("charge", "charges", "claim", "claims", "accusation", "accusations", "allegation", "allegations", "assertion")
    + ("suggestion", "notion", "argument", "criticism", "idea", "view", "views", "report", "reports", "story")
    + ("comment", "comments", "remark", "remarks", "statement", "statements", "rumor", "rumors", "theory")
)
_COPULAS = FINITE_BE | {"isn't", "wasn't", "remains", "remained", "becomes", "became"}
MAX_RELATIVE_HEAD = 8  # words of the noun phrase a relative clause hangs on ("the sort of victory over politics")
MAX_GAP_ADJUNCT = 6  # words after the cue before what it reports ("argued last year were unfair")


def _gap_after(sc: Scan, after: int) -> bool:
    """Whether nothing the cue reports follows it at ``after``: the end, a stop, or a when or where with no verb of
    its own ("revealed in later audits.", "expected."), not "argued last year were unfair" or ", “...”"."""
    tokens, lower = sc.tokens, sc.lower
    if after >= len(tokens):
        return True
    if not tokens[after].is_word:
        nxt = tokens[after + 1] if after + 1 < len(tokens) else None
        return (
            tokens[after].text not in QUOTES
            and not sc.quoted[after]
            and (nxt is None or nxt.text not in QUOTES and not sc.quoted[after + 1])
        )
    adjunct = lower[after] in PREPOSITIONS or lower[after] in _AFTER_GAP or _that_time(sc, after)
    if lower[after] == "to" or not adjunct:
        return False  # "that Ruiz said would fail", "that Ruiz pledged to fund": what the clause reports
    for m in range(after, min(after + MAX_GAP_ADJUNCT, len(tokens))):
        if not (tokens[m].is_word or tokens[m].text[:1].isdigit()) or sc.quoted[m]:
            break
        if lower[m] in _FINITE_WORDS or lower[m] == "that" and not _that_time(sc, m):
            return False
    return True


_TIME_NOUNS = frozenset(("same", "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time"))


def _that_time(sc: Scan, m: int) -> bool:
    """Whether "that" at ``m`` opens a when ("announced that same day", "that night"), not what is reported."""
    return m + 1 < len(sc.tokens) and sc.lower[m + 1] in _TIME_NOUNS


_WH_OPENERS = frozenset(("what", "whatever", "where", "when", "why", "how", "if", "whether"))
MAX_CONTACT_SUBJECT = 4  # words of a name that is a contact clause's subject ("the users Twitter added")


def in_contact_relative(sc: Scan, i: int, n: int, reports: Callable[[str], bool]) -> bool:
    """Whether the cue at ``i`` is the verb of a relative clause with no relative word whose object is the thing
    before its named subject ("the number of new users Twitter added last year", "the suit Lynch announced that
    same day"): the sentence speaks of that thing; the name stated nothing in it. The thing is a lower-case noun
    in a phrase opened by a determiner, not a verb ("the tapes show Ruiz agreed."); nothing the cue reports follows
    it. ``reports`` tells whether a verb, in its base form, is a reporting or stance word."""
    tokens, lower = sc.tokens, sc.lower
    if lower[i].endswith("ing") or not _gap_after(sc, i + n):
        return False
    k = i - 1
    while k >= 0 and adverb(sc, k):
        k -= 1
    start = k
    while start >= 0 and k - start < MAX_CONTACT_SUBJECT and tokens[start].is_cap and tokens[start].is_word:
        start -= 1
    if start == k or start < 1 or sc.quoted[start] or not tokens[start].is_word or tokens[start].is_cap:
        return False
    thing = lower[start]
    if sc.covered[start] is not None:
        return False  # "the senator Ann Lee said": a role before the name, whose words these are
    if thing in DETERMINERS | PREPOSITIONS | PASSIVE | STOP_NP | _FINITE_WORDS | SKIP_LEFT or pronoun_kind(thing):
        return False
    if thing in _RELATIVE_STOPS or thing in _WH_OPENERS:
        return False  # "a rival whom Ruiz views with suspicion": a relative word, read by in_gapped_relative
    if thing.endswith(("ed", "ly")) or reports(thing) or thing.endswith("s") and reports(thing[:-1]):
        return False  # "the poll showed Ruiz ...", "has repeatedly Ruiz": a verb or adverb, no noun
    for m in range(start - 1, max(start - 1 - MAX_RELATIVE_HEAD, -1), -1):
        if not tokens[m].is_word or sc.quoted[m] or lower[m] in _FINITE_WORDS:
            return False
        if lower[m] in DETERMINERS:
            # the phrase is an object ("watch the number ...", "was the plan ..."), not the sentence's
            # subject with its name in apposition ("The biblical prophet Daniel wrote", ", his brother Sam said")
            before = tokens[m - 1] if m >= 1 else None
            return (
                before is not None
                and before.is_word
                and not before.is_cap
                and not sc.quoted[m - 1]
                and before.lower not in _RELATIVE_STOPS
            )
    return False


def in_gapped_relative(sc: Scan, i: int, n: int) -> bool:
    """Whether the cue at ``i`` is in a relative clause whose object is the thing it describes ("profit from the
    subsidies that Ruiz supports", "the breaches that Dover regulators revealed in later audits", "twice the
    passengers that analysts expected."): the sentence says something of that thing, not what the clause's subject
    stated. Not where the clause reports something ("the plan that Ruiz said would fail", "that Ruiz pledged to
    fund"), where the thing is what the sentence says its subject is ("Vance is a rival whom Ruiz views with
    suspicion"), nor with a pronoun for subject ("the levy that she backed"), mostly the sentence's own subject."""
    tokens, lower = sc.tokens, sc.lower
    progressive = lower[i].endswith("ing") and i >= 1 and lower[i - 1] in PASSIVE  # "the result that Ruiz was seeking"
    if lower[i].endswith("ing") and not progressive or not _gap_after(sc, i + n):
        return False  # "fighters warning of an attack": a participle, not the clause's verb
    k = i - 2 if progressive else i - 1
    while k >= 0 and (lower[k] in SKIP_LEFT or adverb(sc, k)):
        k -= 1
    if k < 2 or sc.quoted[k] or not tokens[k].is_word or lower[k] in PASSIVE | PREPOSITIONS | STOP_NP:
        return False
    if pronoun_kind(lower[k]) is not None:
        return False
    start = k  # the clause's subject: "Ruiz", "the Dover court", "analysts", "the State Department"
    while (
        start > 0
        and k - start < MAX_RELATIVE_SUBJECT
        and tokens[start - 1].is_word
        and not sc.quoted[start - 1]
        and lower[start - 1] not in PREPOSITIONS | PASSIVE | SKIP_LEFT | STOP_NP
    ):
        start -= 1
    marker = start - 1
    if marker < 1 or lower[marker] not in _GAP_RELATIVES or sc.quoted[marker]:
        return False
    before = marker - 1  # the thing: a noun, not a verb that "that" opens the object of ("knew that Lee wrote")
    if not tokens[before].is_word or sc.quoted[before] or lower[before] in STOP_NP | PREPOSITIONS | PASSIVE:
        return False
    if pronoun_kind(lower[before]) is not None or lower[before].endswith("ed"):
        return False
    if lower[before] in _SAID_THINGS:
        return False  # "a charge that Ruiz denied": her answer to words, a position
    head = before
    while head > 0 and before - head < MAX_RELATIVE_HEAD and tokens[head - 1].is_word and not sc.quoted[head - 1]:
        if lower[head - 1] in _COPULAS or lower[head - 1] in ("so", "such"):
            return False  # "is the sort of victory that she fears"; "so heated that Ruiz said": a result
        head -= 1
    return any(lower[m] in DETERMINERS or lower[m] == "of" for m in range(head, before))
