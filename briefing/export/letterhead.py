"""Page 1's own copy of a reference's letterhead.

A reference whose letterhead sits in the one header (and footer) every page shares gives page 1
no header or footer of its own, yet page 1 needs one: a US memo's classification authority
block goes in page 1's footer, Canada's PROTECTED A/B marking in page 1's header only. Turning
"different first page" on would leave page 1 bare, so its new header and footer get a copy of
the letterhead: the paragraphs and tables, and the parts they point at (a logo's image part is
related to the new part under a new id, since ids are per part). Nothing is duplicated but the
markup; the image itself is stored once. What must be unique in a document gets a fresh value
(a drawing's id, a VML shape's id and o:spid: a watermark made in Word is a VML shape in the
header, and two shapes of one id can make Word drop or misdraw one) or is left out where Word
writes its own (bookmarks, paragraph and drawing edit ids, a content control's id).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.section import _Footer, _Header

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_VML_RELID = "{urn:schemas-microsoft-com:office:office}relid"  # an old VML picture's pointer
_DOC_PR = qn("wp:docPr")
_BOOKMARKS = (qn("w:bookmarkStart"), qn("w:bookmarkEnd"))  # a name may be used once per document
_SDT_ID = qn("w:id")  # a content control's id, under w:sdtPr (optional)
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_WP14 = "{http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing}"
# optional: Word gives the copy new ones
_ONCE_PER_DOCUMENT = (f"{_W14}paraId", f"{_W14}textId", f"{_WP14}anchorId", f"{_WP14}editId")
_VML = "{urn:schemas-microsoft-com:vml}"
_O = "{urn:schemas-microsoft-com:office:office}"
_SPID = f"{_O}spid"  # a VML shape's id in the drawing layer ("_x0000_s2049")
# where a shape's id is pointed at: an embedded object's picture, an ActiveX control's, a connector's ends
_SHAPE_REFERENCES = ("ShapeID", qn("w:shapeid"), "idref")
_NUMBERED = re.compile(r"^(.*?)(\d*)$")


def copy_letterhead(source: _Header | _Footer, target: _Header | _Footer) -> None:
    """Make ``target`` (page 1's header or footer, just added) hold what ``source`` holds."""
    from_part, to_part = source.part, target.part
    root = target._element
    for child in list(root):
        root.remove(child)
    next_id = _max_drawing_id(to_part) + 1
    shapes = _ShapeIds(to_part)
    for child in source._element:
        clone = copy.deepcopy(child)
        for node in list(clone.iter()):
            if node.tag in _BOOKMARKS or (node.tag == _SDT_ID and node.getparent().tag == qn("w:sdtPr")):
                node.getparent().remove(node)
                continue
            _relate(node, from_part, to_part)
            for name in _ONCE_PER_DOCUMENT:
                node.attrib.pop(name, None)
            if node.tag == _DOC_PR:  # each drawing's id is unique in the document
                node.set("id", str(next_id))
                next_id += 1
        shapes.renew(clone)
        root.append(clone)
    shapes.record(to_part)


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


class _ShapeIds:
    """Fresh ids for the VML shapes of a copy: the same name with the next number free in the
    document ("PowerPlusWaterMarkObject357831064" -> "...065", the prefix Word knows a watermark by;
    "_x0000_s2049" -> "_x0000_s2050", in the header shapes' block)."""

    def __init__(self, part: Part) -> None:
        self.used: set[str] = set()
        for each in part.package.iter_parts():
            element = getattr(each, "element", None)
            if element is not None:
                for shape in element.iter(f"{_VML}*"):
                    self.used.update(v for v in (shape.get("id"), shape.get(_SPID)) if v)

    def fresh(self, old: str) -> str:
        prefix, digits = _NUMBERED.match(old).groups()  # type: ignore[union-attr]  # always matches
        number = int(digits) if digits else 0
        for used in self.used:
            if used.startswith(prefix) and used[len(prefix) :].isdigit():
                number = max(number, int(used[len(prefix) :]))
        new = f"{prefix}{number + 1}"
        self.used.add(new)
        return new

    def renew(self, clone) -> None:
        """Give every shape in ``clone`` new ids, and what points at one the new one."""
        renamed: dict[str, str] = {}
        for shape in clone.iter(f"{_VML}*"):
            if shape.tag == f"{_VML}shapetype":  # a shared definition, which Word repeats in every part
                continue
            for name in ("id", _SPID):
                old = shape.get(name)
                if old:
                    renamed[old] = renamed.get(old) or self.fresh(old)
                    shape.set(name, renamed[old])
        for node in clone.iter():
            for name in _SHAPE_REFERENCES:
                value = node.get(name)
                if value and value.lstrip("#") in renamed:
                    node.set(name, ("#" if value.startswith("#") else "") + renamed[value.lstrip("#")])

    def record(self, part: Part) -> None:
        """Raise the settings' highest header shape number (hdrShapeDefaults' spidmax) past the new
        ones, so a shape Word adds later does not take one of their ids."""
        numbers = [int(v[len("_x0000_s") :]) for v in self.used if v.startswith("_x0000_s") and v[8:].isdigit()]
        try:
            settings = part.package.main_document_part.part_related_by(RT.SETTINGS)
        except KeyError:
            return
        for defaults in settings.element.iter(qn("w:hdrShapeDefaults")):
            for shape_defaults in defaults.iter(f"{_O}shapedefaults"):
                old = shape_defaults.get("spidmax") or ""
                if numbers and old.isdigit() and int(old) < max(numbers):
                    shape_defaults.set("spidmax", str(max(numbers)))
