"""Templates are data: every shipped template is valid, and switching carries content by slot."""

from __future__ import annotations

import pytest

from briefing.errors import TemplateError
from briefing.layout import sections_from_slots, switch_template
from briefing.model import Brief, Item, Section
from briefing.templates import SLOTS, get_template, load_templates


def test_default_template_has_exactly_the_fixed_sections() -> None:
    template = get_template()
    assert template.id == "briefing-note"
    assert [s.id for s in template.sections] == ["summary", "context", "key_issues", "positions", "outlook"]
    assert [s.slots for s in template.sections] == [(slot,) for slot in SLOTS]


@pytest.mark.parametrize(
    "template_id", ["briefing-note", "canada-briefing-note", "us-information-memo", "uk-submission"]
)
def test_every_template_is_complete(template_id: str) -> None:
    template = get_template(template_id)
    assert template.name and template.description
    ids = [s.id for s in template.sections]
    assert len(ids) == len(set(ids)), "section ids must be unique"
    for section in template.sections:
        assert section.heading and section.guidance, f"{template_id}.{section.id} needs heading and guidance"
        assert "\n" not in section.guidance
    fed = {slot for s in template.sections for slot in s.slots}
    assert fed == set(SLOTS), f"{template_id} drops pre-fill slots {set(SLOTS) - fed}"


def test_canadian_and_us_formats_follow_the_guidance() -> None:
    canada = [s.heading for s in get_template("canada-briefing-note").sections]
    assert canada == [
        "Purpose",
        "Summary",
        "Background",
        "Current status",
        "Key considerations",
        "Next steps",
        "Recommendation",
    ]
    us = [s.heading for s in get_template("us-information-memo").sections]
    assert us[0] == "Bottom line up front" and us[1:] == ["Background", "Discussion", "Outlook"]


def test_unknown_template_lists_the_choices() -> None:
    with pytest.raises(TemplateError, match="briefing-note"):
        get_template("no-such-format")


def _brief_in(template_id: str) -> Brief:
    slots = {slot: [Item(f"{slot} item", origin="prefill")] for slot in SLOTS}
    return Brief(title="t", template=template_id, sections=sections_from_slots(slots, get_template(template_id)))


def test_sections_from_slots_follow_the_template() -> None:
    brief = _brief_in("us-information-memo")
    assert {s.id: [i.text for i in s.items] for s in brief.sections} == {
        "bluf": ["summary item"],
        "background": ["context item"],
        "discussion": ["key_issues item", "positions item"],
        "outlook": ["outlook item"],
    }


@pytest.mark.parametrize("start, target", [(a, b) for a in load_templates() for b in load_templates() if a != b])
def test_switching_template_keeps_every_item(start: str, target: str) -> None:
    brief = _brief_in(start)
    brief.sections[0].items.append(Item("the writer's own words"))
    switched = switch_template(brief, get_template(target))
    assert switched.template == target
    assert [s.id for s in switched.sections] == [s.id for s in get_template(target).sections]
    assert sorted(i.text for i in switched.items()) == sorted(i.text for i in brief.items())
    assert brief.template == start, "the original brief is not changed"


def test_round_trip_through_another_template_restores_slots() -> None:
    brief = _brief_in("briefing-note")
    there = switch_template(brief, get_template("canada-briefing-note"))
    back = switch_template(there, get_template("briefing-note"))
    assert [(s.id, [i.text for i in s.items]) for s in back.sections] == [
        (s.id, [i.text for i in s.items]) for s in brief.sections
    ]


def test_section_no_slot_feeds_keeps_its_items() -> None:
    brief = Brief(
        title="t",
        template="canada-briefing-note",
        sections=[Section("recommendation", "Recommendation", [Item("Approve the visit.")])],
    )
    switched = switch_template(brief, get_template("briefing-note"))
    assert [i.text for i in switched.items()] == ["Approve the visit."]
