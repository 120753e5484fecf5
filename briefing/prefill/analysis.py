"""Read the article once: tokens, actors, attributions and signposts for every sentence.

The draft is assembled from this one pass, so each decision (why a sentence is a position,
who said it, which heading it sits under) is computed once, in reading order, and can be
shown to the officer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from briefing.article import Article, BlockKind
from briefing.prefill.actors import PERSON, Cast, doubled_quote, proper_words, scan
from briefing.prefill.attribution import Attribution, Attributor
from briefing.prefill.classify import is_context, is_self_talk, outlook_reading, writing_year
from briefing.prefill.intentions import intention
from briefing.prefill.lexicon import Lexicon, PhraseSet, load_lexicon
from briefing.prefill.sections import Outline, outline
from briefing.prefill.speakers import QUOTE_CONTINUES
from briefing.prefill.speech_words import PREPOSITIONS
from briefing.prefill.text import Token, content_words, tokenize

logger = logging.getLogger(__name__)

# Blocks whose sentences may become brief items; captions, bylines and titles never do, nor the
# standfirst: the editor's headline-ese under the title ("Takes Wisconsin, but Clinton still has the
# math."), which the article view shows and whose people the cast still meets.
TEXT_BLOCKS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


@dataclass
class SentenceFacts:
    index: int
    text: str
    words: frozenset[str]
    kind: BlockKind
    attribution: Attribution | None
    outlook: str | None  # likelihood label if forward-looking (for display)
    outlook_kinds: frozenset[str]  # its categories in cues.json ("likely", "scheduled"): what rules compare
    firm: bool  # a likelihood or a date, not a bare "will"
    context: bool
    self_talk: bool
    # a quotation that runs on over several sentences ("..., “So, North Korea has nukes. Japan has a problem
    # with that.”"): the sentence inside it that the one before left open, and the one that leaves it open
    quote_carried: bool = False
    quote_runs_on: bool = False
    # a sentence with no reporting cue may still state what someone intends ("Lee plans to veto the toll"):
    # theirs, but not words they said (``intentions.py``)
    intention: Attribution | None = None

    @property
    def quote_piece(self) -> bool:
        """Whether the sentence is a piece of a longer quotation: on its own, words without their other half."""
        return self.quote_carried or self.quote_runs_on


@dataclass
class Analysis:
    article: Article
    lex: Lexicon
    cast: Cast
    facts: list[SentenceFacts]
    outline: Outline
    proper: frozenset[str]


_BELOW = -1000  # the sentence number a caption below the first sentence is noted at: beyond any pronoun's window


def analyse(article: Article) -> Analysis:
    lex = load_lexicon()
    text = article.text
    tokens = [tokenize(text, s.start, s.end) for s in article.sentences]
    proper, common = proper_words(text, tokens)
    cast = Cast(lex, proper, common)
    with_sentences = {s.block for s in article.sentences}
    first = article.sentences[0].start if article.sentences else len(text)
    introductions = [  # captions and standfirsts introduce people too
        block
        for index, block in enumerate(article.blocks)
        if block.kind in (BlockKind.CAPTION, BlockKind.STANDFIRST) and index not in with_sentences
    ]
    # A caption further down the page ("... having beaten his opponent Marcus Rhode") names its people, but
    # it is no sentence a "He" of the opening refers back to: it is noted out of every pronoun's reach, and
    # before the ones above the first sentence, which are (the headline caption's "Riddick Bowe ... He was").
    below = [block for block in introductions if block.start >= first]
    above = [block for block in introductions if block.start < first]
    for noted_at, blocks in ((_BELOW, below), (-1, above)):
        for block in blocks:
            cast.observe(scan(text, tokenize(text, block.start, block.end), lex), noted_at)
    attributor = Attributor(lex, cast)
    facts: list[SentenceFacts] = []
    prev_block: int | None = None
    closes = _closes_open_quote(article, tokens)
    year = writing_year(text)  # earlier years the article names are its background
    open_quote = False  # the sentence before left a quotation open in the same paragraph
    for index, sentence in enumerate(article.sentences):
        carried = open_quote and sentence.block == prev_block and closes[index]
        if carried and facts:
            facts[-1].quote_runs_on = True
        sc = scan(text, tokens[index], lex, inside=carried)
        open_quote = sc.open_after
        cast.observe(sc, index)
        kind = article.blocks[sentence.block].kind if 0 <= sentence.block < len(article.blocks) else BlockKind.PARAGRAPH
        own = text[sentence.start : sentence.end]
        attribution = intended = None
        if kind in TEXT_BLOCKS:
            attribution = attributor.attribute(sc, index, sentence.block, prev_block)
            if attribution is None:
                intended = intention(attributor, sc, index)
            attributor.pronouns.end_sentence(sc, index, attribution)
        grams = PhraseSet.words(own)
        label, firm, kinds = outlook_reading(own, lex, grams)
        facts.append(
            SentenceFacts(
                index,
                own,
                content_words(own),
                kind,
                attribution,
                label,
                kinds,
                firm,
                is_context(own, lex, grams, year),
                is_self_talk(own, lex),
                carried,
                intention=intended,
            )
        )
        prev_block = sentence.block
    _quote_to_its_closing_cue(facts)
    _quote_to_the_cue_cut_from_it(article, facts)
    _one_party_per_actor(facts)
    people = {a.name for a in cast.actors if a.kind == PERSON and a.mentions}
    people |= {w for a in cast.actors if a.kind == PERSON for w in a.tokens if len(w) > 2}
    shape = outline(article, lex, proper, [f.words for f in facts], people)
    logger.debug(
        "analysed %d sentences, %d actors, %d attributions",
        len(facts),
        len(cast.actors),
        sum(f.attribution is not None for f in facts),
    )
    return Analysis(article, lex, cast, facts, shape, proper)


def _one_party_per_actor(facts: list[SentenceFacts]) -> None:
    """Give every position of a person or body the party the whole article shows for them. A side learnt late
    ("..., the American envoy") would otherwise file their early quotations under no party and the later ones
    under a party: one speaker, two groups in Positions."""
    for fact in facts:
        attribution = fact.attribution
        actor = attribution.speaker.actor if attribution is not None else None
        if attribution is None or actor is None or not actor.side or attribution.speaker.side == actor.side:
            continue
        fact.attribution = replace(attribution, speaker=replace(attribution.speaker, side=actor.side))


_QUOTE_MARKS = ('"', "“", "”", "''")
# words between a quotation's closing mark and the cue that names who spoke it: "OK?” Trump said.", "...,'' Ann
# Ruiz, a planner then working for the city council, wrote" (the apposition counts, what follows the cue does not)
MAX_CLOSING_TAIL = 12


def _quote_to_its_closing_cue(facts: list[SentenceFacts]) -> None:
    """A quotation of several sentences is the words of whoever its closing cue names: in an interview the
    host's quotation is followed by the guest's answer ('“I don't care. ... OK?” Trump said.'), whose first
    sentence would otherwise go on with the host's quotation before it."""
    for index, fact in enumerate(facts):
        first = fact.attribution
        if first is None or first.cue != QUOTE_CONTINUES or not fact.quote_runs_on:
            continue
        end = index + 1
        while end < len(facts) and facts[end].quote_carried and facts[end].quote_runs_on:
            end += 1
        closing = facts[end].attribution if end < len(facts) and facts[end].quote_carried else None
        if closing is None or closing.cue == QUOTE_CONTINUES or closing.speaker.name == first.speaker.name:
            continue
        text = facts[end].text
        mark = min((k for k in (text.find(q) for q in _QUOTE_MARKS) if k >= 0), default=-1)
        tail = text[mark + 1 :] if mark >= 0 else ""
        cue = re.search(rf"\b{re.escape(closing.cue)}\b", tail, flags=re.IGNORECASE)
        if cue is None or len(tail[: cue.start()].split()) > MAX_CLOSING_TAIL:
            continue  # the cue is not the one right after the quotation's close: another clause's
        fact.attribution = replace(first, speaker=closing.speaker)


_OPENS_ON_QUOTE = re.compile(r"^\s*(?:''|[\"“‘])")
_ENDS_ON_QUESTION = re.compile(r"[?!](?:''|[\"”’'])+\s*$")


def _quote_to_the_cue_cut_from_it(article: Article, facts: list[SentenceFacts]) -> None:
    """A quotation that ends on "?" or "!" can be read as a sentence apart from the words after it that name its
    speaker ('“How do we win Dover?” / Vance asked of the visit.'): it is that speaker's, not the last one's.
    Only where those words say nothing of their own: the cue ends them or a preposition follows it."""
    sentences = article.sentences
    for index in range(len(facts) - 1):
        fact, after = facts[index], facts[index + 1]
        said = after.attribution
        if (
            said is None
            or said.cue == QUOTE_CONTINUES
            or sentences[index].block != sentences[index + 1].block
            or fact.attribution is not None
            and fact.attribution.cue != QUOTE_CONTINUES
            or not _OPENS_ON_QUOTE.match(fact.text)
            or not _ENDS_ON_QUESTION.search(fact.text)
        ):
            continue
        rest = after.text.strip()
        if any(q in rest for q in (*_QUOTE_MARKS, "‘")) or not rest.startswith(said.speaker.written):
            continue  # a quotation of its own, or words that open on something other than the speaker
        cue = re.search(rf"\b{re.escape(said.cue)}\b", rest, flags=re.IGNORECASE)
        if cue is None or len(rest[: cue.start()].split()) > MAX_CLOSING_TAIL:
            continue
        following = rest[cue.end() :].split()
        if following and following[0] not in (".", ",") and following[0].strip(".,;").lower() not in PREPOSITIONS:
            continue  # "Vance said the plan was sound.": words reported of their own
        fact.attribution = replace(said, sentence=fact.index)


def _closes_open_quote(article: Article, tokens: list[list[Token]]) -> list[bool]:
    """Per sentence: whether a quotation left open before it is closed by it (its first quotation mark is not its
    first token: '...save lives."') or, for a sentence without quotation marks, by a later one of its paragraph.
    A quotation never closed in its paragraph (a stray or missing mark) is not carried into the next sentence.
    Not ``quote_marks.closes_unopened`` (one line's lone closing mark): this carries the answer back over the
    paragraph's sentences without marks, for the speaker scan's ``inside``, and is asked by token position."""
    closes = [False] * len(tokens)
    for index in range(len(tokens) - 1, -1, -1):
        marks = [k for k, t in enumerate(tokens[index]) if t.text in _QUOTE_MARKS or doubled_quote(tokens[index], k)]
        if marks:
            closes[index] = marks[0] > 0
        elif index + 1 < len(tokens):
            same = article.sentences[index + 1].block == article.sentences[index].block
            closes[index] = same and closes[index + 1]
    return closes
