"""Untouched pre-filled items never get an "unsupported" finding: the corpus, drafted and checked.

Reads ``../shared/corpora`` (PolNeAR train and dev, CNN/Daily Mail) and skips with a message
without it. By default every third article (358 of 1,074), so the suite stays under two minutes on
two cores; ``BRIEFING_FULL_CORPUS=1`` checks them all. Split into chunks so pytest-xdist shares the
work between cores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.check import Checker
from briefing.prefill import prefill
from briefing.reader import article_from_text, read_article

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
CHUNKS = 8
EVERY = 1 if os.environ.get("BRIEFING_FULL_CORPUS") == "1" else 3  # a third of the articles unless asked for all


def _articles() -> list[tuple[str, Path | str]]:
    found: list[tuple[str, Path | str]] = []
    for split in ("dev", "train"):
        found += [(p.name, p) for p in sorted((CORPORA / "polnear" / split / "text").glob("*.txt"))]
    cnndm = CORPORA / "cnndm" / "dev.jsonl"
    if cnndm.is_file():
        for line in cnndm.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                found.append((f"cnndm:{record['id']}", record["article"]))
    return found


@pytest.mark.slow
@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_prefilled_drafts_of_every_corpus_article_have_no_unsupported_claims(chunk: int) -> None:
    articles = _articles()
    if not articles:
        pytest.skip(f"no corpora at {CORPORA}: the corpus check needs ../shared/corpora")
    checker = Checker()
    items = 0
    for name, origin in articles[::EVERY][chunk::CHUNKS]:
        article = read_article(origin) if isinstance(origin, Path) else article_from_text(origin)
        brief = prefill(article)
        items += len(brief.items())
        unsupported = [f for f in checker.check(brief, spelling=False) if f.kind == "unsupported"]
        assert not unsupported, f"{name}: {[(f.section, f.item, f.message) for f in unsupported]}"
    assert items > 0
