"""Recover blocks (headings, lists, paragraphs) and sentences from plain text, with offsets."""
from __future__ import annotations

import re

from briefing.article import Article, Block, BlockKind, Sentence

_LIST_MARK = re.compile(r"^\s*(?:[•\-*]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])")


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_text(text: str) -> Article:
    text = normalise(text)
    article = Article(text=text)
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        start += len(line) - len(line.lstrip())
        end = start + len(stripped)
        article.blocks.append(Block(_kind(article, stripped), start, end))
    for index, block in enumerate(article.blocks):
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            for s_start, s_end in split_sentences(text, block.start, block.end):
                article.sentences.append(Sentence(s_start, s_end, index))
    if article.blocks and article.blocks[0].kind == BlockKind.TITLE:
        article.title = article.block_text(0)
    return article


def _kind(article: Article, line: str) -> BlockKind:
    if not article.blocks:
        return BlockKind.TITLE
    if _LIST_MARK.match(line):
        return BlockKind.LIST_ITEM
    if line.endswith(":") and len(line) < 120:
        return BlockKind.HEADING
    if line[-1] not in ".!?\"”'’" and len(line.split()) < 16:
        return BlockKind.CAPTION
    return BlockKind.PARAGRAPH


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, match.end()))
        cursor = match.end()
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]
