"""The body of the brief: one Heading 1 per section, bullets for items, the source at the end.

Positions are grouped by party (a Heading 2 each) with the speaker as a bold lead-in, and key
issues carry their short name as a lead-in, because that is how a reader scans a brief: by
side, then by person. Lead-ins use a character style of their own so the importer can
tell them from the writer's own bold text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from docx.text.paragraph import Paragraph

from briefing.export import conventions as c
from briefing.export.styles import StyleIds
from briefing.export.text import (
    add_run,
    add_text_runs,
    clean_with_marks,
    is_rtl,
    lines_with_offsets,
    set_paragraph_rtl,
    xml_safe,
)
from briefing.model import Brief, Item, Section
from briefing.templates import Template

logger = logging.getLogger(__name__)

NOTE_QUOTE_CHARS = 90


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


def section_mode(template: Template | None, section: Section) -> str:
    """How a section lays out its items: ``positions``, ``mixed`` or ``plain``.

    Only sections the positions slot feeds are grouped by party; elsewhere (summary, key
    issues, outlook) a label is a short name such as "Taiwan" or "Likely", never a party.
    """
    found = template.section(section.id) if template is not None else None
    if template is None or found is None and section.id not in {s.id for s in template.sections}:
        return "mixed"  # no template to go by: group wherever speakers show parties
    slots = found.slots if found is not None else ()
    if slots == ("positions",):
        return "positions"
    return "mixed" if "positions" in slots else "plain"


def group_items(section: Section, mode: str) -> tuple[list[Item], dict[str, list[Item]]]:
    """Split a section into lead-in items (in order) and position items grouped by party.

    In a ``positions`` section every labelled item is a position; in a ``mixed`` one, an item
    is a position when it names a speaker or its label is a party some speaker belongs to;
    a ``plain`` section has no positions.
    """
    parties = {i.label for i in section.items if i.speaker and i.label}
    loose: list[Item] = []
    groups: dict[str, list[Item]] = {}
    for item in section.items:
        label = " ".join(xml_safe(item.label).split())
        is_position = mode == "positions" or mode == "mixed" and (item.speaker or item.label in parties)
        if label and is_position:
            groups.setdefault(label, []).append(item)
        else:
            loose.append(item)
    return loose, groups


def add_portion_mark(styles: StyleIds, paragraph: Paragraph, portion: str) -> None:
    """The portion mark ("(U) ") that opens a paragraph, in a style of its own so the importer drops it."""
    if portion:
        styles.run(paragraph, portion + c.PORTION_MARK_SEPARATOR, c.STYLE_PORTION_MARK)


def add_sections(
    styles: StyleIds, brief: Brief, template: Template | None, notes: SourceNotes | None, portion: str = ""
) -> None:
    for section in brief.sections:
        if not section.items:
            logger.info("section %r is empty; left out of the export", section.id)
            continue
        _rtl_aware(styles.paragraph(c.STYLE_SECTION, " ".join(xml_safe(section.heading).split())))
        loose, groups = group_items(section, section_mode(template, section))
        for item in loose:
            # A short name leads; a speaker only when there is none (their words say who).
            if " ".join(xml_safe(item.label).split()):
                add_item(styles, item, item.label, c.STYLE_LEAD_IN, notes, portion)
            else:
                add_item(styles, item, speaker_lead_in(item), c.STYLE_SPEAKER, notes, portion)
        for party, items in groups.items():
            _rtl_aware(styles.paragraph(c.STYLE_PARTY, party))
            for item in items:
                add_item(styles, item, speaker_lead_in(item), c.STYLE_SPEAKER, notes, portion)


def speaker_lead_in(item: Item) -> str | None:
    """The speaker as a lead-in, unless the item's own words already name them.

    "Wang Yi: He urged ..." tells the reader who "He" is; "Wang Yi: Wang Yi emphasized ..."
    or "European Union: The United Kingdom, Canada and the European Union announced ..." only
    repeats what the sentence says, so the recipient's copy leaves such a lead-in out.
    """
    if not item.speaker:
        return None
    names = [word for word in re.findall(r"[^\W\d_][\w'’-]*", item.speaker) if word[0].isupper() and len(word) > 1]
    if names and any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", item.text) for name in names):
        return None
    return item.speaker


def _rtl_aware(paragraph: Paragraph) -> Paragraph:
    """Headings in Arabic or Hebrew read, and align, right to left."""
    if is_rtl(paragraph.text):
        set_paragraph_rtl(paragraph)
        for run in paragraph.runs:
            run.font.rtl = True
    return paragraph


def add_item(
    styles: StyleIds, item: Item, lead: str | None, lead_style: str, notes: SourceNotes | None, portion: str = ""
) -> list[Paragraph]:
    """The item as a bullet; each further line of its text as a List Continue paragraph.

    With portion marks on, every one of those paragraphs opens with the mark: each is a
    portion a reader may lift out on its own.
    """
    text, marks = clean_with_marks(item.text, item.marks)
    lead = " ".join(xml_safe(lead).split()) if lead else ""
    rtl = is_rtl(lead + text)
    paragraphs = []
    for number, (start, end) in enumerate(lines_with_offsets(text)):
        paragraph = styles.paragraph(c.STYLE_ITEM if number == 0 else c.STYLE_ITEM_CONTINUED)
        add_portion_mark(styles, paragraph, portion)
        if number == 0 and lead:
            run = styles.run(paragraph, lead + c.LEAD_IN_SEPARATOR, lead_style)
            if rtl:
                run.font.rtl = True
        add_text_runs(paragraph, text, marks, start, end, rtl=rtl)
        if rtl:
            set_paragraph_rtl(paragraph)
        paragraphs.append(paragraph)
    if notes is not None:
        number = notes.add(item)
        if number is not None:
            styles.run(paragraphs[-1], str(number), c.STYLE_NOTE_REF)
    return paragraphs


def add_source(styles: StyleIds, brief: Brief, date_text, portion: str = "") -> None:
    """The article the brief was drawn from: title, outlet, author, date."""
    rows = []
    for label, field_name in c.SOURCE_ROWS:
        value = " ".join(xml_safe(getattr(brief.source, field_name)).split())
        if field_name == "date":
            value = date_text(value)
        if value:
            rows.append((label, value))
    if not rows:
        return
    styles.paragraph(c.STYLE_SECTION, c.SOURCE_HEADING)
    for label, value in rows:
        paragraph = styles.paragraph(c.STYLE_PROSE)
        paragraph.paragraph_format.space_after = 0
        add_portion_mark(styles, paragraph, portion)
        styles.run(paragraph, label + c.LEAD_IN_SEPARATOR, c.STYLE_LEAD_IN)
        run = add_run(paragraph, value)
        if label == "Article":
            run.italic = True
        if is_rtl(value):
            set_paragraph_rtl(paragraph)


def add_notes(styles: StyleIds, notes: SourceNotes, portion: str = "") -> None:
    if not notes.notes:
        return
    styles.paragraph(c.STYLE_SECTION, c.NOTES_HEADING)
    for number, note in enumerate(notes.notes, start=1):
        paragraph = styles.paragraph(c.STYLE_NOTE, f"{number}.\t")
        add_portion_mark(styles, paragraph, portion)
        add_run(paragraph, note)
