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
from lxml import etree  # type: ignore[import-untyped]

from briefing import wordfile as w
from briefing.export.layout import DocumentInfo
from briefing.model import FORMAT_NAME, FORMAT_VERSION

logger = logging.getLogger(__name__)

__all__ = ["drop_thumbnail", "read_custom_properties", "set_custom_properties", "set_properties"]

_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id Office gives user-defined properties


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
                element = parse_xml(w.EMPTY_CUSTOM_XML)
            fresh = CustomPropertiesPart(part.partname, CT.OFC_CUSTOM_PROPERTIES, element, package)  # type: ignore[arg-type]
            package.relate_to(fresh, RT.CUSTOM_PROPERTIES)
            return fresh
    if not create:
        return None
    empty = parse_xml(w.EMPTY_CUSTOM_XML)
    made = CustomPropertiesPart(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, empty, package)  # type: ignore[arg-type]
    package.relate_to(made, RT.CUSTOM_PROPERTIES)
    return made


def read_custom_properties(document: Document) -> dict[str, str]:
    """Every custom property of ``document`` as text, by name."""
    part = _custom_part(document.part.package, create=False)
    return {} if part is None else w.custom_properties_from_xml(part.blob)


def set_custom_properties(document: Document, values: dict[str, str | int]) -> None:
    """Add or replace custom properties, keeping any others the document already has."""
    part = _custom_part(document.part.package, create=True)
    assert part is not None  # create=True always gives a part
    root = part.element
    existing = {p.get("name"): p for p in root.findall(f"{{{w.CUSTOM_NS}}}property")}
    pids = [int(p.get("pid", "1")) for p in existing.values() if (p.get("pid") or "").isdigit()]
    next_pid = max(pids, default=1) + 1
    for name, value in values.items():
        prop = existing.get(name)
        if prop is None:
            prop = etree.SubElement(root, f"{{{w.CUSTOM_NS}}}property")
            prop.set("fmtid", _FMTID)
            prop.set("pid", str(next_pid))
            prop.set("name", name)
            next_pid += 1
        for child in list(prop):
            prop.remove(child)
        kind = "i4" if isinstance(value, int) else "lpwstr"
        etree.SubElement(prop, f"{{{w.VT_NS}}}{kind}").text = str(value)


def set_properties(document: Document, info: DocumentInfo, *, now: dt.datetime | None = None) -> None:
    """Title, author, subject, keywords, dates and classification; nothing left from a template."""
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    core = document.core_properties
    core.title = _short(info.title)
    core.subject = _short(info.subject)
    core.author = _short(info.author)
    core.last_modified_by = _short(info.author)
    core.keywords = _short("; ".join(info.keywords))
    core.category = _short(info.category)
    core.content_status = _short(info.classification)
    core.identifier = _short(info.identifier)
    core.language = info.language  # what records systems read; Word's proofing language is on the styles
    for stale in ("comments", "version"):  # the base file's, not this brief's
        if getattr(core, stale):
            setattr(core, stale, "")
    core.revision = 1
    core.created = when.replace(tzinfo=None)
    core.modified = when.replace(tzinfo=None)
    set_custom_properties(
        document,
        {
            w.CLASSIFICATION_PROPERTY: info.classification,
            w.MARKER_PROPERTY: FORMAT_NAME,
            w.VERSION_PROPERTY: FORMAT_VERSION,
            w.TEMPLATE_PROPERTY: info.template_id,
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
