"""A .docx that Briefing exported (and a colleague may have edited in Word) back into a Brief.

The Word file's conventions are the contract (briefing.wordfile): Heading 1 starts a
section, Heading 2 names a party, each bullet is an item whose bold lead-in is its speaker
or short name, a List Continue paragraph is a further line of the item above, and the
title block table holds the metadata. A custom document property marks the file as a
Briefing export, so an arbitrary article .docx is never mistaken for a brief.

What Word cannot carry back: the article's full text and the offsets into it. Imported items
are therefore the writer's own (``origin="user"``), with no sources.
"""

from __future__ import annotations

import io
import logging
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefing import placeholders
from briefing import wordfile as c
from briefing.errors import BriefFormatError, ReadError
from briefing.fileio import read_limited
from briefing.importer.embedded import restore
from briefing.importer.runs import is_placeholder, paragraph_text, parse_paragraph, portion_pattern, shift_marks
from briefing.model import DEFAULT_CLASSIFICATION, FORMAT_NAME, FORMAT_VERSION, Brief, Item, Metadata, Section, Source
from briefing.safezip import UnsafePackageError, check_package, open_package, read_member
from briefing.templates import SectionRole, Template, marking_key, template_or_default
from briefing.wordfile import custom_properties_from_xml, iso_date

logger = logging.getLogger(__name__)

MAX_DOCX_BYTES = 100 * 1024 * 1024
_SMALL_PART = 1024 * 1024  # _rels/.rels and docProps/custom.xml: a few KB in any real file


def _read_bytes(path: str | os.PathLike[str]) -> bytes:
    return read_limited(path, limit=MAX_DOCX_BYTES, noun="a Word brief", error=ReadError)


def is_briefing_docx(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a .docx that Briefing exported; cheap, bounded in memory, and never raises."""
    try:
        with open_package(path) as package:  # only the directory and two small parts are read
            rels = read_member(package, "_rels/.rels", limit=_SMALL_PART).decode("utf-8", "replace")
            match = re.search(r'<Relationship[^>]*Type="' + re.escape(c.CUSTOM_RELTYPE) + r'"[^>]*>', rels)
            if not match:
                return False
            target = re.search(r'Target="/?([^"]+)"', match.group(0))
            name = target.group(1) if target else "docProps/custom.xml"
            custom = read_member(package, name, limit=_SMALL_PART).decode("utf-8", "replace")
    except (OSError, UnsafePackageError, KeyError, ValueError):
        return False
    pattern = (
        r'name="'
        + re.escape(c.MARKER_PROPERTY)
        + r'"[^>]*>\s*<vt:lpwstr>\s*'
        + re.escape(FORMAT_NAME)
        + r"\s*</vt:lpwstr>"
    )
    return re.search(pattern, custom) is not None


def brief_from_docx(path: str | os.PathLike[str], notices: list[str] | None = None) -> Brief:
    """The brief in a Briefing export; ReadError or BriefFormatError (one sentence) otherwise.
    What the writer should be told (no record inside, a broken one) is added to ``notices``."""
    raw = _read_bytes(path)
    name = Path(path).name
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise ReadError(f"cannot open {name}: it is not a Word .docx file, or the file is damaged")
    try:
        check_package(raw)
    except UnsafePackageError as exc:
        raise ReadError(f"cannot open {name}: {exc}") from exc
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many types for a damaged package
        logger.info("%s rejected: %r", name, exc)
        raise ReadError(f"cannot open {name}: the Word file is damaged or of another kind") from exc
    return brief_from_document(document, name=name, notices=notices)


def read_custom_properties(document: Document) -> dict[str, str]:
    """The document's custom properties (docProps/custom.xml) by name; {} when it has none."""
    for rel in document.part.package.rels.values():
        if rel.reltype == c.CUSTOM_RELTYPE and not rel.is_external:
            return custom_properties_from_xml(rel.target_part.blob)
    return {}


def brief_from_document(document: Document, *, name: str = "the document", notices: list[str] | None = None) -> Brief:
    props = read_custom_properties(document)
    if props.get(c.MARKER_PROPERTY, "").strip() != FORMAT_NAME:
        raise BriefFormatError(
            f"{name} is a Word file but not a brief exported by Briefing; "
            "open it as an article to draft a brief from it"
        )
    version = props.get(c.VERSION_PROPERTY, "1").strip()
    if version.isdigit() and int(version) > FORMAT_VERSION:
        raise BriefFormatError(
            f"{name} was exported by a newer Briefing (format version {version}); please update Briefing to open it"
        )
    template = _template(props.get(c.TEMPLATE_PROPERTY, ""))
    reader = _BodyReader(template)
    for block in _blocks(document):
        reader.feed(block)
    for paragraph in _first_page_foot(document):
        reader.feed(paragraph)
    reader.drop_blank_items()
    metadata = reader.metadata
    metadata.classification = (
        props.get(c.CLASSIFICATION_PROPERTY, "").strip()
        or (document.core_properties.content_status or "").strip()
        or _header_marking(document)
        or DEFAULT_CLASSIFICATION
    )
    for item in reader.all_items():  # the document's own level is every unmarked item's default
        if item.portion is not None and marking_key(item.portion) == marking_key(metadata.classification):
            item.portion = None
    title = reader.title or (document.core_properties.title or "").strip() or "Untitled brief"
    page = Brief(
        title=title,
        metadata=metadata,
        source=reader.source,
        template=template.id,
        sections=_with_template_sections(reader.sections, template),
    )
    return restore(document, page, reader.anchors, notices)  # the brief the file carries, where it does


def _template(template_id: str) -> Template:
    return template_or_default(template_id.strip())


def _blocks(document: Document):
    """Body paragraphs and tables in reading order, looking inside content controls."""

    def walk(parent):
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, document._body)
            elif child.tag == qn("w:tbl"):
                yield Table(child, document._body)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content)

    yield from walk(document.element.body)


