"""The article's own signposts: its headings and lists, read as issues, background or recap.

A writer who lists "the key issues discussed" and gives each a heading has already done
half of the officer's work; the pre-fill follows those signposts before it guesses. It also
recognises the sections a brief must not copy: a closing recap that only repeats, and the
lead-in line that introduces the list ("This article provides...").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from briefing.article import Article, BlockKind
from briefing.prefill.classify import is_context
from briefing.prefill.lexicon import Lexicon
from briefing.prefill.text import coverage, trim_span
from briefing.prefill.wordlists import grammar_words

logger = logging.getLogger(__name__)

ISSUE, CONTEXT, CLOSING, INTRO, NARRATIVE = "issue", "context", "closing", "intro", "narrative"
_EDITORIAL_HEADINGS = grammar_words("editorial_labels") | grammar_words("editorial_headings")


@dataclass
class Heading:
    block: int
    label: str  # the short name: "Taiwan" from "Warning on Taiwan:"
    kind: str  # issue, context, closing, intro or narrative
    sentences: list[int] = field(default_factory=list)


@dataclass
class Outline:
    headings: list[Heading]
    heading_of: list[Heading | None]  # per sentence: the heading it sits under
    list_items: list[tuple[int, int, int]]  # (block, start, end) of each list item's trimmed text
    list_labels: dict[int, str] = field(default_factory=dict)  # list item block -> its lead-in's short name

    def closing(self, sentence: int) -> bool:
        heading = self.heading_of[sentence]
        return heading is not None and heading.kind == CLOSING


def short_label(text: str, lex: Lexicon, proper: frozenset[str]) -> str:
    """A heading or list item as a short issue name, in sentence case; no word added."""
    label, before = text.strip(), ""
    while label != before:  # "– Old hands –.": marks on both sides, a full stop after the dash
        before, label = label, label.strip("•·*-–— ").rstrip(":,;.").strip()
    if label.lower().endswith((", and", " and")):
        label = label.rsplit(" ", 1)[0].rstrip(",")
    prefix = lex.label_prefixes.match(label)
    if prefix and prefix.end() < len(label):
        label = label[prefix.end() :].strip()
    for article in ("the ", "a ", "an "):
        if label.lower().startswith(article) and len(label) > len(article) + 3:
            label = label[len(article) :]
    words = label.split()
    cased = [w if (w.strip(",;:.()") in proper or w.isupper() or n == 0) else w.lower() for n, w in enumerate(words)]
    if cased:
        cased[0] = cased[0][:1].upper() + cased[0][1:]
    return " ".join(cased)


def _lone(article: Article, index: int) -> bool:
    """A list item with no other beside it ("- Reuters." under the story): one bullet is no list of issues."""
    return all(
        not 0 <= near < len(article.blocks) or article.blocks[near].kind != BlockKind.LIST_ITEM
        for near in (index - 1, index + 1)
    )


def outline(
    article: Article, lex: Lexicon, proper: frozenset[str], sentence_words: list[frozenset[str]], person_names: set[str]
) -> Outline:
    headings: list[Heading] = []
    heading_at: dict[int, Heading] = {}
    list_items: list[tuple[int, int, int]] = []
    list_labels: dict[int, str] = {}
    subheadings = _subheadings(article)
    for index, block in enumerate(article.blocks):
        if block.kind == BlockKind.HEADING or index in subheadings:
            text = article.block_text(index)
            heading = Heading(index, short_label(text, lex, proper), ISSUE)
            following = article.blocks[index + 1].kind if index + 1 < len(article.blocks) else None
            if following == BlockKind.LIST_ITEM:
                heading.kind = INTRO
            elif lex.closing_headings.match(text.strip().rstrip(":")):
                heading.kind = CLOSING
            elif lex.context_headings.search(text):
                heading.kind = CONTEXT
            elif (not text.isupper() and any(text.startswith(name) for name in person_names)) or _editorial(text):
                # a person's story, or the paper's own label ("CORRECTION:", "PREVIOUSLY:"); a shouted heading's
                # words are no person's name however the article's cast reads them
                heading.kind = NARRATIVE
            headings.append(heading)
            heading_at[index] = heading
        elif block.kind == BlockKind.LIST_ITEM:
            start, end = trim_span(article.text, block.start, block.end)
            if end - start > 2 and not _lone(article, index):
                list_items.append((index, start, end))
                lead = index - 1
                while lead >= 0 and article.blocks[lead].kind == BlockKind.LIST_ITEM:
                    lead -= 1
                lead_in = article.block_text(lead).strip() if lead >= 0 else ""
                if lead_in.endswith(":") and len(lead_in.split()) <= 6 and not lex.self_reference.search(lead_in):
                    list_labels[index] = short_label(lead_in, lex, proper)  # "Key points of the agreement:"

    heading_of: list[Heading | None] = []
    current: Heading | None = None
    block_heading: dict[int, Heading | None] = {}
    for index in range(len(article.blocks)):
        current = heading_at.get(index, current)
        block_heading[index] = current
    for s_index, sentence in enumerate(article.sentences):
        under = block_heading.get(sentence.block)
        heading_of.append(under)
        if under is not None and sentence.block != under.block:  # a subheading's own line is not under it
            under.sentences.append(s_index)

    _mark_recaps(headings, sentence_words)
    _mark_background(headings, article, lex)
    logger.debug("outline: %s", [(h.label, h.kind) for h in headings])
    return Outline(headings, heading_of, list_items, list_labels)


MIN_SUBHEADINGS = 2  # one lone bullet may be a list of one; two or more are the article's signposts
MAX_SUBHEADING_WORDS = 15


def _subheadings(article: Article) -> set[int]:
    """List items that are really subheadings: a single numbered or bulleted line of one short sentence with
    paragraphs after it ("1) The race for the port." then its story), at least two such in the article. Each
    heads the paragraphs under it, as a heading does; it is no item of a list."""
    sentences: dict[int, int] = {}
    for sentence in article.sentences:
        sentences[sentence.block] = sentences.get(sentence.block, 0) + 1
    blocks = article.blocks
    lone = {
        index
        for index, block in enumerate(blocks)
        if block.kind == BlockKind.LIST_ITEM
        and (index == 0 or blocks[index - 1].kind != BlockKind.LIST_ITEM)
        and index + 1 < len(blocks)
        and blocks[index + 1].kind == BlockKind.PARAGRAPH
        and sentences.get(index, 0) == 1
        and len(article.block_text(index).split()) <= MAX_SUBHEADING_WORDS
    }
    return lone if len(lone) >= MIN_SUBHEADINGS else set()


def _editorial(text: str) -> bool:
    """A heading that is the paper's own label, no issue: "CORRECTION:", "PREVIOUSLY:", "SHORT READS"."""
    words = [w.strip(".,:;!?'\"’“”()").lower() for w in text.split()]
    return bool(words) and all(w in _EDITORIAL_HEADINGS for w in words if w)


def _mark_recaps(headings: list[Heading], sentence_words: list[frozenset[str]]) -> None:
    """The last section is a recap when its sentences mostly repeat what came before."""
    if not headings or headings[-1].kind != ISSUE or not headings[-1].sentences:
        return
    last = headings[-1]
    earlier: set[str] = set()
    for words in sentence_words[: last.sentences[0]]:
        earlier |= words
    shares = [coverage(sentence_words[s], earlier) for s in last.sentences]
    if len(shares) >= 2 and sum(shares) / len(shares) >= 0.7:
        last.kind = CLOSING


def _mark_background(headings: list[Heading], article: Article, lex: Lexicon) -> None:
    """A section whose sentences mostly look back in time is background, not an issue."""
    for heading in headings:
        if heading.kind != ISSUE or len(heading.sentences) < 2:
            continue
        past = sum(is_context(article.sentence_text(s), lex) for s in heading.sentences)
        if past * 2 > len(heading.sentences):
            heading.kind = CONTEXT


def recap_repeats(words: frozenset[str], earlier: set[str]) -> bool:
    """A closing sentence that adds nothing the article had not already said."""
    return coverage(words, earlier) >= 0.6
