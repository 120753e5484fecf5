"""Word files back in: a .docx that Briefing exported, perhaps edited since, as a Brief."""

from __future__ import annotations

from briefing.importer.docx_brief import brief_from_document, brief_from_docx, is_briefing_docx

__all__ = ["brief_from_document", "brief_from_docx", "is_briefing_docx"]
