"""The PDF export: same pages as LibreOffice's render of the Word export, markings on every
page, "Page X of Y", PDF/A-1b identification, embedded fonts, the command line.

The page checks read the PDF with poppler (pdftotext, pdfinfo, pdffonts) and compare with
LibreOffice; each is skipped, with the reason, where the tool is missing (`.ci/run` installs them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import ExportError
from briefing.export.layout import Block, BlockKind, Layout, LayoutOptions, Line, lay_out
from briefing.export.pdf import BULLET, TextOp, marked_runs, pages, write
from briefing.export.pdf_fonts import family_for, font_file
from briefing.export.writers import export, render, suffixes
from briefing.layout import switch_template
from briefing.model import Brief, Item, Metadata, Section
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.storage import save_brief
from briefing.templates import get_template
from tests.docx_support import SAMPLE_ARTICLE, rich_brief, shipped_fonts_config

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
POPPLER = bool(shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdffonts"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed")

# One classification per template that exercises its marking rule.
CASES = [
    ("briefing-note", "OFFICIAL-SENSITIVE", "banner"),
    ("uk-submission", "OFFICIAL", "banner"),
    ("us-information-memo", "SECRET//NOFORN", "banner"),
    ("canada-briefing-note", "PROTECTED B", "corner-first-page"),
    ("canada-briefing-note", "PROTECTED C", "corner"),
]


def sample_brief(template: str, classification: str) -> Brief:
    brief = switch_template(prefill(read_article(SAMPLE_ARTICLE)), get_template(template))
    brief.metadata.classification = classification
    brief.metadata.to, brief.metadata.from_ = "Minister", "Director, Asia-Pacific"
    brief.metadata.date = "2026-11-28"
    return brief


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert found is not None, info
    return int(found.group(1))


def streams(data: bytes) -> list[bytes]:
    """Every stream in the file, inflated where it is compressed."""
    found = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            found.append(zlib.decompress(raw))
        except zlib.error:
            found.append(raw)
    return found


@needs_poppler
@pytest.mark.parametrize(("template", "classification", "placement"), CASES)
def test_every_page_has_its_marking_and_page_x_of_y(
    tmp_path: Path, template: str, classification: str, placement: str
) -> None:
    brief = sample_brief(template, classification)
    layout = lay_out(brief, options=LayoutOptions(source_notes=True))  # notes make it run to more pages
    assert layout.marking.placement == placement
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(write(layout))
    texts = page_texts(pdf)
    count = page_count(pdf)
    assert count == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in text
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if placement == "banner":
            assert lines[0] == classification and lines[-2] == classification, f"page {number}: {lines[:1]}"
        elif placement == "corner" or number == 1:
            assert lines[0] == classification, f"page {number} needs {classification} top right"
            assert text.splitlines()[0].endswith(classification)  # right-aligned
        else:
            assert classification not in text, "PROTECTED B goes on the first page only"
    whole = "\n".join(texts)
    assert layout.title.upper() in whole
    for block in layout.blocks:
        if block.kind == BlockKind.HEADING:
            shown = block.text.upper() if layout.style.heading_caps else block.text
            assert shown in whole


@needs_poppler
@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_page_count_matches_libreoffice_render_of_the_word_file(tmp_path: Path) -> None:
    """The PDF breaks pages where LibreOffice breaks the .docx, with and without source notes."""
    cases = [(t, c, notes) for t, c, _ in CASES[:4] for notes in (False, True)]
    for index, (template, classification, notes) in enumerate(cases):
        brief = sample_brief(template, classification)
        options = LayoutOptions(source_notes=notes)
        export(brief, tmp_path / f"n{index}.docx", options=options)
        export(brief, tmp_path / f"n{index}.pdf", options=options)
    out = tmp_path / "lo"
    docx_files = [str(tmp_path / f"n{index}.docx") for index in range(len(cases))]
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore"]
        + ["--convert-to", "pdf", "--outdir", str(out), *docx_files],
        check=False,
        capture_output=True,
        timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(shipped_fonts_config(tmp_path))},
    )
    for index, case in enumerate(cases):
        rendered = out / f"n{index}.pdf"
        assert rendered.exists(), f"LibreOffice did not convert the {case} export"
        assert page_count(tmp_path / f"n{index}.pdf") == page_count(rendered), case


@needs_poppler
def test_pdf_is_pdfa_1b_with_every_font_embedded_title_and_language(tmp_path: Path) -> None:
    brief = sample_brief("us-information-memo", "SECRET")
    pdf = tmp_path / "memo.pdf"
    export(brief, pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-1.4")
    xmp = next(s for s in streams(data) if b"x:xmpmeta" in s).decode()
    assert "<pdfaid:part>1</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    title = re.search(r"<dc:title>(.*?)</dc:title>", xmp, re.DOTALL)
    assert title is not None and brief.title.split(":")[0] in title.group(1)
    assert b"/Lang (en-US)" in data or b"/Lang <" in data
    assert b"/OutputIntents" in data and b"/GTS_PDFA1" in data
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True, timeout=60).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "the PDF uses fonts"
    for row in rows:
        assert row.split()[-5:-3] == ["yes", "yes"], f"not embedded as a subset: {row}"  # emb, sub
        assert "LiberationSerif" in row  # Times New Roman's stand-in, as the memo asks


def test_template_fonts_map_to_shipped_files() -> None:
    assert family_for("Calibri") == "Carlito"
    assert family_for("Arial") == "LiberationSans"
    assert family_for("Times New Roman") == "LiberationSerif"
    assert family_for("Garamond") == "LiberationSerif"  # an unknown serif face keeps serifs
    for family in ("Carlito", "LiberationSans", "LiberationSerif"):
        for style in ("", "B", "I", "BI"):
            assert font_file(family, style).stat().st_size > 100_000


def test_marks_become_styled_runs() -> None:
    line = Line("Wang urged restraint today", ((0, 4, "bold"), (5, 10, "italic"), (0, 10, "underline")))
    runs = [(run.text, run.style) for run in marked_runs(line)]
    assert runs == [("Wang", "BU"), (" ", "U"), ("urged", "IU"), (" restraint today", "")]


@needs_poppler
def test_long_words_hyphens_and_unknown_blocks_all_show(tmp_path: Path) -> None:
    """Nothing the layout gives is dropped: a block kind added after this writer, a word longer
    than a line, Greek and Cyrillic."""
    layout = lay_out(rich_brief("briefing-note"))
    unknown = Block(kind="later-kind", text="[Recommendation to be completed]", lead="Note")  # type: ignore[arg-type]
    long_word = "x" * 300
    item = Block(BlockKind.ITEM, lines=(Line(f"Long {long_word} and well-known Beijing words, Αθήνα, Москва"),))
    extended = Layout(
        layout.title, layout.style, layout.marking, layout.title_block, (*layout.blocks, unknown, item), layout.info
    )
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(write(extended))
    text = "".join(page_texts(pdf)).replace("\n", " ")
    assert "Note: [Recommendation to be completed]" in text
    assert text.replace(" ", "").count("x" * 50) >= 1 and "well-known Beijing" in text
    assert "Αθήνα" in text and "Москва" in text
    assert BULLET in text


def test_characters_the_fonts_cannot_draw_stop_the_pdf_and_say_which(tmp_path: Path) -> None:
    """fpdf2 leaves out what a font cannot draw: a PDF that lost "王毅" from "Wang Yi (王毅)" would
    tell its reader something else than the brief. Export and Print refuse, naming them."""
    layout = lay_out(rich_brief("briefing-note"))
    item = Block(BlockKind.ITEM, lines=(Line("Wang Yi (王毅) met Blinken."),))
    extended = Layout(
        layout.title, layout.style, layout.marking, layout.title_block, (*layout.blocks, item), layout.info
    )
    for make in (write, pages):
        with pytest.raises(ExportError, match=r"cannot show 2 characters of this brief \(王 毅\); export it to Word"):
            make(extended)


def test_pdf_is_registered_and_reference_is_ignored(tmp_path: Path) -> None:
    assert ".pdf" in suffixes()
    brief = rich_brief()
    data = render(brief, "note.PDF", reference=tmp_path / "letterhead.docx")  # a Word reference styles Word only
    assert data.startswith(b"%PDF-")


def test_a_font_that_cannot_be_read_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("briefing.export.pdf.font_file", lambda family, style: tmp_path / "missing.ttf")
    with pytest.raises(ExportError, match="the PDF could not be built"):
        render(rich_brief(), "note.pdf")


@needs_poppler
def test_cli_draft_and_export_write_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.pdf"
    assert main(["draft", str(SAMPLE_ARTICLE), "-o", str(out), "--template", "uk-submission"]) == 0
    assert "SUBMISSION" in page_texts(out)[0]
    saved = tmp_path / "note.brief"
    save_brief(rich_brief(), saved)
    exported = tmp_path / "exported.pdf"
    assert main(["export", str(saved), "-o", str(exported), "--source-notes"]) == 0
    assert "Page 1 of" in page_texts(exported)[0]
    assert main(["export", str(saved), "-o", str(tmp_path / "note.odt")]) == 2
    assert "briefing: error:" in capsys.readouterr().err
    assert not (tmp_path / "note.odt").exists()


@needs_poppler
def test_the_pdf_flags_unreviewed_items_and_highlights_what_is_still_to_do(tmp_path: Path) -> None:
    """As in the Word file: the draft notice, "[Not reviewed]" on each pre-filled item nobody
    reviewed, and a required section's placeholder, all bold on yellow."""
    brief = rich_brief("uk-submission")
    brief.sections.append(Section("recommendation", "Recommendation", []))
    pdf = tmp_path / "flags.pdf"
    export(brief, pdf)
    text = " ".join(page_texts(pdf))
    assert text.count("[Not reviewed]") == 3 + 1, "three items and the notice that names the flag"
    assert "Draft: 3 of 8 items were filled in automatically" in " ".join(text.split())
    assert "[Recommendation to be completed]" in text
    drawn = pages(lay_out(brief))
    flags = [op for page in drawn.pages for op in page if getattr(op, "text", "").startswith("[Not reviewed]")]
    assert len(flags) == 3 and all(op.highlight and "B" in op.style for op in flags)
    assert {op.text for op in flags} == {"[Not reviewed]"}, "the yellow ends at the bracket, not a space after it"
    placeholder = [op for page in drawn.pages for op in page if getattr(op, "text", "").startswith("[Recommendation")]
    assert placeholder and placeholder[0].highlight and "B" in placeholder[0].style
    assert any(b"1.000 1.000 0.000 rg" in stream or b"1 1 0 rg" in stream for stream in streams(pdf.read_bytes()))


