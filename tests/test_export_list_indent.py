"""An item's further paragraphs line up with its text in Word, in every shipped template.

Read from the exported XML, the way Word resolves it: a paragraph's own ``w:ind``, else its
style's (and the styles it is based on), else its list numbering level's. The continuation
paragraph must start exactly where the numbered or bulleted item's text does.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from briefing import record
from briefing.export import build_docx
from briefing.export.layout import lay_out
from briefing.importer import brief_from_docx
from briefing.model import Brief, Item, Metadata, Section
from briefing.templates import get_template, load_templates

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ITEM_STYLES = {"List Bullet", "List Number"}


def _two_paragraph_brief(template_id: str) -> Brief:
    """Every section of the template holds an item of two paragraphs, so each list kind it uses is seen."""
    template = get_template(template_id)
    item = "The regional office asked for a decision by Friday.\nIts staff can start the week after."
    sections = [Section(s.id, s.heading, [Item(item), Item("A one-paragraph point.")]) for s in template.sections]
    levels = template.marking.levels
    return Brief(
        title="Harbour dredging",
        template=template_id,
        metadata=Metadata(
            date="2026-12-01",
            to="Minister",
            from_="Director",
            purpose=template.purposes[0] if template.purposes else "For information",
            classification=levels[0] if levels else "",
        ),
        sections=sections,
    )


class _Resolver:
    """Left indents as Word computes them from document, styles and numbering XML."""

    def __init__(self, data: bytes) -> None:
        package = zipfile.ZipFile(io.BytesIO(data))
        self.body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
        styles = etree.fromstring(package.read("word/styles.xml"))
        numbering = etree.fromstring(package.read("word/numbering.xml"))
        self.styles = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
        self.default_style = next(
            (i for i, s in self.styles.items() if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") == "1"),
            None,
        )
        abstracts = {a.get(f"{W}abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}
        self.nums = {
            n.get(f"{W}numId"): abstracts[n.find(f"{W}abstractNumId").get(f"{W}val")] for n in numbering.iter(f"{W}num")
        }

    def style_name(self, paragraph: etree._Element) -> str:
        style_id = self._style_id(paragraph)
        name = self.styles[style_id].find(f"{W}name") if style_id in self.styles else None
        return name.get(f"{W}val") if name is not None else ""

    def left(self, paragraph: etree._Element) -> int:
        """Twips from the margin to the start of the paragraph's text lines (after any number)."""
        chain = [paragraph.find(f"{W}pPr"), *self._style_chain(self._style_id(paragraph))]
        for p_pr in chain:
            ind = p_pr.find(f"{W}ind") if p_pr is not None else None
            if ind is not None and ind.get(f"{W}left", ind.get(f"{W}start")) is not None:
                return int(ind.get(f"{W}left", ind.get(f"{W}start")))
        for p_pr in chain:
            num_pr = p_pr.find(f"{W}numPr") if p_pr is not None else None
            if num_pr is not None:
                ilvl = num_pr.find(f"{W}ilvl")
                level = ilvl.get(f"{W}val") if ilvl is not None else "0"
                abstract = self.nums[num_pr.find(f"{W}numId").get(f"{W}val")]
                lvl = next(lv for lv in abstract.iter(f"{W}lvl") if lv.get(f"{W}ilvl") == level)
                ind = lvl.find(f"{W}pPr/{W}ind")
                return int(ind.get(f"{W}left", ind.get(f"{W}start")))
        return 0

    def _style_id(self, paragraph: etree._Element) -> str | None:
        node = paragraph.find(f"{W}pPr/{W}pStyle")
        return node.get(f"{W}val") if node is not None else self.default_style

    def _style_chain(self, style_id: str | None) -> list[etree._Element | None]:
        chain = []
        while style_id in self.styles:
            style = self.styles[style_id]
            chain.append(style.find(f"{W}pPr"))
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return chain


@pytest.mark.parametrize("template_id", sorted(load_templates()))
def test_an_items_second_paragraph_starts_at_its_text_column(template_id: str) -> None:
    word = _Resolver(build_docx(_two_paragraph_brief(template_id)))
    seen: set[str] = set()
    item = None
    for paragraph in word.body.iter(f"{W}p"):
        name = word.style_name(paragraph)
        if name in ITEM_STYLES:
            item = paragraph
        elif name.startswith("List Continue"):
            assert item is not None, "a continuation with no item above it"
            item_name = word.style_name(item)
            text = "".join(paragraph.itertext())
            assert word.left(paragraph) == word.left(item), f"{name} under {item_name}: {text!r}"
            seen.add(item_name)
        else:
            item = None
    kinds = {"List Number" if s.numbered else "List Bullet" for s in get_template(template_id).sections}
    assert seen == kinds, "every list kind the template uses was checked"


def test_with_a_reference_file_the_continuation_follows_the_references_own_numbering(tmp_path: Path) -> None:
    """python-docx's stock document numbers List Number at 360 twips, not Briefing's 567: the
    continuation style made for it must take the reference's column."""
    reference = tmp_path / "house-style.docx"
    docx.Document().save(str(reference))
    word = _Resolver(build_docx(_two_paragraph_brief("uk-submission"), reference=reference))
    pairs = []
    item = None
    for paragraph in word.body.iter(f"{W}p"):
        name = word.style_name(paragraph)
        if name == "List Number":
            item = paragraph
        elif name == "List Continue Number" and item is not None:
            pairs.append((word.left(paragraph), word.left(item)))
    assert pairs and all(pair == (360, 360) for pair in pairs)


