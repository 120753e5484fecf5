"""The brief inside its Word export: the record part, and a hidden bookmark around each item.

Nothing here shows on the page or in print. The importer (``importer.embedded``) uses both
to give back the brief itself: sources, speakers, origin and review state included.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Sequence

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from briefing import record
from briefing.model import Brief

logger = logging.getLogger(__name__)

# Bookmark ids must be unique in the document; a reference file may bring its own, low ones.
_FIRST_BOOKMARK_ID = 900_000


def embed_record(document: Document, brief: Brief) -> None:
    """Add the brief as a custom XML part of the document (with the properties part Word expects)."""
    package = document.part.package
    partname = package.next_partname(record.PART_TEMPLATE)
    item = Part(partname, "application/xml", record.encode(brief), package)
    document.part.relate_to(item, RT.CUSTOM_XML)
    number = str(partname).removeprefix("/customXml/item").removesuffix(".xml")
    props_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>'
    )
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), record.PROPS_CONTENT_TYPE, props_xml.encode(), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)


class ItemTies:
    """Hands out bookmark ids while the body is written, one bookmark per item."""

    def __init__(self) -> None:
        self._ids = itertools.count(_FIRST_BOOKMARK_ID)

    def tie(self, paragraphs: Sequence[Paragraph], key: tuple[int, int] | None) -> None:
        """Put the item's paragraphs inside a hidden bookmark named for ``key`` (section, item)."""
        if key is None or not paragraphs:
            return
        bookmark_id = str(next(self._ids))
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), bookmark_id)
        start.set(qn("w:name"), record.bookmark_name(*key))
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), bookmark_id)
        first = paragraphs[0]._p
        if first.pPr is not None:
            first.pPr.addnext(start)
        else:
            first.insert(0, start)
        paragraphs[-1]._p.append(end)
