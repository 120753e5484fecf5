"""Templates are data: every shipped template is valid, and switching carries content by slot."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import TemplateError
from briefing.layout import current_layout, plan_template_switch, sections_from_slots, settle, switch_template
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


# --- switching is a plan over the brief's own items, and any sequence of switches comes back -------

TEMPLATE_IDS = list(load_templates())


def _layout(brief: Brief) -> list[tuple[str, list[tuple[int, str | None]]]]:
    """Sections with their items by identity and the home each keeps."""
    return [(s.id, [(id(i), i.home) for i in s.items]) for s in brief.sections]


def _rich_brief_in(template_id: str, per_slot: int, own: int) -> Brief:
    """A brief as the pre-fill lays it out, plus the writer's own items in sections no slot feeds."""
    slots = {
        slot: [
            Item(f"{slot} {n}", speaker="Wang Yi" if slot == "positions" and n % 2 else None) for n in range(per_slot)
        ]
        for slot in SLOTS
    }
    brief = Brief(title="t", template=template_id, sections=sections_from_slots(slots, get_template(template_id)))
    for spec, section in zip(get_template(template_id).sections, brief.sections, strict=True):
        if not spec.slots:
            section.items.extend(Item(f"{spec.id} own {n}") for n in range(own))
    return brief


def test_the_issue_13_round_trip_gives_positions_back() -> None:
    brief = _rich_brief_in("briefing-note", per_slot=10, own=0)
    before = _layout(brief)
    for target in ("canada-briefing-note", "us-information-memo", "uk-submission", "briefing-note"):
        plan_template_switch(brief, get_template(target)).apply(brief)
    assert _layout(brief) == before
    assert len(brief.section("positions").items) == 10 and len(brief.section("key_issues").items) == 10


@settings(max_examples=120, deadline=None)
@given(
    start=st.sampled_from(TEMPLATE_IDS),
    path=st.lists(st.sampled_from(TEMPLATE_IDS), max_size=8),
    per_slot=st.integers(0, 3),
    own=st.integers(0, 2),
)
def test_any_sequence_of_switches_and_back_restores_the_layout(
    start: str, path: list[str], per_slot: int, own: int
) -> None:
    brief = _rich_brief_in(start, per_slot, own)
    before = _layout(brief)
    items = {id(i) for i in brief.items()}
    for target in [*path, start]:
        plan_template_switch(brief, get_template(target)).apply(brief)
        assert {id(i) for i in brief.items()} == items, "no item is lost, copied or duplicated"
    assert _layout(brief) == before


def test_the_plan_places_the_briefs_own_items_and_undo_restores() -> None:
    brief = _rich_brief_in("briefing-note", per_slot=2, own=0)
    positions = list(brief.section("positions").items)
    undo = current_layout(brief)
    before = _layout(brief)
    plan = plan_template_switch(brief, get_template("us-information-memo"))
    assert brief.template == "briefing-note", "planning changes nothing"
    placed = {id(p.item): (p.section_id, p.index, p.home) for p in plan.placements()}
    assert [placed[id(i)] for i in positions] == [("discussion", 2, "positions"), ("discussion", 3, "positions")]
    plan.apply(brief)
    assert brief.section("discussion").items[2] is positions[0]
    undo.apply(brief)
    assert _layout(brief) == before and brief.template == "briefing-note"


def test_a_stale_plan_is_refused() -> None:
    brief = _rich_brief_in("briefing-note", per_slot=1, own=0)
    plan = plan_template_switch(brief, get_template("uk-submission"))
    brief.sections[0].items.append(Item("typed after planning"))
    with pytest.raises(ValueError, match="plan"):
        plan.apply(brief)


def test_an_item_moved_by_hand_settles_where_it_was_put() -> None:
    brief = switch_template(_rich_brief_in("briefing-note", 1, 0), get_template("us-information-memo"))
    item = brief.section("discussion").items[-1]
    assert item.home == "positions"
    brief.section("discussion").items.remove(item)
    brief.section("outlook").items.append(item)
    settle(item, get_template("us-information-memo"), "outlook")
    back = switch_template(brief, get_template("briefing-note"))
    assert back.section("outlook").items[-1].text == item.text


def test_a_speaker_in_a_mixed_section_without_a_home_is_a_position() -> None:
    brief = Brief(
        title="t",
        template="us-information-memo",
        sections=[
            Section("discussion", "Discussion", [Item("Trade is the issue."), Item("We will talk.", speaker="Wang")])
        ],
    )
    back = switch_template(brief, get_template("briefing-note"))
    assert [i.text for i in back.section("key_issues").items] == ["Trade is the issue."]
    assert [i.text for i in back.section("positions").items] == ["We will talk."]


@pytest.mark.parametrize(
    ("target", "marking", "purpose", "classification", "expected_purpose"),
    [
        ("uk-submission", "UNCLASSIFIED", "For information", "OFFICIAL", "For information"),  # the format's word
        ("us-action-memo", "SECRET", "For information", "SECRET", "For decision"),  # an action memo asks a decision
        ("uk-submission", "CONFIDENTIAL", "For information", "CONFIDENTIAL", "For information"),  # never marked lower
        # the UK and Australian baseline is the US and Canadian one: an OFFICIAL brief switched to a
        # US memo kept OFFICIAL, which its export refused ("not one the Action memo (US) allows")
        ("us-action-memo", "OFFICIAL", "For information", "UNCLASSIFIED", "For decision"),
        ("canada-briefing-note", "OFFICIAL", "For information", "UNCLASSIFIED", "For information"),
        ("us-information-memo", "OFFICIAL-SENSITIVE", "For information", "OFFICIAL-SENSITIVE", "For information"),
    ],
)
def test_a_switch_carries_the_marking_and_purpose_into_the_formats_terms(
    target: str, marking: str, purpose: str, classification: str, expected_purpose: str
) -> None:
    brief = Brief(title="T", template="briefing-note", sections=[Section("summary", "Summary", [Item("A point.")])])
    brief.metadata.classification, brief.metadata.purpose = marking, purpose
    switched = switch_template(brief, get_template(target))
    assert (switched.metadata.classification, switched.metadata.purpose) == (classification, expected_purpose)
    plan = plan_template_switch(brief, get_template(target))
    before = current_layout(brief)
    plan.apply(brief)
    before.apply(brief)  # the window's undo
    assert (brief.metadata.classification, brief.metadata.purpose) == (marking, purpose)


def test_every_title_block_label_fits_its_column_on_one_line() -> None:
    """The Australian 'Contact officer:' broke over two lines in its 3.2 cm column (seen in
    LibreOffice's render). Measured with the shipped bold face, as the PDF and LibreOffice set it."""
    from fontTools.ttLib import TTFont

    from briefing import wordfile
    from briefing.export.pdf import CELL_RIGHT_PADDING_PT, PT_PER_CM
    from briefing.export.pdf_fonts import family_for, font_file

    for template_id in load_templates():
        template = get_template(template_id)
        font = TTFont(font_file(family_for(template.style.font), "B"))
        glyphs, advances, em = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
        room = template.style.label_width_cm * PT_PER_CM - CELL_RIGHT_PADDING_PT
        for label, _field in template.title_block or wordfile.TITLE_BLOCK_ROWS:
            width = sum(advances[glyphs[ord(char)]][0] for char in f"{label}:") / em * template.style.size_pt
            assert width <= room, f"{template_id}: '{label}:' is {width:.1f} pt in a {room:.1f} pt column"
