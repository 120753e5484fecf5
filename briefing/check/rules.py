"""The findings about the brief's shape rather than its words: review, required sections and
fields, length, repeats, items that lean on what came before and quotations left open."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from briefing import markings, placeholders
from briefing import wordfile as w
from briefing.check.context import unresolved_opener
from briefing.check.findings import Finding
from briefing.model import Brief
from briefing.quote_marks import unpaired
from briefing.repeats import first_repeated, meaningful_words
from briefing.templates import SectionRole, Template

FIELD_NAMES = {
    "to": "To",
    "from": "From",
    "date": "Date",
    "drafter": "Drafted by",
    "contact": "Contact",
    "file_number": "File number",
    "purpose": "Purpose",
    "classification": "Classification",
    "through": "Through",
    "copies_to": "Copies to",
    "critical_date": "Critical date",
    "classified_by": "Classified By",
    "classification_reason": "Reason",
    "declassify_on": "Declassify On",
}


def unreviewed(brief: Brief) -> Iterator[Finding]:
    for section in brief.sections:
        for index, item in enumerate(section.items):
            if item.origin == "prefill" and not item.reviewed:
                yield Finding(
                    "unreviewed",
                    "pre-filled and not yet reviewed: edit it or tick Reviewed",
                    section.id,
                    index,
                    0,
                    len(item.text),
                )


def left_placeholders(brief: Brief) -> Iterator[Finding]:
    """Template placeholders ("[addressee]", "[to be completed]") still in the title, a field or
    an item: the export highlights them, but the note must not go out with them."""
    found = placeholders.first(brief.title)
    if found:
        yield Finding(
            "placeholder", f"The title still holds the placeholder “{found}”: fill it in", field="title", words=found
        )
    for key, value in brief.metadata.to_dict().items():
        found = placeholders.first(str(value))
        if found:
            yield Finding(
                "placeholder",
                f"{FIELD_NAMES.get(key, key)} still holds the placeholder “{found}”: fill it in",
                field=key,
                words=found,
            )
    for section in brief.sections:
        found = placeholders.first(section.heading)
        if found:
            message = f"the heading still holds the placeholder “{found}”: fill it in"
            yield Finding("placeholder", message, section.id, words=found)
        for index, item in enumerate(section.items):
            for what, value in (("label", item.label), ("speaker", item.speaker)):
                found = placeholders.first(value or "")
                if found:
                    message = f"the {what} “{found}” is a placeholder: fill it in"
                    yield Finding("placeholder", message, section.id, index, words=found)
            for start, end in placeholders.find(item.text):
                words = item.text[start:end]
                message = f"“{words}” is a placeholder: fill it in or delete it"
                yield Finding("placeholder", message, section.id, index, start, end, words=words)


def placeholders_the_export_fills_in(brief: Brief, template: Template) -> Iterator[Finding]:
    """The gaps the export itself would show: a memo line "MEMO FOR [addressee]" when To is
    empty, and "[to be completed]" in a classified memo's Classified By / Reason / Declassify On."""
    meta = brief.metadata
    if template.memo_heading and "{to}" in template.memo_heading and not meta.to.strip():
        yield Finding(
            "placeholder",
            f"To is empty: the memo line would read “{placeholders.ADDRESSEE}”; fill it in",
            field="to",
            words=placeholders.ADDRESSEE,
        )
    if template.marking.authority_block and markings.rank(meta.classification, template.marking) > 0:
        for label, field_name in w.AUTHORITY_ROWS:
            if not str(getattr(meta, field_name)).strip():
                yield Finding(
                    "placeholder",
                    f"{label} is empty: a classified memo would show “{placeholders.TO_BE_COMPLETED}”; fill it in",
                    field=field_name,
                    words=placeholders.TO_BE_COMPLETED,
                )


def empty_sections(brief: Brief, template: Template) -> Iterator[Finding]:
    for required in template.required_sections:
        section = brief.section(required.id)
        if section is None or not any(item.text.strip() for item in section.items):
            yield Finding("empty-section", f"{required.heading} is empty; the {template.name} requires it", required.id)


def missing_metadata(brief: Brief, template: Template) -> Iterator[Finding]:
    values = brief.metadata.to_dict()
    for name in template.required_metadata:
        key = "from" if name == "from_" else name
        if not str(values.get(key, "")).strip():
            label = FIELD_NAMES.get(key, key)
            yield Finding("missing-metadata", f"{label} is empty; the {template.name} requires it", field=key)


def too_long(brief: Brief, template: Template, pages: Callable[[Brief], int]) -> Iterator[Finding]:
    if template.page_limit is None:
        return
    estimate = pages(brief)
    if estimate > template.page_limit:
        yield Finding(
            "too-long",
            f"about {estimate} pages as exported; the {template.name} allows {template.page_limit}",
        )


def needs_context(brief: Brief, template: Template) -> Iterator[Finding]:
    for section in brief.sections:
        shows_speaker = template.section_role(section.id) != SectionRole.PLAIN
        for index, item in enumerate(section.items):
            span = unresolved_opener(item.text, item.speaker, shows_speaker)
            if span is not None:
                yield Finding(
                    "needs-context",
                    f"opens on “{item.text[span[0] : span[1]]}”, which points back at something this item "
                    "does not name; say who or what",
                    section.id,
                    index,
                    *span,
                )


def unpaired_quotation_marks(brief: Brief) -> Iterator[Finding]:
    """A quotation mark with no partner: a trimmed quotation that lost its closing mark misquotes, as the reader
    cannot tell where the speaker's words end (and the check cannot compare them with the article)."""
    for section in brief.sections:
        for index, item in enumerate(section.items):
            for start, end, opens in unpaired(item.text):
                message = (
                    "opens a quotation that never closes: mark where the quoted words end"
                    if opens
                    else "closes a quotation that never opened: mark where the quoted words begin"
                )
                yield Finding("quotation-marks", message, section.id, index, start, end)


def duplicates(brief: Brief) -> Iterator[Finding]:
    """Items that say the same thing: nearly all their words shared (the later one is reported)."""
    places = [(section, index) for section in brief.sections for index in range(len(section.items))]
    word_sets = [meaningful_words(section.items[index].text) for section, index in places]
    for (section, index), match in zip(places, first_repeated(word_sets), strict=True):
        if match is not None:
            other_section, other_index = places[match]
            yield Finding(
                "duplicate",
                f"says the same as item {other_index + 1} of {other_section.heading}",
                section.id,
                index,
                0,
                len(section.items[index].text),
            )
