"""The lazily parsed Hunspell dictionary: spylls' answers, without reading every word first."""

from __future__ import annotations

from pathlib import Path

import pytest
from spylls.hunspell import Dictionary
from spylls.hunspell.data import dic as spylls_dic

from briefing.check import Checker
from briefing.check.hunspell_dic import open_dictionary
from briefing.check.spelling import Speller, dictionaries_dir
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.resources import default_article_path

# A made-up dictionary with each kind of line the index must read as spylls does.
AFF = """SET UTF-8
TRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ'
NOSUGGEST !
REP 1
REP f ph
SFX S Y 2
SFX S 0 s [^sxy]
SFX S y ies [^aeiou]y
PFX U Y 1
PFX U 0 un .
"""
DIC = """14
kettle/S
bramble/SU
quarry/S
brambleberry
wendsday ph:wensday
marsh/S\tNoun: a wet place
Ottawa
McGregor
a/b/c
\\/slash
lone/tree/S

spoon/S
spoon/U
X
"""
WORDS = [
    "kettle", "kettles", "Kettles", "KETTLES", "bramble", "unbramble", "UNBRAMBLES", "quarries",
    "brambleberry", "wendsday", "wensday", "marsh", "marshes", "marshs", "Ottawa", "ottawa", "OTTAWA",
    "McGregor", "MCGREGOR", "mcgregor", "a/b/c", "a", "/slash", "lone/tree", "lone", "spoon", "spoons",
    "unspoon", "X", "x", "E", "K", "kettel", "14", "",
]  # fmt: skip


@pytest.fixture
def made_up(tmp_path: Path) -> Path:
    stem = tmp_path / "xx_XX"
    stem.with_suffix(".aff").write_text(AFF, encoding="utf-8")
    stem.with_suffix(".dic").write_text(DIC, encoding="utf-8")
    return stem


def test_every_kind_of_line_reads_as_spylls_reads_it(made_up: Path) -> None:
    lazy, full = open_dictionary(made_up), Dictionary.from_files(str(made_up))
    assert [lazy.lookup(w) for w in WORDS] == [full.lookup(w) for w in WORDS]
    assert lazy.dic.homonyms("spoon") == full.dic.homonyms("spoon"), "both lines of a stem, in file order"
    assert lazy.aff.REP == full.aff.REP, "a ph: tag extends the REP table at once, as spylls does"
    for key in ("ottawa", "mcgregor", "a", "e", "x"):  # spylls' lower-case index, its quirks too
        assert lazy.dic.homonyms(key, ignorecase=True) == full.dic.homonyms(key, ignorecase=True), key
    assert lazy.dic.words == full.dic.words


def test_the_shipped_british_dictionary_answers_as_spylls_does() -> None:
    """en_GB has lines with tabs and data tags; every 60th stem, and forms of it, both ways."""
    stem = dictionaries_dir() / "en_GB"
    lazy, full = open_dictionary(stem), Dictionary.from_files(str(stem))
    lines = stem.with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1::60]
    stems = [line.split("\t")[0].split("/")[0] for line in lines]
    words = [form for s in stems for form in (s, s.upper(), f"{s}s")]
    words += ["goverment", "colour", "color", "Beijing", "Blinken", "I", "A", "Z"]
    assert [lazy.lookup(w) for w in words] == [full.lookup(w) for w in words]


def test_the_first_check_parses_a_few_words_not_the_whole_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first check took 3 s on a busy machine (0.6 s quiet), nearly all of it spylls reading
    97,000 dictionary lines into words; the sample's check needs a few hundred stems."""
    brief = prefill(read_article(default_article_path()))
    appended: list[object] = []
    real_append = spylls_dic.Dic.append
    monkeypatch.setattr(
        spylls_dic.Dic, "append", lambda self, word, **kw: appended.append(word) or real_append(self, word, **kw)
    )
    speller = Speller("en-GB")  # not the shared one: loaded here, as at the first check
    findings = Checker(speller=lambda _language: speller).check(brief)
    assert {f.kind for f in findings} >= {"unreviewed"}
    assert len(appended) < 10_000, f"{len(appended)} dictionary words parsed for one brief"
