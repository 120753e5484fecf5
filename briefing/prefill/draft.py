"""Article -> Brief: the first draft, every item tied to the article sentences it came from.

One pass of analysis (``analysis.py``), then each slot takes the sentences it has the best
claim to, in a fixed order: summary (the lead), positions (attributed sentences), key issues
(the article's own signposts), outlook (forward-looking), context (background). A sentence
is used at most once, a near-repeat of a used sentence not at all, and the text of an item
is always the article's own words (a leading "However," may go).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise

from briefing.article import Article, BlockKind
from briefing.layout import sections_from_slots
from briefing.model import Brief, Item, Source
from briefing.naming import names_in_text
from briefing.prefill.actors import PERSON, pronoun_kind
from briefing.prefill.analysis import TEXT_BLOCKS, Analysis, SentenceFacts, analyse
from briefing.prefill.classify import JUDGED, cue_words, is_forward_looking, strip_connective
from briefing.prefill.compress import lead_span, past_dateline
from briefing.prefill.embeds import embed_author, embed_start, handle_speaker, signature_at
from briefing.prefill.lexicon import PhraseSet
from briefing.prefill.phrases import PhraseCounts, heading_fault, proper_issue_name
from briefing.prefill.readable import dangling_opener, person_pronoun, with_referent
from briefing.prefill.referents import Referents
from briefing.prefill.sections import CLOSING, CONTEXT, INTRO, ISSUE, Heading, recap_repeats, short_label
from briefing.prefill.speakers import QUOTE_CONTINUES, Attribution, Speaker
from briefing.prefill.speech_words import DETERMINERS, FINITE_VERBS, LEADING_CONJUNCTIONS, PREPOSITIONS
from briefing.prefill.summary import LOOKAHEAD, select_summary
from briefing.prefill.text import (
    MARKUP,
    content_words,
    coverage,
    ended,
    is_roster,
    one_line,
    prose_words,
    stem,
    trim_span,
)
from briefing.prefill.word_use import is_shouted
from briefing.quote_marks import balanced
from briefing.repeats import MIN_MOSTLY, meaningful_words, repeats
from briefing.templates import SLOTS, get_template

logger = logging.getLogger(__name__)

MAX_CONTEXT = 6
MAX_OUTLOOK = 5
MAX_ISSUES = 6
MAX_PHRASE_SENTENCES = 2000  # issue names are counted over the first this many sentences: enough, and linear
MAX_ISSUE_CANDIDATES = 200  # the best-scored sentences that may name an issue
# A list item that opens on a name and a full stop or colon: "Chris Christie. The governor ...", "Kasich: ..."
_LEAD_NAME = re.compile(r"([A-Z][\w'’\-]*(?: (?:of |the |and |& )?[A-Z][\w'’\-]*){0,4})[.:] +(?=[A-Z\"“])")
MIN_PROSE_WORDS = 2  # words an item needs: "Big time." may be a point; "Nooooo!" or an embed's placeholder is not
MAX_POSITIONS = 40  # a brief, not a transcript: past this the officer reads the article
POSITIONS_BUDGET = 12  # about a page of positions; past it the most-quoted voices give way (_clearest_per_voice)
KEPT_PER_VOICE = 2  # no voice is cut below this many of its sentences
MIN_VOICE_SENTENCES = 2  # sentences (said or intended) that make a named speaker a voice the brief must name
MAX_QUOTATION_WORDS = 60  # a position whose quotation runs on keeps all of it up to this; longer, its first sentence
MAX_LIST_ITEM_WORDS = 60  # a list item of several sentences longer than this is cut to its first whole ones
JUDGED_KINDS = frozenset(JUDGED)
UNAFFILIATED = "Other voices"
_QUOTE_OPENERS = "\"“‘'"
_QUOTE_CLOSERS = "\"”’'"
_ENDS = " \t\n•·*-–—;:"  # list marks and stray punctuation an item never starts or ends on


@dataclass(frozen=True)
class _IssueWords:
    """What names an issue in one article: its word counts, recurring phrases, title words and people's names.

    Counted once per draft: both the salient issues and the long list items are named from them."""

    frequency: Counter[str]
    phrases: PhraseCounts
    title: frozenset[str]
    people: frozenset[str]
    parties: frozenset[str]  # the sides of the article's speakers: "White House" names one, not an issue

    @classmethod
    def of(cls, a: Analysis) -> _IssueWords:
        return cls(
            Counter(w for f in a.facts for w in f.words),
            PhraseCounts([f.text for f in a.facts[:MAX_PHRASE_SENTENCES]], a.lex),
            content_words(a.article.title),
            frozenset(w for actor in a.cast.actors if actor.kind == PERSON and actor.person for w in actor.tokens),
            frozenset(f.attribution.speaker.side for f in a.facts if f.attribution and f.attribution.speaker.side),
        )


def _name_key(label: str) -> str:
    """An issue name by its stems, so "Steel tariffs" and "steel tariff" are one name."""
    return " ".join(stem(w) for w in label.split())


class _Draft:
    """The slots being filled, and the rule that no sentence is used twice."""

    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.used: set[int] = set()
        self.used_words: list[frozenset[str]] = []
        self.slots: dict[str, list[Item]] = {slot: [] for slot in SLOTS}
        self.reasons: dict[tuple[int, int], str] = {}
        self.starts = [s.start for s in analysis.article.sentences]
        self.order: list[tuple[str, Item]] = []  # every item in the order it was taken
        self._readable: dict[tuple[int, tuple[int, int] | None], str | None] = {}
        self._fragments: dict[int, bool] = {}

    @cached_property
    def _referents(self) -> Referents:
        """Whom an opening "He" names: the article's mentions, indexed once per draft."""
        return Referents.of(self.a)

    @cached_property
    def people(self) -> list[str]:
        """The names of the article's people, for an embed's author handle."""
        return [actor.name for actor in self.a.cast.actors if actor.kind == PERSON]

    @cached_property
    def issue_words(self) -> _IssueWords:
        return _IssueWords.of(self.a)

    def usable(self, index: int, lead_in: bool = False) -> bool:
        """Whether sentence ``index`` may still become an item; a lead-in ending on a colon only where ``lead_in``
        (the item then takes what it introduces too)."""
        fact = self.a.facts[index]
        ends_on_colon = fact.text.rstrip().endswith(":")
        if index in self.used or fact.self_talk or fact.kind not in TEXT_BLOCKS or ends_on_colon and not lead_in:
            return False  # a lead-in ("Key points of the agreement:") says nothing on its own
        if self._fragment(index):
            return False  # an embed's placeholder, a bare web address, a one-word fragment, a list of names
        return not any(coverage(fact.words, seen) >= 0.8 for seen in self.used_words)

    def _fragment(self, index: int) -> bool:
        """Whether sentence ``index`` has too few words of prose or only names: read once per draft, as every
        section asks ``usable`` of the same sentences."""
        found = self._fragments.get(index)
        if found is None:
            text = self.a.facts[index].text
            found = self._fragments[index] = prose_words(text) < MIN_PROSE_WORDS or is_roster(text)
        return found

    def readable(self, index: int, span: tuple[int, int] | None = None) -> bool:
        """Whether the sentence (or ``span``, a cut of it) can stand alone as a bullet: its opener resolved,
        and no piece of someone's words without their name."""
        return self._standalone(index, span) is not None and not self.whose_words_unknown(index, span)

    def opener_resolved(self, index: int, span: tuple[int, int] | None = None) -> bool:
        """Whether the sentence (or ``span``) opens on nothing that points back, or on what the brief can name."""
        return self._standalone(index, span) is not None

    def whose_words_unknown(self, index: int, span: tuple[int, int] | None = None) -> bool:
        """Whether the sentence is a piece of a longer quotation ("Japan has a problem with that.") or nothing
        but a quotation whose speaker the brief cannot name ("“It could even be called arrogant.”")."""
        fact = self.a.facts[index]
        start, end = self._span(index, span)
        body = self.a.article.text[start:end]
        only_quotation = body[:1] in _QUOTE_OPENERS and body.rstrip()[-1:] in _QUOTE_CLOSERS
        return fact.quote_piece or (only_quotation and not (fact.attribution and fact.attribution.says_whose))

    def points_back(self, index: int, span: tuple[int, int] | None = None) -> bool:
        """Whether the sentence (or ``span``) opens on words that point back: "He urged", "It was", "The move"."""
        start, end = self._span(index, span)
        return dangling_opener(self.a.article.text[start:end]) is not None

    def _span(self, index: int, span: tuple[int, int] | None) -> tuple[int, int]:
        """The item's stretch of the article: the sentence, or the cut ``span`` of it, past a leading "However,"."""
        article = self.a.article
        sentence = article.sentences[index]
        start, end = span or (sentence.start, sentence.end)
        start, end = trim_span(article.text, start, end, strip=_ENDS if span is None else _ENDS + ",")
        if span is None:
            start = past_dateline(article.text, start, end)  # "PORTSMOUTH, N.H. — He may be...": "He may be..."
        if "(@" in article.text[start:end] and (signed := signature_at(article.text, start, end)) is not None:
            end = trim_span(article.text, start, signed)[1]  # "... — Ana Ruiz (@anaruiz) May 2, 2016": who and when
        return strip_connective(article.text, start, end, self.a.lex)

    def _recased(self, index: int, trimmed: int) -> bool:
        """Whether the item starts inside its sentence (after "However, " or a cut), so takes a capital."""
        sentence = self.a.article.sentences[index]
        return trimmed != trim_span(self.a.article.text, sentence.start, sentence.end, strip=_ENDS)[0]

    def _standalone(self, index: int, span: tuple[int, int] | None = None) -> str | None:
        """The sentence as a bullet that reads on its own: "[Wang Yi] urged..." for "He urged...", or None."""
        key = (index, span)
        if key in self._readable:
            return self._readable[key]
        article = self.a.article
        trimmed, end = self._span(index, span)
        body = article.text[trimmed:end]
        if self._recased(index, trimmed) and body[:1].islower():
            body = body[:1].upper() + body[1:]  # after a dropped "However, "
        opener = dangling_opener(body)
        result: str | None = body
        heading = self.a.outline.heading_of[index]
        if opener is not None and opener[0] > 0 and heading is not None and heading.kind == ISSUE and heading.label:
            result = body[: opener[0]] + f"[{heading.label}]" + body[opener[1] :]  # "on [Taiwan]", from its heading
        elif opener is not None:
            gender = person_pronoun(body, opener)
            actor = self._referents.person(gender, index) if gender else None
            speaker = self.a.facts[index].attribution
            inside_quote = any(mark in body[: opener[0]] for mark in _QUOTE_OPENERS)
            if actor is not None and inside_quote and speaker and speaker.speaker.name == actor.name:
                actor = None  # '"He opposed every amendment," said Cruz': in Cruz's words "he" is someone else
            result = with_referent(body, opener, actor.name) if actor is not None else None
        else:
            result = self._office_named(index, trimmed, body)
        self._readable[key] = result
        return result

    def _office_named(self, index: int, start: int, body: str) -> str:
        """``body`` (the article's text from ``start``) with the person an opening "The Vermont senator" means named
        after it ("The Vermont senator [Bernie Sanders] won ..."), where the article says who holds that office (see
        ``Cast.role_mentions``) and the item does not name them itself."""
        for office_start, office_end, actor, _ in self.a.cast.role_mentions.get(index, ()):
            if office_start < start:
                continue  # in a part of the sentence the item leaves out
            lead = body[: office_start - start].strip().lower()
            if lead and lead not in LEADING_CONJUNCTIONS:
                continue  # not where the item opens ("But the senator" is)
            if names_in_text(actor.name, body):
                return body  # "The senator, Sanders said, ...": the item names them
            at = office_end - start
            if not _noun_phrase_ends(body[at:]):
                return body  # "The billionaire businessman", "The speaker's remarks": the name has no place there
            return f"{body[:at]} [{actor.name}]{body[at:]}"
        return body

    def take(
        self,
        slot: str,
        index: int,
        why: str,
        *,
        label: str | None = None,
        speaker: str | None = None,
        standalone: bool = True,
        span: tuple[int, int] | None = None,
    ) -> Item | None:
        """Put sentence ``index`` (or ``span``, a cut of it) in ``slot``; None if it cannot stand alone."""
        article = self.a.article
        trimmed, end = self._span(index, span)
        if standalone and not self.readable(index, span):
            return None  # "It was...", "The move...": nothing in the brief says what it is
        self.used.add(index)
        if end <= trimmed:  # a "sentence" of bullets or dashes only: nothing to quote
            return None
        if speaker is None:  # a sentence of an embedded post is its author's ('<tweet author="@BernieSanders">')
            speaker = self.embed_author(index)
        else:  # ".@BernieSanders promises ...": the handle's owner as the cast names them, as speaker and party
            named = handle_speaker(speaker, article.text[trimmed:end], self.people)
            label, speaker = (named if label == speaker else label), named
        item = _item(article.text, trimmed, end, label, speaker, capitalise=self._recased(index, trimmed))
        if standalone:
            item.text = self._standalone(index, span) or item.text
        self.used_words.append(self.a.facts[index].words)
        self.add(slot, item, why)
        return item

    @cached_property
    def _embed_openings(self) -> dict[int, int]:
        """For each sentence in a post set in the article, where the post's tag opens: looked up once per sentence,
        as the Summary, Positions and Key issues all ask."""
        text = self.a.article.text
        found = ((index, embed_start(text, at)) for index, at in enumerate(self.starts))
        return {index: opens for index, opens in found if opens is not None}

    def embedded(self, index: int) -> bool:
        """Whether sentence ``index`` is in a post set in the article ('<tweet author="@anabrod">'): its author's
        words, not the article's."""
        return index in self._embed_openings

    def embed_author(self, index: int) -> str | None:
        """Who posted the embed sentence ``index`` sits inside: the author its tag or signature names, else the
        named speaker of the lead-in that introduces it ("Lee tweeted on Monday:"); None outside an embed."""
        text, at = self.a.article.text, self.starts[index]
        opens = self._embed_openings.get(index)
        if opens is None:
            return None
        author = embed_author(text, at, self.people)
        if author is not None:
            return author
        before = bisect.bisect_right(self.starts, opens) - 1
        if before >= 0 and self.a.article.sentences[before].end > opens:
            before -= 1  # the sentence holding the tag itself
        lead = self.a.facts[before] if before >= 0 else None
        if lead is None or not lead.text.rstrip().endswith(":") or self.embedded(before):
            return None
        return named_speaker(lead.attribution) if lead.attribution and lead.attribution.speaker.named else None

    def add(self, slot: str, item: Item, why: str) -> None:
        # the article's line ends inside a sentence are not the item's; nor is a quotation it cuts into left open
        item.text = balanced(one_line(item.text))
        self.slots[slot].append(item)
        self.reasons[item.sources[0]] = why
        self.order.append((slot, item))

    def drop_repeats(self) -> None:
        """Leave out any item that says the same as one taken before it (``briefing.repeats``).

        The article may say its point twice, or list an issue in words it also quotes; each
        slot's rule keeps a sentence from being used twice, this keeps the brief from saying
        one thing twice across sections. The item taken first (summary, then positions, key
        issues, outlook, context) stays, unless the later one is in the same section and says
        more: then the fuller one takes the earlier one's place ("That's according to exit
        polls." gives way to "According to exit polls, most voters feel betrayed.").
        """
        kept: list[tuple[frozenset[str], str, Item]] = []
        for slot, item in self.order:
            words = meaningful_words(item.text)
            k = next((k for k, (other, _, _) in enumerate(kept) if repeats(words, other)), None)
            if k is None:
                kept.append((words, slot, item))
                continue
            other, other_slot, earlier = kept[k]
            if other_slot == slot and len(words) > len(other) >= MIN_MOSTLY:  # a short one may be a quip
                self.slots[slot] = [item if i is earlier else i for i in self.slots[slot] if i is not item]
                del self.reasons[earlier.sources[0]]
                kept[k] = (words, slot, item)
            else:
                self.slots[slot] = [i for i in self.slots[slot] if i is not item]
                del self.reasons[item.sources[0]]


