"""Who said what: find the reporting cue of a sentence and the speaker it belongs to.

Handles "X said (that) ...", "'...,' X said", "'...,' said X", "according to X, ...",
participle and noun cues ("..., emphasizing that", "issued a warning"), group subjects
("Both sides", "American diplomats") and quote continuations. Passive cues ("was
emphasized") carry no speaker and are left alone: a position must never be pinned on the
wrong party.

The cue logic lives here; finding the subject's noun phrase is ``speaker_phrases``, naming it
``speaker_names``, pronouns ``pronoun_speakers``, labels ``speaker_labels``, quotations that go on
``quote_continuation``; the pure checks over a sentence are ``cue_sense`` and ``phrase_shapes``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from briefing.prefill.actors import BODY, PERSON, Cast, Scan, is_people_noun, pronoun_kind, sc_text
from briefing.prefill.coordination import opening_subject
from briefing.prefill.cue_sense import (
    adverb,
    after_quotation,
    asked_opener_end,
    calls_someone_something,
    common_noun,
    complement_after_adjunct,
    credit_line,
    deed_not_words,
    empty_subordinate,
    finite_cue,
    in_absolute_opener,
    in_adverbial_clause,
    in_comparison,
    in_contact_relative,
    in_gapped_relative,
    in_indirect_question,
    in_leading_participle,
    in_opening_phrase,
    in_opening_subordinate,
    in_thing_relative,
    names_a_thing,
    noun_compound,
    other_sense,
    passive_aside,
    perfect_adverb,
    plain_stance,
    read_without_quotation,
    reduced_relative,
    report_opener,
    share_of,
    talks_of_what_is_said,
    verb_before_owner,
    wish_in_clause,
    words_referred_to,
)
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.phrase_shapes import possessive, quoted_title_closing, role_heads
from briefing.prefill.pronoun_speakers import PronounResolver
from briefing.prefill.quote_continuation import continues_quote
from briefing.prefill.speaker_labels import colon_label, name_label, transcript_label
from briefing.prefill.speaker_names import SpeakerNamer
from briefing.prefill.speaker_phrases import SpeakerPhrases, double_hyphen
from briefing.prefill.speakers import QUOTE_CONTINUES, Attribution, Reading, Speaker
from briefing.prefill.speech_words import (
    DETERMINERS,
    FINITE_VERBS,
    ING_ADJECTIVES,
    INVERTIBLE,
    LEADING_CONJUNCTIONS,
    MESSAGES,
    PASSIVE,
    PREPOSITIONS,
    QUOTES,
    SKIP_LEFT,
    STOP_NP,
)
from briefing.prefill.wordlists import grammar_words

logger = logging.getLogger(__name__)

_LEAD_IN = grammar_words("lead_in_verbs")  # verbs that lead into a noun cue ("issued a warning")
_COMPLEMENT_CUES = grammar_words("complement_cues")  # cues only when "that", ":" or a quote follows
_COMPLEMENTS = grammar_words("cue_complements")
_PLEDGES = frozenset(("promised",))  # "Lee promised to cut the toll": a pledge stated, as "vowed to" is
_QUOTE_CUES = grammar_words("quote_cues")  # "continued", "quipped": cues only in a sentence with a quotation
_ADDRESSEE_CUES = grammar_words("addressee_cues")  # "told CNN": what follows is the listener
_CLAUSE_END_WORDS = grammar_words("clause_end_words")  # "said Smith *in* a statement": the subject has ended
# what "who" may report of the person before it ("Republicans who say", "Kerr, who told"): speech, not belief
_RELATIVE_CUES = frozenset(
    (
        "say",
        "says",
        "said",
        "told",
        "tells",
        "argue",
        "argues",
        "argued",
        "claim",
        "claims",
        "claimed",
        "warned",
        "warn",
    )
)
_STOPWORDS = grammar_words("stopwords")
_SPEAKING_NOUNS = grammar_words("speaking_nouns")  # "Ruiz's campaign": what an owner speaks through
_NAME_MODIFIERS = grammar_words("name_modifiers")  # "Ruiz's top aide", "Ruiz's former lawyer"
_NOUN_CUE_COMPLEMENTS = frozenset(("that", "to", "for", "about"))  # "Trump's statement that ...", "call for"
_CLAUSE_END_MARKS = frozenset([".", ",", "(", ";", ":", "!", "?", "—", "–", "-", ")", *QUOTES])
_MARKUP = re.compile(r"</?[a-z]+(?:\s[^<>]*)?>")
_DOCUMENTS = frozenset(("report", "statement", "article"))  # a document whose author or outlet is the source
_OUTER_CUES = frozenset(("reported", "reports", "found", "wrote", "writes"))  # ", CNN reported."
_SURVEY_WORDS = frozenset(
    ("poll", "polls", "survey", "surveys", "study")
)  # "In a Gallup poll, ...", not "In an interview"
_WANTING = frozenset(("seeking", "wanting", "hoping"))  # participles that describe a noun more than report
MAX_CUES = 6  # cue words examined per sentence
MAX_ASIDE_SUBJECT = 6  # words of the subject in an aside ", a senior Chinese official said,"
_PARENTHETICAL_CUES = frozenset(
    (
        *("said", "says", "say", "told", "tells", "wrote", "added", "argued", "noted", "warned", "insisted"),
        *("maintains", "maintained", "contends", "contended", "explained", "cautioned", "countered", "predicted"),
    )
)
_INVERTED_CLOSERS = frozenset(("said", "says"))  # "..., said an official who ...": the whole sentence is theirs
_ADDRESSING = frozenset(("told", "tells", "wrote"))  # closing cues with their listener after them: "told reporters"
MAX_LISTENER = 3  # words of a closing cue's listener: "told The Washington Post"


_SPOKESPERSONS = frozenset(("spokeswoman", "spokesman", "spokesperson", "press secretary"))  # a bare role
_DEFINITE = frozenset(("the", "its", "his", "her", "their", "that", "this"))
MAX_READ_SUBJECT = 6  # words of a text's subject before "read": "the letter from the mayor"


def _text_spoken_of(sc: Scan, i: int) -> bool:
    """Whether the subject of "read" at ``i`` is a text already spoken of ("it read", "the email read", "his letter
    reads"): its sender is the voice the quotation goes on from. Not "read one", "a banner read": a new voice."""
    start = i
    while start > 0 and i - start < MAX_READ_SUBJECT and sc.tokens[start - 1].is_word and not sc.quoted[start - 1]:
        start -= 1  # back to the subject's first word: "a banner on the pier read" opens on "a"
    return start < i and (sc.lower[start] == "it" or sc.lower[start] in _DEFINITE and start + 1 < i)


def _open_relative(sc: Scan, j: int) -> bool:
    """Whether a "who" or "which" before token ``j`` opens a clause still open there ("Terris, who saw it and
    described it"), not one a comma has closed ("Lee, who spoke to mayors, did not name Ruiz but told them")."""
    relative = next((k for k in range(j - 1, -1, -1) if sc.lower[k] in ("who", "which")), None)
    return relative is not None and not any(
        sc.tokens[k].text == "," and not sc.quoted[k] for k in range(relative + 1, j)
    )


def _whole(sc: Scan, speaker: Speaker, first: int, end: int) -> bool:
    """Whether the words naming ``speaker``, which end at token ``end``, reach back to token ``first``, where the
    phrase starts: "The State Department", not "Circuit" read out of "the Court of Appeals for the 6th Circuit"."""
    tokens = sc.tokens
    return bool(speaker.written) and tokens[end].end - len(speaker.written) <= tokens[first].start


_MADE_ONLY = frozenset(("comments", "remarks"))  # noun cues only as what someone makes ("made comments about")
_MAKE_FORMS = frozenset(("make", "makes", "making"))
MAX_MADE_GAP = 2  # words between the verb and the noun: "made similar comments", "made his remarks"


def _made(sc: Scan, i: int) -> bool:
    """Whether the noun cue at ``i`` is the object of a lead-in verb ("Ruiz has made comments about the toll",
    "made similar remarks on Monday"): she speaks. Elsewhere "comments" and "remarks" mostly name words that
    others act on ("distance themselves from Lee's comments", "walked back his remarks")."""
    for k in range(i - 1, max(i - 2 - MAX_MADE_GAP, -1), -1):
        word = sc.lower[k]
        if word in _LEAD_IN or word in _MAKE_FORMS:  # not an adjective: "her repeated comments"
            return not sc.quoted[k] and not (k and sc.lower[k - 1] in DETERMINERS)
        if not sc.tokens[k].is_word or sc.tokens[k].is_cap:
            return False
    return False


# How words were sent, after "by": "Ruiz said by telephone", "told the paper by email".
_MEANS = frozenset(("telephone", "phone", "email", "e-mail", "text", "letter", "videolink", "satellite", "fax"))
_WHEN = frozenset(("this", "that", "last", "late", "early", "earlier", "later", "after", "before", "while", "when"))


def _by_means(sc: Scan, k: int) -> bool:
    """ "Gao said by telephone on Monday": "by" and how the words were sent, no agent ("the rates set by phone
    companies" goes on to a noun, so the phone companies are the agent)."""
    if k >= len(sc.tokens) or sc.lower[k] not in _MEANS or sc.quoted[k]:
        return False
    after = sc.tokens[k + 1] if k + 1 < len(sc.tokens) else None
    return after is None or not after.is_word or after.is_cap or after.lower in PREPOSITIONS or after.lower in _WHEN


def _it_opens(sc: Scan, j: int) -> bool:
    """Whether the subject at ``j`` is an "It" that opens its sentence, after at most a conjunction ("But it said")."""
    return (
        0 <= j
        and sc.lower[j] == "it"
        and not sc.quoted[j]
        and (j == 0 or j == 1 and sc.lower[0] in LEADING_CONJUNCTIONS)
    )


def _head_of_list(sc: Scan, j: int) -> int | None:
    """Where a name at ``j`` is the last of a list of examples that runs on to the verb without its closing comma
    ("Several leaders, including Sens. Ann Ruiz (Ariz.) and Lee Park (Iowa) have since said"), the end of the noun
    phrase the list gives examples of ("leaders"); else None."""
    tokens, lower = sc.tokens, sc.lower
    k, joined = j, False
    while k >= 0 and j - k < 40 and not sc.quoted[k]:
        token = tokens[k]
        if lower[k] == "and":
            joined = True
        elif lower[k] != "the" and not (token.is_cap and token.is_word or token.text in ("(", ")", ".", ",", "-")):
            break
        k -= 1
    if k < 2 or not joined or sc.quoted[k]:
        return None
    if lower[k] == "including" and tokens[k - 1].text == ",":
        return k - 2
    if lower[k] == "as" and lower[k - 1] == "such" and k >= 3 and tokens[k - 2].text == ",":
        return k - 3
    return None


def _by_doing(sc: Scan, k: int) -> bool:
    """ "Carson concluded by admonishing journalists": "by" and a gerund say how the subject spoke, no agent."""
    return (
        k < len(sc.tokens)
        and sc.tokens[k].is_word
        and not sc.tokens[k].is_cap
        and sc.lower[k].endswith("ing")
        and sc.lower[k].isalpha()
        and len(sc.lower[k]) > 5
        and sc.lower[k] not in ING_ADJECTIVES
    )


# "a pitch to voters saying", "on Facebook writing": not "about X calling", "attacked X for saying", "a letter from X
# saying", where the object does the "-ing"
_OBJECT_PREPOSITIONS = frozenset(("to", "on", "at", "in", "into", "against"))


def _participle_after_object(sc: Scan, j: int) -> bool:
    """Whether the phrase ending at ``j``, right before an "-ing" cue, is a preposition's object in a clause that
    has its own subject ("made a pitch *to New York voters* saying"): the participle is the subject's. Not "with
    Trump saying" or "a clip of McCain saying", where the object is who speaks."""
    tokens, lower = sc.tokens, sc.lower
    if not tokens[j].is_word or sc.quoted[j] or pronoun_kind(lower[j]):
        return False
    start = j
    while start > 0 and j - start < 5 and tokens[start - 1].is_word and lower[start - 1] not in PREPOSITIONS:
        if sc.quoted[start - 1] or lower[start - 1] in STOP_NP | SKIP_LEFT | PASSIVE:
            return False  # "at a time when many Democrats would be asking": a clause of its own
        start -= 1
    if start == 0 or lower[start - 1] not in _OBJECT_PREPOSITIONS or sc.quoted[start - 1]:
        return False
    clause = start - 1  # the clause before the preposition: a verb and its subject, not a list or an aside
    return clause >= 2 and not any(lower[k] in ("with", "of") for k in range(max(0, clause - 6), clause))


_RECEIVING = frozenset(("obtained", "seen", "reviewed", "viewed", "received", "acquired", "shared"))
_RECEIVERS = frozenset(("to", "for"))  # "prepared for the federation", "provided to The Times": who got it


def _name_after_preposition(sc: Scan, j: int) -> bool:
    """Whether the capitalised run ending at ``j`` is the object of a preposition ("like Saudi Arabia", "from
    Norway"): an object a participle after it describes, not a subject."""
    tokens = sc.tokens
    if not (tokens[j].is_cap and tokens[j].is_word) or sc.quoted[j]:
        return False
    first = j
    while first > 0 and tokens[first - 1].is_cap and tokens[first - 1].is_word:
        first -= 1
    if first >= 1 and sc.lower[first - 1] == "the":
        first -= 1
    return first >= 1 and sc.lower[first - 1] in PREPOSITIONS and not sc.quoted[first - 1]


def _document_before_receiver(sc: Scan, j: int) -> int | None:
    """Where the subject's own phrase ends when the name ending at ``j`` (or at the comma ``j``) is only who
    got or was given it: "A letter from the Legion obtained by The Associated Press warns", "A projection by
    Oxford Economics, prepared for the retail federation, predicted". The token before the participle, else None.
    Not the author after "written by" or "sent by": theirs are the words."""
    tokens, lower = sc.tokens, sc.lower
    if j >= 1 and tokens[j].text == ",":
        j -= 1
    k = j
    while k >= 0 and tokens[k].is_word and not sc.quoted[k] and (tokens[k].is_cap or lower[k] in ("the", "a", "an")):
        k -= 1
    if k == j or k < 2 or sc.quoted[k]:
        return None
    participle = lower[k - 1]
    if not (lower[k] == "by" and participle in _RECEIVING or lower[k] in _RECEIVERS and participle.endswith("ed")):
        return None
    if tokens[k - 1].is_cap or sc.quoted[k - 1]:
        return None
    m = k - 2
    if m >= 1 and tokens[m].text == ",":
        m -= 1  # "Oxford Economics, prepared for ...,"
    return m if tokens[m].is_word and tokens[m].is_cap and not sc.quoted[m] else None  # a named author or sender


def _bracketed(sc: Scan, i: int) -> bool:
    """Whether token ``i`` is inside a bracket that opens after the sentence's start ("Trump cites ... (the real
    number is 15 percent, according to Factcheck.org)"): a source for the aside only, not for the sentence."""
    return sc.tokens[0].text != "(" and sum((t.text == "(") - (t.text == ")") for t in sc.tokens[:i]) > 0


def _opens_clause(sc: Scan, j: int) -> bool:
    """Whether the noun phrase ending at ``j`` opens its clause ("Vargas and others seeking", "Voters seeking
    change"), rather than being a verb's or a preposition's object ("would handle donors seeking help")."""
    start = j
    while start > 0 and j - start < 5 and sc.tokens[start - 1].is_word and not sc.quoted[start - 1]:
        word = sc.lower[start - 1]
        if word in ("and", "or", "but"):
            return True
        if word in PREPOSITIONS or word in PASSIVE or word in SKIP_LEFT:
            return False
        start -= 1
    return start == 0 or not sc.tokens[start - 1].is_word


_TALKED_ABOUT = frozenset(("on", "to", "about", "over", "against", "at", "toward", "towards", "upon", "into"))
_MAKING = frozenset(("make", "makes", "issue", "issues", "release", "releases", "give", "gives", "send", "sends"))
MAX_NOUN_CUE_PHRASE = 5  # words before a noun cue in its own phrase ("the original Sanders demand")


def _people_word(word: str) -> bool:
    """Whether a lower-case noun names people who may act ("detractors", "protesters", "critics"): a people
    word, or an agent noun by its ending."""
    agent = word.endswith(("ers", "ors", "ists")) and word.isalpha() and len(word) > 5
    return is_people_noun(word) or agent


def _noun_after_preposition(sc: Scan, i: int) -> bool:
    """Whether the noun cue at ``i`` is a preposition's object ("on the Quartet statement", "acquiesced to the
    original Sanders demand"): the sentence talks about the statement; nobody makes it here."""
    tokens, lower = sc.tokens, sc.lower
    k = i - 1
    while k >= 0 and i - k <= MAX_NOUN_CUE_PHRASE and not sc.quoted[k]:
        if lower[k] in _TALKED_ABOUT:
            return k < i - 1  # "to call for" is a verb; "in a statement" and "with a call for" are the speaker's
        if not (tokens[k].is_word or tokens[k].text in ("'s", "’s", "-")) or lower[k] in SKIP_LEFT | PASSIVE:
            return False
        if lower[k] in _MAKING or not tokens[k].is_cap and k < i - 1 and lower[k].endswith("ed"):
            return False  # "to make a statement", "released a follow-up statement": someone makes it
        k -= 1
    return False


# verbs and adjectives whose subject is also the subject of the "to" infinitive after them, and which say that it
# happened ("Ruiz began to say", "has taken to saying", "was quick to point out"); not "wants to say", "is likely to
# say", "plans to announce": words not yet said
_CONTROL_WORDS = frozenset(
    ("began", "begun", "begin", "begins", "started", "starts", "continued", "continues", "taken", "took")
    + ("tried", "tries", "sought", "seeks", "seemed", "seems", "appeared", "appears", "used", "went", "goes", "moved")
    + ("rushed", "hastened", "chose", "decided", "agreed", "quick", "quicker", "quickest", "quickly", "careful")
    + ("eager", "late", "slow", "first", "last")
)
MAX_CONTROL_WORDS = 4  # words between a subject and the "to" of its infinitive ("has been quick to")


def _controlling_subject_end(sc: Scan, j: int) -> int:
    """Where the subject of a "to" infinitive's controlling verb ends, when token ``j`` is that "to": "some leaders
    have taken to saying" -> "leaders", "Ruiz was quick to point out" -> "Ruiz", "The aim is to say" -> "aim".
    ``j`` itself otherwise, and where a name or pronoun stands before "to" ("urged Ruiz to say": Ruiz is told)."""
    tokens, lower = sc.tokens, sc.lower
    if j < 1 or lower[j] != "to" or sc.quoted[j]:
        return j
    k, control = j - 1, False
    while k >= 0 and j - k <= MAX_CONTROL_WORDS and tokens[k].is_word and not tokens[k].is_cap and not sc.quoted[k]:
        if lower[k] in _CONTROL_WORDS:
            control = True
        elif not (lower[k] in SKIP_LEFT or lower[k] in PASSIVE or lower[k] == "on" or adverb(sc, k)):
            break
        k -= 1
    be = lower[j - 1] in PASSIVE  # "The message is to call": what the subject's message says
    return k if (control or be) and k >= 0 and k < j - 1 and tokens[k].is_word else j


class Attributor:
    """Finds attributions sentence by sentence, in reading order (pronouns look back)."""

    def __init__(self, lex: Lexicon, cast: Cast) -> None:
        self.lex, self.cast = lex, cast
        self.reading = Reading()  # the last attribution and the sentence being read, shared with pronouns
        self.namer = SpeakerNamer(lex, cast)
        self.pronouns = PronounResolver(cast, self.reading)
        self.phrases = SpeakerPhrases(lex, cast, self.namer, self.pronouns)
        self._relative = False  # the speaker found is the antecedent of "who": a fallback, named only
        self._committed: Speaker | None = None  # the subject of a "refused to ..." read earlier in the sentence

    def attribute(self, sc: Scan, sentence: int, block: int, prev_block: int | None) -> Attribution | None:
        tokens = sc.tokens
        self.reading.quote_first = bool(tokens) and (
            tokens[0].text in ('"', "“", "‘") or tokens[0].text == "'" and sc.quoted[min(2, len(tokens) - 1)]
        )
        if (
            tokens
            and sc.text.find("<", tokens[0].start, tokens[-1].end) >= 0
            and _MARKUP.search(sc.text, tokens[0].start, tokens[-1].end)
        ):
            return None  # an embedded post's markup ("<tweet author=...>"): not the article's reporting
        found: Attribution | None = None
        self.pronouns.begin_sentence(sc, sentence)
        label = (
            transcript_label(sc, sentence, self.lex)
            or colon_label(sc, sentence, self.cast, self.namer)
            or name_label(sc, sentence, self.cast, self.namer)
        )
        if label is not None:
            self.reading.last = label
            return label
        tried, new_cue = 0, False
        self._committed = None
        found_at = subordinate_at = stance_at = 0
        stance_found: Attribution | None = None
        subordinate_found: Attribution | None = None  # "When Lee said X, Park replied Y": Park's unless alone
        # "After Lee testified, the panel ...": it says nothing, so not even alone is it the sentence's position;
        # but "When Lee testified, he said ...": the later cue's unnamed subject may be Lee, who then speaks
        subordinate_empty, subordinate_tried = False, 0
        # where the words reported by a cue whose subject we could not name begin ("Local papers reported that
        # Ruiz reiterated ..."): a cue after it reports inside them, so its subject is not the sentence's speaker
        reported_from: int | None = None
        outer = self._outer_source(sc, sentence)
        channel = _channel_at(sc) if outer is not None and outer.cue == "according to" else None
        if outer is not None and channel is None:
            self.reading.last = outer
            return outer
        opener_end = asked_opener_end(sc)
        for i in range(len(tokens)):
            if i < opener_end:
                continue  # "Asked by Lauer whether he thought so, Smith said...": the answer's cue is later
            if tried >= MAX_CUES:
                break  # a run-on "sentence" of cue words must not cost quadratic time
            if sc.quoted[i] or not tokens[i].is_word or sc.covered[i] is not None or (i and tokens[i].is_cap):
                continue  # a capitalised "States" or "Post" is a name, not a verb
            if channel is not None and (i >= channel or sc.lower[i] not in _PLAIN_SPEECH):
                continue  # only "X said ..., according to": a report that found, a deed it tells of, are its own
            cue = self.lex.cues.match_keys(sc.lower, i)
            naming = (cue is None or cue[1] == "noun") and calls_someone_something(sc, i)
            if naming:
                cue = (1, "verb")  # "calls Vance “a fraud”", "went on to call him a liar": the verb, not the noun
            talk = cue is None and talks_of_what_is_said(sc, i)
            if talk:
                cue = (2, "verb")  # "talks about how she pushed for ...": the talk's words are given
            if cue is None:
                continue
            n, kind = cue
            stance = kind == "stance"  # "Sanders railed against": a stance, reported only of a name, never "he"
            kind = "verb" if stance else kind
            prev = tokens[i - 1].lower if i else ""
            if kind == "verb" and (prev in DETERMINERS or prev in ("'s", "’s")):
                continue  # "the call", "a view", "Trump's telling": nouns, not reporting
            if kind == "noun" and sc.lower[i] in _MADE_ONLY and not _made(sc, i):
                continue  # "Trump's comments drew fire", "remarks made by an aide": words referred to, not made
            if (
                not naming
                and sc.lower[i + n - 1] in _COMPLEMENT_CUES
                and (i + n >= len(tokens) or sc.lower[i + n] not in _COMPLEMENTS)
                and not complement_after_adjunct(sc, i + n)  # "declared in an interview with Reuters that ..."
                and not (sc.lower[i + n - 1] in _PLEDGES and i + n < len(tokens) and sc.lower[i + n] == "to")
                and not after_quotation(sc, i)
                and not (i + n >= len(tokens) - 1 and _closing_report(sc, i))  # "Ruiz will win, Lee maintains."
            ):
                continue  # "Facebook found the posting", "a phone call", "wants to win": not reporting
            if n == 1 and read_without_quotation(sc, i):
                continue  # "Ruiz read the report": reading, not a text's words quoted
            if sc_text(sc, i, i + n).lower() in _QUOTE_CUES and not any(sc.quoted) and not _ends_on_colon(sc, i + n):
                continue  # "the war continued", "he laughed": a speech verb only beside a quotation
            if sc.lower[i] in _CONTINUING and sc.lower[i + n : i + n + 1] == ["to"]:
                continue  # "his administration continues to carve out exceptions": it goes on doing, says nothing
            if names_a_thing(sc, i):
                continue  # "a firm called Gavekal", "a super PAC called Our Harbour": a name given, not a call
            if kind == "verb" and noun_compound(sc, i, n):
                continue  # "as reliable as a campaign promise": a noun, nobody promises here
            if in_indirect_question(sc, i):
                continue  # "asked Obama what he thought of Trump": a question, no answer stated
            if passive_aside(sc, i, n):
                continue  # "Vale, who has been endorsed by the unions, has made ...": what the unions did to Vale
            if reduced_relative(sc, i, n):
                continue  # "The bureau cited in his post does not exist": what was cited, not who spoke
            if credit_line(sc, i, n):
                continue  # "Jones reported from Washington."
            if other_sense(sc, i, n):
                continue  # "the most promising path", "have claims in the area", "declined 40 percent"
            if deed_not_words(sc, i, n, self._reporting_verb):
                # "Ike refused to intervene", "agreed to talk": a deed, not words; but its subject is the one of a
                # verb coordinated with it ("declined to name them but said ...", "refused to comment, saying ...")
                if self._committed is None:
                    self._committed = self._speaker_for(sc, i, n, kind, sentence)
                continue
            if in_comparison(sc, i):
                continue  # "if it was as bad as she said": a measure against the words, nothing stated
            if words_referred_to(sc, i, n, self._reporting_verb):
                continue  # "Nothing the mayor said will help", "what Ruiz said about it": words referred to
            if kind == "verb" and in_gapped_relative(sc, i, n):
                continue  # "the subsidies that Ruiz supports", "the breaches regulators revealed": about the thing
            if kind == "verb" and in_contact_relative(sc, i, n, self._reporting_verb):
                continue  # "the users Twitter added last year", "the suit Lynch announced": about the thing
            if wish_in_clause(sc, i):
                continue  # "than when he was seeking to rescue his campaign", "the man he is seeking to succeed"
            if in_thing_relative(sc, i, n):
                continue  # "Ruiz is at odds with the union on the pact, which Vale has criticized": about the pact
            if stance and not plain_stance(sc, i, n):
                continue  # "Trump may want", "the cuts favored by", "failure to understand": no stance taken
            tried += 1
            self.reading.named_only, self._relative = stance, False
            speaker = self._speaker_for(sc, i, n, kind, sentence)
            self.reading.named_only = False
            if talk and speaker is not None and not speaker.named:
                continue  # "the statement talked about ...": a text or a body nobody names does not talk
            if (
                speaker is not None
                and reported_from is not None
                and i >= reported_from
                and not _clause_break(sc, reported_from, i)
                and not pronoun_kind(speaker.written.lower())
                and _written_after(sc, speaker, reported_from)
                and not (n == 1 and _closing_report(sc, i))  # "..., Sabato said.": the whole sentence is theirs
                and not after_quotation(sc, i)  # '“... makes clear that ...,” wrote Ruiz': the quotation is Ruiz's
            ):
                continue  # "Local papers reported that Ruiz reiterated ...": Ruiz is reported; but "X said he would"
            if speaker is None and reported_from is None and _unnamed_subject(sc, i, kind):
                # "The budget office now says the reckoning ... because Obama agreed ...", "He memorably promised that
                # if voters supported him": what a subject we cannot name reports; Obama, the voters are reported
                reported_from = _report_start(sc, i + n, plain=n == 1 and sc.lower[i] in _PLAIN_REPORTS)
            if speaker is not None and (stance or self._relative):
                if speaker.named and stance_found is None:  # a later speech cue ("..., Manafort said") wins
                    stance_found = Attribution(sentence, speaker, sc_text(sc, i, i + n))
                    stance_at = i
                continue
            if speaker is not None and (
                in_adverbial_clause(sc, i)
                or in_leading_participle(sc, i)
                or in_absolute_opener(sc, i)
                or kind == "noun"
                and in_opening_phrase(sc, i)
                or _bracketed(sc, i)  # "(“Vale Sinks Ruiz,” declared the Herald)": the aside's, unless alone
                or in_opening_subordinate(sc, i)  # "While the board was glad to hear Ruiz pledged ..., Vale said"
                or subordinate_found is not None
                and _before_comma(sc, subordinate_at, i)  # "Even as Obama has said that he opposes ...,": his too
            ):
                if subordinate_found is None:
                    subordinate_found = Attribution(sentence, speaker, sc_text(sc, i, i + n))
                    subordinate_at = i
                    subordinate_empty = empty_subordinate(sc, i, n)
                    subordinate_tried = tried
                continue
            if speaker is not None and (stance_found is None or sc_text(sc, i, i + n).lower() in INVERTIBLE):
                found = Attribution(sentence, speaker, sc_text(sc, i, i + n))
                found_at = i
                break
            # "“...” there and in March, the memo stated.": a cue that ends the sentence after a quotation reports it
            if n == 1 and sc.lower[i] in ("read", "reads") and _text_spoken_of(sc, i):
                continue  # "“...,” it read.", "the email read": a text just spoken of, its sender's words go on
            new_cue = new_cue or after_quotation(sc, i) or (i + n >= len(tokens) - 1 and any(sc.quoted[:i]))
        if channel is not None and found is None and _message_subject(sc, channel):
            return None  # "One message said: ..., according to a letter from the committee": nobody we can name
        if outer is not None and (found is None or not found.speaker.named):
            # "Obama said ..., according to a pool report": the sentence's own cue names who speaks and the report
            # is where the writer heard it; with no such cue, the source it is according to is the speaker
            self.reading.last = outer
            return outer
        if found is None:
            if subordinate_found is not None and subordinate_empty and tried == subordinate_tried:
                subordinate_found = None
            found, found_at = (subordinate_found, subordinate_at) if subordinate_found else (stance_found, stance_at)
        if found is not None:
            # "Washington did not complain, a Chinese official said, adding ...": the aside reports what came before
            found = self._parenthetical_after(sc, found_at, sentence) or found
            self._name_that_speaks(sc, found.speaker)
            found = self._spokesperson_of_last(sc, found)
        if (
            found is None
            and not new_cue  # "“...,” a staffer in the room said.": a new voice we cannot name, not the last one
            and self.reading.last is not None
            and continues_quote(sc, sentence, block, prev_block, self.reading.last, self.lex, self.cast)
        ):
            found = Attribution(sentence, self.reading.last.speaker, QUOTE_CONTINUES)
        if found is not None:
            self.reading.last = found
        elif self.reading.last is not None and sentence - self.reading.last.sentence > 4:
            self.reading.last = None
        return found

    def _reporting_verb(self, word: str) -> bool:
        """Whether a verb's base form ("back", "endorse", "rule") is a cue word in one of its forms."""
        cues = self.lex.cues
        return any(cues.match_keys([form], 0) is not None for form in (word, word + "s", word + "ed", word + "d"))

    # --- finding the subject ------------------------------------------------------------------
    def _speaker_for(self, sc: Scan, i: int, n: int, kind: str, sentence: int) -> Speaker | None:
        tokens = sc.tokens
        cue_words = sc_text(sc, i, i + n).lower()
        if cue_words == "according to":
            return self.phrases.starting_at(sc, i + n, sentence)
        if kind == "noun":
            owner = self._noun_cue_owner(sc, i, sentence)
            if owner is not None:
                k = next(m for m in range(i - 1, -1, -1) if possessive(sc, m))
                verb = verb_before_owner(sc, k, self._reporting_verb)
                if verb is not None:  # "a motion condemning Vance's call for a levy": the condemner's position
                    return self.phrases.clause_subject(sc, verb, sentence)
                return owner  # "Comey's statement", "the judges' statement that ...": whose it is
            if _noun_after_preposition(sc, i):
                return None  # "listening to Comey's statement", "acquiesced to the Sanders demand": talked about
        j, passive = i - 1, False
        progressive = tokens[i].lower.endswith("ing")  # "is promising that": not a passive
        while j >= 0 and (
            tokens[j].lower in SKIP_LEFT | PASSIVE
            or (self.reading.named_only or perfect_adverb(sc, j))
            and adverb(sc, j)
        ):
            passive = passive or tokens[j].lower in PASSIVE and not progressive
            j -= 1
        if not passive:
            j = _controlling_subject_end(sc, j)  # "Ruiz has taken to saying": Ruiz's words
        if j >= 1 and tokens[j].text == "." and tokens[j - 1].text in ("Jr", "Sr") and not sc.quoted[j]:
            j -= 1  # "Joseph R. Biden Jr. said": the suffix's full stop ends no sentence
        if (
            j >= 2
            and tokens[j].is_cap
            and tokens[j].text.rstrip(".") in self.lex.non_names
            and tokens[j - 1].lower in ("in", "on", "last", "this", "later", "earlier", "late", "early")
            and not sc.quoted[j]
        ):
            j -= 2  # "A Bloomberg poll in June showed", "Smith on Tuesday said": a date between subject and cue
            while j >= 0 and tokens[j].lower in SKIP_LEFT:
                j -= 1
            if kind == "verb" and tokens[i].lower.endswith("ing") and j >= 0:
                # "launched a campaign with Credo on Wednesday asking Ruiz to": the clause's subject asks
                return self.phrases.clause_subject(sc, i, sentence)
        if j >= 3 and tokens[j].text == "," and tokens[j - 1].text == ")" and not sc.quoted[j - 1]:
            j -= 1  # "..., Gov. John Kasich (R-OH), said": the comma only closes the bracket
        if j >= 2 and tokens[j].text == ")":  # "Sen. Lindsey Graham (R-SC) called"
            opening = next((k for k in range(j - 1, max(j - 8, -1), -1) if tokens[k].text == "("), None)
            if opening is not None and opening >= 1:
                j = opening - 1
        if (
            kind == "verb"
            and i + n < len(tokens)
            and tokens[i + n].lower == "by"
            and not progressive
            and not _by_doing(sc, i + n + 1)
            and not _by_means(sc, i + n + 1)
        ):
            passive = True  # "the divide highlighted by the shootings": a participle, its agent after "by"
        if passive:
            by = i + n
            return (
                self.phrases.starting_at(sc, by + 1, sentence)
                if by < len(tokens) and tokens[by].lower == "by"
                else None
            )
        if (
            kind == "verb"
            and j >= 1
            and tokens[j].lower in ("and", "but")
            and not sc.quoted[j]
            and finite_cue(sc, i, n)
        ):
            # "Ruiz toured the port and told reporters", "Ruiz declined to name them but said": her words, where the
            # clause opens on a person
            if _open_relative(sc, j) or sc.lower[i + n : i + n + 1] in (["by"], ["for"]):
                return None  # "Terris, who saw it and described it": the relative's; "and lauded for": a passive
            if self._committed is not None:
                return self._committed  # "A spokesman declined to name them but said": the spokesman
            # the subject of the clause the "and" closes: "Ruiz visited the dam and later said" reads up to the "and",
            # so the adverbs between it and the cue ("later") are no aside ("Hours later,") that hides the subject
            subject = self.phrases.clause_subject(sc, j, sentence, inner_quotes=True)
            if subject is not None and subject.actor is not None and subject.actor.person:
                return subject
            # a body or group that plainly opens the clause ("House Democrats seized the floor and said", "The court
            # overruled and said"): the phrase before the clause's first verb, where nothing opens another clause
            span = opening_subject(sc, j)
            if span is None:
                return None
            front = self.phrases.ending_at(sc, span[1], sentence)
            return front if front is not None and _whole(sc, front, *span) else None
        if kind == "verb" and tokens[i].lower.endswith("ing") and j >= 1 and tokens[j].text == ",":
            # "Trump went after Bush, calling him...": a participle after a clause belongs to its subject
            return self._committed or self.phrases.clause_subject(sc, i, sentence)
        if j >= 1 and tokens[j].lower == "who" and not sc.quoted[j] and cue_words in _RELATIVE_CUES:
            k = j - 2 if tokens[j - 1].text == "," else j - 1  # "Republicans who say", "Ann Kerr, who said"
            if k >= 0 and tokens[k].is_word and not sc.quoted[k]:
                self._relative = True  # a relative clause's voice: weaker than the sentence's own cue
                return self.phrases.ending_at(sc, k, sentence)
        if j >= 0 and tokens[j].is_word and not sc.quoted[j] and share_of(sc, j):
            # "A Bloomberg poll showed 72 percent of voters said": the poll's finding, not the voters' word
            survey = next((k for k in range(len(tokens)) if sc.lower[k] in _SURVEY_WORDS and not sc.quoted[k]), None)
            if survey is not None:
                return self.phrases.ending_at(sc, survey, sentence)
        if kind == "verb" and j == i - 1 and tokens[i].lower.endswith("ing") and common_noun(sc, j):
            # "released a statement saying", "free rides to people seeking to leave": a participle on a noun
            if sc.lower[j] in MESSAGES:
                return self.phrases.clause_subject(sc, i, sentence)  # the message says what its sender says
            if sc.lower[i] in _WANTING and not _opens_clause(sc, j):
                return None  # "rides to people seeking to leave", "handle donors seeking help": who they are
            if _people_word(sc.lower[j]) and not _opens_clause(sc, j) and not _participle_after_object(sc, j):
                # "ensuring that the chorus of detractors calling for him to drop out quiets down": the detractors
                # call, not the sentence's subject; they are who the phrase before the participle names
                return self.phrases.ending_at(sc, j, sentence)
        if (
            kind == "verb"
            and j == i - 1
            and sc.lower[i] in _WANTING
            and _name_after_preposition(sc, j)
            and not any(self.lex.cues.match_keys(sc.lower, k) for k in range(i + 1, len(tokens)) if not sc.quoted[k])
        ):
            # "donors like Saudi Arabia seeking help": who they are; but "Officials in Oslo seeking a deal said"
            # leaves the subject to the cue after it
            return None
        if kind == "verb" and tokens[i].lower.endswith("ing") and j >= 1 and _participle_after_object(sc, j):
            # "Cruz made a pitch to New York voters saying", "Ruiz answered on Facebook writing": the clause's
            return self.phrases.clause_subject(sc, i, sentence)
        received = _document_before_receiver(sc, j)
        if received is not None:
            j = received  # "A letter from the Legion obtained by The AP warns": the Legion's letter, not the AP's
        head = _head_of_list(sc, j)
        if head is not None:
            j = head  # "Several senators, including McCain (Ariz.) and Grassley (Iowa) have said": the senators
        if _it_opens(sc, j) and cue_words in _PARENTHETICAL_CUES and sc.lower[i + n : i + n + 1] != ["nothing"]:
            return self._body_that_spoke(sentence)  # "Twitter said ... It added that ...": the body again
        if j >= 0 and tokens[j].is_word and not sc.quoted[j]:
            left = self.phrases.ending_at(sc, j, sentence)
            if left is not None:
                return left
        if j >= 1 and tokens[j].text == "," and not sc.quoted[j - 1]:
            left = self.phrases.subject_of_appositions(sc, j, sentence)
            if left is not None:
                return left
        if j >= 1 and (tokens[j].text in (",", "—", "–") or double_hyphen(sc, j)) and not sc.quoted[j - 1]:
            left = self.phrases.before_apposition(sc, j, sentence)
            if left is not None:
                return left
        title = quoted_title_closing(sc, j)
        if title is not None:  # 'Greer, the star of "The Apprentice," said': the title's comma ends the apposition
            left = self.phrases.before_apposition(sc, j - 1, sentence, start=title - 1)
            if left is not None:
                return left
        if (
            j >= 0
            and (tokens[j].text in (",",) + QUOTES)
            and i + n < len(tokens)
            and cue_words not in _ADDRESSEE_CUES
            and (cue_words in INVERTIBLE or cue_words in _QUOTE_CUES)  # "..., endorsed Cruz": Cruz is the object
            and self._ends_clause(sc, i + n)
            and not self._names_a_thing_after(sc, i + n)
        ):
            right = self.phrases.starting_at(sc, i + n, sentence)
            if right is not None:
                return right
        if (
            kind == "noun"
            or tokens[i].lower.endswith("ing")
            or (j >= 0 and tokens[j].lower in _LEAD_IN)
            or (j >= 1 and tokens[j].lower in DETERMINERS and tokens[j - 1].lower in _LEAD_IN)
        ):
            return self.phrases.clause_subject(sc, i, sentence)
        return None

    def _body_that_spoke(self, sentence: int) -> Speaker | None:
        """Who an "It" that opens a sentence on a speech verb stands for: the body (not a person) whose words the
        sentence before reported ("Twitter said on Friday ... It also said ..."), with its name. Else nobody: the
        "It" of "The report said ... It said" or "Salceda cited a memo. It says ..." is a text we cannot name."""
        last = self.reading.last
        if last is None or sentence - last.sentence != 1 or not last.speaker.named:
            return None
        actor = last.speaker.actor
        if last.speaker.kind == PERSON and (actor is None or actor.gender is not None or len(actor.tokens) > 1):
            return None  # someone "it" cannot be; a one-word name of no known gender ("Twitter") may be a body
        return replace(last.speaker, written="It")

    def _parenthetical_after(self, sc: Scan, at: int, sentence: int) -> Attribution | None:
        """A later aside that reports the words before it ("..., a Chinese official said, adding ...", "Trump wants
        a wall, Ruiz said."): a short subject between a comma and a speech verb that ends its clause. Its speaker,
        where the cue found at ``at`` lies before that comma; else None."""
        tokens, lower = sc.tokens, sc.lower
        for m in range(at + 1, len(tokens)):
            if sc.quoted[m] or lower[m] not in _PARENTHETICAL_CUES or tokens[m].is_cap:
                continue
            inverted = self._inverted_closing(sc, at, m, sentence)
            if inverted is not None:
                return inverted  # "Obama warned Xi not to move, said an American official who was briefed."
            # ", she said in an interview.", ", Ruiz told reporters.": nothing after it but a listener, when or where
            closing = _closing_aside(sc, m) or _closing_address(sc, m)
            if m + 1 < len(tokens) and tokens[m + 1].text not in (",", ".", ";", "!", "?") and not closing:
                continue
            comma = m - 1
            while comma > at and m - comma <= MAX_ASIDE_SUBJECT and tokens[comma].is_word and not sc.quoted[comma]:
                comma -= 1
            if comma <= at or tokens[comma].text != "," or comma == m - 1:
                continue
            if pronoun_kind(lower[comma + 1]) and not (closing and comma + 2 == m):
                continue  # ", she said, adding": most often the same speaker, or one inside what is reported
            if sum((t.text == "(") - (t.text == ")") for t in tokens[at:comma]) > 0:
                continue  # "(the server, many Democrats say, ...)": an aside inside a bracket
            speaker = self.phrases.ending_at(sc, m - 1, sentence)
            if speaker is not None:
                return Attribution(sentence, speaker, tokens[m].text)
        return None

    def _inverted_closing(self, sc: Scan, at: int, m: int, sentence: int) -> Attribution | None:
        """ "..., said an American official who was briefed on it.": a "said" right after a comma, with nothing
        after its subject but the sentence's end or a relative clause on it, reports all that comes before it,
        the cue found at ``at`` included. Its speaker, else None."""
        tokens = sc.tokens
        if sc.lower[m] not in _INVERTED_CLOSERS or m - 1 <= at or tokens[m - 1].text != "," or m + 1 >= len(tokens):
            return None
        if sc.quoted[m - 2] or tokens[m - 2].text in QUOTES or pronoun_kind(sc.lower[m + 1]):
            return None  # '“...,” said Ruiz' is read as any quotation is; "..., said he" is no aside we name
        if not self._ends_clause(sc, m + 1):
            return None  # "..., said the plan was late": what is said, not who
        speaker = self.phrases.starting_at(sc, m + 1, sentence)
        return Attribution(sentence, speaker, tokens[m].text) if speaker is not None else None

    def _spokesperson_of_last(self, sc: Scan, found: Attribution) -> Attribution:
        """ "O'Malley's campaign says ... Spokeswoman Haley Morris says ...": a spokesperson named by the bare role
        right after a named body spoke speaks for that body, so her words go under its party. ``found`` as it is
        otherwise, and where words before the role say whose it is ("McGinty campaign spokesman Sean Coit")."""
        speaker, last = found.speaker, self.reading.last
        actor = speaker.actor
        if (
            last is None
            or last.sentence != found.sentence - 1
            or last.speaker.kind != BODY
            or not last.speaker.named
            or speaker.side is not None
            or actor is None
            or actor.side is not None
            or (actor.role or "").lower() not in _SPOKESPERSONS
        ):
            return found
        k = next((k for k, t in enumerate(sc.tokens) if sc.text.startswith(speaker.written, t.start)), None)
        if k is None or k > 0 and sc.tokens[k - 1].is_word and sc.lower[k - 1] not in _INVERTED_CLOSERS:
            return found
        actor.side = last.speaker.side or last.speaker.name  # "Morris says" later speaks for it too
        return replace(found, speaker=replace(speaker, side=actor.side))

    def _name_that_speaks(self, sc: Scan, speaker: Speaker) -> None:
        """ "Cruz admitted that...": a one-word name that is itself a cue's subject is a person's, so a "he"
        in the next sentences may be them. Not "the Wisconsin Republican", "in Iowa", "CNN moderators", "NATO"."""
        actor = speaker.actor
        if (
            actor is None
            or actor.kind != PERSON
            or actor.person
            or len(actor.tokens) != 1
            or speaker.written != actor.name
            or actor.name.isupper()
        ):
            return
        tokens = sc.tokens
        k = next((k for k, t in enumerate(tokens) if t.text == actor.name and not sc.quoted[k]), None)
        if k is None:
            return
        before = tokens[k - 1].lower if k else ""
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            before in DETERMINERS
            or before in PREPOSITIONS
            or after is not None
            and (after.is_cap and after.is_word or after.lower in ("'s", "’s"))
        ):
            return
        actor.person = True

    def _noun_cue_owner(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """The named owner of a noun cue that reports something: "Trump's statement that ...", "Berlin's pledge
        to add troops", "Pence's call for a prosecutor". Not "Ryan's statement was a reminder" (no content)."""
        tokens = sc.tokens
        if not any(
            sc.lower[m] in _NOUN_CUE_COMPLEMENTS or tokens[m].text in QUOTES or tokens[m].text == ":"
            for m in range(i + 1, min(i + 5, len(tokens)))
        ):
            return None
        k = i - 1
        while (
            k > 0
            and i - k <= 2
            and tokens[k].is_word
            and not tokens[k].is_cap
            and sc.lower[k] not in _STOPWORDS
            and not sc.lower[k].endswith("ed")
        ):
            k -= 1  # "Trump's inflammatory statements", "Mr. Obama's original pledge": a modifier or two
        if k < 1 or not possessive(sc, k) or sc.quoted[k - 1] or not tokens[k - 1].is_cap:
            return None
        if sc.lower[k - 1] in _STOPWORDS or sc.lower[k - 1] == "let":
            return None  # "Let's unpack that statement", "It's a statement": a contraction, no owner
        return self.phrases.ending_at(sc, k - 1, sentence)

    def _outer_source(self, sc: Scan, sentence: int) -> Attribution | None:
        """ "..., according to the report." / "X said Y, CNN reported.": the source that reports the whole sentence."""
        tokens, lower = sc.tokens, sc.lower
        for i in range(len(tokens) - 1):
            if lower[i] == "according" and lower[i + 1] == "to" and not sc.quoted[i] and not _bracketed(sc, i):
                speaker = self.phrases.starting_at(sc, i + 2, sentence)
                if speaker is None or not speaker.name or speaker.name.rsplit(" ", 1)[-1].lower() in _DOCUMENTS:
                    # "according to a report in the Des Moines Register": the body, not "report"
                    speaker = self.phrases.named_in(sc, i + 2, sentence) or speaker
                if speaker is not None:
                    return Attribution(sentence, speaker, "according to")
        opener = report_opener(sc)
        if opener is not None:
            cue, at, passive = opener
            source = (
                self.phrases.starting_at(sc, at, sentence)
                if passive
                else self.phrases.named_in(sc, 1, sentence, at + 1)
            )
            if source is None and not passive and at == 1:
                # "As POLITICO revealed,": a masthead the cast will not take for a name (a headline's capitals)
                source = Speaker(tokens[1].text, None, BODY, written=tokens[1].text)
            if source is not None and (source.named or source.actor is not None):
                return Attribution(sentence, _as_outlet(source, self.lex), tokens[cue].text)
        if len(tokens) > 4 and lower[0] == "in" and lower[1] in ("a", "an", "the"):
            comma = next((k for k in range(2, min(14, len(tokens))) if tokens[k].text == ","), None)
            survey = (
                next((k for k in range(2, comma) if lower[k] in _SURVEY_WORDS), None) if comma is not None else None
            )
            if survey is not None:
                # "In a CNN/ORC poll released Monday, 38 percent said...": the name before the survey word, not the
                # day after it
                speaker = self.phrases.named_in(sc, 2, sentence, survey) or self.phrases.named_in(
                    sc, 2, sentence, comma
                )
                if speaker is not None:
                    return Attribution(sentence, speaker, "in")
        end = len(tokens) - 1 if tokens and tokens[-1].text in (".", "!", "?") else len(tokens)
        if end < 4 or sc.quoted[end - 1] or tokens[end - 1].text in QUOTES:
            return None
        comma = next((k for k in range(end - 1, max(end - 9, 0), -1) if tokens[k].text == ","), None)
        if comma is None or comma < 3 or sc.quoted[comma - 1] or tokens[comma - 1].text in QUOTES:
            return None  # "“...,” X said." is the ordinary inverted quote, read below
        if lower[end - 1] in _OUTER_CUES and comma < end - 2:  # "..., CNN reported."
            left = self.phrases.ending_at(sc, end - 2, sentence)
            if left is not None and (left.actor is not None or left.named and left.kind != PERSON):
                return Attribution(sentence, left, tokens[end - 1].text)
        if comma + 2 < end and lower[comma + 1] in _OUTER_CUES:  # "..., reported the Washington Examiner."
            right = self.phrases.starting_at(sc, comma + 2, sentence)
            if right is not None and (right.named or right.actor is not None):
                return Attribution(sentence, right, tokens[comma + 1].text)
        return None

    def _owner_of_speaker(self, sc: Scan, k: int) -> bool:
        """Whether token ``k`` is a possessive whose thing can speak: a name ("CNN's Dana Bash"), a role or people
        word ("Trump's campaign manager"), or a noun an owner speaks through ("Ruiz's campaign")."""
        if not possessive(sc, k) or k + 1 >= len(sc.tokens):
            return False
        after = sc.tokens[k + 1]
        word = after.lower
        return (
            after.is_cap
            and after.is_word
            or sc.covered[k + 1] == "role"
            or is_people_noun(word)
            or word in _SPEAKING_NOUNS
            or word in role_heads(self.lex)
            or word in _NAME_MODIFIERS
        )

    def _names_a_thing_after(self, sc: Scan, i: int) -> bool:
        """Whether the capitalised run at ``i`` only describes the lower-case noun after it ("..., added Latin hits
        including ..."): the cue's object, no inverted subject."""
        tokens = sc.tokens
        end = i
        while end < len(tokens) and tokens[end].is_cap and tokens[end].is_word and not sc.quoted[end]:
            end += 1
        if not (i < end < len(tokens) and self.phrases.thing_noun(sc, end)):
            return False
        k = end + 1
        while k < len(tokens) and k - end <= 3 and tokens[k].is_word and not tokens[k].is_cap and not sc.quoted[k]:
            k += 1
        # "said Concord resident Whit Symms", "said Republican party boss Reince Priebus", "Pierre de Vos": a title
        return not (k < len(tokens) and tokens[k].is_cap and tokens[k].is_word and not sc.quoted[k])

    def _ends_clause(self, sc: Scan, i: int) -> bool:
        """Whether the phrase at ``i`` is a whole inverted subject ("..., said Trump." / "said a spokesman, who"),
        not the start of reported content ("said Clinton's acceptance was...")."""
        tokens = sc.tokens
        k = i
        while (
            k < len(tokens)
            and k - i < 10
            and (
                tokens[k].is_word
                and tokens[k].lower not in _CLAUSE_END_WORDS
                or tokens[k].text in (".",)
                and k > i
                or self._owner_of_speaker(sc, k)  # "said CNN's Dana Bash.", not "pointed out Ruiz's interest"
            )
        ):
            if tokens[k].text == "." and not (k + 1 < len(tokens) and tokens[k + 1].is_word):
                break
            k += 1
        if any(sc.lower[m] in FINITE_VERBS and not tokens[m].is_cap for m in range(i, min(k, len(tokens)))):
            # a finite verb after the cue opens reported content ("said the plan was"), never an inverted subject
            return False  # "said the problem was not requiring a photo ID;": a clause, reported content
        return k >= len(tokens) or tokens[k].text in _CLAUSE_END_MARKS or tokens[k].lower in _CLAUSE_END_WORDS


def _as_outlet(source: Speaker, lex: Lexicon) -> Speaker:
    """A source the sentence is taken from ("As Politico revealed", "As reported by Western Journalism") whose name
    has no given name is a paper or a site, never the "he" of the next sentence, which is whom the report is about."""
    actor = source.actor
    if actor is None or actor.kind != PERSON or any(word in lex.given_names for word in actor.tokens):
        return source
    actor.kind, actor.person = BODY, False
    return replace(source, kind=BODY)


# verbs that plainly say who spoke: before a closing "according to", the words are theirs and it is the channel
_PLAIN_SPEECH = frozenset(("said", "says", "told", "tells", "added", "adds", "wrote", "writes"))


def _message_subject(sc: Scan, channel: int) -> bool:
    """Whether the sentence opens on a message that speaks before its closing "according to" ("One message,
    apparently about the strikes, said: ..."): its sender is unknown, and the source it is according to (a
    letter from a committee) only passed it on."""
    lower = sc.lower
    head = 1 if lower[0] in DETERMINERS or lower[0] == "one" else 0
    return (
        head < channel
        and lower[head] in MESSAGES
        and any(lower[k] in _PLAIN_SPEECH and not sc.quoted[k] for k in range(head + 1, channel))
    )


def _channel_at(sc: Scan) -> int | None:
    """Where a closing "according to" opens ("Ruiz said ..., according to a pool report"), when the sentence has
    words before it for a speech verb to report: the channel the writer heard them through. Not an opening
    "According to the FBI, Ruiz asked ...": there the source tells of what Ruiz did."""
    return next(
        (
            i
            for i in range(2, len(sc.tokens) - 1)
            if sc.lower[i] == "according" and sc.lower[i + 1] == "to" and not sc.quoted[i] and not _bracketed(sc, i)
        ),
        None,
    )


_PLAIN_REPORTS = frozenset(("said", "says", "reported", "reports"))  # cues that plainly report what follows


_CONTINUING = frozenset(("continue", "continues", "continued", "continuing"))
_TIME_NOUNS = grammar_words("time_nouns")  # "that day": a demonstrative, not the start of what is said
_SAYING = frozenset(("said", "says"))  # cues whose object is always what is said: "says the reckoning will ..."


def _report_start(sc: Scan, k: int, *, plain: bool = True) -> int | None:
    """Where the reported clause after a cue begins, if it plainly does: "promised that ...", and after a
    ``plain`` report ("said", "reported") also "said Ruiz described ..." (a name or "he" opening a clause of its
    own) or, after "said" or "says", "says the reckoning will ...", else None."""
    tokens = sc.tokens
    if k >= len(tokens) or sc.quoted[k]:
        return None
    if sc.lower[k] == "that":
        return None if k + 1 < len(tokens) and sc.lower[k + 1] in _TIME_NOUNS else k + 1  # "outlined that day"
    if sc.lower[k] == "what":
        return k  # "He noted what the committee found: ... others would claim": what was noted, its cues inside it
    if not plain:
        return None
    if pronoun_kind(sc.lower[k]) == "person" or tokens[k].is_cap and tokens[k].is_word:
        return k
    if sc.lower[k - 1] in _SAYING and sc.lower[k] in DETERMINERS:
        return k
    return None


def _clause_break(sc: Scan, start: int, end: int) -> bool:
    """Whether a semicolon, a dash or a quotation's edge between ``start`` and ``end`` ends the reported words, or
    the cue at ``end`` goes on from a comma and "and" or "but" ("said the party was not in a crisis, and urged"):
    a verb of the reporting clause, not of the reported one."""
    tokens = sc.tokens
    if end >= 2 and sc.lower[end - 1] in ("and", "but") and tokens[end - 2].text == ",":
        return True
    return any(tokens[k].text in (";", "—", "–") or sc.quoted[k] != sc.quoted[start] for k in range(start, end))


def _before_comma(sc: Scan, start: int, i: int) -> bool:
    """Whether no comma, semicolon or dash stands between tokens ``start`` and ``i`` (a clause's comma may stand
    inside a quotation that closes it: 'might do better at "less advanced schools," Trump said')."""
    return not any(sc.tokens[k].text in (",", ";", "—", "–") for k in range(start, i))


def _written_after(sc: Scan, speaker: Speaker, k: int) -> bool:
    """Whether the speaker's words stand from token ``k`` on, inside what is reported; not a subject before the
    reporting cue ("A new poll released Friday found that 70 percent of voters said": the poll's)."""
    return sc.text.find(speaker.written, sc.tokens[k].start, sc.tokens[-1].end) >= 0


_CLAUSE_LINKS = LEADING_CONJUNCTIONS | {"because", "since", "which", "who", "that", "or"}


def _closing_report(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` closes its sentence after a comma and a short subject ("..., Sabato said.",
    "..., a spokesman said on Tuesday."): an aside that reports all that comes before it."""
    k = i - 1
    while k >= 0 and i - k <= MAX_ASIDE_SUBJECT and sc.tokens[k].is_word and not sc.quoted[k]:
        if sc.lower[k] in _CLAUSE_LINKS:
            return False  # "..., because Congress and Mayor Lee agreed.": a clause of what is reported
        k -= 1
    return k >= 0 and k < i - 1 and sc.tokens[k].text == "," and _closing_aside(sc, i)


def _unnamed_subject(sc: Scan, i: int, kind: str) -> bool:
    """Whether the verb cue at ``i`` is a finite verb after a subject of its own that we could not name ("The budget
    office now says", "A screen image ... showed"): not a participle, whose subject the main clause has ("Noting
    that ..., Tester added"), nor a relative clause's ("Leenders, who estimated that ..., said"), nor a subject we
    missed only over an adverb ("Manafort politely suggested that ... and cautioned")."""
    if kind != "verb" or sc.lower[i].endswith("ing") or i == 0:
        return False
    k = i - 1
    while k >= 0 and sc.lower[k] in SKIP_LEFT:
        k -= 1
    return k >= 0 and sc.lower[k] not in ("who", "which", "that") and not adverb(sc, k)


MAX_CLOSING_ADJUNCT = 8  # words after a closing aside's cue: "in an interview on Tuesday"


def _closing_address(sc: Scan, m: int) -> bool:
    """Whether the cue at ``m`` ends its sentence but for its listener and a when or where (", Ruiz told
    reporters.", ", Kennedy wrote Linick on Monday."); not "told reporters the plan was dead"."""
    tokens, lower = sc.tokens, sc.lower
    if lower[m] not in _ADDRESSING:
        return False
    k = m + 1
    while (
        k < len(tokens)
        and k - m <= MAX_LISTENER
        and tokens[k].is_word
        and not sc.quoted[k]
        and lower[k] not in PREPOSITIONS
        and lower[k] != "that"
    ):
        k += 1
    return k > m + 1 and _closing_aside(sc, k - 1)


def _ends_on_colon(sc: Scan, end: int) -> bool:
    """Whether the sentence ends on a colon right after the cue ending at ``end`` ("Lee echoed:", "Park
    continued:"): the quotation the cue reports follows, in the next paragraph."""
    return len(sc.tokens) == end + 1 and sc.tokens[end].text == ":"


def _closing_aside(sc: Scan, m: int) -> bool:
    """Whether the cue at ``m`` ends its sentence but for a when or where ("..., she said in an interview.",
    "..., he said on Tuesday."): an aside that reports all the sentence before it, whoever else acts in it."""
    tokens = sc.tokens
    end = len(tokens)
    while end > m + 1 and tokens[end - 1].text in (".", "!", "?", '"', "”", "'"):
        end -= 1
    rest = tokens[m + 1 : end]
    if not rest:
        return True
    return (
        len(rest) <= MAX_CLOSING_ADJUNCT
        and sc.lower[m + 1] in PREPOSITIONS
        and all(t.is_word for t in rest)
        and not any(sc.quoted[m + 1 : end])
    )
