"""Word files back in: a Briefing export, edited or not, opens as the brief it holds."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.cli import main
from briefing.errors import BriefFormatError, ReadError
from briefing.export import build_docx, export_docx
from briefing.export.layout import speaker_lead_in
from briefing.export.text import xml_safe
from briefing.importer import brief_from_docx, is_briefing_docx
from briefing.model import Brief, Item, Section, brief_from_dict
from briefing.wordfile import as_lead
from tests.docx_support import fit_to_template, open_docx, rich_brief


def formatting(text: str, marks: list[tuple[int, int, str]]) -> set[tuple[int, str]]:
    """Which visible character carries which format: the marks' meaning, not their split."""
    return {(i, kind) for start, end, kind in marks for i in range(start, end) if text[i] != "\n"}


def comparable(brief: Brief) -> list[tuple]:
    """Sections with items in the writer's order, which the export keeps (party headings never reorder)."""
    return [
        (s.id, s.heading, [(i.text, i.label, i.speaker, formatting(i.text, i.marks)) for i in s.items])
        for s in brief.sections
    ]


def roundtrip(brief: Brief, tmp_path: Path, **options) -> Brief:
    path = tmp_path / "note.docx"
    export_docx(brief, path, **options)
    return brief_from_docx(path)


def test_roundtrip_gives_back_the_identical_brief(tmp_path: Path) -> None:
    """The export carries the brief (issue 12): sources, speakers, origin and review state come back."""
    original = rich_brief()
    assert roundtrip(original, tmp_path, source_notes=True) == original


def test_page_alone_keeps_sections_items_metadata_and_source(tmp_path: Path) -> None:
    """Without the record (another tool stripped it), the page still gives the brief it shows."""
    from tests.test_docx_embedded import without_record

    original = rich_brief()
    path = tmp_path / "note.docx"
    export_docx(original, path, source_notes=True)
    without_record(path)
    back = brief_from_docx(path)
    assert back.title == original.title
    assert back.metadata == original.metadata
    assert (back.source.title, back.source.outlet, back.source.author, back.source.date) == (
        "Blinken in Beijing",
        "The Daily",
        "J. Doe",
        "2023-06-19",
    )
    assert back.source.text == "" and back.source.path == ""
    assert back.template == "briefing-note"
    assert comparable(back) == comparable(original)
    assert all(i.origin == "user" and i.sources == [] for i in back.items())
    assert brief_from_dict(json.loads(json.dumps(back.to_dict()))) == back, "the result is a valid brief"


@pytest.mark.parametrize("template_id", ["us-information-memo", "canada-briefing-note", "uk-submission"])
def test_roundtrip_in_every_template(tmp_path: Path, template_id: str) -> None:
    from briefing.layout import switch_template
    from briefing.templates import get_template

    original = fit_to_template(switch_template(rich_brief(), get_template(template_id)))
    back = roundtrip(original, tmp_path)
    assert back.template == template_id
    assert [s.id for s in back.sections] == [s.id for s in get_template(template_id).sections]
    assert comparable(back) == comparable(original)


MARKING_RULES = [  # (template, a classification its marking rule treats in its own way)
    ("briefing-note", "OFFICIAL-SENSITIVE"),  # centred banners
    ("uk-submission", "OFFICIAL"),  # centred banners
    ("us-information-memo", "UNCLASSIFIED"),  # banners and (U) portion marks
    ("us-information-memo", "SECRET//NOFORN"),  # (S//NF)
    ("canada-briefing-note", "UNCLASSIFIED"),  # centred banners
    ("canada-briefing-note", "PROTECTED B"),  # top right of the first page
    ("canada-briefing-note", "PROTECTED C"),  # top right of every page
]


@pytest.mark.parametrize(("template_id", "classification"), MARKING_RULES)
def test_roundtrip_with_each_templates_marking_rule(tmp_path: Path, template_id: str, classification: str) -> None:
    """Portion marks and corner markings are the page's, not the brief's: none comes back in the text."""
    from briefing.layout import switch_template
    from briefing.templates import get_template

    original = fit_to_template(switch_template(rich_brief(), get_template(template_id)))
    original.metadata.classification = classification
    if get_template(template_id).marking.authority_block and classification != "UNCLASSIFIED":
        original.metadata.classified_by = "K. Lane, Deputy Director"  # page 1's footer: read back too
        original.metadata.classification_reason = "1.4(d)"
        original.metadata.declassify_on = "2046-03-01"
    back = roundtrip(original, tmp_path, source_notes=True)
    assert back.title == original.title, "no portion mark in the subject"
    assert back.metadata == original.metadata
    assert (back.source.title, back.source.outlet, back.source.author, back.source.date) == (
        "Blinken in Beijing",
        "The Daily",
        "J. Doe",
        "2023-06-19",
    )
    assert comparable(back) == comparable(original)
    assert not any(
        i.text.startswith("(") or (i.label or "").startswith("(") or (i.speaker or "").startswith("(")
        for i in back.items()
    )


