"""Whether some words already name a person: the one rule the export and the pre-fill share.

The export leaves out a speaker's lead-in where the item's words name them ("Ruiz said ..." needs no "Ann Ruiz:"),
and the pre-fill names no office holder after "The senator" where the item names them itself; one rule, so an item
the pre-fill leaves unbracketed is one the export also reads as naming its speaker.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def names_in_text(name: str, text: str) -> bool:
    """Do the words name the person: one of their capitalised names as a whole word ("Ruiz", not "Ruizville"), or
    the whole of a speaker named by a common noun ("the billionaire businessman says", "a reporter asked")?"""
    names = [word for word in _WORD.findall(name) if word[0].isupper() and len(word) > 1]
    if any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in names):
        return True
    phrase = r"\s+".join(re.escape(word) for word in name.split())
    return bool(re.search(rf"(?<![\w-]){phrase}(?![\w-])", text, re.IGNORECASE))