# What may follow an office where its noun phrase ends: a verb's helpers and adverbs, a preposition or a relative.
_AFTER_A_NOUN_PHRASE = (
    FINITE_VERBS
    | PREPOSITIONS
    | {"also", "often", "still", "already", "then", "now", "again", "never", "just", "even", "too", "once"}
    | {"who", "whose", "that", "and"}
)
_NEXT_WORD = re.compile(r"\s*([\w-]+)(['’])?")


def _noun_phrase_ends(rest: str) -> bool:
    """Whether the noun phrase ends where ``rest`` begins: a mark, or a verb's helper, an adverb, a preposition or a
    verb ending in -s or -ed next ("The senator is", "The governor has", "The senator, ...", "The candidate claims");
    not a noun that goes on ("The billionaire businessman") or a possessive ("The speaker's")."""
    if rest[:1] in ",;:—–)":
        return True
    match = _NEXT_WORD.match(rest)
    if match is None or match.group(2) or not match.group(1).islower():
        return False
    word = match.group(1)
    return (
        word in _AFTER_A_NOUN_PHRASE or word.endswith(("ed", "ly")) or (word.endswith("s") and not word.endswith("ss"))
    )


def _item(text: str, start: int, end: int, label: str | None, speaker: str | None, capitalise: bool = False) -> Item:
    body = MARKUP.sub("", text[start:end])  # "Lee tweeted: <tweet ...>The quay ...": the post's tag is no word
    if capitalise and body[:1].islower():
        body = body[:1].upper() + body[1:]  # after a dropped "However, "
    return Item(text=body, label=label, speaker=speaker, sources=[(start, end)], origin="prefill", reviewed=False)


