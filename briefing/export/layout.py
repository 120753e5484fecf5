"""The brief as the ordered blocks a reader sees, before any file format is chosen.

Like novelWriter's tokenizer, this module decides *what* the document shows and in which
order: the form's title, the title-block rows, one heading per section, party groups,
items with their lead-ins, portion marks and note numbers, the source, the notes, and the
marking. Writers (Word now, PDF next) render these blocks and decide nothing themselves,
so every format shows the same brief; the page estimate counts the same blocks.

No Qt and no python-docx here: the window's status bar imports this for its page count.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from briefing import wordfile as w
from briefing.export.textclean import Marks, clean_with_marks, is_rtl, xml_safe
from briefing.model import Brief, Item, Section
from briefing.templates import SectionRole, Template, TemplateMarking, TemplateStyle, find_template

logger = logging.getLogger(__name__)

NOTE_QUOTE_CHARS = 90

# The page estimate: lines a page holds and what each block costs. It matched LibreOffice's
# page count for the sample at 1x, 2x, 4x and 8x its length.
LINES_PER_PAGE = 44
CHARS_PER_LINE = 80  # a bulleted line
TITLE_BLOCK_LINES = 9  # marking, the form's name, subject, purpose and their spacing
HEADING_LINES = 2.5  # a section heading with the space above and below it
ITEM_GAP_LINES = 0.1
_COUNTED_ROWS = ("to", "from_", "date", "file_number")  # rows beyond the ones TITLE_BLOCK_LINES covers


class BlockKind(StrEnum):
    """What a block is; each writer maps a kind to its own style."""

    HEADING = "heading"  # one per section, and the Source and Source notes headings
    PARTY = "party"  # a party's group of positions
    ITEM = "item"  # a bullet; ``lines`` holds its text line by line
    SOURCE_ROW = "source_row"  # "Article: ..." at the end
    NOTE = "note"  # a numbered source note


class LeadKind(StrEnum):
    SPEAKER = "speaker"  # who holds a position ("Wang Yi: ...")
    LABEL = "label"  # a short name ("Taiwan: ..."), or a source row's label


@dataclass(frozen=True)
class Line:
    """One line of an item (an item's text may have several), with its bold/italic/underline marks."""

    text: str
    marks: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""  # headings, source rows, notes; items use ``lines``
    lines: tuple[Line, ...] = ()
    lead: str = ""
    lead_kind: LeadKind | None = None
    portion: str = ""  # "(U)" opening the block (and each of an item's lines), or ""
    note: int | None = None  # the source-note number the item's last line carries
    rtl: bool = False
    italic: bool = False  # a source row's value (the article's title)
    section_id: str = ""
    item: tuple[int, int] | None = None  # (section, item) in the brief: export.embed ties the paragraphs to it


@dataclass(frozen=True)
class TitleRow:
    label: str
    value: str
    field: str  # the Metadata field, or "title" for the subject
    portion: str = ""
    bold: bool = False
    rtl: bool = False


@dataclass(frozen=True)
class Marking:
    """The classification marking and where the format's rules put it."""

    text: str
    placement: str = "banner"
    portion: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    """What goes into File > Properties: the page does not show it, records systems read it."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    category: str
    classification: str
    identifier: str
    template_id: str


@dataclass(frozen=True)
class LayoutOptions:
    source_notes: bool = False
    classification: str | None = None  # overrides the brief's own


@dataclass(frozen=True)
class Layout:
    """Everything a writer renders, in order: title, title block, body blocks; marking on every page."""

    title: str  # the form's name ("Briefing note"), above the title block
    style: TemplateStyle
    marking: Marking
    title_block: tuple[TitleRow, ...]
    blocks: tuple[Block, ...]
    info: DocumentInfo
    brief: Brief | None = field(default=None, compare=False, repr=False)  # carried invisibly (export.embed)


@dataclass
class SourceNotes:
    """Numbered notes tying each bullet drawn from the article to the paragraphs it came from."""

    source_text: str
    notes: list[str] = field(default_factory=list)
    _line_starts: list[int] | None = None

    def add(self, item: Item) -> int | None:
        spans = [(s, e) for s, e in item.sources if 0 <= s < e <= len(self.source_text)]
        if not spans:
            return None
        paragraphs = sorted({self.paragraph_of(start) for start, _ in spans})
        where = ("Paragraph " if len(paragraphs) == 1 else "Paragraphs ") + ", ".join(map(str, paragraphs))
        quote = " ".join(xml_safe(self.source_text[spans[0][0] : spans[0][1]]).split())
        if len(quote) > NOTE_QUOTE_CHARS:
            quote = quote[:NOTE_QUOTE_CHARS].rsplit(" ", 1)[0] + "\u2026"
        note = f"{where} of the article: \u201c{quote}\u201d"
        if note in self.notes:  # two bullets from the same passage share one note
            return self.notes.index(note) + 1
        self.notes.append(note)
        return len(self.notes)

    def paragraph_of(self, offset: int) -> int:
        """1-based number of the article paragraph (non-blank line) holding ``offset``."""
        if self._line_starts is None:
            self._line_starts = []
            position = 0
            for line in self.source_text.split("\n"):
                if line.strip():
                    self._line_starts.append(position)
                position += len(line) + 1
        count = sum(1 for start in self._line_starts if start <= offset)
        return max(count, 1)


def one_line(text: str | None) -> str:
    """Text for a heading, label or title-block value: cleaned, whitespace runs made one space."""
    return " ".join(xml_safe(text).split())


def section_role(template: Template | None, section: Section) -> SectionRole:
    """How a section lays out its items; with no template to go by (or a section it lacks),
    items group wherever speakers show parties."""
    if template is None or template.section(section.id) is None:
        return SectionRole.MIXED
    return template.section_role(section.id)


def group_items(section: Section, role: SectionRole) -> tuple[list[Item], dict[str, list[Item]]]:
    """Split a section into lead-in items (in order) and position items grouped by party.

    In a positions section every labelled item is a position; in a mixed one, an item is a
    position when it names a speaker or its label is a party some speaker belongs to; a
    plain section has no positions.
    """
    parties = {i.label for i in section.items if i.speaker and i.label}
    loose: list[Item] = []
    groups: dict[str, list[Item]] = {}
    for item in section.items:
        label = one_line(item.label)
        is_position = role == SectionRole.POSITIONS or (
            role == SectionRole.MIXED and bool(item.speaker or item.label in parties)
        )
        if label and is_position:
            groups.setdefault(label, []).append(item)
        else:
            loose.append(item)
    return loose, groups


def speaker_lead_in(item: Item) -> str | None:
    """The speaker as a lead-in, unless the item's own words already name them.

    "Wang Yi: He urged ..." tells the reader who "He" is; "Wang Yi: Wang Yi emphasized ..."
    only repeats what the sentence says, so the recipient's copy leaves such a lead-in out.
    """
    if not item.speaker:
        return None
    names = [word for word in re.findall(r"[^\W\d_][\w'’-]*", item.speaker) if word[0].isupper() and len(word) > 1]
    if names and any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", item.text) for name in names):
        return None
    return item.speaker


def _item_block(item: Item, lead: str | None, lead_kind: LeadKind, portion: str, notes: SourceNotes | None) -> Block:
    text, marks = clean_with_marks(item.text, item.marks)
    lead_text = one_line(lead) if lead else ""
    lines = tuple(_split_lines(text, marks))
    note = notes.add(item) if notes is not None else None
    return Block(
        BlockKind.ITEM,
        lines=lines,
        lead=lead_text,
        lead_kind=lead_kind if lead_text else None,
        portion=portion,
        note=note,
        rtl=is_rtl(lead_text + text),
    )


def _split_lines(text: str, marks: Marks) -> list[Line]:
    """An item with newlines is one paragraph per line; each line keeps the marks inside it."""
    lines = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        inside = tuple((max(s, start) - start, min(e, end) - start, k) for s, e, k in marks if s < end and e > start)
        lines.append(Line(piece, inside))
        start = end + 1
    return lines


def _heading(kind: BlockKind, text: str, section_id: str = "") -> Block:
    return Block(kind, text=text, rtl=is_rtl(text), section_id=section_id)


def _section_blocks(
    section: Section, template: Template | None, portion: str, notes: SourceNotes | None, number: int = 0
) -> list[Block]:
    if not section.items:
        logger.info("section %r is empty; left out of the export", section.id)
        return []
    blocks = [_heading(BlockKind.HEADING, one_line(section.heading), section.id)]
    loose, groups = group_items(section, section_role(template, section))
    place = {id(item): (number, index) for index, item in enumerate(section.items)}  # grouping reorders items
    for item in loose:
        # A short name leads; a speaker only when there is none (their words say who).
        if one_line(item.label):
            block = _item_block(item, item.label, LeadKind.LABEL, portion, notes)
        else:
            block = _item_block(item, speaker_lead_in(item), LeadKind.SPEAKER, portion, notes)
        blocks.append(replace(block, item=place[id(item)]))
    for party, items in groups.items():
        blocks.append(_heading(BlockKind.PARTY, party, section.id))
        blocks.extend(
            replace(_item_block(item, speaker_lead_in(item), LeadKind.SPEAKER, portion, notes), item=place[id(item)])
            for item in items
        )
    return blocks


def _source_blocks(brief: Brief, portion: str) -> list[Block]:
    rows = []
    for label, field_name in w.SOURCE_ROWS:
        value = one_line(getattr(brief.source, field_name))
        if field_name == "date":
            value = w.display_date(value)
        if value:
            rows.append((label, value))
    if not rows:
        return []
    blocks = [Block(BlockKind.HEADING, text=w.SOURCE_HEADING)]
    for label, value in rows:
        blocks.append(
            Block(
                BlockKind.SOURCE_ROW,
                text=value,
                lead=label,
                lead_kind=LeadKind.LABEL,
                portion=portion,
                rtl=is_rtl(value),
                italic=label == "Article",
            )
        )
    return blocks


def _note_blocks(notes: SourceNotes, portion: str) -> list[Block]:
    if not notes.notes:
        return []
    blocks = [Block(BlockKind.HEADING, text=w.NOTES_HEADING)]
    blocks += [Block(BlockKind.NOTE, text=note, note=n, portion=portion) for n, note in enumerate(notes.notes, 1)]
    return blocks


def title_block_rows(brief: Brief, portion: str = "") -> tuple[TitleRow, ...]:
    """The title block: empty rows left out, the subject always shown (bold, portion-marked)."""
    rows = []
    for label, field_name in w.TITLE_BLOCK_ROWS:
        value = one_line(brief.title if field_name == "title" else getattr(brief.metadata, field_name))
        if field_name == "date":
            value = w.display_date(value)
        if value or field_name == "title":
            subject = field_name == "title"
            rows.append(
                TitleRow(label, value, field_name, portion=portion if subject else "", bold=subject, rtl=is_rtl(value))
            )
    return tuple(rows)


def _info(brief: Brief, template: Template | None, look: TemplateStyle, classification: str) -> DocumentInfo:
    meta = brief.metadata
    labels = dict.fromkeys(one_line(i.label) for i in brief.items() if one_line(i.label))
    return DocumentInfo(
        title=xml_safe(brief.title),
        subject=xml_safe(brief.source.title or brief.title),
        author=xml_safe(meta.drafter or meta.from_),
        keywords=tuple(labels),
        category=template.name if template is not None else look.document_title,
        classification=classification,
        identifier=xml_safe(meta.file_number),
        template_id=xml_safe(brief.template),
    )


def lay_out(brief: Brief, template: Template | None = None, options: LayoutOptions | None = None) -> Layout:
    """The brief's blocks in reading order. ``template`` defaults to the brief's own; a brief whose
    template this installation lacks keeps the default look and groups positions wherever
    speakers show parties."""
    options = options or LayoutOptions()
    if template is None:
        template = find_template(brief.template)
        if template is None:
            logger.info("brief uses unknown template %r; exporting with the default look", brief.template)
    look = template.style if template is not None else TemplateStyle()
    rules = template.marking if template is not None else TemplateMarking()
    raw_classification = brief.metadata.classification if options.classification is None else options.classification
    classification = xml_safe(raw_classification)
    portion = rules.portion_mark(classification)
    marking = Marking(one_line(classification), rules.placement_for(classification), portion)
    notes = SourceNotes(brief.source.text) if options.source_notes else None
    blocks: list[Block] = []
    for number, section in enumerate(brief.sections):
        blocks += _section_blocks(section, template, portion, notes, number)
    blocks += _source_blocks(brief, portion)
    if notes is not None:
        blocks += _note_blocks(notes, portion)
    return Layout(
        title=one_line(look.document_title),
        style=look,
        marking=marking,
        title_block=title_block_rows(brief, portion),
        blocks=tuple(blocks),
        info=_info(brief, template, look, classification),
        brief=brief,
    )


def estimate_pages(brief: Brief, template: Template | None = None, options: LayoutOptions | None = None) -> int:
    """Pages as exported: the lines each block of the layout wraps to, over the lines a page holds.

    An estimate, and shown as one; it counts the same blocks the writers render, so a section
    the export leaves out costs nothing and party headings count wherever the layout groups.
    """
    layout = lay_out(brief, template, options)
    lines: float = TITLE_BLOCK_LINES + sum(1 for row in layout.title_block if row.field in _COUNTED_ROWS)
    for block in layout.blocks:
        if block.kind == BlockKind.HEADING:
            lines += HEADING_LINES
        elif block.kind == BlockKind.PARTY:
            lines += 1
        elif block.kind == BlockKind.ITEM:
            prefix = len(block.lead) + len(w.LEAD_IN_SEPARATOR) if block.lead else 0
            text = sum(len(line.text) for line in block.lines) + len(block.lines) - 1
            lines += math.ceil(max(1, prefix + text) / CHARS_PER_LINE) + ITEM_GAP_LINES
        elif block.kind in (BlockKind.SOURCE_ROW, BlockKind.NOTE):
            lines += math.ceil(max(1, len(block.lead) + len(block.text)) / CHARS_PER_LINE)
    return max(1, math.ceil(lines / LINES_PER_PAGE))
