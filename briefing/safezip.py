"""One guard for every zip Briefing opens: Word articles, Word briefs, reference documents.

A .docx is a zip, and a zip can claim to unpack to gigabytes from a few megabytes (a "zip
bomb"). Each member's declared size bounds what ``zipfile`` will ever inflate for it, so
checking the declared sizes before anything is read keeps memory bounded: the whole package
to ``MAX_UNPACKED_BYTES``, and each XML part (which lxml turns into a tree several times its
size) to ``MAX_XML_PART_BYTES``. Word never writes a DTD, so a part holding one is refused
rather than parsed: its entities are how a reference document smuggles text that breaks the
exported file.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_XML_PART_BYTES = 32 * 1024 * 1024  # a 500-page Word document's text is a few MB of XML
MAX_MEMBERS = 5000
_XML_MEMBER = re.compile(r"\.(xml|rels)$", re.IGNORECASE)
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1024 * 1024


class UnsafePackageError(ValueError):
    """The zip is damaged, or would unpack past what any Word file Briefing reads needs."""


class DamagedPackageError(UnsafePackageError):
    """The bytes are not a readable zip at all (damaged, truncated, or not a zip)."""


ErrorFactory = Callable[[str], Exception]


def open_package(source: bytes | str | os.PathLike[str]) -> zipfile.ZipFile:
    """The zip in ``source`` (its bytes, or a path read lazily), after checking every member's
    declared size; UnsafePackageError otherwise (OSError when a path cannot be opened)."""
    try:
        package = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DamagedPackageError("it is not a valid zip package (it may be damaged or only partly copied)") from exc
    if len(members) > MAX_MEMBERS:
        raise UnsafePackageError(f"it holds {len(members):,} parts, far more than a Word file has")
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise UnsafePackageError("it unpacks to far more than any Word file Briefing reads needs")
    for member in members:
        if _XML_MEMBER.search(member.filename) and member.file_size > MAX_XML_PART_BYTES:
            raise UnsafePackageError(f"its part {member.filename} is too large to read safely")
    return package


def check_package(raw: bytes, *, check_dtd: bool = True) -> None:
    """Refuse (UnsafePackageError) a zip that is damaged, too big unpacked, or has an XML part with a DTD."""
    with open_package(raw) as package:
        if check_dtd:
            for member in package.infolist():
                if _XML_MEMBER.search(member.filename) and _declares_dtd(package, member):
                    raise UnsafePackageError(f"its part {member.filename} declares a DTD, which Word never writes")


def read_member(package: zipfile.ZipFile, name: str, *, limit: int = MAX_XML_PART_BYTES) -> bytes:
    """One member's bytes, refusing (UnsafePackageError) one that declares more than ``limit``."""
    info = package.getinfo(name)
    if info.file_size > limit:
        raise UnsafePackageError(f"its part {name} is too large to read safely")
    with package.open(info) as handle:
        return handle.read(limit + 1)[:limit]


def _declares_dtd(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Does the part hold a DOCTYPE or ENTITY declaration anywhere (read in chunks, never whole)?"""
    tail = b""
    with package.open(member) as handle:
        while chunk := handle.read(_CHUNK):
            if _DTD.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False
