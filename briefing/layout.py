"""Lay pre-filled slot content out as a template's sections, and carry a brief to another template.

The pre-fill fills *slots* (summary, context, key_issues, positions, outlook); a template
says which of its sections each slot feeds. Switching template is planned first: a
``TemplatePlan`` says which item object goes to which section, at which index, by identity,
so the window can apply it as one undoable step and nothing is copied or matched by value.

Every item has a *home*: the slot it belongs to, or for a section no slot feeds (a
Recommendation) that section's id. A section fed by one slot implies its items' home; in a
section fed by several (the US memo's Discussion) or a stand-in section, the home is kept on
the item (``Item.home``), so any sequence of switches and back gives the original layout.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.markings import MarkingError, normalise_marking
from briefing.model import Brief, Item, Section
from briefing.templates import SLOTS, Slot, Template, TemplateSection, find_template


def implied_home(section: TemplateSection) -> str | None:
    """The home a section gives every item in it; None for a section fed by several slots."""
    if len(section.slots) == 1:
        return section.slots[0]
    return section.id if not section.slots else None


def sections_from_slots(slot_items: dict[str, list[Item]], template: Template) -> list[Section]:
    """One Section per template section, holding the items of every slot that feeds it."""
    sections = [Section(id=s.id, heading=s.heading) for s in template.sections]
    by_id = {s.id: s for s in sections}
    for slot, items in slot_items.items():
        target = template.section_for_slot(slot)
        if target is None:
            continue
        keep = None if implied_home(target) == slot else slot
        for item in items:
            item.home = keep
        by_id[target.id].items.extend(items)
    return sections


def home_of(item: Item, template: Template | None, section_id: str) -> str:
    """Where ``item``, sitting in ``section_id`` of ``template``, belongs: a slot or a section id."""
    if item.home:
        return item.home
    spec = template.section(section_id) if template is not None else None
    if spec is None:
        return section_id  # an unknown template or section: the id is all there is to go by
    implied = implied_home(spec)
    if implied is not None:
        return implied
    # A section fed by several slots and an item that never left it (written there by hand,
    # or from a brief older than homes): a named speaker marks a position.
    if item.speaker and Slot.POSITIONS in spec.slots:
        return Slot.POSITIONS
    return next((s for s in spec.slots if s != Slot.POSITIONS), spec.slots[0])


def section_for_home(home: str, template: Template) -> TemplateSection:
    """The section of ``template`` an item with ``home`` goes to; its last section if none fits,
    so a switch never loses the writer's words."""
    found = template.section_for_slot(home) if home in SLOTS else None
    return found or template.section(home) or template.sections[-1]


@dataclass(frozen=True)
class Placement:
    """One item's place after a switch: the section, the index in it, and the home it keeps."""

    item: Item
    section_id: str
    index: int
    home: str | None


@dataclass(frozen=True)
class PlannedSection:
    id: str
    heading: str
    items: tuple[Item, ...]
    homes: tuple[str | None, ...]  # the ``Item.home`` each item gets, index for index


@dataclass(frozen=True)
class TemplatePlan:
    """A brief's layout in a template, holding the brief's own item objects (not copies)."""

    template_id: str
    sections: tuple[PlannedSection, ...]
    # the classification and purpose the brief takes in this layout, in the format's own terms (a UK
    # submission is OFFICIAL, not UNCLASSIFIED; an information memo is for information): the window shows
    # what the Word file will say. None leaves the field as it is.
    classification: str | None = None
    purpose: str | None = None

    def placements(self) -> Iterator[Placement]:
        for section in self.sections:
            for index, (item, home) in enumerate(zip(section.items, section.homes, strict=True)):
                yield Placement(item, section.id, index, home)

    def apply(self, brief: Brief) -> None:
        """Lay ``brief`` out as planned, in place; ValueError if the brief's items are not the plan's."""
        planned = {id(item) for section in self.sections for item in section.items}
        present = [id(item) for item in brief.items()]
        if len(planned) != len(present) or planned != set(present):
            raise ValueError("the plan was made for other items: plan the switch again")
        self.set_homes()
        brief.template = self.template_id
        brief.sections = self.new_sections()
        if self.classification is not None:
            brief.metadata.classification = self.classification
        if self.purpose is not None:
            brief.metadata.purpose = self.purpose

    def set_homes(self) -> None:
        """Give each item the home it keeps in this layout (part of applying, and of undoing)."""
        for placement in self.placements():
            placement.item.home = placement.home

    def new_sections(self) -> list[Section]:
        """Fresh Section objects holding the planned items, for a brief (or an undo command) to adopt."""
        return [Section(id=s.id, heading=s.heading, items=list(s.items)) for s in self.sections]


def current_layout(brief: Brief) -> TemplatePlan:
    """The brief's layout as it is now: applying it undoes a later switch."""
    return TemplatePlan(
        brief.template,
        tuple(
            PlannedSection(s.id, s.heading, tuple(s.items), tuple(item.home for item in s.items))
            for s in brief.sections
        ),
        brief.metadata.classification,
        brief.metadata.purpose,
    )


def plan_template_switch(brief: Brief, template: Template) -> TemplatePlan:
    """Where every item of ``brief`` goes in ``template``: each to the section for its home.

    Linear in the number of items. Within a section, items keep their order, grouped by home
    in the order of the section's slots (key issues before positions in a Discussion).
    """
    old = find_template(brief.template)
    incoming: dict[str, list[tuple[Item, str]]] = {s.id: [] for s in template.sections}
    for section in brief.sections:
        for item in section.items:
            home = home_of(item, old, section.id)
            incoming[section_for_home(home, template).id].append((item, home))
    planned = []
    for spec in template.sections:
        rank: dict[str, int] = {slot: index for index, slot in enumerate(spec.slots)}
        entries = sorted(incoming[spec.id], key=lambda entry: rank.get(entry[1], len(rank)))
        implied = implied_home(spec)
        planned.append(
            PlannedSection(
                spec.id,
                spec.heading,
                tuple(item for item, _ in entries),
                tuple(None if home == implied else home for _, home in entries),
            )
        )
    return TemplatePlan(template.id, tuple(planned), *metadata_in(brief, template))


def metadata_in(brief: Brief, template: Template) -> tuple[str | None, str | None]:
    """The classification and purpose ``brief`` takes in ``template``: the same marking in the format's
    spelling, and a purpose the format allows. A marking the format does not have stays as it is (the
    check and the export say so): nothing is ever marked lower behind the writer's back. None: as it is.
    A new brief takes the same (``workflow.apply_defaults``)."""
    classification: str | None = None
    try:
        classification = normalise_marking(brief.metadata.classification, template.marking)
    except MarkingError:
        pass
    purpose = template.purposes[0] if template.purposes and brief.metadata.purpose not in template.purposes else None
    return classification, purpose


def settle(item: Item, template: Template | None, section_id: str) -> None:
    """Make ``item`` belong where the writer moved it (``section_id``): call after a move by hand."""
    spec = template.section(section_id) if template is not None else None
    if spec is None or implied_home(spec) is not None or item.home not in spec.slots:
        item.home = None  # the section says it, or (among several slots) the item's speaker will


def switch_template(brief: Brief, template: Template) -> Brief:
    """A copy of ``brief`` laid out in ``template`` (the command line's way; the window applies a plan)."""
    switched = copy.deepcopy(brief)
    plan_template_switch(switched, template).apply(switched)
    return switched
