"""The English names of the months and the days of the week, spelled here once.

The reader dates bylines, the pre-fill tells a caption's "on Friday" and a "Times on Tuesday"
from a name, the check lets "Jan." back "January", and the Word export writes "28 November
2026": all from these, never from the C library's locale.
"""

from __future__ import annotations

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR_NAMES = frozenset(MONTHS + DAYS)  # words that begin with a capital and are no name
