"""Who "he", "she" or "they" is when it is a cue's subject: the person the article last named, unless the
sentence's own quotation or an unnamed "he" before says otherwise. Better no speaker than the wrong one.

Holds the state pronouns need across sentences (the "he" that named nobody, the subject after an
opening participle clause), read from each sentence before its cues.
"""

from __future__ import annotations

from briefing.prefill.actors import (
    BODY,
    GROUP,
    PERSON,
    Actor,
    Cast,
    Scan,
    plural_name,
    pronoun_kind,
    resolve_pronoun,
)
from briefing.prefill.phrase_shapes import adverbial
from briefing.prefill.speakers import Attribution, Reading, Speaker
from briefing.prefill.speech_words import MAX_APPOSITION_CLAUSE, PASSIVE, PREPOSITIONS

PRONOUN_WINDOW = 2  # sentences a speaker's "he" looks back


class PronounResolver:
    """Resolves a subject pronoun to a speaker, sentence by sentence in reading order."""

    def __init__(self, cast: Cast, reading: Reading) -> None:
        self.cast, self.reading = cast, reading
        self._after_opener = -1  # the subject after an opening participle clause ("Dismayed by X's record, he")
        self._quoted_names: frozenset[str] = frozenset()  # names its quotation speaks of ("Senator Kerr's ...")
        self._quoted_words: frozenset[str] = frozenset()  # the words of its quotation, lower case ("him", ...)
        self._lost: dict[str, int] = {}  # "he" / "she" -> the last sentence opening on one that named nobody
        self._asked: tuple[int, int] | None = None  # (sentence, token) of the one a question was put to
        self._answerer: Actor | None = None  # who answers in this sentence's opening quotation, if anyone
        # (first token, end, subject) of an opening clause whose "he" is the named subject after it: "From the
        # first days of his papacy, when he insisted ..., Francis has understood"
        self._cataphora: tuple[int, int, Actor] | None = None
        # the last sentence the last speaker's quotation ran on into (it opens inside it): their voice, not a
        # name, is what the article last gave ("Trump said “... . ... .” He added, ...")
        self._voiced = -1
        self._voice: Attribution | None = None  # whose quotation that was (kept however long it runs on)
        self._subject_at = -1  # the token of the sentence's opening subject pronoun, resolved on its own

    def begin_sentence(self, sc: Scan, sentence: int) -> None:
        """Read what this sentence's pronouns depend on, before any of its cues is read."""
        self._quoted_names = _quoted_third_persons(sc)
        self._quoted_words = frozenset(sc.lower[k] for k in range(len(sc.tokens)) if sc.quoted[k])
        last = self.reading.last
        if sc.starts_inside and last is not None and sentence - 1 == last.sentence:
            self._voice, self._voiced = last, sentence
        elif sc.starts_inside and self._voiced == sentence - 1:
            self._voiced = sentence
        self._after_opener = _participle_opener_subject(sc, self.cast)
        self._answerer = self._asked_person(sentence) if self.reading.quote_first else None
        self._asked = _asked_at(sc, sentence)
        self._opening_clause(sc, sentence)
        self._subject_pronoun(sc, sentence)

    def _opening_clause(self, sc: Scan, sentence: int) -> None:
        """ "Filling in for Sanders where Clinton spoke, West landed a dig.": where an opening adverbial clause
        is followed by a named subject, the names inside the clause are no subject for a later "he"."""
        tokens = sc.tokens
        self._cataphora = None
        k = 1 if tokens and tokens[0].lower in ("but", "and", "then", "yet", "still") else 0
        if k >= len(tokens) or sc.quoted[k] or not adverbial(sc, k):
            return
        comma = _clause_end(sc, k + 1)
        while comma is not None and comma + 1 < len(tokens) and adverbial(sc, comma + 1):
            comma = _clause_end(sc, comma + 2)  # "From his first days, when he insisted ..., Francis has"
        if comma is None:
            return
        m = comma + 1
        while m < len(tokens) and (
            tokens[m].lower == "the" or sc.covered[m] is not None or tokens[m].lower.rstrip(".") in _TITLES
        ):
            m += 1
        end = m
        while end < len(tokens) and (
            tokens[end].is_cap and tokens[end].is_word or sc.covered[end] is not None or tokens[end].text == "."
        ):
            end += 1  # "Chinese Foreign Ministry spokesman Lu Kang": the subject is the last name in the run
        named = [
            (pos, actor) for said_in, pos, actor, _ in self.cast.recent[-_OPENER_LOOK_BACK:] if said_in == sentence
        ]
        heads = [(pos, actor) for pos, actor in named if m <= pos < end]
        if not heads or not any(pos == m for pos, _ in heads):
            return
        m, subject = max(heads, key=lambda h: h[0])
        self.cast.demote(sentence, k, comma)
        if subject.kind == PERSON and not subject.unnamed:
            self._cataphora = (k, comma, subject)
            self._owner_ahead(sc, k, comma, subject, [actor for pos, actor in named if k <= pos < comma])
        participle = tokens[k].lower.endswith(("ing", "ed")) and tokens[k].lower not in PREPOSITIONS
        if participle and subject.kind == PERSON:
            subject.person = True  # "Filling in for Sanders, West landed a dig": who fills in is a person
        elif participle:
            # "Filling in for Sanders, Cornel West landed a dig", West read as a place: someone, but not whom
            self.cast.mention_unnamed(sentence, m, subject.name)

    def _owner_ahead(self, sc: Scan, start: int, comma: int, subject: Actor, inside: list[Actor]) -> None:
        """ "In her speech, Rhimes declared ...": a "his" or "her" in an opening phrase that names nobody is the
        subject's, so the subject is a person of that gender (and the "she said" closing the sentence hers)."""
        owners = {sc.lower[p] for p in range(start, comma) if sc.lower[p] in _OWNER_GENDERS and not sc.quoted[p]}
        if len(owners) != 1 or any(actor.kind == PERSON for actor in inside):
            return
        gender = _OWNER_GENDERS[owners.pop()]
        if subject.gender in (None, gender):
            subject.gender, subject.person = gender, True

    def _asked_person(self, sentence: int) -> Actor | None:
        """ "Gen. Olsen asked Admiral Baker that question. “...,” he said.": the quotation that follows a question
        put to a named person is their answer. The one person named just after "asked" in the sentence before."""
        if self._asked is None or self._asked[0] != sentence - 1:
            return None
        said, at = self._asked
        named = {
            id(actor): actor
            for said_in, pos, actor, _ in self.cast.recent[-_ASKED_LOOK_BACK:]
            if said_in == said and at < pos <= at + _ASKED_REACH and actor.kind == PERSON and actor.person
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _subject_pronoun(self, sc: Scan, sentence: int) -> None:
        """ "He avoided criticism of Trump until he..." : the opening "He" is the person it resolves to,
        so that a later "he" in the sentence is them, not the object named in between."""
        tokens = sc.tokens
        self._subject_at = -1
        k = 1 if tokens and tokens[0].lower in ("but", "and", "then", "yet", "still") else 0
        if self._after_opener > 0:
            k = self._after_opener  # "Dismayed by Bill Clinton's record, he backs Sanders"
        if k + 1 >= len(tokens) or tokens[k].lower not in ("he", "she") or sc.quoted[k]:
            return
        if not tokens[k + 1].is_word and tokens[k + 1].lower not in _CONTRACTED:
            return  # "He," "He." : no clause; but "he's committed" is one
        start = 0 if k == self._after_opener else k
        self._subject_at = k
        actor = resolve_pronoun(self.cast, tokens[k].lower, sentence, start, window=PRONOUN_WINDOW)
        actor = actor or self._voice_after_quotation(tokens[k].lower, sentence)
        if actor is not None:
            self._learn_gender(actor, tokens[k].lower, sentence, k)  # "Guadalupe Ruiz, 35, ... He had protested"
            self.cast.mention(sentence, actor, start)  # the subject: first in its sentence for the next "he"
        else:
            self._lost[tokens[k].lower] = sentence

    def end_sentence(self, sc: Scan, sentence: int, found: Attribution | None) -> None:
        """ "Jane Ruiz works at the plant. After 14 years, she earns $21. And when she saw it, she shouted.
        “I loved it,” she said.": a "he" or "she" the article plainly means someone by (one person it can be, in
        the sentences just before) keeps that person in mind for the next sentences, as a name would. Noted
        after the sentence's last word, so that it never outranks a name within the sentence. Not where the
        sentence's speaker is someone we cannot name ("..., the businessman said"): its "he" may be theirs."""
        if found is not None and found.cue.lower() not in _ASKING and self._asked is not None:
            # "What got under her skin, she said, was when a young man asked Clinton why ...": the question is
            # part of what she tells, and the quotation after it goes on in her voice, not in Clinton's answer
            self._asked = None
        if found is not None and found.speaker.actor is None:
            return
        for k, token in enumerate(sc.tokens):
            if token.lower not in _CHAINED or sc.quoted[k] or k == self._subject_at:
                continue
            actor = resolve_pronoun(self.cast, _CHAINED[token.lower], sentence, k, window=PRONOUN_WINDOW)
            if actor is not None:
                self.cast.mention(sentence, actor)

    def resolve(self, word: str, written: str, sentence: int, position: int) -> Speaker | None:
        """The speaker the subject pronoun ``word`` at ``position`` stands for, or None when it is unclear."""
        if self.reading.named_only:
            return None
        if pronoun_kind(word) == GROUP:
            if (
                self.reading.last
                and self.reading.last.speaker.kind in (GROUP, BODY)
                and self.reading.last.speaker.side is not None  # "officials", "the board": too vague to carry a "they"
                and sentence - self.reading.last.sentence <= 1
            ):
                return Speaker(
                    self.reading.last.speaker.name,
                    self.reading.last.speaker.side,
                    self.reading.last.speaker.kind,
                    self.reading.last.speaker.actor,
                    written,
                )
            return None
        gender = word.lower()
        cataphoric = self._cataphoric(gender, sentence, position)
        if cataphoric is not None:
            self.cast.mention(sentence, cataphoric, position)
            return Speaker(cataphoric.name, cataphoric.side, PERSON, cataphoric, written)
        answerer = self._answerer
        if answerer is not None and answerer.gender in (None, gender) and position > 0 and self.reading.quote_first:
            self.cast.mention(sentence, answerer, position)
            return Speaker(answerer.name, answerer.side, PERSON, answerer, written)
        # a speaker is looked for at most two sentences back: further, the article has usually moved on
        # "Dismayed by Bill Clinton's record, he backs Sanders": a name inside the opening clause is its object
        start = 0 if position == self._after_opener else position
        # "Picking Ruiz is a false choice, she said": not Ruiz, unless no one else (nor the last voice) can be
        reported = self.cast.reported.get((sentence, start), frozenset())
        actor = resolve_pronoun(self.cast, gender, sentence, start, window=PRONOUN_WINDOW, barring=reported)
        lost = self._lost.get(gender)
        if (
            actor is not None
            and lost is not None
            and sentence - lost <= PRONOUN_WINDOW
            and not self._mentioned_since(actor, lost)
        ):
            actor = None  # "He said Trump must unite the party. He added...": the "he" we could not name goes on
        said = self.reading.last.sentence if self.reading.last is not None else -1
        last = (
            self.reading.last.speaker.actor
            if self.reading.last is not None and sentence - said <= 3 and not self._unnamed_since(said, sentence)
            else None
        )
        if (
            last is not None
            and self.reading.quote_first
            and last.kind == PERSON
            and not plural_name(last, self.cast)
            and last.gender in (None, gender)
            and (
                # nobody the "he" could be named since: two men named after the speaker ("Ayers doubts Baker can
                # win. “...,” he said.") leave it unclear which, but make the speaker before them no likelier
                actor is None
                and not self._people_since(said, sentence, position, gender)
                # the voice of the sentence just before goes on over a man or woman merely named since
                # ("Cruz is our best debater," he says.): a quotation is rarely about its own speaker
                or (
                    last.person
                    and self.reading.last is not None
                    and sentence - self.reading.last.sentence == 1
                    and self.reading.last.cue.lower() not in ("asked", "asks", "asking")  # the next quote is the answer
                )
            )
        ):
            actor = last  # "“...,” he said." after a quoted person: the same voice goes on
        if (
            actor is not None
            and last is not None
            and actor is not last
            and self.reading.quote_first
            and _SPOKEN_OF[gender] & self._quoted_words
            and self._voice_over_objects(last, said, sentence, position, gender)
        ):
            actor = last  # "“The primary has moved him,” he said.": the "him" is the man named since, not the voice
        actor = actor or self._voice_after_quotation(gender, sentence)
        if actor is None and reported:
            actor = resolve_pronoun(self.cast, gender, sentence, start, window=PRONOUN_WINDOW, barring=frozenset())
        if actor is None:
            return None  # nobody it could be: better no position than one pinned on the wrong person
        if actor.tokens & self._quoted_names:
            return None  # "“Senator Kerr's message won,” he said.": a campaign aide, not Kerr; we cannot tell who
        self._learn_gender(actor, gender, sentence, position)
        self.cast.mention(sentence, actor, position)  # "He added..." next refers to the same person
        return Speaker(actor.name, actor.side, PERSON, actor, written)

    def _voice_over_objects(self, last: Actor, said: int, sentence: int, position: int, gender: str) -> bool:
        """ "Murphy: “...,” he told me. [A sentence forcing Sanders to reverse.] “The primary has moved him,” he
        said.": a quotation that speaks of a "him" is about the man named just before it, not by him, where he
        was named since the last speaker's words only as an object. Whether ``last`` (the last speaker, whose
        attribution was in sentence ``said``) may be the "he" at ``position``, and no one it could be was the
        subject of a sentence since."""
        if last.kind != PERSON or not last.person or last.gender not in (None, gender) or plural_name(last, self.cast):
            return False
        for said_in, pos, actor, weak in reversed(self.cast.recent):
            if said_in <= said:
                return True
            if said_in > sentence or said_in == sentence and pos >= position:
                continue
            if actor is last or actor.kind != PERSON or actor.gender not in (None, gender):
                continue
            if not weak and pos <= _SUBJECT_REACH:
                return False  # "Cruz attacked Trump. “He is a liar,” he said.": Cruz, of whom no "him" is said
        return True

    def _voice_after_quotation(self, gender: str, sentence: int) -> Actor | None:
        """ "Trump said “... . It's so important.” He added, ...": a "he" with nobody named for it in the sentences
        just before, right after a quotation that ran on over them, is the person whose quotation it was."""
        last, newer = self._voice, self.reading.last
        if last is None or self._voiced != sentence - 1 or newer is not None and newer.sentence > last.sentence:
            return None
        actor = last.speaker.actor
        if actor is None or actor.kind != PERSON or actor.unnamed or plural_name(actor, self.cast):
            return None
        if actor.gender not in (None, gender) or self._unnamed_since(last.sentence, sentence):
            return None
        return actor

    def _cataphoric(self, gender: str, sentence: int, position: int) -> Actor | None:
        """Whom a "he" inside an opening clause means: the first person of its gender the clause names before it
        ("When Trump said he would win, Cruz laughed": Trump, though the clause's names are weak mentions), else
        the named subject after the clause ("When he insisted on it, Francis ...": cataphora)."""
        if self._cataphora is None:
            return None
        start, end, subject = self._cataphora
        if not start <= position < end:
            return None
        inside = [
            (pos, actor)
            for said_in, pos, actor, _ in self.cast.recent[-_OPENER_LOOK_BACK:]
            if said_in == sentence and start <= pos < position and actor.kind == PERSON and not actor.unnamed
        ]
        fits = [(pos, actor) for pos, actor in inside if actor.person and actor.gender in (None, gender)]
        if fits:
            return min(fits, key=lambda f: f[0])[1]
        if inside or subject.gender not in (None, gender) or plural_name(subject, self.cast):
            return None  # someone the clause names may be the "he" after all: the ordinary reading
        return subject

    def _learn_gender(self, actor: Actor, gender: str, sentence: int, position: int) -> None:
        """A person of unknown gender whom a "he" or "she" refers to is that from then on, unless someone known
        to be that was named in the last sentences too: then the pronoun may well be theirs ("Clinton ... she
        issued a plan: President Obama later adopted it. She has called ..." must not make Obama a "she")."""
        if actor.gender is not None:
            return
        for said_in, pos, other, _ in reversed(self.cast.recent):
            if said_in < sentence - PRONOUN_WINDOW:
                break
            if said_in == sentence and pos >= position:
                continue  # named after the pronoun: "He had protested Trump" says nothing against him
            if other is not actor and other.kind == PERSON and other.gender == gender and not other.unnamed:
                return
        actor.gender = gender

    def _unnamed_since(self, after: int, sentence: int) -> bool:
        """Whether a person the article does not name was referred to after sentence ``after``: the last
        speaker's voice does not go on over them."""
        for said_in, _, actor, _ in reversed(self.cast.recent):
            if said_in <= after:
                return False
            if actor.unnamed and said_in <= sentence:
                return True
        return False

    def _people_since(self, after: int, sentence: int, position: int, gender: str) -> bool:
        """Whether a named person the pronoun ``gender`` at ``position`` could be was mentioned after sentence
        ``after`` and before it."""
        for said_in, pos, actor, _ in reversed(self.cast.recent):
            if said_in <= after:
                return False
            if said_in > sentence or said_in == sentence and pos >= position:
                continue
            named = actor.kind == PERSON and actor.person and not actor.unnamed
            if named and actor.gender in (None, gender) and not plural_name(actor, self.cast):
                return True
        return False

    def _mentioned_since(self, actor: Actor, sentence: int) -> bool:
        """Whether ``actor`` was mentioned in a sentence after ``sentence``."""
        for said_in, _, other, _ in reversed(self.cast.recent):
            if said_in <= sentence:
                return False
            if other is actor:
                return True
        return False


_CHAINED = {"he": "he", "she": "she"}  # pronouns that carry a person on to the next sentences, by gender
_CONTRACTED = frozenset(("'s", "’s"))  # "he's" (the tokenizer splits only 's): a subject still

_OPENER_LOOK_BACK = 40  # recent mentions searched for the main clause's subject
_TITLES = frozenset(("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "adm", "col", "capt", "lt", "prof", "rev"))
_ASKING = frozenset(("asked", "asks"))
_ASKED_REACH = 4  # tokens from "asked" to the name of the one asked ("asked Adm. Harry B. Harris")
_ASKED_LOOK_BACK = 40  # recent mentions searched for them
_PASSIVE = PASSIVE | {"get", "got"}


_OWNER_GENDERS = {"his": "he", "her": "she"}
_SPOKEN_OF = {"he": frozenset(("him", "his", "himself")), "she": frozenset(("her", "hers", "herself"))}
_SUBJECT_REACH = 3  # tokens before a sentence's subject at most: "In Arizona, Kelli Ward ..."


def _clause_end(sc: Scan, start: int) -> int | None:
    """The comma that ends an opening clause begun before ``start``: not one that only sets off a place
    ("Speaking in Salem, New Hampshire, Trump said": the comma after "Hampshire")."""
    tokens = sc.tokens
    commas = [m for m in range(start, len(tokens)) if tokens[m].text == "," and not sc.quoted[m]]
    for n, c in enumerate(commas):
        segment = tokens[c + 1 : commas[n + 1]] if n + 1 < len(commas) else []
        if not (segment and all(t.is_cap and t.is_word or t.text == "." for t in segment)):
            return c
    return None


def _asked_at(sc: Scan, sentence: int) -> tuple[int, int] | None:
    """Where a sentence puts a question to someone ("X asked Y whether ..."): the token of its "asked", if
    it is neither quoted, nor passive ("Sanders was asked"), nor the first word ("Asked about it, he said")."""
    tokens = sc.tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower in _ASKING and not sc.quoted[k] and tokens[k - 1].lower not in _PASSIVE:
            return sentence, k
    return None


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
    relative = False  # "Asked about Clinton, who has insulted women, Mexicans and others, she": the clause goes on
    for k in range(1, min(len(tokens) - 1, MAX_APPOSITION_CLAUSE)):
        if tokens[k].text == "," and not sc.quoted[k]:
            if tokens[k + 1].lower in ("he", "she"):
                return k + 1
            if tokens[k + 1].lower in ("who", "which"):
                relative = True
            elif not relative:
                return -1
    return -1
