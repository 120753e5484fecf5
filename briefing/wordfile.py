"""The Word file Briefing writes and reads back: the one contract between exporter and importer.

Style names, title-block labels, custom property names, the displayed date format and how
custom properties are read live here, so the exporter (``briefing.export``) and the importer
(``briefing.importer``) both take them from one place and neither imports the other.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from briefing.calendar_words import MONTHS

logger = logging.getLogger(__name__)

# Custom document properties (docProps/custom.xml). MARKER_PROPERTY tells a Briefing export
# from any other .docx; the others let the importer restore what the page does not show.
MARKER_PROPERTY = "BriefingFormat"
VERSION_PROPERTY = "BriefingFormatVersion"
TEMPLATE_PROPERTY = "BriefingTemplate"
CLASSIFICATION_PROPERTY = "Classification"

# Paragraph styles (built-in Word styles, by their UI names) and our character styles.
STYLE_TITLE = "Title"
STYLE_SECTION = "Heading 1"
STYLE_PARTY = "Heading 2"
STYLE_ITEM = "List Bullet"
STYLE_ITEM_CONTINUED = "List Continue"
STYLE_NOTE = "Source Note"  # paragraph style of the numbered notes at the end (exports before footnotes)
STYLE_PROSE = "Normal"
STYLE_LEAD_IN = "Lead-in"  # character style: a key issue's bold short name ("Taiwan: ...")
STYLE_SPEAKER = "Speaker"  # character style: who holds a position, bold ("Wang Yi: ...")
STYLE_MARKING = "Classification Marking"  # paragraph style of the marking in header and footer
STYLE_NOTE_REF = "Source Note Reference"  # character style: the superscript note number (before footnotes)
STYLE_FOOTNOTE_TEXT = "footnote text"  # Word's built-in styles, by their stored names
STYLE_FOOTNOTE_REF = "footnote reference"
STYLE_PORTION_MARK = "Portion Mark"  # character style: "(U) " before the subject and each body paragraph
STYLE_PLACEHOLDER = "Placeholder"  # character style, highlighted: "[Recommendation to be completed]"
PORTION_MARK_SEPARATOR = " "
PLACEHOLDER_TEXT = "[{heading} to be completed]"  # a required section the writer left empty
# A pre-filled item nobody reviewed must never read as reviewed: a flag opens it, and a notice
# under the title block tells the reader how many there are. The importer drops both.
STYLE_REVIEW_FLAG = "Review Flag"  # character style, highlighted: "[Not reviewed] "
STYLE_REVIEW_NOTICE = "Review Notice"  # paragraph style of the draft notice under the title block
REVIEW_FLAG_TEXT = "[Not reviewed]"
REVIEW_FLAG_SEPARATOR = " "


def as_lead(text: str) -> str:
    """How a speaker's lead-in or a group's heading shows a name: one opening on a lower-case word
    starts with a capital, as a line does ("major civil rights group" heads its group as "Major
    civil rights group"); a word with a capital inside ("eBay") is a name and stays as it is."""
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first and first.islower() else text


def review_notice(unreviewed: int, total: int) -> str:
    """The notice a draft with unreviewed pre-filled items opens with, e.g. "Draft: 3 of 26 items ..."."""
    one = unreviewed == 1
    return (
        f"Draft: {unreviewed} of {total} item{'' if total == 1 else 's'} "
        f"{'was' if one else 'were'} filled in automatically from the source article and "
        f"{'has' if one else 'have'} not been reviewed by the writer; "
        f"{'it is' if one else 'each is'} marked {REVIEW_FLAG_TEXT}."
    )


# Title block rows, in order: (label shown, metadata field). "title" means Brief.title.
TITLE_BLOCK_ROWS = (
    ("To", "to"),
    ("From", "from_"),
    ("Date", "date"),
    ("Subject", "title"),
    ("File", "file_number"),
    ("Purpose", "purpose"),
    ("Drafted by", "drafter"),
    ("Contact", "contact"),
)

DATE_FIELDS = ("date", "critical_date")  # shown in the layout's date style, read back as ISO dates

# The classification authority block of a classified US memo: (label, Metadata field).
AUTHORITY_ROWS = (
    ("Classified By", "classified_by"),
    ("Reason", "classification_reason"),
    ("Declassify On", "declassify_on"),
)
STYLE_AUTHORITY = "Classification Authority"  # paragraph style of those lines
STYLE_DECISION = "Decision Options"  # paragraph style: "Agreed / Not agreed / Please discuss"
STYLE_NUMBERED_ITEM = "List Number"  # items in a section whose paragraphs are numbered
# A numbered item's further lines: List Continue sits at the bullets' text column, this one at the
# numbers' (wider, for "10."); the name starts "List Continue" so any reader of ours takes it as one.
STYLE_NUMBERED_ITEM_CONTINUED = "List Continue Number"

# The closing blocks after the template's sections.
SOURCE_HEADING = "Source"
SOURCE_ROWS = (
    ("Article", "title"),
    ("Outlet", "outlet"),
    ("Author", "author"),
    ("Published", "date"),
)
NOTES_HEADING = "Source notes"
LEAD_IN_SEPARATOR = ": "

# Dates are written as the receiving office writes them: "1 December 2026" in the Commonwealth
# formats, "December 1, 2026" in a US memo (the template's ``date_style``); month names are spelled
# out (calendar_words) rather than taken from the C library's locale. Read back, either style (and
# "Dec. 1, 2026", as a colleague may type it in Word) gives the same ISO date.
DAY_MONTH = "day-month"  # 1 December 2026
MONTH_DAY = "month-day"  # December 1, 2026
DATE_STYLES = (DAY_MONTH, MONTH_DAY)

_ISO_DATE = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*$")
_MONTH = r"([^\W\d_]{3,9})(?:\.)?"  # a month's name, or its first three or more letters ("Dec.", "Sept.")
_DAY = r"([0-9]{1,2})(?:st|nd|rd|th)?"
_DAY_FIRST = re.compile(rf"^\s*{_DAY}\s+{_MONTH},?\s+([0-9]{{4}})\s*$", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"^\s*{_MONTH}\s+{_DAY},?\s+([0-9]{{4}})\s*$", re.IGNORECASE)


def _month_number(word: str) -> int | None:
    """1 for "January", "Jan" or "jan"; None for any other word (three letters tell every month apart)."""
    word = word.lower()
    return next((n for n, name in enumerate(MONTHS, 1) if name.lower().startswith(word)), None)


def parse_date(text: str) -> dt.date | None:
    """The day ``text`` names as written in a brief: ``2026-12-01``, ``1 December 2026``,
    ``December 1, 2026`` or ``Dec. 1, 2026``; None for anything else (or a day no calendar has)."""
    month: int | None
    if match := _ISO_DATE.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _DAY_FIRST.match(text):
        year, month, day = int(match[3]), _month_number(match[2]), int(match[1])
    elif match := _MONTH_FIRST.match(text):
        year, month, day = int(match[3]), _month_number(match[1]), int(match[2])
    else:
        return None
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def display_date(value: str, style: str = DAY_MONTH) -> str:
    """A date as the layout's ``style`` writes it: ``2026-12-01`` (or the same day written in
    another style) as ``1 December 2026`` or ``December 1, 2026``; any other text as it is."""
    day = parse_date(value)
    if day is None:
        return value
    month = MONTHS[day.month - 1]
    if style == MONTH_DAY:
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"


def iso_date(text: str) -> str:
    """A date as exported in either style (``1 December 2026``, ``December 1, 2026``, ``Dec. 1,
    2026``) back to ``2026-12-01``; anything else as written."""
    day = parse_date(text)
    return day.isoformat() if day is not None else text.strip()


# docProps/custom.xml, which python-docx neither reads nor writes.
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
EMPTY_CUSTOM_XML = f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}"/>'


def custom_properties_from_xml(blob: bytes) -> dict[str, str]:
    """Every property in a ``docProps/custom.xml`` as text, by name; {} when the part is unreadable.

    Parsed without DTDs, entities or network access: the part may come from any .docx.
    """
    from lxml import etree  # type: ignore[import-untyped]  # here, so the layout loads no XML library

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        logger.warning("unreadable custom properties in the document")
        return {}
    values: dict[str, str] = {}
    for prop in root.findall(f"{{{CUSTOM_NS}}}property"):
        value = next(iter(prop), None)
        name = prop.get("name")
        if name:
            values[name] = "" if value is None else (value.text or "")
    return values
