"""The brief inside its Word export (issue 12 part 1): opened untouched it is the identical brief;
edited in Word or LibreOffice, the page wins and every surviving item keeps what the page cannot show."""

from __future__ import annotations

import copy
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from briefing import record
from briefing.export import export_docx
from briefing.importer import brief_from_docx
from briefing.importer.embedded import NO_RECORD
from briefing.model import Brief
from briefing.storage import brief_to_json
from briefing.workflow import open_path
from tests.docx_support import rich_brief


@pytest.fixture(scope="module")
def sample() -> Brief:
    """The sample article's pre-filled brief: 26 unreviewed items with sources."""
    return open_path(None).brief


def exported(brief: Brief, path: Path, **options: object) -> Path:
    export_docx(brief, path, **options)  # type: ignore[arg-type]
    return path


def record_parts(document: docx.document.Document) -> list[str]:
    return [
        rel.rId
        for rel in document.part.rels.values()
        if rel.reltype == RT.CUSTOM_XML and record.is_record(rel.target_part.blob)
    ]


def without_record(path: Path) -> None:
    """What a tool that drops custom XML does: the page stays, the record goes."""
    document = docx.Document(str(path))
    for rid in record_parts(document):
        document.part.drop_rel(rid)
    document.save(str(path))


def with_record(path: Path, blob: bytes) -> None:
    """Replace the record with ``blob`` (a tampered or broken one)."""
    document = docx.Document(str(path))
    (rid,) = record_parts(document)
    document.part.rels[rid].target_part._blob = blob
    document.save(str(path))


def item_paragraph(document: docx.document.Document, text: str):
    return next(p for p in document.paragraphs if text in p.text)


def set_text(paragraph, text: str) -> None:
    """Retype the item's words, as a colleague would, leaving the exporter's portion mark and review flag."""
    runs = [run for run in paragraph.runs if run.style.name not in ("Portion Mark", "Review Flag")]
    for run in runs[1:]:
        run._r.getparent().remove(run._r)
    runs[0].text = text


@pytest.mark.parametrize(
    "template_id", ["briefing-note", "us-information-memo", "canada-briefing-note", "uk-submission"]
)
def test_an_untouched_export_opens_as_the_identical_brief(tmp_path: Path, sample: Brief, template_id: str) -> None:
    brief = open_path(None, template_id=template_id).brief if template_id != "briefing-note" else sample
    notices: list[str] = []
    back = brief_from_docx(exported(brief, tmp_path / "n.docx", source_notes=True), notices)
    assert brief_to_json(back) == brief_to_json(brief)
    assert notices == []


def test_rich_brief_with_marks_lines_and_parties_comes_back_identical(tmp_path: Path) -> None:
    brief = rich_brief()
    assert brief_from_docx(exported(brief, tmp_path / "n.docx")) == brief


def test_re_exporting_an_imported_brief_gives_the_same_body(tmp_path: Path, sample: Brief) -> None:
    first = exported(sample, tmp_path / "first.docx")
    second = exported(brief_from_docx(first), tmp_path / "second.docx")
    body = [zipfile.ZipFile(p).read("word/document.xml") for p in (first, second)]
    assert body[0] == body[1]


def test_edits_made_elsewhere_win_and_surviving_items_keep_their_sources(tmp_path: Path, sample: Brief) -> None:
    path = exported(sample, tmp_path / "n.docx")
    summary = sample.sections[0].items
    document = docx.Document(str(path))
    edited = item_paragraph(document, summary[0].text[:40])
    set_text(edited, "A colleague rewrote this summary line.")
    deleted = item_paragraph(document, summary[1].text[:40])
    deleted._p.getparent().remove(deleted._p)
    kept = item_paragraph(document, summary[2].text[:40])
    new = copy.deepcopy(kept._p)  # a bullet pasted after it: same style, outside the bookmark
    for mark in new.xpath("./w:bookmarkStart | ./w:bookmarkEnd"):
        new.remove(mark)
    kept._p.addnext(new)
    set_text(docx.text.paragraph.Paragraph(new, kept._parent), "A point the colleague added.")
    document.save(str(path))

    notices: list[str] = []
    back = brief_from_docx(path, notices)
    assert notices == []
    items = back.sections[0].items
    assert [i.text for i in items] == [
        "A colleague rewrote this summary line.",
        summary[2].text,
        "A point the colleague added.",
    ]
    rewritten, untouched, added = items
    assert (rewritten.origin, rewritten.reviewed, rewritten.sources) == ("prefill", True, summary[0].sources)
    assert untouched == summary[2]  # unreviewed pre-fill, sources and all
    assert (added.origin, added.sources) == ("user", [])
    assert back.source == sample.source  # the article pane shows the article again
    others = [i for s in back.sections[1:] for i in s.items]
    assert others and all(i.origin == "prefill" and not i.reviewed and i.sources for i in others)


