"""Page set-up, and the classification marking and "Page X of Y" on every page.

Where the marking goes is the template's rule (TemplateMarking.placement_for): a ``banner``
is centred at the top and the bottom of every page (UK, US, Australia); a ``corner`` sits top
right of every page and ``corner-first-page`` top right of the first page only (Canada's
PROTECTED C and PROTECTED A/B). It goes into each header and footer the document actually
uses (first-page and even-page variants included), above a reference file's letterhead and
below its footer text. "Page X of Y" is in every footer whatever the placement. Where page 1
needs a header and footer of its own (Canada's first-page marking, a US memo's authority block)
and the reference's letterhead is on every page, page 1's get a copy of it (:mod:`letterhead`).
"""

from __future__ import annotations

import re

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section, _Footer, _Header
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from briefing import wordfile as c
from briefing.export.fields import add_page_x_of_y, field_instructions
from briefing.export.letterhead import copy_letterhead
from briefing.export.text import add_run, xml_safe
from briefing.templates import PAGE_SIZES_CM, TemplateStyle

_PAGE_LINE = re.compile(r"^Page \d+ of \d+$")


def set_up_page(section: Section, look: TemplateStyle) -> None:
    width, height = PAGE_SIZES_CM[look.page_size]
    section.page_width, section.page_height = Cm(width), Cm(height)
    margin = Cm(look.margins_cm)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = Cm(min(1.25, look.margins_cm / 2))


def _parts_in_use(document: Document, section: Section) -> list[tuple[str, _Header, _Footer]]:
    """(kind, header, footer) for each variant in use; kind is ``default``, ``first`` or ``even``."""
    parts = [("default", section.header, section.footer)]
    if section.different_first_page_header_footer:
        parts.append(("first", section.first_page_header, section.first_page_footer))
    if document.settings.odd_and_even_pages_header_footer:
        parts.append(("even", section.even_page_header, section.even_page_footer))
    return parts


def headers_and_footers_in_use(document: Document) -> dict[int, list[tuple[_Header, _Footer]]]:
    """Section index -> the (header, footer) pairs its pages show (page 1's and even pages' where
    they have their own)."""
    return {
        index: [(header, footer) for _, header, footer in _parts_in_use(document, section)]
        for index, section in enumerate(document.sections)
    }


def _marking_paragraph(paragraph: Paragraph, marking: str, *, corner: bool = False) -> None:
    paragraph.style = c.STYLE_MARKING
    if corner:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(paragraph, marking)


def _drop_old_markings(part: _Header | _Footer) -> None:
    """A reference that is itself an earlier brief brings its marking, page line and (a US memo's
    page 1 footer) classification authority lines: remove them."""
    for paragraph in part.paragraphs:
        ours = paragraph.style is not None and paragraph.style.name in (c.STYLE_MARKING, c.STYLE_AUTHORITY)
        page_line = _PAGE_LINE.match(paragraph.text) and field_instructions(paragraph._p) == ["PAGE", "NUMPAGES"]
        if ours or page_line:
            paragraph._p.getparent().remove(paragraph._p)


def _is_blank(paragraphs: list[Paragraph], part) -> bool:
    return (
        len(paragraphs) <= 1
        and not any(p.text.strip() for p in paragraphs)
        and not part._element.xpath(".//w:tbl | .//w:drawing | .//w:pict")
    )


def _has_letterhead(section: Section) -> bool:
    return not all(_is_blank(part.paragraphs, part) for part in (section.header, section.footer))


def _first_page_of_its_own(section: Section) -> None:
    """Give the first page its own header and footer; where the reference's letterhead is in the
    header and footer every page shares, page 1's are a copy of them, so it keeps the letterhead."""
    if section.different_first_page_header_footer:
        return
    letterhead = _has_letterhead(section)
    section.different_first_page_header_footer = True
    if letterhead:
        copy_letterhead(section.header, section.first_page_header)
        copy_letterhead(section.footer, section.first_page_footer)


def first_page_footer(document: Document) -> _Footer:
    """Page 1's own footer, turned on if need be (call before :func:`mark_pages`, which then marks it)."""
    section = document.sections[0]
    _first_page_of_its_own(section)
    return section.first_page_footer


def mark_pages(document: Document, classification: str, *, size_pt: float | None, placement: str = "banner") -> None:
    """The marking where ``placement`` says in every header (and footer) in use; "Page X of Y" in each footer."""
    marking = " ".join(xml_safe(classification).split())
    for index, section in enumerate(document.sections):
        if placement == "corner-first-page" and index == 0 and marking:
            _first_page_of_its_own(section)
        for kind, header, footer in _parts_in_use(document, section):
            header.is_linked_to_previous = False
            footer.is_linked_to_previous = False
            _drop_old_markings(header)
            _drop_old_markings(footer)
            if placement == "banner":
                _mark_header(header, marking)
                _mark_footer(footer, marking, size_pt)
            else:
                on_this_page = placement == "corner" or (index == 0 and kind == "first")
                _mark_header(header, marking if on_this_page else "", corner=True)
                _mark_footer(footer, "", size_pt)
            for part in (header, footer):
                if not part.paragraphs and not part.tables:
                    part.add_paragraph()  # Word refuses a header or footer with no paragraph


def _mark_header(header: _Header, marking: str, *, corner: bool = False) -> None:
    if not marking:
        return
    paragraphs = header.paragraphs
    if _is_blank(paragraphs, header):
        paragraph = paragraphs[0] if paragraphs else header.add_paragraph(style="Header")
    else:
        # Above the letterhead: the marking must be the first thing on the page.
        paragraph = header.add_paragraph(style="Header")
        header._element.insert(0, paragraph._p)
    _marking_paragraph(paragraph, marking, corner=corner)


def _mark_footer(footer: _Footer, marking: str, size_pt: float | None) -> None:
    paragraphs = footer.paragraphs
    blank = _is_blank(paragraphs, footer)
    has_page_number = "PAGE" in field_instructions(footer._element)
    if marking:
        paragraph = paragraphs[0] if blank and paragraphs else footer.add_paragraph(style="Footer")
        _marking_paragraph(paragraph, marking)
    if not has_page_number:
        reuse = not marking and blank and paragraphs
        paragraph = paragraphs[0] if reuse else footer.add_paragraph(style="Footer")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_before = Pt(2)
        paragraph.paragraph_format.space_after = Pt(0)
        add_page_x_of_y(paragraph, size_pt=size_pt)
