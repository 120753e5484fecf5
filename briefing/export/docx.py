"""Brief -> .docx: built in memory with python-docx, then written by the atomic writer.

The order of work mirrors the page: base document (blank or the user's reference), styles,
page set-up, markings, title, title block, sections, source, notes, properties. Each step
lives in its own module; this one only decides what goes where.
"""

from __future__ import annotations

import io
import logging
import os

from docx.document import Document

from briefing.errors import BriefingError, ExportError, TemplateError
from briefing.export import conventions as c
from briefing.export.base import blank_document, open_reference
from briefing.export.body import SourceNotes, add_notes, add_sections, add_source
from briefing.export.page import mark_pages, set_up_page
from briefing.export.properties import drop_thumbnail, set_properties
from briefing.export.styles import StyleIds, apply_template_style, ensure_styles
from briefing.export.text import xml_safe
from briefing.export.title_block import add_title_block, display_date
from briefing.fileio import atomic_write_bytes
from briefing.model import Brief
from briefing.templates import Template, TemplateMarking, TemplateStyle, get_template

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]


def _template_of(brief: Brief) -> Template | None:
    try:
        return get_template(brief.template)
    except TemplateError:
        logger.info("brief uses unknown template %r; exporting with the default look", brief.template)
        return None


def _text_width(document: Document) -> int:
    section = document.sections[-1]
    try:
        return int(section.page_width - section.left_margin - section.right_margin)
    except TypeError:  # a reference file without page size or margins
        return int(15.5 * 360000)


def build_docx(brief: Brief, *, reference: PathLike | None = None, source_notes: bool = False) -> bytes:
    """The brief as the bytes of a .docx file; ExportError if it cannot be made."""
    template = _template_of(brief)
    look = template.style if template is not None else TemplateStyle()
    if reference is not None and str(reference) != "":
        document = open_reference(reference)
        ensure_styles(document)
        header_size = None  # the reference's Header/Footer styles decide
    else:
        document = blank_document()
        ensure_styles(document)
        apply_template_style(document, look)
        set_up_page(document.sections[0], look)
        header_size = look.header_size_pt
    try:
        drop_thumbnail(document)
        rules = template.marking if template is not None else TemplateMarking()
        classification = brief.metadata.classification
        mark_pages(document, classification, size_pt=header_size, placement=rules.placement_for(classification))
        portion = rules.portion_mark(xml_safe(classification))
        styles = StyleIds(document)
        styles.paragraph(c.STYLE_TITLE, " ".join(xml_safe(look.document_title).split()))
        add_title_block(document, brief, _text_width(document), portion)
        notes = SourceNotes(brief.source.text) if source_notes else None
        add_sections(styles, brief, template, notes, portion)
        add_source(styles, brief, display_date, portion)
        if notes is not None:
            add_notes(styles, notes, portion)
        set_properties(document, brief, category=template.name if template else look.document_title)
        buffer = io.BytesIO()
        document.save(buffer)
    except BriefingError:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        logger.exception("export failed")
        raise ExportError(f"the Word document could not be built: {exc}") from exc
    return buffer.getvalue()


def export_docx(brief: Brief, path: PathLike, *, reference: PathLike | None = None, source_notes: bool = False) -> None:
    """Write the brief to ``path`` as .docx, atomically: the old file stays until the new one is whole."""
    atomic_write_bytes(path, build_docx(brief, reference=reference, source_notes=source_notes))
