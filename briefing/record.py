"""The brief a Word export carries invisibly: the record part and the bookmarks that tie
paragraphs to items. The one contract between ``export.embed`` (writes) and
``importer.embedded`` (reads); no python-docx here.

The record is the ``.brief`` document (article included), base64 in a custom XML part, so
no character of the article can break the XML. Each item's paragraphs sit inside a hidden
bookmark (a name starting with "_" is hidden in Word; LibreOffice keeps it) named by the
item's section and index in the record. The record is untrusted when read back: capped in
size, parsed without entities or network, and validated exactly like a ``.brief``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from briefing.errors import BriefFormatError
from briefing.model import Brief, brief_from_dict

NAMESPACE = "urn:briefing:brief"
RECORD_VERSION = "1"
PART_TEMPLATE = "/customXml/item%d.xml"
PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
# Articles are read up to 20 MB, so a real record is far smaller; past this it is not ours.
# (The zip guard refuses any XML part over 32 MB before this is asked.)
MAX_RECORD_BYTES = 30 * 1024 * 1024
BOOKMARK = re.compile(r"_Brf_(\d{1,5})_(\d{1,6})")


class RecordError(BriefFormatError):
    """The record in a Word file cannot be trusted; the page is imported without it."""


def bookmark_name(section: int, item: int) -> str:
    """``_Brf_2_5``: the fifth item of the second section (both from 0), under Word's 40 characters."""
    return f"_Brf_{section}_{item}"


def bookmark_key(name: str) -> tuple[int, int] | None:
    match = BOOKMARK.fullmatch(name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def encode(brief: Brief) -> bytes:
    return encode_dict(brief.to_dict())


def encode_dict(data: dict[str, Any]) -> bytes:
    """The record part for a brief's JSON document."""
    # ASCII JSON: a lone surrogate the export strips from the page still round-trips here.
    text = json.dumps(data, ensure_ascii=True)
    payload = base64.b64encode(text.encode("ascii")).decode("ascii")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<brief xmlns="{NAMESPACE}" version="{RECORD_VERSION}">{payload}</brief>'
    ).encode()


def is_record(blob: bytes) -> bool:
    """Cheap: does this custom XML part look like ours (before any parsing)?"""
    return NAMESPACE.encode() in blob[:400]


def decode(blob: bytes) -> Brief:
    """The brief in a record part; RecordError with the reason if it is too large, malformed or invalid."""
    if len(blob) > MAX_RECORD_BYTES:
        raise RecordError(f"it is larger than {MAX_RECORD_BYTES // 1_000_000} MB")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(blob, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise RecordError("it is not well-formed XML") from exc
    if root.tag != f"{{{NAMESPACE}}}brief":
        raise RecordError("it is not a Briefing record")
    if root.get("version") != RECORD_VERSION:
        raise RecordError(f"it has record version {root.get('version')!r}; this Briefing reads {RECORD_VERSION}")
    try:
        data = json.loads(base64.b64decode((root.text or "").strip(), validate=True).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise RecordError("its content is not a brief") from exc
    try:
        return brief_from_dict(data)
    except BriefFormatError as exc:
        raise RecordError(str(exc)) from exc
