"""--reference FILE.docx: the organisation's styles, page set-up and letterhead, like pandoc's."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt

from briefing import wordfile as w
from briefing.errors import ExportError
from briefing.export import build_docx, export_docx
from tests.docx_support import REPO_ROOT, instructions, open_docx, outline, part_text, rich_brief

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_reference(path: Path, *, first_page: bool = False, page_field: bool = False, logo: bool = False) -> Path:
    """A letterhead reference; ``logo`` adds a picture to the header's line and a table under it."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(10)
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(3)
    section.header.paragraphs[0].text = "ACME MINISTRY"
    section.footer.paragraphs[0].text = "Acme, 1 Main Street"
    if logo:
        picture = path.with_suffix(".png")
        picture.write_bytes(_png())
        section.header.paragraphs[0].add_run().add_picture(str(picture), width=Cm(3))
        row = section.header.add_table(1, 2, Cm(15)).rows[0]
        row.cells[0].text, row.cells[1].text = "Office of the Minister", "Acme City"
    if page_field:
        from briefing.export.fields import add_field

        add_field(section.footer.add_paragraph("p. "), "PAGE")
    if first_page:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "ACME MINISTRY - FIRST PAGE"
    document.add_paragraph("Old body text that must not survive.")
    document.core_properties.author = "Someone Else"
    document.core_properties.comments = "an internal comment"
    document.save(str(path))
    return path


