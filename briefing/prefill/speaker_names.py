"""Turning the words of a subject into a speaker: a name ("Wang Yi", "the Bank of Varna"), a side speaking
as a body ("Beijing"), or a nominal ("American diplomats", "the minister", "Trump's campaign").

The finders decide where the subject is; this decides who it is, and records the mention in the cast
so that a later "he" or "the court" can find it.
"""

from __future__ import annotations

import re

from briefing.calendar_words import CALENDAR_NAMES
from briefing.prefill.actors import (
    BODY,
    GROUP,
    PERSON,
    Actor,
    Cast,
    Scan,
    adjective_word,
    envoy_to_body,
    is_people_noun,
    name_word,
    pronoun_kind,
    resolve_pronoun,
    sc_text,
    start_over_ampersand,
)
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.phrase_shapes import contraction, owned_name, party_member, possessive, role_heads
from briefing.prefill.speakers import Speaker
from briefing.prefill.speech_words import DETERMINERS, LEADING_CONJUNCTIONS, MEMBER_DETERMINERS, PREPOSITIONS, STOP_NP
from briefing.prefill.wordlists import grammar_words

_OWNER_PRONOUNS = {"his": "he", "her": "she"}
_MEMBER_POSTMODIFIERS = frozenset(("familiar", "close", "involved", "briefed"))  # "a Democrat familiar with"
_SPEAKING_NOUNS = grammar_words("speaking_nouns")  # "team", "office", "lawsuit": what an owner speaks through
# "familiar with Cruz's thinking", "knowledge of Gates' work": an owner after these is an object, not who speaks
_OWNER_OBJECT = frozenset(("with", "of", "about", "on", "over", "among", "for", "to", "into", "from", "in", "at", "by"))
BODY_LOOK_BACK = 60  # mentions searched back for the body "the court" or "the committee" stands for
_CANDIDATE_BODIES = frozenset(("campaign",))  # a body that speaks for one person, "the campaign" for its candidate
OWNER_LOOK_BACK = 3000  # characters searched back for whose "the poll" or "the campaign" is ("a Quinnipiac poll")
_LINK_WORDS = PREPOSITIONS | DETERMINERS | {"and", "or"}  # capitalised in a headline, never in a name's run
_NAME_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&/\-]*)"  # "U.S.", "Quinnipiac", "CNN/WMUR"
# a public body's lower-case word after the place it governs ("the Varna city council", "the Ohio state
# legislature", "the Varna port authority"): the body speaks, never the place
_BODY_HEADS = frozenset(
    ("council", "authority", "legislature", "board", "commission", "assembly", "parliament", "senate")
    + ("committee", "agency", "department", "ministry", "court", "tribunal", "bureau", "cabinet")
)
MAX_BODY_MODIFIERS = 2  # lower-case words between the place and the body's word: "city", "state school"


def place_body_head(sc: Scan, end: int, limit: int) -> int | None:
    """Where the head noun sits when the capitalised name ending before ``end`` is the place heading a
    lower-case body ("Varna [city council]", "Ohio [state legislature]", "Varna city council [members]"),
    looking no further than ``limit``; else None."""
    tokens = sc.tokens
    for k in range(end, min(end + MAX_BODY_MODIFIERS + 1, limit)):
        token = tokens[k]
        if sc.quoted[k] or not token.is_word or token.is_cap or not token.lower.isalpha():
            return None
        if token.lower in _BODY_HEADS:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is not None and after.is_word and not after.is_cap and is_people_noun(after.lower):
                return k + 1  # "Varna city council members": the members
            return k
        if token.lower in STOP_NP or token.lower in PREPOSITIONS or token.lower in DETERMINERS:
            return None
    return None


