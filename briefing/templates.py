"""Templates are data: ``resources/templates/*.json`` say which sections a format has.

Each template section names the pre-fill *slots* that feed it (summary, context, key_issues,
positions, outlook), so one pre-fill serves every format and switching format carries the
content across by slot.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from briefing.errors import TemplateError
from briefing.resources import resources_dir
from briefing.wordfile import DATE_STYLES, DAY_MONTH

logger = logging.getLogger(__name__)

DEFAULT_TEMPLATE = "briefing-note"


class Slot(StrEnum):
    """What the pre-fill writes: the one vocabulary every layer uses for what a section is for.

    A ``StrEnum``, so a slot compares equal to its name as written in template JSON and briefs.
    """

    SUMMARY = "summary"
    CONTEXT = "context"
    KEY_ISSUES = "key_issues"
    POSITIONS = "positions"
    OUTLOOK = "outlook"


SLOTS: tuple[Slot, ...] = tuple(Slot)


class SectionRole(StrEnum):
    """How a section shows its items, decided by its slots and nothing else.

    ``POSITIONS``: only positions, grouped by party with the speaker as lead-in.
    ``MIXED``: positions among other content (UK Argument, US Discussion): attributed items get a lead-in.
    ``PLAIN``: no positions (including sections the pre-fill never feeds, and unknown ids).
    """

    POSITIONS = "positions"
    MIXED = "mixed"
    PLAIN = "plain"


@dataclass(frozen=True)
class TemplateSection:
    id: str
    heading: str
    guidance: str
    slots: tuple[Slot, ...]
    required: bool = False  # the format ends without a conclusion if this is empty (UK, Canada Recommendation)
    numbered: bool = False  # paragraphs numbered 1., 2., ... (UK submissions, Australian key points)
    restart_numbering: bool = False  # numbered from 1 again, not on from the section before (Australia)
    decision: tuple[str, ...] = ()  # choices printed under each item ("Agreed", "Not agreed", ...)

    def holds(self, slot: Slot | str) -> bool:
        return slot in self.slots

    @property
    def role(self) -> SectionRole:
        if self.slots == (Slot.POSITIONS,):
            return SectionRole.POSITIONS
        return SectionRole.MIXED if Slot.POSITIONS in self.slots else SectionRole.PLAIN

    @property
    def shows_speaker(self) -> bool:
        """Items here name who holds the position."""
        return self.holds(Slot.POSITIONS)

    @property
    def shows_label(self) -> bool:
        """Items here carry a short label: the party of a position, the name of an issue."""
        return self.holds(Slot.POSITIONS) or self.holds(Slot.KEY_ISSUES)


PAGE_SIZES_CM = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}


@dataclass(frozen=True)
class TemplateStyle:
    """How a format looks on paper: the Word export applies it unless a reference .docx is given."""

    font: str = "Calibri"
    size_pt: float = 11
    heading_font: str = "Calibri"
    margins_cm: float = 2.5
    page_size: str = "A4"  # a key of PAGE_SIZES_CM
    document_title: str = "Briefing note"  # the form's name, shown in the Title style
    title_size_pt: float = 16
    heading_size_pt: float = 13
    party_size_pt: float = 11  # Heading 2: one per party in the positions
    header_size_pt: float = 9  # header and footer: the marking and "Page X of Y"
    heading_caps: bool = False  # section headings shown in capitals (the text stays as written)
    subject_caps: bool = False  # the subject line in bold capitals (Australia); the text stays as written
    label_width_cm: float = 3.2  # the title block's label column: its longest label on one line
    # how the receiving office writes a date: "day-month" (1 December 2026, the Commonwealth formats)
    # or "month-day" (December 1, 2026, a US memo); every date the export prints follows it
    date_style: str = DAY_MONTH

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES_CM:
            raise ValueError(f"style page_size must be one of {', '.join(PAGE_SIZES_CM)}, not {self.page_size!r}")
        for name in ("size_pt", "title_size_pt", "heading_size_pt", "party_size_pt", "header_size_pt"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 4 <= value <= 72:
                raise ValueError(f"style {name} must be a number of points from 4 to 72, not {value!r}")
        if (
            isinstance(self.label_width_cm, bool)
            or not isinstance(self.label_width_cm, (int, float))
            or not 1.5 <= self.label_width_cm <= 8
        ):
            raise ValueError(f"style label_width_cm must be a number from 1.5 to 8, not {self.label_width_cm!r}")
        if (
            isinstance(self.margins_cm, bool)
            or not isinstance(self.margins_cm, (int, float))
            or not 0.5 <= self.margins_cm <= 6
        ):
            raise ValueError(f"style margins_cm must be a number from 0.5 to 6, not {self.margins_cm!r}")
        if self.date_style not in DATE_STYLES:
            raise ValueError(f"style date_style must be one of {', '.join(DATE_STYLES)}, not {self.date_style!r}")
        for name in ("font", "heading_font", "document_title"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                raise ValueError(f"style {name} must be non-empty text")


PLACEMENTS = ("banner", "corner-first-page", "corner")
DEFAULT_PORTION_ABBREVIATIONS = (
    ("UNCLASSIFIED", "U"),
    ("CUI", "CUI"),
    ("CONFIDENTIAL", "C"),
    ("SECRET", "S"),
    ("TOP SECRET", "TS"),
)


def marking_key(classification: str) -> str:
    """A marking as rules compare it: capitals, single spaces ("Protected  b" -> "PROTECTED B")."""
    return " ".join(classification.split()).upper()


@dataclass(frozen=True)
class TemplateMarking:
    """Where a format's handling rules put the classification marking, as data.

    ``placement`` is the default for every level: ``banner`` (centred at the top and bottom
    of every page), ``corner`` (top right of every page) or ``corner-first-page`` (top right
    of the first page only); ``placements`` overrides it per level (Canada: PROTECTED B on
    the first page, PROTECTED C on every page). ``portion_marks`` puts the level's short form,
    e.g. "(U)", before the subject and before every body paragraph, as US memos require.
    """

    placement: str = "banner"
    placements: tuple[tuple[str, str], ...] = ()
    portion_marks: bool = False
    portion_abbreviations: tuple[tuple[str, str], ...] = DEFAULT_PORTION_ABBREVIATIONS
    # A caveat's short form in a portion mark (NOFORN is "NF": "(S//NF)"); a caveat not listed is written out.
    caveat_abbreviations: tuple[tuple[str, str], ...] = ()
    # The marking grammar: levels lowest first, and the caveats a level may carry after "//".
    # Empty means any text is accepted as written.
    levels: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    aliases: tuple[
        tuple[str, str], ...
    ] = ()  # another scheme's name -> this format's level (UK: UNCLASSIFIED -> OFFICIAL)
    authority_block: bool = False  # "Classified By / Reason / Declassify On" on classified documents (US)

    def __post_init__(self) -> None:
        for where in (self.placement, *(p for _, p in self.placements)):
            if where not in PLACEMENTS:
                raise ValueError(f"marking placement must be one of {', '.join(PLACEMENTS)}, not {where!r}")
        if not isinstance(self.portion_marks, bool):
            raise TypeError(f"marking portion_marks must be true or false, not {self.portion_marks!r}")
        for level, short in (*self.placements, *self.portion_abbreviations):
            if not level.strip() or not short.strip():
                raise ValueError("marking levels and abbreviations must be non-empty text")

    @classmethod
    def from_data(cls, data: Any) -> TemplateMarking:
        if not isinstance(data, dict):
            raise TypeError("the marking block must be an object")
        known = {
            "placement",
            "placements",
            "portion_marks",
            "portion_abbreviations",
            "caveat_abbreviations",
            "levels",
            "caveats",
            "authority_block",
            "aliases",
        }
        unknown = set(data) - known
        if unknown:
            raise TypeError(f"unknown marking settings: {', '.join(sorted(unknown))}")

        def pairs(name: str) -> tuple[tuple[str, str], ...]:
            value = data.get(name, {})
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise TypeError(f"marking {name} must map levels to text")
            return tuple((marking_key(str(k)), v.strip()) for k, v in value.items())

        return cls(
            placement=data.get("placement", "banner"),
            placements=pairs("placements"),
            portion_marks=data.get("portion_marks", False),
            portion_abbreviations=pairs("portion_abbreviations")
            if "portion_abbreviations" in data
            else DEFAULT_PORTION_ABBREVIATIONS,
            caveat_abbreviations=pairs("caveat_abbreviations"),
            levels=_texts(data.get("levels", []), "marking levels"),
            caveats=_texts(data.get("caveats", []), "marking caveats"),
            aliases=pairs("aliases"),
            authority_block=_flag(data.get("authority_block", False), "marking authority_block"),
        )

    def placement_for(self, classification: str) -> str:
        return dict(self.placements).get(marking_key(classification), self.placement)

    def portion_mark(self, classification: str) -> str:
        """``(U)`` for UNCLASSIFIED, ``(S//NF)`` for SECRET//NOFORN; "" when portion marks are off.

        A level or caveat the tables do not know is written out in full rather than guessed at.
        """
        key = marking_key(classification)
        if not self.portion_marks or not key:
            return ""
        level, *caveats = (part.strip() for part in key.split("//"))
        short = dict(self.portion_abbreviations).get(level, level)
        caveat_short = dict(self.caveat_abbreviations)
        return "(" + "//".join([short, *(caveat_short.get(c, c) for c in caveats if c)]) + ")"


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    sections: tuple[TemplateSection, ...]
    style: TemplateStyle = field(default_factory=TemplateStyle)
    marking: TemplateMarking = field(default_factory=TemplateMarking)

    required_metadata: tuple[str, ...] = ()  # Metadata field names the format cannot go out without
    page_limit: int | None = None  # the most pages the format allows (Canada: two)
    language: str = "en-GB"  # the spelling dictionary a brief in this format is checked with
    # The title block: (label, Metadata field or "title") rows in order; () means the default rows.
    title_block: tuple[tuple[str, str], ...] = ()
    memo_heading: str = ""  # a heading line over the rows, e.g. "INFORMATION MEMO FOR {to}"
    purposes: tuple[str, ...] = ()  # the purposes the format allows; () allows any

    def section(self, section_id: str) -> TemplateSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def section_for_slot(self, slot: Slot | str) -> TemplateSection | None:
        """The first section fed by ``slot``: where that slot's content goes in this format."""
        return next((s for s in self.sections if slot in s.slots), None)

    def slots_of(self, section_id: str) -> tuple[Slot, ...]:
        """The slots that feed ``section_id``; () for a section the pre-fill never feeds or an unknown id."""
        section = self.section(section_id)
        return section.slots if section is not None else ()

    def section_holds(self, section_id: str, slot: Slot | str) -> bool:
        """Is ``section_id`` where this format puts ``slot``'s content ("is this the positions section?")."""
        return slot in self.slots_of(section_id)

    def section_role(self, section_id: str) -> SectionRole:
        section = self.section(section_id)
        return section.role if section is not None else SectionRole.PLAIN

    @property
    def required_sections(self) -> tuple[TemplateSection, ...]:
        return tuple(s for s in self.sections if s.required)


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _parse(data: Any, origin: str) -> Template:
    try:
        sections = tuple(
            TemplateSection(
                id=str(s["id"]),
                heading=str(s["heading"]),
                guidance=str(s.get("guidance", "")),
                slots=tuple(_slot(slot) for slot in s.get("slots", [])),
                required=_flag(s.get("required", False), "required"),
                numbered=_flag(s.get("numbered", False), "numbered"),
                restart_numbering=_flag(s.get("restart_numbering", False), "restart_numbering"),
                decision=_texts(s.get("decision", []), "decision"),
            )
            for s in data["sections"]
        )
        style = TemplateStyle(**data.get("style", {}))
        marking = TemplateMarking.from_data(data.get("marking", {}))
        template = Template(
            id=str(data["id"]),
            name=str(data["name"]),
            description=str(data.get("description", "")),
            sections=sections,
            style=style,
            marking=marking,
            required_metadata=tuple(str(name) for name in data.get("required_metadata", [])),
            page_limit=_page_limit(data.get("page_limit")),
            language=_language(data.get("language", "en-GB")),
            title_block=tuple((str(label), str(name)) for label, name in data.get("title_block", [])),
            memo_heading=str(data.get("memo_heading", "")),
            purposes=_texts(data.get("purposes", []), "purposes"),
        )
    except UnknownSlotError as exc:
        raise TemplateError(f"template {origin} names unknown slots: {exc}") from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"template {origin} is malformed: {exc}") from exc
    return template


