"""Words that stand between a cue and its subject without changing who speaks: an adverb after "has", an aside
such as ", meanwhile,", a time after "later", how the words were sent ("by telephone"), a body named for what it
does ("the Department of Justice"), a list of examples that runs on to the verb. Made-up sentences."""

from __future__ import annotations

import pytest

from briefing.prefill.actors import scan
from briefing.prefill.lexicon import load_lexicon
from briefing.prefill.phrase_shapes import asides
from briefing.prefill.text import tokenize
from tests.prefill_support import speakers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an adverb of time or degree between a perfect auxiliary and its participle
        ("Mayor Ana Ruiz has long said that the port must stay public.", "Ana Ruiz"),
        ("Mayor Ana Ruiz has since argued that the port must stay public.", "Ana Ruiz"),
        ("Mayor Ana Ruiz has even claimed that the port will make money.", "Ana Ruiz"),
        ("Dock workers had long warned that the cranes were unsafe.", "Dock workers"),
        # a connective set off by commas
        ("Senator Lee Park, meanwhile, warned that the toll could rise again.", "Lee Park"),
        ("Senator Lee Park, too, said the toll was too high.", "Lee Park"),
        # a time of day after "later" or "earlier"
        ("Governor Ruth Adler later Thursday told reporters that the bridge would reopen.", "Ruth Adler"),
        ("Governor Ruth Adler earlier Monday said the bridge would reopen.", "Ruth Adler"),
        # a reflexive after the subject
        ("The Harbour Trust itself said the sale was off.", "Harbour Trust"),
        # "by" and how the words were sent is no passive agent
        ("“The port is not for sale,” Ms. Ruiz said by telephone on Sunday.", "Ruiz"),
        ("Ana Ruiz told the council by email that the port was not for sale.", "Ana Ruiz"),
        # a body named for what it does: "Justice" after "of" or "for" is no judge's title
        ("The Department of Justice said the merger would be reviewed.", "Department of Justice"),
        ("The Harlow Center for Justice noted that spending had doubled.", "Harlow Center for Justice"),
        (
            "While the union has maintained that the port is safe, Mayor Ana Ruiz has nevertheless called it unsafe.",
            "Ana Ruiz",
        ),
        # a role word after a title of address is a surname: "Mr. King" is a man, not a monarch
        ("Tom King toured the port. “That is sixty jobs,” Mr. King said.", "Tom King"),
        ("“Thank you, Mr. President,” Ana Ruiz replied.", "Ana Ruiz"),  # "Mr. President" addresses the office
        # "maintain" reports where a clause follows, or as the closing aside
        ("The port will make money, Ann Blackwell maintains.", "Ann Blackwell"),
        ("Ann Blackwell maintains that the port will make money.", "Ann Blackwell"),
        # a name's suffix keeps its full stop; "General" before a firm's word is the firm's name
        ("Mayor Thomas R. Vale Jr. said the port would stay public.", "Vale Jr"),
        ("General Foods says that in 2012 it paid $3 million in port fees.", "General Foods"),
        # after a quotation, "wrote on Facebook" says where the words were posted: no reporter's credit line
        ("“Go, Ruiz, go!” Lee Park wrote on Facebook.", "Lee Park"),
        # an apposition that opens on a past participle and a preposition, or a name with its party in brackets
        ("Ana Ruiz, clad in a yellow raincoat, said the port would flood.", "Ana Ruiz"),
        ("Sen. Ana Ruiz (R-Ohio), facing a stiff challenge from Lee Park, noted that the port was safe.", "Ana Ruiz"),
        # the examples of a list that runs on to the verb: the list's head speaks, not its last name
        (
            (
                "Several dock unions, including the Marine Guild (Leeds) and the Crane Union (Hull) have said they "
                "oppose the sale."
            ),
            "dock unions",
        ),
    ],
)
def test_the_subject_is_read_past_what_stands_between_it_and_the_cue(body: str, expected: str) -> None:
    found = speakers(body)[-1]
    assert found is not None and found.endswith(expected), found


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz has long hair and a quick laugh.",  # "long" before a noun is no adverb
        "The rates set by phone companies rose again in May.",  # "by" and a noun phrase: the agent
        "Mayor Ana Ruiz maintains a commanding lead in the polls.",  # "maintain" without a clause: keeps
    ],
)
def test_words_that_only_look_like_those_gaps_report_nothing(body: str) -> None:
    assert speakers(body)[-1] is None


def test_an_opening_it_on_a_speech_verb_is_the_body_that_spoke_just_before() -> None:
    body = (
        "Harbourlink said on Friday that it had closed 300 accounts. "
        "It added that it works with port groups. "
        "Ana Ruiz said the port was safe. "
        "It said nothing about the cranes. "  # not Ruiz: "it" is never a person, and "said nothing" is no report
        "The Treasury Office released a report on Monday. "
        "It said the deficit would narrow."  # the report's words; the office did not speak in the sentence before
    )
    assert speakers(body) == ["Harbourlink", "Harbourlink", "Ana Ruiz", None, None, None]


def test_a_time_word_is_an_aside_only_where_a_comma_closes_it() -> None:
    def marked(text: str, cue: str) -> list[str]:
        sc = scan(text, tokenize(text, 0, len(text)), load_lexicon())
        i = next(k for k, t in enumerate(sc.tokens) if t.text == cue)
        return [t.text for t, aside in zip(sc.tokens[:i], asides(sc, 0, i, lambda a, b: False), strict=True) if aside]

    assert marked("Hours later, Ruiz said the dam held.", "said") == ["Hours", "later"]
    assert marked("Ruiz toured the dam and later said it held.", "said") == []
