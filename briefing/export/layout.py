"""The brief as the ordered blocks a reader sees, before any file format is chosen.

Like novelWriter's tokenizer, this module decides *what* the document shows and in which
order: the form's title, the title-block rows, one heading per section, party groups,
items with their lead-ins, portion marks and source notes, the source, and the
marking. Writers (Word now, PDF next) render these blocks and decide nothing themselves,
so every format shows the same brief; the page estimate counts the same blocks.

No Qt and no python-docx here: the window's status bar imports this for its page count.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from briefing import markings as m
from briefing import placeholders
from briefing import wordfile as w
from briefing.errors import ExportError
from briefing.export.notes import SourceNotes
from briefing.export.textclean import PLACEHOLDER_MARK, Marks, clean_with_marks, is_rtl, xml_safe
from briefing.layout import home_of
from briefing.model import Brief, Item, Section
from briefing.naming import names_in_text
from briefing.templates import SectionRole, Slot, Template, TemplateMarking, TemplateStyle, find_template

logger = logging.getLogger(__name__)

# The page estimate: lines a page holds and what each block costs. Calibrated on the trimmed
# base (2026-11-30): LibreOffice renders the sample at 1x, 2x, 4x and 8x its length on 2, 3, 6
# and 11 pages, and so does the estimate (it said 2, 4, 7 and 12 with 44 lines a page).
LINES_PER_PAGE = 49
CHARS_PER_LINE = 80  # a bulleted line
TITLE_BLOCK_LINES = 9  # marking, the form's name, subject, purpose and their spacing
HEADING_LINES = 2.5  # a section heading with the space above and below it
ITEM_GAP_LINES = 0.1
LAYOUT_CACHE_ITEMS = 65_536  # items whose blocks the next layout reuses (a long brief, a few times over)
_COUNTED_ROWS = ("to", "from_", "date", "file_number")  # rows beyond the ones TITLE_BLOCK_LINES covers


class BlockKind(StrEnum):
    """What a block is; each writer maps a kind to its own style."""

    HEADING = "heading"  # one per section, and the Source heading
    PARTY = "party"  # a party's group of positions
    ITEM = "item"  # a bullet; ``lines`` holds its text line by line
    SOURCE_ROW = "source_row"  # "Article: ..." at the end
    PLACEHOLDER = "placeholder"  # "[Recommendation to be completed]" in a required section left empty
    DECISION = "decision"  # "Agreed / Not agreed / Please discuss" under a recommendation
    AUTHORITY = "authority"  # "Classified By: ..." on a classified US memo
    NOTICE = "notice"  # "Draft: 3 of 26 items ... not been reviewed", first, when any item is unreviewed


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
    note: str = ""  # the source note ("Article, para. 4: ‘...’") the item's last line carries as a footnote
    rtl: bool = False
    italic: bool = False  # a source row's value (the article's title)
    numbered: bool = False  # an item (or its decision line) in a section whose paragraphs are numbered (1., 2., ...)
    restart: bool = False  # the first numbered item of a section that counts from 1 again
    section_id: str = ""
    item: tuple[int, int] | None = None  # (section, item) in the brief: export.embed ties the paragraphs to it
    unreviewed: bool = False  # a pre-filled item nobody reviewed: flagged "[Not reviewed]" for the reader
    flagged: tuple[tuple[int, int], ...] = ()  # placeholders in ``text`` ("[to be completed]"), highlighted
    lead_flagged: tuple[tuple[int, int], ...] = ()  # placeholders in ``lead`` (a label "[Issue]"), highlighted
    with_previous: bool = False  # on the page of the block before, whatever it is (the Source heading)


@dataclass(frozen=True)
class TitleRow:
    label: str
    value: str
    field: str  # the Metadata field, or "title" for the subject
    portion: str = ""
    bold: bool = False
    rtl: bool = False
    flagged: tuple[tuple[int, int], ...] = ()  # placeholders in ``value`` ("[addressee]"), highlighted
    caps: bool = False  # shown in capitals (the Australian subject); the text stays as written


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
    language: str = ""  # BCP 47, e.g. en-GB: the brief's own choice, else its format's


@dataclass(frozen=True)
class LayoutOptions:
    source_notes: bool = False
    classification: str | None = None  # overrides the brief's own
    validate: bool = True  # refuse markings and purposes the format does not allow (off for the page estimate)


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
    language: str = "en-GB"  # spelling language: the brief's own choice, else the format's
    note_portion: str = ""  # the portion mark opening each source note: the article is public, "(U)"
    title_flagged: tuple[tuple[int, int], ...] = ()  # placeholders in ``title`` ("MEMO FOR [addressee]")
    # lines at the foot of page 1, bottom left, on that page only: a classified US memo's authority
    # block ("Classified By / Reason / Declassify On"), where the receiving office looks for it
    first_page_foot: tuple[Block, ...] = ()


def one_line(text: str | None) -> str:
    """Text for a heading, label or title-block value: cleaned, whitespace runs made one space."""
    return _one_line(text) if text else ""


@lru_cache(maxsize=LAYOUT_CACHE_ITEMS)
def _one_line(text: str) -> str:
    return " ".join(xml_safe(text).split())


def section_role(template: Template | None, section: Section) -> SectionRole:
    """How a section lays out its items; with no template to go by (or a section it lacks),
    items group wherever speakers show parties."""
    if template is None or template.section(section.id) is None:
        return SectionRole.MIXED
    return template.section_role(section.id)


def is_position(item: Item, role: SectionRole, parties: set[str]) -> bool:
    """Does the item go under its party's heading? In a positions section every labelled item
    does; in a mixed one, an item that names a speaker or whose label is a party some speaker
    belongs to; in a plain section none (a label there is a short name such as "Taiwan")."""
    if role == SectionRole.POSITIONS:
        return True
    return role == SectionRole.MIXED and bool(item.speaker or item.label in parties)


def speaker_lead_in(item: Item, heading: str = "") -> str | None:
    """The speaker as a lead-in, unless the item's own words or its group's heading already name them.

    "Wang Yi: He urged ..." tells the reader who "He" is; "Wang Yi: Wang Yi emphasized ..."
    only repeats what the sentence says, and so do "reporter: A reporter asked ..." and, under
    the heading "Sanders campaign", "Sanders campaign: The campaign says ...": the recipient's
    copy leaves such a lead-in out. The words asked are those the page shows: a control character
    the file cannot hold ("0\x1fA") separates no words on the page ("0A").
    """
    speaker = one_line(item.speaker)
    if not speaker or speaker.casefold() == one_line(heading).casefold():
        return None
    return None if _names_in_text(speaker, xml_safe(item.text)) else speaker


@lru_cache(maxsize=LAYOUT_CACHE_ITEMS)
def _names_in_text(speaker: str, text: str) -> bool:
    """``naming.names_in_text``, remembered: each layout asks it of every item again."""
    return names_in_text(speaker, text)


def _item_block(
    item: Item,
    lead: str | None,
    lead_kind: LeadKind,
    portion: str,
    notes: SourceNotes | None,
    numbered: bool = False,
    place: tuple[int, int] | None = None,
) -> Block:
    note = (notes.cite(item) or "") if notes is not None else ""
    marks = tuple((start, end, kind) for start, end, kind in item.marks)
    unreviewed = needs_review(item)
    if lead and lead_kind == LeadKind.SPEAKER:
        lead = w.as_lead(lead)
    return _text_block(item.text, marks, lead or "", lead_kind, portion, note, numbered, place, unreviewed)


@lru_cache(maxsize=LAYOUT_CACHE_ITEMS)
def _text_block(
    text: str,
    marks: tuple[tuple[int, int, str], ...],
    lead: str,
    lead_kind: LeadKind,
    portion: str,
    note: str,
    numbered: bool,
    place: tuple[int, int] | None,
    unreviewed: bool = False,
) -> Block:
    """An item's block from its words alone, kept for the next layout: the window re-estimates the
    pages after every pause in typing, and a brief of thousands of items changes one at a time."""
    cleaned, kept = clean_with_marks(text, list(marks))
    kept = [*kept, *((start, end, PLACEHOLDER_MARK) for start, end in placeholders.find(cleaned))]
    lead_text = one_line(lead) if lead else ""
    return Block(
        BlockKind.ITEM,
        lines=tuple(_split_lines(cleaned, kept)),
        lead=lead_text,
        lead_kind=lead_kind if lead_text else None,
        portion=portion,
        note=note,
        rtl=is_rtl(lead_text + cleaned),
        lead_flagged=placeholders.find(lead_text),
        numbered=numbered,
        item=place,
        unreviewed=unreviewed,
    )


NOTICE_GAP_PT = 12.0  # space above the draft notice: as clear of the title block's rule as a heading is
FOOT_GAP_PT = 12.0  # the least space between the body's last line on page 1 and the authority block below it


def kept_with_previous(block: Block, previous: BlockKind | None) -> bool:
    """Must this block share a page with the one before (every writer keeps them together)? A
    decision line with the recommendation it decides; a source row with the row above, and the Source heading (which
    keeps with its first row) with the body's last paragraph: the source never ends the brief
    alone on a page of its own, nor its last rows apart from the first."""
    kind = block.kind
    return block.with_previous or kind == BlockKind.DECISION or (kind == previous and kind == BlockKind.SOURCE_ROW)


def needs_review(item: Item) -> bool:
    """Pre-filled and never edited or ticked: the reader must be told it is not the writer's word."""
    return item.origin == "prefill" and not item.reviewed


