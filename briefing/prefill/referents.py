"""Whom an item that opens on "He", "She", "His" or "Her" names in its bracket ("[Wang Yi] urged ...").

A wrong bracket is worse than no item: the reader trusts it and carries the wrong person into the brief.
So the person ``resolve_pronoun`` finds is written only where a reader would find them too, and the item
is left out where the article leaves the choice open:

- a place or a body is never a "he": a name the article only ever uses as a place ("the attack in San
  Bernardino, Calif.") or as a modifier ("the New York billionaire"), or a name made of words the article
  also writes in lower case ("HP Way"), is no person;
- a sentence-initial "He" most often is the sentence before's subject: where that subject is another
  person it could be ("Khoga, a Saudi woman, had worked ... She had been"), the guess is left out;
- two people of that gender as near as each other (one named plainly two sentences back, one named in
  passing in the sentence before) leave it open which, and so does the reading the analysis made of this
  same "he" when it names someone else.
"""

from __future__ import annotations

from briefing.prefill.actors import PERSON, WEAK, Actor, Cast, plural_name, resolve_pronoun
from briefing.prefill.analysis import Analysis
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.text import Token, tokenize
from briefing.prefill.wordlists import grammar_words

WINDOW = 3  # sentences a bracket's "he" looks back, as ``resolve_pronoun`` does by default
CHAINED = 1 << 20  # the token position ``Cast.mention`` gives a pronoun noted after its sentence's last word
OPENING = 3  # tokens before a sentence's subject at most: "In Arizona, Kelli Ward ..."
_MAX_BARRED = 2  # places or bodies passed over before the item is left out
_PLACE_PREPOSITIONS = grammar_words("place_prepositions")
_PRONOUNS = frozenset(("he", "she", "his", "her", "him"))
_DETERMINERS = frozenset(("the", "a", "an", "former", "this", "that", "'s", "’s"))  # "Clinton's New York office"


def referent(analysis: Analysis, gender: str, index: int) -> Actor | None:
    """Whom the "he" or "she" (``gender``) opening sentence ``index`` of the analysed article means, or None.
    One question; a drafter asking many keeps one ``Referents.of(analysis)``, so the mentions are indexed once."""
    return Referents.of(analysis).person(gender, index)


