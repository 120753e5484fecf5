"""The Word writer: a Layout -> the bytes of a .docx, built in memory with python-docx.

The order of work mirrors the page: base document (blank or the user's reference), styles,
page set-up, markings, title, title block, body blocks, properties. What the page says was
decided by the layout; each step of rendering it lives in its own module, and this one only
puts them together.
"""

from __future__ import annotations

import io
import logging
import os

from docx.document import Document

from briefing import wordfile as w
from briefing.errors import BriefingError, ExportError
from briefing.export.base import blank_document, open_reference
from briefing.export.body import render_blocks, render_first_page_foot
from briefing.export.embed import ItemTies, embed_record
from briefing.export.footnotes import Footnotes
from briefing.export.layout import Layout, LayoutOptions, lay_out
from briefing.export.margins import leave_room
from briefing.export.package import fresh_document_id, prune_styles, set_app_properties
from briefing.export.page import first_page_footer, headers_and_footers_in_use, mark_pages, set_up_page
from briefing.export.properties import drop_thumbnail, set_properties
from briefing.export.styles import (
    StyleIds,
    apply_format_capitals,
    apply_template_style,
    ensure_styles,
    set_language,
)
from briefing.export.text import add_flagged_text
from briefing.export.title_block import add_title_block
from briefing.fileio import atomic_write_bytes
from briefing.model import Brief

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
SUFFIX = ".docx"
_FALLBACK_TEXT_WIDTH = int(15.5 * 360000)  # EMU: A4 less 2.75 cm margins


def _text_width(document: Document) -> int:
    section = document.sections[-1]
    width, left, right = section.page_width, section.left_margin, section.right_margin
    if width is None or left is None or right is None:  # a reference file without page size or margins
        return _FALLBACK_TEXT_WIDTH
    return int(width - left - right)


def write(layout: Layout, *, reference: PathLike | None = None) -> bytes:
    """The layout as a .docx; with ``reference``, in that file's styles, page set-up and letterhead."""
    look = layout.style
    if reference is not None and str(reference) == "":
        reference = None  # an empty --reference: none
    on_reference = reference is not None
    if reference is not None:
        document = open_reference(reference)
        styles = StyleIds(document)
        ensure_styles(document, styles)
        apply_format_capitals(look, styles)
        header_size = None  # the reference's Header/Footer styles decide
    else:
        document = blank_document()
        styles = StyleIds(document)
        ensure_styles(document, styles)
        apply_template_style(document, look, styles)
        set_up_page(document.sections[0], look)
        header_size = look.header_size_pt
    try:
        set_language(document, layout.language, styles)
        drop_thumbnail(document)
        marking = layout.marking
        foot = first_page_footer(document) if layout.first_page_foot else None  # before the marking: marked too
        mark_pages(document, marking.text, size_pt=header_size, placement=marking.placement)
        add_flagged_text(styles.paragraph(w.STYLE_TITLE), layout.title, layout.title_flagged)
        add_title_block(document, layout.title_block, _text_width(document), layout.style.label_width_cm)
        if foot is not None:
            render_first_page_foot(styles, layout.first_page_foot, foot)
        if on_reference:  # its header and footer now hold our lines too; our own page set-up leaves room
            leave_room(document, headers_and_footers_in_use(document))
        render_blocks(styles, layout.blocks, Footnotes(document, styles), layout.note_portion, ItemTies())
        set_properties(document, layout.info)
        if layout.brief is not None:  # the brief itself, invisibly, so opening the file gives it back
            embed_record(document, layout.brief)
        if not on_reference:
            prune_styles(document)  # a reference keeps its organisation's styles
        set_app_properties(document)
        fresh_document_id(document)
        buffer = io.BytesIO()
        document.save(buffer)
    except BriefingError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        logger.exception("export failed")
        raise ExportError(f"the Word document could not be built: {exc}") from exc
    return buffer.getvalue()


def build_docx(brief: Brief, *, reference: PathLike | None = None, source_notes: bool = False) -> bytes:
    """The brief as the bytes of a .docx file; ExportError if it cannot be made."""
    return write(lay_out(brief, options=LayoutOptions(source_notes=source_notes)), reference=reference)


def export_docx(brief: Brief, path: PathLike, *, reference: PathLike | None = None, source_notes: bool = False) -> None:
    """Write the brief to ``path`` as .docx, atomically: the old file stays until the new one is whole."""
    atomic_write_bytes(path, build_docx(brief, reference=reference, source_notes=source_notes))
