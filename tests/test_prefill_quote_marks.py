"""Quotation marks typed the wrong way round still open and close by their neighbours.

Cases written for the rule (not from any corpus): a curly mark whose neighbours clearly say the other
(a space before and a word after: it opens; a word before and a space after: it closes) is read as they say,
so a sentence is not taken for a quotation's end, nor a quotation left open over the next sentence.
"""

from __future__ import annotations

from tests.prefill_support import speakers


def test_an_opening_quote_typed_as_a_closing_one_opens() -> None:
    # the ” before "get" opens: the sentence is Olsen's report, not the end of an earlier quotation, so its
    # cue names him, and the "he said" after it is his too (not the minister's)
    body = (
        "Minister Tom Baker spoke on Monday. "
        "Ed Olsen told reporters that the aides would not let him ”get near the minister on anything.” "
        "“They blocked me at every turn,” he said."
    )
    assert speakers(body)[1:] == ["Ed Olsen", "Ed Olsen"]


def test_a_closing_quote_typed_as_an_opening_one_closes() -> None:
    # '...fine,“ said': the “ after the comma closes, so the cue after it is read
    assert (
        speakers("The harbour wall opened on Monday. “The wall is fine,“ said Ann Ruiz, a harbour engineer.")[1]
        == "Ann Ruiz"
    )


def test_a_quotation_closed_by_a_mistyped_mark_does_not_run_on() -> None:
    # 'as “cheats“ while': the second mark closes the quoted word; the next sentence is the reporter's again
    body = (
        "When Ed Olsen opened his campaign, he called the rivals “cheats“ while promising a new harbour. "
        "A month later, he explained why the harbour would “pay for itself.”"
    )
    assert speakers(body)[-1] == "Ed Olsen"