@pytest.mark.parametrize(
    ("template", "own_language", "declared"),
    [("briefing-note", "en-US", b"/Lang (en-US)"), ("australia-ministerial-brief", "", b"/Lang (en-AU)")],
)
def test_the_pdf_declares_the_language_the_word_file_spells_in(
    tmp_path: Path, template: str, own_language: str, declared: bytes
) -> None:
    brief = rich_brief(template)
    brief.metadata.language = own_language
    assert declared in render(brief, tmp_path / "x.pdf")


def test_the_pdf_lists_its_sections_and_parties_as_bookmarks(tmp_path: Path) -> None:
    """A reader jumps to a section from the outline beside the page, as from Word's navigation pane."""
    brief = rich_brief()
    brief.section("outlook").heading = "Прогноз"  # a heading outside Latin-1 still makes a bookmark
    data = render(brief, tmp_path / "x.pdf")
    assert b"/Outlines" in data and b"/PageMode /UseOutlines" in data
    titles = re.findall(rb"/Title (\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]+>)", data)
    assert len(titles) == 4 + 3 + 1, "Summary, Key issues, Positions, Outlook; China, United States, China; Source"
    assert titles[:4] == [b"(Summary)", b"(Key issues)", b"(Positions)", b"(China)"]
    assert b"/Parent" in data and b"/Count" in data


