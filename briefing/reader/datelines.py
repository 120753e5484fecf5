"""The dateline a news story opens on: "WASHINGTON —", "PORTSMOUTH, N.H. --", "(CNN) --".

The reader uses it to see where the story starts (a line between the headline and the dateline is
the headline's deck); the pre-fill, to cut it from the first sentence ("WASHINGTON — The talks..."
reads "The talks..."). One pattern for both, so they agree on what a dateline is.
"""

from __future__ import annotations

import re

_AGENCY_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.\-']*(?:[ ,]+(?:[A-Z][A-Za-z.\-']*|\d{1,2}(?= \())){0,4}[ ,]*)?"  # "New Delhi, India", "Dec. 8"
    r"\((?![RDI](?:-[A-Za-z. ]+)?\))(?:[A-Z][A-Za-z.&\-']*)(?: [A-Z][A-Za-z.&\-']*){0,3}\)"  # "(CNN)", not "(R)"
    r"\s*(?:--|[―—–-])?\s*(?=[\"“‘']?[A-Z])"  # then a sentence: "(CNN) -- The", never "(R), a staunch ally"
)
# "WASHINGTON —", "PORTSMOUTH, N.H. --", "ST. LOUIS -", "BOSTON —Standing": a place in capitals, its state as
# written, a dash (the web's horizontal bar "―" too) with the page's spaces (non-breaking, or none after a long dash).
_PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,7}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:[ \xa0]?(?:--|[―—–-])[ \xa0]+|[ \xa0][―—])"  # a dash set off by spaces; "US-China" is no dateline
    r"(?=[\"“‘']?[A-Z])"  # then a sentence, never "NATO — the alliance's ..."
)


def dateline_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the dateline ``text[start:end]`` opens on ends (the story's first word), or None if it has none."""
    stop = len(text) if end is None else end
    match = _AGENCY_DATELINE.match(text, start, stop) or _PLACE_DATELINE.match(text, start, stop)
    return match.end() if match else None
