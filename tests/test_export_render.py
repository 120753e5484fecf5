"""A real renderer: LibreOffice lays out the exported sample brief; pdftotext reads the pages.

Skipped, with the reason, where LibreOffice (soffice) or poppler (pdftotext, pdfinfo) is not
installed; `.ci/run` installs both.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx_support import SAMPLE_ARTICLE, rich_brief

from briefing.export import export_docx
from briefing.importer import brief_from_docx
from briefing.prefill import prefill
from briefing.reader import read_article

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs "
                                               "libreoffice-writer-nogui"),
]


def convert(source: Path, target_format: str, tmp_path: Path) -> Path:
    """Convert with a throwaway LibreOffice profile, so parallel runs never share a lock."""
    out_dir = tmp_path / f"out-{target_format.split(':')[0]}"
    out_dir.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(check=False, args=[SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                             "--convert-to", target_format, "--outdir", str(out_dir), str(source)],
                            capture_output=True, timeout=180)
    suffix = "." + target_format.split(":")[0]
    produced = out_dir / (source.stem + suffix)
    assert produced.exists(), f"LibreOffice did not convert {source.name}: {result.stderr.decode()[-500:]}"
    return produced


def pages(pdf: Path) -> int:
    info = subprocess.run(check=False, args=["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
def test_sample_brief_renders_in_two_pages_with_markings(tmp_path: Path) -> None:
    brief = prefill(read_article(SAMPLE_ARTICLE))
    brief.metadata.classification = "OFFICIAL-SENSITIVE"
    docx_path = tmp_path / "sample.docx"
    export_docx(brief, docx_path)
    pdf = convert(docx_path, "pdf", tmp_path)
    count = pages(pdf)
    assert 1 <= count <= 2, f"a brief of the sample article should fit in two pages, not {count}"
    text = subprocess.run(check=False, args=["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    page_texts = text.split("\f")[:count]
    for number, page in enumerate(page_texts, start=1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2, f"page {number} needs the marking top and bottom"
        assert f"Page {number} of {count}" in page, "PAGE and NUMPAGES are computed by the renderer"
    assert "Page 1 of" in text
    assert "BRIEFING NOTE" in text and "Subject:" in text
    for section in brief.sections:
        if section.items:
            assert section.heading in text


def test_libreoffice_edited_copy_reads_back(tmp_path: Path) -> None:
    """A colleague on LibreOffice saves the file again as .docx: it still opens as the brief."""
    original = rich_brief()
    docx_path = tmp_path / "note.docx"
    export_docx(original, docx_path)
    resaved_dir = tmp_path / "resaved"
    resaved_dir.mkdir()
    copy = resaved_dir / "note.odt"
    odt = convert(docx_path, "odt", tmp_path)
    shutil.copy(odt, copy)
    back_docx = convert(copy, "docx:MS Word 2007 XML", tmp_path)
    from briefing.importer import is_briefing_docx
    assert is_briefing_docx(back_docx), "the marker property survives LibreOffice"
    back = brief_from_docx(back_docx)
    assert back.title == original.title and back.metadata == original.metadata
    got = {(i.text, i.label, i.speaker) for i in back.items()}
    assert got == {(i.text, i.label, i.speaker) for i in original.items()}
