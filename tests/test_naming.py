"""Whether words already name a person (``naming.names_in_text``): made-up cases."""

from __future__ import annotations

from briefing.naming import names_in_text


def test_a_capitalised_name_counts_only_as_a_whole_word() -> None:
    assert names_in_text("Ann Ruiz", "The senator, Ruiz said, will travel.")
    assert not names_in_text("Ann Ruiz", "The senator will travel to Ruizville.")  # a substring is no mention
    assert not names_in_text("Ann Lee", "The senator will travel to Leeds.")


def test_a_speaker_named_by_common_nouns_counts_whole_whatever_the_case() -> None:
    assert names_in_text("a reporter", "A reporter asked about the port.")
    assert not names_in_text("a reporter", "The reporters asked about the port.")