def _review_notice(blocks: list[Block], portion: str) -> list[Block]:
    """The draft notice the body opens with when any item shown is unreviewed, else nothing."""
    items = [block for block in blocks if block.kind == BlockKind.ITEM]
    flagged = sum(1 for block in items if block.unreviewed)
    if not flagged:
        return []
    return [Block(BlockKind.NOTICE, text=w.review_notice(flagged, len(items)), portion=portion)]


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
    return Block(kind, text=text, rtl=is_rtl(text), section_id=section_id, flagged=placeholders.find(text))


def _section_blocks(section: Section, ctx: _Context, number: int = 0) -> list[Block]:
    """A section's heading and items in the writer's order; positions under their party's heading.

    Grouping never moves an item: a party heading opens wherever the party changes from the
    item before, so a party the writer split in two gets its heading twice, and an item the
    writer placed fifth stays fifth. A required section left empty keeps its heading and
    shows a highlighted placeholder, so the format never ends without its conclusion.
    """
    template, notes = ctx.template, ctx.notes
    spec = template.section(section.id) if template is not None else None
    heading = one_line(section.heading)
    if not section.items:
        if spec is None or not spec.required:
            logger.info("section %r is empty; left out of the export", section.id)
            return []
        text = w.PLACEHOLDER_TEXT.format(heading=heading or spec.heading)
        portion = ctx.rules.portion_mark(m.lowest_level(ctx.rules))  # a paragraph like any other: (U) in a US memo
        placeholder = Block(BlockKind.PLACEHOLDER, text=text, portion=portion)
        return [_heading(BlockKind.HEADING, heading, section.id), placeholder]
    numbered = spec is not None and spec.numbered
    decision = " / ".join(spec.decision) if spec is not None else ""
    blocks = [_heading(BlockKind.HEADING, heading, section.id)]
    role = section_role(template, section)
    parties = {i.label for i in section.items if i.speaker and i.label}
    party: str | None = None
    for index, item in enumerate(section.items):
        label = one_line(item.label)
        portion = ctx.portion_of(item)
        place = (number, index)  # export.embed ties the paragraphs to the item
        if label and is_position(item, role, parties):
            group = w.as_lead(label)
            if group != party:  # "other voices" after "Other voices" is the same group
                party = group
                blocks.append(_heading(BlockKind.PARTY, party, section.id))
            block = _item_block(item, speaker_lead_in(item, label), LeadKind.SPEAKER, portion, notes, numbered, place)
        elif label:  # a short name leads; a speaker only when there is none (their words say who)
            block = _item_block(item, item.label, LeadKind.LABEL, portion, notes, numbered, place)
            party = None  # the party's next position shows its heading again
        else:
            block = _item_block(item, speaker_lead_in(item), LeadKind.SPEAKER, portion, notes, numbered, place)
            party = None
        if numbered and index == 0 and spec is not None and spec.restart_numbering:
            block = replace(block, restart=True)
        blocks.append(block)
        if decision:
            # under a numbered recommendation it starts at the number's text column, not a bullet's
            blocks.append(Block(BlockKind.DECISION, text=decision, section_id=section.id, numbered=numbered))
    return blocks