class Referents:
    """Finds the person for a sentence-initial pronoun of one article, or None where a reader could not."""

    @classmethod
    def of(cls, analysis: Analysis) -> Referents:
        spans = [(s.start, s.end) for s in analysis.article.sentences]
        return cls(analysis.cast, analysis.lex, analysis.article.text, spans)

    def __init__(self, cast: Cast, lex: Lexicon, text: str, sentences: list[tuple[int, int]]) -> None:
        self.cast, self.lex, self.text, self.sentences = cast, lex, text, sentences
        self._tokens: dict[int, list[Token]] = {}
        self._person: dict[int, bool] = {}  # id(actor) -> whether the article names them as a person
        # the cast's mentions by sentence and by actor, read once: the cast is complete when items are taken
        self._in: dict[int, list[tuple[int, Actor, bool]]] = {}
        self._named: dict[int, list[tuple[int, int]]] = {}  # id(actor) -> (sentence, token) of each mention
        for said_in, pos, actor, weak in cast.recent:
            self._in.setdefault(said_in, []).append((pos, actor, weak))
            if pos < CHAINED:
                self._named.setdefault(id(actor), []).append((said_in, pos))

    def person(self, gender: str, index: int) -> Actor | None:
        """Whom the "he" or "she" (``gender``) opening sentence ``index`` means, or None."""
        barred: frozenset[int] = frozenset()
        actor = resolve_pronoun(self.cast, gender, index, 0)
        while actor is not None and id(actor) not in barred and len(barred) < _MAX_BARRED:
            if self._may_be_person(actor):
                break
            barred |= {id(actor)}  # "as the fire in Port Alder, Ore., showed, Mr. Voss's manner ...": Voss
            actor = resolve_pronoun(self.cast, gender, index, 0, barring=barred)
        if actor is None or id(actor) in barred or not self._may_be_person(actor):
            return None
        if self._other_subject(actor, gender, index) or self._as_near(actor, gender, index):
            return None
        if self._read_otherwise(actor, index, barred):
            return None
        return actor

    # --- a person at all ---------------------------------------------------------------------------------
    def _may_be_person(self, actor: Actor) -> bool:
        """Whether the name can be a person's: not a body's words, and, unless a given name or a title says it
        is a person's, named once at least not as a place. Read once per actor, over the whole article."""
        known = self._person.get(id(actor))
        if known is None:
            known = self._person[id(actor)] = self._named_as_person(actor)
        return known

    def _named_as_person(self, actor: Actor) -> bool:
        words = actor.name.replace("“", " ").replace("”", " ").split()
        if self._titled(actor):
            return True
        if any(w.rstrip(".") in self.lex.org_words for w in words):
            return False  # "Western Journalism Center"
        if any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
            return False  # "HP Way" (HP's), "NEW YORK": an acronym or a dateline, no person's name
        if len(words) > 1 and any(w.lower() in self.cast.common for w in words[1:]):
            return False  # "HP Way", "EgyptAir Flight MS804": words the article also writes in lower case
        shapes = [self._place_shaped(s, p, actor) for s, p in self._named.get(id(actor), ())]
        named = [shape for shape in shapes if shape is not None]
        return not named or not all(named)

    def _titled(self, actor: Actor) -> bool:
        """Whether the name holds a given name ("Donald J. Trump") or the article gave them a title or role."""
        return actor.role is not None or any(w in self.lex.given_names for w in actor.name.split())

    def _place_shaped(self, sentence: int, position: int, actor: Actor) -> bool | None:
        """Whether the mention at ``position`` reads as a place or a modifier, not a person: "in San
        Bernardino, Calif.", "the New York billionaire". None for a pronoun there (a "He" the analysis
        resolved to them says nothing either way) or a mention outside the article's sentences."""
        tokens = self._tokens_of(sentence)
        if sentence < 0 or position >= len(tokens) or tokens[position].lower in _PRONOUNS:
            return None
        before = tokens[position - 1].lower if position > 0 else ""
        if before in _PLACE_PREPOSITIONS:
            return True
        end = position
        while end < len(tokens) and (tokens[end].text in actor.tokens or tokens[end].text == "."):
            end += 1
        after = tokens[end] if end < len(tokens) else None
        return after is not None and after.is_word and not after.is_cap and before in _DETERMINERS

    # --- the sentence before's subject -------------------------------------------------------------------
    def _other_subject(self, actor: Actor, gender: str, index: int) -> bool:
        """Whether the sentence before opens on another person the pronoun could be: one the article shows is
        a person (a given name, a title, "Khoga, a Saudi woman,"), not a dateline or a heading ("FULL TEXT")."""
        opening = [(p, a) for p, a, weak in self._in.get(index - 1, ()) if p <= OPENING and not weak]
        if not opening:
            return False
        at, subject = min(opening, key=lambda o: o[0])
        if subject is actor or subject.kind != PERSON or plural_name(subject, self.cast):
            return False
        if subject.gender not in (None, gender) or subject.name.isupper():
            return False
        if subject.unnamed:
            return True
        shown = subject.person or self._titled(subject) or self._described(index - 1, at, subject)
        return shown and self._may_be_person(subject)

    def _described(self, sentence: int, position: int, actor: Actor) -> bool:
        """Whether the name at ``position`` is followed by a description: "Khoga, a Saudi woman, had worked"."""
        tokens = self._tokens_of(sentence)
        end = position
        while end < len(tokens) and (tokens[end].text in actor.tokens or tokens[end].text == "."):
            end += 1
        return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in ("a", "an")

    # --- two as near --------------------------------------------------------------------------------------
    def _as_near(self, actor: Actor, gender: str, index: int) -> bool:
        """Whether another person of that gender is as near as ``actor`` and named in a later sentence: the
        resolver's choice of the one further back is then no reading ("The bill was introduced by Karl
        Brandt. ... in Senator Tom Hale's case ... His office": an owner named in the sentence before counts
        as far as a name two sentences back). Within one sentence its subject comes first, and a subject
        opening its sentence outranks an owner or object as near."""
        nearest: dict[int, tuple[int, set[int], bool]] = {}  # id -> (distance, its sentences, opens one of them)
        for said_in in range(max(index - WINDOW, 0), index):
            for pos, other, weak in self._in.get(said_in, ()):
                if other.kind != PERSON or not other.person or plural_name(other, self.cast):
                    continue
                if other is not actor and (other.gender != gender or not self._may_be_person(other)):
                    continue  # a rival is a person known to be that: not "the Mexican president", nor a place
                distance = (index - said_in) * 2 + (WEAK if weak else 0)
                subject = not weak and pos <= OPENING
                known = nearest.get(id(other))
                if known is None or distance < known[0]:
                    nearest[id(other)] = (distance, {said_in}, subject)
                elif distance == known[0]:
                    nearest[id(other)] = (distance, known[1] | {said_in}, known[2] or subject)
        mine = nearest.get(id(actor))
        if mine is None:
            return False
        distance, sentences, subject = mine
        for rival, (d, theirs, strong) in nearest.items():
            if rival == id(actor) or d != distance or max(theirs) <= max(sentences):
                continue  # at one distance the nearer sentence's mention is the likelier: the choice stands
            if subject and not strong:
                continue  # "Mr. Obama ... was loath. Advisers said he rejected a Reagan-style address. He ..."
            return True
        return False

    def _read_otherwise(self, actor: Actor, index: int, passed_over: frozenset[int]) -> bool:
        """Whether the analysis, reading this sentence's opening "he" in order, took it for someone else (not
        for one of the places or bodies ``passed_over`` here)."""
        tokens = self._tokens_of(index)
        return any(
            p <= 1 and p < len(tokens) and tokens[p].lower in _PRONOUNS and a is not actor and id(a) not in passed_over
            for p, a, _ in self._in.get(index, ())
        )

    def _tokens_of(self, sentence: int) -> list[Token]:
        if sentence < 0:
            return []
        if sentence not in self._tokens:
            self._tokens[sentence] = tokenize(self.text, *self.sentences[sentence])
        return self._tokens[sentence]
