"""Brief -> document: a format-neutral layout (``layout``), then one writer per suffix (``writers``).

Writers load on first use: importing this package (the status bar's page estimate does)
costs no python-docx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.export.layout import Layout, LayoutOptions, estimate_pages, lay_out
from briefing.export.writers import export, render, suffixes, writer_for

if TYPE_CHECKING:
    from briefing.export.docx import build_docx, export_docx

__all__ = [
    "Layout",
    "LayoutOptions",
    "build_docx",
    "estimate_pages",
    "export",
    "export_docx",
    "lay_out",
    "render",
    "suffixes",
    "writer_for",
]


def __getattr__(name: str) -> Any:
    """``build_docx`` and ``export_docx`` from the Word writer, imported when first asked for."""
    if name in ("build_docx", "export_docx"):
        from briefing.export import docx

        return getattr(docx, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
