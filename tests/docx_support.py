"""Helpers for the Word export and import tests: sample briefs, and reading a .docx back."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document
from docx.oxml.ns import qn

from briefing.export.pdf_fonts import font_dir
from briefing.model import Brief, Item, Metadata, Section, Source
from briefing.templates import find_template

SOURCE_TEXT = (
    "Talks in Beijing\n"
    "Wang Yi met Antony Blinken for three hours.\n\n"
    "Wang urged the United States to respect the One China principle.\n\n"
    "Blinken said both sides would keep channels open.\n"
)


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def rich_brief(template: str = "briefing-note") -> Brief:
    """A brief with every feature the export handles: lead-ins, parties, marks, lines, provenance.

    Its purpose and classification are ones the template allows (an information memo takes no
    decision; a US memo has no OFFICIAL-SENSITIVE).
    """
    return fit_to_template(_rich_brief(template))


def fit_to_template(brief: Brief) -> Brief:
    """``brief`` with a purpose and classification its template allows (kept where allowed)."""
    found = find_template(brief.template)
    if found is not None and found.purposes and brief.metadata.purpose not in found.purposes:
        brief.metadata.purpose = found.purposes[0]
    levels = found.marking.levels if found is not None else ()
    if levels and brief.metadata.classification not in levels:
        brief.metadata.classification = levels[1]
    return brief


def _rich_brief(template: str) -> Brief:
    return Brief(
        title="China-US talks in Beijing",
        metadata=Metadata(
            date="2026-11-28",
            to="Minister",
            from_="Director, Asia-Pacific",
            drafter="A. Officer",
            contact="555-0100",
            file_number="BN-2026-041",
            purpose="For decision",
            classification="OFFICIAL-SENSITIVE",
        ),
        source=Source(
            title="Blinken in Beijing",
            outlet="The Daily",
            author="J. Doe",
            date="2023-06-19",
            path="/home/someone/article.txt",
            text=SOURCE_TEXT,
        ),
        template=template,
        sections=[
            Section(
                "summary",
                "Summary",
                [
                    Item(
                        "Wang Yi met Antony Blinken for three hours.",
                        origin="prefill",
                        sources=[span(SOURCE_TEXT, "Wang Yi met Antony Blinken for three hours.")],
                    ),
                    Item(
                        "Talks were frank\nand long", marks=[(0, 5, "bold"), (6, 10, "italic"), (17, 20, "underline")]
                    ),
                ],
            ),
            Section("context", "Context", []),
            Section(
                "key_issues",
                "Key issues",
                [
                    Item(
                        "China has no room for compromise.",
                        label="Taiwan",
                        origin="prefill",
                        reviewed=False,
                        sources=[span(SOURCE_TEXT, "Wang urged the United States to respect the One China principle.")],
                    ),
                    Item("Both sides want open lines.", label="Channels"),
                ],
            ),
            Section(
                "positions",
                "Positions",
                [
                    Item(
                        "Urged respect for the One China principle.",
                        label="China",
                        speaker="Wang Yi",
                        origin="prefill",
                        sources=[span(SOURCE_TEXT, "Wang urged the United States to respect the One China principle.")],
                    ),
                    Item("Channels will stay open.", label="United States", speaker="Antony Blinken"),
                    Item("Beijing wants stable ties.", label="China"),
                ],
            ),
            Section("outlook", "Outlook", [Item("A return visit to Washington is likely.")]),
        ],
    )


def open_docx(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def outline(document: Document) -> list[tuple[str, str]]:
    """The body as ``[(paragraph style, text), ...]``, tables left out."""
    return [(p.style.name, p.text) for p in document.paragraphs]


def table_rows(document: Document, index: int = 0) -> list[tuple[str, str]]:
    return [(row.cells[0].text, row.cells[1].text) for row in document.tables[index].rows]


def part_text(part) -> list[str]:
    return [p.text for p in part.paragraphs]


def instructions(element) -> list[str]:
    simple = [n.get(qn("w:instr")).split()[0] for n in element.iter(qn("w:fldSimple"))]
    return simple + [n.text.split()[0] for n in element.iter(qn("w:instrText"))]


def zip_names(data: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(data)).namelist()


def zip_text(data: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


REPO_ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
SAMPLE_ARTICLE = REPO_ROOT / "seeds" / "blinken_beijing.txt"


def shipped_fonts_config(tmp_path: Path) -> Path:
    """A fontconfig file adding the fonts Briefing ships, so LibreOffice lays the .docx out in
    the same Carlito and Liberation fonts as the PDF on a machine that lacks them."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{escape(str(font_dir()))}</dir><cachedir>{escape(str(tmp_path / 'fc-cache'))}</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    return config
