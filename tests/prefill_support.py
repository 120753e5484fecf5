"""Checks every pre-filled brief must pass, whatever the article, and the speaker reading the
speaker tests share: shared by the pre-fill tests."""

from __future__ import annotations

import re

from briefing.model import Brief
from briefing.prefill.analysis import analyse
from briefing.prefill.text import ended, one_line
from briefing.quote_marks import balanced
from briefing.reader import article_from_text


def _unbracketed(item_text: str, original: str) -> str:
    """The item with an editor's "[referent]" put back to the article's words it stands for, if any.

    "[Wang Yi] urged" for "He urged", "on [Taiwan]" for "on this matter": the words around the
    bracket must be the article's, and the bracket may stand for at most four of its words. Or it
    stands for none: "The Vermont senator [Ann Ruiz] will travel" names who holds the office.
    """
    match = re.fullmatch(r"(.*?)\[[^\]]+\](.*)", item_text, flags=re.DOTALL)
    if match is None:
        return item_text
    before, after = match.groups()
    if before.endswith(" ") and after.startswith(" ") and original[1:] == (before + after[1:])[1:]:
        return original  # a name put after an office: nothing of the article's is replaced
    assert original[1 : len(before)] == before[1:] and original.endswith(after), (item_text, original)
    replaced = original[len(before) : len(original) - len(after)]
    assert replaced.strip() and len(replaced.split()) <= 4, (item_text, original)
    return before + replaced + after


def assert_faithful(brief: Brief) -> None:
    """Each item is the article's own words (first letter's case, a bracketed referent, the article's line ends
    inside a sentence, a full stop closing a cut aside and the mark closing a quotation it cuts into), once."""
    text = brief.source.text
    seen: set[tuple[int, int]] = set()
    for item in brief.items():
        assert item.origin == "prefill" and item.reviewed is False
        assert item.sources, f"no sources for {item.text!r}"
        start, end = item.sources[0]
        assert 0 <= start < end <= len(text)
        original = one_line(text[start:end])  # a wrapped sentence is one line in the brief
        if item.text.endswith(".") and not original.rstrip().endswith("."):
            original = ended(original)  # a line cut before its sentence's end closes on a full stop
        original = balanced(original)
        plain = _unbracketed(item.text, original)
        assert _first_letter_lower(plain) == _first_letter_lower(original), (
            f"{item.text!r} is not the article's text {original!r}"
        )
        overlapping = [s for s in seen if s[0] < end and start < s[1]]
        assert not overlapping, f"{item.text!r} reuses article text already in the brief"
        seen.add((start, end))


def _first_letter_lower(text: str) -> str:
    """``text`` with its first letter in lower case: an item may capitalise it, after a quotation mark too."""
    at = next((k for k, char in enumerate(text) if char.isalpha()), len(text))
    return text[:at] + text[at : at + 1].lower() + text[at + 1 :]


def texts(brief: Brief, section: str) -> list[str]:
    found = brief.section(section)
    assert found is not None, f"no {section} section"
    return [item.text for item in found.items]


def speakers(body: str) -> list[str | None]:
    """The speaker the pre-fill reads for each sentence of ``body`` (None: no position), in order."""
    analysis = analyse(article_from_text("Headline\n\n" + body))
    return [f.attribution.speaker.name if f.attribution else None for f in analysis.facts]
