"""Whom a "the admiral" means, read back by its office word (``Cast.role_holder``): made-up cases."""

from __future__ import annotations

from briefing.prefill.actors import Actor, RoleMention
from briefing.prefill.analysis import analyse
from briefing.reader import article_from_text


def test_the_admiral_is_the_admiral_named_just_before() -> None:
    text = "Port visit\n\nAdm. Harry Vale toured the port of Varna on Monday. The admiral met the crew there."
    cast = analyse(article_from_text(text)).cast
    assert [(m.word, m.actor.name) for m in cast.role_mentions[1]] == [("admiral", "Harry Vale")]
    assert text[cast.role_mentions[1][0].start : cast.role_mentions[1][0].end] == "The admiral"
    holder = cast.role_holder(1, "admiral")
    assert holder is not None and holder.name == "Harry Vale"
    assert cast.role_holder(1, "senator") is None  # no senator was resolved there
    assert cast.role_holder(0, "admiral") is None  # nor an admiral in the sentence that named him


def test_of_two_mentions_of_one_office_in_a_sentence_the_later_one_counts() -> None:
    cast = analyse(article_from_text("Title\n\nNothing here.")).cast
    first, second = Actor(name="Ann Ruiz"), Actor(name="Tom Vance")
    cast.role_mentions[3] = [RoleMention(0, 11, first, "senator"), RoleMention(40, 51, second, "senator")]
    assert cast.role_holder(3, "senator") is second