@pytest.mark.parametrize(("template_id", "classification"), MARKING_RULES)
def test_classification_read_from_the_page_when_properties_are_gone(
    tmp_path: Path, template_id: str, classification: str
) -> None:
    """A colleague's tool stripped the properties but kept the marker: the marking on page 1 is read."""
    from briefing.export.properties import set_custom_properties
    from briefing.importer.docx_brief import brief_from_document

    brief = rich_brief(template_id)
    brief.metadata.classification = classification
    document = docx.Document(io.BytesIO(build_docx(brief)))
    set_custom_properties(document, {"Classification": ""})
    document.core_properties.content_status = ""
    assert brief_from_document(document).metadata.classification == classification


def test_hand_typed_portion_marks_are_dropped_in_a_us_memo_only(tmp_path: Path) -> None:
    """A colleague adds "(U) ..." bullets by hand (no Portion Mark style): the mark is not the text."""
    for template_id, expected in (("us-information-memo", "New point."), ("uk-submission", "(U) New point.")):
        path = tmp_path / f"{template_id}.docx"
        export_docx(rich_brief(template_id), path)
        document = docx.Document(str(path))
        outlook = next(p for p in document.paragraphs if "return visit" in p.text)
        added = outlook.insert_paragraph_before(style="List Bullet")
        added.add_run("(U) New point.")
        typed = outlook.insert_paragraph_before(style="List Bullet")
        typed.add_run("(S//NF)\u00a0")
        typed.add_run("Name:").bold = True
        typed.add_run(" Said so.")
        document.save(str(path))
        items = brief_from_docx(path).section("outlook").items
        assert items[0].text == expected
        if template_id == "us-information-memo":
            assert (items[1].label, items[1].text) == ("Name", "Said so.")
            assert items[2].text == "A return visit to Washington is likely."


def test_text_that_itself_begins_like_a_portion_mark_is_kept(tmp_path: Path) -> None:
    items = [Item("(S) is how the cable was marked."), Item("(U) Twice.", label="Note")]
    brief = Brief(
        title="(C) Subject as written",
        template="us-information-memo",
        sections=[Section("bluf", "Bottom line up front", items)],
    )
    back = roundtrip(brief, tmp_path)
    assert back.title == "(C) Subject as written"
    assert [(i.text, i.label) for i in back.section("bluf").items] == [
        ("(S) is how the cable was marked.", None),
        ("(U) Twice.", "Note"),
    ]


