"""Where Briefing's shipped files live: ``resources/`` and ``seeds/``.

In a source checkout (and an editable install) they sit beside the package; a wheel carries
them inside the package. Looking in both keeps either way of installing working.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


def resources_dir() -> Path:
    return _find("resources")


def seeds_dir() -> Path:
    return _find("seeds")


def default_article_path() -> Path:
    """The sample article used wherever the user names none."""
    return seeds_dir() / "blinken_beijing.txt"
