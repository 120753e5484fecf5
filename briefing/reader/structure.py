"""Turn a text and its units into an Article: kinds, heading levels, sentences, metadata.

Every format ends here, so the rules of the Article hold for all of them:
- blocks are in text order, never overlap, and carry no list marker or indentation;
- heading levels are ranked within the article, 1 being its top section level;
- list items have level 1 for the outer list, 2 for a list inside it, and so on;
- sentences are found in paragraphs, list items and the standfirst only: the title, headings,
  captions and bylines are labels, not sentences the pre-fill should quote.
"""

from __future__ import annotations

import logging

from briefing.article import Article, Block, BlockKind, Sentence
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
    for unit in units:
        article.blocks.append(Block(unit.kind or BlockKind.PARAGRAPH, unit.start, unit.end, unit.level))
    for index, block in enumerate(article.blocks):
        if block.kind in SENTENCE_KINDS:
            for start, end in split_sentences(text, block.start, block.end):
                article.sentences.append(Sentence(start, end, index))
    title_blocks = [i for i, b in enumerate(article.blocks) if b.kind == BlockKind.TITLE]
    article.title = title or (article.block_text(title_blocks[0]) if title_blocks else "")
    logger.debug(
        "article: %d characters, %d blocks, %d sentences", len(text), len(article.blocks), len(article.sentences)
    )
    return article


def _rank_heading_levels(units: list[Unit]) -> None:
    levels = sorted({u.level for u in units if u.kind == BlockKind.HEADING})
    rank = {level: i + 1 for i, level in enumerate(levels)}
    for unit in units:
        if unit.kind == BlockKind.HEADING:
            unit.level = rank[unit.level]
