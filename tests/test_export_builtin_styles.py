"""Word's own styles in an export are Word's built-ins, in the template's look only.

A style named "heading 1" that says w:customStyle="1" is, to Word, a user style that merely
shares the built-in's name; and a stock "Heading 1 Char" twin would put blue Cambria on a
heading applied to part of a paragraph.
"""

from __future__ import annotations

import io
import logging
import zipfile

import pytest
from lxml import etree

from briefing.export import build_docx
from briefing.templates import load_templates
from tests.docx_support import rich_brief

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORD_BUILT_INS = {"Title", "heading 1", "heading 2", "header", "footer", "footnote text", "footnote reference"}


def _styles(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml"))
    return {s.find(f"{W}name").get(f"{W}val"): s for s in root.iter(f"{W}style")}


@pytest.mark.parametrize("template_id", sorted(load_templates()))
def test_words_own_styles_are_built_ins_with_no_stock_look(template_id: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="briefing.export.styles"):
        data = build_docx(rich_brief(template_id), source_notes=True)
    assert not [r.message for r in caplog.records if "lacked style" in r.message], "the base already has them"
    styles = _styles(data)
    assert WORD_BUILT_INS <= styles.keys()
    custom = sorted(name for name in WORD_BUILT_INS if styles[name].get(f"{W}customStyle") in ("1", "true"))
    assert custom == []
    themed = sorted(
        name
        for name, style in styles.items()
        if any(
            attr.endswith(("}themeColor", "}asciiTheme", "}hAnsiTheme")) for el in style.iter() for attr in el.attrib
        )
    )
    assert themed == [], "no stock theme colour or font left on any style"
