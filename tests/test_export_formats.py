"""Each format as the receiving office expects it: title block, numbering, decisions, authority, language."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from briefing.export import build_docx
from briefing.importer import brief_from_docx
from briefing.layout import switch_template
from briefing.templates import get_template, load_templates
from tests.docx_support import (
    fit_to_template,
    open_docx,
    outline,
    part_text,
    rich_brief,
    table_rows,
    zip_names,
    zip_text,
)


def brief_in(template_id: str):
    brief = fit_to_template(switch_template(rich_brief(), get_template(template_id)))
    brief.metadata.through = "Permanent Secretary"
    brief.metadata.copies_to = "Private Office; Legal"
    brief.metadata.critical_date = "2026-12-04"
    return brief


def test_us_memo_opens_with_the_memo_line_and_its_own_rows() -> None:
    brief = brief_in("us-information-memo")
    brief.metadata.to = "The Secretary"
    document = open_docx(build_docx(brief))
    assert outline(document)[0] == ("Title", "INFORMATION MEMO FOR The Secretary")
    assert document.styles["Title"].font.all_caps, "shown in capitals by the style, the text as written"
    rows = table_rows(document)
    assert [label for label, _ in rows][:4] == ["FROM:", "THROUGH:", "DATE:", "SUBJECT:"]
    assert all(label.isupper() for label, _ in rows), "every label in the memo's capitals, not 'Drafted by:'"
    assert dict(rows)["SUBJECT:"].startswith("(CUI) "), "the subject carries the document's portion mark"
    assert "To:" not in dict(rows), "the addressee is in the memo line"


def test_a_reference_keeps_the_formats_capitals(tmp_path: Path) -> None:
    """A reference's own Title and Heading 1 know nothing of the format's capitals: with one, Word
    showed "INFORMATION MEMO FOR The Secretary" and "Background" where the PDF shows capitals.
    They are set on the reference's styles; its fonts and sizes stay."""
    from tests.test_export_reference import make_reference

    reference = make_reference(tmp_path / "ref.docx")
    own = docx.Document(str(reference)).styles
    for template, heading_caps in (("us-information-memo", True), ("briefing-note", False)):
        styles = open_docx(build_docx(brief_in(template), reference=reference)).styles
        assert styles["Title"].font.all_caps, template
        assert bool(styles["Heading 1"].font.all_caps) == heading_caps, template
        for name in ("Title", "Heading 1"):
            assert (styles[name].font.name, styles[name].font.size) == (own[name].font.name, own[name].font.size)


@pytest.mark.parametrize(
    ("template_id", "rows"),
    [
        ("uk-submission", ["Through:", "Copies to:"]),
        ("australia-ministerial-brief", ["Through:", "Copies to:", "Critical date:"]),
    ],
)
def test_through_copies_and_critical_date_where_the_format_has_them(template_id: str, rows: list[str]) -> None:
    document = open_docx(build_docx(brief_in(template_id)))
    labels = dict(table_rows(document))
    for label in rows:
        assert label in labels
    if "Critical date:" in labels:
        assert labels["Critical date:"] == "4 December 2026"
    briefing_note = dict(table_rows(open_docx(build_docx(brief_in("briefing-note")))))
    assert "Through:" not in briefing_note, "the default note has no Through row"


@pytest.mark.parametrize("template_id", ["uk-submission", "australia-ministerial-brief"])
def test_numbered_paragraphs_are_real_word_numbering(template_id: str) -> None:
    document = open_docx(build_docx(brief_in(template_id)))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered, "some paragraphs are numbered"
    num_id = document.styles["List Number"].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.numId == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    level = abstract.find(qn("w:lvl"))
    assert level.find(qn("w:numFmt")).get(qn("w:val")) == "decimal"
    assert not any(p.text[:2].rstrip(".").isdigit() for p in numbered), "the number is Word's, not typed text"
    indent = level.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    assert int(indent.get(qn("w:hanging"))) >= 567, "room for '26.' before the text"
    styles = document.styles
    assert styles["List Number"].paragraph_format.space_after == styles["List Bullet"].paragraph_format.space_after


