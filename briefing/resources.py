"""Where Briefing's shipped files live: ``resources/`` and ``seeds/``.

In a source checkout (and an editable install) they sit beside the package; a wheel carries
them inside the package; the standalone app (tools/build_app.py, PyInstaller) unpacks them in
its bundle folder, ``sys._MEIPASS``, and must never fall back to a source tree it was built
from. Looking in each place keeps every way of installing working.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _places() -> tuple[Path, ...]:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return (Path(bundle),)
    return (_PACKAGE, _PACKAGE.parent)


def _find(name: str) -> Path:
    places = _places()
    for place in places:
        if (place / name).is_dir():
            return place / name
    return places[-1] / name


def resources_dir() -> Path:
    return _find("resources")


def seeds_dir() -> Path:
    return _find("seeds")


def default_article_path() -> Path:
    """The sample article used wherever the user names none."""
    return seeds_dir() / "blinken_beijing.txt"
