"""Templates are data: ``resources/templates/*.json`` say which sections a format has.

Each template section names the pre-fill *slots* that feed it (summary, context, key_issues,
positions, outlook), so one pre-fill serves every format and switching format carries the
content across by slot.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing.errors import TemplateError
from briefing.resources import resources_dir

DEFAULT_TEMPLATE = "briefing-note"
SLOTS = ("summary", "context", "key_issues", "positions", "outlook")


@dataclass(frozen=True)
class TemplateSection:
    id: str
    heading: str
    guidance: str
    slots: tuple[str, ...]


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

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES_CM:
            raise ValueError(f"style page_size must be one of {', '.join(PAGE_SIZES_CM)}, not {self.page_size!r}")
        for name in ("size_pt", "title_size_pt", "heading_size_pt", "party_size_pt", "header_size_pt"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 4 <= value <= 72:
                raise ValueError(f"style {name} must be a number of points from 4 to 72, not {value!r}")
        if isinstance(self.margins_cm, bool) or not isinstance(self.margins_cm, (int, float)) \
                or not 0.5 <= self.margins_cm <= 6:
            raise ValueError(f"style margins_cm must be a number from 0.5 to 6, not {self.margins_cm!r}")
        for name in ("font", "heading_font", "document_title"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                raise ValueError(f"style {name} must be non-empty text")


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    sections: tuple[TemplateSection, ...]
    style: TemplateStyle = field(default_factory=TemplateStyle)

    def section(self, section_id: str) -> TemplateSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def section_for_slot(self, slot: str) -> TemplateSection | None:
        """The first section fed by ``slot``: where that slot's content goes in this format."""
        return next((s for s in self.sections if slot in s.slots), None)


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _parse(data: Any, origin: str) -> Template:
    try:
        sections = tuple(
            TemplateSection(id=str(s["id"]), heading=str(s["heading"]), guidance=str(s.get("guidance", "")),
                            slots=tuple(str(slot) for slot in s.get("slots", [])))
            for s in data["sections"])
        style = TemplateStyle(**data.get("style", {}))
        template = Template(id=str(data["id"]), name=str(data["name"]),
                            description=str(data.get("description", "")), sections=sections, style=style)
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"template {origin} is malformed: {exc}") from exc
    unknown = {slot for s in sections for slot in s.slots} - set(SLOTS)
    if unknown:
        raise TemplateError(f"template {origin} names unknown slots: {', '.join(sorted(unknown))}")
    return template


@lru_cache(maxsize=None)
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
    templates = load_templates()
    key = template_id or DEFAULT_TEMPLATE
    if key not in templates:
        raise TemplateError(f"unknown template '{key}'; choose one of: {', '.join(templates)}")
    return templates[key]