def test_briefing_note_keeps_bullets() -> None:
    styles = {style for style, _ in outline(open_docx(build_docx(brief_in("briefing-note"))))}
    assert "List Bullet" in styles and "List Number" not in styles


def test_australian_recommendations_carry_agreed_not_agreed_and_read_back_without_them(tmp_path: Path) -> None:
    brief = brief_in("australia-ministerial-brief")
    brief.section("recommendations").items = [type(brief.items()[0])("That you note the visit.")]
    path = tmp_path / "au.docx"
    path.write_bytes(build_docx(brief))
    document = open_docx(path.read_bytes())
    text = outline(document)
    at = text.index(("List Number", "That you note the visit."))
    assert text[at + 1] == ("Decision Options", "Agreed / Not agreed / Please discuss")
    assert document.paragraphs[at].paragraph_format.keep_with_next, "never a page apart from its decision line"
    back = brief_from_docx(path)
    assert [i.text for i in back.section("recommendations").items] == ["That you note the visit."]
    assert back.metadata.critical_date == "2026-12-04" and back.metadata.through == "Permanent Secretary"


def test_australian_recommendations_are_numbered_and_the_key_points_count_from_one_again() -> None:
    """An Australian ministerial brief numbers its recommendations, each agreed or not on its own
    ("Recommendation 2: not agreed"), and its key points from 1 again (FORMATS.md; the Defence
    ministerial advice template released under FOI): they went out as bullets. In Word and the PDF."""
    from briefing.export.layout import lay_out
    from briefing.export.pdf import TextOp, pages

    brief = brief_in("australia-ministerial-brief")
    item = type(brief.items()[0])
    brief.section("recommendations").items = [item("That you note the visit."), item("That you agree to Option B.")]
    document = open_docx(build_docx(brief))
    numbering = document.part.numbering_part.element
    style_num = document.styles["List Number"].element.pPr.numPr.numId.val

    def list_of(paragraph) -> tuple[int, str | None]:
        """The paragraph's list (numId) and where that list starts, if it restarts."""
        own = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        num_id = own.numId.val if own is not None and own.numId is not None else style_num
        num = next(n for n in numbering.findall(qn("w:num")) if n.numId == num_id)
        start = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        return num_id, start.get(qn("w:val")) if start is not None else None

    paragraphs = document.paragraphs
    rec = [p for p in paragraphs if p.text.startswith("That you")]
    assert [p.style.name for p in rec] == ["List Number"] * 2, "numbered, not bullets"
    key = next(i for i, p in enumerate(paragraphs) if p.text == "Key points")
    first_key_point = next(p for p in paragraphs[key:] if p.style.name == "List Number")
    assert list_of(rec[0])[1] == "1" and list_of(rec[1])[0] == list_of(rec[0])[0], "one list, from 1"
    assert list_of(first_key_point)[1] == "1" and list_of(first_key_point)[0] != list_of(rec[0])[0], "from 1 again"
    drawn = [op for page in pages(lay_out(brief)).pages for op in page if isinstance(op, TextOp)]
    numbers = [op.text for op in drawn if op.text.rstrip(".").isdigit() and op.text.endswith(".")]
    assert numbers[:3] == ["1.", "2.", "1."], "so in the PDF"


