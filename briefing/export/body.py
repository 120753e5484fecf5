"""The layout's blocks as Word paragraphs: each kind of block has its Word style, nothing more.

What a block says, and in which order, is decided by :mod:`briefing.export.layout`; here a
heading becomes Heading 1, a party Heading 2, an item a List Bullet (its further lines List
Continue), and lead-ins, portion marks and note numbers get character styles of their own so
the importer can tell them from the writer's own bold text.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from docx.blkcntnr import BlockItemContainer
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Twips
from docx.text.paragraph import Paragraph

from briefing import wordfile as w
from briefing.export.embed import ItemTies
from briefing.export.footnotes import Footnotes
from briefing.export.layout import FOOT_GAP_PT, Block, BlockKind, LeadKind, kept_with_previous
from briefing.export.styles import StyleIds
from briefing.export.text import add_flagged_text, add_run, add_text_runs, set_paragraph_rtl

_HEADING_STYLES = {
    BlockKind.HEADING: w.STYLE_SECTION,
    BlockKind.PARTY: w.STYLE_PARTY,
}
_LEAD_STYLES = {LeadKind.SPEAKER: w.STYLE_SPEAKER, LeadKind.LABEL: w.STYLE_LEAD_IN}


def render_blocks(
    styles: StyleIds,
    blocks: Iterable[Block],
    footnotes: Footnotes,
    note_portion: str = "",
    ties: ItemTies | None = None,
) -> None:
    """Append every block to the body, in order; items' source notes become footnotes, and
    ``ties`` bookmarks each item's paragraphs. A recommendation stays on the page of the
    "Agreed / Not agreed" it is decided on."""
    last: Paragraph | None = None
    previous: BlockKind | None = None
    num_id: int | None = None  # the numbered list items go on in, once a section counted from 1 again
    for block in blocks:
        if last is not None and kept_with_previous(block, previous):
            last.paragraph_format.keep_with_next = True
        last, previous = None, block.kind
        if block.kind in _HEADING_STYLES:
            _heading(styles, block)
        elif block.kind == BlockKind.ITEM:
            if block.restart:  # a new list from 1; the numbered items after it go on in it
                num_id = styles.restart_list(w.STYLE_NUMBERED_ITEM)
            paragraphs = _item(styles, block, num_id if block.numbered else None)
            last = paragraphs[-1] if paragraphs else None
            if ties is not None:
                ties.tie(paragraphs, block.item)
            if paragraphs and block.note:
                footnotes.add(paragraphs[-1], block.note, note_portion)
        elif block.kind == BlockKind.SOURCE_ROW:
            last = _source_row(styles, block)
        elif block.kind == BlockKind.PLACEHOLDER:
            paragraph = styles.paragraph(w.STYLE_PROSE)
            add_portion_mark(styles, paragraph, block.portion)
            run = styles.run(paragraph, block.text, w.STYLE_PLACEHOLDER)
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW  # also on the run: LibreOffice ignores it on a style
            last = paragraph
        elif block.kind == BlockKind.NOTICE:
            paragraph = styles.paragraph(w.STYLE_REVIEW_NOTICE)
            add_portion_mark(styles, paragraph, block.portion)
            add_run(paragraph, block.text).font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif block.kind == BlockKind.DECISION:
            last = styles.paragraph(w.STYLE_DECISION, block.text)
            if block.numbered:  # under the recommendation's text, which starts at the number's text column
                last.paragraph_format.left_indent = Twips(styles.numbered_text_column())
        elif block.kind == BlockKind.AUTHORITY:  # a layout that still puts it in the body: shown there
            last = _lead_line(styles, block, w.STYLE_AUTHORITY)


def render_first_page_foot(styles: StyleIds, blocks: Iterable[Block], footer: BlockItemContainer) -> None:
    """The lines at the foot of page 1 (a US memo's "Classified By / Reason / Declassify On"),
    bottom left, on that page only, in their own style so the importer reads them back.

    They open ``footer`` (page 1's own), above any letterhead footer text, the marking and
    "Page X of Y", ``FOOT_GAP_PT`` clear of the body: Word and LibreOffice set page 1's
    footnotes above a footer, never under it. (Older exports put them in a frame in
    the body, which footnotes could run under where a letterhead was on every page.)"""
    top = footer._element[0] if len(footer._element) else None
    for number, block in enumerate(blocks):
        paragraph = _lead_line(styles, block, w.STYLE_AUTHORITY, into=footer)
        if number == 0:
            paragraph.paragraph_format.space_before = Pt(FOOT_GAP_PT)
        if top is not None:
            top.addprevious(paragraph._p)  # first in the footer, in order


def _lead_line(styles: StyleIds, block: Block, style: str, into: BlockItemContainer | None = None) -> Paragraph:
    """ "Label: value" in ``style``, the label a lead-in, placeholders in the value highlighted;
    at the end of the body, or of ``into``."""
    paragraph = styles.paragraph(style, into=into)
    styles.run(paragraph, block.lead + w.LEAD_IN_SEPARATOR, w.STYLE_LEAD_IN)
    add_flagged_text(paragraph, block.text, block.flagged)
    return paragraph


def add_portion_mark(styles: StyleIds, paragraph: Paragraph, portion: str) -> None:
    """The portion mark ("(U) ") that opens a paragraph, in a style of its own so the importer drops it."""
    if portion:
        styles.run(paragraph, portion + w.PORTION_MARK_SEPARATOR, w.STYLE_PORTION_MARK)


def _heading(styles: StyleIds, block: Block) -> None:
    paragraph = styles.paragraph(_HEADING_STYLES[block.kind])
    add_flagged_text(paragraph, block.text, block.flagged)
    if block.rtl:  # headings in Arabic or Hebrew read right to left
        set_paragraph_rtl(paragraph)
        for run in paragraph.runs:
            run.font.rtl = True


def _item(styles: StyleIds, block: Block, num_id: int | None = None) -> list[Paragraph]:
    """The item as a bullet (or number, in list ``num_id`` if given, else its style's); each further
    line a List Continue paragraph at the item's text column (List Continue Number under a number),
    each with the portion mark."""
    paragraph = None
    paragraphs = []
    first = w.STYLE_NUMBERED_ITEM if block.numbered else w.STYLE_ITEM
    rest = w.STYLE_NUMBERED_ITEM_CONTINUED if block.numbered else w.STYLE_ITEM_CONTINUED
    for number, line in enumerate(block.lines):
        paragraph = styles.paragraph(first if number == 0 else rest)
        paragraphs.append(paragraph)
        if number == 0 and num_id is not None:
            _in_list(paragraph, num_id)
        add_portion_mark(styles, paragraph, block.portion)
        if number == 0 and block.unreviewed:
            _review_flag(styles, paragraph)
        if number == 0 and block.lead and block.lead_kind is not None:
            lead = block.lead + w.LEAD_IN_SEPARATOR
            for start, end, flagged in _pieces(len(lead), block.lead_flagged):
                run = styles.run(paragraph, lead[start:end], _LEAD_STYLES[block.lead_kind])
                if flagged:  # a placeholder left as the label ("[Issue]: ...")
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                if block.rtl:
                    run.font.rtl = True
        add_text_runs(paragraph, line.text, list(line.marks), rtl=block.rtl)
        if block.rtl:
            set_paragraph_rtl(paragraph)
    return paragraphs


def _in_list(paragraph: Paragraph, num_id: int) -> None:
    """Number ``paragraph`` in list ``num_id`` rather than its style's."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _pieces(total: int, flagged: tuple[tuple[int, int], ...]) -> list[tuple[int, int, bool]]:
    """``[0, total)`` cut at the ``flagged`` spans, as (start, end, flagged); one piece when none is."""
    cuts = sorted({0, total, *(p for span in flagged for p in span)})
    return [(a, b, any(s <= a and b <= e for s, e in flagged)) for a, b in itertools.pairwise(cuts) if a < b]


def _review_flag(styles: StyleIds, paragraph: Paragraph) -> None:
    """ "[Not reviewed]" after the portion mark, highlighted, and the space after it not: both in a
    style the importer drops, the yellow ending at the bracket as the flag does."""
    run = styles.run(paragraph, w.REVIEW_FLAG_TEXT, w.STYLE_REVIEW_FLAG)
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW  # on the run too: LibreOffice ignores a style's highlight
    gap = styles.run(paragraph, w.REVIEW_FLAG_SEPARATOR, w.STYLE_REVIEW_FLAG)
    gap._r.get_or_add_rPr()._insert_highlight(
        parse_xml(f'<w:highlight {nsdecls("w")} w:val="none"/>')
    )  # not the style's


def _source_row(styles: StyleIds, block: Block) -> Paragraph:
    paragraph = styles.paragraph(w.STYLE_PROSE)
    paragraph.paragraph_format.space_after = 0
    add_portion_mark(styles, paragraph, block.portion)
    styles.run(paragraph, block.lead + w.LEAD_IN_SEPARATOR, w.STYLE_LEAD_IN)
    run = add_run(paragraph, block.text)
    if block.italic:
        run.italic = True
    if block.rtl:
        set_paragraph_rtl(paragraph)
    return paragraph
