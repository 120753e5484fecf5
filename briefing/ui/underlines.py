"""Spelling and unsupported words underlined in the items, from the latest check.

Painted by the item's one highlighter (``item_highlighter``, which marks its placeholders too)
on the QTextDocument the BriefDocument keeps for the whole session, so an underline survives an
editor being rebuilt, and an editor created later (an item scrolled into view) shows it at once. A highlighter's formats live in the document's
layout only: never in the item's text or marks, never in the undo history, and they do not
mark the document modified.

Between checks the writer types on, so each underline is placed by comparing the item's text
as it was checked with its text now: a mark before or after the changed stretch moves with
the text, a mark whose word or edges changed is left out until the next check says again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from briefing.check import Finding
from briefing.check.spelling import plain_form
from briefing.model import Brief, Item
from briefing.ui.document import BriefDocument
from briefing.ui.item_highlighter import ItemHighlighter, Painted

logger = logging.getLogger(__name__)

UNDERLINED = ("unsupported", "spelling")  # painted in this order: spelling wins where both apply
SPELLING_COLOUR = "#e0245e"  # red, wavy
UNSUPPORTED_COLOUR = "#7c5cd6"  # violet, dashed: not red, not the amber of unreviewed items


def underline_format(kind: str) -> QTextCharFormat:
    """Red wavy for spelling; a violet dashed line for words the article does not contain."""
    fmt = QTextCharFormat()
    if kind == "spelling":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(QColor(SPELLING_COLOUR))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor(UNSUPPORTED_COLOUR))
    return fmt


@dataclass(frozen=True)
class Mark:
    """One underlined stretch of an item's text, ``[start, end)``, and the words it covered."""

    kind: str
    start: int
    end: int
    word: str
    message: str


@dataclass(frozen=True)
class ItemMarks:
    """An item's marks and the text they were found in."""

    text: str
    marks: tuple[Mark, ...]


MarksByItem = dict[int, tuple[Item, ItemMarks]]  # id(item) -> the item and its marks


