"""The Word export, read back with python-docx: outline, title block, markings, fields, properties."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from briefing.cli import main
from briefing.export import build_docx, export_docx
from briefing.export.properties import read_custom_properties
from briefing.model import Brief, Item, Metadata, Section, Source
from tests.docx_support import instructions, open_docx, outline, part_text, rich_brief, table_rows, zip_names, zip_text

NOTICE = (
    "Draft: 3 of 8 items were filled in automatically from the source article and have not been"
    " reviewed by the writer; each is marked [Not reviewed]."
)
EXPECTED_OUTLINE = [
    ("Title", "Briefing note"),
    ("Review Notice", NOTICE),
    ("Heading 1", "Summary"),
    ("List Bullet", "[Not reviewed] Wang Yi met Antony Blinken for three hours."),
    ("List Bullet", "Talks were frank"),
    ("List Continue", "and long"),
    ("Heading 1", "Key issues"),
    ("List Bullet", "[Not reviewed] Taiwan: China has no room for compromise."),
    ("List Bullet", "Channels: Both sides want open lines."),
    ("Heading 1", "Positions"),
    ("Heading 2", "China"),
    ("List Bullet", "[Not reviewed] Wang Yi: Urged respect for the One China principle."),
    ("Heading 2", "United States"),
    ("List Bullet", "Antony Blinken: Channels will stay open."),
    ("Heading 2", "China"),
    ("List Bullet", "Beijing wants stable ties."),
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
    by_text = {p.text.removeprefix("[Not reviewed] "): p for p in document.paragraphs}
    speaker_run = by_text["Wang Yi: Urged respect for the One China principle."].runs[2]  # after the flag and its space
    assert (speaker_run.text, speaker_run.style.name) == ("Wang Yi: ", "Speaker")
    assert speaker_run.style.font.bold
    issue_run = by_text["Taiwan: China has no room for compromise."].runs[2]
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


def test_unreviewed_prefill_items_never_read_as_reviewed() -> None:
    """The receiving office can tell: each pre-filled item nobody reviewed opens with a
    highlighted "[Not reviewed]", and a notice under the title block counts them."""
    brief = rich_brief()
    document = open_docx(build_docx(brief))
    flagged = [p for p in document.paragraphs if p.text.startswith("[Not reviewed] ")]
    unreviewed = [i for i in brief.items() if i.origin == "prefill" and not i.reviewed]
    assert len(flagged) == len(unreviewed) == 3
    for paragraph in flagged:
        flag, gap = paragraph.runs[:2]
        assert (flag.text, flag.style.name) == ("[Not reviewed]", "Review Flag")
        assert flag.font.highlight_color == WD_COLOR_INDEX.YELLOW and flag.style.font.bold
        # the space after the flag is the exporter's too (the importer drops it), but not yellow:
        # the highlight ends at the bracket, where the flag does
        assert (gap.text, gap.style.name) == (" ", "Review Flag")
        assert gap._r.xpath("./w:rPr/w:highlight/@w:val") == ["none"], "the style's yellow stops at the flag"
    notice = document.paragraphs[1]
    assert notice.style.name == "Review Notice" and notice.text.startswith("Draft: 3 of 8 items were filled in")
    assert notice.runs[-1].font.highlight_color == WD_COLOR_INDEX.YELLOW

    for item in brief.items():  # once every item is reviewed (or the writer's own), nothing is flagged
        item.reviewed = True
    reviewed = build_docx(brief)
    assert "Not reviewed" not in zip_text(reviewed, "word/document.xml")
    assert "Review Flag" not in zip_text(reviewed, "word/styles.xml"), "unused styles are pruned"
    assert "Review Notice" not in zip_text(reviewed, "word/styles.xml")
    user_written = copy.deepcopy(brief)
    for item in user_written.items():
        item.reviewed, item.origin = False, "user"
    assert zip_text(build_docx(user_written), "word/document.xml") == zip_text(reviewed, "word/document.xml")


def test_keywords_are_parties_and_issues_never_how_likely_an_outlook_is() -> None:
    brief = rich_brief()
    brief.section("outlook").items.append(Item("Talks may resume in spring.", label="Possible", origin="prefill"))
    brief.metadata.language = "en-US"
    core = open_docx(build_docx(brief)).core_properties
    assert core.keywords == "Taiwan; Channels; China; United States"
    assert core.language == "en-US"


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
    assert core.language == "en-GB", "the brief's language, for records systems"
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
    assert outline(document)[0] == ("Title", "INFORMATION MEMO FOR [addressee]"), "the memo line shows who is missing"


def test_items_with_newlines_give_one_paragraph_per_line() -> None:
    brief = Brief(title="t", sections=[Section("s", "S", [Item("one\ntwo\n\nfour", label="L")])])
    assert outline(open_docx(build_docx(brief)))[1:] == [
        ("Heading 1", "S"),
        ("List Bullet", "L: one"),
        ("List Continue", "two"),
        ("List Continue", ""),
        ("List Continue", "four"),
    ]


def footnotes(data: bytes) -> list[tuple[str, str]]:
    """(id, text) of each real footnote in the package, separators left out."""
    document = open_docx(data)
    rel = next(r for r in document.part.rels.values() if r.reltype.endswith("/footnotes"))
    root = parse_xml(rel.target_part.blob)
    return [
        (n.get(qn("w:id")), "".join(t.text or "" for t in n.iter(qn("w:t"))))
        for n in root.findall(qn("w:footnote"))
        if n.get(qn("w:type")) is None
    ]


def test_source_notes_are_real_footnotes_with_a_short_citation() -> None:
    data = build_docx(rich_brief(), source_notes=True)
    assert footnotes(data) == [
        ("1", " Article, para. 1: \u2018Wang Yi met Antony Blinken for three hours.\u2019"),
        ("2", " Article, para. 2: \u2018Wang urged the United States to respect the\u2026\u2019"),
        ("3", " Article, para. 2: \u2018Wang urged the United States to respect the\u2026\u2019"),
    ], "body paragraphs only (the title line is not para. 1); the first words, not the whole sentence"
    document = open_docx(data)
    referenced = [p.text for p in document.paragraphs if p._p.xpath(".//w:footnoteReference")]
    assert referenced == [
        "[Not reviewed] Wang Yi met Antony Blinken for three hours.",
        "[Not reviewed] Taiwan: China has no room for compromise.",
        "[Not reviewed] Wang Yi: Urged respect for the One China principle.",
    ]
    ref_style = document.styles["footnote reference"]
    assert ref_style.font.superscript
    assert ("Heading 1", "Source notes") not in outline(document), "no list of notes at the end any more"
    assert "footnotes.xml" not in " ".join(zip_names(build_docx(rich_brief()))), "no notes part without notes"


def test_source_note_quotes_follow_the_articles_own_marks() -> None:
    from briefing.export.notes import quote_marks

    assert quote_marks('He said "no".') == ('"', '"')
    assert quote_marks("He said \u201cno\u201d.") == ("\u201c", "\u201d")
    assert quote_marks("No quotes at all.") == ("\u2018", "\u2019")


def test_a_source_note_nests_a_quotation_inside_its_own_marks() -> None:
    """A note citing a sentence that opens on a quotation read ““We will not tax…”."""
    from briefing.export.notes import SourceNotes

    text = "Harbour levy\n\n\u201cWe will not tax the people who keep it alive,\u201d Marin said. It\u2019s late."
    start = text.index("\u201cWe")
    notes = SourceNotes(Source(title="Harbour levy", text=text))
    cite = notes.cite(Item("x", sources=[(start, text.index(" It"))]))
    assert cite is not None and cite.split(": ", 1)[1] == "\u201c\u2018We will not tax the people who keep\u2026\u201d"
    assert (
        SourceNotes(Source(text='"No," he said.')).cite(Item("x", sources=[(0, 14)])).endswith(": \"'No,' he said.\"")
    )
    mixed = SourceNotes(
        Source(title="\u201cYes\u201d", text='\u201cYes\u201d\n\n"No," he said.')
    )  # curly only in the title
    assert mixed.cite(Item("x", sources=[(7, 21)])).endswith(": \u201c'No,' he said.\u201d")


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
    assert footnotes(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["note.docx"]


def test_unknown_template_exports_with_the_default_look() -> None:
    brief = Brief(title="t", template="retired-format", sections=[Section("a", "A", [Item("b")])])
    document = open_docx(build_docx(brief))
    assert outline(document) == [("Title", "Briefing note"), ("Heading 1", "A"), ("List Bullet", "b")]


def test_cli_source_notes_switch(tmp_path: Path) -> None:
    out = tmp_path / "n.docx"
    assert main(["draft", "-o", str(out), "--source-notes", "--classification", "SECRET"]) == 0
    document = open_docx(out.read_bytes())
    assert footnotes(out.read_bytes())
    assert part_text(document.sections[0].header) == ["SECRET"]
    brief_path = tmp_path / "n.brief"
    assert main(["draft", "-o", str(brief_path)]) == 0
    assert main(["export", str(brief_path), "-o", str(tmp_path / "e.docx"), "--source-notes"]) == 0
    assert footnotes((tmp_path / "e.docx").read_bytes())


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


def test_mixed_sections_keep_the_writers_order() -> None:
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
        ("Heading 2", "China"),
        ("List Bullet", "(U) Wang Yi: Wants dialogue."),
        ("List Bullet", "(U) Taiwan: No compromise."),
        ("Heading 2", "China"),
        ("List Bullet", "(U) Stable ties."),
    ], "the US memo portion-marks each bullet; headings carry none; the issue stays where it was put"


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


def test_no_lead_in_repeats_its_group_heading_or_a_common_noun_the_words_give() -> None:
    """A receiving office read "Kell campaign" over "Kell campaign: The campaign says ..." and
    "reporter: A reporter asked ..." (a lower-case lead-in saying what the sentence says)."""
    brief = Brief(
        title="Talks",
        sections=[
            Section(
                "positions",
                "Positions",
                [
                    Item("The campaign says it raised $4 million.", label="Kell campaign", speaker="Kell campaign"),
                    Item("The harbour board will decide.", label="other voices", speaker="harbour pilot"),
                    Item(
                        "A harbour pilot said the channel is too shallow.",
                        label="Other voices",
                        speaker="harbour pilot",
                    ),
                    Item("Some Local Traders said the levy is unfair.", label="Other voices", speaker="local traders"),
                    Item("It will pass.", label="Greens", speaker="eMission"),
                ],
            ),
        ],
    )
    shown = [(style, text) for style, text in outline(open_docx(build_docx(brief))) if style != "Title"][1:]
    assert shown == [
        ("Heading 2", "Kell campaign"),
        ("List Bullet", "The campaign says it raised $4 million."),
        ("Heading 2", "Other voices"),
        ("List Bullet", "Harbour pilot: The harbour board will decide."),
        ("List Bullet", "A harbour pilot said the channel is too shallow."),
        ("List Bullet", "Some Local Traders said the levy is unfair."),
        ("Heading 2", "Greens"),
        ("List Bullet", "eMission: It will pass."),
    ]


def test_a_user_item_placed_fifth_in_positions_stays_fifth() -> None:
    """Issue 13: party grouping moved an item the writer placed among the positions to the top."""
    items = [
        Item("Wants dialogue.", label="China", speaker="Wang Yi", origin="prefill"),
        Item("Stable ties.", label="China", origin="prefill"),
        Item("Channels open.", label="United States", speaker="Antony Blinken", origin="prefill"),
        Item("Both want a summit.", label="United States", origin="prefill"),
        Item("Our own view: the talks mattered."),
        Item("Will visit again.", label="United States", speaker="Antony Blinken", origin="prefill"),
    ]
    brief = Brief(title="t", sections=[Section("positions", "Positions", items)])
    bullets = [text for style, text in outline(open_docx(build_docx(brief))) if style == "List Bullet"]
    assert bullets[4] == "Our own view: the talks mattered."
    assert [text for style, text in outline(open_docx(build_docx(brief))) if style == "Heading 2"] == [
        "China",
        "United States",
        "United States",
    ]


def test_a_required_section_left_empty_keeps_its_heading_and_a_highlighted_placeholder() -> None:
    brief = Brief(
        title="t",
        template="uk-submission",
        sections=[
            Section("issue", "Issue", [Item("x")]),
            Section("recommendation", "Recommendation", []),
            Section("timing", "Timing", []),
        ],
    )
    document = open_docx(build_docx(brief))
    assert outline(document)[1:4] == [
        ("Heading 1", "Issue"),
        ("List Number", "x"),
        ("Heading 1", "Recommendation"),
    ]
    placeholder = document.paragraphs[4]
    assert placeholder.text == "[Recommendation to be completed]"
    assert placeholder.runs[0].style.name == "Placeholder"
    assert placeholder.runs[0].style.font.highlight_color is not None
    assert "Timing" not in [text for _, text in outline(document)], "an empty optional section is left out"


def test_a_clean_package_that_names_briefing() -> None:
    import briefing

    data = build_docx(rich_brief())
    names = zip_names(data)
    for leftover in ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"):
        assert leftover not in names
    custom = [n for n in names if n.startswith("customXml/item") and n.endswith(".xml") and "Props" not in n]
    assert not any("bibliography" in zip_text(data, n) for n in custom), "no stock bibliography part"
    app = zip_text(data, "docProps/app.xml")
    assert f"<Application>Briefing {briefing.__version__}</Application>" in app
    assert "Microsoft" not in app and "Normal.dotm" not in app
    ids = {
        zip_text(build_docx(rich_brief()), "word/settings.xml").split('w14:docId w14:val="')[1][:8] for _ in range(3)
    }
    assert len(ids) == 3, "a fresh document id per export"
    document = open_docx(data)
    style_names = {s.name for s in document.styles}
    assert {"Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "Speaker", "Lead-in"} <= style_names
    assert "Decision Options" not in style_names and "Heading 5" not in style_names, "only styles in use"
    assert len(style_names) < 30


@pytest.mark.parametrize("template", ["briefing-note", "australia-ministerial-brief"])
def test_the_draft_notice_stands_clear_of_the_title_block_rule(template: str) -> None:
    """12 pt above the notice, as above a heading under the rule: at 6 pt it sat jammed against the
    rule in LibreOffice's render of every format, in Word and the PDF alike."""
    from briefing.export.layout import lay_out
    from briefing.export.pdf import RuleOp, TextOp, pages

    brief = rich_brief(template)
    notice = next(p for p in open_docx(build_docx(brief)).paragraphs if p.style.name == "Review Notice")
    assert notice.paragraph_format.space_before is None, "the style says it, so a reference can change it"
    assert notice.style.paragraph_format.space_before == Pt(12)
    page = pages(lay_out(brief)).pages[0]
    rule = next(op for op in page if isinstance(op, RuleOp))
    text = next(op for op in page if isinstance(op, TextOp) and op.text.startswith("Draft: "))
    cap_height = 0.75 * text.size  # the letters' top, above the baseline
    assert text.baseline - cap_height - rule.y >= 12, "so in the PDF"
