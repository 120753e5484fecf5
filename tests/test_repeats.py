"""briefing.repeats: finding the items that repeat an earlier one, without comparing every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.repeats import first_repeated, meaningful_words, repeats


def _every_pair(word_sets: list[frozenset[str]]) -> list[int | None]:
    """The plain definition: the first earlier set each one repeats."""
    return [next((j for j in range(i) if repeats(word_sets[i], word_sets[j])), None) for i in range(len(word_sets))]


# Few distinct words, so that overlaps, containments and equal short sets all happen often.
_sets = st.lists(st.frozensets(st.sampled_from([f"w{n}" for n in range(14)]), max_size=12), max_size=40)


@given(_sets)
@settings(max_examples=300, deadline=None)
def test_first_repeated_gives_what_comparing_every_pair_gives(word_sets: list[frozenset[str]]) -> None:
    assert first_repeated(word_sets) == _every_pair(word_sets)


def test_the_cases_it_must_find() -> None:
    texts = [
        "Talks resume in Geneva next week, officials said, after a month's pause.",
        "Sanders.",
        "Talks resume in Geneva next week, officials said.",  # wholly inside the first
        "Sanders.",  # a short item twice
        "Officials said talks resume in Geneva next week after a month's pause.",  # the first reworded
        "Tariffs on steel rise to 25 per cent from Monday.",
    ]
    assert first_repeated([meaningful_words(t) for t in texts]) == [None, None, 0, 1, 0, None]


def test_thousands_of_distinct_items_are_not_compared_pair_by_pair(monkeypatch) -> None:
    """Comparing every pair of 3,000 items is 4.5 million comparisons (of 10,000: 50 million,
    26 s in the Check pane)."""
    import briefing.repeats as module

    calls = 0

    def counted(words: frozenset[str], other: frozenset[str]) -> bool:
        nonlocal calls
        calls += 1
        return repeats(words, other)

    monkeypatch.setattr(module, "repeats", counted)
    word_sets = [
        frozenset({f"topic{n}", f"place{n % 97}", f"actor{n % 89}", "minister", "said", "talks"}) for n in range(3_000)
    ]
    assert first_repeated(word_sets) == [None] * 3_000
    assert calls < 225_000  # a twentieth of every pair, on sets built to share words


def test_an_item_nearly_all_inside_a_fuller_one_repeats_it() -> None:
    """A deck line and the body's fuller sentence say one thing; a line that shares fewer words does not."""
    deck = meaningful_words("The ferry strike can be seen as the last, weary protest of the old harbour unions today.")
    body = meaningful_words(
        "And in many ways, the ferry strike of Mr. Lund's crews can be seen as the last, weary protest of the"
        " old harbour unions against the port's new owners."
    )
    other = meaningful_words("The ferry strike is the first protest the new owners of the port have faced.")
    assert repeats(deck, body) and repeats(body, deck)
    assert not repeats(other, body), "fewer than 85% of its words are in the fuller line"
    short = meaningful_words("Nusra is Al Qaeda, Mr. Lund warned today.")  # 6 of 7 words inside, too few to judge
    assert len(short) == 7 and not repeats(
        short, meaningful_words("Mr. Lund said today Al Qaeda runs the Nusra Front's northern cells.")
    )
