"""Brief -> .docx: built in memory with python-docx, then written by the atomic writer."""
from __future__ import annotations

import io
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from briefing.fileio import atomic_write_bytes
from briefing.model import Brief


def build_docx(brief: Brief, *, reference: str | os.PathLike[str] | None = None) -> bytes:
    document = docx.Document(str(reference) if reference else None)
    section = document.sections[0]
    for part in (section.header, section.footer):
        paragraph = part.paragraphs[0]
        paragraph.text = brief.metadata.classification
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.core_properties.title = brief.title
    document.add_paragraph(brief.title, style="Title")
    meta = brief.metadata
    for label, value in (("To", meta.to), ("From", meta.from_), ("Date", meta.date),
                         ("File number", meta.file_number), ("Purpose", meta.purpose)):
        if value:
            document.add_paragraph(f"{label}: {value}")
    for sec in brief.sections:
        document.add_heading(sec.heading, level=1)
        for item in sec.items:
            prefix = f"{item.label}: " if item.label else ""
            document.add_paragraph(prefix + item.text, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(brief: Brief, path: str | os.PathLike[str], *,
                reference: str | os.PathLike[str] | None = None) -> None:
    atomic_write_bytes(path, build_docx(brief, reference=reference))
