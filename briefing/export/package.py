"""The .docx package as Briefing's own: no parts left from python-docx's stock template, an
app.xml that names Briefing, a fresh document id, and only the styles the brief uses.

The stock template brings a 438 KB Word 2010 styles-with-effects part, a bibliography
custom-XML part, ``Microsoft Macintosh Word`` as the application and the same w14:docId in
every file; a records system or a recipient's Word should see none of that.
"""

from __future__ import annotations

import logging
import secrets
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles import BabelFish

import briefing

logger = logging.getLogger(__name__)

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_LEFTOVER_RELS = (_STYLES_WITH_EFFECTS, RT.CUSTOM_XML)
# Styles Word expects in every document whether used or not.
_BUILT_INS = {"Normal", "Default Paragraph Font", "Normal Table", "No List", "Table Normal"}


def drop_leftovers(document: Document) -> None:
    """Remove the stock template's styles-with-effects and bibliography parts."""
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype in _LEFTOVER_RELS:
            del part.rels[r_id]


def set_app_properties(document: Document) -> None:
    """docProps/app.xml naming Briefing and its version, nothing else of the stock file's."""
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            app = escape(f"Briefing {briefing.__version__}")
            rel.target_part._blob = (
                "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                f"<Application>{app}</Application><DocSecurity>0</DocSecurity>"
                f"<AppVersion>{escape(_app_version())}</AppVersion></Properties>"
            ).encode()


def _app_version() -> str:
    """AppVersion must be NN.NNNN; Briefing's major and minor version, as Word's checker wants."""
    parts = [p for p in briefing.__version__.split(".") if p.isdigit()] + ["0", "0"]
    return f"{int(parts[0]):02d}.{int(parts[1]):04d}"


def fresh_document_id(document: Document) -> None:
    """A new w14:docId per export: two briefs must not share one document identity."""
    settings = document.settings.element
    doc_id = settings.find(f"{{{_W14}}}docId")
    if doc_id is not None:
        doc_id.set(f"{{{_W14}}}val", f"{secrets.randbelow(0x7FFFFFFF) + 1:08X}")


def prune_styles(document: Document, keep: set[str] | None = None) -> int:
    """Remove every style no part uses (and none of those used is based on, linked to or
    followed by), keeping the built-ins Word expects. Returns how many went."""
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    wanted: set[str] = set()
    for element in _parts_xml(document):
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle", "w:numStyleLink", "w:styleLink"):
            wanted.update(node.get(qn("w:val")) for node in element.iter(qn(tag)))
    for style_id, style in by_id.items():
        name = style.find(qn("w:name"))
        label = name.get(qn("w:val")) if name is not None else ""
        kept = label in (keep or set()) or BabelFish.internal2ui(label) in (keep or set())  # "heading 1" is "Heading 1"
        if style.get(qn("w:default")) in ("1", "true", "on") or label in _BUILT_INS or kept:
            wanted.add(style_id)
    pending = list(wanted)
    while pending:
        style = by_id.get(pending.pop())
        if style is None:
            continue
        for tag in ("w:basedOn", "w:link", "w:next"):
            node = style.find(qn(tag))
            if node is not None and node.get(qn("w:val")) not in wanted:
                wanted.add(node.get(qn("w:val")))
                pending.append(node.get(qn("w:val")))
    removed = 0
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles.remove(style)
            removed += 1
    return removed


def _parts_xml(document: Document) -> list[BaseOxmlElement]:
    """The XML of every part that may name a style: body, headers, footers, notes, numbering."""
    styles = document.styles.element
    return [
        part.element
        for part in document.part.package.iter_parts()
        if isinstance(part, XmlPart) and part.element is not styles
    ]