def _source_blocks(brief: Brief, portion: str, date_style: str = w.DAY_MONTH) -> list[Block]:
    rows = []
    for label, field_name in w.SOURCE_ROWS:
        value = one_line(getattr(brief.source, field_name))
        if field_name == "date":
            value = w.display_date(value, date_style)
        if value:
            rows.append((label, value))
    if not rows:
        return []
    blocks = [Block(BlockKind.HEADING, text=w.SOURCE_HEADING, with_previous=True)]
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


def title_block_rows(
    brief: Brief,
    portion: str = "",
    rows: tuple[tuple[str, str], ...] = w.TITLE_BLOCK_ROWS,
    *,
    caps: bool = False,
    date_style: str = w.DAY_MONTH,
) -> tuple[TitleRow, ...]:
    """The title block: empty rows left out, the subject always shown (bold, portion-marked, in
    capitals where ``caps``: the Australian brief's title is in bold capitals), dates written
    in ``date_style`` (a US memo's "December 1, 2026")."""
    shown = []
    for label, field_name in rows:
        value = one_line(brief.title if field_name == "title" else getattr(brief.metadata, field_name, ""))
        if field_name in w.DATE_FIELDS:
            value = w.display_date(value, date_style)
        if value or field_name == "title":
            subject = field_name == "title"
            shown.append(
                TitleRow(
                    label,
                    value,
                    field_name,
                    portion=portion if subject else "",
                    bold=subject,
                    rtl=is_rtl(value),
                    flagged=placeholders.find(value),
                    caps=subject and caps,
                )
            )
    return tuple(shown)


