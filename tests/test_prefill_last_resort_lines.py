"""The last-resort rule a signed post and an unheard intention share (``draft._first_of_each_unheard``): made-up
sentences, each voice's first free line and no more."""

from __future__ import annotations

from typing import Any, cast

from briefing.article import BlockKind
from briefing.prefill.analysis import SentenceFacts
from briefing.prefill.draft import _Draft, _first_of_each_unheard
from briefing.prefill.speakers import Attribution, Speaker


class _Usable:
    """A draft whose sentences all stand alone but those listed."""

    def __init__(self, unusable: set[int]) -> None:
        self.unusable = unusable

    def usable(self, index: int) -> bool:
        return index not in self.unusable


def _fact(index: int, said_by: str | None = None) -> SentenceFacts:
    said = Attribution(index, Speaker(said_by, None, "person"), "said") if said_by else None
    return SentenceFacts(
        index, f"Sentence {index}.", frozenset(), BlockKind.PARAGRAPH, said, None, frozenset(), False, False, False
    )


def _line(fact: SentenceFacts, name: str) -> tuple[SentenceFacts, str, Attribution]:
    return fact, name, Attribution(fact.index, Speaker(name, None, "person"), "plans")


def test_each_unheard_voice_gets_its_first_free_line_only() -> None:
    facts = [_fact(0), _fact(1, said_by="Tom Vance"), _fact(2), _fact(3), _fact(4), _fact(5), _fact(6)]
    lines = [
        _line(facts[0], "Ann Ruiz"),  # inside an introduced quotation: not free
        _line(facts[1], "Ann Ruiz"),  # Vance's words: not free
        _line(facts[2], "Ann Ruiz"),  # does not stand alone
        _line(facts[3], "Ann Ruiz"),  # her first free line
        _line(facts[4], "Ann Ruiz"),  # her second: no
        _line(facts[5], "Lia Berg"),  # already heard
        _line(facts[6], "Ed Moss"),
    ]
    heard = {"Lia Berg"}
    draft = cast(_Draft, cast(Any, _Usable({2})))
    added = _first_of_each_unheard(draft, {0}, heard, lines)
    assert [(f.index, f.attribution.speaker.name if f.attribution else None) for f in added] == [
        (3, "Ann Ruiz"),
        (6, "Ed Moss"),
    ]
    assert heard == {"Lia Berg", "Ann Ruiz", "Ed Moss"}  # the voices given a line count as heard after
