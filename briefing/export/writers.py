"""Which writer makes which file: the output's suffix picks it, and every writer renders a Layout.

A writer is a module with ``SUFFIX`` and ``write(layout, *, reference=None) -> bytes``; it
builds the whole file in memory and the atomic writer puts it on disk. Adding a format (PDF)
is one new module and one line in ``_WRITERS``; writers load on first use, so the window
does not pay for python-docx at start-up.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Protocol, cast

from briefing.errors import ExportError
from briefing.export.layout import Layout, LayoutOptions, lay_out
from briefing.fileio import atomic_write_bytes
from briefing.model import Brief
from briefing.templates import Template

PathLike = str | os.PathLike[str]

# Output suffix -> the module that writes it.
_WRITERS = {
    ".docx": "briefing.export.docx",
    ".pdf": "briefing.export.pdf",
}


class Writer(Protocol):
    """What every writer module provides."""

    SUFFIX: str

    def write(self, layout: Layout, *, reference: PathLike | None = None) -> bytes: ...


def suffixes() -> tuple[str, ...]:
    """The suffixes Briefing can export to, e.g. ``(".docx",)``."""
    return tuple(_WRITERS)


def writer_for(path: PathLike) -> Writer:
    """The writer for ``path``'s suffix (case-insensitive); ExportError naming the ones there are."""
    suffix = Path(path).suffix.lower()
    module = _WRITERS.get(suffix)
    if module is None:
        known = ", ".join(_WRITERS)
        shown = f"'{suffix}'" if suffix else "a name without a suffix"
        raise ExportError(f"cannot export to {shown}: Briefing writes {known} files")
    return cast(Writer, importlib.import_module(module))


def render(
    brief: Brief,
    path: PathLike,
    *,
    template: Template | None = None,
    options: LayoutOptions | None = None,
    reference: PathLike | None = None,
) -> bytes:
    """The bytes of ``brief`` exported in the format ``path``'s suffix names (nothing is written)."""
    writer = writer_for(path)
    return writer.write(lay_out(brief, template, options), reference=reference)


def export(
    brief: Brief,
    path: PathLike,
    *,
    template: Template | None = None,
    options: LayoutOptions | None = None,
    reference: PathLike | None = None,
) -> None:
    """Export ``brief`` to ``path``, atomically: the old file stays until the new one is whole."""
    atomic_write_bytes(path, render(brief, path, template=template, options=options, reference=reference))