def subject_portion(brief: Brief, document: str, public: str) -> str:
    """The subject line's own portion mark, as every portion's is its own: the published article's
    headline is (U) in a SECRET memo, as the pre-filled items quoting it are; a subject the writer
    wrote carries the document's level (it may say what the memo does)."""
    title = one_line(brief.title).casefold()
    return public if title and title == one_line(brief.source.title).casefold() else document


def memo_heading(template: Template | None, brief: Brief) -> str:
    """The line a memo opens with ("INFORMATION MEMO FOR THE SECRETARY"), or "" for other formats."""
    if template is None or not template.memo_heading:
        return ""
    to = one_line(brief.metadata.to) or placeholders.ADDRESSEE
    return template.memo_heading.format(to=to)  # the Title style shows it in capitals


def _authority_blocks(brief: Brief, ctx: _Context) -> list[Block]:
    """ "Classified By / Reason / Declassify On" where the format requires it of classified documents."""
    if not ctx.rules.authority_block or m.rank(ctx.banner, ctx.rules) <= 0:
        return []
    meta = brief.metadata
    rows = []
    for label, field_name in w.AUTHORITY_ROWS:
        value = one_line(getattr(meta, field_name)) or placeholders.TO_BE_COMPLETED
        rows.append(
            Block(
                BlockKind.AUTHORITY, text=value, lead=label, lead_kind=LeadKind.LABEL, flagged=placeholders.find(value)
            )
        )
    return rows


def _keywords(brief: Brief, template: Template | None) -> tuple[str, ...]:
    """The parties and the key issues' short names: what a records search would look for. An
    outlook item's label says how likely it is ("Planned", "Possible"), which is no keyword."""
    labels = {
        one_line(item.label): None
        for section in brief.sections
        for item in section.items
        if one_line(item.label) and home_of(item, template, section.id) != Slot.OUTLOOK
    }
    return tuple(labels)


def _info(brief: Brief, template: Template | None, look: TemplateStyle, classification: str) -> DocumentInfo:
    meta = brief.metadata
    return DocumentInfo(
        title=xml_safe(brief.title),
        subject=xml_safe(brief.source.title or brief.title),
        author=xml_safe(meta.drafter or meta.from_),
        keywords=_keywords(brief, template),
        category=template.name if template is not None else look.document_title,
        classification=classification,
        identifier=xml_safe(meta.file_number),
        template_id=xml_safe(brief.template),
    )


@dataclass
class _Context:
    """What every block of one layout shares: the rules, the banner, the notes being numbered."""

    template: Template | None
    rules: TemplateMarking
    banner: str
    notes: SourceNotes | None
    validate: bool
    format_name: str

    def portion_of(self, item: Item) -> str:
        """The item's portion mark: its own level, else unclassified for text taken from a published
        article (pre-filled) and the document's level for what the writer wrote."""
        if not self.rules.portion_marks:
            return ""
        return self.rules.portion_mark(self.level_of(item))

    def level_of(self, item: Item) -> str:
        if item.portion and item.portion.strip():
            if self.validate:
                return m.normalise_marking(xml_safe(item.portion), self.rules, format_name=self.format_name)
            return xml_safe(item.portion)
        return m.lowest_level(self.rules) if item.origin == "prefill" else self.banner


