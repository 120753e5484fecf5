"""Give back the brief a Briefing Word file carries, with what the page now says winning.

An untouched export opens as the identical brief. After a colleague edited it in Word or
LibreOffice, each item still inside its hidden bookmark keeps its sources, speaker, label,
origin and review state; an item whose words changed counts as edited by a person (reviewed);
paragraphs with no bookmark are new items of the writer's own; items whose paragraphs were
deleted are gone. A file without the record (another program's, or stripped) imports from
the page alone, and says that the article and sources could not be recovered; a broken or
tampered record is ignored with one message.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

from docx.document import Document
from docx.oxml.ns import qn

from briefing import record
from briefing.model import Brief, Item
from briefing.wordfile import as_lead

logger = logging.getLogger(__name__)

NO_RECORD = (
    "this Word file does not carry its brief, so the article and each item's sources could not be "
    "recovered; every item counts as your own"
)
# What XML 1.0 cannot hold (the export leaves it out), lone surrogates included.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def read_record(document: Document) -> tuple[Brief | None, str | None]:
    """The brief recorded in the file, or None with what to tell the writer (None: nothing to say)."""
    for part in document.part.package.iter_parts():
        if not str(part.partname).startswith("/customXml/item"):
            continue
        blob = part.blob
        if not record.is_record(blob):
            continue
        try:
            return record.decode(blob), None
        except record.RecordError as exc:
            logger.warning("embedded brief ignored: %s", exc)
            return None, (
                f"the brief recorded inside this Word file was ignored ({exc}); the text on the page was imported, "
                "without the article and sources"
            )
    return None, NO_RECORD


def paragraph_keys(document: Document) -> dict[Any, tuple[int, int]]:
    """Each body paragraph inside one of our bookmarks -> (section, item) of the record.

    A bookmark opens inside an item's first paragraph and closes in its last; editors may move
    the marks between paragraphs, so this walks the body in order and tracks what is open.
    """
    body = document.element.body
    open_marks: dict[str, tuple[int, int]] = {}
    keys: dict[Any, tuple[int, int]] = {}
    tags = (qn("w:p"), qn("w:bookmarkStart"), qn("w:bookmarkEnd"))
    for element in body.iter(*tags):
        if element.tag == qn("w:p"):
            if open_marks:
                keys.setdefault(element, next(iter(open_marks.values())))
        elif element.tag == qn("w:bookmarkStart"):
            key = record.bookmark_key(element.get(qn("w:name"), ""))
            if key is not None:
                open_marks[element.get(qn("w:id"), "")] = key
                paragraph = next((a for a in element.iterancestors(qn("w:p"))), None)
                if paragraph is not None:
                    keys.setdefault(paragraph, key)
        else:
            open_marks.pop(element.get(qn("w:id"), ""), None)
    return keys


def _plain(text: str) -> str:
    """Text as the page can hold it: what the export could not write, and spacing, do not count as edits."""
    return " ".join(_INVALID_XML.sub("", text).split())


def _formatting(text: str, marks: list[tuple[int, int, str]]) -> set[tuple[int, str]]:
    """Which shown character (counting only characters the page holds, spaces aside) is bold,
    italic or underlined: formatting as the reader sees it, however the runs were split."""
    shown: list[int | None] = []
    count = 0
    for char in text:
        if _INVALID_XML.match(char) or char.isspace():
            shown.append(None)
        else:
            shown.append(count)
            count += 1
    return {
        (position, kind)
        for start, end, kind in marks
        for position in shown[max(0, start) : max(0, end)]
        if position is not None
    }


def _same_words(page: Item, kept: Item) -> bool:
    return _plain(page.text) == _plain(kept.text) and _formatting(page.text, page.marks) == _formatting(
        kept.text, kept.marks
    )


def _same_name(page: str, recorded: str | None) -> bool:
    """Is the speaker or label on the page the recorded one, as the export shows it (a lower-case
    name leads with a capital there: ``wordfile.as_lead``)?"""
    return _plain(page) in {_plain(recorded or ""), _plain(as_lead(recorded or ""))}


def restore(document: Document, page: Brief, anchors: dict[int, Any], notices: list[str] | None = None) -> Brief:
    """``page`` (the brief as the page reads) with everything the record adds; the record itself
    when nothing on the page changed. ``anchors`` maps each page item (by id) to its first paragraph."""
    kept, notice = read_record(document)
    if kept is None:
        if notice and notices is not None:
            notices.append(notice)
        return page
    keys = paragraph_keys(document)
    used: set[tuple[int, int]] = set()
    untouched = True
    merged = copy.deepcopy(page)
    for section, page_section in zip(merged.sections, page.sections, strict=True):
        items: list[Item] = []
        for item, page_item in zip(section.items, page_section.items, strict=True):
            key = keys.get(anchors.get(id(page_item)))
            original = _recorded(kept, key) if key is not None and key not in used else None
            if original is None:  # a paragraph a colleague added: the writer's own item
                untouched = False
                items.append(item)
                continue
            used.add(key)  # type: ignore[arg-type]  # key is set when original is
            restored = copy.deepcopy(original)
            if not _same_words(item, original):
                restored.text, restored.marks, restored.reviewed = item.text, item.marks, True
                untouched = False
            if item.speaker and not _same_name(item.speaker, original.speaker):
                restored.speaker, restored.reviewed, untouched = item.speaker, True, False
            if item.label and not _same_name(item.label, original.label):
                restored.label, restored.reviewed, untouched = item.label, True, False
            items.append(restored)
        section.items = items
    shown = sum(1 for s in kept.sections for i in s.items if _shown(i))
    if untouched and len(used) == shown and _same_front(page, kept):
        return kept
    merged.source = kept.source
    merged.template = kept.template
    merged.metadata.language = kept.metadata.language
    for section in merged.sections:  # section ids as recorded where the heading is the same
        twin = next((s for s in kept.sections if s.heading == section.heading), None)
        if twin is not None:
            section.id = twin.id
    return merged


def _recorded(kept: Brief, key: tuple[int, int]) -> Item | None:
    section, item = key
    if section < len(kept.sections) and item < len(kept.sections[section].items):
        return kept.sections[section].items[item]
    return None  # a bookmark that points nowhere in the record: the page alone decides


def _same_front(page: Brief, kept: Brief) -> bool:
    """Title, metadata and section headings as the page shows them agree with the record."""
    shown = {k: v for k, v in page.metadata.to_dict().items() if k != "language"}
    recorded = {k: v for k, v in kept.metadata.to_dict().items() if k != "language"}
    return (
        _plain(page.title) == _plain(kept.title)
        and {k: _plain(v) for k, v in shown.items()} == {k: _plain(v) for k, v in recorded.items()}
        and [s.heading for s in page.sections if s.items]
        == [s.heading for s in kept.sections if any(map(_shown, s.items))]
    )


def _shown(item: Item) -> bool:
    """Does the export show this item at all (a blank bullet is left off the page)?"""
    return bool(_plain(item.text) or item.label or item.speaker)
