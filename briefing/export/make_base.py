"""Writes ``resources/word/base.docx``, the trimmed document every export starts from.

python-docx's stock template carries 164 styles in a 349 KB styles part, a 438 KB
styles-with-effects part and a bibliography part; parsing them was most of an export's
time. The base keeps only what the export can use, already made: the built-ins Word
expects, the styles every template may ask for, bullets and numbering, Word 2013+ layout.
Run ``python -m briefing.export.make_base`` after changing what ``ensure_styles`` makes.
"""

from __future__ import annotations

import io
import sys

import docx
from docx.oxml.ns import qn

from briefing import wordfile as w
from briefing.export.package import drop_leftovers, prune_styles
from briefing.export.properties import drop_thumbnail
from briefing.export.styles import StyleIds, ensure_styles, used_style_names
from briefing.resources import resources_dir

BASE_PATH = ("word", "base.docx")


def build_base() -> bytes:
    document = docx.Document()
    for setting in document.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # no "[Compatibility Mode]" in a recipient's title bar
    drop_leftovers(document)
    drop_thumbnail(document)
    table = StyleIds(document)
    _drop_stock_numbering(document, table)
    ensure_styles(document, table)
    _unlink_character_twins(document)
    keep = set(_made_by_ensure_styles())
    prune_styles(document, keep)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _drop_stock_numbering(document: docx.document.Document, table: StyleIds) -> None:
    """The stock List Number hangs its numbers in 360 twips, too little for "10."; without its
    numbering, ensure_styles gives it Briefing's own (NUMBER_HANGING_TWIPS).

    The stock list goes too: its level still named List Number (w:pStyle), and two lists
    claiming one style leave Word and LibreOffice free to pick the 360-twip one."""
    style = table.get(w.STYLE_NUMBERED_ITEM)
    p_pr = style.element.pPr if style is not None else None
    if style is None or p_pr is None or p_pr.numPr is None:
        return
    num_id = p_pr.numPr.numId.val if p_pr.numPr.numId is not None else None
    p_pr.remove(p_pr.numPr)
    numbering = document.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            numbering.remove(num)
            for abstract in numbering.findall(qn("w:abstractNum")):
                if abstract.get(qn("w:abstractNumId")) == abstract_id:
                    numbering.remove(abstract)


def _unlink_character_twins(document: docx.document.Document) -> None:
    """Drop the stock "Heading 1 Char"-style links: their character halves keep the stock theme
    look (blue Cambria, 26 pt for Title), which Word applies when a style is put on part of a
    paragraph. Without the link Word makes the twin from the paragraph style when it needs one."""
    for style in document.styles.element.findall(qn("w:style")):
        link = style.find(qn("w:link"))
        if link is not None and style.get(qn("w:type")) == "paragraph":
            style.remove(link)


def _made_by_ensure_styles() -> list[str]:
    character = (
        w.STYLE_LEAD_IN,
        w.STYLE_SPEAKER,
        w.STYLE_PORTION_MARK,
        w.STYLE_PLACEHOLDER,
        w.STYLE_FOOTNOTE_REF,
        w.STYLE_REVIEW_FLAG,
    )
    return [*used_style_names(), *character]


def main() -> int:
    path = resources_dir().joinpath(*BASE_PATH)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = build_base()
    path.write_bytes(data)
    print(f"wrote {path} ({len(data) // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
