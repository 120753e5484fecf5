"""The Article: an article's normalised text and its structure, as offsets into that text.

The reader produces it from any file format; the pre-fill consumes it. Every span is a
``[start, end)`` pair of character offsets into ``Article.text``, the same text that a
brief's ``source.text`` keeps, so provenance survives saving and reloading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    """What a line or paragraph of the article is, as the reader recognised it."""

    TITLE = "title"
    STANDFIRST = "standfirst"  # the short lead under the title
    CAPTION = "caption"  # a photo caption or similar non-sentence line
    BYLINE = "byline"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level (1 = top) or list nesting depth


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Article.blocks


@dataclass
class Article:
    text: str
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    path: str = ""

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def block_text(self, index: int) -> str:
        block = self.blocks[index]
        return self.text[block.start : block.end]

    def sentences_in_block(self, index: int) -> list[int]:
        return [i for i, s in enumerate(self.sentences) if s.block == index]
