"""Where a Find query matches: counted text by text, positions found only where they are needed.

A query's first letter matches tens of thousands of times in a long brief. Counting them is
quick; making an object for each, or walking them all to learn which one follows the match
shown, is not (an F3 step over a 10,000-item brief took 1.4 s that way). So ``Hits`` keeps one
count per text in page order and finds positions only in the texts the Find bar shows,
highlights or steps into.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from briefing.model import Item

TITLE = "title"
ITEM = "item"  # an item's words
LABEL = "label"  # an item's label (a party, an issue's name)
SPEAKER = "speaker"
ARTICLE = "article"

Text = tuple[str, Item | None, str]  # where (title, a metadata field, item, label, speaker, article), item, text


@dataclass(frozen=True)
class Match:
    """One occurrence: in the title, a metadata field (its name), an item's text or the article."""

    where: str
    item: Item | None
    start: int
    end: int


def item_field(item: Item, where: str) -> str:
    """The text of one of an item's fields: ITEM (its words), LABEL or SPEAKER."""
    if where == LABEL:
        return item.label or ""
    return item.speaker or "" if where == SPEAKER else item.text


def pattern(needle: str, *, match_case: bool, whole_words: bool) -> re.Pattern[str] | None:
    if not needle:
        return None
    body = re.escape(needle)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if match_case else re.IGNORECASE)


class Hits:
    """Every match of ``regex`` in ``texts`` (in page order), numbered 0 to ``total`` - 1."""

    def __init__(self, regex: re.Pattern[str], texts: list[Text]) -> None:
        self.regex, self.texts = regex, texts
        # A query never matches the empty string, so findall's length is the number of matches.
        self.counts = [len(regex.findall(text)) if text else 0 for _where, _item, text in texts]
        self.before = list(itertools.accumulate(self.counts, initial=0))  # matches before each text
        self.total = self.before[-1]
        self._index = {(where, id(item)): i for i, (where, item, _text) in enumerate(texts)}

    def text_index(self, where: str, item: Item | None) -> int | None:
        index = self._index.get((where, id(item)))
        return index if index is not None and self.texts[index][1] is item else None

    def spans(self, where: str, item: Item | None) -> list[tuple[int, int]]:
        """The matches in one text, as ``(start, end)``."""
        index = self.text_index(where, item)
        if index is None or not self.counts[index]:
            return []
        return [m.span() for m in self.regex.finditer(self.texts[index][2])]

    def match(self, number: int) -> Match:
        """Match ``number`` (0-based, page order)."""
        index = bisect.bisect_right(self.before, number) - 1  # the text holding it
        where, item, text = self.texts[index]
        found = next(itertools.islice(self.regex.finditer(text), number - self.before[index], None))
        return Match(where, item, found.start(), found.end())

    def number_of(self, match: Match) -> int | None:
        """``match``'s number, or None when the query no longer matches just there."""
        index = self.text_index(match.where, match.item)
        if index is None or not self.counts[index]:
            return None
        for rank, found in enumerate(self.regex.finditer(self.texts[index][2])):
            if found.start() >= match.start:
                return self.before[index] + rank if found.span() == (match.start, match.end) else None
        return None

    def first_from(self, where: str, item: Item | None, offset: int) -> int | None:
        """The first match starting at or after ``offset`` in that text, or in a later one; from
        the end, the first of all. None when there is no match."""
        if not self.total:
            return None
        found = self._locate(where, item, offset)
        if found is None:
            return 0
        index, offset = found
        number = self.before[index] + self._starting_before(index, offset)
        return number if number < self.total else 0

    def last_before(self, where: str, item: Item | None, offset: int) -> int | None:
        """The last match starting before ``offset`` in that text, or in an earlier one; from the
        start, the last of all. None when there is no match."""
        if not self.total:
            return None
        found = self._locate(where, item, offset)
        if found is None:
            return self.total - 1
        index, offset = found
        number = self.before[index] + self._starting_before(index, offset) - 1
        return number if number >= 0 else self.total - 1

    def _locate(self, where: str, item: Item | None, offset: int) -> tuple[int, int] | None:
        """The text and offset of a place; an item's empty label or speaker is not searched (no
        text), so a place there stands at the start of the item's next field."""
        index = self.text_index(where, item)
        if index is not None:
            return index, offset
        following = {LABEL: (SPEAKER, ITEM), SPEAKER: (ITEM,)}.get(where, ())
        for field in following:
            index = self.text_index(field, item)
            if index is not None:
                return index, 0
        return None

    def _starting_before(self, index: int, offset: int) -> int:
        if not self.counts[index]:
            return 0
        return sum(1 for found in self.regex.finditer(self.texts[index][2]) if found.start() < offset)