def test_arbitrary_word_file_is_not_taken_for_a_brief(tmp_path: Path) -> None:
    article = docx.Document()
    article.add_heading("Talks in Beijing", 1)
    article.add_paragraph("Wang Yi met Antony Blinken.", style="List Bullet")
    path = tmp_path / "article.docx"
    article.save(str(path))
    assert not is_briefing_docx(path)
    with pytest.raises(BriefFormatError, match="not a brief exported by Briefing"):
        brief_from_docx(path)
    export_docx(rich_brief(), tmp_path / "brief.docx")
    assert is_briefing_docx(tmp_path / "brief.docx")
    assert not is_briefing_docx(tmp_path) and not is_briefing_docx(tmp_path / "absent.docx")
    with pytest.raises(ReadError, match="is a folder, not a Word brief"):
        brief_from_docx(tmp_path)


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "not a Word .docx file"),
        (b"plain text", "not a Word .docx file"),
        ("truncated", "damaged"),
    ],
)
def test_unreadable_files_get_one_sentence(tmp_path: Path, content, message: str) -> None:
    path = tmp_path / "x.docx"
    if content == "truncated":
        data = build_docx(rich_brief())
        path.write_bytes(data[: len(data) // 2])
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        brief_from_docx(path)
    assert not is_briefing_docx(path)


def test_newer_format_version_is_refused(tmp_path: Path) -> None:
    data = build_docx(rich_brief())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "docProps/custom.xml":
                blob = blob.replace(b"<vt:i4>1</vt:i4>", b"<vt:i4>99</vt:i4>")
            target.writestr(info, blob)
    (tmp_path / "new.docx").write_bytes(out.getvalue())
    with pytest.raises(BriefFormatError, match="newer Briefing"):
        brief_from_docx(tmp_path / "new.docx")


def test_a_colleagues_edits_come_back(tmp_path: Path) -> None:
    """Edited as a person would in Word: reword, add bullets and a section, delete, track changes."""
    path = tmp_path / "note.docx"
    export_docx(rich_brief(), path)
    document = docx.Document(str(path))
    paragraphs = {p.text.removeprefix("[Not reviewed] "): p for p in document.paragraphs}
    # reword a bullet, keeping its lead-in run
    paragraphs["Antony Blinken: Channels will stay open."].runs[1].text = "Channels stay open, he said."
    # a new bullet typed under the United States, with a hand-made bold lead-in
    new = paragraphs["Antony Blinken: Channels will stay open."].insert_paragraph_before(style="List Bullet")
    new.add_run("Joe Biden:").bold = True
    new.add_run(" Welcomed the talks.")
    # delete the Outlook section (heading and bullet)
    for text in ("Outlook", "A return visit to Washington is likely."):
        paragraphs[text]._p.getparent().remove(paragraphs[text]._p)
    # a new section with a plain paragraph, before the Source
    source = paragraphs["Source"]
    source.insert_paragraph_before("Recommendation", style="Heading 1")
    source.insert_paragraph_before("That you note the talks.", style="Normal")
    # a tracked insertion and a tracked deletion in a summary bullet
    bullet = paragraphs["Wang Yi met Antony Blinken for three hours."]
    bullet._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="C"><w:r><w:t xml:space="preserve">'
            " in Beijing</w:t></w:r></w:ins>"
        )
    )
    bullet._p.append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="C"><w:r><w:delText>gone</w:delText></w:r></w:del>')
    )
    # the title block: a new date and subject
    rows = {row.cells[0].text: row for row in document.tables[0].rows}
    rows["Date:"].cells[1].paragraphs[0].runs[0].text = "1 December 2026"
    rows["Subject:"].cells[1].paragraphs[0].runs[0].text = "Talks, revised"
    document.save(str(path))

    back = brief_from_docx(path)
    assert back.title == "Talks, revised" and back.metadata.date == "2026-12-01"
    summary = back.section("summary")
    assert summary.items[0].text == "Wang Yi met Antony Blinken for three hours. in Beijing"
    us = [(i.text, i.speaker) for i in back.section("positions").items if i.label == "United States"]
    assert us == [("Welcomed the talks.", "Joe Biden"), ("Channels stay open, he said.", "Antony Blinken")]
    assert back.section("outlook").items == [], "a deleted section comes back empty, in its place"
    assert [s.id for s in back.sections] == [
        "summary",
        "context",
        "key_issues",
        "positions",
        "outlook",
        "recommendation",
    ]
    recommendation = back.section("recommendation")
    assert recommendation.heading == "Recommendation"
    assert [i.text for i in recommendation.items] == ["That you note the talks."]


