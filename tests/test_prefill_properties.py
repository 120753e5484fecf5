"""Whatever the text, the draft is valid, faithful and repeats nothing (property-based)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.model import brief_from_dict
from briefing.prefill import prefill
from briefing.reader import article_from_text
from tests.prefill_support import assert_faithful

WORDS = st.sampled_from(
    [
        "Wang",
        "Yi",
        "said",
        "He",
        "she",
        "urged",
        "the",
        "United",
        "States",
        "China",
        "Both",
        "sides",
        "will",
        "likely",
        "since",
        "2019",
        "according",
        "to",
        "officials",
        "stressed",
        "However,",
        "•",
        "-",
        '"',
        "“",
        "”",
        "(",
        ")",
        "Minister",
        "Foreign",
        "'s",
        "The",
        "Chinese",
        "diplomat",
        "warned",
        ":",
        "This",
        "article",
        "provides",
        "in",
        "November",
        "President",
        "Xi",
        "Jinping",
        "meeting",
        "Taiwan",
    ]
)
LINE = st.lists(WORDS, min_size=0, max_size=25).map(" ".join)
PUNCT = st.sampled_from([".", "", ":", "?", "!", '."', ","])


@st.composite
def articles(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.tuples(LINE, PUNCT), min_size=1, max_size=15))
    return "\n\n".join(words + end for words, end in lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
@example(text="Wang.\n\nWang Wang.\n\nThe President will Yi.")  # "The President [Wang Wang] will Yi."
def test_any_text_gives_a_faithful_valid_brief(text: str) -> None:
    brief = prefill(article_from_text(text))
    assert_faithful(brief)
    assert brief_from_dict(brief.to_dict()).to_dict() == brief.to_dict()
