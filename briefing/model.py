"""The brief: the one document every part of Briefing reads and writes.

Plain dataclasses with no Qt, so the command line, the tests and the window share them.
``to_dict``/``from_dict`` give the JSON document that is both the ``.brief`` file and the
CLI's ``--json`` output; ``from_dict`` validates and names the offending field on error.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from briefing.errors import BriefFormatError

FORMAT_NAME = "briefing-note"
FORMAT_VERSION = 1

PURPOSES = ("For information", "For decision")
ORIGINS = ("prefill", "user")
OPTIONAL_METADATA = ("through", "copies_to", "critical_date", "classified_by", "classification_reason", "declassify_on")
MARK_KINDS = ("bold", "italic", "underline")
CLASSIFICATIONS = (
    "UNCLASSIFIED",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "PROTECTED A",
    "PROTECTED B",
    "PROTECTED C",
    "CONFIDENTIAL",
    "SECRET",
    "TOP SECRET",
)
DEFAULT_CLASSIFICATION = "UNCLASSIFIED"


@dataclass
class Item:
    """One bullet of a section; ``sources`` are ``[start, end)`` offsets into the source text.

    ``marks`` carry the writer's inline formatting as ``[start, end, kind]`` ranges over
    ``text`` so the text itself stays plain, searchable and comparable with the article.
    ``home`` is where the item belongs when the section it sits in does not say so (a slot
    such as ``positions`` inside the US memo's Discussion, or the id of a section no slot
    feeds), so switching template and back puts it where it was; None when the section says it.
    """

    text: str
    label: str | None = None
    speaker: str | None = None
    sources: list[tuple[int, int]] = field(default_factory=list)
    origin: str = "user"
    reviewed: bool = False
    marks: list[tuple[int, int, str]] = field(default_factory=list)
    home: str | None = None
    portion: str | None = None  # this item's own classification (US portion marks); None: the default

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "label": self.label,
            "speaker": self.speaker,
            "sources": [[start, end] for start, end in self.sources],
            "origin": self.origin,
            "reviewed": self.reviewed,
        }
        if self.marks:
            data["marks"] = [[start, end, kind] for start, end, kind in self.marks]
        if self.home is not None:
            data["home"] = self.home
        if self.portion:
            data["portion"] = self.portion
        return data


@dataclass
class Section:
    id: str
    heading: str
    items: list[Item] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "heading": self.heading, "items": [i.to_dict() for i in self.items]}


@dataclass
class Metadata:
    date: str = ""
    to: str = ""
    from_: str = ""
    drafter: str = ""
    contact: str = ""
    file_number: str = ""
    purpose: str = PURPOSES[0]
    classification: str = DEFAULT_CLASSIFICATION
    language: str = ""  # the spelling language when it differs from the template's ("en-US"); "" = the template's
    # Rows only some formats show (UK and Australia; US classification authority). Optional in
    # the JSON and written only when set, so older briefs load and save unchanged.
    through: str = ""
    copies_to: str = ""
    critical_date: str = ""
    classified_by: str = ""
    classification_reason: str = ""
    declassify_on: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {
            "date": self.date,
            "to": self.to,
            "from": self.from_,
            "drafter": self.drafter,
            "contact": self.contact,
            "file_number": self.file_number,
            "purpose": self.purpose,
            "classification": self.classification,
        }
        if self.language:  # written only when set, so briefs that never chose one are unchanged
            data["language"] = self.language
        data.update({name: getattr(self, name) for name in OPTIONAL_METADATA if getattr(self, name)})
        return data


@dataclass
class Source:
    """The article the brief was drafted from; ``text`` is what provenance offsets point into."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    date: str = ""
    path: str = ""
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "date": self.date,
            "path": self.path,
            "text": self.text,
        }


@dataclass
class Brief:
    title: str
    metadata: Metadata = field(default_factory=Metadata)
    source: Source = field(default_factory=Source)
    template: str = "briefing-note"
    sections: list[Section] = field(default_factory=list)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "title": self.title,
            "metadata": self.metadata.to_dict(),
            "source": self.source.to_dict(),
            "template": self.template,
            "sections": [s.to_dict() for s in self.sections],
        }


def today_iso() -> str:
    """The date a new brief is dated with: briefs carry the day they were drafted."""
    return datetime.date.today().isoformat()


# --- validation -----------------------------------------------------------------------


def _require(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise BriefFormatError(f"missing field '{where}{key}'")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BriefFormatError(f"field '{where}{key}' must be {_type_name(kind)}, not {_type_name(type(value))}")
    return value


def _optional(data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any) -> Any:
    if key not in data or data[key] is None and default is None:
        return default
    return _require(data, key, kind, where)


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        list: "a list",
        dict: "an object",
        type(None): "null",
        float: "a number",
    }
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BriefFormatError(f"field '{where}' must be an object, not {_type_name(type(value))}")
    return value


