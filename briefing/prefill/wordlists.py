"""Reading the pre-fill's word lists from ``resources/lexicon/``: files, never code.

Kept apart from ``lexicon.py`` because the tokenizer (``text.py``) needs its lists before the
lexicon, which tokenizes its own phrases, can be built. A missing or broken file is a clear
``BriefingError`` naming it, not a traceback.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.resources import resources_dir


def lexicon_dir() -> Path:
    return resources_dir() / "lexicon"


def lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a list file in ``resources/lexicon/``."""
    path = lexicon_dir() / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BriefingError(f"the pre-fill word list {path} cannot be read ({exc.strerror or exc})") from exc
    return [line.rstrip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_json(name: str) -> dict[str, Any]:
    path = lexicon_dir() / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BriefingError(f"the pre-fill word list {path} cannot be read ({exc})") from exc
    if not isinstance(data, dict):
        raise BriefingError(f"the pre-fill word list {path} must hold a JSON object")
    return data


@lru_cache(maxsize=1)
def _grammar() -> dict[str, Any]:
    return read_json("grammar.json")


def grammar_words(key: str) -> frozenset[str]:
    """One list of ``grammar.json`` (determiners, pronouns, stopwords...) as a set."""
    value = _grammar().get(key)
    if not isinstance(value, list):
        raise BriefingError(f"the pre-fill word list {lexicon_dir() / 'grammar.json'} lacks the list {key!r}")
    return frozenset(str(word) for word in value)


def grammar_list(key: str) -> list[str]:
    """One list of ``grammar.json`` in file order (where order matters, e.g. a regex)."""
    grammar_words(key)  # validates
    return [str(word) for word in _grammar()[key]]


def grammar_map(key: str) -> dict[str, str]:
    """One mapping of ``grammar.json`` (pronoun -> kind, party mark -> party)."""
    value = _grammar().get(key)
    if not isinstance(value, dict):
        raise BriefingError(f"the pre-fill word list {lexicon_dir() / 'grammar.json'} lacks the mapping {key!r}")
    return {str(k): str(v) for k, v in value.items()}