class SpeakerNamer:
    """Names the speaker a stretch of tokens stands for, against the article's cast and the lexicon."""

    def __init__(self, lex: Lexicon, cast: Cast) -> None:
        self.lex, self.cast = lex, cast

    def named(self, sc: Scan, start: int, end: int, sentence: int) -> Speaker | None:
        """The speaker a capitalised stretch in ``[start, end)`` names: a person, a body, or a side speaking."""
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
                        party_member(sc, first)
                        and first > 0
                        and tokens[first - 1].lower in MEMBER_DETERMINERS
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
        while first > start and name_word(sc, first - 1):
            first -= 1
        first = start_over_ampersand(sc, start, first, last, self.lex)
        while first < last - 1 and tokens[first].text.rstrip(".") in self.lex.non_names:
            first += 1
        masthead = _capitals_after_side(sc, start, first, last) and not self._modifies_next(sc, last)
        if masthead:
            first -= 1  # "USA TODAY": a name set in capitals, the country's word its first
        if first >= start + 2 and owned_name(sc, first):
            # "People's Daily Online said": a name begun by a common noun's possessive, a body of its own
            phrase = sc_text(sc, first - 2, last)
            sides = [sc.side_of[k] for k in range(start, end) if k in sc.side_of]
            return Speaker(phrase, sides[-1] if sides else None, BODY, written=sc_text(sc, start, end))
        if any(contraction(tokens[k].text) for k in range(first, last)):
            return None  # "Specifically I've heard": a pronoun run into a verb, no name
        if last == end - 1 and party_member(sc, last):
            # "a New Hampshire Republican", "House Democrats": party people, not the place or chamber
            phrase = sc_text(sc, first, end)
            return Speaker(phrase, sc.side_of[last], BODY if sc.lower[last].endswith("s") else PERSON, written=phrase)
        first, last = _whole_body_name(sc, first, last, self.lex)
        actor = self.cast.actor_for_run(sc, first, last, create=last - first >= 2)
        if actor is None and last - first == 1:
            actor = self.cast.create_single(sc, first)
        if actor is None:
            return None
        if masthead:
            actor.kind = BODY  # a paper's or a network's name, never a person's: no "he" means it
        other = self._other_body(sc, first, last, actor)
        if other is not None:
            return Speaker(other[0], other[1], BODY, written=sc_text(sc, start, end))
        if actor.side is None:
            sides = [sc.side_of[k] for k in range(start, end) if k in sc.side_of and not envoy_to_body(sc, k)]
            actor.side = sides[-1] if sides else None
        if actor.kind == PERSON and (last - first >= 2 or len(actor.tokens) >= 2):
            actor.person = True  # a full name that speaks ("Gene Sperling", then "Sperling said"): "he" may be them
        self.cast.mention(sentence, actor, first)
        return Speaker(actor.name, actor.side, actor.kind, actor, sc_text(sc, start, end))

    def _modifies_next(self, sc: Scan, k: int) -> bool:
        """Whether token ``k``, right after a name, is a lower-case noun the name only modifies ("USA TODAY
        contributor Ann Lee", "a USA TODAY analysis"): neither a cue ("reported") nor a link word."""
        tokens = sc.tokens
        if k >= len(tokens) or not tokens[k].is_word or tokens[k].is_cap or sc.quoted[k]:
            return False
        word = sc.lower[k]
        if (
            word in STOP_NP
            or word in PREPOSITIONS
            or word in DETERMINERS
            or word in _SUBJECT_FOLLOWERS
            or word.endswith("ly")
        ):
            return False  # "USA TODAY also reported", "USA TODAY first reported"
        return self.lex.cues.match_keys(sc.lower, k) is None and not word.endswith(("ed", "s"))

    def _other_body(self, sc: Scan, first: int, last: int, actor: Actor) -> tuple[str, str | None] | None:
        """The name and side of the body a one-word run belongs to, where its other words are not those of the
        actor the word alone matched: "the Senate Democratic Caucus" (capitals the scan read as a side before
        it) is not the "Congressional Black Caucus", nor "Democracy for America" the "Democracy Corps". None
        where the run is the actor's or the actor is a person with a given name."""
        tokens = sc.tokens
        if last - first != 1 or len(actor.tokens) < 2 or any(w in self.lex.given_names for w in actor.tokens):
            return None
        lead = first
        while lead > 0 and sc.covered[lead - 1] == "side" and tokens[lead - 1].is_cap and tokens[lead - 1].is_word:
            lead -= 1
        if lead >= 2 and sc.lower[lead - 1] in ("for", "of") and tokens[lead - 2].text in self.lex.org_words:
            lead -= 2  # "the Business Council of British Columbia": the body's name runs on over "of"
            while lead > 0 and name_word(sc, lead - 1):
                lead -= 1
            lead += sc.lower[lead] == "the"  # "The Business Council" opening the sentence
        tail = last
        if (
            last + 1 < len(tokens)
            and sc.lower[last] in ("for", "of")
            and tokens[last + 1].is_cap
            and tokens[last + 1].is_word
            and not sc.quoted[last + 1]
        ):
            tail = last + 2
            while tail < len(tokens) and tokens[tail].is_cap and tokens[tail].is_word and tail - last < 5:
                tail += 1
        extra = [tokens[k].text for k in (*range(lead, first), *range(last + 1, tail))]
        if not extra or any(word in actor.tokens for word in extra):
            return None
        sides = [sc.side_of[k] for k in range(lead, tail) if k in sc.side_of]
        return sc_text(sc, lead, tail), sides[-1] if sides else None

    def _speaking_head_end(self, sc: Scan, start: int, end: int) -> int | None:
        """Where an owner's phrase ends on a noun that can speak ("Trump's campaign released a" -> after
        "campaign"; "Clinton's top advisers"), or None when no such noun comes before a stop word."""
        heads = role_heads(self.lex)
        found = None
        for k in range(start, end):
            word = sc.tokens[k].lower
            if not sc.tokens[k].is_word or word in STOP_NP or word in DETERMINERS:
                break
            if is_people_noun(word) or word in heads or word[:-1] in heads or word in _SPEAKING_NOUNS:
                found = k + 1
        return found

    def nominal(self, sc: Scan, start: int, end: int, sentence: int) -> Speaker | None:
        """The speaker a common-noun phrase in ``[start, end)`` stands for ("officials", "the minister")."""
        tokens = sc.tokens
        written = sc_text(sc, start, end)
        group = self.lex.groups.match_keys(sc.lower, start)
        if group:
            return Speaker(group[1], group[1], GROUP, written=written)
        member = start + 1 if tokens[start].lower in MEMBER_DETERMINERS else start
        if (
            member < end
            and party_member(sc, member)
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
        owner = next((k for k in range(start, end) if possessive(sc, k)), None)
        if owner is not None and owner > start and sc.covered[owner - 1] is None and tokens[owner - 1].is_cap:
            head_end = self._speaking_head_end(sc, owner + 1, end)
            first = start
            while first < owner - 1 and (
                tokens[first].lower in DETERMINERS or tokens[first].lower in LEADING_CONJUNCTIONS
            ):
                first += 1  # "But Alphabet's founders" -> "Alphabet's founders"
            after_object = first > 0 and tokens[first - 1].lower in _OWNER_OBJECT
            if after_object and first >= 2 and sc.lower[first - 2] == "according":
                after_object = False  # "according to Ruiz's lawyer": the cue's own "to"
            if tokens[first].lower in _OWNER_OBJECT or after_object:
                return None  # "a source familiar with Cruz's thinking said": the owner is not who speaks
            if head_end is None:
                modifiers = tokens[owner + 1 : end]  # "Trump's false [claims]": a few words, no preposition
                if len(modifiers) <= 3 and all(
                    t.is_word and t.lower not in STOP_NP and t.lower not in PREPOSITIONS and not pronoun_kind(t.lower)
                    for t in modifiers
                ):
                    return self.named(sc, first, owner, sentence)  # "Trump's false claims": Trump's own
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
            and head[:-1] in role_heads(self.lex)
        )
        if (people or role_word) and tokens[start].lower in _OWNER_PRONOUNS and end - start >= 2:
            # "her campaign", "his advisers": the person's, or nobody's where the pronoun is unclear
            actor = resolve_pronoun(self.cast, _OWNER_PRONOUNS[tokens[start].lower], sentence, start)
            if actor is None:
                return None
            name = f"{actor.name}'s {sc_text(sc, start + 1, end)}"
            return Speaker(name, actor.side, BODY if people else PERSON, written=written, named=True)
        if people:
            first = start + 1 if tokens[start].lower in DETERMINERS else start
            if end - first == 1 and not head.endswith("s") and side is None:
                owned = self._owned_before(sc, start, head) if tokens[start].lower in ("the", "this") else None
                if owned is not None:  # "the poll" after "a Quinnipiac University poll": that one
                    return Speaker(owned[0], owned[1], BODY, written=written, named=True)
                candidate = self._candidate(sentence, start) if head in _CANDIDATE_BODIES else None
                if candidate is not None:  # "Clinton plans to ..., the campaign told USA TODAY": hers
                    return Speaker(f"{candidate.name}'s {head}", candidate.side, BODY, written=written, named=True)
                # "the company said", "a statement said": a position, but no body named to give as its speaker
                return Speaker("", None, BODY, written=written, named=False)
            # "the BLM group", "the Varna Herald newspaper": one body, named by the proper name before its noun
            proper = not head.endswith("s") and any(
                tokens[k].is_cap and tokens[k].text in self.cast.proper for k in range(first, end - 1)
            )
            return Speaker(sc_text(sc, first, end), side, BODY, written=written, named=side is not None or proper)
        place_body = self._place_body(sc, start, end)
        if place_body is not None:
            return Speaker(place_body, side, BODY, written=written, named=True)
        if role_word and sc.covered[end - 1] == "role":
            return Speaker(
                sc_text(sc, start + 1 if tokens[start].lower in DETERMINERS else start, end),
                side,
                PERSON,
                written=written,
                named=False,
            )
        return None

    def _place_body(self, sc: Scan, start: int, end: int) -> str | None:
        """The whole phrase when ``[start, end)`` is a place's name and a lower-case public body ("The Varna
        city council", "the Ohio state legislature"): the body's name, with the place in it; else None."""
        tokens = sc.tokens
        first = start + 1 if tokens[start].lower in DETERMINERS else start
        name_end = first
        while name_end < end and tokens[name_end].is_cap and tokens[name_end].is_word:
            if sc.covered[name_end] not in (None, "side") or tokens[name_end].text in self.lex.given_names:
                return None  # "the Mayor ...", "the Ann Ruiz ...": a person's, not a place's
            name_end += 1
        if name_end == first or place_body_head(sc, name_end, end) != end - 1:
            return None
        return sc_text(sc, first, end)

    def _owned_before(self, sc: Scan, start: int, head: str) -> tuple[str, str | None] | None:
        """Whose "the poll", "the campaign" is: the last mention of ``head`` before it with a name in front
        ("a Quinnipiac University poll", "the Ruiz campaign", "Ruiz's campaign") that the article knows as
        someone (a person or body of its cast) or that is an acronym ("the CNN/WMUR poll"). A place in front
        ("the Nevada campaign") says where, not whose; with none of these, None."""
        at = sc.tokens[start].start
        before = sc.text[max(0, at - OWNER_LOOK_BACK) : at]
        mentions = re.finditer(
            rf"(?<![\w&/\-])((?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD})(['’]s)?[ \t]+(?i:{re.escape(head)})(?!\w)",
            before,
        )
        for mention in reversed(list(mentions)):
            words = mention.group(1).split()
            while words and (words[0].lower() in DETERMINERS or words[0] in self.lex.non_names):
                words = words[1:]  # "The Ruiz campaign" opening a sentence
            if not words or any(word in CALENDAR_NAMES or word.lower() in _LINK_WORDS for word in words):
                continue  # "The poll", "Monday's poll", a headline's "Disputes Characterization Of Network"
            actor = self.cast.lookup(words)
            acronym = all(word.replace("/", "").replace(".", "").isupper() for word in words)
            if actor is None and not acronym:
                continue
            name = " ".join(words) + (mention.group(2) or "") + " " + head
            return name, actor.side if actor is not None else None
        return None

    def _candidate(self, sentence: int, start: int) -> Actor | None:
        """Whose "the campaign" is where the article named none: the person the article is most about, if they
        are the subject (no owner's nor object's mention) of this sentence before it or of the last one. Where
        someone else is, nobody: "Egge said ... the campaign said" is no campaign of his."""
        people = [a for a in self.cast.actors if a.kind == PERSON and not a.unnamed]
        if not people:
            return None
        most = max(people, key=lambda a: a.mentions)
        for said_in, position, actor, weak in reversed(self.cast.recent):
            if said_in < sentence - 1:
                break
            if said_in > sentence or said_in == sentence and position >= start or weak or actor.kind != PERSON:
                continue
            return actor if actor is most and not actor.unnamed else None
        return None

    def _named_body(self, head: str) -> Actor | None:
        """The body last named with ``head`` as its last word ("the court" -> "Supreme Court"), if recent."""
        for _, _, actor, _ in reversed(self.cast.recent[-BODY_LOOK_BACK:]):
            if actor.kind == BODY and actor.name.rsplit(" ", 1)[-1].lower() == head:
                return actor
        return None


