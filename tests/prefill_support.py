"""Checks every pre-filled brief must pass, whatever the article: shared by the pre-fill tests."""

from __future__ import annotations

from briefing.model import Brief


def assert_faithful(brief: Brief) -> None:
    """Each item is the article's own words (first letter's case aside), with offsets, once."""
    text = brief.source.text
    seen: set[tuple[int, int]] = set()
    for item in brief.items():
        assert item.origin == "prefill" and item.reviewed is False
        assert item.sources, f"no sources for {item.text!r}"
        start, end = item.sources[0]
        assert 0 <= start < end <= len(text)
        original = text[start:end]
        assert item.text[1:] == original[1:] and item.text[0].lower() == original[0].lower(), (
            f"{item.text!r} is not the article's text {original!r}"
        )
        overlapping = [s for s in seen if s[0] < end and start < s[1]]
        assert not overlapping, f"{item.text!r} reuses article text already in the brief"
        seen.add((start, end))


def texts(brief: Brief, section: str) -> list[str]:
    found = brief.section(section)
    assert found is not None, f"no {section} section"
    return [item.text for item in found.items]
