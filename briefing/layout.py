"""Lay pre-filled slot content out as a template's sections, and carry a brief to another template.

The pre-fill fills *slots* (summary, context, key_issues, positions, outlook); a template
says which of its sections each slot feeds. Switching template moves every item to the
new section fed by the slot its old section was fed by, so nothing is dropped.
"""

from __future__ import annotations

import copy

from briefing.errors import TemplateError
from briefing.model import Brief, Item, Section
from briefing.templates import Template, get_template


def sections_from_slots(slot_items: dict[str, list[Item]], template: Template) -> list[Section]:
    """One Section per template section, holding the items of every slot that feeds it."""
    sections = [Section(id=s.id, heading=s.heading) for s in template.sections]
    by_id = {s.id: s for s in sections}
    for slot, items in slot_items.items():
        target = template.section_for_slot(slot)
        if target is not None:
            by_id[target.id].items.extend(items)
    return sections


def switch_template(brief: Brief, template: Template) -> Brief:
    """A copy of ``brief`` laid out in ``template``, every item carried across by slot.

    Items of a section that no slot feeds, or whose slot the new template lacks, go to the
    new template's section with the same id if there is one, else to its last section,
    so a switch never loses the writer's words.
    """
    try:
        old_template = get_template(brief.template)
    except TemplateError:  # an unknown template id in a loaded brief: carry by section id only
        old_template = None
    new = copy.deepcopy(brief)
    new.template = template.id
    new.sections = [Section(id=s.id, heading=s.heading) for s in template.sections]
    by_id = {s.id: s for s in new.sections}
    for old in copy.deepcopy(brief.sections):
        target = by_id.get(old.id) if old_template is None else None
        if old_template is not None:
            old_def = old_template.section(old.id)
            for slot in old_def.slots if old_def else ():
                found = template.section_for_slot(slot)
                if found is not None:
                    target = by_id[found.id]
                    break
            if target is None:
                target = by_id.get(old.id)
        if target is None:
            target = new.sections[-1]
        target.items.extend(old.items)
    return new