def test_a_file_without_the_record_imports_the_page_and_says_so(tmp_path: Path, sample: Brief) -> None:
    path = exported(sample, tmp_path / "n.docx")
    without_record(path)
    notices: list[str] = []
    back = brief_from_docx(path, notices)
    assert notices == [NO_RECORD]
    assert back.source.text == ""
    assert all(i.origin == "user" and not i.sources for i in back.items()), "never shown as reviewed pre-fill"
    assert open_path(path).notices == [NO_RECORD]


def _tampered(sample: Brief, change) -> bytes:
    data = sample.to_dict()
    change(data)
    return record.encode_dict(data)


@pytest.mark.parametrize(
    ("blob", "reason"),
    [
        (b"<brief xmlns='urn:briefing:brief' version='1'>not base64!</brief>", "not a brief"),
        (b"<brief xmlns='urn:briefing:brief' version='1'><unclosed></brief>", "well-formed"),
        (b"<brief xmlns='urn:briefing:brief' version='9'></brief>", "record version"),
        (
            b"<brief xmlns='urn:briefing:brief' version='1'>" + b"A" * (record.MAX_RECORD_BYTES + 10) + b"</brief>",
            "larger",
        ),
    ],
)
def test_a_broken_record_is_ignored_with_one_message(tmp_path: Path, sample: Brief, blob: bytes, reason: str) -> None:
    path = exported(sample, tmp_path / "n.docx")
    with_record(path, blob)
    notices: list[str] = []
    back = brief_from_docx(path, notices)
    assert len(notices) == 1 and reason in notices[0] and "text on the page was imported" in notices[0]
    assert back.source.text == "" and all(i.origin == "user" for i in back.items())


def test_a_record_with_offsets_outside_the_article_is_ignored(tmp_path: Path, sample: Brief) -> None:
    def far(data: dict) -> None:
        data["sections"][0]["items"][0]["sources"] = [[0, len(data["source"]["text"]) + 50]]

    path = exported(sample, tmp_path / "n.docx")
    with_record(path, _tampered(sample, far))
    notices: list[str] = []
    back = brief_from_docx(path, notices)
    assert len(notices) == 1 and "points outside the source text" in notices[0]
    assert not any(i.sources for i in back.items())


def test_a_bookmark_pointing_past_the_record_counts_as_a_new_item(tmp_path: Path, sample: Brief) -> None:
    path = exported(sample, tmp_path / "n.docx")
    document = docx.Document(str(path))
    mark = document.element.body.xpath(".//w:bookmarkStart")[0]
    mark.set(
        mark.qn("w:name")
        if hasattr(mark, "qn")
        else "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name",
        "_Brf_0_999",
    )
    document.save(str(path))
    back = brief_from_docx(path)
    first = back.sections[0].items[0]
    assert first.text == sample.sections[0].items[0].text and first.origin == "user" and not first.sources


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_libreoffice_round_trip_keeps_the_brief(tmp_path: Path, sample: Brief) -> None:
    path = exported(sample, tmp_path / "n.docx")
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    notices: list[str] = []
    back = brief_from_docx(out / "n.docx", notices)
    assert notices == []
    assert back.source == sample.source
    assert [(i.text, i.sources, i.origin, i.reviewed, i.speaker) for i in back.items()] == [
        (i.text, i.sources, i.origin, i.reviewed, i.speaker) for i in sample.items()
    ]