def _first_page_foot(document: Document) -> list[Paragraph]:
    """The classification authority lines in page 1's own footer, where a US memo has them since
    they stopped being a frame in the body (which :func:`_blocks` still reads in older files)."""
    if not len(document.sections):  # a body without section properties has no footers
        return []
    section = document.sections[0]
    if not section.different_first_page_header_footer or section.first_page_footer.is_linked_to_previous:
        return []
    return [p for p in section.first_page_footer.paragraphs if _style(p) == c.STYLE_AUTHORITY]


def _style(paragraph: Paragraph) -> str:
    try:
        return paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _header_marking(document: Document) -> str:
    """The marking as the page shows it; a first-page-only marking (Canada) is in the first-page header."""
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.insert(0, section.first_page_header)
    for header in headers:
        for paragraph in header.paragraphs:
            if _style(paragraph) == c.STYLE_MARKING and paragraph.text.strip():
                return paragraph.text.strip()
    for header in headers:
        for paragraph in header.paragraphs:
            if paragraph.text.strip():
                return paragraph.text.strip()
    return ""


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "section"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    return slug


def _with_template_sections(sections: list[Section], template: Template) -> list[Section]:
    """Put back, empty and in the template's order, the sections the export left out."""
    present = {s.id for s in sections}
    result = list(sections)
    for index, spec in enumerate(template.sections):
        if spec.id in present:
            continue
        before = [t.id for t in template.sections[:index]]
        position = 0
        for i, section in enumerate(result):
            if section.id in before:
                position = i + 1
        result.insert(position, Section(id=spec.id, heading=spec.heading))
        present.add(spec.id)
    return result