def _capitals_after_side(sc: Scan, start: int, first: int, last: int) -> bool:
    """Whether the run ``[first, last)`` and the side's word right before it (at or after ``start``) are all
    written in capitals, one name ("USA TODAY"), not a country before a headline's word."""
    tokens = sc.tokens
    side = first - 1
    if side < start or sc.covered[side] != "side" or not tokens[side].is_word or sc.quoted[side]:
        return False
    words = [tokens[k].text for k in range(side, last)]
    return all(w.isupper() and w.isalpha() and len(w) > 1 for w in words[:2])


_SUBJECT_FOLLOWERS = frozenset(
    ("also", "first", "last", "later", "earlier", "then", "now", "again", "still", "has", "had", "was")
)
_BODY_LINKS = frozenset(("of", "for", "on"))  # "Bank of England", "Center for Responsive Politics", "Council on ..."


MAX_BODY_NAME = 10  # tokens of a body's name joined over "of"/"for"/"on" ("Institute for the Study of War")


def _cap_run(sc: Scan, k: int, step: int) -> int:
    """From token ``k``, how far a run of free capitalised words goes (``step`` 1: right, -1: left); ``k`` if none."""
    tokens = sc.tokens
    while 0 <= k < len(tokens) and name_word(sc, k):
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
        if k >= len(tokens) or not tokens[k].is_cap or sc.covered[k] is not None or tokens[k].text in CALENDAR_NAMES:
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