def test_us_action_memo_has_approve_and_disapprove_and_a_placeholder_when_empty(tmp_path: Path) -> None:
    """Every paragraph of a US memo is portion-marked: the placeholder went out with none (seen
    in LibreOffice's render of the sample), the only unmarked paragraph of the memo."""
    from briefing.export.layout import lay_out
    from briefing.export.pdf import TextOp, pages

    brief = brief_in("us-action-memo")
    data = build_docx(brief)
    text = outline(open_docx(data))
    assert text[0] == ("Title", "ACTION MEMO FOR Minister")
    at = text.index(("Heading 1", "Recommendation"))
    assert text[at + 1] == ("Normal", "(U) [Recommendation to be completed]")
    drawn = [op for page in pages(lay_out(brief)).pages for op in page if isinstance(op, TextOp)]
    at = next(i for i, op in enumerate(drawn) if op.text == "[Recommendation to be completed]")
    assert drawn[at - 1].text == "(U) " and drawn[at - 1].baseline == drawn[at].baseline, "the PDF marks it too"
    (tmp_path / "memo.docx").write_bytes(data)
    assert brief_from_docx(tmp_path / "memo.docx").section("recommendation").items == [], "still no item"
    brief.section("recommendation").items = [type(brief.items()[0])("That you approve the visit.")]
    text = outline(open_docx(build_docx(brief)))
    assert ("Decision Options", "Approve ______ / Disapprove ______") in text


_AUTHORITY = ["Classified By: J. Smith, Director", "Reason: 1.4(b)", "Declassify On: 2051-11-30"]


def classified_memo(template_id: str = "us-information-memo"):
    brief = brief_in(template_id)
    brief.metadata.classification = "SECRET//NOFORN"
    brief.metadata.classified_by = "J. Smith, Director"
    brief.metadata.classification_reason = "1.4(b)"
    brief.metadata.declassify_on = "2051-11-30"
    return brief


def _authority_in_body(document) -> list:
    return [p for p in document.paragraphs if p.style.name == "Classification Authority"]


def test_classification_authority_block_on_classified_us_memos(tmp_path: Path) -> None:
    """On the face of the memo (32 CFR 2001.21; 5 FAH-1 H-131), at the foot of page 1, bottom left,
    as the marking guides show it, and on page 1 only: under the title block it pushed the BLUF
    down the page. Word: page 1's own footer opens with the lines, in their own style, above the
    banner and "Page X of Y", so page 1's footnotes sit above them in Word and LibreOffice alike
    (a frame in the body, before, was drawn over them). The PDF draws them there too, and the
    body's page 1 ends above them."""
    from briefing.export.layout import lay_out
    from briefing.export.pdf import TextOp, pages

    brief = classified_memo()
    path = tmp_path / "us.docx"
    path.write_bytes(build_docx(brief, source_notes=True))
    document = open_docx(path.read_bytes())
    section = document.sections[0]
    assert section.different_first_page_header_footer, "page 1 has a footer of its own"
    first = section.first_page_footer
    assert part_text(first) == [*_AUTHORITY, "SECRET//NOFORN", "Page 1 of 1"], "above the banner and page line"
    lines = first.paragraphs[:3]
    assert {p.style.name for p in lines} == {"Classification Authority"}
    assert lines[0].paragraph_format.space_before == Pt(12), "clear of the body and its notes"
    assert all(p.alignment in (None, WD_ALIGN_PARAGRAPH.LEFT) for p in lines), "bottom left"
    assert "Classified By" not in " ".join(part_text(section.footer)), "page 1 only"
    assert part_text(section.first_page_header) == ["SECRET//NOFORN"], "page 1's own header keeps the banner"
    assert not _authority_in_body(document), "no longer in the body"
    assert not document.element.body.xpath(".//w:framePr"), "no frame for footnotes to run under"
    brief.sections[0].items *= 40  # three pages and more: still once, on page 1
    drawn = pages(lay_out(brief)).pages
    assert len(drawn) >= 3
    where = [(n, op) for n, page in enumerate(drawn) for op in page if isinstance(op, TextOp)]
    authority_ops = [(n, op) for n, op in where if op.text.startswith(("Classified By", "Reason", "Declassify On"))]
    assert [n for n, _ in authority_ops] == [0, 0, 0], "page 1 only"
    top = min(op.baseline for _, op in authority_ops)
    body = [op.baseline for n, op in where if n == 0 and op.baseline < top]
    footer = [op.baseline for n, op in where if n == 0 and op.baseline > top and op.text.startswith(("SECRET", "Page"))]
    last = max(op.baseline for _, op in authority_ops)
    assert footer and all(b > last for b in footer), "above the footer"
    assert min(footer) - last == pytest.approx(14.9 - 11.2 + 9.35, abs=0.01), "right above the banner, as in Word"
    assert top - max(body) >= 12 + 12, "the body's first page ends clear of it"
    assert min(op.x for _, op in authority_ops) == min(op.x for n, op in where if n == 0), "at the left margin"
    assert top > drawn[0][0].baseline + 0.75 * (792 - 2 * 72), "in the bottom quarter of the page"
    brief.metadata.classification = "UNCLASSIFIED"
    unclassified = open_docx(build_docx(brief))
    assert not any(s == "Classification Authority" for s, _ in outline(unclassified))
    assert not unclassified.sections[0].different_first_page_header_footer, "no block: one footer for every page"