def prefill(article: Article, template_id: str | None = None) -> Brief:
    """The first draft of a brief for ``article`` laid out in the template ``template_id``."""
    return prefill_explained(article, template_id)[0]


def prefill_explained(article: Article, template_id: str | None = None) -> tuple[Brief, dict[tuple[int, int], str]]:
    """The first draft and, for every item, one sentence on why it is there.

    Reasons are keyed by the item's source span (``item.sources[0]``), which no two items share.
    """
    template = get_template(template_id)
    analysis = analyse(article)
    draft = _Draft(analysis)
    _excluded_recaps(draft)
    _summary(draft)
    deferred = _positions(draft)
    signposted = _key_issues(draft)
    _positions_back(draft, _outlook(draft, deferred))
    _context(draft)
    if not signposted:
        _salient_issues(draft)
    draft.drop_repeats()
    logger.info("pre-fill: %s", {slot: len(items) for slot, items in draft.slots.items()})
    source = Source(
        title=article.title,
        outlet=article.outlet,
        author=article.author,
        date=article.date,
        path=article.path,
        text=article.text,
    )
    title = article.title or (draft.slots["summary"][0].text if draft.slots["summary"] else "Briefing note")
    brief = Brief(title=title, source=source, template=template.id, sections=sections_from_slots(draft.slots, template))
    return brief, draft.reasons


def _excluded_recaps(draft: _Draft) -> None:
    """Closing-recap sentences that only repeat earlier ones are marked used, so none is copied."""
    earlier: set[str] = set()
    for fact in draft.a.facts:
        if draft.a.outline.closing(fact.index) and recap_repeats(fact.words, earlier):
            draft.used.add(fact.index)
        earlier |= fact.words


def _summary(draft: _Draft) -> None:
    facts = draft.a.facts
    text = draft.a.article.text
    sentences = draft.a.article.sentences
    candidates = [
        f.index
        for f in facts
        if f.kind == BlockKind.PARAGRAPH
        and draft.usable(f.index)
        and not draft.a.outline.closing(f.index)
        and not draft.embedded(f.index)  # a post set in the article is its author's words, not the bottom line
    ]
    pieces: list[tuple[int, tuple[int, int]]] = []  # the lead's sentences proper that can stand alone
    joins: set[int] = set()  # pieces that point back to the sentence before: "It", "He", "The move"
    rank = 0
    while rank < len(candidates) and len(pieces) < LOOKAHEAD:
        index = candidates[rank]
        sentence = sentences[index]
        span = lead_span(text, sentence.start, sentence.end)
        after = (  # right after the piece before, in the same paragraph
            bool(pieces)
            and pieces[-1][0] == index - 1
            and sentences[index - 1].block == sentence.block
            and not text[pieces[-1][1][1] : span[0]].strip()
        )
        if after and draft.points_back(index, span):
            joins.add(len(pieces))  # "He urged ..." reads best after the sentence that says who, in its words
            pieces.append((index, span))
        elif draft.opener_resolved(index, span):
            pieces.append((index, span))
        rank += 1
    # a piece of someone's words is no summary line, but it is part of the lead and of what the article is about
    quoted = frozenset(n for n, (index, span) in enumerate(pieces) if draft.whose_words_unknown(index, span))
    # what the article keeps coming back to: the words of all its other sentences, whether or not one could
    # stand alone as a bullet ("He later admitted the fraud" still says the article is about the fraud)
    in_pieces = {index for index, _ in pieces}
    spread = [facts[index].words for index in candidates if index not in in_pieces]
    for index, span in select_summary(pieces, text, spread, joins=frozenset(joins), unquotable=quoted):
        sentence = sentences[index]
        joined = range(index + 1, bisect.bisect_left(draft.starts, span[1]))
        # "Lee wants a new port. She has urged...": a line joined to the sentence it points back to names the
        # speaker of either
        attribution = next((_owner(facts[i]) for i in (index, *joined) if _owner(facts[i])), None)
        last = sentences[joined[-1]] if joined else sentence
        cut = (span[0], span[1]) != (sentence.start, last.end)
        why = (
            f"Summary: sentence {index + 1}, in the article's lead; its words recur "
            "across the article, and it repeats no other summary line."
        )
        if joined:
            why += f" Sentence {joined[-1] + 1} goes with it: it opens on words that point back to it."
        if cut:
            why += " Only the sentence proper is kept: a dateline, lead-in or trailing aside is left out."
        # a summary line names who said it only where that is someone ("Wang Yi", "the ministry"), not a vague voice
        speaker = _line_speaker(draft.a, attribution)
        if speaker and cut and not _keeps_speaker(text[span[0] : span[1]], attribution):
            speaker = None  # "(Reuters) - ...", ", featuring Hispanics telling...": the attribution was cut off
        item = draft.take("summary", index, why, speaker=speaker, span=span)
        if item is not None:
            draft.used.update(joined)
            draft.used_words.extend(facts[i].words for i in joined)
            if span[1] < last.end:
                item.text = ended(item.text)


