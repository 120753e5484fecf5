"""Page 1's copy of a letterhead: the same content, its pictures resolving from the new part, and
nothing that may occur only once in a document (drawing ids, bookmarks, paragraph ids) twice."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Cm

from briefing.export.letterhead import copy_letterhead
from tests.test_export_reference import _png

W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"


def test_the_copy_holds_the_letterhead_and_its_picture_and_nothing_twice(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    document = docx.Document()
    section = document.sections[0]
    line = section.header.paragraphs[0]
    line.add_run("ACME MINISTRY ").add_picture(str(logo), width=Cm(2))
    line._p.set(W14_PARA_ID, "1A2B3C4D")
    start = line._p.makeelement(qn("w:bookmarkStart"), {qn("w:id"): "0", qn("w:name"): "letterhead"})
    line._p.insert(0, start)
    line._p.append(line._p.makeelement(qn("w:bookmarkEnd"), {qn("w:id"): "0"}))
    section.header.add_table(1, 1, Cm(10)).rows[0].cells[0].text = "Office of the Minister"
    section.different_first_page_header_footer = True

    copy_letterhead(section.header, section.first_page_header)

    buffer = io.BytesIO()
    document.save(buffer)
    first = docx.Document(buffer).sections[0].first_page_header
    assert [p.text for p in first.paragraphs] == ["ACME MINISTRY "]
    assert first.tables[0].rows[0].cells[0].text == "Office of the Minister"
    (rid,) = first._element.xpath(".//a:blip/@r:embed")
    assert first.part.related_parts[rid].blob == _png(), "the logo resolves from page 1's own header"
    assert first._element.xpath(".//wp:docPr/@id") != section.header._element.xpath(".//wp:docPr/@id")
    assert not first._element.xpath(".//w:bookmarkStart | .//w:bookmarkEnd"), "a bookmark name is used once"
    assert first.paragraphs[0]._p.get(W14_PARA_ID) is None
    assert section.header.paragraphs[0]._p.get(W14_PARA_ID) == "1A2B3C4D", "the original keeps its own"
