"""Nothing in an exported brief points outside the file.

A reference document can carry external relationships: an attached template at an http
address, a header image linked from a UNC path, a hyperlink. Passed on into every brief, they
make Word reach out to the network when a recipient opens the file. Briefing writes none of
its own, so every external relationship a reference brings is dropped with the markup that
uses it: a hyperlink keeps its text, a linked image or attached template goes.
"""

from __future__ import annotations

import logging

from docx.document import Document
from docx.opc.part import Part

logger = logging.getLogger(__name__)

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HYPERLINK = f"{_W}hyperlink"
_ATTACHED_TEMPLATE = f"{_W}attachedTemplate"


def strip_external_relationships(document: Document) -> int:
    """Drop every external relationship in every part of ``document``; the number dropped."""
    dropped = 0
    parts: list[Part] = list(document.part.package.iter_parts())
    for part in parts:
        external = [rid for rid, rel in part.rels.items() if rel.is_external]
        if not external:
            continue
        element = getattr(part, "element", None)
        for rid in external:
            reltype = part.rels[rid].reltype
            if element is not None:
                _remove_uses(element, rid)
            del part.rels[rid]
            logger.info("dropped an external %s relationship from %s", reltype.rsplit("/", 1)[-1], part.partname)
            dropped += 1
    # The package's own relationships (_rels/.rels) never need an external target either.
    package_rels = document.part.package.rels
    for rid in [rid for rid, rel in package_rels.items() if rel.is_external]:
        del package_rels[rid]
        dropped += 1
    return dropped


def _remove_uses(root: object, rid: str) -> None:
    """Unwrap hyperlinks, remove attached templates, and clear any other attribute naming ``rid``."""
    for node in list(root.iter()):  # type: ignore[attr-defined]
        uses = [name for name, value in node.attrib.items() if value == rid and name.startswith(_R)]
        if not uses:
            continue
        if node.tag == _HYPERLINK:
            _unwrap(node)
        elif node.tag == _ATTACHED_TEMPLATE:
            node.getparent().remove(node)
        else:
            for name in uses:
                del node.attrib[name]


def _unwrap(node: object) -> None:
    parent = node.getparent()  # type: ignore[attr-defined]
    index = parent.index(node)
    for child in list(node):  # type: ignore[call-overload]
        parent.insert(index, child)
        index += 1
    parent.remove(node)