def _header_content(part) -> tuple[list[str], list[list[str]], list[bytes]]:
    """What a header shows: its lines, its tables' cells, and the bytes each picture resolves to."""
    rows = [[cell.text for cell in row.cells] for table in part.tables for row in table.rows]
    images = [part.part.related_parts[rid].blob for rid in part._element.xpath(".//a:blip/@r:embed")]
    return part_text(part), rows, images


def test_a_letterhead_on_every_page_is_copied_into_page_ones_own_header_and_footer(tmp_path: Path) -> None:
    """A reference whose letterhead (a logo, a line, a table) is in the one header every page
    shares: page 1 gets a header and footer of its own anyway, its header a copy of the letterhead
    with the logo related to the new part, so the authority lines go in page 1's footer as on every
    other memo. Before, they stayed a frame at the foot of page 1's text, and LibreOffice drew
    page 1's footnotes under it."""
    from tests.test_export_reference import _png, make_reference

    brief = classified_memo("us-action-memo")
    data = build_docx(brief, reference=make_reference(tmp_path / "letterhead.docx", logo=True), source_notes=True)
    names = zip_names(data)
    assert not [n for n in names if n.endswith(".xml") and "framePr" in zip_text(data, n)], "no frame anywhere"
    assert len([n for n in names if n.startswith("word/media/")]) == 1, "the logo is stored once"
    document = open_docx(data)
    section = document.sections[0]
    assert section.different_first_page_header_footer, "page 1 has a header and footer of its own"
    letterhead = (["SECRET//NOFORN", "ACME MINISTRY"], [["Office of the Minister", "Acme City"]], [_png()])
    assert _header_content(section.first_page_header) == letterhead, "page 1 keeps the letterhead, logo and all"
    assert _header_content(section.header) == letterhead, "and so do the pages after it"
    assert section.first_page_header.part is not section.header.part
    drawing_ids = [
        i for n in names if n.startswith("word/header") for i in re.findall(r'docPr id="(\d+)"', zip_text(data, n))
    ]
    assert len(drawing_ids) == 2 == len(set(drawing_ids)), "each drawing has an id of its own"
    footer = ["Acme, 1 Main Street", "SECRET//NOFORN", "Page 1 of 1"]
    assert part_text(section.first_page_footer) == [*_AUTHORITY, *footer], "page 1's footer opens with them"
    assert part_text(section.footer) == footer, "page 1 only"
    assert not _authority_in_body(document)
    reference = make_reference(tmp_path / "first.docx", first_page=True)  # its own page 1 letterhead: kept as it is
    document = open_docx(build_docx(brief, reference=reference))
    section = document.sections[0]
    assert part_text(section.first_page_header) == ["SECRET//NOFORN", "ACME MINISTRY - FIRST PAGE"]
    assert part_text(section.first_page_footer)[:3] == _AUTHORITY
    assert not _authority_in_body(document) and not document.element.body.xpath(".//w:framePr")


