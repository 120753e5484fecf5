"""The PDF numbers paragraphs where the Word file does (UK submission, Australian key points),
counting on through the document as Word's numbering does; other formats keep bullets."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.export.layout import BlockKind, lay_out
from briefing.layout import switch_template
from briefing.prefill import prefill
from briefing.reader.files import read_article
from briefing.templates import get_template

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "blinken_beijing.txt"
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")


def _pdf_numbers(template_id: str, tmp_path: Path) -> list[int]:
    from briefing.export import pdf

    brief = switch_template(prefill(read_article(SAMPLE)), get_template(template_id))
    layout = lay_out(brief, get_template(template_id))
    path = tmp_path / f"{template_id}.pdf"
    path.write_bytes(pdf.write(layout))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    numbered = sum(1 for block in layout.blocks if block.kind == BlockKind.ITEM and block.numbered)
    found = [int(m.group(1)) for m in re.finditer(r"^\s*(\d+)\.[ \t]+\S", text, flags=re.MULTILINE)]
    assert len(found) == numbered
    return found


@pytest.mark.parametrize("template_id", ["uk-submission", "australia-ministerial-brief"])
def test_numbered_formats_count_their_paragraphs_in_the_pdf(template_id: str, tmp_path: Path) -> None:
    numbers = _pdf_numbers(template_id, tmp_path)
    assert numbers and numbers == list(range(1, len(numbers) + 1))


def test_a_bulleted_format_has_no_paragraph_numbers(tmp_path: Path) -> None:
    assert _pdf_numbers("briefing-note", tmp_path) == []
