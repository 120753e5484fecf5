"""Page 1's copy of a letterhead: the same content, its pictures resolving from the new part, and
nothing that may occur only once in a document (drawing ids, bookmarks, paragraph ids) twice."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
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


VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def watermark(text: str = "DRAFT", number: int = 2049) -> str:
    """A watermark as Word makes one: a VML text-path shape in the header, named for Word's
    watermark command, plus an embedded object's picture (an inline VML shape the object points at)."""
    return (
        f"<w:r {nsdecls('w')} {VML}><w:pict>"
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:path textpathok="t"/></v:shapetype>'
        f'<v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s{number}" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:100pt;rotation:315;z-index:-251657216"'
        f' fillcolor="silver" stroked="f"><v:textpath style="font-family:&quot;Calibri&quot;" string="{text}"/>'
        "</v:shape></w:pict></w:r>"
    )


def _embedded_object() -> str:
    return (
        f"<w:r {nsdecls('w')} {VML}><w:object>"
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:20pt;height:20pt" o:ole=""/>'
        '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1"/>'
        "</w:object></w:r>"
    )


def _vml_ids(document) -> list[str]:
    """Every VML shape id and o:spid in the document's headers and footers (shape types, shared
    definitions Word repeats in each part, aside)."""
    found = []
    for part in document.part.package.iter_parts():
        if part.partname.startswith(("/word/header", "/word/footer")):
            for shape in part.element.iter("{urn:schemas-microsoft-com:vml}*"):
                if not shape.tag.endswith("shapetype"):
                    found += [v for v in (shape.get("id"), shape.get(SPID)) if v]
    return found


SPID = "{urn:schemas-microsoft-com:office:office}spid"


def test_a_copied_watermark_and_embedded_object_get_shape_ids_of_their_own() -> None:
    document = docx.Document()
    section = document.sections[0]
    line = section.header.paragraphs[0]
    line._p.append(parse_xml(watermark()))
    line._p.append(parse_xml(_embedded_object()))
    control = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="-1234"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>'
    )
    section.header._element.append(parse_xml(control))  # a Word page-number block, say
    section.different_first_page_header_footer = True

    copy_letterhead(section.header, section.first_page_header)

    first = section.first_page_header._element
    ids = _vml_ids(document)
    assert len(ids) == 6 == len(set(ids)), "no shape id twice in the document"
    (mark,) = first.iter("{urn:schemas-microsoft-com:vml}textpath")
    shape = mark.getparent()
    assert shape.get("id").startswith("PowerPlusWaterMarkObject"), "still a watermark to Word"
    assert shape.get(SPID) == "_x0000_s2050", "the next in the header shapes' block"
    assert shape.get("type") == "#_x0000_t136", "the shared shape type it was drawn from"
    (ole,) = first.iter("{urn:schemas-microsoft-com:office:office}OLEObject")
    (picture,) = [s for s in first.iter("{urn:schemas-microsoft-com:vml}shape") if s.get("id").startswith("_x0000_i")]
    assert ole.get("ShapeID") == picture.get("id") != "_x0000_i1025", "the object points at its own picture"
    assert not first.xpath(".//w:sdtPr/w:id") and section.header._element.xpath(".//w:sdtPr/w:id"), "Word numbers it"


def test_a_references_watermark_is_on_page_one_too_under_ids_of_its_own(tmp_path: Path) -> None:
    """A US memo's page 1 gets its own header, a copy of the reference's: its watermark with it,
    under new ids, and the settings' highest header shape number follows them."""
    from briefing.export import build_docx
    from tests.docx_support import open_docx
    from tests.test_export_formats import classified_memo
    from tests.test_export_reference import make_reference

    reference = make_reference(tmp_path / "draft.docx", logo=True)
    document = docx.Document(str(reference))
    document.sections[0].header.paragraphs[0]._p.append(parse_xml(watermark("DRAFT", 2049)))
    header_defaults = f'<w:hdrShapeDefaults {nsdecls("w")} {VML}><o:shapedefaults spidmax="2049"/></w:hdrShapeDefaults>'
    document.settings.element.find(qn("w:compat")).addprevious(parse_xml(header_defaults))  # in schema order
    document.save(str(reference))

    exported = open_docx(build_docx(classified_memo(), reference=reference))
    section = exported.sections[0]
    assert section.different_first_page_header_footer
    for header in (section.first_page_header, section.header):
        assert [t.get("string") for t in header._element.iter("{urn:schemas-microsoft-com:vml}textpath")] == ["DRAFT"]
    ids = _vml_ids(exported)
    assert len(ids) == 4 == len(set(ids)), ids
    (defaults,) = exported.settings.element.find(qn("w:hdrShapeDefaults"))
    assert defaults.get("spidmax") == "2050", "a shape Word adds to a header later takes a number of its own"
