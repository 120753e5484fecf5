"""The fonts the PDF embeds: free, metric-compatible stand-ins for the fonts the templates name.

PDF/A requires every font embedded, and Calibri, Arial and Times New Roman may not be
shipped; Carlito, Liberation Sans and Liberation Serif (SIL OFL, in ``resources/fonts/``
with their licences) have the same advance widths, so lines break where Word and
LibreOffice break them and the page count matches the Word export.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

from briefing.resources import resources_dir

logger = logging.getLogger(__name__)
# fontTools warns about the fonts' old creation dates on every load; nothing a user can act on.
logging.getLogger("fontTools.ttLib.tables._h_e_a_d").setLevel(logging.ERROR)


# A font name the templates (or a user) may give, lower-cased -> the shipped family's file stem.
_FAMILIES = {
    "calibri": "Carlito",
    "carlito": "Carlito",
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "arimo": "LiberationSans",
    "liberation sans": "LiberationSans",
    "times new roman": "LiberationSerif",
    "times": "LiberationSerif",
    "tinos": "LiberationSerif",
    "liberation serif": "LiberationSerif",
}
_DEFAULT_FAMILY = "Carlito"
_SERIF_HINTS = ("times", "serif", "georgia", "garamond", "cambria", "book", "roman")

# fpdf2's style letters -> the file's style suffix.
STYLE_FILES = {"": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}


@dataclass(frozen=True)
class FontFamily:
    name: str  # the family name inside the PDF, e.g. "Carlito"
    ascent_em: float  # above the baseline, in ems (hhea, as LibreOffice reads it)
    descent_em: float  # below the baseline
    gap_em: float  # the line gap (external leading), which LibreOffice puts above the ascent

    @property
    def line_height_em(self) -> float:
        """Ascent + descent + line gap: a single-spaced line."""
        return self.ascent_em + self.descent_em + self.gap_em


def family_for(font: str) -> str:
    """The shipped family standing in for ``font``; an unknown serif face gets the serif."""
    key = " ".join(font.lower().split())
    if key in _FAMILIES:
        return _FAMILIES[key]
    fallback = "LiberationSerif" if any(hint in key for hint in _SERIF_HINTS) else _DEFAULT_FAMILY
    logger.info("no shipped font stands in for %r; the PDF uses %s", font, fallback)
    return fallback


def font_dir() -> Path:
    return resources_dir() / "fonts"


def font_file(family: str, style: str) -> Path:
    """The .ttf for ``family`` in fpdf2's ``style`` ("", "B", "I" or "BI")."""
    return font_dir() / f"{family}-{STYLE_FILES[style]}.ttf"


@functools.cache
def font_family(family: str) -> FontFamily:
    """The family's vertical metrics from its hhea table, as LibreOffice uses them for single spacing."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # fpdf2's own dependency

    with TTFont(font_file(family, ""), lazy=True) as font:
        hhea = font["hhea"]
        units = font["head"].unitsPerEm
        return FontFamily(family, hhea.ascent / units, -hhea.descent / units, hhea.lineGap / units)


@functools.cache
def covered(family: str) -> frozenset[int]:
    """The characters ``family`` can draw (its regular face's cmap; the other faces match it)."""
    from fontTools.ttLib import TTFont  # fpdf2's own dependency

    with TTFont(font_file(family, ""), lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def missing_characters(text: str, families: list[str]) -> list[str]:
    """The distinct characters of ``text`` that none of ``families`` can draw, in order of use.
    fpdf2 would leave them out of the PDF without a word: a name in Chinese would simply vanish."""
    drawable = frozenset().union(*(covered(family) for family in families))
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) not in drawable and not char.isspace() and char.isprintable():
            seen.setdefault(char, None)
    return list(seen)