def _offsets(value: list[Any], where: str, text_length: int) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    for index, pair in enumerate(value):
        here = f"{where}[{index}]"
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in pair)
        ):
            raise BriefFormatError(f"field '{here}' must be a [start, end] pair of whole numbers")
        start, end = pair
        if not 0 <= start <= end <= text_length:
            raise BriefFormatError(
                f"field '{here}' points outside the source text ({start}-{end} of {text_length} characters)"
            )
        pairs.append((start, end))
    return pairs


def _marks(value: list[Any], where: str, text_length: int) -> list[tuple[int, int, str]]:
    marks: list[tuple[int, int, str]] = []
    for index, mark in enumerate(value):
        here = f"{where}[{index}]"
        if (
            not isinstance(mark, list)
            or len(mark) != 3
            or mark[2] not in MARK_KINDS
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in mark[:2])
        ):
            raise BriefFormatError(
                f"field '{here}' must be [start, end, kind] with kind one of {', '.join(MARK_KINDS)}"
            )
        if not 0 <= mark[0] <= mark[1] <= text_length:
            raise BriefFormatError(f"field '{here}' lies outside the item's text")
        marks.append((mark[0], mark[1], mark[2]))
    return marks


def item_from_dict(data: Any, where: str, source_length: int) -> Item:
    data = _object(data, where.rstrip("."))
    origin = _optional(data, "origin", str, where, "user")
    if origin not in ORIGINS:
        raise BriefFormatError(f"field '{where}origin' must be one of {', '.join(ORIGINS)}, not '{origin}'")
    text = _require(data, "text", str, where)
    return Item(
        text=text,
        label=_optional(data, "label", str, where, None),
        speaker=_optional(data, "speaker", str, where, None),
        sources=_offsets(_optional(data, "sources", list, where, []), f"{where}sources", source_length),
        origin=origin,
        reviewed=_optional(data, "reviewed", bool, where, False),
        marks=_marks(_optional(data, "marks", list, where, []), f"{where}marks", len(text)),
        home=_optional(data, "home", str, where, None),
        portion=_optional(data, "portion", str, where, None) or None,
    )


def brief_from_dict(data: Any) -> Brief:
    """Build a Brief from its JSON document, refusing anything it cannot read faithfully."""
    data = _object(data, "(document)")
    if data.get("format") != FORMAT_NAME:
        raise BriefFormatError(f"not a brief: field 'format' must be '{FORMAT_NAME}'")
    version = _require(data, "version", int, "")
    if version > FORMAT_VERSION:
        raise BriefFormatError(
            f"this brief was written by a newer Briefing (format version {version}); "
            f"this version reads up to {FORMAT_VERSION}. Please update Briefing to open it"
        )
    if version < 1:
        raise BriefFormatError(f"field 'version' must be 1 or more, not {version}")

    meta = _object(_require(data, "metadata", dict, ""), "metadata")
    metadata = Metadata(
        date=_optional(meta, "date", str, "metadata.", ""),
        to=_optional(meta, "to", str, "metadata.", ""),
        from_=_optional(meta, "from", str, "metadata.", ""),
        drafter=_optional(meta, "drafter", str, "metadata.", ""),
        contact=_optional(meta, "contact", str, "metadata.", ""),
        file_number=_optional(meta, "file_number", str, "metadata.", ""),
        purpose=_optional(meta, "purpose", str, "metadata.", PURPOSES[0]),
        classification=_optional(meta, "classification", str, "metadata.", DEFAULT_CLASSIFICATION),
        language=_optional(meta, "language", str, "metadata.", ""),
        **{name: _optional(meta, name, str, "metadata.", "") for name in OPTIONAL_METADATA},
    )
    src = _object(_require(data, "source", dict, ""), "source")
    source = Source(
        **{
            key: _optional(src, key, str, "source.", "")
            for key in ("title", "outlet", "author", "date", "path", "text")
        }
    )

    sections: list[Section] = []
    for s_index, raw in enumerate(_require(data, "sections", list, "")):
        where = f"sections[{s_index}]."
        raw = _object(raw, where.rstrip("."))
        items = [
            item_from_dict(item, f"{where}items[{i_index}].", len(source.text))
            for i_index, item in enumerate(_require(raw, "items", list, where))
        ]
        sections.append(
            Section(id=_require(raw, "id", str, where), heading=_require(raw, "heading", str, where), items=items)
        )
    return Brief(
        title=_require(data, "title", str, ""),
        metadata=metadata,
        source=source,
        template=_require(data, "template", str, ""),
        sections=sections,
    )