def _owner(fact: SentenceFacts) -> Attribution | None:
    """Whose line a sentence is: the speaker of its reporting cue, else whoever it says intends or is convinced of
    something ("Lee plans to veto the toll"): a Summary, Key issues, Outlook or Context line names them as it names
    a speaker."""
    return fact.attribution or fact.intention


def _keeps_speaker(kept: str, attribution: Attribution | None) -> bool:
    """Whether the words that name a sentence's speaker ("Hillary Clinton", "he") are in ``kept``, the part of
    it an item keeps: a line cut before ", saying..." is still Clinton's; one cut past "(Reuters) -" is not
    Reuters'."""
    written = attribution.speaker.written if attribution is not None else ""
    return bool(written) and re.search(rf"(?<!\w){re.escape(written)}(?!\w)", kept) is not None


def _line_speaker(a: Analysis, attribution: Attribution | None) -> str | None:
    """The speaker a line outside Positions names: ``named_speaker``, but nobody where the speaker only owns
    words the line's subject acted on ("The council passed a motion condemning Reyes's call for a toll",
    "Traders prefer Reyes's call"): the line reports what the council did, not what Reyes said."""
    speaker = named_speaker(attribution)
    if speaker and attribution and _owner_acted_on(a.facts[attribution.sentence].text, attribution):
        return None
    return speaker


def _owner_acted_on(sentence: str, attribution: Attribution) -> bool:
    """Whether the speaker is the owner of a noun cue ("Reyes's call", "Reyes's latest claims") that stands
    right after a verb, as its object, not as the sentence's subject."""
    written, cue = attribution.speaker.written, attribution.cue
    if not written or not cue or cue.endswith("ing"):
        return False  # "Lee's speech denouncing the toll": her speech says so, whoever the line is about
    owned = re.search(rf"(?<![\w'’]){re.escape(written)}['’]s?\s+(?:[\w\-]+\s+){{0,2}}{re.escape(cue)}(?!\w)", sentence)
    if owned is None:
        return False
    before = re.search(r"([A-Za-z\-]+)\s+$", sentence[: owned.start()])
    if before is None:  # the sentence opens on the owner, or a comma or dash stands before it
        return False
    word = before.group(1)
    return word.islower() and not (word in PREPOSITIONS or word in DETERMINERS or word in LEADING_CONJUNCTIONS)


def named_speaker(attribution: Attribution | None) -> str | None:
    """Who a sentence is attributed to, where that is someone ("Wang Yi", "the ministry", "a Chinese official"),
    not a vague voice ("officials", "a spokesman"): the speaker an item outside Positions names."""
    if attribution is None or not attribution.speaker.name:
        return None
    speaker = attribution.speaker
    return speaker.name if speaker.named or speaker.side is not None else None


def explain_attribution(fact: SentenceFacts) -> str:
    """Who speaks and why the pre-fill thinks so, in one sentence."""
    attribution = fact.attribution
    assert attribution is not None
    speaker = attribution.speaker
    if not speaker.name:
        return (
            f"Position: “{speaker.written}” speaks (cue “{attribution.cue}”), but the article "
            "names no body or person for it, so the speaker is left for you to fill in."
        )
    role = f", {speaker.actor.role}" if speaker.actor is not None and speaker.actor.role else ""
    pointer = "" if speaker.written in ("", speaker.name) else f"\u201c{speaker.written}\u201d is "
    party = f"; party: {_label_for(fact)}" if speaker.side else "; no party is named for this speaker"
    return f"Position: {pointer}{speaker.name}{role}, cue \u201c{attribution.cue}\u201d{party}."


def _label_for(fact: SentenceFacts) -> str:
    speaker = fact.attribution.speaker  # type: ignore[union-attr]
    return speaker.side or (_party_name(speaker.name) if speaker.named else UNAFFILIATED)


# "spokeswoman for YouTube", "a former top aide to President George W. Bush": a role for a named body or person.
_ROLE_FOR = re.compile(r"^[a-z][\w\-’' ]*? (?:for|to|at|with) (?:the )?(?P<party>[A-Z][\w.&’'\- ]*)$")
# "recent CNN/ORC poll": "CNN/ORC poll"; never past a preposition ("leaders in North Carolina" are not the state)
_LEADING_LOWER = re.compile(r"^(?:(?!(?:of|in|from|for|to|at|with|by|on) )[a-z][\w\-]* )+(?=[A-Z])")


def _party_name(name: str) -> str:
    """The party a Positions item goes under: the speaker's name, or for a role described in lower case, the body
    or person it serves ("spokeswoman for YouTube" goes under YouTube), or the name without its lower-case
    epithets ("recent CNN/ORC poll": "CNN/ORC poll"). A heading in Word reads as a name, not a description."""
    if not name[:1].islower():
        return name
    served = _ROLE_FOR.match(name)
    if served:
        return served.group("party").strip()
    bare = _LEADING_LOWER.sub("", name)
    return name if bare == name or bare.endswith(".") or " " in bare and _has_lower_word(bare) else bare


def _has_lower_word(name: str) -> bool:
    """ "poll of Indiana voters" still describes; "CNN/ORC poll" names (its last word may be lower case)."""
    return any(word[:1].islower() for word in name.split()[:-1])