def test_hand_typed_bold_lead_in_outside_positions_is_a_short_name(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    export_docx(rich_brief(), path)
    document = docx.Document(str(path))
    heading = next(p for p in document.paragraphs if p.text == "Positions")
    new = heading.insert_paragraph_before(style="List Bullet")
    new.add_run("Trade:").bold = True
    new.add_run(" Tariffs were not discussed.")
    document.save(str(path))
    issues = brief_from_docx(path).section("key_issues").items
    assert (issues[-1].label, issues[-1].speaker, issues[-1].text) == ("Trade", None, "Tariffs were not discussed.")


def test_an_item_opening_on_a_bold_colon_keeps_it(tmp_path: Path) -> None:
    """A bold ":" alone is no "Name:" lead-in: the colon is the writer's own text, not an empty name."""
    item = Item(text=": the ministers disagreed.", marks=[(0, 1, "bold")])
    brief = Brief(title="t", sections=[Section("positions", "Positions", [item])])
    path = tmp_path / "colon.docx"
    path.write_bytes(build_docx(brief))
    from tests.test_docx_embedded import without_record

    without_record(path)
    back = brief_from_docx(path).section("positions").items
    assert [(i.text, i.speaker, i.marks) for i in back] == [(": the ministers disagreed.", None, [(0, 1, "bold")])]


def test_a_lead_in_shown_with_a_capital_is_no_edit_in_word(tmp_path: Path) -> None:
    """The page writes "harbour pilot" as "Harbour pilot:"; reading it back is no edit by a colleague."""
    items = [Item("The channel is shallow.", label="other voices", speaker="harbour pilot", origin="prefill")]
    brief = Brief(title="t", sections=[Section("positions", "Positions", items)])
    back = roundtrip(brief, tmp_path)
    assert back == brief and not back.section("positions").items[0].reviewed


def test_cli_opens_a_briefing_docx_as_the_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "note.docx"
    export_docx(rich_brief(), path)
    assert main(["draft", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "China-US talks in Beijing" and data["metadata"]["to"] == "Minister"
    assert main(["export", str(path), "-o", str(tmp_path / "again.docx")]) == 0
    assert comparable(brief_from_docx(tmp_path / "again.docx")) == comparable(brief_from_docx(path))


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
_name = st.one_of(
    st.none(),
    st.from_regex(
        r"[A-Za-z\u00c0-\u00ff\u4e00-\u4e20\u0627-\u063a]"
        r"[ A-Za-z\u00c0-\u00ff\u4e00-\u4e20\u0627-\u063a]{0,20}",
        fullmatch=True,
    ),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(_text, min_size=1, max_size=4),
    label=_name,
    speaker=_name,
    mark=st.tuples(st.integers(0, 60), st.integers(0, 60), st.sampled_from(["bold", "italic", "underline"])),
    template=st.sampled_from(["briefing-note", "us-information-memo"]),
)
# the item's own words name its speaker, so the page shows no lead-in and only the record keeps the speaker
@example(texts=["A"], label=None, speaker="A", mark=(0, 0, "bold"), template="briefing-note")
# a control character the page drops is no word break there: "0\x1fA" shows as "0A", which names nobody
@example(texts=["0\x1fA"], label=None, speaker="A", mark=(0, 0, "bold"), template="briefing-note")
def test_any_text_reads_back_as_written_where_xml_allows(
    tmp_path: Path, texts: list[str], label: str | None, speaker: str | None, mark: tuple[int, int, str], template: str
) -> None:
    """In the US memo too: its portion marks never eat into the writer's text."""
    from briefing.export.text import clean_with_marks

    items = []
    for text in texts:
        start, end = sorted(mark[:2])
        end = min(end, len(text))
        items.append(
            Item(text=text, label=label, speaker=speaker, marks=[(start, end, mark[2])] if start < end else [])
        )
    brief = Brief(title="t", template=template, sections=[Section("positions", "Positions", items)])
    path = tmp_path / "h.docx"
    path.write_bytes(build_docx(brief))
    assert brief_from_docx(path) == brief, "the record gives back exactly what was written"
    from tests.test_docx_embedded import without_record

    without_record(path)  # the page alone: what Word can hold
    got = brief_from_docx(path).section("positions").items
    kept = [i for i in items if xml_safe(i.text).strip() or label or speaker]
    assert [i.text for i in got] == [xml_safe(i.text) for i in kept]
    norm = lambda v: " ".join(v.split()) if v else None
    shown = lambda v: as_lead(norm(v)) if v else None  # a lower-case name leads with a capital on the page
    allowed = {(norm(label), norm(speaker)), (shown(label), shown(speaker))}
    if label and speaker and norm(label).casefold() == norm(speaker).casefold():
        allowed.add((shown(label), None))  # the party heading names the speaker: no lead-in repeats it
    if speaker and any(speaker_lead_in(Item(text=xml_safe(i.text), speaker=speaker)) is None for i in kept):
        allowed.add((shown(label), None))  # "Wang Yi emphasized ...": the item's words name the speaker
    assert {(i.label, i.speaker) for i in got} <= allowed
    for original, back in zip(kept, got):
        text, marks = clean_with_marks(original.text, original.marks)
        assert formatting(back.text, back.marks) == formatting(text, marks)


def test_an_item_over_ten_megabytes_reads_back(tmp_path: Path) -> None:
    """libxml2 refuses text nodes over 10 MB, so the export splits them; the text is unchanged."""
    huge = "Long sentence of the talks. " * 400_000
    brief = Brief(title="Big", sections=[Section("summary", "Summary", [Item(huge, marks=[(0, 4, "bold")])])])
    back = roundtrip(brief, tmp_path)
    item = back.section("summary").items[0]
    assert len(item.text) == len(huge) and item.text == huge
    assert item.marks == [(0, 4, "bold")]


def test_a_table_added_to_a_section_comes_back_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    export_docx(rich_brief(), path)
    document = docx.Document(str(path))
    outlook = next(p for p in document.paragraphs if p.text == "A return visit to Washington is likely.")
    table = document.add_table(rows=2, cols=2)
    for row, texts in zip(table.rows, [("June", "Blinken visit"), ("Autumn", "Return visit")]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    outlook._p.addnext(table._tbl)
    document.save(str(path))
    items = [i.text for i in brief_from_docx(path).section("outlook").items]
    assert items == ["A return visit to Washington is likely.", "June; Blinken visit", "Autumn; Return visit"]


def test_a_required_sections_placeholder_does_not_come_back_as_an_item(tmp_path: Path) -> None:
    brief = Brief(
        title="t",
        template="uk-submission",
        sections=[Section("issue", "Issue", [Item("x")]), Section("recommendation", "Recommendation", [])],
    )
    export_docx(brief, tmp_path / "b.docx")
    back = brief_from_docx(tmp_path / "b.docx")
    assert back.section("recommendation").items == []
    assert [i.text for i in back.section("issue").items] == ["x"]


def test_item_portions_come_back_from_a_us_memo(tmp_path: Path) -> None:
    brief = fit_to_template(rich_brief("us-information-memo"))
    brief.metadata.classification = "SECRET"
    brief.items()[1].portion = "CONFIDENTIAL"
    export_docx(brief, tmp_path / "m.docx")
    back = brief_from_docx(tmp_path / "m.docx")
    again = [p.text for p in open_docx(build_docx(back)).paragraphs]
    assert "(U) [Not reviewed] Wang Yi met Antony Blinken for three hours." in again, (
        "pre-filled: (U), still unreviewed"
    )
    assert "(C) Talks were frank" in again, "raised by the writer"
    assert "(S) A return visit to Washington is likely." in again, "the document's own level"


def test_portion_marks_read_from_the_page_become_item_portions() -> None:
    """Without the brief the file carries, the styled marks on the page say each item's level."""
    import docx as python_docx

    from briefing.importer.docx_brief import brief_from_document

    brief = fit_to_template(rich_brief("us-information-memo"))
    brief.metadata.classification = "SECRET"
    brief.items()[1].portion = "CONFIDENTIAL"
    document = python_docx.Document(io.BytesIO(build_docx(brief)))
    for rel in list(document.part.rels.values()):  # drop the carried record: read the page alone
        if rel.reltype.endswith("/customXml"):
            del document.part.rels[rel.rId]
    back = brief_from_document(document)
    by_text = {i.text: i.portion for i in back.items()}
    assert by_text["Wang Yi met Antony Blinken for three hours."] == "UNCLASSIFIED"
    assert by_text["Talks were frank\nand long"] == "CONFIDENTIAL"
    assert by_text["A return visit to Washington is likely."] is None, "the document's own level"


def test_review_flags_and_the_draft_notice_are_never_read_as_the_writers_words(tmp_path: Path) -> None:
    """The exporter's "[Not reviewed]" flags and notice stay out of the brief, even in a copy
    where a colleague's program dropped the flag's character style."""
    path = tmp_path / "note.docx"
    brief = rich_brief()
    export_docx(brief, path)
    document = docx.Document(str(path))
    flagged = [[run for run in p.runs if run.style.name == "Review Flag"] for p in document.paragraphs]
    flagged = [runs for runs in flagged if runs]
    assert len(flagged) == 3 and all("".join(r.text for r in runs) == "[Not reviewed] " for runs in flagged)
    for runs in flagged[:2]:  # the style lost on the way; the words are still the exporter's
        for run in runs:
            run._r.get_or_add_rPr().style = None
    document.save(str(path))
    back = brief_from_docx(path)
    assert [i.text for i in back.items()] == [i.text for i in brief.items()]
    assert not any("Not reviewed" in i.text or "Draft:" in i.text for i in back.items())
    assert [i.reviewed for i in back.items()] == [i.reviewed for i in brief.items()], "still unreviewed"
