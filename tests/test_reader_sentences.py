"""Sentence splitting on the full stops that end nothing in news prose."""

from __future__ import annotations

import pytest

from briefing.reader.sentences import lexicon, split_sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He met Mr. Smith and Dr. Jones. They talked.", ["He met Mr. Smith and Dr. Jones.", "They talked."]),
        ("Gen. Milley spoke to Sen. Reed. It was brief.", ["Gen. Milley spoke to Sen. Reed.", "It was brief."]),
        (
            "It was run by then-Cmdr. Jon Burge. Ex-Gov. Rick Perry spoke.",
            ["It was run by then-Cmdr. Jon Burge.", "Ex-Gov. Rick Perry spoke."],
        ),
        ("ST. LOUIS — The port reopened. It was closed.", ["ST. LOUIS — The port reopened.", "It was closed."]),
        (
            "The U.S. Senate and the U.K. government agreed. Talks resume.",
            ["The U.S. Senate and the U.K. government agreed.", "Talks resume."],
        ),
        ("He moved to the U.S. The next day he left.", ["He moved to the U.S.", "The next day he left."]),
        ("The talks end on Jan. 15 in Geneva. Then what?", ["The talks end on Jan. 15 in Geneva.", "Then what?"]),
        ("She lives at No. 10 Downing Street. It is old.", ["She lives at No. 10 Downing Street.", "It is old."]),
        (
            "J. R. R. Tolkien and George W. Bush never met. Odd.",
            ["J. R. R. Tolkien and George W. Bush never met.", "Odd."],
        ),
        (
            "Growth was 3.5% last year. Inflation fell to 2.1 per cent.",
            ["Growth was 3.5% last year.", "Inflation fell to 2.1 per cent."],
        ),
        (
            '"We must stop. Then we talk," he said. The meeting ended.',
            ['"We must stop. Then we talk," he said.', "The meeting ended."],
        ),
        (
            "“It is over. We are done.” she said. Then she left.",
            ["“It is over. We are done.” she said.", "Then she left."],
        ),
        (
            "‘I had a taste of it. I’m fortunate,’ said Locke. He smiled.",
            ["‘I had a taste of it. I’m fortunate,’ said Locke.", "He smiled."],
        ),
        ('He stated, "Choose dialogue." Both agreed.', ['He stated, "Choose dialogue."', "Both agreed."]),
        ("Is this the end? Yes! It is.", ["Is this the end?", "Yes!", "It is."]),
        ("He arrived at 5 p.m. Then he left.", ["He arrived at 5 p.m.", "Then he left."]),
        ("They met e.g. in Paris, i.e. in France. Fine.", ["They met e.g. in Paris, i.e. in France.", "Fine."]),
        ("Prices rose in 2015. 2016 was worse.", ["Prices rose in 2015.", "2016 was worse."]),
        ("Jeb! was better than before. Trump was quiet.", ["Jeb! was better than before.", "Trump was quiet."]),
        (
            "Maricopa County (Ariz.) Sheriff Joe Arpaio spoke. He left.",
            ["Maricopa County (Ariz.) Sheriff Joe Arpaio spoke.", "He left."],
        ),
        ("in Brooklyn -Mrs. Clinton said so. Then she left.", ["in Brooklyn -Mrs. Clinton said so.", "Then she left."]),
        (
            "Vice President Joseph R. Biden Jr. spoke. It was short.",
            ["Vice President Joseph R. Biden Jr. spoke.", "It was short."],
        ),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_a_quote_that_ends_a_sentence_splits_at_its_close() -> None:
    text = '"It is over." The crowd left.'
    assert split(text) == ['"It is over."', "The crowd left."]


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    text = "‘I am fortunate. It is a great club. ‘But it is not about me. It is about players."
    assert len(split(text)) == 4


def test_spans_are_trimmed_and_inside_the_range() -> None:
    text = "xx   First one.  Second one.   yy"
    spans = split_sentences(text, 2, len(text) - 2)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]


def test_text_without_stops_is_one_sentence() -> None:
    assert split("A heading without a full stop") == ["A heading without a full stop"]


def test_word_lists_are_data() -> None:
    words = lexicon()
    assert {"Mr", "Dr", "Gen", "No"} <= words.titles
    assert {"Jan", "Inc"} <= words.abbreviations
    assert "The" in words.starters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question or exclamation closes its quotation, and the capitalised name after it is the
        # quotation's tag, not a new sentence: "Biden said." alone would attribute nothing
        ("“Will we win?” Biden said. Then he left.", ["“Will we win?” Biden said.", "Then he left."]),
        (
            "“Why now?” Joe Biden said at a rally in Ohio. He left.",
            ["“Why now?” Joe Biden said at a rally in Ohio.", "He left."],
        ),
        ("“Why?” Trump told Britain’s ITV News. He laughed.", ["“Why?” Trump told Britain’s ITV News.", "He laughed."]),
        ("''Stop it!'' Mr. Trump wrote on Twitter. Fine.", ["''Stop it!'' Mr. Trump wrote on Twitter.", "Fine."]),
        ("“Why?” Beto O’Rourke asked. Fine.", ["“Why?” Beto O’Rourke asked.", "Fine."]),
        # a bare full stop before "Name said." too, where the tag ends there
        ("“It is over.” Trump said. He left.", ["“It is over.” Trump said.", "He left."]),
        # new sentences: the name reports more, opens a quotation of its own, or is no name
        ("“It is over.” Cruz says he disagrees.", ["“It is over.”", "Cruz says he disagrees."]),
        ("“Why not?” Republicans said the bill was dead.", ["“Why not?”", "Republicans said the bill was dead."]),
        ("“Why?” Sanders replied, “Look, no.”", ["“Why?”", "Sanders replied, “Look, no.”"]),
        ("“Why not?” He said so.", ["“Why not?”", "He said so."]),
        ("“Is it over?” The crowd said nothing.", ["“Is it over?”", "The crowd said nothing."]),
        ("“Is it over?” Lee shrugged.", ["“Is it over?”", "Lee shrugged."]),
    ],
)
def test_a_quotations_tag_after_its_close_stays_in_its_sentence(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_a_tag_on_the_next_line_is_a_new_sentence() -> None:
    text = "“Will we win?”\nBiden said so."
    assert split(text) == ["“Will we win?”", "Biden said so."]
