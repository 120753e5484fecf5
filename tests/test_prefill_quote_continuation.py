"""Whose words a quotation that goes on over several sentences is: cases written for issue 11 (not from any corpus).

Each case names the speaker of every sentence (None where a sentence has none), so a quotation handed on to the
wrong person fails here.
"""

from __future__ import annotations

import pytest

from tests.prefill_support import speakers


def test_a_closing_cue_after_a_long_apposition_names_the_quotations_speaker() -> None:
    # the quotation's second sentence closes it and names its writer after an apposition of eight words: the first
    # sentence is hers too, not the last speaker's (the newspaper's doubled apostrophes: a sentence each)
    body = (
        "Tom Vance, a former aide to the mayor, arranged meetings with the council, according to records Vance filed. "
        "''I met the mayor on Monday. She will see you at the lunch,'' Lena Frost, a planner then working "
        "for the city council, wrote in an email to Vance."
    )
    assert speakers(body) == ["Tom Vance", "Lena Frost", "Lena Frost"]


def test_a_quotation_cut_from_the_words_that_name_its_speaker_is_theirs() -> None:
    # "...?” / Vance questioned.": a quotation that ends on a question is read as a sentence apart from the words
    # after it; those words name its speaker, not the vague group of the sentence before
    body = (
        "Mayor Ann Ruiz met voters in Dover on Monday, local organisers say. "
        '"She walked up to me and asked, \'How do we win Dover?’" '
        "Tom Vance, the party chairman for the county, said of the visit."
    )
    assert speakers(body) == ["local organisers", "Tom Vance", "Tom Vance"]
    assert speakers("Ruiz toured the harbour. “Why would she change now?” Vance questioned.")[1] == "Vance"
    # words that report something of their own are a sentence of their own: the question is not theirs
    reported = "Ruiz toured the harbour. “Why would she change now?” Vance said the plan was sound."
    assert speakers(reported)[1] is None


def test_a_quoted_title_that_opens_the_reporters_sentence_is_no_quotation() -> None:
    # "''Harbour Lights,'' which ..., is a story": the book's title, its comma inside the marks, then the reporter's
    # own long sentence; a short capitalised quotation with a speaker after it still goes on
    opening = (
        "Author Ann Ruiz wrote the novel in a year. ''I wanted readers to see the harbour as I do,'' she said.\n\n"
    )
    title = (
        "''Harbour Lights,'' which will be in bookstores on Friday, is a story of three sisters who run a ferry "
        "across the bay."
    )
    apposition = "''Harbour Lights,'' the second novel by the former teacher, is set in a fishing town in Maine."
    assert speakers(opening + title)[2] is None
    assert speakers(opening + apposition)[2] is None
    assert speakers(opening + "''Never Again,'' Ruiz grinned.")[2] == "Ann Ruiz"


def test_a_crowd_named_after_the_quotation_is_a_new_voice() -> None:
    # "“Mexico!” the crowd roared back.": a verb the lexicon does not know, after a subject that is neither the last
    # speaker nor one of her roles or messages: not her words. "the senator", "the letter" may still be hers
    opening = "Senator Ann Ruiz spoke at the rally in Dover. “Who will pay for the wall?” she asked. "
    assert speakers(opening + "“Mexico!” the crowd roared back.")[2] is None
    assert speakers(opening + "“Never,” the senator grinned.")[2] == "Ann Ruiz"
    assert speakers(opening + "“Friends, we will win,” the letter read.")[2] == "Ann Ruiz"


@pytest.mark.parametrize("mark", [("“", "”"), ("''", "''")])
def test_a_name_a_few_words_after_the_closing_mark_is_a_new_voice(mark: tuple[str, str]) -> None:
    # "blared the front page of The Daily Ledger": a cue we do not know, then another paper's name six words on
    # (the Times' doubled mark is one mark): not the Harbour Star's words going on
    opening, closing = mark
    body = (
        f"Coverage was harsh: The Harbour Star said Mr. Vance had been {opening}rocked{closing} by Ms. Ruiz. "
        f"{opening}Sunk!{closing} blared the front page of The Daily Ledger."
    )
    assert speakers(body) == ["Harbour Star", None]
