"""The layout contract between the Word exporter and the Word importer.

What the exporter writes (style names, title-block labels, the marker property) is what the
importer reads back, so both sides take the words from here and cannot drift apart.
"""

from __future__ import annotations

# Custom document properties (docProps/custom.xml). MARKER_PROPERTY tells a Briefing export
# from any other .docx; the others let the importer restore what the page does not show.
MARKER_PROPERTY = "BriefingFormat"
VERSION_PROPERTY = "BriefingFormatVersion"
TEMPLATE_PROPERTY = "BriefingTemplate"
CLASSIFICATION_PROPERTY = "Classification"

# Paragraph styles (built-in Word styles, by their UI names) and our one character style.
STYLE_TITLE = "Title"
STYLE_SECTION = "Heading 1"
STYLE_PARTY = "Heading 2"
STYLE_ITEM = "List Bullet"
STYLE_ITEM_CONTINUED = "List Continue"
STYLE_NOTE = "Source Note"  # paragraph style of the numbered notes at the end
STYLE_PROSE = "Normal"
STYLE_LEAD_IN = "Lead-in"  # character style: a key issue's bold short name ("Taiwan: ...")
STYLE_SPEAKER = "Speaker"  # character style: who holds a position, bold ("Wang Yi: ...")
STYLE_MARKING = "Classification Marking"  # paragraph style of the marking in header and footer
STYLE_NOTE_REF = "Source Note Reference"  # character style: the superscript note number
STYLE_PORTION_MARK = "Portion Mark"  # character style: "(U) " before the subject and each body paragraph
PORTION_MARK_SEPARATOR = " "

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

DATE_DISPLAY_FORMAT = "%d %B %Y"  # 28 November 2026, unambiguous in every jurisdiction