def marks_from(findings: Iterable[Finding], checked: Brief, live: dict[str, list[Item]]) -> MarksByItem:
    """The underlines a check gives: ``checked`` is the brief as checked (a copy), ``live`` the
    window's own items section by section at that moment, so a finding lands on the very item
    it was about even when items were added or moved since."""
    found: dict[int, tuple[Item, str, list[Mark]]] = {}
    for finding in findings:
        if finding.kind not in UNDERLINED or finding.item is None or finding.start is None or finding.end is None:
            continue
        section = checked.section(finding.section or "")
        items = live.get(finding.section or "", [])
        if section is None or not 0 <= finding.item < min(len(section.items), len(items)):
            continue
        text = section.items[finding.item].text
        item = items[finding.item]
        entry = found.setdefault(id(item), (item, text, []))
        entry[2].append(
            Mark(finding.kind, finding.start, finding.end, text[finding.start : finding.end], finding.message)
        )
    return {key: (item, ItemMarks(text, tuple(marks))) for key, (item, text, marks) in found.items()}


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def moved(entry: ItemMarks, text: str) -> list[Mark]:
    """``entry``'s marks where they stand in ``text`` now, leaving out any whose words changed.

    The edit is taken as one stretch (the longest common start and end of the two texts):
    marks before it stay, marks after it shift, marks touching it go, unless the edit only
    added or removed non-word characters beside them ("recieve" + " the" keeps its mark,
    "recieve" + "d" loses it).
    """
    old = entry.text
    if text == old:
        return list(entry.marks)
    limit = min(len(old), len(text))
    prefix = 0
    while prefix < limit and old[prefix] == text[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == text[-1 - suffix]:
        suffix += 1
    shift = len(text) - len(old)
    tail = len(old) - suffix  # the first unchanged character after the edit, in the old text
    found = []
    for mark in entry.marks:
        if mark.end < prefix or (mark.end == prefix and not (prefix < len(text) and _word_char(text[prefix]))):
            start, end = mark.start, mark.end
        elif mark.start > tail or (
            mark.start == tail and not (tail + shift > 0 and _word_char(text[tail + shift - 1]))
        ):
            start, end = mark.start + shift, mark.end + shift
        else:
            continue
        if text[start:end] == mark.word:
            found.append(mark if start == mark.start else replace(mark, start=start, end=end))
    return found


class MenuOffers(Protocol):
    """What the item's context menu offers for a marked word (the Check pane provides it)."""

    def suggestions(self, word: str) -> list[str]: ...

    def nearest_names(self, word: str) -> list[str]: ...

    def add_to_dictionary(self, word: str) -> None: ...

    def ignore(self, word: str) -> None: ...


class Underlines(QObject):
    """The latest check's marks, item by item; each item's ItemHighlighter reads them from here."""

    def __init__(self, doc: BriefDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.offers: MenuOffers | None = None
        self.formats = {kind: underline_format(kind) for kind in UNDERLINED}
        self._marks: MarksByItem = {}
        self._highlighters: dict[int, tuple[Item, ItemHighlighter]] = {}

    def entry(self, item: Item) -> ItemMarks | None:
        found = self._marks.get(id(item))
        return found[1] if found is not None and found[0] is item else None

    def block_marks(self, item: Item, document: QTextDocument, text: str, offset: int) -> Painted:
        """Where ``item``'s marks fall in its block ``text`` (which starts at ``offset``), in
        the order they are painted; none when the check left it none."""
        entry = self.entry(item)
        if entry is None:
            return []
        whole = text if document.blockCount() == 1 else document.toPlainText()
        marks = moved(entry, whole)
        found: Painted = []
        for kind in UNDERLINED:
            for mark in marks:
                start, end = max(mark.start - offset, 0), min(mark.end - offset, len(text))
                if mark.kind == kind and start < end:
                    found.append((start, end, self.formats[kind]))
        return found

    def show(self, marks: MarksByItem) -> None:
        """Underline ``marks`` (from :func:`marks_from`); only items whose marks changed are repainted."""
        old, self._marks = self._marks, marks
        self._highlighters = {k: v for k, v in self._highlighters.items() if shiboken6.isValid(v[1])}
        live = {id(item) for item in self.doc.brief.items()}
        for key in old.keys() | marks.keys():
            before, after = old.get(key), marks.get(key)
            if before is not None and after is not None and before[0] is after[0] and before[1] == after[1]:
                continue
            item = (after or before or (None, None))[0]
            if item is not None:
                self._repaint(item, create=after is not None and key in live)

    def clear(self) -> None:
        self.show({})

    def forget(self, kind: str, word: str) -> None:
        """Drop every ``kind`` mark on ``word`` (in any case or possessive) at once: the writer
        added it to the dictionary or ignored it, and need not wait for the next check."""
        form = plain_form(word)
        kept: MarksByItem = {}
        for key, (item, entry) in self._marks.items():
            marks = tuple(m for m in entry.marks if m.kind != kind or plain_form(m.word) != form)
            if marks:
                kept[key] = (item, entry if marks == entry.marks else ItemMarks(entry.text, marks))
        self.show(kept)

    def marks_at(self, document: QTextDocument, position: int) -> tuple[Item, list[Mark]] | None:
        """The item ``document`` holds and its marks at ``position`` (the word's end counts)."""
        for item, highlighter in self._highlighters.values():
            if shiboken6.isValid(highlighter) and highlighter.document() is document:
                entry = self.entry(item)
                if entry is None:
                    return None
                marks = [m for m in moved(entry, document.toPlainText()) if m.start <= position <= m.end]
                return item, marks
        return None

    def _repaint(self, item: Item, *, create: bool) -> None:
        found = self._highlighters.get(id(item))
        highlighter = found[1] if found is not None and found[0] is item and shiboken6.isValid(found[1]) else None
        if highlighter is None:
            if not create:
                return
            # The document outlives the item's editor; an editor made later shows the marks.
            highlighter = ItemHighlighter.on(self.doc.text_document(item))
            highlighter.show_underlines(item, self)
            self._highlighters[id(item)] = (item, highlighter)
        highlighter.rehighlight()
