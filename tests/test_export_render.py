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

from briefing.export import export_docx
from briefing.importer import brief_from_docx
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.templates import get_template
from tests.docx_support import SAMPLE_ARTICLE, rich_brief

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui"
    ),
]


def convert(source: Path, target_format: str, tmp_path: Path) -> Path:
    """Convert with a throwaway LibreOffice profile, so parallel runs never share a lock."""
    out_dir = tmp_path / f"out-{target_format.split(':')[0]}"
    out_dir.mkdir(exist_ok=True)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        check=False,
        args=[
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        timeout=180,
    )
    suffix = "." + target_format.split(":")[0]
    produced = out_dir / (source.stem + suffix)
    assert produced.exists(), f"LibreOffice did not convert {source.name}: {result.stderr.decode()[-500:]}"
    return produced


def words(pdf: Path) -> list[dict]:
    """Every word on every page with its box, from ``pdftotext -bbox``: where a marking sits."""
    html = subprocess.run(
        check=False, args=["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=60
    ).stdout
    found = []
    for number, page in enumerate(re.findall(r"<page (.*?)</page>", html, re.DOTALL), start=1):
        width, height = (float(v) for v in re.match(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
            r'yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            found.append(
                {
                    "page": number,
                    "word": word,
                    "x": (float(x0) + float(x1)) / 2 / width,
                    "left": float(x0) / width,
                    "top": float(y0) / height,
                    "bottom": float(y1) / height,
                }
            )
    return found


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        check=False, args=["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60
    ).stdout


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
    text = subprocess.run(
        check=False, args=["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60
    ).stdout
    page_texts = text.split("\f")[:count]
    for number, page in enumerate(page_texts, start=1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2, f"page {number} needs the marking top and bottom"
        assert f"Page {number} of {count}" in page, "PAGE and NUMPAGES are computed by the renderer"
    assert "Page 1 of" in text
    assert "BRIEFING NOTE" in text and "Subject:" in text
    for section in brief.sections:
        if section.items:
            assert section.heading in text


@pytest.mark.parametrize(
    ("template", "classification"),
    [
        ("briefing-note", "OFFICIAL-SENSITIVE"),
        ("us-information-memo", "UNCLASSIFIED"),
        ("canada-briefing-note", "PROTECTED B"),
    ],
)
def test_libreoffice_edited_copy_reads_back(tmp_path: Path, template: str, classification: str) -> None:
    """A colleague on LibreOffice saves the file again as .docx: it still opens as the brief,
    portion marks and first-page markings included (none of them comes back as text)."""
    original = rich_brief(template)
    original.metadata.classification = classification
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


BULLET = "\uf0b7"  # the List Bullet glyph (Symbol font) as pdftotext gives it


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
def test_us_memo_renders_banners_and_portion_marks(tmp_path: Path) -> None:
    brief = prefill(read_article(SAMPLE_ARTICLE), "us-information-memo")
    brief.metadata.classification = "UNCLASSIFIED"
    docx_path = tmp_path / "memo.docx"
    export_docx(brief, docx_path)
    pdf = convert(docx_path, "pdf", tmp_path)
    count = pages(pdf)
    assert 1 <= count <= 2
    placed = words(pdf)
    for number in range(1, count + 1):
        banners = [w for w in placed if w["page"] == number and w["word"] == "UNCLASSIFIED"]
        assert any(w["bottom"] < 0.1 for w in banners), f"page {number}: banner at the top"
        assert any(w["top"] > 0.85 for w in banners), f"page {number}: banner at the bottom"
        assert all(abs(w["x"] - 0.5) < 0.03 for w in banners), "banners are centred"
        assert any(w["word"] == "Page" and w["top"] > 0.85 for w in placed if w["page"] == number)
    text = pdf_text(pdf)
    lines = [line.strip() for line in text.splitlines()]
    bullets = [line for line in lines if line.startswith(BULLET)]
    assert len(bullets) == sum(1 for _ in brief.items()), "one bullet per item"
    assert all(line[1:].lstrip().startswith("(U) ") for line in bullets), [
        line for line in bullets if not line[1:].lstrip().startswith("(U) ")
    ]
    assert re.search(r"^SUBJECT:\s+\(U\) China-US", text, re.MULTILINE), "the subject line is portion-marked"
    assert "(U) Article:" in text, "so is the source"
    for section in brief.sections:
        if section.items:
            assert section.heading.upper() in lines, f"heading {section.heading!r} alone on its line, unmarked"


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
@pytest.mark.parametrize(("level", "every_page"), [("PROTECTED B", False), ("PROTECTED C", True)])
def test_canadian_protected_note_marks_the_top_right_corner(tmp_path: Path, level: str, every_page: bool) -> None:
    brief = prefill(read_article(SAMPLE_ARTICLE), "canada-briefing-note")
    brief.metadata.classification = level
    docx_path = tmp_path / "note.docx"
    export_docx(brief, docx_path)
    pdf = convert(docx_path, "pdf", tmp_path)
    count = pages(pdf)
    assert count == 2, "the sample fills two pages, so page 2 shows what pages after the first carry"
    placed = words(pdf)
    for number in range(1, count + 1):
        on_page = [w for w in placed if w["page"] == number]
        marks = [w for w in on_page if w["word"] == "PROTECTED"]
        if number == 1 or every_page:
            assert len(marks) == 1, f"page {number}: one marking"
            assert marks[0]["bottom"] < 0.1 and marks[0]["left"] > 0.6, f"page {number}: top right, {marks[0]}"
        else:
            assert marks == [], f"page {number}: {level} is marked on the first page only"
        page_word = [w for w in on_page if w["word"] == "Page"]
        assert page_word and page_word[0]["top"] > 0.85, f"page {number}: Page X of Y stays in the footer"
    text = pdf_text(pdf)
    for number, page in enumerate(text.split("\f")[:count], start=1):
        assert f"Page {number} of {count}" in page
    assert "(U)" not in text and "Subject:" in text


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
@pytest.mark.parametrize(
    ("template", "classification", "expected"),
    [
        ("australia-ministerial-brief", "OFFICIAL: Sensitive", ["Agreed / Not agreed / Please discuss", "1."]),
        ("us-action-memo", "CONFIDENTIAL", ["ACTION MEMO FOR", "Recommendation to be completed", "(C) "]),
    ],
)
def test_new_formats_render(tmp_path: Path, template: str, classification: str, expected: list[str]) -> None:
    from briefing.model import Item

    brief = prefill(read_article(SAMPLE_ARTICLE), template)
    brief.metadata.classification = classification
    brief.metadata.to = "the Minister"
    brief.metadata.purpose = get_template(template).purposes[-1]
    if template == "australia-ministerial-brief":
        brief.section("recommendations").items = [Item("That you note the visit.")]
    docx_path = tmp_path / f"{template}.docx"
    export_docx(brief, docx_path)
    pdf = convert(docx_path, "pdf", tmp_path)
    text = pdf_text(pdf)
    for needle in expected:
        assert needle in text, f"{needle!r} missing from the {template} render"
    placed = words(pdf)
    first_word = classification.split()[0]
    for number in range(1, pages(pdf) + 1):
        banners = [w for w in placed if w["page"] == number and w["word"] == first_word]
        assert any(w["bottom"] < 0.1 for w in banners) and any(w["top"] > 0.85 for w in banners), number