def _positions(draft: _Draft) -> list[SentenceFacts]:
    """Attributed sentences, grouped by party; forward-looking ones of a party already heard go to the outlook, where
    it can hold them: one it cannot (a "probably" about now, a line that does not stand alone) stays a position."""
    introduced = {lead: _introduced_quotation(draft, lead) for lead in _quotation_lead_ins(draft)}
    inside = {k for quotation in introduced.values() for k in quotation}
    attributed = [
        f
        for f in draft.a.facts
        if f.attribution is not None and f.index not in inside and (f.index in introduced or draft.usable(f.index))
    ]
    attributed = sorted(attributed + _signed_posts(draft, inside, attributed), key=lambda f: f.index)
    present = [f for f in attributed if not f.firm]
    parties = Counter(_label_for(f) for f in present)
    deferred: list[SentenceFacts] = []
    chosen: list[SentenceFacts] = []
    for fact in attributed:
        if fact.firm and fact.index not in introduced and parties[_label_for(fact)] > 0 and _next_step(draft, fact):
            deferred.append(fact)
        else:
            chosen.append(fact)
            parties[_label_for(fact)] += 1
    chosen = _clearest_per_voice(chosen)
    chosen += _unheard_intentions(draft, chosen, inside)
    order: dict[str, int] = {}
    groups = draft.a.lex.group_labels
    for fact in chosen:
        label = _label_for(fact)  # named parties first, then "Both sides", then voices without a party
        order.setdefault(label, len(order) + (1000 if label in groups else 2000 if label == UNAFFILIATED else 0))
    if len(chosen) > MAX_POSITIONS:  # every voice heard once before anyone is heard twice
        first: dict[str, int] = {}
        for fact in chosen:
            first.setdefault(fact.attribution.speaker.name if fact.attribution else "", fact.index)
        keep = set(sorted(first.values())[:MAX_POSITIONS])
        rest = [f for f in chosen if f.index not in keep]
        keep |= {f.index for f in rest[: MAX_POSITIONS - len(keep)]}
        chosen = [f for f in chosen if f.index in keep]
    for fact in sorted(chosen, key=lambda f: (order[_label_for(f)], f.index)):
        if draft.usable(fact.index, lead_in=fact.index in introduced) and fact.attribution is not None:
            _take_position(draft, fact, introduced.get(fact.index))
    return deferred


def _take_position(draft: _Draft, fact: SentenceFacts, introduced: list[int] | None = None) -> Item | None:
    """Put an attributed sentence in Positions under its party, with the rest of the quotation it opens (or the
    quotation it introduces, ``introduced``)."""
    attribution = fact.attribution
    if attribution is None:
        return None  # nobody's words: no position
    run_on = introduced or _rest_of_quotation(draft, fact.index)
    sentences = draft.a.article.sentences
    span = (sentences[fact.index].start, sentences[run_on[-1]].end) if run_on else None
    why = explain_attribution(fact)
    if fact.intention is not None and attribution is fact.intention:
        why += " An intention, not words said: the voice has no other line in the brief."
    if run_on:
        why += f" The quotation runs on to sentence {run_on[-1] + 1}: the item keeps all of it."
    item = draft.take(
        "positions",
        fact.index,
        why,
        label=_label_for(fact),
        speaker=attribution.speaker.name or None,
        standalone=False,
        span=span,
    )
    if item is not None:
        draft.used.update(run_on)
    return item


def _positions_back(draft: _Draft, refused: list[SentenceFacts]) -> None:
    """Forward-looking positions the Outlook had no room for stay positions, beside their party's others, where
    the Positions budget has room or the voice has fewer than ``KEPT_PER_VOICE`` lines (never past
    ``MAX_POSITIONS``): a statement sent to the Outlook does not leave the brief only because the Outlook was full."""
    positions = draft.slots["positions"]
    for fact in refused:
        attribution = fact.attribution
        if attribution is None or not draft.usable(fact.index):
            continue
        heard = sum(item.speaker == (attribution.speaker.name or None) for item in positions)
        if len(positions) >= MAX_POSITIONS or len(positions) >= POSITIONS_BUDGET and heard >= KEPT_PER_VOICE:
            continue
        item = _take_position(draft, fact)
        if item is None:
            continue
        positions.remove(item)
        positions.insert(_place_in_party(positions, item), item)
        draft.reasons[item.sources[0]] += " The Outlook was full: it stays a position."


def _place_in_party(positions: list[Item], item: Item) -> int:
    """Where ``item`` goes among ``positions``: in its party's group, before the first of them the article has
    after it, else after the group's last; a party not yet in Positions goes at the end."""
    party = [n for n, other in enumerate(positions) if other.label == item.label]
    later = next((n for n in party if positions[n].sources[0][0] > item.sources[0][0]), None)
    if later is not None:
        return later
    return party[-1] + 1 if party else len(positions)


MIN_POST_WORDS = 6  # words of a post's sentence that can stand as a position
POSTED = "posted"  # the cue of a post's sentences: its author set them in the article


def _signed_posts(draft: _Draft, inside: set[int], attributed: list[SentenceFacts]) -> list[SentenceFacts]:
    """For each person of the article whose posts it sets ('<tweet author="@annalind">Boats may moor at the quay
    from Friday.') and who has no other line in the brief, their first post, as their position: a post is no
    Summary line, but a person heard only through their posts is still a voice. Only as a last resort, as for an
    intention: a post's wording is looser than a quotation, and a feed of them would crowd out what was said. A
    post nobody signs stays out (no guessed voice), as do a passer-by's ('@kokopatti') and a fragment ("#RINO")."""
    heard = {f.attribution.speaker.name for f in attributed if f.attribution}

    def posts() -> Iterator[tuple[SentenceFacts, str, Attribution]]:
        for fact in draft.a.facts:
            if not draft.embedded(fact.index) or prose_words(fact.text) < MIN_POST_WORDS:
                continue
            author = draft.embed_author(fact.index)
            if author is not None and author in draft.people:
                speaker = Speaker(author, None, PERSON, written=author)
                yield fact, author, Attribution(fact.index, speaker, POSTED)

    return _first_of_each_unheard(draft, inside, heard, posts())


def _unheard_intentions(draft: _Draft, chosen: list[SentenceFacts], inside: set[int]) -> list[SentenceFacts]:
    """For each named voice the article gives ``MIN_VOICE_SENTENCES`` or more sentences (said or intended) and the
    brief so far no line, its first intention ("Sanders wants a vast expansion of the federal government"), as a
    position. Only as a last resort: where the voice is heard in its own words, its plans would crowd them out of
    the budget; but a main actor whose wishes and plans are all the article reports is a voice the officer must
    still see. A voice the article gives one sentence is a mention, not a voice."""
    heard = {f.attribution.speaker.name for f in chosen if f.attribution}
    heard |= {item.speaker for item in draft.slots["summary"] if item.speaker}
    sentences: Counter[str] = Counter(
        owner.speaker.name for f in draft.a.facts if (owner := _owner(f)) is not None and owner.speaker.named
    )
    intentions = (
        (fact, intention.speaker.name, intention)
        for fact in draft.a.facts
        if (intention := fact.intention) is not None and sentences[intention.speaker.name] >= MIN_VOICE_SENTENCES
    )
    return _first_of_each_unheard(draft, inside, heard, intentions)


