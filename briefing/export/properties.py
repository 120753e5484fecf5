"""Document properties: the core ones python-docx knows, and custom ones it does not.

File > Properties is where records systems and labelling tools look for the title, author
and classification, so the classification goes both into the core ``contentStatus`` and
into a custom property, the place Office labelling tools use. Custom properties live in
``docProps/custom.xml``, which python-docx neither reads nor writes; this module registers
a part class for it so that a reference document's own custom properties survive.
"""

from __future__ import annotations

import datetime as dt
import logging

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.package import OpcPackage
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.oxml import parse_xml
from lxml import etree

from briefing.export import conventions as c
from briefing.export.text import xml_safe
from briefing.model import FORMAT_NAME, FORMAT_VERSION, Brief

logger = logging.getLogger(__name__)

_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id Office gives user-defined properties
_EMPTY = f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}"/>'


class CustomPropertiesPart(XmlPart):
    """``docProps/custom.xml`` as XML, so it can be read and changed like any other part."""


# python-docx's documented extension point: the part class chosen per content type.
PartFactory.part_type_for.setdefault(CT.OFC_CUSTOM_PROPERTIES, CustomPropertiesPart)


def _custom_part(package: OpcPackage, *, create: bool) -> XmlPart | None:
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            part = rel.target_part
            if isinstance(part, XmlPart):
                return part
            # Loaded before the registration above took effect: re-read it as XML.
            del package.rels[r_id]
            try:
                element = parse_xml(part.blob)
            except etree.XMLSyntaxError:
                logger.warning("unreadable custom properties in the document; starting afresh")
                element = parse_xml(_EMPTY)
            fresh = CustomPropertiesPart(part.partname, CT.OFC_CUSTOM_PROPERTIES, element, package)
            package.relate_to(fresh, RT.CUSTOM_PROPERTIES)
            return fresh
    if not create:
        return None
    part = CustomPropertiesPart(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, parse_xml(_EMPTY), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
    return part


def read_custom_properties(document: Document) -> dict[str, str]:
    """Every custom property of ``document`` as text, by name."""
    part = _custom_part(document.part.package, create=False)
    if part is None:
        return {}
    values: dict[str, str] = {}
    for prop in part.element.findall(f"{{{_CUSTOM_NS}}}property"):
        value = next(iter(prop), None)
        if prop.get("name"):
            values[prop.get("name")] = "" if value is None else (value.text or "")
    return values


def set_custom_properties(document: Document, values: dict[str, str | int]) -> None:
    """Add or replace custom properties, keeping any others the document already has."""
    root = _custom_part(document.part.package, create=True).element
    existing = {p.get("name"): p for p in root.findall(f"{{{_CUSTOM_NS}}}property")}
    pids = [int(p.get("pid", "1")) for p in existing.values() if (p.get("pid") or "").isdigit()]
    next_pid = max(pids, default=1) + 1
    for name, value in values.items():
        prop = existing.get(name)
        if prop is None:
            prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property")
            prop.set("fmtid", _FMTID)
            prop.set("pid", str(next_pid))
            prop.set("name", name)
            next_pid += 1
        for child in list(prop):
            prop.remove(child)
        kind = "i4" if isinstance(value, int) else "lpwstr"
        etree.SubElement(prop, f"{{{_VT_NS}}}{kind}").text = str(value)


def set_properties(document: Document, brief: Brief, *, category: str, now: dt.datetime | None = None) -> None:
    """Title, author, subject, keywords, dates and classification; nothing left from a template."""
    meta = brief.metadata
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    author = xml_safe(meta.drafter or meta.from_)
    labels = dict.fromkeys(xml_safe(i.label).strip() for i in brief.items() if i.label and xml_safe(i.label).strip())
    core = document.core_properties
    core.title = _short(xml_safe(brief.title))
    core.subject = _short(xml_safe(brief.source.title or brief.title))
    core.author = _short(author)
    core.last_modified_by = _short(author)
    core.keywords = _short("; ".join(labels))
    core.category = _short(category)
    core.content_status = _short(xml_safe(meta.classification))
    core.identifier = _short(xml_safe(meta.file_number))
    for stale in ("comments", "version", "language"):  # the base file's, not this brief's
        if getattr(core, stale):
            setattr(core, stale, "")
    core.revision = 1
    core.created = when.replace(tzinfo=None)
    core.modified = when.replace(tzinfo=None)
    set_custom_properties(
        document,
        {
            c.CLASSIFICATION_PROPERTY: xml_safe(meta.classification),
            c.MARKER_PROPERTY: FORMAT_NAME,
            c.VERSION_PROPERTY: FORMAT_VERSION,
            c.TEMPLATE_PROPERTY: xml_safe(brief.template),
        },
    )


def _short(text: str) -> str:
    """python-docx refuses core properties over 255 characters; cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= 255:
        return text
    return text[:254].rsplit(" ", 1)[0] + "\u2026"


def drop_thumbnail(document: Document) -> None:
    """Remove the base template's preview picture, which shows some other document."""
    rels = document.part.package.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[r_id]