def test_a_numbered_items_second_paragraph_reads_back_as_part_of_the_item(tmp_path: Path) -> None:
    """Read from the page alone (no record inside), "List Continue Number" is still the item's next line."""
    brief = _two_paragraph_brief("uk-submission")
    document = docx.Document(io.BytesIO(build_docx(brief)))
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML and record.is_record(rel.target_part.blob):
            document.part.drop_rel(r_id)
    path = tmp_path / "page-only.docx"
    document.save(str(path))
    notices: list[str] = []
    back = brief_from_docx(path, notices)
    assert notices, "read from the page, not the record"
    assert [i.text for i in back.sections[0].items] == [i.text for i in brief.sections[0].items]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
@pytest.mark.parametrize("template_id", ["uk-submission", "briefing-note"])
def test_the_pdf_lines_up_an_items_second_paragraph_too(template_id: str, tmp_path: Path) -> None:
    from briefing.export import pdf

    path = tmp_path / "brief.pdf"
    path.write_bytes(pdf.write(lay_out(_two_paragraph_brief(template_id), get_template(template_id))))
    words = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    starts = {w: float(x) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>(The|Its)</word>', words)}
    assert starts.keys() == {"The", "Its"}
    assert starts["Its"] == pytest.approx(starts["The"], abs=0.5), "the second paragraph starts at the item's text"


@pytest.mark.parametrize("template_id", ["uk-submission", "us-action-memo"])
def test_each_list_style_is_claimed_by_its_own_list_only(template_id: str) -> None:
    """A numbering level names the style it belongs to (w:pStyle); a second list naming List
    Number (python-docx's stock one, numbers at 360 twips) leaves Word free to pick either."""
    package = zipfile.ZipFile(io.BytesIO(build_docx(_two_paragraph_brief(template_id))))
    numbering = etree.fromstring(package.read("word/numbering.xml"))
    styles = {s.get(f"{W}styleId"): s for s in etree.fromstring(package.read("word/styles.xml")).iter(f"{W}style")}
    nums = {n.get(f"{W}numId"): n.find(f"{W}abstractNumId").get(f"{W}val") for n in numbering.iter(f"{W}num")}
    for style_id in ("ListNumber", "ListBullet"):
        claims = [
            a.get(f"{W}abstractNumId")
            for a in numbering.iter(f"{W}abstractNum")
            for p in a.iter(f"{W}pStyle")
            if p.get(f"{W}val") == style_id
        ]
        own = nums[styles[style_id].find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")]
        assert claims == [own], style_id


def _decision_columns(word: _Resolver) -> list[tuple[int, int]]:
    """(decision line, recommendation above it): where each one's text starts, in twips."""
    pairs = []
    item = None
    for paragraph in word.body.iter(f"{W}p"):
        name = word.style_name(paragraph)
        if name in ITEM_STYLES:
            item = paragraph
        elif name == "Decision Options":
            assert item is not None, "a decision with no recommendation above it"
            pairs.append((word.left(paragraph), word.left(item)))
    return pairs


@pytest.mark.parametrize(("template_id", "column"), [("australia-ministerial-brief", 567), ("us-action-memo", 360)])
def test_agreed_not_agreed_starts_at_the_recommendations_text(template_id: str, column: int) -> None:
    """Under a numbered recommendation (Australian brief, text 1 cm in) "Agreed / Not agreed" sat at a
    bullet's 0.635 cm, left of the recommendation's text; under a bulleted one (US action memo) it stays there."""
    pairs = _decision_columns(_Resolver(build_docx(_two_paragraph_brief(template_id))))
    assert pairs and all(pair == (column, column) for pair in pairs), pairs


def test_with_a_reference_file_the_decision_follows_the_references_numbering(tmp_path: Path) -> None:
    """python-docx's stock List Number puts its text 360 twips in: the decision line goes there too."""
    reference = tmp_path / "house-style.docx"
    docx.Document().save(str(reference))
    word = _Resolver(build_docx(_two_paragraph_brief("australia-ministerial-brief"), reference=reference))
    pairs = _decision_columns(word)
    assert pairs and all(pair == (360, 360) for pair in pairs), pairs


def test_the_pdf_puts_agreed_not_agreed_under_a_numbered_recommendations_text() -> None:
    from briefing.export.pdf import TextOp, pages

    drawn = pages(lay_out(_two_paragraph_brief("australia-ministerial-brief")))
    ops = [op for page in drawn.pages for op in page if isinstance(op, TextOp)]
    decisions = [op.x for op in ops if op.text.startswith("Agreed")]
    recommendations = [op.x for op in ops if op.text.startswith(("The regional office", "A one-paragraph"))]
    assert decisions and recommendations
    assert set(decisions) == {recommendations[0]}, "at the recommendation's text column (1 cm in)"
