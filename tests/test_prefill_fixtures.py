"""Eight articles written for these tests, each with the parties, speakers and outlook it must yield.

The expectations live beside each article in ``tests/fixtures/articles/NAME.json``:
``parties`` must label Positions items; ``speakers`` maps a speaker to the party their Positions
items must carry (null: any); ``outlook``, ``context`` and ``key_issues`` fragments must appear
in those sections (context may also reach the summary); ``absent`` fragments appear nowhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.model import Brief
from briefing.prefill import prefill
from briefing.reader import read_article
from tests.prefill_support import assert_faithful, texts

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
NAMES = sorted(p.stem for p in ARTICLES.glob("*.txt"))


def _load(name: str) -> tuple[Brief, dict]:
    expected = json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))
    return prefill(read_article(ARTICLES / f"{name}.txt")), expected


def test_there_are_at_least_eight_varied_articles() -> None:
    assert len(NAMES) >= 8
    for needed in ("trade", "summit", "election", "sanctions", "health", "court", "merger", "military"):
        assert any(needed in name for name in NAMES), needed


@pytest.mark.parametrize("name", NAMES)
def test_draft_is_faithful(name: str) -> None:
    brief, _ = _load(name)
    assert_faithful(brief)
    assert 1 <= len(texts(brief, "summary")) <= 4


@pytest.mark.parametrize("name", NAMES)
def test_parties_and_speakers(name: str) -> None:
    brief, expected = _load(name)
    positions = brief.section("positions").items  # type: ignore[union-attr]
    labels = {i.label for i in positions}
    for party in expected.get("parties", []):
        assert party in labels, f"{party} missing from {sorted(labels)}"
    speakers = {i.speaker for i in brief.items() if i.speaker}
    for speaker, party in expected.get("speakers", {}).items():
        assert speaker in speakers, f"{speaker} never named; speakers are {sorted(speakers)}"
        if party is not None:
            wrong = [(i.label, i.text) for i in positions if i.speaker == speaker and i.label != party]
            assert not wrong, f"{speaker} should speak for {party}: {wrong}"


@pytest.mark.parametrize("name", NAMES)
def test_outlook_context_issues_and_omissions(name: str) -> None:
    brief, expected = _load(name)
    outlook = " ".join(texts(brief, "outlook"))
    for fragment in expected.get("outlook", []):
        assert fragment in outlook, f"{fragment!r} not in the outlook: {texts(brief, 'outlook')}"
    background = " ".join(texts(brief, "context") + texts(brief, "summary"))
    for fragment in expected.get("context", []):
        assert fragment in background, f"{fragment!r} not in context or summary"
    issues = " ".join(f"{i.label} {i.text}" for i in brief.section("key_issues").items)  # type: ignore[union-attr]
    for fragment in expected.get("key_issues", []):
        assert fragment in issues, f"{fragment!r} not among the key issues"
    everything = " ".join(i.text for i in brief.items())
    for fragment in expected.get("absent", []):
        assert fragment not in everything, f"{fragment!r} should have been left out"
