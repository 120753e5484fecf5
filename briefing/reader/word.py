"""A Word (.docx) article: paragraphs, headings, lists and title, through python-docx.

Word says what a paragraph is through its style (Title, Subtitle, Heading N, Caption, List
Bullet, List Number) or its numbering, so those are trusted; plain "Normal" paragraphs go to the
same shape rules as plain text. The package is checked before python-docx opens it: a zip that
would unpack to hundreds of megabytes is refused, and nothing it links to is ever followed
(python-docx records external targets as text and never fetches them).
"""

from __future__ import annotations

import io
import logging
import re

from briefing.article import Article, BlockKind
from briefing.errors import ReadError
from briefing.reader.structure import build_article
from briefing.reader.units import Part, compose
from briefing.safezip import DamagedPackageError, UnsafePackageError, open_package

logger = logging.getLogger(__name__)

_HEADING_STYLE = re.compile(r"heading\s*([1-9])", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TABLE, _ROW, _CELL = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_SDT, _SDT_CONTENT, _INSERTED, _CUSTOM_XML = f"{_W}sdt", f"{_W}sdtContent", f"{_W}ins", f"{_W}customXml"
_TEXT, _TAB, _BREAK, _CARRIAGE_RETURN = f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"
_NO_BREAK_HYPHEN = f"{_W}noBreakHyphen"
_DELETED, _MOVED_FROM, _TEXT_BOX = f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OTHER_ZIPS = (
    ("mimetype", "is an OpenDocument file; save it as .docx"),
    ("xl/workbook.xml", "is a spreadsheet, not an article"),
    ("ppt/presentation.xml", "is a presentation, not an article"),
)


def article_from_docx(raw: bytes, label: str) -> Article:
    _check_package(raw, label)
    import docx  # python-docx; imported here so that text-only use never pays for it

    try:
        document = docx.Document(io.BytesIO(raw))
        parts = list(_parts(document))
        core_title = (document.core_properties.title or "").strip()
    except ReadError:
        raise
    except Exception as exc:
        logger.warning("python-docx could not read %s: %r", label, exc)
        if "XML_PARSE_HUGE" in str(exc):  # lxml's guard against a text run or nesting past its limits
            raise ReadError(f"{label} holds text too long or nested too deeply to read safely") from exc
        raise ReadError(f"{label} is not a Word document Briefing can read (it may be damaged)") from exc
    if not parts:
        raise ReadError(f"{label} is empty: the Word document has no text")
    title = _mark_title(parts, core_title)
    text, units = compose(parts)
    return build_article(text, units, title=title)


def _check_package(raw: bytes, label: str) -> None:
    try:
        with open_package(raw) as package:
            names = set(package.namelist())
    except DamagedPackageError as exc:
        raise ReadError(f"{label} is not a valid Word document (it may be damaged or only partly copied)") from exc
    except UnsafePackageError as exc:
        raise ReadError(f"{label} unpacks to far more than any article needs; it was not opened") from exc
    if "word/document.xml" not in names:
        for member, message in _OTHER_ZIPS:
            if member in names:
                raise ReadError(f"{label} {message}")
        raise ReadError(f"{label} is a zip archive, not a Word document")


def _parts(document):  # -> Iterator[Part]
    numbering = _Numbering(document)
    styles = _Styles(document)
    yield from _block_parts(document.element.body, styles, numbering)


def _block_parts(container, styles: _Styles, numbering: _Numbering):  # -> Iterator[Part]
    """Paragraphs and tables in order, including those inside content controls (w:sdt), which
    python-docx's own iteration skips and which Word templates use a lot."""
    for child in container:
        if child.tag == _P:
            part = _paragraph_part(child, styles, numbering)
            if part is not None:
                yield part
        elif child.tag == _TABLE:
            yield from _table_parts(child)
        elif child.tag in (_SDT, _SDT_CONTENT, _INSERTED, _CUSTOM_XML):
            yield from _block_parts(child, styles, numbering)


def _table_parts(table):  # -> Iterator[Part]
    for row in table.iter(_ROW):
        cells = [" ".join(paragraph_text(p) for p in cell.iter(_P)).strip() for cell in row.iter(_CELL)]
        cells = [c for c in cells if c]
        if cells:
            yield Part(" | ".join(cells), BlockKind.PARAGRAPH)  # data, not a heading or caption


def paragraph_text(p) -> str:
    """A paragraph's visible text: runs, hyperlinks, fields' results and tracked insertions, but
    not deleted text, field codes, or text boxes anchored to it (their text is elsewhere)."""
    hidden = p.iter(_DELETED, _MOVED_FROM, _TEXT_BOX, _FALLBACK)
    skip = {id(e) for bad in hidden for e in bad.iter()}
    pieces = []
    for element in p.iter(_TEXT, _TAB, _BREAK, _CARRIAGE_RETURN, _NO_BREAK_HYPHEN):
        if skip and id(element) in skip:
            continue
        if element.tag == _TEXT:
            pieces.append(element.text or "")
        elif element.tag == _NO_BREAK_HYPHEN:
            pieces.append("-")
        else:
            pieces.append(" " if element.tag == _TAB else "\n")
    return "".join(pieces)


def _paragraph_part(p, styles: _Styles, numbering: _Numbering) -> Part | None:
    text = paragraph_text(p).strip()
    if not text:
        return None
    style_id = p.style or styles.default
    names = styles.names(style_id)
    for name in names:
        if name == "title":
            return Part(text, BlockKind.TITLE)
        if name == "subtitle":
            return Part(text, BlockKind.STANDFIRST)
        if name == "caption":
            return Part(text, BlockKind.CAPTION)
        heading = _HEADING_STYLE.fullmatch(name)
        if heading:
            return Part(text, BlockKind.HEADING, int(heading.group(1)))
    num_id, level = _numbering_of([p.pPr] + styles.paragraph_properties(style_id))
    if level is None:  # "List Bullet 2" numbers through its style and takes its level from its name
        level = _style_level(names)
    listed = any(n.startswith(("list bullet", "list number", "list paragraph")) for n in names)
    if num_id or listed:
        ordered = numbering.is_ordered(num_id, level) if num_id else any(n.startswith("list number") for n in names)
        marker = numbering.next_number(num_id, level) if ordered else ""
        return Part(text, BlockKind.LIST_ITEM, level + 1, marker)
    return Part(text)


class _Styles:
    """Paragraph styles read once from styles.xml: python-docx's own lookup scans every style
    for each paragraph, which made a long document take seconds."""

    def __init__(self, document) -> None:
        self._name: dict[str, str] = {}
        self._based_on: dict[str, str] = {}
        self._ppr: dict[str, object] = {}
        self.default = ""
        try:
            root = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for style in root.iter(f"{_W}style"):
            if style.get(f"{_W}type") not in (None, "paragraph"):
                continue
            style_id = style.get(f"{_W}styleId") or ""
            name = style.find(f"{_W}name")
            based = style.find(f"{_W}basedOn")
            self._name[style_id] = (name.get(f"{_W}val") or "").lower() if name is not None else ""
            if based is not None:
                self._based_on[style_id] = based.get(f"{_W}val") or ""
            self._ppr[style_id] = style.find(f"{_W}pPr")
            if style.get(f"{_W}default") in ("1", "true", "on"):
                self.default = style_id

    def _chain(self, style_id: str) -> list[str]:
        """The style and those it is based on, nearest first (a custom heading is still one)."""
        chain: list[str] = []
        while style_id and style_id not in chain and len(chain) < 10:
            chain.append(style_id)
            style_id = self._based_on.get(style_id, "")
        return chain

    def names(self, style_id: str) -> list[str]:
        return [self._name.get(s, "") for s in self._chain(style_id)]

    def paragraph_properties(self, style_id: str) -> list:
        return [self._ppr.get(s) for s in self._chain(style_id)]


def _style_level(names: list[str]) -> int:
    match = re.search(r"\s(\d)$", names[0]) if names else None
    return int(match.group(1)) - 1 if match else 0


def _numbering_of(properties: list) -> tuple[str, int | None]:
    """(numId, level) from the first paragraph properties that set numbering; level None when
    the numbering gives none."""
    for ppr in properties:
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        value = num_id.get(f"{_W}val") if num_id is not None else None
        if value and value != "0":  # numId 0 switches numbering off
            level = ilvl.get(f"{_W}val") if ilvl is not None else None
            return value, int(level) if level is not None and level.isdigit() else None
        return "", 0
    return "", 0


class _Numbering:
    """Which numbered lists are bullets and which count, and the running count of each."""

    def __init__(self, document) -> None:
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            if definition is None:
                continue
            for lvl in definition.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                level = lvl.get(f"{_W}ilvl") or "0"
                if level.isdigit():
                    self._formats[(num.get(f"{_W}numId"), int(level))] = (
                        fmt.get(f"{_W}val") if fmt is not None else "bullet"
                    )

    def is_ordered(self, num_id: str, level: int) -> bool:
        return self._formats.get((num_id, level), "bullet") not in ("bullet", "none")

    def next_number(self, num_id: str, level: int) -> str:
        key = (num_id, level)
        self._counters[key] = self._counters.get(key, 0) + 1
        for other in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[other]  # a deeper list restarts under each new item
        return f"{self._counters[key]}."


def _mark_title(parts: list[Part], core_title: str) -> str:
    """The title: a Title-style paragraph, else a lone first Heading 1, else the core property."""
    if any(p.kind == BlockKind.TITLE for p in parts):
        return ""  # build_article takes it from the block
    first = parts[0]
    top_headings = [p for p in parts if p.kind == BlockKind.HEADING and p.level == 1]
    if first.kind == BlockKind.HEADING and first.level == 1 and len(top_headings) == 1:
        first.kind, first.level = BlockKind.TITLE, 0
        return ""
    if core_title and " ".join(first.text.split()) == " ".join(core_title.split()):
        first.kind, first.level = BlockKind.TITLE, 0
        return ""
    return core_title
