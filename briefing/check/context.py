"""Does an item open on a reference it does not resolve ("He said ...", "The move ...")?

Read on its own in a brief, such an item leaves the reader asking who or what. The
pre-fill's own resolver will be the authority; until it is on main a small rule stands in
behind one seam, ``resolves_badly``, so the switch is one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PERSONAL = ("he", "she", "they", "him", "her", "them", "his", "their")
# Openers that point back at something the item does not name.
_OPENER = re.compile(
    r"""^\W*(?:
        (?:he|she|they|these|those|his|her|its|their)\b
      | it\b(?!\s+(?:is|was|remains|seems|appears|has\s+been)\b)
      | (?:this|that)\b(?!\s+(?:week|year|month|morning|afternoon|evening|weekend|time|spring|summer|autumn|fall|winter)\b)
      | the\s+(?:move|decision|step|measure|announcement|deal|plan|proposal|remarks?|comments?|statement|
              incident|visit|trip|talks|meeting|agreement|policy|report|letter|call|attack|vote|bill|
              latter|former|same)\b
      | such\s+\w+
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def opens_on_reference(text: str) -> bool:
    """The stand-in rule: the item's first words point back at something unnamed."""
    return bool(_OPENER.match(text))


# The one seam: the pre-fill's resolver replaces this when it lands, with the same signature.
resolves_badly: Callable[[str], bool] = opens_on_reference


def opens_unresolved(text: str, speaker: str | None = None, shows_speaker: bool = False) -> bool:
    """True when the item opens on "this / it / he / the move" that nothing in it resolves.

    A personal pronoun is resolved by a speaker shown as the item's lead-in ("Wang Yi: He
    urged ..."), which is how positions are exported.
    """
    if not text.strip() or not resolves_badly(text):
        return False
    first = text.split(None, 1)[0].strip('"“‘(').lower()
    return not (speaker and shows_speaker and first in PERSONAL)
