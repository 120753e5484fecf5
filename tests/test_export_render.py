"""A real renderer: LibreOffice lays out the exported sample brief; pdftotext reads the pages.

Skipped, with the reason, where LibreOffice (soffice) or poppler (pdftotext, pdfinfo) is not
installed; `.ci/run` installs both.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest

from briefing.export import export_docx
from briefing.importer import brief_from_docx
from briefing.model import Brief
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.templates import get_template
from tests.docx_support import SAMPLE_ARTICLE, rich_brief, shipped_fonts_config
from tests.test_export_reference import make_reference

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui"
    ),
]


def convert_all(sources: list[Path], target_format: str, folder: Path) -> dict[Path, Path]:
    """Convert every file in ONE LibreOffice run: its start-up is most of a conversion's cost
    (about a second of CPU), so the documents of this module are rendered in batches, not one
    run each. The profile is throwaway, in ``folder``, so parallel workers never share a lock.
    LibreOffice lays out in the fonts Briefing ships (metric-compatible with Word's), so page
    counts do not depend on which fonts the machine happens to have."""
    out_dir = folder / f"out-{target_format.split(':')[0]}"
    out_dir.mkdir(exist_ok=True)
    assert len({source.stem for source in sources}) == len(sources), "one output per name"
    result = subprocess.run(
        check=False,
        args=[
            SOFFICE,
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            *map(str, sources),
        ],
        capture_output=True,
        timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(shipped_fonts_config(folder))},
    )
    suffix = "." + target_format.split(":")[0]
    produced = {source: out_dir / (source.stem + suffix) for source in sources}
    for source, target in produced.items():
        assert target.exists(), f"LibreOffice did not convert {source.name}: {result.stderr.decode()[-500:]}"
    return produced


ON_REFERENCE = ("briefing-note", "OFFICIAL-SENSITIVE on a letterhead reference, with source notes")


class Render(NamedTuple):
    brief: Brief
    pdf: Path


# What the PDF tests render: (template, classification) for the banner and corner checks, and
# the new formats with the text each must show.
CORNER_LEVELS = [("PROTECTED B", False), ("PROTECTED C", True)]
NEW_FORMATS = [
    ("australia-ministerial-brief", "OFFICIAL: Sensitive", ["Agreed / Not agreed / Please discuss", "1."]),
    # the writer's own subject carries the memo's level; the body is the article's, (U)
    ("us-action-memo", "CONFIDENTIAL", ["ACTION MEMO FOR", "Recommendation to be completed", "(C) Next steps"]),
]
EDITED_COPIES = [
    ("briefing-note", "OFFICIAL-SENSITIVE"),
    ("us-information-memo", "UNCLASSIFIED"),
    ("canada-briefing-note", "PROTECTED B"),
]


def _sample_brief(template: str, classification: str) -> Brief:
    brief = prefill(read_article(SAMPLE_ARTICLE), template)
    brief.metadata.classification = classification
    return brief


def _new_format_brief(template: str, classification: str) -> Brief:
    from briefing.model import Item

    brief = _sample_brief(template, classification)
    brief.metadata.to = "the Minister"
    brief.metadata.purpose = get_template(template).purposes[-1]
    if template == "australia-ministerial-brief":
        brief.section("recommendations").items = [Item("That you note the visit.")]
    if template == "us-action-memo":
        brief.title = "Next steps after the Beijing talks"
    return brief


@pytest.fixture(scope="module")
def renders(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Render]:
    """Every brief the PDF tests look at, exported and rendered by LibreOffice in one run, keyed
    by (template, classification). Read-only: the tests only read the briefs and the PDFs."""
    folder = tmp_path_factory.mktemp("renders")
    briefs = {
        ("briefing-note", "OFFICIAL-SENSITIVE"): _sample_brief("briefing-note", "OFFICIAL-SENSITIVE"),
        ("us-information-memo", "UNCLASSIFIED"): _sample_brief("us-information-memo", "UNCLASSIFIED"),
        **{("canada-briefing-note", level): _sample_brief("canada-briefing-note", level) for level, _ in CORNER_LEVELS},
        **{(template, level): _new_format_brief(template, level) for template, level, _ in NEW_FORMATS},
        ("uk-submission", "OFFICIAL"): _sample_brief("uk-submission", "OFFICIAL"),  # 26 numbered paragraphs
    }
    on_reference = {ON_REFERENCE: _sample_brief("briefing-note", "OFFICIAL-SENSITIVE")}
    sources = {}
    for number, (key, brief) in enumerate({**briefs, **on_reference}.items()):
        sources[key] = folder / f"render-{number}.docx"
        if key in on_reference:  # the letterhead's address, our banner and page line in its footer
            reference = make_reference(folder / "letterhead.docx", logo=True)
            export_docx(brief, sources[key], reference=reference, source_notes=True)
        else:
            export_docx(brief, sources[key])
    pdfs = convert_all(list(sources.values()), "pdf", folder)
    return {key: Render(brief, pdfs[sources[key]]) for key, brief in {**briefs, **on_reference}.items()}


@pytest.fixture(scope="module")
def edited_copies(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[Brief, Path]]:
    """Each EDITED_COPIES brief exported, opened in LibreOffice and saved as .odt, then that
    .odt saved again as .docx (a colleague's round trip), all copies in one run per step."""
    folder = tmp_path_factory.mktemp("edited")
    originals = {}
    sources = {}
    for number, (template, classification) in enumerate(EDITED_COPIES):
        original = rich_brief(template)
        original.metadata.classification = classification
        originals[template, classification] = original
        sources[template, classification] = folder / f"note-{number}.docx"
        export_docx(original, sources[template, classification])
    odts = convert_all(list(sources.values()), "odt", folder)
    backs = convert_all(list(odts.values()), "docx:MS Word 2007 XML", folder)
    return {key: (originals[key], backs[odts[sources[key]]]) for key in originals}


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
                    "right": float(x1) / width,
                    "width": width,
                    "height": height,
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
def test_sample_brief_renders_in_two_pages_with_markings(renders: dict[tuple[str, str], Render]) -> None:
    brief, pdf = renders["briefing-note", "OFFICIAL-SENSITIVE"]
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


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
def test_the_page_tells_the_reader_which_items_nobody_reviewed(renders: dict[tuple[str, str], Render]) -> None:
    """What Word or LibreOffice shows the receiving office: the draft notice on page 1 and
    "[Not reviewed]" opening every pre-filled item nobody reviewed, and nothing on the rest."""
    brief, pdf = renders["briefing-note", "OFFICIAL-SENSITIVE"]
    unreviewed = [item for item in brief.items() if item.origin == "prefill" and not item.reviewed]
    assert unreviewed, "the sample is a fresh pre-fill"
    text = pdf_text(pdf)
    first_page = " ".join(text.split("\f")[0].split())
    assert f"Draft: {len(unreviewed)} of {len(unreviewed)} items were filled in automatically" in first_page
    lines = [line.strip() for line in text.splitlines()]
    flagged = [line for line in lines if line.startswith(BULLET) and "[Not reviewed]" in line]
    assert len(flagged) == len(unreviewed), "one flag per unreviewed item, at the start of its bullet"


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
def test_a_references_footer_keeps_clear_of_the_footnotes_above_it(renders: dict[tuple[str, str], Render]) -> None:
    """The reference's address, our banner and page line outgrow its footer space; the body and
    its footnotes end a gap above them all the same (before: 3.8 pt, ink to ink, on every page)."""
    from briefing.export.layout import FOOT_GAP_PT

    placed = words(renders[ON_REFERENCE].pdf)
    count = max(word["page"] for word in placed)
    assert count >= 2
    for page in range(1, count + 1):
        on_page = [word for word in placed if word["page"] == page]
        address = min(word["top"] for word in on_page if word["word"] == "Acme,")
        above = max(word["bottom"] for word in on_page if word["bottom"] < address)
        gap = (address - above) * on_page[0]["height"]
        assert gap >= FOOT_GAP_PT - 1, f"page {page}: the footer is {gap:.1f} pt under the text above it"


def test_two_digit_paragraph_numbers_keep_clear_of_their_text(renders: dict[tuple[str, str], Render]) -> None:
    """A UK submission numbers on past 9: "10." must not run into its first word ("10.The")."""
    placed = words(renders["uk-submission", "OFFICIAL"].pdf)
    numbers = [(i, w) for i, w in enumerate(placed) if re.fullmatch(r"\d\d\.", w["word"])]
    assert len(numbers) >= 10, [w["word"] for _, w in numbers]
    for index, number in numbers:
        following = placed[index + 1]
        gap_pt = (following["left"] - number["right"]) * number["width"]
        assert gap_pt > 4, f"{number['word']} {following['word']}: {gap_pt:.1f} pt apart"
    texts = {w["left"] for _, w in numbers}
    starts = {round(placed[i + 1]["left"], 3) for i, _ in numbers}
    assert len(starts) == 1, f"the text of every numbered paragraph starts at one indent, not {starts} ({texts})"


@pytest.mark.parametrize(("template", "classification"), EDITED_COPIES)
def test_libreoffice_edited_copy_reads_back(
    edited_copies: dict[tuple[str, str], tuple[Brief, Path]], template: str, classification: str
) -> None:
    """A colleague on LibreOffice saves the file again as .docx: it still opens as the brief,
    portion marks and first-page markings included (none of them comes back as text)."""
    original, back_docx = edited_copies[template, classification]
    from briefing.importer import is_briefing_docx

    assert is_briefing_docx(back_docx), "the marker property survives LibreOffice"
    back = brief_from_docx(back_docx)
    assert back.title == original.title and back.metadata == original.metadata
    got = {(i.text, i.label, i.speaker) for i in back.items()}
    assert got == {(i.text, i.label, i.speaker) for i in original.items()}


BULLET = "\uf0b7"  # the List Bullet glyph (Symbol font) as pdftotext gives it


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed")
def test_us_memo_renders_banners_and_portion_marks(renders: dict[tuple[str, str], Render]) -> None:
    brief, pdf = renders["us-information-memo", "UNCLASSIFIED"]
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
@pytest.mark.parametrize(("level", "every_page"), CORNER_LEVELS)
def test_canadian_protected_note_marks_the_top_right_corner(
    renders: dict[tuple[str, str], Render], level: str, every_page: bool
) -> None:
    pdf = renders["canada-briefing-note", level].pdf
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
@pytest.mark.parametrize(("template", "classification", "expected"), NEW_FORMATS)
def test_new_formats_render(
    renders: dict[tuple[str, str], Render], template: str, classification: str, expected: list[str]
) -> None:
    pdf = renders[template, classification].pdf
    text = pdf_text(pdf)
    for needle in expected:
        assert needle in text, f"{needle!r} missing from the {template} render"
    placed = words(pdf)
    first_word = classification.split()[0]
    for number in range(1, pages(pdf) + 1):
        banners = [w for w in placed if w["page"] == number and w["word"] == first_word]
        assert any(w["bottom"] < 0.1 for w in banners) and any(w["top"] > 0.85 for w in banners), number
