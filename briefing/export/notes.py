"""Source notes: where in the article each bullet came from, as a short citation.

A recipient checks a brief against its source; a footnote per bullet drawn from the article
says where to look without repeating the sentence: "Article, para. 4: ‘Wang urged the United
States…’". Paragraphs are counted as a reader counts them, body paragraphs only (the title,
standfirst, byline, captions and subheadings are not numbered), and the quotation marks are
the article's own kind.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from briefing.article import Article, BlockKind
from briefing.export.textclean import xml_safe
from briefing.model import Item, Source

QUOTE_WORDS = 8  # the first words of the passage, enough to find it
_BODY = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_NAMED = {BlockKind.TITLE: "title", BlockKind.STANDFIRST: "standfirst", BlockKind.CAPTION: "caption"}


def _article(source: Source) -> Article:
    from briefing.workflow import article_for_source  # the reader, only when notes are asked for

    return article_for_source(source)


def quote_marks(text: str) -> tuple[str, str]:
    """The article's own quotation marks: curly double, curly single or straight; curly single by default."""
    if "\u201c" in text:
        return "\u201c", "\u201d"
    if "\u2018" in text:
        return "\u2018", "\u2019"
    if '"' in text:
        return '"', '"'
    return "\u2018", "\u2019"


_INNER: dict[str, dict[int, str]] = {
    "\u201c": {ord("\u201c"): "\u2018", ord("\u201d"): "\u2019", ord('"'): "'"},
    '"': {ord('"'): "'"},
}


def nested(quote: str, opening: str) -> str:
    """A quotation inside the cited words in the other kind of marks, as English nests them: a note
    quoting a sentence that opens on a quotation read "““All the stuff…”", now "“‘All the stuff…”"."""
    table = _INNER.get(opening)
    return quote.translate(table) if table else quote


@dataclass
class SourceNotes:
    """Cites items against one article; built once per export."""

    source: Source
    _article: Article | None = None
    _starts: list[int] = field(default_factory=list)
    _marks: tuple[str, str] = ("\u2018", "\u2019")

    def __post_init__(self) -> None:
        self._marks = quote_marks(self.source.text)

    def cite(self, item: Item) -> str | None:
        """ "Article, para. 4: ‘first words…’" for an item drawn from the article; None otherwise."""
        text = self.source.text
        spans = [(s, e) for s, e in item.sources if 0 <= s < e <= len(text)]
        if not spans:
            return None
        start, end = spans[0]
        words = " ".join(xml_safe(text[start:end]).split()).split(" ")
        quote = " ".join(words[:QUOTE_WORDS]) + ("\u2026" if len(words) > QUOTE_WORDS else "")
        opening, closing = self._marks
        return f"Article, {self.where(start)}: {opening}{nested(quote, opening)}{closing}"

    def where(self, offset: int) -> str:
        """``para. 4`` counting body paragraphs only; ``title`` or ``caption`` for those lines."""
        if self._article is None:
            self._article = _article(self.source)
            self._body = [b for b in self._article.blocks if b.kind in _BODY]
            self._starts = [b.start for b in self._body]
            self._others = [b for b in self._article.blocks if b.kind in _NAMED]
        for block in self._others:
            if block.start <= offset < block.end:
                return _NAMED[block.kind]
        number = bisect.bisect_right(self._starts, offset)
        return f"para. {max(number, 1)}"
