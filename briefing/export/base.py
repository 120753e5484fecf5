"""The document a brief is written into: python-docx's blank one, or the user's reference file.

Like pandoc's ``--reference-doc``, a reference .docx lends its styles, page set-up and
letterhead header and footer; its body text is dropped. A Word template (.dotx) is accepted
too (not a macro-enabled one). Anything that is not a readable Word file is refused with one clear sentence before a
byte of output is written.
"""

from __future__ import annotations

import io
import logging
import os
import re
import zipfile
from functools import cache
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn

from briefing.errors import ExportError
from briefing.export.external import strip_external_relationships
from briefing.fileio import read_limited
from briefing.resources import resources_dir
from briefing.safezip import UnsafePackageError, check_package

logger = logging.getLogger(__name__)

MAX_REFERENCE_BYTES = 100 * 1024 * 1024
# A Word template (.dotx) is a document in all but its label; macro-enabled files are refused.
_TEMPLATE_TYPES = re.compile(rb"application/vnd\.openxmlformats-officedocument\.wordprocessingml\.template\.main\+xml")
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def blank_document() -> Document:
    """A fresh copy of the trimmed base (resources/word/base.docx, see make_base): Word 2013+
    layout, only the styles an export uses, none of python-docx's stock leftovers."""
    return docx.Document(io.BytesIO(_base_bytes()))


@cache
def _base_bytes() -> bytes:
    return resources_dir().joinpath("word", "base.docx").read_bytes()


def open_reference(path: str | os.PathLike[str]) -> Document:
    """The reference document with its body emptied, or ExportError saying why it cannot be used."""
    ref = Path(path)
    try:
        raw = read_limited(ref, limit=MAX_REFERENCE_BYTES, noun="a Word style file", error=ExportError)
    except ExportError as exc:
        raise ExportError(f"cannot use the reference document: {exc}") from exc
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise ExportError(f"the reference document {ref} is not a Word .docx file")
    try:
        check_package(raw)
    except UnsafePackageError as exc:
        raise ExportError(f"the reference document {ref} was not used: {exc}") from exc
    try:
        document = docx.Document(io.BytesIO(_as_document_package(raw)))
    except Exception as exc:  # python-docx raises many types for a damaged package
        logger.info("reference %s rejected: %r", ref, exc)
        raise ExportError(
            f"the reference document {ref} is not a usable Word .docx file "
            "(it may be damaged, or another kind of Office file)"
        ) from exc
    clear_body(document)
    strip_external_relationships(document)
    return document


def _as_document_package(raw: bytes) -> bytes:
    """A .dotx re-labelled as a plain document, so python-docx opens it."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    try:
        types = source.read("[Content_Types].xml")
    except KeyError:
        return raw  # python-docx will refuse it with its own reason
    if not _TEMPLATE_TYPES.search(types):
        return raw
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = _TEMPLATE_TYPES.sub(_DOCUMENT_TYPE, data)
            target.writestr(info, data)
    return out.getvalue()


def clear_body(document: Document) -> None:
    """Drop every paragraph and table of the body, keeping the final page set-up (sectPr)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
