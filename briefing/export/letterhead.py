"""Page 1's own copy of a reference's letterhead.

A reference whose letterhead sits in the one header (and footer) every page shares gives page 1
no header or footer of its own, yet page 1 needs one: a US memo's classification authority
block goes in page 1's footer, Canada's PROTECTED A/B marking in page 1's header only. Turning
"different first page" on would leave page 1 bare, so its new header and footer get a copy of
the letterhead: the paragraphs and tables, and the parts they point at (a logo's image part is
related to the new part under a new id, since ids are per part). Nothing is duplicated but the
markup; the image itself is stored once.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.section import _Footer, _Header

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_VML_RELID = "{urn:schemas-microsoft-com:office:office}relid"  # an old VML picture's pointer
_DOC_PR = qn("wp:docPr")
_BOOKMARKS = (qn("w:bookmarkStart"), qn("w:bookmarkEnd"))  # a name may be used once per document
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_ONCE_PER_DOCUMENT = (f"{_W14}paraId", f"{_W14}textId")  # optional: Word gives the copy new ones


def copy_letterhead(source: _Header | _Footer, target: _Header | _Footer) -> None:
    """Make ``target`` (page 1's header or footer, just added) hold what ``source`` holds."""
    from_part, to_part = source.part, target.part
    root = target._element
    for child in list(root):
        root.remove(child)
    next_id = _max_drawing_id(to_part) + 1
    for child in source._element:
        clone = copy.deepcopy(child)
        for node in list(clone.iter()):
            if node.tag in _BOOKMARKS:
                node.getparent().remove(node)
                continue
            _relate(node, from_part, to_part)
            for name in _ONCE_PER_DOCUMENT:
                node.attrib.pop(name, None)
            if node.tag == _DOC_PR:  # each drawing's id is unique in the document
                node.set("id", str(next_id))
                next_id += 1
        root.append(clone)


def _relate(node, from_part: Part, to_part: Part) -> None:
    """Point each relationship id on ``node`` at the same target, related from ``to_part``."""
    for name, rid in list(node.attrib.items()):
        if not (name.startswith(_R) or name == _VML_RELID):
            continue
        rel = from_part.rels.get(rid)
        if rel is None:  # a dangling id in the reference: Word would not resolve it either
            del node.attrib[name]
        elif rel.is_external:
            node.set(name, to_part.relate_to(rel.target_ref, rel.reltype, is_external=True))
        else:
            node.set(name, to_part.relate_to(rel.target_part, rel.reltype))


def _max_drawing_id(part: Part) -> int:
    """The highest drawing id in the package's document, headers and footers."""
    parts: Iterable[Part] = part.package.iter_parts()
    ids = [0]
    for each in parts:
        element = getattr(each, "element", None)
        if element is None:
            continue
        ids.extend(int(v) for v in element.xpath("//wp:docPr/@id") if v.isdigit())
    return max(ids)