def test_a_recommendation_never_leaves_its_decision_line_for_the_next_page() -> None:
    """Thirty recommendations, each with "Agreed / Not agreed / Please discuss": no page opens
    with a decision line parted from the recommendation it decides (three did before)."""
    text = "That you agree to option {}: " + "the department will consult the states and report back " * 3
    items = [Item(text.format(number), origin="user", reviewed=True) for number in range(30)]
    brief = Brief(
        title="Options",
        metadata=Metadata(classification="OFFICIAL"),
        template="australia-ministerial-brief",
        sections=[Section("recommendations", "Recommendations", items)],
    )
    drawn = pages(lay_out(brief))
    assert len(drawn.pages) >= 3
    for number, page in enumerate(drawn.pages[1:], start=2):
        body = [op for op in page if isinstance(op, TextOp) and op.text.strip() and op.text != "OFFICIAL"]
        assert not body[0].text.startswith("Agreed"), f"page {number} opens with a decision line"


def _brief_with_a_full_source(count: int) -> Brief:
    from briefing.model import Source

    text = "Officials will report on step {} of the follow-up to the partner agencies by the end of the month."
    items = [Item(text.format(number), origin="user", reviewed=True) for number in range(count)]
    return Brief(
        title="Follow-up",
        metadata=Metadata(classification="OFFICIAL"),
        source=Source(title="Talks resume", outlet="The Daily Record", author="J. Doe", date="2026-11-02"),
        template="uk-submission",
        sections=[Section("issue", "Issue", items)],
    )


def test_the_source_never_ends_the_brief_alone_nor_split_across_two_pages() -> None:
    """Briefs of 30 to 37 two-line paragraphs, so that the page fills up at each point of the
    Source block: before, some left its last rows alone on a page of their own, or the heading
    and its rows alone on the last page; now the rows stay together, with the last paragraph."""
    seen_pages = set()
    for count in range(30, 38):
        drawn = pages(lay_out(_brief_with_a_full_source(count)))
        seen_pages.add(len(drawn.pages))
        where = {}
        for number, page in enumerate(drawn.pages):
            for op in page:
                words = op.text.split() if isinstance(op, TextOp) else []
                if words and words[0] in ("Source", "Article:", "Published:", "Officials"):
                    where.setdefault(words[0], []).append(number)
        source_page = where["Source"][-1]
        assert where["Article:"] == where["Published:"] == [source_page], f"{count} paragraphs: the source is split"
        assert source_page in where["Officials"], f"{count} paragraphs: the source is alone on page {source_page + 1}"
    assert seen_pages == {2, 3}, "the briefs cross a page break"
