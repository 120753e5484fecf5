"""An item cut from inside a quotation shows where the quoted words begin and end (quote_marks).

Cases are made up for these tests; none is from a corpus.
"""

from __future__ import annotations

import re

import pytest

from briefing.prefill import prefill
from briefing.quote_marks import (
    balanced,
    closes_unopened,
    inside_quotation,
    leaves_double_open,
    leaves_open,
    leaves_single_open,
    mark_opens,
    unmatched,
    unpaired,
)
from briefing.reader import article_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation that runs on into the next paragraph is closed where the item ends
        ("“We will not give way on grain.", "“We will not give way on grain.”"),
        ("Berg said: “We will not give way on grain.", "Berg said: “We will not give way on grain.”"),
        # the tail of a quotation opened in the sentence before gets its opening mark, in the article's style
        ('Really?" Dorn said.', '"Really?" Dorn said.'),
        ("But we will defend our growers,'' Dorn said.", "''But we will defend our growers,'' Dorn said."),
        # a quotation inside the quotation ends the sentence: the outer one still closes after it
        (
            "Dorn said: \"There is no magic in the word 'tariff.'",
            "Dorn said: \"There is no magic in the word 'tariff.'\"",
        ),
    ],
)
def test_the_missing_mark_is_added(text: str, expected: str) -> None:
    assert balanced(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“We will not give way,” Berg said.",
        "Berg called the duty “a tax on bread” and left.",
        # articles type the wrong curly mark: where a mark stands says which it is
        "Dorn called the duty “fair“ in a post on Sunday.",
        "”We are patient,” Dorn said.",
        # an inch is no quotation mark
        "“He is only 5’2”, and he knows it,” Berg said.",
        # a stray mark before the full stop opens nothing
        '"We will see? No," said Dorn, who flew in from Osk ".',
        # a cut that does not begin on a word is left alone
        '. the banks, you owe them money?" Dorn said.',
        # and so is a quotation left open mid-sentence, with no sentence end to close it at
        "Berg said the “first round was a waste of time",
    ],
)
def test_a_text_with_nothing_to_mend_is_left_as_it_is(text: str) -> None:
    assert balanced(text) == text


def test_unmatched_counts_both_kinds() -> None:
    assert unmatched('Nobody wants this." Then Dorn said: "We will') == (1, 1)
    assert unmatched("''Nobody wants this,'' Dorn said.") == (0, 0)


_ARTICLE = """Grain talks stall

VARNA — Trade talks between Varna and Lisk broke down on Monday after a third round ended without a deal on grain.

The collapse leaves a 40 percent tariff on Varna's wheat in place through the spring planting season.

Anna Berg, Varna's trade minister, told farmers in the port city of Osk on Tuesday that she would not give way.

“We will not accept these tariffs on our grain, whatever Lisk says about its own market.

“Our farmers have waited three years for an answer and they deserve better than this,” Berg said.

Lisk's trade envoy, Paul Dorn, said the duties would stay. ''Nobody in Lisk wants a trade war. But we will defend \
our growers,'' Dorn told reporters.
"""


def test_every_item_of_a_draft_closes_the_quotations_it_opens() -> None:
    brief = prefill(article_from_text(_ARTICLE))
    texts = [item.text for section in brief.sections for item in section.items]
    assert "“We will not accept these tariffs on our grain, whatever Lisk says about its own market.”" in texts
    assert "''But we will defend our growers,'' Dorn told reporters." in texts
    assert all(unmatched(text) == (0, 0) for text in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Berg said "we will', True),
        ("Berg said “we will", True),
        ("Berg said ''we will", True),  # two apostrophes are one double mark
        ('Berg said "we will win."', False),
        ("Berg said ''we will win.''", False),
        ("He is 5’2” tall", False),  # an inch mark opens nothing
        ('we will win." Berg said.', True),  # a straight closing mark counts: a cut there is inside the quotation too
        ("we will win,” Berg said.", False),  # a curly one says it closes
    ],
)
def test_leaves_double_open_counts_the_marks(text: str, expected: bool) -> None:
    assert leaves_double_open(text) is expected