def _first_of_each_unheard(
    draft: _Draft, inside: set[int], heard: set[str], lines: Iterable[tuple[SentenceFacts, str, Attribution]]
) -> list[SentenceFacts]:
    """The last-resort rule of ``_signed_posts`` and ``_unheard_intentions``: of ``lines`` (a sentence, the voice it
    would give a line, and that line's attribution), each voice not in ``heard`` gets its first sentence that no
    attribution claims, no introduced quotation holds (``inside``) and that stands alone; ``heard`` grows with them."""
    added: list[SentenceFacts] = []
    for fact, name, attribution in lines:
        if fact.attribution is not None or fact.index in inside or name in heard or not draft.usable(fact.index):
            continue
        heard.add(name)
        added.append(replace(fact, attribution=attribution))
    return added


def _clearest_per_voice(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    """Past ``POSITIONS_BUDGET`` sentences, the most-quoted voice gives up one at a time until the budget is met or
    no voice has more than ``KEPT_PER_VOICE``: each time its least sure (a "he added", a quotation going on from
    the sentence before: whose words they are is surest where the sentence names them), latest sentence. Every
    voice stays heard, and a brief that quotes one person fifteen times is a transcript; the officer has the
    article beside it for the rest."""
    by_voice: dict[str, list[SentenceFacts]] = {}
    for fact in facts:
        by_voice.setdefault(fact.attribution.speaker.name if fact.attribution else "", []).append(fact)
    dropped: set[int] = set()
    while len(facts) - len(dropped) > POSITIONS_BUDGET:
        said = max(by_voice.values(), key=len)
        if len(said) <= KEPT_PER_VOICE:
            break
        least = max(said, key=lambda f: (not _names_its_speaker(f), f.index))
        said.remove(least)
        dropped.add(least.index)
    return [f for f in facts if f.index not in dropped]


def _names_its_speaker(fact: SentenceFacts) -> bool:
    """Whether the sentence itself says who speaks: a name or a noun ("Lee", "the ministry"), not "he" or a
    quotation going on from the sentence before."""
    attribution = fact.attribution
    if attribution is None or attribution.cue == QUOTE_CONTINUES:
        return False
    return pronoun_kind(attribution.speaker.written.strip()) is None


def _quotation_lead_ins(draft: _Draft) -> list[int]:
    """Attributed sentences that end on a colon and introduce the quotation that opens the next sentence
    ("Tom Lee, a retired welder, said of the field:" / "“There is only one. ...”"): alone, a lead-in says
    nothing and the quotation says not whose it is; together they are the speaker's position."""
    facts = draft.a.facts
    return [
        f.index
        for f, quotation in pairwise(facts)
        if f.attribution is not None
        and f.attribution.cue != QUOTE_CONTINUES
        and f.text.rstrip().endswith(":")
        and draft.usable(f.index, lead_in=True)
        and (quotation.text[:1] in _QUOTE_OPENERS or draft.embedded(quotation.index))  # "Lee tweeted:" + the post
        and quotation.kind in TEXT_BLOCKS
        and quotation.index not in draft.used
        and (quotation.attribution is None or quotation.attribution.cue == QUOTE_CONTINUES)
    ]


def _introduced_quotation(draft: _Draft, lead: int) -> list[int]:
    """The sentences of the quotation a lead-in introduces that its item keeps: all of it up to
    MAX_QUOTATION_WORDS, else its first sentence."""
    return [lead + 1, *_rest_of_quotation(draft, lead + 1)]


def _rest_of_quotation(draft: _Draft, index: int) -> list[int]:
    """The sentences that finish the quotation sentence ``index`` opens ("..., he told Wallace, “So, North Korea
    has nukes. Japan has a problem with that.”"), so the position says all of it; none where it is longer than
    MAX_QUOTATION_WORDS, or a sentence of it is another position or already used."""
    facts = draft.a.facts
    rest: list[int] = []
    words = len(facts[index].text.split())
    k = index
    while facts[k].quote_runs_on and k + 1 < len(facts) and facts[k + 1].quote_carried:
        k += 1
        words += len(facts[k].text.split())
        if words > MAX_QUOTATION_WORDS or k in draft.used or facts[k].attribution is not None:
            return []
        rest.append(k)
    return rest


def _key_issues(draft: _Draft) -> bool:
    """One item per issue the article signposts (its list, its headings); else its salient themes."""
    a = draft.a
    text = a.article.text
    headings = [h for h in a.outline.headings if h.kind == ISSUE]
    items = list(a.outline.list_items)
    item_words = [content_words(text[s:e]) for _, s, e in items]
    taken_items: set[int] = set()
    names: set[str] = set()  # the stems of the issue names given: one issue, one name
    for heading in headings[:MAX_ISSUES]:
        label_words = content_words(a.article.block_text(heading.block))
        name = _heading_name(draft, heading, names)
        match = next((n for n, words in enumerate(item_words) if n not in taken_items and words & label_words), None)
        if match is not None:
            taken_items.add(match)
            _, start, end = items[match]
            _take_list_item(
                draft,
                start,
                end,
                name,
                f"Key issue: the article's heading \u201c{a.article.block_text(heading.block)}\u201d, "
                "in the words of the article's own list of issues.",
            )
            continue
        best = max(
            (s for s in heading.sentences if draft.usable(s) and draft.readable(s)),
            key=lambda s: (len(a.facts[s].words & label_words), -s),
            default=None,
        )
        if best is not None:
            draft.take(
                "key_issues",
                best,
                f"Key issue: the article's heading \u201c{a.article.block_text(heading.block)}\u201d; "
                "the sentence under it closest to the heading's words.",
                label=name,
                speaker=_line_speaker(a, _owner(a.facts[best])),
            )
        elif any(prose_words(a.facts[s].text) >= MIN_PROSE_WORDS for s in heading.sentences):
            start, end = trim_span(text, a.article.blocks[heading.block].start, a.article.blocks[heading.block].end)
            draft.add(
                "key_issues",
                _item(text, start, end, name, None),
                "Key issue: the article's own heading (nothing under it was left to quote).",
            )
    people = {w for actor in a.cast.actors if actor.kind == PERSON for w in actor.tokens}
    listed = [n for n, (_, start, end) in enumerate(items) if not _signature(text[start:end], people)]
    for n in listed:
        block, start, end = items[n]
        if n not in taken_items and len(draft.slots["key_issues"]) < MAX_ISSUES:
            label = a.outline.list_labels.get(block) or _list_item_label(draft, text[start:end], names)
            _take_list_item(draft, start, end, label, "Key issue: an item of the article's own list.")
    return bool(headings or listed)


_ASIDE = re.compile(r"\([^()]*\)")  # "(Last week: 2.)", "(R-Texas)"


def _signature(item: str, people: set[str]) -> bool:
    """A list item that is only a person's name ("- Amber Phillips.", "- Sanders." under a quotation), whatever it
    carries in brackets (a ranking's "Ana Brod (Last week: 2.)"): who wrote or said it, or a place in a table; no
    issue."""
    words = _ASIDE.sub(" ", item).strip(" .-–—•*").split()
    return 0 < len(words) <= 4 and all(w in people for w in words)


def _list_item_label(draft: _Draft, item: str, taken: set[str]) -> str | None:
    """A list item's issue name: the item itself when it is a short noun phrase ("Steel tariffs"); else its
    lead-in name ("Chris Christie. The governor has ..." -> "Chris Christie"), or the phrase the article repeats
    in it, or its proper name, one not already given to another item (``taken``). A whole sentence is no name;
    with none of these, the officer names it."""
    a = draft.a
    shouted = is_shouted(item.split())
    label = short_label(item, a.lex, a.proper)
    if not shouted and heading_fault(label, None, a.lex) is None:
        return label  # plainly a name, without counting the article's words
    use = draft.issue_words.phrases.use
    recased = use.recase(item)
    label = short_label(recased, a.lex, a.proper)
    if heading_fault(label, use, a.lex, shouted) is None:
        return label
    lead = _LEAD_NAME.match(item.strip())
    if lead is not None:
        return short_label(lead.group(1), a.lex, a.proper)
    return _phrase_in(draft, recased, taken)


def _heading_name(draft: _Draft, heading: Heading, taken: set[str]) -> str | None:
    """A heading's issue name: its own words when they are a short noun phrase ("Dredging costs"); else the
    phrase inside it the article repeats ("The port faces a dredging bill" -> "Dredging bill") or its proper
    name ("ORLANDO MOURNS" -> "Orlando"), one not given to another heading (``taken``); else none, for the
    officer to give. A shouted heading is read as the article writes its words elsewhere."""
    a = draft.a
    written = a.article.block_text(heading.block)
    shouted = is_shouted(written.split())
    label = short_label(written, a.lex, a.proper)
    if shouted or heading_fault(label, None, a.lex) is not None:  # not plainly a name: ask how the article writes
        use = draft.issue_words.phrases.use
        written = use.recase(written)
        label = short_label(written, a.lex, a.proper)
        if heading_fault(label, use, a.lex, shouted) is not None:
            counted = any(s.block == heading.block for s in a.article.sentences)  # a subheading: a sentence
            return _phrase_in(draft, written, taken, least=2 if counted else 1, heading=True)
    taken.add(_name_key(label))
    return label


def _phrase_in(draft: _Draft, text: str, taken: set[str], least: int = 2, heading: bool = False) -> str | None:
    """The phrase of ``text`` the article repeats, or its proper name, not already in ``taken`` (which takes it)."""
    a, words = draft.a, draft.issue_words
    named = words.phrases.name(text, taken, words.title, words.people, least, words.parties) or proper_issue_name(
        text,
        words.frequency,
        taken,
        words.title,
        a.proper,
        words.people,
        a.lex,
        words.phrases.use,
        heading,
        least,
        words.parties,
        words.phrases.contexts,
    )
    if named:
        taken.add(_name_key(named))
    return named


def _take_list_item(draft: _Draft, start: int, end: int, label: str | None, why: str) -> None:
    text = draft.a.article.text
    start, end = trim_span(text, start, end)
    if text[start:end].lower().endswith(", and"):
        end = trim_span(text, start, end - 4)[1]
    if end <= start:
        return
    sentences = draft.a.article.sentences
    index = bisect.bisect_right(draft.starts, start) - 1
    stop = bisect.bisect_left(draft.starts, end)  # the sentences that start before the item ends
    inside = [i for i in range(max(index, 0), stop) if start < sentences[i].end]
    if len(inside) > 1 and len(text[start:end].split()) > MAX_LIST_ITEM_WORDS:
        # "Chris Christie. The New Jersey governor ... (five sentences)": its first sentences, whole, within bounds
        kept = inside[:1]
        for i in inside[1:]:
            if len(text[start : sentences[i].end].split()) > MAX_LIST_ITEM_WORDS:
                break
            kept.append(i)
        inside = kept
        end = trim_span(text, start, min(end, sentences[kept[-1]].end))[1]
    if any(i in draft.used for i in inside):
        return  # already quoted elsewhere (a list item that is someone's position)
    draft.add("key_issues", _item(text, start, end, label, None), why)
    for i in inside:
        draft.used.add(i)
        draft.used_words.append(draft.a.facts[i].words)


def _salient_issues(draft: _Draft, limit: int = 3) -> None:
    """Without signposts: the sentences richest in the article's recurring words, each named by its top word."""
    a, words = draft.a, draft.issue_words
    frequency = words.frequency
    scored = sorted(
        (
            f
            for f in a.facts
            if draft.usable(f.index)
            and f.kind == BlockKind.PARAGRAPH
            and draft.readable(f.index)
            and not f.outlook
            and not f.context
            and f.attribution is None
        ),
        key=lambda f: -sum(frequency[w] for w in f.words) / (1 + len(f.words)) ** 0.5,
    )
    labels: set[str] = set()
    title, people, parties = words.title, words.people, words.parties
    named = [
        (f, words.phrases.name(f.text, labels, title, people, parties=parties)) for f in scored[:MAX_ISSUE_CANDIDATES]
    ]
    named = [pair for pair in named if pair[1]] + [(f, None) for f, label in named if not label]
    for fact, phrase in named:  # sentences an article phrase names first; a lone proper name only after
        if len(draft.slots["key_issues"]) >= limit:
            break
        if _only_a_name(draft, fact.text) or draft.embedded(fact.index) or _not_an_issue(fact.text):
            continue
        if _restates(draft, fact.text) or _only_asks(fact.text) or _INTERVIEWER.match(fact.text):
            continue
        # one issue, one name: where another issue took the sentence's phrase, its next phrase or its proper name
        label = phrase if phrase and _name_key(phrase) not in labels else _phrase_in(draft, fact.text, labels)
        if label:
            labels.add(_name_key(label))
            draft.take(
                "key_issues",
                fact.index,
                "Key issue: the article has no headings or list of issues; this "
                f"sentence carries the words it repeats most (\u201c{label}\u201d).",
                label=label,
                speaker=_line_speaker(a, _owner(fact)),
            )


# How a poll was taken (its sample, its dates, its margin of error) is how far to trust it, no issue of its own:
# "The margin of sampling error was plus or minus four points", "Quinnipiac conducted the poll of 1,042 voters".
_POLL_METHOD = re.compile(
    r"margin of (?:sampling )?error|\b(?:surveyed|surveying|interviewed|polled) (?:[\d,]+|more than|about|nearly)\b"
    r"|\bconducted (?:its |the |a )?(?:telephone |online )?(?:poll|survey)|(?:poll|survey) was conducted",
    re.IGNORECASE,
)


# A person brought in by their age ("Ana Brod, 78, arrived at the polls with yard signs in hand", "Tom Lind, a
# 55-year-old trader in Varna, gave $250"): the article's witness, colour for its story, not one of its issues.
_INTRODUCED_BY_AGE = re.compile(r"\b[A-Z][\w’'-]+, (?:\d{2}|an? \d{2}-year-old\b[^,]*),")


# A step of one person's life story ("Ana Brod was born in Varna", "After graduation from the naval academy, she
# ...", "In his younger days, the mayor worked as a ferryman", "Lind married a pilot from Sofia"): who they are,
# background for the story, no issue.
_LIFE_STORY = re.compile(
    r"\b(?:(?:was|were) born|grew up|married (?:an?|his|her)|went to (?:school|college|high school)|after (?:his |her )?graduat(?:ion|ing)"
    r"|graduated from|lived with (?:his|her|their)|worked as an?|in (?:his|her|their) (?:younger|early|teenage) "
    r"(?:days|years)|as an? (?:child|boy|girl|teenager|young (?:man|woman)))\b",
    re.IGNORECASE,
)
# Where the story step sits in a clause that only says who is meant ("Lind, who grew up near Varna, trails in the
# poll", "the district where she was born"), the sentence is about something else.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|where|which|that)\b", re.IGNORECASE)


def _life_story(sentence: str) -> bool:
    """A sentence that tells a step of someone's life, outside a clause that only says who is meant."""
    for match in _LIFE_STORY.finditer(sentence):
        clause = re.split(r"[,;:(—–]", sentence[: match.start()])[-1]
        if not _RELATIVE.search(clause):
            return True
    return False


# A salient sentence that shares this much of its words (of the shorter's, with enough of them) with a Summary line
# or a Position restates what the brief already says: the Summary's "The harbour board's new dredging levy doubles
# the fees traders pay" and the body's "Under the new levy the board approved, traders at the port pay double
# fees". Looser than a repeat (``briefing.repeats``): an issue is worth a line of its own only where it says
# something new.
_RESTATED_SHARE = 0.7
_MIN_RESTATED = 7


def _restates(draft: _Draft, sentence: str) -> bool:
    """Whether ``sentence`` says again what a Summary line or a Position of the draft already says."""
    words = meaningful_words(sentence)
    for item in draft.slots["summary"] + draft.slots["positions"]:
        other = meaningful_words(item.text)
        shorter = min(len(words), len(other))
        if shorter >= _MIN_RESTATED and len(words & other) >= _RESTATED_SHARE * shorter:
            return True
    return False


# An interviewer's line in a transcript ("Q: You were going to talk about the harbour."): the prompt, not the news.
_INTERVIEWER = re.compile(r"\s*Q\s*:\s")
# A statement that puts its question after a colon ("The board faces a choice: Should it raise the levy?").
_STATED_QUESTION = re.compile(r":\s+[\"\u201c\u2018']?[A-Z][^:]*\?\W*$")


def _only_asks(sentence: str) -> bool:
    """A question with no statement of its own ("Did the mayor take the money?", "Are you on Team Varna?"): it
    asks, often rhetorically; the issue, if there is one, is in what the article says, so it is no key issue."""
    return _asks(sentence) and not _STATED_QUESTION.search(sentence)


def _not_an_issue(sentence: str) -> bool:
    """A sentence that is about how the story was gathered or whom it is about, not what it is about: a poll's
    method, a witness, a step of someone's life."""
    return bool(_POLL_METHOD.search(sentence) or _INTRODUCED_BY_AGE.search(sentence) or _life_story(sentence))


def _only_a_name(draft: _Draft, sentence: str) -> bool:
    """A sentence that is itself a name, as a heading's words would be ("PLEDGED DELEGATES.", "Federal role in
    education policy.", a caption's "Declared 2016 presidential candidates.", a signature's "Ana Brod, Varna."):
    it names an issue and says nothing of it, so it is no key issue."""
    a = draft.a
    shouted = is_shouted(sentence.split())
    return heading_fault(short_label(sentence, a.lex, a.proper), draft.issue_words.phrases.use, a.lex, shouted) is None


def _next_step(draft: _Draft, fact: SentenceFacts) -> bool:
    """Whether the Outlook can hold the sentence: still free, a next step in its own words (no question, no modal
    that lost its verb, no interviewer's prompt) and a line that stands alone."""
    index, text = fact.index, fact.text
    return (
        draft.usable(index)
        and not draft.a.outline.closing(index)
        and is_forward_looking(text)
        and not _asks(text)
        and not _INTERVIEWER.match(text)
        and not _ELIDED.search(text)
        and draft.readable(index)
    )


def _outlook(draft: _Draft, deferred: list[SentenceFacts]) -> list[SentenceFacts]:
    """Forward-looking sentences, up to ``MAX_OUTLOOK``; the positions sent here (``deferred``) it did not take."""
    a = draft.a
    forward = sorted(
        {f.index for f in deferred} | {f.index for f in a.facts if f.outlook and f.kind == BlockKind.PARAGRAPH}
    )
    for index in forward:
        if len(draft.slots["outlook"]) >= MAX_OUTLOOK:
            break
        fact = a.facts[index]
        if _next_step(draft, fact):
            speaker = (fact.attribution.speaker.name or None) if fact.attribution else _line_speaker(a, fact.intention)
            label = _likelihood(a, fact)
            cues = ", ".join(f"\u201c{c}\u201d" for c in cue_words(fact.text, a.lex))
            why = f"Outlook: forward-looking words ({cues}); how likely: {label}."
            if label != fact.outlook:
                why += " The likelihood is the article's own, from another sentence about the same step."
            if fact.attribution is not None:
                why += " " + explain_attribution(fact)
            elif speaker is not None and fact.intention is not None:
                why += f" Whose plan or wish it is: {speaker} (\u201c{fact.intention.cue}\u201d)."
            draft.take("outlook", index, why, label=label, speaker=speaker)
    return [fact for fact in deferred if fact.index not in draft.used]


# A modal that ends its sentence has lost its verb to the sentence before ("But now she could.", "A: Not yet, I
# will."): on its own line it says nothing of what comes next. Lower case only: "in May." is a month. (A "likely"
# at the end keeps its subject: "makes his election less likely" is a forecast.)
_ELIDED = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|won['\u2019]t)\W*$")


def _asks(text: str) -> bool:
    """A question ("Will the levy pass?", "How could he keep falling for it?") asks what comes next, rhetorically
    as often as not; an Outlook item says it. The article's answer, if it gives one, is another sentence."""
    return text.rstrip(_QUOTE_CLOSERS + " )").endswith("?")


def _likelihood(a: Analysis, fact: SentenceFacts) -> str | None:
    """The article's own judgement of how likely this next step is, wherever it says so.

    "A potential meeting with Xi would..." is only "Possible" on its own words, but the article
    says elsewhere that the meeting is "likely" though "unconfirmed": the officer needs that.
    """
    if fact.firm:
        return fact.outlook
    names = {stem(word.strip(".,;:'’\"")) for word in fact.text.split()[1:] if word[:1].isupper()}
    for other in a.facts:
        if other.index == fact.index or not other.firm or not other.outlook or not other.outlook_kinds & JUDGED_KINDS:
            continue
        shared = fact.words & other.words
        if len(shared) >= 2 and shared & names:
            return other.outlook
    return fact.outlook


def _context(draft: _Draft) -> None:
    a = draft.a
    for fact in a.facts:
        if len(draft.slots["context"]) >= MAX_CONTEXT:
            break
        heading = a.outline.heading_of[fact.index]
        in_background = heading is not None and heading.kind == CONTEXT
        if (
            (fact.context or in_background)
            and fact.kind == BlockKind.PARAGRAPH
            and draft.usable(fact.index)
            and draft.readable(fact.index)
            and not (heading is not None and heading.kind in (CLOSING, INTRO))
        ):
            cue = a.lex.context.first_in(PhraseSet.words(fact.text))
            draft.take(
                "context",
                fact.index,
                f"Context: it looks back in time (\u201c{cue}\u201d)."
                if cue
                else "Context: under the article's background heading.",
                speaker=_line_speaker(a, _owner(fact)),
            )
