"""Classification markings read against a format's grammar: level, then caveats after "//".

A marking such as ``secret//noforn`` is accepted where the template's marking grammar allows
its level and caveats, case-insensitively, and comes back in the format's own spelling
(``SECRET//NOFORN``); anything else is refused with one sentence naming what is allowed. The
same rules rank levels, so a document is never marked lower than the most sensitive item in it.
Qt-free: the command line, the window's marking box and the export all ask here.
"""

from __future__ import annotations

from briefing.errors import ExportError
from briefing.model import CLASSIFICATIONS
from briefing.templates import TemplateMarking, marking_key

CAVEAT_SEPARATOR = "//"


class MarkingError(ExportError):
    """A marking the format does not allow, or a banner lower than one of its portions."""


def levels_of(rules: TemplateMarking) -> tuple[str, ...]:
    """The format's levels, lowest first (Briefing's general list when the template names none)."""
    return rules.levels or CLASSIFICATIONS


def split_marking(marking: str) -> tuple[str, tuple[str, ...]]:
    """``"SECRET//NOFORN//REL TO USA"`` as ``("SECRET", ("NOFORN", "REL TO USA"))``, spacing tidied."""
    parts = [" ".join(part.split()) for part in marking.split(CAVEAT_SEPARATOR)]
    return parts[0], tuple(part for part in parts[1:] if part)


def normalise_marking(
    marking: str, rules: TemplateMarking, *, format_name: str = "this format", strict: bool = False
) -> str:
    """``marking`` in the format's spelling, or MarkingError saying what the format allows.

    A template without a level list accepts any marking (a custom format), spelling Briefing's
    usual levels in capitals (``secret`` -> ``SECRET``); ``strict`` (the command line) refuses a
    level outside that usual list there too.
    """
    level, caveats = split_marking(marking)
    if not rules.levels:  # any marking, in the usual spelling when it is a usual level
        usual = {marking_key(k): k for k in CLASSIFICATIONS}.get(marking_key(level))
        if usual is None and strict:  # typed on a command line: a level Briefing knows
            raise MarkingError(
                f"the marking '{marking.strip()}' is not a level Briefing knows; use one of: {', '.join(CLASSIFICATIONS)}"
            )
        usual = usual or level
        return CAVEAT_SEPARATOR.join((usual, *(c.upper() for c in caveats))) if level else ""
    by_key = {marking_key(known): known for known in rules.levels}
    by_key.update({alias: by_key.get(marking_key(target), target) for alias, target in rules.aliases})
    canonical = by_key.get(marking_key(level))
    if canonical is None:
        raise MarkingError(
            f"the marking '{marking.strip()}' is not one {format_name} allows; use one of: {', '.join(rules.levels)}"
        )
    allowed_caveats = {marking_key(c): c for c in rules.caveats}
    # a portion mark's short form read back ("(S//NF)" from a Word file) is the caveat it stands for
    allowed_caveats.update(
        {marking_key(short): allowed_caveats[marking_key(full)] for full, short in rules.caveat_abbreviations
         if marking_key(full) in allowed_caveats}
    )  # fmt: skip
    spelled = []
    for caveat in caveats:
        known = allowed_caveats.get(marking_key(caveat))
        if known is None:
            hint = f"allowed caveats: {', '.join(rules.caveats)}" if rules.caveats else "it takes no caveats"
            raise MarkingError(f"the caveat '{caveat}' in '{marking.strip()}' is not one {format_name} allows; {hint}")
        spelled.append(known)
    return CAVEAT_SEPARATOR.join((canonical, *spelled))


def rank(marking: str, rules: TemplateMarking) -> int:
    """Where the marking's level stands among the format's levels (0 lowest); -1 when unknown."""
    keys = [marking_key(level) for level in levels_of(rules)]
    level, _ = split_marking(marking)
    key = dict(rules.aliases).get(marking_key(level), marking_key(level))
    key = marking_key(key)
    return keys.index(key) if key in keys else -1


def lowest_level(rules: TemplateMarking) -> str:
    """The unclassified level of the format: what text from a published article is marked."""
    return levels_of(rules)[0]


def check_banner(banner: str, portions: list[str], rules: TemplateMarking) -> None:
    """Refuse a banner below the most sensitive portion: the page must carry the highest level."""
    banner_rank = rank(banner, rules)
    if banner_rank < 0:
        return  # a marking outside the known levels cannot be ranked; it is shown as written
    highest = max(portions, key=lambda p: rank(p, rules), default="")
    if highest and rank(highest, rules) > banner_rank:
        raise MarkingError(
            f"the document is marked {banner.strip()} but an item is marked {highest.strip()}; "
            "raise the document's classification or lower the item's"
        )