class _BodyReader:
    """Walks the body once, in order, as a small state machine: block, sections, source, notes."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.metadata = Metadata()
        self.source = Source()
        self.title = ""
        self.sections: list[Section] = []
        self.mode = "top"  # top | section | source | notes
        self.party: str | None = None
        self.seen_block = False
        self.last_item: Item | None = None
        self.anchors: dict[int, Any] = {}  # id(item) -> its first paragraph, for importer.embedded
        marking = template.marking
        self.portion = (
            portion_pattern([short for _, short in marking.portion_abbreviations]) if marking.portion_marks else None
        )

    def feed(self, block: Paragraph | Table) -> None:
        if isinstance(block, Table):
            if self.mode == "top" and not self.seen_block:
                self._title_block(block)
                self.seen_block = True
            elif self.mode == "section":
                self._table_rows(block)
            return
        style = _style(block)
        text = paragraph_text(block, self.portion).strip()
        if style == c.STYLE_AUTHORITY:
            self._authority_line(text)
            return
        if style in (c.STYLE_DECISION, c.STYLE_REVIEW_NOTICE):  # the form's or the exporter's, not the writer's
            return
        if self.mode == "top" and style == c.STYLE_TITLE:
            self._memo_heading(" ".join(text.split()))
        elif style == c.STYLE_SECTION or style == "Heading 1":
            self._heading(" ".join(text.split()))
        elif self.mode == "section" and re.fullmatch(r"Heading [2-9]", style):
            self.party = " ".join(text.split()) or None
            self.last_item = None
        elif self.mode == "section" and not is_placeholder(block):
            self._paragraph(block, style)
        elif self.mode == "source" and text:
            self._source_line(text)

    def _memo_heading(self, text: str) -> None:
        """A memo's "INFORMATION MEMO FOR THE SECRETARY" carries the addressee."""
        heading = self.template.memo_heading
        if "{to}" not in heading:
            return
        before, _, after = heading.partition("{to}")
        pattern = re.escape(before) + "(.+?)" + re.escape(after) + "$"
        found = re.match(pattern, text, re.IGNORECASE)
        if found and found[1].strip().lower() != placeholders.ADDRESSEE.lower() and not self.metadata.to:
            self.metadata.to = found[1].strip()

    def _authority_line(self, text: str) -> None:
        label, sep, value = text.partition(c.LEAD_IN_SEPARATOR.strip())
        fields = {name.lower(): field for name, field in c.AUTHORITY_ROWS}
        field = fields.get(label.strip().lower())
        value = " ".join(value.split())
        if sep and field is not None and value != placeholders.TO_BE_COMPLETED:
            setattr(self.metadata, field, value)

    def _title_block(self, table: Table) -> None:
        fields = {label.lower(): name for label, name in (*c.TITLE_BLOCK_ROWS, *self.template.title_block)}
        for row in table.rows:
            cells = row.cells
            if len(cells) < 2:
                continue
            label = cells[0].text.strip().rstrip(":").strip().lower()
            value = " ".join("\n".join(paragraph_text(p, self.portion) for p in cells[-1].paragraphs).split())
            name = fields.get(label)
            if name == "title":
                self.title = value
            elif name in c.DATE_FIELDS:
                setattr(self.metadata, name, iso_date(value))
            elif name is not None and hasattr(self.metadata, name):
                setattr(self.metadata, name, value)

    def _heading(self, text: str) -> None:
        self.party = None
        self.last_item = None
        if text.lower() == c.SOURCE_HEADING.lower():
            self.mode = "source"
            return
        if text.lower() == c.NOTES_HEADING.lower():
            self.mode = "notes"
            return
        self.mode = "section"
        spec = next((s for s in self.template.sections if s.heading.lower() == text.lower()), None)
        taken = {s.id for s in self.sections}
        section_id = spec.id if spec is not None and spec.id not in taken else _slug(text, taken)
        self.sections.append(Section(id=section_id, heading=text))

    def _paragraph(self, paragraph: Paragraph, style: str) -> None:
        parsed = parse_paragraph(paragraph, self.portion)
        if style.startswith("List Continue") and self.last_item is not None:
            item = self.last_item
            offset = len(item.text) + 1
            item.text += "\n" + parsed.text
            item.marks = item.marks + shift_marks(parsed.marks, offset)
            return
        item = Item(text=parsed.text, marks=parsed.marks, origin="user", reviewed=True)
        item.portion = self._level(parsed.portion)
        section = self.sections[-1]
        kind = parsed.lead_kind
        if kind == "bold":  # typed by hand: a speaker among positions, else a short name
            in_positions = self.party is not None or self._positions_only(section)
            kind = "speaker" if in_positions else "label"
        item.label = self.party
        if kind == "speaker":
            item.speaker = parsed.lead
        elif kind == "label":
            item.label = parsed.lead
        section.items.append(item)
        self.anchors[id(item)] = paragraph._p
        self.last_item = item

    def _level(self, mark: str) -> str | None:
        """ "(S//NOFORN)" back to "SECRET//NOFORN" by the format's abbreviations; None without a mark."""
        inner = mark.strip()[1:-1] if mark.startswith("(") and mark.endswith(")") else ""
        if not inner:
            return None
        short, sep, caveats = inner.partition("//")
        levels = {abbreviation: level for level, abbreviation in self.template.marking.portion_abbreviations}
        return levels.get(short.strip(), short.strip()) + sep + caveats

    def _table_rows(self, table: Table) -> None:
        """A table a colleague added to a section: one item per row, its cells joined by "; "."""
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:  # a merged cell repeats; keep it once
                text = " ".join(cell.text.split())
                if text and (not cells or cells[-1] != text):
                    cells.append(text)
            if cells:
                item = Item(text="; ".join(cells), label=self.party, origin="user", reviewed=True)
                self.sections[-1].items.append(item)
        self.last_item = None

    def all_items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def drop_blank_items(self) -> None:
        """Empty bullets (and spacing paragraphs) carry nothing a reader would miss."""
        for section in self.sections:
            section.items = [i for i in section.items if i.text.strip() or i.label or i.speaker]

    def _positions_only(self, section: Section) -> bool:
        return self.template.section_role(section.id) == SectionRole.POSITIONS

    def _source_line(self, text: str) -> None:
        label, sep, value = text.partition(c.LEAD_IN_SEPARATOR.strip())
        if not sep:
            return
        fields = {name.lower(): field for name, field in c.SOURCE_ROWS}
        field = fields.get(label.strip().lower())
        if field is not None:
            value = " ".join(value.split())
            setattr(self.source, field, iso_date(value) if field == "date" else value)