def test_counting_and_pairing_differ_on_a_mistyped_curly_mark() -> None:
    # "“Frozen“": the count sees two openings; pairing reads the second as closing, from where it stands
    text = "the film “Frozen“ and the books"
    assert leaves_double_open(text)
    assert unpaired(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dorn told him: 'We will", True),
        ("Dorn told him ‘we will", True),
        ("Dorn told him ['we will", True),  # after a bracket as after a space
        ("Dorn told him 'we will' and left", False),
        ("Dorn called it a 'tax.'", False),  # it closes after an end mark
        # apostrophes are no quotation marks
        ("the farmers' union", False),
        ("Dorn's farm and rock 'n' roll", False),
        # a mark before no word opens nothing (the pre-fill once counted "'(" as an opening; no brief depended on it)
        ("told him: '(we will", False),
    ],
)
def test_leaves_single_open_counts_only_marks_no_apostrophe_could_be(text: str, expected: bool) -> None:
    assert leaves_single_open(text) is expected


def test_leaves_open_asks_of_both_kinds() -> None:
    assert leaves_open("Dorn told him: 'We will")
    assert leaves_open('Dorn said "we will')
    assert not leaves_open("Dorn said \"we will 'win' today\" and left")


def test_inside_quotation_reads_from_where_the_paragraph_starts() -> None:
    text = 'Berg left. Dorn said "we will go home Monday and rest," and left.'
    at = text.index("Monday")
    assert inside_quotation(text, 0, at)
    assert not inside_quotation(text, 0, text.index("and left"))
    assert not inside_quotation(text, text.index("go"), at)  # the quotation opened before ``start``


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('for the farmers," Dorn said.', False),  # the tail of a quotation, but the line goes on past it
        ("and we will stay for the farmers.”", True),
        ('and we will stay for the farmers."', True),
        ("and we will stay for the farmers.''", True),
        ('Dorn said: "We will stay for the farmers."', False),  # opened and closed in the line
        ('No." Then Dorn said: "We will stay."', True),  # the first mark closes what the line never opened
        # an inch mark closes no quotation (the summary once counted it as one: no brief had such a line)
        ("Berg stands 5’2”", False),
    ],
)
def test_closes_unopened_is_a_line_ending_on_a_quotation_begun_before_it(line: str, expected: bool) -> None:
    assert closes_unopened(line) is expected


@pytest.mark.parametrize(
    ("text", "mark", "inside", "expected"),
    [
        ('Dorn said "Yes, we sign', '"', True, True),  # after a space, before a word: it opens, whatever came before
        ('Yes, we sign," Dorn said', '"', False, False),  # after a word, before a comma: it closes
        ("the aides ”get close to him", "”", False, True),  # a curly mark typed the wrong way round: its place says
        ("Dorn called it “fair“ and left", "“", True, False),  # the second of a mistyped pair
        ('a"b', '"', True, False),  # nothing around it tells: a straight mark closes the quotation left open
        ('a"b', '"', False, True),  # and opens one where none is
        # where the speaker scan once read the walk's state first (a toggle), the mark's place now decides
        ('Berg left -"we sign', '"', True, True),  # after a dash it opens
        ('Berg said "', '"', False, False),  # the text's last mark opens nothing
    ],
)
def test_mark_opens_reads_where_a_mark_stands_first(text: str, mark: str, inside: bool, expected: bool) -> None:
    start = text.rindex(mark)
    assert mark_opens(text, start, start + len(mark), inside=inside) is expected


def test_the_scan_and_the_check_read_one_quotation_alike() -> None:
    # walking the marks with mark_opens leaves open exactly the quotations unpaired reports as open
    text = "Berg said: “We will sign.” Dorn said the aides ”get close to him and ''fair"
    inside = False
    for match in re.finditer(r"''|[\"“”]", text):
        inside = mark_opens(text, match.start(), match.end(), inside=inside)
    assert inside
    assert [opens for _, _, opens in unpaired(text)] == [True, True]
