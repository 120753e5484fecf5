"""Classification markings per format: where each template's rule puts the marking, read back.

US memo: banner top and bottom, portion marks before the subject and every body paragraph.
Canada: PROTECTED A/B top right of the first page, PROTECTED C top right of every page,
UNCLASSIFIED a centred banner. UK submission and the default note: centred banners.
"Page X of Y" (live PAGE and NUMPAGES fields) is in every footer whatever the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from briefing import wordfile as c
from briefing.errors import ExportError, TemplateError
from briefing.export import build_docx
from briefing.templates import TemplateMarking, _parse, get_template
from tests.docx_support import instructions, open_docx, outline, part_text, rich_brief, table_rows
from tests.test_export_reference import make_reference

BODY_STYLES = {"List Bullet", "List Continue", "Normal"}


def export(template: str, classification: str, **options):
    brief = rich_brief(template)
    brief.metadata.classification = classification
    return open_docx(build_docx(brief, **options))


def alignment(paragraph):
    """The paragraph's own alignment, else its style's (the marking style centres)."""
    if paragraph.alignment is not None:
        return paragraph.alignment
    return paragraph.style.paragraph_format.alignment


def marking_paragraphs(part):
    return [p for p in part.paragraphs if p.style.name == c.STYLE_MARKING]


def subject(document) -> str:
    return {label.lower(): value for label, value in table_rows(document)}["subject:"]


def body_paragraphs(document):
    """Paragraphs after the title that a reader takes as portions: items, continued lines, source rows."""
    return [p for p in document.paragraphs[1:] if p.style.name in BODY_STYLES and p.text.strip()]


@pytest.mark.parametrize(
    ("classification", "mark"),
    [
        ("UNCLASSIFIED", "(U)"),
        ("CUI", "(CUI)"),
        ("CONFIDENTIAL", "(C)"),
        ("SECRET", "(S)"),
        ("TOP SECRET", "(TS)"),
        ("secret//noforn", "(S//NF)"),  # the register's short form of the caveat
        ("SECRET//ORCON//NOFORN", "(S//OC//NF)"),
        ("SECRET//REL TO USA, FVEY", "(S//REL TO USA, FVEY)"),  # no short form: written out
        ("Top  Secret", "(TS)"),
    ],
)
def test_us_memo_portion_marks_the_subject_and_every_body_paragraph(classification: str, mark: str) -> None:
    brief = rich_brief("us-information-memo")
    brief.metadata.classification = classification
    for item in brief.items():
        item.origin = "user"  # the writer's own words carry the document's level
    document = open_docx(build_docx(brief, source_notes=True))
    assert subject(document) == f"{mark} China-US talks in Beijing"
    paragraphs = body_paragraphs(document)
    styles = {p.style.name for p in paragraphs}
    assert {"List Bullet", "List Continue", "Normal"} <= styles, "items, lines, source"
    for paragraph in paragraphs:
        text = paragraph.text
        # The article's title, outlet and words are public: (U); everything the writer wrote: the banner's mark.
        expected = "(U)" if paragraph.style.name == "Normal" else mark
        assert text.startswith(expected + " "), f"{paragraph.style.name} paragraph lacks its portion mark: {text!r}"
        portion_runs = [r for r in paragraph.runs if r.style is not None and r.style.name == c.STYLE_PORTION_MARK]
        assert [r.text for r in portion_runs] == [expected + " "], "one mark, in its own character style"
    for style, text in outline(document):
        if style in ("Title", "Heading 1", "Heading 2"):
            assert not text.startswith("("), f"{style} {text!r} is not a portion"
    section = document.sections[0]
    banner = {"secret//noforn": "SECRET//NOFORN", "Top  Secret": "TOP SECRET"}.get(classification, classification)
    assert part_text(section.header) == [banner], "the banner in the format's own spelling"
    assert part_text(section.footer) == [banner, "Page 1 of 1"]
    assert alignment(section.header.paragraphs[0]) == WD_ALIGN_PARAGRAPH.CENTER


def test_pre_filled_items_are_unclassified_and_the_writer_can_raise_any_item() -> None:
    brief = rich_brief("us-information-memo")
    brief.metadata.classification = "SECRET"
    taiwan = next(i for i in brief.items() if i.label == "Taiwan")
    assert taiwan.origin == "prefill"
    channels = next(i for i in brief.items() if i.label == "Channels")
    channels.portion = "confidential"
    document = open_docx(build_docx(brief))
    texts = [p.text for p in document.paragraphs]
    assert "(U) [Not reviewed] Taiwan: China has no room for compromise." in texts, "from a published article"
    assert next(t for t in texts if "Draft: " in t).startswith("(U) Draft: "), "the draft notice is portion-marked too"
    assert "(C) Channels: Both sides want open lines." in texts, "raised by the writer"
    assert "(S) A return visit to Washington is likely." in texts, "the writer's own words: the document's level"


def test_a_banner_below_an_items_portion_is_refused() -> None:
    brief = rich_brief("us-information-memo")
    brief.metadata.classification = "CONFIDENTIAL"
    brief.items()[0].portion = "SECRET//NOFORN"
    with pytest.raises(ExportError, match="marked CONFIDENTIAL but an item is marked SECRET//NOFORN"):
        build_docx(brief)


@pytest.mark.parametrize(
    ("template", "marking", "message"),
    [
        (
            "us-information-memo",
            "OFFICIAL-SENSITIVE",
            "not one the Information memo \\(US\\) allows; use one of: UNCLASSIFIED",
        ),
        ("us-information-memo", "SECRET//BOGUS", "the caveat 'BOGUS'"),
        ("canada-briefing-note", "PROTECTED D", "PROTECTED A, PROTECTED B"),
    ],
)
def test_markings_outside_the_formats_grammar_are_refused(template: str, marking: str, message: str) -> None:
    brief = rich_brief(template)
    brief.metadata.classification = marking
    with pytest.raises(ExportError, match=message):
        build_docx(brief)


def test_a_purpose_the_format_does_not_allow_is_refused() -> None:
    brief = rich_brief("us-information-memo")
    brief.metadata.purpose = "For decision"
    with pytest.raises(ExportError, match="does not take the purpose 'For decision'; choose For information"):
        build_docx(brief)


def test_us_memo_lead_ins_follow_the_portion_mark() -> None:
    document = export("us-information-memo", "UNCLASSIFIED")
    item = next(p for p in document.paragraphs if p.text.startswith("(U) [Not reviewed] Taiwan: "))
    assert [r.style.name for r in item.runs[:4]] == [
        c.STYLE_PORTION_MARK,
        c.STYLE_REVIEW_FLAG,
        c.STYLE_REVIEW_FLAG,  # the space after the flag, not highlighted
        c.STYLE_LEAD_IN,
    ]


@pytest.mark.parametrize("template", ["briefing-note", "uk-submission", "canada-briefing-note"])
def test_formats_without_portion_marks_have_none(template: str) -> None:
    document = export(template, "UNCLASSIFIED", source_notes=True)
    assert subject(document) == "China-US talks in Beijing"
    assert body_paragraphs(document)
    assert not any(p.text.startswith("(U)") for p in body_paragraphs(document))
    assert c.STYLE_PORTION_MARK not in {r.style.name for p in document.paragraphs for r in p.runs if r.style}


@pytest.mark.parametrize(
    ("template", "classification"),
    [
        ("briefing-note", "UNCLASSIFIED"),
        ("uk-submission", "OFFICIAL-SENSITIVE"),
        ("uk-submission", "SECRET"),
        ("canada-briefing-note", "UNCLASSIFIED"),
        ("canada-briefing-note", "SECRET"),
    ],
)
def test_centred_banner_top_and_bottom_of_every_page(template: str, classification: str) -> None:
    section = export(template, classification).sections[0]
    assert not section.different_first_page_header_footer, "one header and footer serve every page"
    assert part_text(section.header) == [classification]
    assert part_text(section.footer) == [classification, "Page 1 of 1"]
    for part in (section.header, section.footer):
        assert [alignment(p) for p in marking_paragraphs(part)] == [WD_ALIGN_PARAGRAPH.CENTER]
    assert instructions(section.footer._element) == ["PAGE", "NUMPAGES"]


@pytest.mark.parametrize("classification", ["PROTECTED A", "PROTECTED B", "Protected b"])
def test_canada_protected_a_b_top_right_of_the_first_page_only(classification: str) -> None:
    section = export("canada-briefing-note", classification).sections[0]
    assert section.different_first_page_header_footer, "page 1 has a header of its own"
    first = section.first_page_header
    assert part_text(first) == [classification.upper()], "in the format's own spelling"
    assert [alignment(p) for p in marking_paragraphs(first)] == [WD_ALIGN_PARAGRAPH.RIGHT]
    assert not any(part_text(section.header)), "pages 2 onwards carry no marking"
    for footer in (section.first_page_footer, section.footer):
        assert part_text(footer) == ["Page 1 of 1"], "no footer banner, but the page line stays"
        assert instructions(footer._element) == ["PAGE", "NUMPAGES"]


def test_canada_protected_c_top_right_of_every_page() -> None:
    section = export("canada-briefing-note", "PROTECTED C").sections[0]
    assert not section.different_first_page_header_footer
    assert part_text(section.header) == ["PROTECTED C"]
    assert [alignment(p) for p in marking_paragraphs(section.header)] == [WD_ALIGN_PARAGRAPH.RIGHT]
    assert part_text(section.footer) == ["Page 1 of 1"]
    assert instructions(section.footer._element) == ["PAGE", "NUMPAGES"]


def test_canada_protected_b_with_a_letterhead_on_every_page_marks_page_one_only(tmp_path: Path) -> None:
    """Page 1 gets a header of its own holding a copy of the letterhead, marked top right; the
    pages after it keep the letterhead unmarked. Before, every page was marked, as page 1 could
    not have a header of its own without losing the letterhead."""
    brief = rich_brief("canada-briefing-note")
    brief.metadata.classification = "PROTECTED B"
    section = open_docx(build_docx(brief, reference=make_reference(tmp_path / "ref.docx"))).sections[0]
    assert section.different_first_page_header_footer
    assert part_text(section.first_page_header) == ["PROTECTED B", "ACME MINISTRY"]
    assert alignment(section.first_page_header.paragraphs[0]) == WD_ALIGN_PARAGRAPH.RIGHT
    assert part_text(section.header) == ["ACME MINISTRY"], "pages 2 onwards: the letterhead, no marking"
    for footer in (section.first_page_footer, section.footer):
        assert part_text(footer) == ["Acme, 1 Main Street", "Page 1 of 1"]
        assert "PAGE" in instructions(footer._element)


def test_canada_protected_b_with_a_first_page_letterhead_marks_page_one(tmp_path: Path) -> None:
    brief = rich_brief("canada-briefing-note")
    brief.metadata.classification = "PROTECTED B"
    reference = make_reference(tmp_path / "ref.docx", first_page=True)
    section = open_docx(build_docx(brief, reference=reference)).sections[0]
    assert part_text(section.first_page_header) == ["PROTECTED B", "ACME MINISTRY - FIRST PAGE"]
    assert part_text(section.header) == ["ACME MINISTRY"]
    for footer in (section.first_page_footer, section.footer):
        assert "PAGE" in instructions(footer._element)


def test_each_template_declares_its_marking_rule() -> None:
    us = get_template("us-information-memo").marking
    assert us.portion_marks and us.placement_for("SECRET") == "banner"
    canada = get_template("canada-briefing-note").marking
    assert [canada.placement_for(level) for level in ("UNCLASSIFIED", "PROTECTED A", "protected b", "PROTECTED C")] == [
        "banner",
        "corner-first-page",
        "corner-first-page",
        "corner",
    ]
    for template in ("uk-submission", "briefing-note"):
        marking = get_template(template).marking
        assert not marking.portion_marks and marking.placement_for("OFFICIAL") == "banner"


def test_unknown_level_is_portion_marked_in_full_not_guessed() -> None:
    marking = TemplateMarking(portion_marks=True)
    assert marking.portion_mark("OFFICIAL") == "(OFFICIAL)"
    assert marking.portion_mark("") == ""
    assert TemplateMarking().portion_mark("SECRET") == "", "off unless the template asks"


@pytest.mark.parametrize(
    ("marking", "message"),
    [
        ({"placement": "sideways"}, "placement must be one of"),
        ({"placements": {"PROTECTED B": "left"}}, "placement must be one of"),
        ({"portion_marks": "yes"}, "portion_marks must be true or false"),
        ({"portion_abbreviations": {"SECRET": " "}}, "non-empty"),
        ({"placements": ["PROTECTED B"]}, "must map levels to text"),
        ({"banner": True}, "unknown marking settings: banner"),
        ("banner", "marking block must be an object"),
    ],
)
def test_a_malformed_marking_block_is_a_template_error(marking, message: str) -> None:
    data = {"id": "x", "name": "X", "sections": [{"id": "s", "heading": "S", "slots": ["summary"]}], "marking": marking}
    with pytest.raises(TemplateError, match=message):
        _parse(data, "x.json")


def test_a_caveats_portion_form_reads_back_as_the_caveat() -> None:
    """ "(S//NF)" on a paragraph a colleague typed in Word is SECRET//NOFORN, not a caveat the memo refuses."""
    from briefing.markings import normalise_marking

    rules = get_template("us-information-memo").marking
    assert normalise_marking("secret//nf", rules) == "SECRET//NOFORN"
    assert normalise_marking("TOP SECRET//OC//NF", rules) == "TOP SECRET//ORCON//NOFORN"
    with pytest.raises(ExportError, match="the caveat 'XX'"):
        normalise_marking("SECRET//XX", rules)