def make_minimal_reference(path: Path) -> Path:
    """A bare Word file with only a Normal style: no lists, no headings, no numbering part."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
            "<w:p><w:r><w:t>Letter text</w:t></w:r></w:p>"
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1134"'
            ' w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>'
        ),
        "word/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            '<w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana"/><w:sz w:val="18"/></w:rPr></w:style>'
            "</w:styles>"
        ),
    }
    with zipfile.ZipFile(path, "w") as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return path


def test_reference_styles_page_and_letterhead(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "acme.docx")
    document = open_docx(build_docx(rich_brief(), reference=reference))
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Normal"].font.size == Pt(10)
    assert abs(document.sections[0].left_margin - Cm(3)) < Cm(0.01)
    assert part_text(document.sections[0].header) == ["OFFICIAL-SENSITIVE", "ACME MINISTRY"]
    assert part_text(document.sections[0].footer) == ["Acme, 1 Main Street", "OFFICIAL-SENSITIVE", "Page 1 of 1"]
    assert "Old body text that must not survive." not in [text for _, text in outline(document)]
    assert outline(document)[1][0] == "Review Notice" and outline(document)[2] == ("Heading 1", "Summary")
    assert document.core_properties.author == "A. Officer"
    assert document.core_properties.comments == ""


def test_reference_first_page_header_is_marked_too(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "acme.docx", first_page=True)
    section = open_docx(build_docx(rich_brief(), reference=reference)).sections[0]
    assert part_text(section.first_page_header) == ["OFFICIAL-SENSITIVE", "ACME MINISTRY - FIRST PAGE"]
    assert part_text(section.first_page_footer)[-2:] == ["OFFICIAL-SENSITIVE", "Page 1 of 1"]
    assert part_text(section.header)[0] == "OFFICIAL-SENSITIVE"


def test_reference_page_number_is_not_doubled(tmp_path: Path) -> None:
    reference = make_reference(tmp_path / "acme.docx", page_field=True)
    footer = open_docx(build_docx(rich_brief(), reference=reference)).sections[0].footer
    assert instructions(footer._element) == ["PAGE"]
    assert part_text(footer)[-1] == "OFFICIAL-SENSITIVE"


def test_minimal_reference_gets_the_styles_it_lacks(tmp_path: Path) -> None:
    reference = make_minimal_reference(tmp_path / "bare.docx")
    document = open_docx(build_docx(rich_brief(), reference=reference))
    assert outline(document)[:4] == [
        ("Title", "Briefing note"),
        ("Review Notice", w.review_notice(3, 8)),
        ("Heading 1", "Summary"),
        ("List Bullet", "[Not reviewed] Wang Yi met Antony Blinken for three hours."),
    ]
    bullet = document.styles["List Bullet"]
    num_id = bullet.element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    assert num_id in [n.numId for n in numbering.num_lst], "bullets need a numbering definition"
    assert "bullet" in numbering.xml
    assert document.styles["Normal"].font.name == "Verdana"
    assert (
        document.styles["Heading 1"].element.pPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl"
        )
        is not None
    )
    assert part_text(document.sections[0].header) == ["OFFICIAL-SENSITIVE"]


def test_word_template_dotx_is_accepted(tmp_path: Path) -> None:
    docx_path = make_reference(tmp_path / "acme.docx")
    dotx = tmp_path / "acme.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    document = open_docx(build_docx(rich_brief(), reference=dotx))
    assert document.styles["Normal"].font.name == "Georgia"
    assert "template.main" not in document.part.content_type


def _bad_references(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "text.docx").write_text("not a word file", encoding="utf-8")
    (tmp_path / "empty.docx").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as z:
        z.writestr("hello.txt", "a zip, but no document")
    sheet = io.BytesIO()
    with zipfile.ZipFile(sheet, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
    (tmp_path / "sheet.docx").write_bytes(sheet.getvalue())
    good = make_reference(tmp_path / "good.docx").read_bytes()
    (tmp_path / "truncated.docx").write_bytes(good[: len(good) // 2])
    (tmp_path / "folder.docx").mkdir()
    return {name: tmp_path / f"{name}.docx" for name in ("text", "empty", "other", "sheet", "truncated", "folder")} | {
        "missing": tmp_path / "missing.docx"
    }


@pytest.mark.parametrize("case", ["text", "empty", "other", "sheet", "truncated", "folder", "missing"])
def test_bad_reference_is_a_clear_error_and_writes_nothing(tmp_path: Path, case: str) -> None:
    reference = _bad_references(tmp_path)[case]
    target = tmp_path / "out" / "note.docx"
    target.parent.mkdir()
    with pytest.raises(ExportError, match="reference document") as caught:
        export_docx(rich_brief(), target, reference=reference)
    assert "\n" not in str(caught.value) and str(reference.name) in str(caught.value)
    assert list(target.parent.iterdir()) == []


def test_cli_bad_reference_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "bad.docx").write_text("nope", encoding="utf-8")
    result = subprocess.run(
        check=False,
        args=[
            sys.executable,
            "-m",
            "briefing",
            "draft",
            "-o",
            str(tmp_path / "n.docx"),
            "--reference",
            str(tmp_path / "bad.docx"),
        ],
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        f"briefing: error: the reference document {tmp_path / 'bad.docx'} is not a Word .docx file"
    ]
    assert not (tmp_path / "n.docx").exists()


def test_an_earlier_brief_as_reference_does_not_double_the_marking(tmp_path: Path) -> None:
    earlier = rich_brief()
    earlier.metadata.classification = "SECRET"
    export_docx(earlier, tmp_path / "earlier.docx")
    document = open_docx(build_docx(rich_brief(), reference=tmp_path / "earlier.docx"))
    section = document.sections[0]
    assert part_text(section.header) == ["OFFICIAL-SENSITIVE"]
    assert part_text(section.footer) == ["OFFICIAL-SENSITIVE", "Page 1 of 1"]
    assert outline(document) == outline(open_docx(build_docx(rich_brief())))


def test_an_earlier_classified_us_memo_as_reference_leaves_none_of_its_authority_lines(tmp_path: Path) -> None:
    """Its page 1 footer holds its own "Classified By" lines: the new memo shows only its own."""
    earlier = rich_brief("us-action-memo")
    earlier.metadata.classification = "SECRET"
    earlier.metadata.classified_by = "A. Former, Chief"
    export_docx(earlier, tmp_path / "earlier.docx")
    later = rich_brief("us-action-memo")
    later.metadata.classification = "CONFIDENTIAL"
    later.metadata.classified_by = "B. Newer, Director"
    section = open_docx(build_docx(later, reference=tmp_path / "earlier.docx")).sections[0]
    first = part_text(section.first_page_footer)
    assert first[0] == "Classified By: B. Newer, Director" and "A. Former" not in " ".join(first)
    assert first[-2:] == ["CONFIDENTIAL", "Page 1 of 1"] and len(first) == 5
    later.metadata.classification = "UNCLASSIFIED"  # no block at all: none of the earlier one either
    section = open_docx(build_docx(later, reference=tmp_path / "earlier.docx")).sections[0]
    assert part_text(section.first_page_footer) == ["UNCLASSIFIED", "Page 1 of 1"]


def test_no_classification_leaves_no_empty_marking(tmp_path: Path) -> None:
    earlier = rich_brief()
    export_docx(earlier, tmp_path / "earlier.docx")
    unmarked = rich_brief()
    unmarked.metadata.classification = ""
    for reference in (None, tmp_path / "earlier.docx"):
        section = open_docx(build_docx(unmarked, reference=reference)).sections[0]
        assert part_text(section.header) == [""], "a header keeps one (empty) paragraph, as Word requires"
        assert part_text(section.footer) == ["Page 1 of 1"]


def _png() -> bytes:
    """A 2x2 red PNG, built by hand so the test needs no image library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_letterhead_logo_and_even_page_headers_survive(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(3))
    document.settings.odd_and_even_pages_header_footer = True
    section.even_page_header.paragraphs[0].text = "EVEN PAGE LETTERHEAD"
    document.save(str(tmp_path / "logo.docx"))

    data = build_docx(rich_brief(), reference=tmp_path / "logo.docx")
    exported = open_docx(data).sections[0]
    assert exported.header._element.xpath(".//w:drawing"), "the logo stays in the header"
    assert any(name.startswith("word/media/") for name in zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert part_text(exported.header)[0] == "OFFICIAL-SENSITIVE"
    assert part_text(exported.even_page_header) == ["OFFICIAL-SENSITIVE", "EVEN PAGE LETTERHEAD"]
    assert part_text(exported.even_page_footer)[-2:] == ["OFFICIAL-SENSITIVE", "Page 1 of 1"]
