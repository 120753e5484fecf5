"""Brief -> Word. Write-only exporters that take the plain model, never widgets."""

from __future__ import annotations

from briefing.export.docx import build_docx, export_docx

__all__ = ["build_docx", "export_docx"]
