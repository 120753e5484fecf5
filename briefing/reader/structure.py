"""Turn a text and its units into an Article: kinds, heading levels, sentences, metadata.

Every format ends here, so the rules of the Article hold for all of them:
- blocks are in text order, never overlap, and carry no list marker or indentation;
- heading levels are ranked within the article, 1 being its top section level;
- list items have level 1 for the outer list, 2 for a list inside it, and so on;
- sentences are found in paragraphs, list items and the standfirst only: the title, headings,
  captions and bylines are labels, not sentences the pre-fill should quote;
- a photo caption glued onto a paragraph's sentence ("... on Friday The minister said") is a
  caption block of its own, between the paragraph's sentences before and after it.
"""

from __future__ import annotations

import logging

from briefing.article import Article, Block, BlockKind, Sentence
from briefing.reader.captions import glued_captions, shows_photos
from briefing.reader.classify import classify
from briefing.reader.lines import normalise, text_units
from briefing.reader.sentences import split_sentences
from briefing.reader.units import Unit

logger = logging.getLogger(__name__)

SENTENCE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.STANDFIRST)

__all__ = ["SENTENCE_KINDS", "article_from_text", "build_article", "normalise", "split_sentences"]


def article_from_text(text: str) -> Article:
    """An Article from plain text (pasted or from a .txt file); never raises on odd text."""
    text = normalise(text)
    return build_article(text, text_units(text))


def build_article(
    text: str, units: list[Unit], *, title: str = "", outlet: str = "", author: str = "", date: str = ""
) -> Article:
    """Classify the units left open, then assemble blocks, sentences and metadata."""
    head = classify(text, units)
    _rank_heading_levels(units)
    article = Article(text=text, outlet=outlet, author=author or head.author, date=date or head.date)
    photos = shows_photos(text)  # asked once: every paragraph's sentences are read for glued captions
    for unit in units:
        block = Block(unit.kind or BlockKind.PARAGRAPH, unit.start, unit.end, unit.level)
        spans = split_sentences(text, block.start, block.end) if block.kind in SENTENCE_KINDS else []
        parts = _captions_apart(text, block, spans, photos) if block.kind == BlockKind.PARAGRAPH else [(block, spans)]
        for part, sentences in parts:
            article.blocks.append(part)
            article.sentences.extend(Sentence(start, end, len(article.blocks) - 1) for start, end in sentences)
    title_blocks = [i for i, b in enumerate(article.blocks) if b.kind == BlockKind.TITLE]
    headline = article.block_text(title_blocks[0]).rstrip().removesuffix(";").rstrip() if title_blocks else ""
    article.title = title or headline  # "Sanders raises $33M;": the semicolon led on to the deck
    logger.debug(
        "article: %d characters, %d blocks, %d sentences", len(text), len(article.blocks), len(article.sentences)
    )
    return article


def _captions_apart(
    text: str, block: Block, spans: list[tuple[int, int]], photos: bool
) -> list[tuple[Block, list[tuple[int, int]]]]:
    """A paragraph's blocks once the photo captions glued onto its sentences are cut out.

    "Smith leaves court on Friday The former minister said ..." is a caption block and a paragraph
    that opens on "The former minister"; a paragraph with no glued caption comes back whole.
    """
    parts: list[tuple[Block, list[tuple[int, int]]]] = []
    opening = block.start
    sentences: list[tuple[int, int]] = []
    for start, end in spans:
        captions = glued_captions(text, start, end, photos=photos)
        if captions:
            if sentences:
                parts.append((Block(BlockKind.PARAGRAPH, opening, sentences[-1][1], block.level), sentences))
            parts.extend((Block(BlockKind.CAPTION, a, b, block.level), []) for a, b in captions)
            start = captions[-1][1]
            while text[start].isspace():
                start += 1
            opening, sentences = start, []
        sentences.append((start, end))
    parts.append((Block(BlockKind.PARAGRAPH, opening, block.end, block.level), sentences))
    return parts


def _rank_heading_levels(units: list[Unit]) -> None:
    levels = sorted({u.level for u in units if u.kind == BlockKind.HEADING})
    rank = {level: i + 1 for i, level in enumerate(levels)}
    for unit in units:
        if unit.kind == BlockKind.HEADING:
            unit.level = rank[unit.level]