def lay_out(brief: Brief, template: Template | None = None, options: LayoutOptions | None = None) -> Layout:
    """The brief's blocks in reading order. ``template`` defaults to the brief's own; a brief whose
    template this installation lacks keeps the default look and groups positions wherever
    speakers show parties. Raises ExportError (MarkingError) for a marking or purpose the
    format does not allow, or a banner below one of the portions."""
    options = options or LayoutOptions()
    if template is None:
        template = find_template(brief.template)
        if template is None:
            logger.info("brief uses unknown template %r; exporting with the default look", brief.template)
    look = template.style if template is not None else TemplateStyle()
    rules = template.marking if template is not None else TemplateMarking()
    name = f"the {template.name}" if template is not None else "this format"
    raw_classification = brief.metadata.classification if options.classification is None else options.classification
    classification = xml_safe(raw_classification)
    if options.validate:
        classification = m.normalise_marking(classification, rules, format_name=name)
        _check_purpose(brief, template)
    ctx = _Context(template, rules, classification, None, options.validate, name)
    if options.validate and rules.portion_marks:
        m.check_banner(classification, [ctx.level_of(i) for i in brief.items()], rules)
    portion = rules.portion_mark(classification)
    public = rules.portion_mark(m.lowest_level(rules))  # the article's own title, outlet and words
    marking = Marking(one_line(classification), rules.placement_for(classification), portion)
    ctx.notes = SourceNotes(brief.source) if options.source_notes else None
    blocks: list[Block] = []
    for number, section in enumerate(brief.sections):
        blocks += _section_blocks(section, ctx, number)
    blocks += _source_blocks(brief, public, look.date_style)
    blocks = _review_notice(blocks, public) + blocks
    rows = template.title_block if template is not None and template.title_block else w.TITLE_BLOCK_ROWS
    language = brief.metadata.language or (template.language if template is not None else "en-GB")
    title = memo_heading(template, brief) or one_line(look.document_title)
    return Layout(
        title=title,
        style=look,
        marking=marking,
        title_block=title_block_rows(
            brief, subject_portion(brief, portion, public), rows, caps=look.subject_caps, date_style=look.date_style
        ),
        blocks=tuple(blocks),
        info=replace(_info(brief, template, look, classification), language=language),
        brief=brief,
        language=language,
        note_portion=public,
        title_flagged=placeholders.find(title),
        # on the face of the memo (32 CFR 2001.21, 5 FAH-1 H-131), at the foot of page 1 as the
        # marking guides show it: under the title block it pushed the BLUF down the first page
        first_page_foot=tuple(_authority_blocks(brief, ctx)),
    )


def _check_purpose(brief: Brief, template: Template | None) -> None:
    purpose = " ".join(brief.metadata.purpose.split())
    if template is None or not template.purposes or not purpose:
        return
    if purpose.lower() not in {p.lower() for p in template.purposes}:
        raise ExportError(
            f"the {template.name} does not take the purpose '{purpose}'; "
            f"choose {' or '.join(template.purposes)}, or another format"
        )


def estimate_pages(brief: Brief, template: Template | None = None, options: LayoutOptions | None = None) -> int:
    """Pages as exported: the lines each block of the layout wraps to, over the lines a page holds.

    An estimate, and shown as one; it counts the same blocks the writers render, so a section
    the export leaves out costs nothing and party headings count wherever the layout groups.
    """
    options = options or LayoutOptions()
    layout = lay_out(brief, template, LayoutOptions(options.source_notes, options.classification, validate=False))
    lines: float = TITLE_BLOCK_LINES + sum(1 for row in layout.title_block if row.field in _COUNTED_ROWS)
    for block in (*layout.first_page_foot, *layout.blocks):
        if block.kind == BlockKind.HEADING:
            lines += HEADING_LINES
        elif block.kind == BlockKind.PARTY:
            lines += 1
        elif block.kind == BlockKind.ITEM:
            prefix = len(block.lead) + len(w.LEAD_IN_SEPARATOR) if block.lead else 0
            prefix += len(w.REVIEW_FLAG_TEXT + w.REVIEW_FLAG_SEPARATOR) if block.unreviewed else 0
            text = sum(len(line.text) for line in block.lines) + len(block.lines) - 1
            lines += math.ceil(max(1, prefix + text) / CHARS_PER_LINE) + ITEM_GAP_LINES
            lines += 0.8 if block.note else 0  # its footnote, in smaller type
        else:
            lines += math.ceil(max(1, len(block.lead) + len(block.text)) / CHARS_PER_LINE)
    return max(1, math.ceil(lines / LINES_PER_PAGE))