def _as_an_older_export(path: Path) -> None:
    """What exports before page 1's own footer wrote: the authority lines one frame in the body,
    right after the title block, and one footer for every page."""
    document = docx.Document(str(path))
    section = document.sections[0]
    lines = [p._p for p in section.first_page_footer.paragraphs if p.style.name == "Classification Authority"]
    anchor = document.element.body.xpath("./w:tbl")[0]
    for line in reversed(lines):
        frame = OxmlElement("w:framePr")
        for name, value in (("vAnchor", "margin"), ("hAnchor", "margin"), ("xAlign", "left"), ("yAlign", "bottom")):
            frame.set(qn(f"w:{name}"), value)
        line.get_or_add_pPr().insert(1, frame)
        anchor.addnext(line)
    section.different_first_page_header_footer = False
    document.save(str(path))


def test_the_authority_lines_read_back_from_the_footer_and_from_an_old_frame(tmp_path: Path) -> None:
    """Without the brief the file carries (a tool stripped it), the page alone gives the authority
    back: from page 1's footer now (with or without a letterhead), from the frame in the body that
    older exports have, and none from a memo that has no block."""
    from tests.test_docx_embedded import without_record
    from tests.test_export_reference import make_reference

    brief = classified_memo()
    expected = ("J. Smith, Director", "1.4(b)", "2051-11-30")
    letterhead = make_reference(tmp_path / "ref.docx", logo=True)
    for name, reference in (("footer.docx", None), ("letterhead.docx", letterhead), ("frame.docx", None)):
        path = tmp_path / name
        path.write_bytes(build_docx(brief, reference=reference, source_notes=True))
        if name == "frame.docx":
            _as_an_older_export(path)
            assert len(docx.Document(str(path)).element.body.xpath(".//w:framePr")) == 3
        without_record(path)
        back = brief_from_docx(path).metadata
        assert (back.classified_by, back.classification_reason, back.declassify_on) == expected, name
    brief.metadata.classification = "UNCLASSIFIED"
    path = tmp_path / "none.docx"
    path.write_bytes(build_docx(brief, reference=letterhead))
    without_record(path)
    back = brief_from_docx(path).metadata
    assert not (back.classified_by or back.classification_reason or back.declassify_on)


@pytest.mark.parametrize(
    ("template_id", "language"),
    [
        ("briefing-note", "en-GB"),
        ("uk-submission", "en-GB"),
        ("canada-briefing-note", "en-CA"),
        ("us-information-memo", "en-US"),
        ("australia-ministerial-brief", "en-AU"),
    ],
)
def test_language_per_template_and_not_marked_proofed(template_id: str, language: str) -> None:
    data = build_docx(brief_in(template_id))
    document = open_docx(data)
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == language
    for name in ("Normal", "Heading 1", "List Bullet"):
        assert document.styles[name].element.rPr.find(qn("w:lang")).get(qn("w:val")) == language
    assert "proofState" not in zip_text(data, "word/settings.xml")
    assert "noProof" not in zip_text(data, "word/styles.xml")


def test_every_template_renders() -> None:
    for template_id in load_templates():
        assert outline(open_docx(build_docx(brief_in(template_id))))


