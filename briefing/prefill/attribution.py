"""Who said what: find the reporting cue of a sentence and the speaker it belongs to.

Handles "X said (that) ...", "'...,' X said", "'...,' said X", "according to X, ...",
participle and noun cues ("..., emphasizing that", "issued a warning"), group subjects
("Both sides", "American diplomats") and quote continuations. Passive cues ("was
emphasized") carry no speaker and are left alone: a position must never be pinned on the
wrong party.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from briefing.prefill.actors import (
    BODY,
    GROUP,
    PERSON,
    Actor,
    Cast,
    Scan,
    adjective_word,
    is_people_noun,
    name_runs,
    pronoun_kind,
    resolve_pronoun,
    sc_text,
)
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.wordlists import grammar_words

logger = logging.getLogger(__name__)

# Grammar words (resources/lexicon/grammar.json): what may stand between a subject and its cue
# ("has also said"), passive auxiliaries, determiners, words that end a noun phrase, and verbs
# that lead into a noun cue ("issued a warning").
_SKIP_LEFT = grammar_words("cue_skip_left")
_PASSIVE = grammar_words("passive_auxiliaries")
_DETERMINERS = grammar_words("determiners")
_STOP_NP = grammar_words("noun_phrase_stops")
_LEAD_IN = grammar_words("lead_in_verbs")
_PREPOSITIONS = grammar_words("prepositions")
_PLACE_PREPOSITIONS = grammar_words("place_prepositions")
_OWNER_PRONOUNS = {"his": "he", "her": "she"}
_APPOSITION_OPENERS = frozenset(
    ("also", "now", "once", "then", "still", "himself", "herself", "formerly", "like", "unlike")
)
# an inserted clause or aside between a subject and its verb: "X, during a town hall in Ohio, said", "X, however, said"
_CLAUSE_OPENERS = frozenset(
    ("when", "while", "during", "after", "before", "since", "despite", "following", "amid", "for", "however", "though")
)
_COMPLEMENT_CUES = grammar_words("complement_cues")  # cues only when "that", ":" or a quote follows
_COMPLEMENTS = grammar_words("cue_complements")
_QUOTE_CUES = grammar_words("quote_cues")
_INVERTIBLE = grammar_words(
    "invertible_cues"
)  # "..., said Trump": cues whose subject may follow them  # "continued", "quipped": cues only in a sentence with a quotation
_ADDRESSEE_CUES = grammar_words("addressee_cues")  # "told CNN": what follows is the listener
_CLAUSE_END_WORDS = grammar_words("clause_end_words")  # "said Smith *in* a statement": the subject has ended
_PARTY_MEMBERS = grammar_words("party_members")  # "a New Hampshire Republican", "House Democrats": party people
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
# a finite verb: after a cue it opens reported content ("said the plan was"), never an inverted subject
_FINITE_AUXILIARIES = frozenset(("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could"))
_NOUN_CUE_COMPLEMENTS = frozenset(("that", "to", "for", "about"))  # "Trump's statement that ...", "call for"
_DEGREE_WORDS = grammar_words("degree_words")  # "the most promising path": the "-ing" word is an adjective
_QUANTITY_CUES = grammar_words("quantity_cues")  # "trade declined 40 percent": a number that changed
_QUANTITY_HEDGES = grammar_words("quantity_hedges")  # "added around 292,000 jobs"
_EDITORIAL_LABELS = grammar_words("editorial_labels")  # "CORRECTION:", "EMAIL:": the paper's labels, no speaker
_LY_NOUNS = grammar_words("ly_nouns")  # "the family": an "-ly" word that is no adverb
_PLURAL_STANCES = grammar_words("plural_stances")  # "favor", "support": verbs after a plural subject, else nouns
_CLAUSE_JOINERS = frozenset(("and", "but", "yet", "so", "then"))  # "..., and Ford sees": a main clause goes on
_MODALS = frozenset(("would", "will", "could", "might", "may", "should", "can", "must"))
_MEMBER_DETERMINERS = frozenset(("a", "an", "one", "another", "the"))  # "another Republican": one of a party
_MEMBER_POSTMODIFIERS = frozenset(("familiar", "close", "involved", "briefed"))  # "a Democrat familiar with"
_QUOTES = ('"', "“", "”", "'", "‘", "’")
_CLAUSE_END_MARKS = frozenset([".", ",", "(", ";", ":", "!", "?", "—", "–", "-", ")", *_QUOTES])
_MARKUP = re.compile(r"</?[a-z]+(?:\s[^<>]*)?>")
_SPEAKING_NOUNS = grammar_words("speaking_nouns")  # "team", "office", "lawsuit": what an owner speaks through
# words that open a sentence before a name without being part of it ("Does Rubio", "Perhaps Russia")
_OPENING_ONLY = frozenset(
    ("does", "did", "do", "is", "was", "are", "were", "would", "can", "could", "should", "has", "have", "had")
    + ("perhaps", "even", "instead", "indeed", "meanwhile", "still", "now", "then", "rival", "joining", "given")
)
_LEADING_CONJUNCTIONS = frozenset(
    ("but", "and", "yet", "so", "while", "although", "though", "despite", "as", "if", "when")
)
# "familiar with Cruz's thinking", "knowledge of Gates' work": an owner after these is an object, not who speaks
_OWNER_OBJECT = frozenset(("with", "of", "about", "on", "over", "among", "for", "to", "into", "from", "in", "at", "by"))
_DOCUMENTS = frozenset(("report", "statement", "article"))  # a document whose author or outlet is the source
_SURVEYS = frozenset(("poll", "polls", "survey", "study"))  # "In a Gallup poll, ...": not "In an interview with CNN"
_OUTER_CUES = frozenset(("reported", "reports", "found", "wrote", "writes"))  # ", CNN reported."
# what opens an apposition after a name: "Ann Ruiz, *a* nurse", "*who* lives", "*one* of the few", "*both* members"
_APPOSITION_WORDS = frozenset(
    ("who", "whose", "which", "a", "an", "the", "one", "both", "another", "herself", "himself")
)
_SUBORDINATORS = frozenset(("even", "if", "as", "although", "because", "once", "until", "unless", "whether", "asked"))
_SHARES = frozenset(("percent", "majority", "majorities", "plurality", "proportion", "third", "half", "quarter"))
_SURVEY_WORDS = frozenset(("poll", "polls", "survey", "surveys", "study"))
# what a sender issues: "put out a statement saying" reports the sender, not the statement
_MESSAGES = frozenset(("statement", "letter", "message", "memo", "release", "tweet", "post", "email", "note", "video"))
_WANTING = frozenset(("seeking", "wanting", "hoping"))  # participles that describe a noun more than report
MAX_SHARE_PHRASE = 6  # words between "percent of" and the cue ("72 percent of registered Ohio voters said")
MAX_QUOTE_TAIL = 12  # words after a closing quotation that may say who spoke it ("Hannity started")
MAX_ASIDE = 9  # tokens of an adverbial opener skipped whole ("At a campaign event in Ames,"); longer ones hold clauses
MAX_SUBJECT_SEGMENT = 10  # tokens of the phrase a chain of appositions describes ("And North Carolina's Ada Fisher")
MAX_APPOSITION_CLAUSE = 45  # tokens between a clause's start and its cue that a chain of appositions may span
MAX_QUOTED_TERM = 4  # words of a quoted term or title that opens a sentence ('"Top secret" is ...')
PRONOUN_WINDOW = 2  # sentences a speaker's "he" looks back
MAX_CUES = 6  # cue words examined per sentence
LOOK_BACK = 40  # tokens searched back for a participle's subject
BODY_LOOK_BACK = 60  # mentions searched back for the body "the court" or "the committee" stands for


@dataclass(frozen=True)
class Speaker:
    name: str  # as the brief shows it: "Wang Yi", "American diplomats", "Both sides"
    side: str | None  # the party a position is grouped under
    kind: str  # person, body or group
    actor: Actor | None = None
    written: str = ""  # the words in this sentence that point to the speaker ("He")
    named: bool = True  # False for "officials", "analysts": a voice, not a party


@dataclass(frozen=True)
class Attribution:
    sentence: int
    speaker: Speaker
    cue: str


class Attributor:
    """Finds attributions sentence by sentence, in reading order (pronouns look back)."""

    def __init__(self, lex: Lexicon, cast: Cast) -> None:
        self.lex, self.cast = lex, cast
        self.last: Attribution | None = None
        self._quote_first = False  # the sentence being read opens on a quotation
        self._named_only = False  # the cue being read is a stance: a pronoun subject is no speaker
        self._relative = False  # the speaker found is the antecedent of "who": a fallback, named only
        self._after_opener = -1  # the subject after an opening participle clause ("Dismayed by X's record, he")
        self._quoted_names: frozenset[str] = frozenset()  # names its quotation speaks of ("Senator Kerr's ...")
        self._lost: dict[str, int] = {}  # "he" / "she" -> the last sentence opening on one that named nobody

    def attribute(self, sc: Scan, sentence: int, block: int, prev_block: int | None) -> Attribution | None:
        tokens = sc.tokens
        self._quote_first = bool(tokens) and (
            tokens[0].text in ('"', "“", "‘") or tokens[0].text == "'" and sc.quoted[min(2, len(tokens) - 1)]
        )
        if (
            tokens
            and sc.text.find("<", tokens[0].start, tokens[-1].end) >= 0
            and _MARKUP.search(sc.text, tokens[0].start, tokens[-1].end)
        ):
            return None  # an embedded post's markup ("<tweet author=...>"): not the article's reporting
        found: Attribution | None = None
        self._quoted_names = _quoted_third_persons(sc)
        self._after_opener = _participle_opener_subject(sc, self.cast)
        self._subject_pronoun(sc, sentence)
        label = self._transcript_label(sc, sentence) or self._colon_label(sc, sentence)
        if label is not None:
            self.last = label
            return label
        tried, new_cue = 0, False
        stance_found: Attribution | None = None
        subordinate_found: Attribution | None = None  # "When Lee said X, Park replied Y": Park's unless alone
        outer = self._outer_source(sc, sentence)
        if outer is not None:
            self.last = outer
            return outer
        opener_end = _asked_opener_end(sc)
        for i in range(len(tokens)):
            if i < opener_end:
                continue  # "Asked by Lauer whether he thought so, Smith said...": the answer's cue is later
            if tried >= MAX_CUES:
                break  # a run-on "sentence" of cue words must not cost quadratic time
            if sc.quoted[i] or not tokens[i].is_word or sc.covered[i] is not None or (i and tokens[i].is_cap):
                continue  # a capitalised "States" or "Post" is a name, not a verb
            cue = self.lex.cues.match_keys(sc.lower, i)
            if cue is None:
                continue
            n, kind = cue
            stance = kind == "stance"  # "Sanders railed against": a stance, reported only of a name, never "he"
            kind = "verb" if stance else kind
            prev = tokens[i - 1].lower if i else ""
            if kind == "verb" and (prev in _DETERMINERS or prev in ("'s", "’s")):
                continue  # "the call", "a view", "Trump's telling": nouns, not reporting
            if (
                sc.lower[i + n - 1] in _COMPLEMENT_CUES
                and (i + n >= len(tokens) or sc.lower[i + n] not in _COMPLEMENTS)
                and not _after_quotation(sc, i)
            ):
                continue  # "Facebook found the posting", "a phone call", "wants to win": not reporting
            if sc_text(sc, i, i + n).lower() in _QUOTE_CUES and not any(sc.quoted):
                continue  # "the war continued", "he laughed": a speech verb only beside a quotation
            if (
                sc.lower[i] == "called"
                and i + 1 < len(tokens)
                and tokens[i + 1].is_cap
                and prev.isalpha()
                and not tokens[i - 1].is_cap
                and any(sc.lower[k] in ("a", "an") for k in range(max(0, i - 4), i - 1))
            ):
                continue  # "a firm called Gavekal": a name given, not a call
            if _credit_line(sc, i, n):
                continue  # "Jones reported from Washington."
            if _other_sense(sc, i, n):
                continue  # "the most promising path", "have claims in the area", "declined 40 percent"
            if stance and not _plain_stance(sc, i, n):
                continue  # "Trump may want", "the cuts favored by", "failure to understand": no stance taken
            tried += 1
            self._named_only, self._relative = stance, False
            speaker = self._speaker_for(sc, i, n, kind, sentence)
            self._named_only = False
            if speaker is not None and (stance or self._relative):
                if speaker.named and stance_found is None:  # a later speech cue ("..., Manafort said") wins
                    stance_found = Attribution(sentence, speaker, sc_text(sc, i, i + n))
                continue
            if speaker is not None and _in_adverbial_clause(sc, i):
                if subordinate_found is None:
                    subordinate_found = Attribution(sentence, speaker, sc_text(sc, i, i + n))
                continue
            if speaker is not None and (stance_found is None or sc_text(sc, i, i + n).lower() in _INVERTIBLE):
                found = Attribution(sentence, speaker, sc_text(sc, i, i + n))
                break
            # "“...” there and in March, the memo stated.": a cue that ends the sentence after a quotation reports it
            new_cue = new_cue or _after_quotation(sc, i) or (i + n >= len(tokens) - 1 and any(sc.quoted[:i]))
        found = found or subordinate_found or stance_found
        if found is not None:
            self._name_that_speaks(sc, found.speaker)
        if (
            found is None
            and not new_cue  # "“...,” a staffer in the room said.": a new voice we cannot name, not the last one
            and self.last is not None
            and self._continues_quote(sc, sentence, block, prev_block)
        ):
            found = Attribution(sentence, self.last.speaker, "(quote continues)")
        if found is not None:
            self.last = found
        elif self.last is not None and sentence - self.last.sentence > 4:
            self.last = None
        return found

    # --- finding the subject ------------------------------------------------------------------
    def _speaker_for(self, sc: Scan, i: int, n: int, kind: str, sentence: int) -> Speaker | None:
        tokens = sc.tokens
        cue_words = sc_text(sc, i, i + n).lower()
        if cue_words == "according to":
            return self._np_right(sc, i + n, sentence)
        if kind == "noun":
            owner = self._noun_cue_owner(sc, i, sentence)
            if owner is not None:
                return owner  # "Comey's statement", "the judges' statement that ...": whose it is
        j, passive = i - 1, False
        progressive = tokens[i].lower.endswith("ing")  # "is promising that": not a passive
        while j >= 0 and (tokens[j].lower in _SKIP_LEFT | _PASSIVE or self._named_only and _adverb(sc, j)):
            passive = passive or tokens[j].lower in _PASSIVE and not progressive
            j -= 1
        if (
            j >= 2
            and tokens[j].is_cap
            and tokens[j].text.rstrip(".") in self.lex.non_names
            and tokens[j - 1].lower in ("in", "on", "last", "this")
            and not sc.quoted[j]
        ):
            j -= 2  # "A Bloomberg poll in June showed", "Smith on Tuesday said": a date between subject and cue
            while j >= 0 and tokens[j].lower in _SKIP_LEFT:
                j -= 1
        if j >= 2 and tokens[j].text == ")":  # "Sen. Lindsey Graham (R-SC) called"
            opening = next((k for k in range(j - 1, max(j - 8, -1), -1) if tokens[k].text == "("), None)
            if opening is not None and opening >= 1:
                j = opening - 1
        if kind == "verb" and i + n < len(tokens) and tokens[i + n].lower == "by" and not progressive:
            passive = True  # "the divide highlighted by the shootings": a participle, its agent after "by"
        if passive:
            by = i + n
            return self._np_right(sc, by + 1, sentence) if by < len(tokens) and tokens[by].lower == "by" else None
        if kind == "verb" and j >= 1 and tokens[j].lower == "and" and not sc.quoted[j] and _finite_cue(sc, i, n):
            # "Ruiz toured the port and told reporters": her words, where the clause opens on a person
            if any(sc.lower[k] in ("who", "which") for k in range(i)) or sc.lower[i + n : i + n + 1] in (
                ["by"],
                ["for"],
            ):
                return None  # "Terris, who saw it and described it": the relative's; "and lauded for": a passive
            subject = self._clause_subject(sc, i, sentence)
            return subject if subject is not None and subject.actor is not None and subject.actor.person else None
        if kind == "verb" and tokens[i].lower.endswith("ing") and j >= 1 and tokens[j].text == ",":
            # "Trump went after Bush, calling him...": a participle after a clause belongs to its subject
            return self._clause_subject(sc, i, sentence)
        if j >= 1 and tokens[j].lower == "who" and not sc.quoted[j] and cue_words in _RELATIVE_CUES:
            k = j - 2 if tokens[j - 1].text == "," else j - 1  # "Republicans who say", "Ann Kerr, who said"
            if k >= 0 and tokens[k].is_word and not sc.quoted[k]:
                self._relative = True  # a relative clause's voice: weaker than the sentence's own cue
                return self._np_left(sc, k, sentence)
        if j >= 0 and tokens[j].is_word and not sc.quoted[j] and _share_of(sc, j):
            # "A Bloomberg poll showed 72 percent of voters said": the poll's finding, not the voters' word
            survey = next((k for k in range(len(tokens)) if sc.lower[k] in _SURVEY_WORDS and not sc.quoted[k]), None)
            if survey is not None:
                return self._np_left(sc, survey, sentence)
        if kind == "verb" and j == i - 1 and tokens[i].lower.endswith("ing") and _common_noun(sc, j):
            # "released a statement saying", "free rides to people seeking to leave": a participle on a noun
            if sc.lower[j] in _MESSAGES:
                return self._clause_subject(sc, i, sentence)  # the message says what its sender says
            if sc.lower[i] in _WANTING and _object_phrase(sc, j):
                return None  # "people seeking to leave" after a preposition: who they are, not what they say
        if j >= 0 and tokens[j].is_word and not sc.quoted[j]:
            left = self._np_left(sc, j, sentence)
            if left is not None:
                return left
        if j >= 1 and tokens[j].text == "," and not sc.quoted[j - 1]:
            left = self._subject_of_appositions(sc, j, sentence)
            if left is not None:
                return left
        if j >= 1 and tokens[j].text in (",", "—", "–") and not sc.quoted[j - 1]:
            left = self._before_apposition(sc, j, sentence)
            if left is not None:
                return left
        title = _quoted_title_closing(sc, j)
        if title is not None:  # 'Greer, the star of "The Apprentice," said': the title's comma ends the apposition
            left = self._before_apposition(sc, j - 1, sentence, start=title - 1)
            if left is not None:
                return left
        if (
            j >= 0
            and (tokens[j].text in (",",) + _QUOTES)
            and i + n < len(tokens)
            and cue_words not in _ADDRESSEE_CUES
            and (cue_words in _INVERTIBLE or cue_words in _QUOTE_CUES)  # "..., endorsed Cruz": Cruz is the object
            and self._ends_clause(sc, i + n)
        ):
            right = self._np_right(sc, i + n, sentence)
            if right is not None:
                return right
        if (
            kind == "noun"
            or tokens[i].lower.endswith("ing")
            or (j >= 0 and tokens[j].lower in _LEAD_IN)
            or (j >= 1 and tokens[j].lower in _DETERMINERS and tokens[j - 1].lower in _LEAD_IN)
        ):
            return self._clause_subject(sc, i, sentence)
        return None

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
            before in _DETERMINERS
            or before in _PREPOSITIONS
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
            sc.lower[m] in _NOUN_CUE_COMPLEMENTS or tokens[m].text in _QUOTES or tokens[m].text == ":"
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
        if k < 1 or not _possessive(sc, k) or sc.quoted[k - 1] or not tokens[k - 1].is_cap:
            return None
        if sc.lower[k - 1] in _STOPWORDS or sc.lower[k - 1] == "let":
            return None  # "Let's unpack that statement", "It's a statement": a contraction, no owner
        return self._np_left(sc, k - 1, sentence)

    def _subject_pronoun(self, sc: Scan, sentence: int) -> None:
        """ "He avoided criticism of Trump until he..." : the opening "He" is the person it resolves to,
        so that a later "he" in the sentence is them, not the object named in between."""
        tokens = sc.tokens
        k = 1 if tokens and tokens[0].lower in ("but", "and", "then", "yet", "still") else 0
        if self._after_opener > 0:
            k = self._after_opener  # "Dismayed by Bill Clinton's record, he backs Sanders"
        if k + 1 >= len(tokens) or tokens[k].lower not in ("he", "she") or sc.quoted[k] or not tokens[k + 1].is_word:
            return
        start = 0 if k == self._after_opener else k
        actor = resolve_pronoun(self.cast, tokens[k].lower, sentence, start, window=PRONOUN_WINDOW)
        if actor is not None:
            self.cast.mention(sentence, actor, start)  # the subject: first in its sentence for the next "he"
        else:
            self._lost[tokens[k].lower] = sentence

    def _outer_source(self, sc: Scan, sentence: int) -> Attribution | None:
        """ "..., according to the report." / "X said Y, CNN reported.": the source that reports the whole sentence."""
        tokens, lower = sc.tokens, sc.lower
        for i in range(len(tokens) - 1):
            if lower[i] == "according" and lower[i + 1] == "to" and not sc.quoted[i]:
                speaker = self._np_right(sc, i + 2, sentence)
                if speaker is None or speaker.name.rsplit(" ", 1)[-1].lower() in _DOCUMENTS:
                    # "according to a report in the Des Moines Register": the body, not "report"
                    speaker = self._named_in(sc, i + 2, sentence) or speaker
                if speaker is not None:
                    return Attribution(sentence, speaker, "according to")
        if len(tokens) > 4 and lower[0] == "in" and lower[1] in ("a", "an", "the"):
            comma = next((k for k in range(2, min(14, len(tokens))) if tokens[k].text == ","), None)
            survey = next((k for k in range(2, comma) if lower[k] in _SURVEYS), None) if comma is not None else None
            if survey is not None:
                # "In a CNN/ORC poll released Monday, 38 percent said...": the name before the survey word, not the
                # day after it
                speaker = self._named_in(sc, 2, sentence, survey) or self._named_in(sc, 2, sentence, comma)
                if speaker is not None:
                    return Attribution(sentence, speaker, "in")
        end = len(tokens) - 1 if tokens and tokens[-1].text in (".", "!", "?") else len(tokens)
        if end < 4 or sc.quoted[end - 1] or tokens[end - 1].text in _QUOTES:
            return None
        comma = next((k for k in range(end - 1, max(end - 9, 0), -1) if tokens[k].text == ","), None)
        if comma is None or comma < 3 or sc.quoted[comma - 1] or tokens[comma - 1].text in _QUOTES:
            return None  # "“...,” X said." is the ordinary inverted quote, read below
        if lower[end - 1] in _OUTER_CUES and comma < end - 2:  # "..., CNN reported."
            left = self._np_left(sc, end - 2, sentence)
            if left is not None and (left.actor is not None or left.named and left.kind != PERSON):
                return Attribution(sentence, left, tokens[end - 1].text)
        if comma + 2 < end and lower[comma + 1] in _OUTER_CUES:  # "..., reported the Washington Examiner."
            right = self._np_right(sc, comma + 2, sentence)
            if right is not None and (right.named or right.actor is not None):
                return Attribution(sentence, right, tokens[comma + 1].text)
        return None

    def _named_in(self, sc: Scan, i: int, sentence: int, stop: int | None = None) -> Speaker | None:
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
        return self._named(sc, first, last, sentence)

    def _transcript_label(self, sc: Scan, sentence: int) -> Attribution | None:
        """ "MS. SMITH: We will..." or "TAPPER: And..." - a transcript's speaker label."""
        tokens = sc.tokens
        k = 0
        while k < min(len(tokens), 5) and tokens[k].text != ":":
            k += 1
        if not 0 < k < 5 or k + 1 >= len(tokens) or not tokens[k + 1].is_word:
            return None
        words = [t for t in tokens[:k] if t.text != "."]
        if not words or not all(t.is_word and t.text.isupper() and len(t.text) > 1 for t in words):
            return None
        names = [t for t in words if t.text.rstrip(".").title() not in self.lex.non_names]
        if not names or len(words) > 3 or any(t.lower in _EDITORIAL_LABELS for t in words):
            return None  # "CORRECTION: Due to an editing error ...", "EMAIL: desk@paper.com": the paper's own labels
        name = sc_text(sc, tokens.index(names[0]), k)
        return Attribution(sentence, Speaker(name, None, PERSON, written=name), ":")

    def _colon_label(self, sc: Scan, sentence: int) -> Attribution | None:
        """ "Jeffrey M. Jones: “...”", "Rep. Ann Cole (D-Ore.): “...”", "- More from Jones: “...”": a name and a colon
        introduce a quotation (a digest's or a Q&A's speaker label)."""
        tokens = sc.tokens
        colon = next(
            (k for k in range(1, min(len(tokens) - 1, 40)) if tokens[k].text == ":" and not sc.quoted[k]), None
        )
        if colon is None or tokens[colon + 1].text not in ('"', "“"):
            return None
        end = colon
        if tokens[end - 1].text == ")":  # "(D-Ore.)": a party and state, not the name
            end = next((k for k in range(end - 2, max(end - 8, 0), -1) if tokens[k].text == "("), 0)
        start = end
        while start > 0 and end - start < 6 and (tokens[start - 1].is_cap or tokens[start - 1].text in (".", "and")):
            start -= 1
        if start == end or not tokens[end - 1].is_cap or tokens[start].lower == "and":
            return None
        opener = tokens[start - 1].lower if start else ""
        if (
            start
            and opener not in ("-", "—", "–")
            and not (opener == "from" and start >= 2 and sc.lower[start - 2] == "more")
        ):
            return None  # "He gave one reason: “...”": the colon ends a clause, its speaker is found by its cue
        if end - start == 1 and not start and self.cast.lookup([tokens[start].text]) is None:
            return None  # "Details: “...”": an opening word is a name only if the article has named it before
        speaker = self._named(sc, start, end, sentence)
        return Attribution(sentence, speaker, ":") if speaker is not None else None

    def _ends_clause(self, sc: Scan, i: int) -> bool:
        """Whether the phrase at ``i`` is a whole inverted subject ("..., said Trump." / "said a spokesman, who"),
        not the start of reported content ("said Clinton's acceptance was...")."""
        tokens = sc.tokens
        k = i
        while (
            k < len(tokens)
            and k - i < 10
            and (tokens[k].is_word and tokens[k].lower not in _CLAUSE_END_WORDS or tokens[k].text in (".",) and k > i)
        ):
            if tokens[k].text == "." and not (k + 1 < len(tokens) and tokens[k + 1].is_word):
                break
            k += 1
        if any(sc.lower[m] in _FINITE_AUXILIARIES and not tokens[m].is_cap for m in range(i, min(k, len(tokens)))):
            return False  # "said the problem was not requiring a photo ID;": a clause, reported content
        return k >= len(tokens) or tokens[k].text in _CLAUSE_END_MARKS or tokens[k].lower in _CLAUSE_END_WORDS

    def _np_left(self, sc: Scan, j: int, sentence: int) -> Speaker | None:
        """The noun phrase ending at token ``j``, read as the subject of a cue."""
        tokens = sc.tokens
        word = tokens[j].lower
        if pronoun_kind(word):
            return self._pronoun(word, tokens[j].text, sentence, j)
        if tokens[j].is_cap or sc.covered[j] == "side":
            start = j
            while start > 0 and (tokens[start - 1].is_cap and tokens[start - 1].is_word or sc.covered[start - 1]):
                start -= 1
            if start < j and self._opening_word_only(sc, start):
                start += 1  # "Does Rubio", "Perhaps Russia", "Interestingly Blocher": the capital is the sentence's
            if start == j and (
                _contraction(tokens[j].text)
                or j == 0
                and word in _OPENING_ONLY | _PREPOSITIONS | _CLAUSE_OPENERS | _SUBORDINATORS | _LEADING_CONJUNCTIONS
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
            before = start - 2 if start >= 2 and tokens[start - 1].lower == "of" else start - 3
            if (
                before >= 0
                and tokens[before + 1].lower in ("of", "the")
                and tokens[before].is_cap
                and tokens[start - 1].lower in ("of", "the")
                and not sc.covered[before]
            ):
                owner = self._np_left(sc, before, sentence)  # "Chris Murphy of Connecticut said"
                if owner is not None and owner.kind == PERSON:
                    return owner
            named = self._named(sc, start, j + 1, sentence)
            if named is not None or not is_people_noun(tokens[j].lower):
                return named
            return Speaker(tokens[j].text, None, BODY, written=tokens[j].text, named=False)
        # a common-noun subject: walk back to a determiner, punctuation or the sentence start
        start = j
        while start > 0 and j - start < 5:
            prev = tokens[start - 1]
            if (
                _possessive(sc, start - 1)
                and start >= 2
                and (sc.covered[start - 2] == "side" or tokens[start - 2].is_cap)
            ):
                start -= 2  # "China's coast guard", "O'Malley's campaign"
                while start > 0 and tokens[start - 1].is_cap and tokens[start - 1].is_word:
                    start -= 1
                break
            if not prev.is_word or prev.lower in _STOP_NP or sc.quoted[start - 1]:
                break
            start -= 1
            if prev.lower in _DETERMINERS or prev.lower in ("both", "all"):
                break
        if (
            start >= 2
            and tokens[start - 1].lower == "and"
            and not tokens[start].is_cap
            and (tokens[start - 2].is_cap or pronoun_kind(tokens[start - 2].lower) == PERSON)
            and tokens[start - 2].is_word
            and not sc.quoted[start - 2]
            and (is_people_noun(tokens[j].lower) or sc.covered[j] == "role")
        ):
            # "Mr. Xi and other leaders said", "Ward and other security experts acknowledge": the named first
            # of the two speaks for both; "other leaders" alone names nobody
            first = self._np_left(sc, start - 2, sentence)
            if first is not None:
                return first
        return self._nominal(sc, start, j + 1, sentence)

    def _opening_word_only(self, sc: Scan, k: int) -> bool:
        """Whether token ``k``, opening the sentence (or a quotation), is capitalised only for that: a verb,
        preposition or adverb ("Does", "From", "Perhaps", "Specifically"), never a given name ("Carly")."""
        word = sc.tokens[k].text
        if k > 0 and sc.tokens[k - 1].text not in _QUOTES or word in self.lex.given_names:
            return False
        lower = word.lower()
        return lower in _OPENING_ONLY or lower in _PREPOSITIONS or (lower.endswith("ly") and len(lower) > 5)

    def _subject_of_appositions(self, sc: Scan, comma: int, sentence: int) -> Speaker | None:
        """ "Ann Ruiz, 49, a nurse who lives in Leeds, Kent, said Trump will...": the clause's subject, before a
        chain of appositions (an age, a role, a relative clause, a place), however long, not a name inside them."""
        tokens = sc.tokens
        start = comma
        while start > 0 and comma - start < MAX_APPOSITION_CLAUSE:
            prev = tokens[start - 1]
            if prev.text in (";", ":", "(", ")", "—", "–") or prev.text in _QUOTES or sc.quoted[start - 1]:
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
            if (
                head_end - head_start > MAX_SUBJECT_SEGMENT
                or _adverbial(sc, head_start)
                or not (tokens[name].is_cap and tokens[name].is_word)
            ):
                continue
            chain = segments[k:]
            if not all(_apposition(sc, a, b, n > 0) for n, (a, b) in enumerate(chain)):
                continue
            if any(
                sc.covered[chain[n - 1][1] - 1] == "role" and tokens[a].is_cap for n, (a, _) in enumerate(chain) if n
            ):
                return None  # "the previous nominee, Mitt Romney, said": the name after a role speaks (read below)
            run = name
            while run > head_start and tokens[run - 1].is_cap and tokens[run - 1].is_word:
                run -= 1
            if run > head_start and tokens[run - 1].lower in _PREPOSITIONS - {"of"}:
                return None  # "Officials familiar with the house in Chappaqua, N.Y., said": a place, not who speaks
            return self._np_left(sc, name, sentence)
        return None

    def _before_apposition(self, sc: Scan, j: int, sentence: int, start: int | None = None) -> Speaker | None:
        """ "Melanie Joly, (Canada's foreign minister,) said": a name, or the phrase an apposition describes.

        ``start`` is where to look back from when the apposition ends in a quoted title.
        """
        tokens = sc.tokens
        mark = tokens[j].text  # "Joyce — who is a lawyer — told": a dash apposition closes as it opens
        p = j - 1 if start is None else start
        while p >= 0 and j - p <= 30 and tokens[p].text != mark and not sc.quoted[p]:
            p -= 1
        if p < 1 or tokens[p].text != mark:
            return None
        opener = tokens[p + 1].lower
        if j - p > 12 and opener not in ("who", "whose", "which"):
            return None  # only a relative clause runs that long between a name and its verb
        describes_role = (
            any(sc.covered[k] == "role" for k in range(p + 1, j))
            or opener in ("who", "whose", "which", "a", "an", "the")  # "X, who has endorsed Clinton, said"
            or tokens[p + 1].text.isdigit()  # "Smith, 70, told"
            or _is_place_phrase(sc, p + 1, j)  # "Trump, in Kentucky, said"
            or (opener.endswith("ing") and not tokens[p + 1].is_cap)  # "Fiorina, speaking to Iowans, said"
            or opener in _APPOSITION_OPENERS  # "Cruz (R-Texas), also a candidate, called"
            or opener in _CLAUSE_OPENERS  # "Powell's office, when contacted by Reuters, said"
            or (j - p <= 3 and tokens[p + 1].is_cap and _is_place_phrase_before(sc, p))  # "of Washington, D.C.,"
        ) and not (opener == "the" and not tokens[p - 1].is_cap)
        if not describes_role and start is None and tokens[j - 1].is_cap and tokens[p - 1].is_word:
            inner = self._np_left(sc, j - 1, sentence)
            if inner is not None:
                return inner
        if not describes_role:
            return None
        end = _before_places(sc, p)
        if end >= 2 and tokens[end].text == ")":  # "Sen. Ted Cruz (R-Texas), also a candidate, called"
            opening = next((k for k in range(end - 1, max(end - 8, -1), -1) if tokens[k].text == "("), None)
            end = opening - 1 if opening is not None else end
        outer = self._np_left(sc, end, sentence) if end >= 0 and tokens[end].is_word else None
        vague = outer is None or not outer.name[:1].isupper()  # "Several candidates", "Some observers"
        one = not any(tokens[k].lower in (",", "and", "—", "–") for k in range(p + 2, j))  # one person, not a list
        if (outer is None and opener == "like" or vague and one and opener == "including") and tokens[j - 1].is_cap:
            # "the biggest hawks, like Rubio and Bush, say", "Several candidates, including Trump, said": the one
            # named speaks for them
            return self._np_left(sc, j - 1, sentence) or outer
        return outer

    def _np_right(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """The noun phrase starting at token ``i`` ("said Trump", "according to officials")."""
        tokens = sc.tokens
        if i >= len(tokens) or not tokens[i].is_word:
            return None
        role_named = self._role_then_name(sc, i, sentence)
        if role_named is not None:
            return role_named
        if pronoun_kind(tokens[i].lower):
            return self._pronoun(tokens[i].lower, tokens[i].text, sentence, i)
        j = i
        while j < len(tokens) and j - i < 8 and tokens[j].is_word and tokens[j].lower not in _STOP_NP - {"of"}:
            j += 1
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
                first = i + 1 if tokens[i].lower in _DETERMINERS else i
                phrase = sc_text(sc, first, end)
                sides = [sc.side_of[m] for m in range(i, end) if m in sc.side_of]
                return Speaker(phrase, sides[-1] if sides else None, BODY, written=sc_text(sc, i, end))
        if j + 1 < len(tokens) and tokens[j].lower in ("by", "from") and tokens[j + 1].is_cap:
            end = j + 1  # "according to a new poll by the Harvard Institute": the named source
            while end < len(tokens) and (tokens[end].is_cap and tokens[end].is_word or sc.covered[end]):
                end += 1
            by = self._named(sc, j + 1, end, sentence)
            if by is not None:
                return by
        named = [k for k in range(i, j) if tokens[k].is_cap and sc.covered[k] is None]
        if named:
            start = named[0]
            end = start
            while end < j and tokens[end].is_cap and sc.covered[end] is None:
                end += 1
            if end < j and self._party_member(sc, end) and (end + 1 == j or not tokens[end + 1].is_cap):
                end += 1  # "said a New Hampshire Republican": the party word is part of who speaks
            after = end
            while after < j and (
                sc.covered[after] == "role"
                or self._party_member(sc, after)
                or is_people_noun(tokens[after].lower + "s")
                or is_people_noun(tokens[after].lower)
                or tokens[after].lower in _role_heads(self.lex)
            ):
                after += 1
            if after == end and _describes_next_name(sc, end, j):
                after = end + 1  # "said Cruz constituent Dan Golvach": a word for who they are, then the full name
            if after > end and after < j and tokens[after].is_cap and sc.covered[after] is None:
                start = end = after  # "said Virginia delegate Beau Correll": the name after the role
                while end < j and tokens[end].is_cap and sc.covered[end] is None:
                    end += 1
                return self._named(sc, start, end, sentence)
            if after > end and not sc.covered[i] and (after == j or not tokens[after].is_cap):
                # "said one Trump confidant", "said a Clinton aide": the name says whose; the aide speaks
                first = i + 1 if tokens[i].lower in _DETERMINERS or tokens[i].lower in _MEMBER_DETERMINERS else i
                self._named(sc, start, end, sentence)  # still a mention: "Mr. Cruz" next is this adviser's Cruz
                sides = [sc.side_of[m] for m in range(i, after) if m in sc.side_of]
                return Speaker(
                    sc_text(sc, first, after), sides[-1] if sides else None, BODY, written=sc_text(sc, i, after)
                )
            return self._named(sc, i if sc.covered[i] else start, end, sentence)
        return self._nominal(sc, i, j, sentence)

    def _party_member(self, sc: Scan, k: int) -> bool:
        """ "Republican", "Democrats" as a noun: a party's person or people."""
        return sc.covered[k] == "side" and sc.lower[k] in _PARTY_MEMBERS

    def _role_then_name(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """ "a spokeswoman for the ministry, Anna Berg.": the name the role phrase leads to."""
        tokens = sc.tokens
        if tokens[i].lower not in ("a", "an", "the") or i + 1 >= len(tokens) or sc.covered[i + 1] != "role":
            return None
        comma = next((k for k in range(i + 2, min(i + 10, len(tokens))) if tokens[k].text == ","), None)
        if comma is None or any(sc.quoted[k] for k in range(i, comma)):
            return None
        end = comma + 1
        while end < len(tokens) and tokens[end].is_cap and tokens[end].is_word and sc.covered[end] is None:
            end += 1
        if end - comma < 3 or end < len(tokens) and tokens[end].text not in (".", ",", ";", "!", "?"):
            return None  # a two-word name or more, and nothing after it but the sentence's end
        return self._named(sc, comma + 1, end, sentence)

    def _clause_subject(self, sc: Scan, i: int, sentence: int) -> Speaker | None:
        """The subject of the clause a participle or noun cue hangs on: its first speaker-like phrase.

        "Smith criticised Brown's decision, saying..." is Smith's, not Brown's: names after a
        preposition or owning something ("Brown's") are objects, not the subject.
        """
        tokens = sc.tokens
        floor = max(0, i - LOOK_BACK)
        for k in range(i - 1, floor - 1, -1):
            if tokens[k].text in (";", ":") or (tokens[k].text in _QUOTES and not sc.quoted[k] and k < i - 1):
                floor = k + 1
                break
        runs = {run[0]: run for run in name_runs(sc, self.lex, self.cast.common) if floor <= run[0] and run[1] <= i}
        aside = _asides(sc, floor, i, lambda a, b: self._person_run(sc, a, b))
        object_end = -1  # where the last name read as an object ended: "to John McConnell and Matthew Scully"
        for k in range(floor, i):
            if sc.quoted[k] or not tokens[k].is_word or aside[k - floor]:
                continue
            after_preposition = k > 0 and tokens[k - 1].lower in _PREPOSITIONS
            after_preposition = after_preposition or (
                k >= 2 and k - 1 == object_end and tokens[k - 1].lower in ("and", "or")
            )  # the second of two objects
            if pronoun_kind(tokens[k].lower) == PERSON and tokens[k].lower in ("he", "she") and not after_preposition:
                return self._pronoun(tokens[k].lower, tokens[k].text, sentence, k)
            group = self.lex.groups.match_keys(sc.lower, k)
            if group:
                return Speaker(group[1], group[1], GROUP, written=sc_text(sc, k, k + group[0]))
            run = runs.get(k)
            if run is None and sc.covered[k] == "side" and (k == floor or tokens[k - 1].lower == "the"):
                end = k
                while end < i and (sc.covered[end] == "side" or tokens[end].is_cap and tokens[end].is_word):
                    end += 1
                run = (k, end)
            if run is None:
                continue
            owner = run[1] < len(tokens) and tokens[run[1]].lower in ("'s", "’s")
            if after_preposition or owner:
                object_end = run[1] if after_preposition else object_end
                continue
            speaker = self._named(sc, run[0], run[1], sentence)
            if speaker is not None:
                return speaker
        return None

    def _person_run(self, sc: Scan, start: int, end: int) -> bool:
        """Whether the article knows the name in ``[start, end)`` as a person's ("Owen Jones", not "Tex.")."""
        words = [w for w in (t.text.rstrip(".") for t in sc.tokens[start:end]) if w and w[0].isalpha()]
        actor = self.cast.lookup(words) if words else None
        return actor is not None and actor.kind == PERSON and actor.person

    # --- turning words into a speaker ---------------------------------------------------------
    def _named(self, sc: Scan, start: int, end: int, sentence: int) -> Speaker | None:
        tokens = sc.tokens
        # "the White House", "Beijing", "China": a side speaking as a body
        names = [
            k
            for k in range(start, end)
            if sc.covered[k] is None and tokens[k].is_cap and tokens[k].text.rstrip(".") not in self.lex.non_names
        ]
        if not names:
            sides = [sc.side_of[k] for k in range(start, end) if k in sc.side_of]
            if sides and tokens[end - 1].lower not in ("'s", "’s"):
                first = start + 1 if tokens[start].lower == "the" else start
                if (
                    end - first == 1
                    and (first == 0 or tokens[first - 1].lower != "the")
                    and adjective_word(tokens[first].text, self.lex)
                    and not (  # "a Republican said": a person, not "Republican claims"
                        self._party_member(sc, first)
                        and first > 0
                        and tokens[first - 1].lower in _MEMBER_DETERMINERS
                        and not (end < len(tokens) and sc.lower[end].endswith("ing"))  # "a Republican seeking to"
                    )
                ):
                    if end < len(tokens) and is_people_noun(tokens[end].lower):  # "Democratic leaders"
                        phrase = sc_text(sc, first, end + 1)
                        return Speaker(phrase, sides[-1], BODY, written=phrase)
                    return None  # "Republican calls for", "Chinese said": an adjective, not a body
                return Speaker(sc_text(sc, first, end), sides[-1], BODY, written=sc_text(sc, start, end))
            return None
        last = names[-1] + 1
        first = last - 1  # the name is the capitalised stretch right before the cue
        while (
            first > start and tokens[first - 1].is_cap and tokens[first - 1].is_word and sc.covered[first - 1] is None
        ):
            first -= 1
        while first < last - 1 and tokens[first].text.rstrip(".") in self.lex.non_names:
            first += 1
        if any(_contraction(tokens[k].text) for k in range(first, last)):
            return None  # "Specifically I've heard": a pronoun run into a verb, no name
        if last == end - 1 and self._party_member(sc, last):
            # "a New Hampshire Republican", "House Democrats": party people, not the place or chamber
            phrase = sc_text(sc, first, end)
            return Speaker(phrase, sc.side_of[last], BODY if sc.lower[last].endswith("s") else PERSON, written=phrase)
        first, last = _whole_body_name(sc, first, last, self.lex)
        actor = self.cast.actor_for_run(sc, first, last, create=last - first >= 2)
        if actor is None and last - first == 1:
            actor = self.cast.create_single(sc, first)
        if actor is None:
            return None
        if actor.side is None:
            sides = [sc.side_of[k] for k in range(start, end) if k in sc.side_of]
            actor.side = sides[-1] if sides else None
        if actor.kind == PERSON and (last - first >= 2 or len(actor.tokens) >= 2):
            actor.person = True  # a full name that speaks ("Gene Sperling", then "Sperling said"): "he" may be them
        self.cast.mention(sentence, actor, first)
        return Speaker(actor.name, actor.side, actor.kind, actor, sc_text(sc, start, end))

    def _speaking_head_end(self, sc: Scan, start: int, end: int) -> int | None:
        """Where an owner's phrase ends on a noun that can speak ("Trump's campaign released a" -> after
        "campaign"; "Clinton's top advisers"), or None when no such noun comes before a stop word."""
        heads = _role_heads(self.lex)
        found = None
        for k in range(start, end):
            word = sc.tokens[k].lower
            if not sc.tokens[k].is_word or word in _STOP_NP or word in _DETERMINERS:
                break
            if is_people_noun(word) or word in heads or word[:-1] in heads or word in _SPEAKING_NOUNS:
                found = k + 1
        return found

    def _nominal(self, sc: Scan, start: int, end: int, sentence: int) -> Speaker | None:
        tokens = sc.tokens
        written = sc_text(sc, start, end)
        group = self.lex.groups.match_keys(sc.lower, start)
        if group:
            return Speaker(group[1], group[1], GROUP, written=written)
        member = start + 1 if tokens[start].lower in _MEMBER_DETERMINERS else start
        if (
            member < end
            and self._party_member(sc, member)
            and (member == end - 1 or tokens[member + 1].lower in _MEMBER_POSTMODIFIERS)
        ):
            # "said another Republican, who...", "said one Democrat familiar with the talks"
            word = tokens[member].text
            return Speaker(word, sc.side_of[member], BODY if word.endswith("s") else PERSON, written=written)
        head = tokens[end - 1].lower
        sides = [sc.side_of[k] for k in range(start, end) if k in sc.side_of]
        side = sides[-1] if sides else None
        role_word = next((tokens[k].lower for k in range(end - 1, start - 1, -1) if sc.covered[k] == "role"), None)
        if role_word and tokens[start].lower in ("the", "this") and sc.covered[end - 1] == "role":
            actor = self.cast.last_person(sentence, window=6, same_side=side, role_word=role_word)
            if actor is None and side:
                actor = self.cast.last_person(sentence, window=6, same_side=side)
            if actor is not None:
                self.cast.mention(sentence, actor, start)
                return Speaker(actor.name, actor.side, PERSON, actor, written)
        owner = next((k for k in range(start, end) if _possessive(sc, k)), None)
        if owner is not None and owner > start and sc.covered[owner - 1] is None and tokens[owner - 1].is_cap:
            head_end = self._speaking_head_end(sc, owner + 1, end)
            first = start
            while first < owner - 1 and (
                tokens[first].lower in _DETERMINERS or tokens[first].lower in _LEADING_CONJUNCTIONS
            ):
                first += 1  # "But Alphabet's founders" -> "Alphabet's founders"
            if tokens[first].lower in _OWNER_OBJECT or (first > 0 and tokens[first - 1].lower in _OWNER_OBJECT):
                return None  # "a source familiar with Cruz's thinking said": the owner is not who speaks
            if head_end is None:
                modifiers = tokens[owner + 1 : end]  # "Trump's false [claims]": a few words, no preposition
                if len(modifiers) <= 3 and all(
                    t.is_word and t.lower not in _STOP_NP and t.lower not in _PREPOSITIONS and not pronoun_kind(t.lower)
                    for t in modifiers
                ):
                    return self._named(sc, first, owner, sentence)  # "Trump's false claims": Trump's own
                return None  # "Clinton's lead in pledged delegates": a thing of theirs, not a voice
            actor = self.cast.lookup([t.text for t in tokens[start:owner] if t.is_cap])
            return Speaker(
                sc_text(sc, first, head_end),
                side or (actor.side if actor else None),
                BODY,
                written=written,
                named=True,
            )
        if tokens[start].lower == "the" and end - start == 2 and not head.endswith("s"):
            body = self._named_body(head)
            if body is not None:  # "the court" after "the Supreme Court": the body the article named
                self.cast.mention(sentence, body, start)
                return Speaker(body.name, body.side or side, BODY, body, written)
        people = is_people_noun(head) or (
            head.endswith("s")
            and self.lex.roles.match_keys(sc.lower, end - 1) is None
            and head[:-1] in _role_heads(self.lex)
        )
        if (people or role_word) and tokens[start].lower in _OWNER_PRONOUNS and end - start >= 2:
            # "her campaign", "his advisers": the person's, or nobody's where the pronoun is unclear
            actor = resolve_pronoun(self.cast, _OWNER_PRONOUNS[tokens[start].lower], sentence, start)
            if actor is None:
                return None
            name = f"{actor.name}'s {sc_text(sc, start + 1, end)}"
            return Speaker(name, actor.side, BODY if people else PERSON, written=written, named=True)
        if people:
            first = start + 1 if tokens[start].lower in _DETERMINERS else start
            return Speaker(sc_text(sc, first, end), side, BODY, written=written, named=side is not None)
        if role_word and sc.covered[end - 1] == "role":
            return Speaker(
                sc_text(sc, start + 1 if tokens[start].lower in _DETERMINERS else start, end),
                side,
                PERSON,
                written=written,
                named=False,
            )
        return None

    def _named_body(self, head: str) -> Actor | None:
        """The body last named with ``head`` as its last word ("the court" -> "Supreme Court"), if recent."""
        for _, _, actor, _ in reversed(self.cast.recent[-BODY_LOOK_BACK:]):
            if actor.kind == BODY and actor.name.rsplit(" ", 1)[-1].lower() == head:
                return actor
        return None

    def _pronoun(self, word: str, written: str, sentence: int, position: int) -> Speaker | None:
        if self._named_only:
            return None
        if pronoun_kind(word) == GROUP:
            if (
                self.last
                and self.last.speaker.kind in (GROUP, BODY)
                and self.last.speaker.side is not None  # "officials", "the board": too vague to carry a "they"
                and sentence - self.last.sentence <= 1
            ):
                return Speaker(
                    self.last.speaker.name,
                    self.last.speaker.side,
                    self.last.speaker.kind,
                    self.last.speaker.actor,
                    written,
                )
            return None
        gender = word.lower()
        # a speaker is looked for at most two sentences back: further, the article has usually moved on
        # "Dismayed by Bill Clinton's record, he backs Sanders": a name inside the opening clause is its object
        start = 0 if position == self._after_opener else position
        actor = resolve_pronoun(self.cast, gender, sentence, start, window=PRONOUN_WINDOW)
        lost = self._lost.get(gender)
        if (
            actor is not None
            and lost is not None
            and sentence - lost <= PRONOUN_WINDOW
            and not self._mentioned_since(actor, lost)
        ):
            actor = None  # "He said Trump must unite the party. He added...": the "he" we could not name goes on
        last = self.last.speaker.actor if self.last is not None and sentence - self.last.sentence <= 3 else None
        if (
            last is not None
            and self._quote_first
            and last.kind == PERSON
            and last.gender in (None, gender)
            and (
                actor is None  # a person named since, even of unknown gender, is the voice two sentences on
                # the voice of the sentence just before goes on over a man or woman merely named since
                # ("Cruz is our best debater," he says.): a quotation is rarely about its own speaker
                or (
                    last.person
                    and self.last is not None
                    and sentence - self.last.sentence == 1
                    and self.last.cue.lower() not in ("asked", "asks", "asking")  # the next quote is the answer
                )
            )
        ):
            actor = last  # "“...,” he said." after a quoted person: the same voice goes on
        if actor is None:
            return None  # nobody it could be: better no position than one pinned on the wrong person
        if actor.tokens & self._quoted_names:
            return None  # "“Senator Kerr's message won,” he said.": a campaign aide, not Kerr; we cannot tell who
        self.cast.mention(sentence, actor, position)  # "He added..." next refers to the same person
        return Speaker(actor.name, actor.side, PERSON, actor, written)

    def _mentioned_since(self, actor: Actor, sentence: int) -> bool:
        """Whether ``actor`` was mentioned in a sentence after ``sentence``."""
        for said_in, _, other, _ in reversed(self.cast.recent):
            if said_in <= sentence:
                return False
            if other is actor:
                return True
        return False

    def _continues_quote(self, sc: Scan, sentence: int, block: int, prev_block: int | None) -> bool:
        """A sentence that is (or opens) a direct quote right after an attributed one."""
        assert self.last is not None
        if sentence - self.last.sentence != 1 or not sc.tokens:
            return False
        tail = [t.text for t in sc.tokens[-3:]]
        if "?" in tail and prev_block != block:
            return False  # a question in a paragraph of its own: an interviewer's, as often as the speaker's
        opens_quote = (
            sc.tokens[0].text in ('"', "“", "‘") or sc.quoted[min(2, len(sc.tokens) - 1)] and sc.tokens[0].text == "'"
        )
        if self._other_voice_after_quote(sc):
            return False  # "“France will always be France,” an angry Hollande retorted.": not the last speaker's
        if opens_quote and _quoted_term_first(sc):
            return False  # '"Top secret" is the highest level of classification.': the reporter's words
        # a sentence inside a quotation begun sentences before is not taken as its own position
        return opens_quote or (sc.quoted[min(1, len(sc.tokens) - 1)] and prev_block == block and not sc.starts_inside)

    def _other_voice_after_quote(self, sc: Scan) -> bool:
        """Whether the words after the sentence's closing quotation name someone other than the last speaker:
        "“...,” Hannity started." / "“...,” blared the front page of The Herald." (a cue we do not know)."""
        assert self.last is not None
        tokens = sc.tokens
        close = next(
            (k for k in range(1, len(tokens)) if tokens[k].text in _QUOTES and sc.quoted[k - 1] and not sc.quoted[k]),
            None,
        )
        if close is None or tokens[close - 1].text not in (",", "?", "!"):
            return False  # '"...go after" Osama bin Laden.': the quotation runs on into the sentence
        tail = [k for k in range(close + 1, len(tokens)) if tokens[k].is_word or tokens[k].text in _QUOTES]
        if not tail or len(tail) > MAX_QUOTE_TAIL or any(sc.quoted[k] or tokens[k].text in _QUOTES for k in tail):
            return False
        known = set(self.last.speaker.actor.tokens) if self.last.speaker.actor else set()
        known |= {w.rstrip(".") for w in self.last.speaker.name.split()}
        for start, end in name_runs(sc, self.lex, self.cast.common):
            if start > close and start - close <= MAX_QUOTE_TAIL // 2:
                words = {t.text.rstrip(".") for t in tokens[start:end]}
                return not words & known
        return False


_HONORIFIC_TITLES = frozenset(("mr", "mrs", "ms", "senator", "sen", "secretary", "governor", "gov", "president"))


def _quoted_third_persons(sc: Scan) -> frozenset[str]:
    """Names a quotation in the sentence speaks of in the third person: after a title or owning something
    ('Senator Sanders's message', 'Mr. Trump's nomination'); whoever says them is rarely that person."""
    tokens, out = sc.tokens, set()
    for k in range(1, len(tokens)):
        if not (sc.quoted[k] and tokens[k].is_cap and tokens[k].is_word):
            continue
        titled = tokens[k - 1].lower.rstrip(".") in _HONORIFIC_TITLES
        owner = k + 1 < len(tokens) and tokens[k + 1].lower in ("'s", "’s")
        if titled or owner:
            out.add(tokens[k].text)
    return frozenset(out)


def _participle_opener_subject(sc: Scan, cast: Cast) -> int:
    """Where the subject of a sentence that opens on a participle clause stands ("Dismayed by X's record, he",
    "Asked about Y, she", "Speaking to Z, he"): the token after the clause's comma, else -1."""
    tokens = sc.tokens
    if not tokens or not tokens[0].is_word or sc.quoted[0]:
        return -1
    first = tokens[0].lower
    if not first.endswith(("ed", "ing")) or len(first) <= 4:
        return -1
    if first not in cast.common and cast.lookup([tokens[0].text]) is not None:
        return -1  # "Manning, he said, ...": a name, not a participle
    for k in range(1, min(len(tokens) - 1, MAX_APPOSITION_CLAUSE)):
        if tokens[k].text == "," and not sc.quoted[k]:
            return k + 1 if tokens[k + 1].lower in ("he", "she") else -1
    return -1


_CLOSING = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def _quoted_term_first(sc: Scan) -> bool:
    """Whether the sentence opens on a short quoted term or title that the reporter's own words go on from:
    '"Top secret" is the highest level of classification', '‘Stickerboy’ placed two stickers on it'."""
    tokens = sc.tokens
    closing = _CLOSING.get(tokens[0].text)
    close = next((k for k in range(1, len(tokens)) if tokens[k].text == closing), None) if closing else None
    if close is None or close == 1 or tokens[close - 1].text in (",", ".", "?", "!", "…"):
        return False
    inside = sum(t.is_word for t in tokens[1:close])
    after = sum(t.is_word for t in tokens[close + 1 :])
    return inside <= MAX_QUOTED_TERM and after >= 3 and after > inside


_BODY_LINKS = frozenset(("of", "for", "on"))  # "Bank of England", "Center for Responsive Politics", "Council on ..."
_CALENDAR = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March"]
    + ["April", "May", "June", "July", "August", "September", "October", "November", "December"]
)
MAX_BODY_NAME = 10  # tokens of a body's name joined over "of"/"for"/"on" ("Institute for the Study of War")


def _cap_run(sc: Scan, k: int, step: int) -> int:
    """From token ``k``, how far a run of free capitalised words goes (``step`` 1: right, -1: left); ``k`` if none."""
    tokens = sc.tokens
    while 0 <= k < len(tokens) and tokens[k].is_cap and tokens[k].is_word and sc.covered[k] is None:
        k += step
    return k


def _whole_body_name(sc: Scan, first: int, last: int, lex: Lexicon) -> tuple[int, int]:
    """A body's whole name around the capitalised run ``[first, last)``, joined over "of", "for" or "on":
    "Varna" in "the Bank of Varna warned" and "Center" in "according to the Center for Responsive Politics"
    are the Bank of Varna and the Center for Responsive Politics, not a city and a word.

    Only where the run before the link ends on a body's word ("Bank", "Center", "University"), so
    "Secretary of State John Kerry" and "the mayor of Varna" stay as they are; never over a person's name.
    """
    tokens = sc.tokens

    def link_end(k: int) -> int | None:  # the first word after "of" / "for the" at ``k``, or None
        if k >= len(tokens) or tokens[k].lower not in _BODY_LINKS:
            return None
        k += 1
        if k < len(tokens) and tokens[k].lower == "the":
            k += 1
        if k >= len(tokens) or not tokens[k].is_cap or sc.covered[k] is not None or tokens[k].text in _CALENDAR:
            return None  # "The New York Times on Tuesday": a day, not a name
        return k

    def body_word(k: int) -> bool:
        return tokens[k].text.rstrip(".") in lex.org_words

    def no_person(start: int, end: int) -> bool:
        return not any(tokens[m].text in lex.given_names for m in range(start, end))

    if not no_person(first, last):
        return first, last  # "Department of Homeland Security Secretary Jeh Johnson" is Jeh Johnson's
    reach, start = first, first
    while start > 0:  # "the Institute for the Study of War said": reach back over each link to "Institute"
        link = start - 2 if tokens[start - 1].lower == "the" else start - 1
        if link < 1 or link_end(link) != start or tokens[link - 1].lower == "the":
            break
        start = _cap_run(sc, link - 1, -1) + 1
        if start >= link or last - start > MAX_BODY_NAME or not no_person(start, link):
            break  # no free name before the link ("the Republican Party of Wyoming": the party is a side's)
        if body_word(link - 1):
            reach = start
    first = reach
    while first < last - 1 and tokens[first].text in lex.non_names:
        first += 1  # "The Institute ..." at the start of a sentence
    while body_word(last - 1) or any(tokens[m].lower in _BODY_LINKS for m in range(first, last)):
        after = link_end(last)  # "according to the Center for Responsive Politics": reach on past "Center"
        if after is None:
            break
        end = _cap_run(sc, after, 1)
        if (
            end - first > MAX_BODY_NAME
            or not no_person(after, end)
            or not any(body_word(m) for m in range(first, last))
        ):
            break
        last = end
    return first, last


def _is_place_phrase(sc: Scan, start: int, end: int) -> bool:
    """ "in Kentucky", "of Raleigh", "N.C." after a place: an apposition that places a person, not a name."""
    tokens = sc.tokens
    if start >= end or not tokens[start].is_word:
        return False
    if tokens[start].lower in _PLACE_PREPOSITIONS or tokens[start].lower == "of":
        return end - start <= 5 and all(t.is_cap for t in tokens[start + 1 : end] if t.is_word and t.lower != "the")
    return False


def _before_places(sc: Scan, comma: int) -> int:
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
        placed = _is_place_phrase(sc, q + 1, end + 1) or tokens[q + 1].lower in _CLAUSE_OPENERS
        placed = placed or (  # "Brian Murphy, the chairman of the county party, for example, said"
            tokens[q + 1].lower in ("the", "a", "an") and any(sc.covered[m] == "role" for m in range(q + 1, end + 1))
        )
        abbreviation = len(segment) <= 2 and all(t.is_cap for t in segment) and _is_place_phrase_before(sc, q)
        age = len(segment) == 1 and segment[0].text.isdigit()
        if not (placed or abbreviation or age):
            break
        end = q - 1
    return end


def _share_of(sc: Scan, j: int) -> bool:
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


def _adverbial(sc: Scan, k: int) -> bool:
    """Whether the comma-separated segment starting at ``k`` opens with a preposition or subordinator
    ("In a letter to Clinton,", "When asked,", "Speaking in Ohio,"): an adverbial, not the subject."""
    word = sc.tokens[k].lower
    return (
        word in _PREPOSITIONS
        or word in _CLAUSE_OPENERS
        or word in _SUBORDINATORS
        or (word.endswith("ing") and sc.tokens[k].is_word and len(word) > 4)
        or (word.endswith("ed") and k + 1 < len(sc.tokens) and sc.lower[k + 1] in _PREPOSITIONS)  # "Alarmed by"
    )


def _asides(sc: Scan, floor: int, i: int, person: Callable[[int, int], bool]) -> list[bool]:
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
            _adverbial(sc, a)
            or first == "instead"
            or (first.endswith("ly") and a + 1 < b and sc.lower[a + 1] in _PREPOSITIONS)  # "Particularly in Iowa"
        )
        aside = (
            (opener and b < i and b - a <= MAX_ASIDE)
            or first in ("which", "who", "whose")
            or tokens[b - 1].lower in ("later", "earlier", "ago")  # "Hours later,"
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


def _apposition(sc: Scan, a: int, b: int, after_first: bool) -> bool:
    """Whether tokens ``[a, b)`` read as an apposition to the name before them: an age, a role, a relative
    clause, a place, a descriptor ("a Navy veteran", "one of ...", "appearing on Fox News"), a state
    abbreviation, or (after another apposition) the name of what it describes."""
    tokens = sc.tokens
    opener = tokens[a]
    word = opener.lower
    if not opener.is_word:
        return b - a <= 2 and opener.text.isdigit()  # "49"
    if sc.covered[a] == "role" or word in _APPOSITION_WORDS or word in _APPOSITION_OPENERS:
        return True
    if word in _PLACE_PREPOSITIONS or word == "of":
        return _is_place_phrase(sc, a, b) or b - a <= 6
    if word.endswith("ing") and not opener.is_cap and len(word) > 4:
        return True  # "appearing on Fox News right after the speech"
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


def _is_place_phrase_before(sc: Scan, comma: int) -> bool:
    """Whether the phrase before ``comma`` is a place ("of Raleigh" before ", N.C.")."""
    tokens = sc.tokens
    k = comma - 1
    while k >= 0 and comma - k <= 4 and tokens[k].is_cap and tokens[k].is_word:
        k -= 1
    return 0 <= k < comma - 1 and (tokens[k].lower in _PLACE_PREPOSITIONS or tokens[k].lower == "of")


def _after_quotation(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` closes a quotation ("“...,” Sanders responded."): then it reports."""
    tokens = sc.tokens
    k = i - 1
    while k >= 0 and i - k <= 8 and not sc.quoted[k] and tokens[k].text not in _QUOTES:
        if tokens[k].text in (".", ";", ":"):
            return False
        k -= 1
    return k >= 0 and (sc.quoted[k] or tokens[k].text in _QUOTES) and (k == i - 1 or tokens[k].text in _QUOTES)


def _asked_opener_end(sc: Scan) -> int:
    """Where an opening "Asked (by X) whether ...," / "When asked ...," clause ends (its comma), else 0."""
    lower = sc.lower
    k = 1 if lower[:1] == ["when"] else 0
    if k >= len(lower) or lower[k] not in ("asked", "pressed", "questioned"):
        return 0
    for j in range(k + 1, min(len(lower), k + 40)):
        if lower[j] == "," and not sc.quoted[j]:
            return j
    return 0


def _quoted_title_closing(sc: Scan, j: int) -> int | None:
    """The opening quote of a short quoted title whose comma ends at ``j`` ('the show "The Apprentice,"'), or None."""
    tokens = sc.tokens
    if j < 4 or tokens[j].text not in _QUOTES or tokens[j - 1].text != "," or not sc.quoted[j - 1]:
        return None
    k = j - 1
    while k >= 0 and sc.quoted[k]:
        k -= 1
    if k < 2 or j - k > 8 or tokens[k].text not in _QUOTES or not tokens[k + 1].is_cap:
        return None
    return k if tokens[k - 1].is_word and not sc.quoted[k - 1] else None


def _adverb(sc: Scan, k: int) -> bool:
    """An "-ly" adverb between a stance verb and its subject ("Americans overwhelmingly oppose")."""
    word = sc.lower[k]
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in _LY_NOUNS and not sc.quoted[k]


def _plain_stance(sc: Scan, i: int, n: int) -> bool:
    """Whether the stance verb at ``i`` is stated of a subject right before it: no modal ("may want"), no
    infinitive ("failure to understand"), no passive agent ("favored by"), no clause or aside in between."""
    k = i - 1
    while k >= 0 and (sc.lower[k] in _SKIP_LEFT or _adverb(sc, k)):  # "Trump has openly questioned"
        if sc.lower[k] in _MODALS:
            return False
        k -= 1
    if k < 0 or not sc.tokens[k].is_word or sc.lower[k] in _PASSIVE or sc.lower[k] == "to" or sc.quoted[k]:
        return False
    if any(t.text == "?" for t in sc.tokens[i:]):
        return False  # "Does Iowa really want ...?": a question takes no stance
    if sc.lower[i] in _PLURAL_STANCES and not (sc.lower[k].endswith("s") and sc.tokens[k].is_word):
        return False  # "Millennials support the plan", not "the Clinton support among women"
        return False
    if i + n < len(sc.tokens) and sc.lower[i + n] == "by":
        return False
    start = k  # the subject: a name run ("Mr. Trump", "House Democrats") or one word ("Democrats")
    while start > 0 and (sc.tokens[start - 1].is_cap or sc.tokens[start - 1].text == "." or sc.covered[start - 1]):
        start -= 1
    # the subject opens its clause: "It is hard to think that Ford sees", "the ideas Ford championed" state no stance
    return start == 0 or not sc.tokens[start - 1].is_word or sc.lower[start - 1] in _CLAUSE_JOINERS


def _possessive(sc: Scan, k: int) -> bool:
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


def _credit_line(sc: Scan, i: int, n: int) -> bool:
    """A reporter's credit ("Jones reported from Washington.", "Jones reports for the Herald."): no position."""
    tokens = sc.tokens
    return (
        sc.lower[i] in ("reported", "reports", "contributed", "contributes", "writes", "wrote")
        and i + n < len(tokens)
        and sc.lower[i + n] in ("from", "for", "to", "on")
        and len(tokens) <= i + n + 8
    )


_ADVERBIAL_OPENERS = frozenset(
    ("when", "after", "before", "since", "until", "while", "because", "if", "although", "though", "once", "unless")
)


def _in_adverbial_clause(sc: Scan, i: int) -> bool:
    """Whether the cue at ``i`` has its subject right after a subordinator ("When Lee said ...", "after Obama
    called ..."): the sentence's main clause may have its own speaker, who then comes first."""
    tokens, lower = sc.tokens, sc.lower
    k = i - 1
    while k >= 0 and (lower[k] in _SKIP_LEFT or _adverb(sc, k)):
        k -= 1
    if k < 1 or sc.quoted[k] or not tokens[k].is_word:
        return False
    start = k
    if tokens[k].is_cap:
        while start > 0 and (tokens[start - 1].is_cap and tokens[start - 1].is_word or tokens[start - 1].text == "."):
            start -= 1
    elif pronoun_kind(lower[k]) is None:
        return False
    if start >= 1 and lower[start - 1] == "the":
        start -= 1
    if start < k and lower[start] in _ADVERBIAL_OPENERS:
        return True  # "When Lena Park said": the capitalised opener ran into the name
    return start >= 1 and lower[start - 1] in _ADVERBIAL_OPENERS and not sc.quoted[start - 1]


def _contraction(word: str) -> bool:
    """ "I've", "We’re", "They'd": a pronoun run into a verb, capitalised but no name."""
    head, _, tail = word.replace("’", "'").lower().partition("'")
    return head in ("i", "we", "you", "they", "he", "she") and tail in ("ve", "m", "re", "d", "ll")


def _other_sense(sc: Scan, i: int, n: int) -> bool:
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


@lru_cache(maxsize=4)
def _role_heads(lex: Lexicon) -> frozenset[str]:
    """Single-word roles ("diplomat"), so that "diplomats" reads as a group of them."""
    return lex.roles.last_words()


def _describes_next_name(sc: Scan, k: int, stop: int) -> bool:
    """Whether the lower-case word at ``k`` sits between an owner and a full name ("Cruz *constituent* Dan
    Golvach", "GOP *pollster* Frank Lutz"): a noun for who the person is, the name of two words or more after it."""
    tokens = sc.tokens
    if k + 2 >= stop or not tokens[k].is_word or tokens[k].is_cap or sc.covered[k] is not None:
        return False
    if tokens[k].lower in _STOP_NP or tokens[k].lower in _PREPOSITIONS or tokens[k].lower in _DETERMINERS:
        return False
    return all(tokens[m].is_cap and tokens[m].is_word and sc.covered[m] is None for m in (k + 1, k + 2))


def _common_noun(sc: Scan, k: int) -> bool:
    """A lower-case noun outside quotation ("people", "a statement"), not a pronoun or a name."""
    token = sc.tokens[k]
    if not token.is_word or token.is_cap or sc.quoted[k] or pronoun_kind(token.lower):
        return False
    return token.lower not in _PREPOSITIONS and token.lower not in _STOP_NP and not _adverb(sc, k)


def _object_phrase(sc: Scan, k: int) -> bool:
    """Whether the noun phrase ending at ``k`` follows a preposition ("rides *to* people", "critical *of* all the
    candidates"): an object, never the subject of a cue."""
    start = k
    while start > 0 and k - start < 5:
        prev = sc.tokens[start - 1]
        if not prev.is_word or sc.lower[start - 1] in _PREPOSITIONS:
            break
        start -= 1
    return start > 0 and sc.lower[start - 1] in _PREPOSITIONS


def _finite_cue(sc: Scan, i: int, n: int) -> bool:
    """Whether the cue at ``i`` is plainly a verb in the past or the present ("said", "warned", "says"), not a
    word that may be a noun after "and" ("pain and fear", "speeches and promises")."""
    words = sc_text(sc, i, i + n).lower()
    return words != "reports" and (words in _INVERTIBLE or words in ("told", "tells") or sc.lower[i].endswith("ed"))
