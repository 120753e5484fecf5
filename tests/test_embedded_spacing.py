"""An untouched export gives back the identical brief even where Word cannot hold the spacing.

The page trims a speaker's or label's surrounding spaces; that is not a colleague's edit, so the
embedded record, not the page, must decide (found by the round-trip property test: 'A ').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.export import build_docx
from briefing.importer import brief_from_docx
from briefing.model import Brief, Item, Section


@pytest.mark.parametrize(("speaker", "label"), [("A ", None), (" Wang  Yi", "China "), (None, "  Taiwan")])
def test_spacing_the_page_cannot_hold_is_not_an_edit(tmp_path: Path, speaker: str | None, label: str | None) -> None:
    items = [Item(text="", speaker=speaker, label=label), Item(text="Talks resumed.", speaker=speaker, label=label)]
    brief = Brief(title="t", sections=[Section("positions", "Positions", items)])
    path = tmp_path / "note.docx"
    path.write_bytes(build_docx(brief))
    assert brief_from_docx(path) == brief