def test_cli_classification_is_case_insensitive_and_checked_against_the_format(tmp_path: Path, capsys) -> None:
    from briefing.cli import main

    out = tmp_path / "n.docx"
    assert main(["draft", "-o", str(out), "--classification", "secret"]) == 0
    assert open_docx(out.read_bytes()).sections[0].header.paragraphs[0].text == "SECRET"
    memo = tmp_path / "m.docx"
    args = ["draft", "-o", str(memo), "--template", "us-information-memo", "--classification", "secret//noforn"]
    assert main(args) == 0
    assert open_docx(memo.read_bytes()).sections[0].header.paragraphs[0].text == "SECRET//NOFORN"
    code = main(
        [
            "draft",
            "-o",
            str(tmp_path / "x.docx"),
            "--template",
            "us-information-memo",
            "--classification",
            "PROTECTED B",
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: the marking 'PROTECTED B' is not one the Information memo (US) allows")
    assert not (tmp_path / "x.docx").exists()


def test_a_new_brief_in_an_action_memo_is_for_decision_and_exports(tmp_path: Path, capsys) -> None:
    import json

    from briefing.cli import main

    assert main(["draft", "--template", "us-action-memo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["metadata"]["purpose"] == "For decision"
    out = tmp_path / "a.docx"
    assert main(["draft", "-o", str(out), "--template", "us-action-memo"]) == 0, "not refused for its purpose"
    assert outline(open_docx(out.read_bytes()))[0][1].startswith("ACTION MEMO FOR")


def _subject_value(document):
    return next(row.cells[1].paragraphs[0] for row in document.tables[0].rows if row.cells[0].text == "Subject:")


def test_the_australian_subject_is_in_bold_capitals_on_the_page_and_as_written_inside(tmp_path: Path) -> None:
    """FORMATS.md: the Australian brief's title is in bold capitals; it was in mixed case."""
    from briefing.export.layout import lay_out
    from briefing.export.pdf import TextOp, pages

    brief = brief_in("australia-ministerial-brief")
    data = build_docx(brief)
    runs = [run for run in _subject_value(open_docx(data)).runs if run.text]
    assert runs and all(run.font.all_caps and run.bold for run in runs)
    assert "".join(run.text for run in runs) == "China-US talks in Beijing", "the text stays as written"
    (tmp_path / "au.docx").write_bytes(data)
    assert brief_from_docx(tmp_path / "au.docx").title == "China-US talks in Beijing"
    drawn = [op.text for page in pages(lay_out(brief)).pages for op in page if isinstance(op, TextOp)]
    assert any("CHINA-US TALKS IN BEIJING" in text for text in drawn), "the PDF prints it in capitals too"
    other = [run for run in _subject_value(open_docx(build_docx(brief_in("uk-submission")))).runs if run.text]
    assert not any(run.font.all_caps for run in other), "a UK subject stays as written"


def _us_subject(brief) -> str:
    return dict(table_rows(open_docx(build_docx(brief))))["SUBJECT:"]


def test_a_us_subject_carries_its_own_portion_mark_not_the_banners() -> None:
    """FORMATS.md: the subject line is portion-marked, as every paragraph is, by what it says. A
    SECRET//NOFORN memo marked the article's own headline (S//NOFORN), while the same words in
    the Source rows (and the pre-filled items quoting the article) were (U)."""
    brief = brief_in("us-action-memo")
    brief.metadata.classification = "SECRET//NOFORN"
    brief.title = brief.source.title  # the pre-fill's subject: the published headline
    assert _us_subject(brief) == "(U) Blinken in Beijing"
    brief.title = "Next steps after the Beijing talks"  # the writer's own words
    assert _us_subject(brief) == "(S//NF) Next steps after the Beijing talks"


def test_the_source_rows_stay_together_and_with_the_last_paragraph_in_word() -> None:
    """Word and LibreOffice kept the Source heading with its first row only: the other rows
    could end the brief on a page of their own, or the heading and its rows alone on the last."""
    document = open_docx(build_docx(rich_brief("uk-submission")))
    paragraphs = document.paragraphs
    at = next(n for n, p in enumerate(paragraphs) if p.text == "Source")
    rows = [p for p in paragraphs[at + 1 :] if p.text.split(":")[0] in ("Article", "Outlet", "Author", "Published")]
    assert len(rows) == 4
    assert [bool(p.paragraph_format.keep_with_next) for p in rows] == [True, True, True, False]
    assert paragraphs[at - 1].paragraph_format.keep_with_next, "the last paragraph moves over with the Source"
