"""The Word export, read back with python-docx: outline, title block, markings, fields, properties."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from briefing.cli import main
from briefing.export import build_docx, export_docx
from briefing.export.properties import read_custom_properties
from briefing.model import Brief, Item, Metadata, Section
from tests.docx_support import instructions, open_docx, outline, part_text, rich_brief, table_rows, zip_names, zip_text

EXPECTED_OUTLINE = [
    ("Title", "Briefing note"),
    ("Heading 1", "Summary"),
    ("List Bullet", "Wang Yi met Antony Blinken for three hours."),
    ("List Bullet", "Talks were frank"),
    ("List Continue", "and long"),
    ("Heading 1", "Key issues"),
    ("List Bullet", "Taiwan: China has no room for compromise."),
    ("List Bullet", "Channels: Both sides want open lines."),
    ("Heading 1", "Positions"),
    ("Heading 2", "China"),
    ("List Bullet", "Wang Yi: Urged respect for the One China principle."),
    ("List Bullet", "Beijing wants stable ties."),
    ("Heading 2", "United States"),
    ("List Bullet", "Antony Blinken: Channels will stay open."),
    ("Heading 1", "Outlook"),
    ("List Bullet", "A return visit to Washington is likely."),
    ("Heading 1", "Source"),
    ("Normal", "Article: Blinken in Beijing"),
    ("Normal", "Outlet: The Daily"),
    ("Normal", "Author: J. Doe"),
    ("Normal", "Published: 19 June 2023"),
]


def test_outline_uses_real_styles_in_order() -> None:
    document = open_docx(build_docx(rich_brief()))
    assert outline(document) == EXPECTED_OUTLINE


def test_title_block_rows() -> None:
    document = open_docx(build_docx(rich_brief()))
    assert table_rows(document) == [
        ("To:", "Minister"),
        ("From:", "Director, Asia-Pacific"),
        ("Date:", "28 November 2026"),
        ("Subject:", "China-US talks in Beijing"),
        ("File:", "BN-2026-041"),
        ("Purpose:", "For decision"),
        ("Drafted by:", "A. Officer"),
        ("Contact:", "555-0100"),
    ]
    borders = document.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}, "the title block must be borderless"


def test_empty_title_block_rows_are_left_out_but_subject_stays() -> None:
    brief = Brief(title="Bare", sections=[Section("summary", "Summary", [Item("x")])])
    document = open_docx(build_docx(brief))
    assert table_rows(document) == [("Subject:", "Bare"), ("Purpose:", "For information")]


def test_lead_ins_and_speakers_are_bold_character_styles() -> None:
    document = open_docx(build_docx(rich_brief()))
    by_text = {p.text: p for p in document.paragraphs}
    speaker_run = by_text["Wang Yi: Urged respect for the One China principle."].runs[0]
    assert (speaker_run.text, speaker_run.style.name) == ("Wang Yi: ", "Speaker")
    assert speaker_run.style.font.bold
    issue_run = by_text["Taiwan: China has no room for compromise."].runs[0]
    assert (issue_run.text, issue_run.style.name) == ("Taiwan: ", "Lead-in")
    assert issue_run.style.font.bold


def test_marks_become_formatted_runs() -> None:
    document = open_docx(build_docx(rich_brief()))
    first, second = (p for p in document.paragraphs if p.text in ("Talks were frank", "and long"))
    formats = [(r.text, bool(r.bold), bool(r.italic), bool(r.underline)) for r in first.runs + second.runs]
    assert formats == [
        ("Talks", True, False, False),
        (" ", False, False, False),
        ("were", False, True, False),
        (" frank", False, False, False),
        ("and", False, False, True),
        (" long", False, False, False),
    ]


def test_unreviewed_prefill_items_look_exactly_like_reviewed_ones() -> None:
    reviewed = rich_brief()
    unreviewed = copy.deepcopy(reviewed)
    for item in reviewed.items():
        item.reviewed, item.origin = True, "user"
    for item in unreviewed.items():
        item.reviewed, item.origin = False, "prefill"
    assert zip_text(build_docx(reviewed), "word/document.xml") == zip_text(build_docx(unreviewed), "word/document.xml")


def test_marking_centred_in_header_and_footer_with_page_fields() -> None:
    document = open_docx(build_docx(rich_brief()))
    section = document.sections[0]
    assert part_text(section.header) == ["OFFICIAL-SENSITIVE"]
    assert part_text(section.footer) == ["OFFICIAL-SENSITIVE", "Page 1 of 1"]
    for paragraph in (section.header.paragraphs[0], section.footer.paragraphs[0]):
        assert paragraph.style.name == "Classification Marking"
        assert paragraph.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert paragraph.style.font.bold and paragraph.style.font.size == Pt(9)
    assert instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
    kinds = [n.get(qn("w:fldCharType")) for n in section.footer._element.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2


def test_properties_core_and_custom() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = build_docx(rich_brief())
    document = open_docx(data)
    core = document.core_properties
    assert core.title == "China-US talks in Beijing"
    assert core.author == "A. Officer" and core.last_modified_by == "A. Officer"
    assert core.subject == "Blinken in Beijing"
    assert core.keywords == "Taiwan; Channels; China; United States"
    assert core.content_status == "OFFICIAL-SENSITIVE"
    assert core.identifier == "BN-2026-041"
    assert core.comments == "" and core.category == "Briefing note"
    created = core.created if core.created.tzinfo else core.created.replace(tzinfo=dt.UTC)
    assert before - dt.timedelta(seconds=5) <= created <= before + dt.timedelta(minutes=1)
    assert read_custom_properties(document) == {
        "Classification": "OFFICIAL-SENSITIVE",
        "BriefingFormat": "briefing-note",
        "BriefingFormatVersion": "1",
        "BriefingTemplate": "briefing-note",
    }
    content_types = zip_text(data, "[Content_Types].xml")
    assert "application/vnd.openxmlformats-officedocument.custom-properties+xml" in content_types
    assert "docProps/custom.xml" in zip_names(data)
    assert "docProps/thumbnail.jpeg" not in zip_names(data), "no preview of some other document"
    assert "/home/someone" not in zip_text(data, "word/document.xml"), "the source path stays private"


@pytest.mark.parametrize(
    "template_id, font, size, page_cm",
    [
        ("briefing-note", "Calibri", 11, (21.0, 29.7)),
        ("us-information-memo", "Times New Roman", 12, (21.59, 27.94)),
        ("uk-submission", "Arial", 12, (21.0, 29.7)),
        ("canada-briefing-note", "Arial", 11, (21.59, 27.94)),
    ],
)
def test_fonts_sizes_and_page_come_from_the_template(
    template_id: str, font: str, size: int, page_cm: tuple[float, float]
) -> None:
    brief = Brief(title="t", template=template_id, sections=[Section("x", "X", [Item("y")])])
    document = open_docx(build_docx(brief))
    normal = document.styles["Normal"]
    assert normal.font.name == font and normal.font.size == Pt(size)
    fonts = normal.element.rPr.rFonts
    assert fonts.get(qn("w:asciiTheme")) is None, "a theme font would override the template's"
    assert document.styles["Heading 1"].font.name == font
    section = document.sections[0]
    assert abs(section.page_width - Cm(page_cm[0])) < Cm(0.01)
    assert abs(section.page_height - Cm(page_cm[1])) < Cm(0.01)
    from briefing.templates import get_template

    margin = Cm(get_template(template_id).style.margins_cm)
    assert abs(section.left_margin - margin) < Cm(0.01) and abs(section.top_margin - margin) < Cm(0.01)


def test_heading_caps_is_a_style_property_not_changed_text() -> None:
    brief = Brief(
        title="t", template="us-information-memo", sections=[Section("bluf", "Bottom line up front", [Item("y")])]
    )
    document = open_docx(build_docx(brief))
    assert ("Heading 1", "Bottom line up front") in outline(document)
    assert document.styles["Heading 1"].font.all_caps
    assert outline(document)[0] == ("Title", "Information memo")


def test_items_with_newlines_give_one_paragraph_per_line() -> None:
    brief = Brief(title="t", sections=[Section("s", "S", [Item("one\ntwo\n\nfour", label="L")])])
    assert outline(open_docx(build_docx(brief)))[1:] == [
        ("Heading 1", "S"),
        ("List Bullet", "L: one"),
        ("List Continue", "two"),
        ("List Continue", ""),
        ("List Continue", "four"),
    ]


def test_source_notes_tie_prefilled_bullets_to_paragraphs() -> None:
    document = open_docx(build_docx(rich_brief(), source_notes=True))
    lines = outline(document)
    notes = lines[lines.index(("Heading 1", "Source notes")) + 1 :]
    assert notes == [
        ("Source Note", "1.\tParagraph 2 of the article: \u201cWang Yi met Antony Blinken for three hours.\u201d"),
        (
            "Source Note",
            (
                "2.\tParagraph 3 of the article: \u201cWang urged the United States to respect the One "
                "China principle.\u201d"
            ),
        ),
    ]
    refs = [(p.text, r.text) for p in document.paragraphs for r in p.runs if r.style.name == "Source Note Reference"]
    assert refs == [
        ("Wang Yi met Antony Blinken for three hours.1", "1"),
        ("Taiwan: China has no room for compromise.2", "2"),
        ("Wang Yi: Urged respect for the One China principle.2", "2"),
    ], "one passage, one note"
    assert all(
        r.style.font.superscript for p in document.paragraphs for r in p.runs if r.style.name == "Source Note Reference"
    )
    assert ("Heading 1", "Source notes") not in outline(open_docx(build_docx(rich_brief())))


def test_forbidden_xml_characters_are_stripped_and_marks_follow() -> None:
    brief = Brief(
        title="Ti\x00tle\x07",
        metadata=Metadata(to="Mini\x0bster"),
        sections=[
            Section(
                "s",
                "He\x1fading",
                [Item("a\x00b\x0cc bold\r\nnext", label="La\x08bel", speaker=None, marks=[(6, 10, "bold")])],
            )
        ],
    )
    document = open_docx(build_docx(brief))
    assert outline(document)[1:] == [
        ("Heading 1", "Heading"),
        ("List Bullet", "Label: abc bold"),
        ("List Continue", "next"),
    ]
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert bold == ["bold"]
    assert ("To:", "Minister") in table_rows(document) and ("Subject:", "Title") in table_rows(document)


def test_lone_surrogates_and_non_characters_are_stripped_everywhere() -> None:
    brief = Brief(
        title="T\ud800i\ufffet\uffffle",
        metadata=Metadata(classification="OFFI\udfffCIAL", drafter="A.\x00 Officer"),
        sections=[Section("s", "S", [Item("a\ud83db", speaker="W\x01ang")])],
    )
    document = open_docx(build_docx(brief))
    assert outline(document)[1:] == [("Heading 1", "S"), ("List Bullet", "Wang: ab")]
    assert part_text(document.sections[0].header) == ["OFFICIAL"]
    assert document.core_properties.title == "Title" and document.core_properties.author == "A. Officer"


def test_any_script_and_very_long_items_export() -> None:
    long_text = ("A sentence about the talks that goes on. " * 3000).strip()
    texts = [
        "王毅会见了布林肯。",
        "قال وزير الخارجية إن المحادثات كانت صريحة.",
        "Zoë Müller-Ñúñez, façade, Łódź",
        "Emoji 🇨🇳🇺🇸 and tabs\there",
        long_text,
    ]
    brief = Brief(title="多语言 brief", sections=[Section("s", "S", [Item(t) for t in texts])])
    document = open_docx(build_docx(brief))
    assert [text for _, text in outline(document)[2:]] == texts
    arabic = document.paragraphs[3]
    assert arabic._p.pPr.find(qn("w:bidi")) is not None, "Arabic reads right to left"
    assert all(r.font.rtl for r in arabic.runs)


def test_export_docx_writes_atomically(tmp_path: Path) -> None:
    target = tmp_path / "note.docx"
    export_docx(rich_brief(), target, source_notes=True)
    assert ("Heading 1", "Source notes") in outline(open_docx(target.read_bytes()))
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]


def test_unknown_template_exports_with_the_default_look() -> None:
    brief = Brief(title="t", template="retired-format", sections=[Section("a", "A", [Item("b")])])
    document = open_docx(build_docx(brief))
    assert outline(document) == [("Title", "Briefing note"), ("Heading 1", "A"), ("List Bullet", "b")]


def test_cli_source_notes_switch(tmp_path: Path) -> None:
    out = tmp_path / "n.docx"
    assert main(["draft", "-o", str(out), "--source-notes", "--classification", "SECRET"]) == 0
    document = open_docx(out.read_bytes())
    assert ("Heading 1", "Source notes") in outline(document)
    assert part_text(document.sections[0].header) == ["SECRET"]
    brief_path = tmp_path / "n.brief"
    assert main(["draft", "-o", str(brief_path)]) == 0
    assert main(["export", str(brief_path), "-o", str(tmp_path / "e.docx"), "--source-notes"]) == 0
    assert ("Heading 1", "Source notes") in outline(open_docx((tmp_path / "e.docx").read_bytes()))


def test_outside_positions_a_label_is_a_lead_in_never_a_party() -> None:
    brief = Brief(
        title="t",
        sections=[
            Section(
                "outlook",
                "Outlook",
                [
                    Item("Qin accepted an invitation to Washington.", label="Planned", speaker="Qin Gang"),
                    Item("A meeting with Xi may follow.", label="Likely"),
                    Item("Talks will continue.", speaker="Antony Blinken"),
                ],
            )
        ],
    )
    assert outline(open_docx(build_docx(brief)))[1:] == [
        ("Heading 1", "Outlook"),
        ("List Bullet", "Planned: Qin accepted an invitation to Washington."),
        ("List Bullet", "Likely: A meeting with Xi may follow."),
        ("List Bullet", "Antony Blinken: Talks will continue."),
    ]


def test_mixed_sections_put_issues_first_then_parties() -> None:
    brief = Brief(
        title="t",
        template="us-information-memo",
        sections=[
            Section(
                "discussion",
                "Discussion",
                [
                    Item("Wants dialogue.", label="China", speaker="Wang Yi"),
                    Item("No compromise.", label="Taiwan"),
                    Item("Stable ties.", label="China"),
                ],
            )
        ],
    )
    assert outline(open_docx(build_docx(brief)))[1:] == [
        ("Heading 1", "Discussion"),
        ("List Bullet", "(U) Taiwan: No compromise."),
        ("Heading 2", "China"),
        ("List Bullet", "(U) Wang Yi: Wants dialogue."),
        ("List Bullet", "(U) Stable ties."),
    ], "the US memo portion-marks each bullet; headings carry none"


def test_opens_in_current_word_without_compatibility_mode() -> None:
    settings = zip_text(build_docx(rich_brief()), "word/settings.xml")
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings


def test_speaker_lead_in_only_where_the_words_do_not_name_the_speaker() -> None:
    brief = Brief(
        title="Talks",
        sections=[
            Section(
                "summary",
                "Summary",
                [
                    Item("The UK, Canada and the European Union announced sanctions.", speaker="European Union"),
                ],
            ),
            Section(
                "positions",
                "Positions",
                [
                    Item("He urged restraint.", label="China", speaker="Wang Yi"),
                    Item("Wang Yi emphasized the stakes.", label="China", speaker="Wang Yi"),
                    Item("During the talks, Wang issued a warning.", label="China", speaker="Wang Yi"),
                    Item("The Chinese diplomat stressed coexistence.", label="China", speaker="Wang Yi"),
                    Item("Nobody doubted Wangaratta.", label="China", speaker="Wang Yi"),
                ],
            ),
        ],
    )
    bullets = [text for style, text in outline(open_docx(build_docx(brief))) if style == "List Bullet"]
    assert bullets == [
        "The UK, Canada and the European Union announced sanctions.",
        "Wang Yi: He urged restraint.",
        "Wang Yi emphasized the stakes.",
        "During the talks, Wang issued a warning.",
        "Wang Yi: The Chinese diplomat stressed coexistence.",
        "Wang Yi: Nobody doubted Wangaratta.",
    ]