class UnknownSlotError(ValueError):
    pass


def _slot(name: Any) -> Slot:
    try:
        return Slot(str(name))
    except ValueError:
        raise UnknownSlotError(str(name)) from None


def _flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be true or false, not {value!r}")
    return value


def _language(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"language must be a language tag such as 'en-GB', not {value!r}")
    return value.strip()


def _texts(value: Any, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TypeError(f"{name} must be a list of non-empty text")
    return tuple(v.strip() for v in value)


def _page_limit(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"page_limit must be a whole number of pages, not {value!r}")
    return value


@cache
def load_templates() -> dict[str, Template]:
    """Every shipped template by id, the default first."""
    found: dict[str, Template] = {}
    for path in sorted(templates_dir().glob("*.json")):
        template = _parse(json.loads(path.read_text(encoding="utf-8")), path.name)
        found[template.id] = template
    if DEFAULT_TEMPLATE not in found:
        raise TemplateError(f"the default template '{DEFAULT_TEMPLATE}' is missing from {templates_dir()}")
    return {DEFAULT_TEMPLATE: found.pop(DEFAULT_TEMPLATE), **found}


def get_template(template_id: str | None = None) -> Template:
    """The template ``template_id`` (the default when empty); ``TemplateError`` naming an unknown id."""
    templates = load_templates()
    key = template_id or DEFAULT_TEMPLATE
    if key not in templates:
        raise TemplateError(f"unknown template '{key}'; choose one of: {', '.join(templates)}")
    return templates[key]


def find_template(template_id: str | None) -> Template | None:
    """The template ``template_id``, or None when this installation has no such template."""
    return load_templates().get((template_id or "").strip() or DEFAULT_TEMPLATE)


def template_or_default(template_id: str | None) -> Template:
    """The tolerant lookup for briefs and Word files made elsewhere: an unknown id is logged by name
    and the default template stands in, so the brief still opens, exports and re-templates."""
    found = find_template(template_id)
    if found is None:
        logger.warning("unknown template %r; using %r", template_id, DEFAULT_TEMPLATE)
        return get_template(DEFAULT_TEMPLATE)
    return found
