"""Split a block of article text into sentences, as offsets.

News prose is full of full stops that end nothing: "U.S.", "Mr.", "Gen.", "Jan. 5", "No. 10",
initials ("J. R. R. Tolkien"), decimals ("3.5%") and quotations that carry their own full stops
before the attribution ("... stop. Then we talk," he said). The rules below are deliberately
simple and linear: one regular-expression pass over candidate ends, each judged by the word
before it, the word after it and whether it sits inside an attributed quotation. The word lists
are data (resources/reader/) so that an editor can extend them without touching code.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.resources import resources_dir

logger = logging.getLogger(__name__)

# A run of terminal marks, then any closing quotes or brackets, then whitespace.
# Only where a run of marks begins (the look-behind), and without backtracking into it: a line of a
# million full stops must cost one pass, not a million.
_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
_SPACE = re.compile(r"\s+")
_OPENERS = "\"'“‘«([{¿¡—–-"
_TOKEN_BEFORE = re.compile(r"[^\s\"'“‘«(\[{]+$")
_WORD_AFTER = re.compile(r"[\w'’\-]+")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # U.S, e.g, a.m, J.R.R
_INITIAL = re.compile(r"^[A-Z]$")
_QUOTE_MARK = re.compile(r"[“”\"‘’]")
_QUOTE_END_PUNCT = ".,!?;:…—–-"
_MAX_PROTECTED_QUOTE = 1500  # longer "quotations" are more likely unbalanced marks


@dataclass(frozen=True)
class Lexicon:
    """Word lists that steer the splitter (see resources/reader/*.txt)."""

    titles: frozenset[str]
    abbreviations: frozenset[str]
    starters: frozenset[str]
    speech_tags: frozenset[str] = frozenset()  # "said", "asked": a quotation's tag after its close


def _words(path: Path) -> dict[str, set[str]]:
    """Read a word list; ``[section]`` lines switch the section, ``#`` starts a comment."""
    sections: dict[str, set[str]] = {"": set()}
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, set())
        else:
            sections[current].add(line)
    return sections


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    folder = resources_dir() / "reader"
    try:
        abbreviations = _words(folder / "abbreviations.txt")
        starters = _words(folder / "sentence_starters.txt")
        tags = _words(folder / "speech_tags.txt")
    except OSError:  # a broken install: split on punctuation alone rather than fail to read
        logger.exception("sentence word lists missing under %s", folder)
        return Lexicon(frozenset(), frozenset(), frozenset())
    return Lexicon(
        frozenset(abbreviations.get("title", set())),
        frozenset(abbreviations.get("other", set())),
        frozenset(starters.get("", set())),
        frozenset(tags.get("", set())),
    )


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``[start, end)`` spans of the sentences in ``text[start:end]``, trimmed of spaces."""
    words = lexicon()
    protected = _protected_quotes(text, start, end)
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _CANDIDATE.finditer(text, start, end):
        after = _SPACE.match(text, match.end(), end)
        following = after.end() if after else match.end()
        if following >= end:
            break
        if protected and _inside(protected, match.end()):
            continue
        if _is_boundary(text, cursor, match, following, end, words):
            spans.append((cursor, match.end()))
            cursor = following
    spans.append((cursor, end))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _is_boundary(text: str, cursor: int, match: re.Match[str], following: int, end: int, words: Lexicon) -> bool:
    nxt = following
    while nxt < end and text[nxt] in _OPENERS:
        nxt += 1
    if nxt >= end:
        return True
    first = text[nxt]
    if first.islower():
        return False  # "Jeb! was", "... stop." he said, "etc. and"
    marks = match.group(0).rstrip("\"'”’»)]")
    on_its_line = "\n" not in text[match.end() : nxt]
    if marks != match.group(0) and on_its_line and _tag_follows(text, nxt, end, bare=marks == ".", words=words):
        return False  # "“Will we win?” Biden said.": the quotation's tag ends the sentence
    if marks != "." or match.group(0).rstrip(")]") != ".":
        return True  # ! ? … or a full stop that closes a quotation
    before = _TOKEN_BEFORE.search(text, max(cursor, match.start() - 40), match.start())
    token = before.group(0).lstrip("-—–/") if before else ""  # "-Mrs. Clinton", "(Ariz.) Sheriff"
    if not token:
        return True
    if token in words.titles or token.rpartition("-")[2] in words.titles:
        return False  # Mr. Smith, Gen. Milley, No. 10, then-Cmdr. Burge, ex-Gov. Perry
    if first.isdigit():
        return token not in words.abbreviations and not _DOTTED.match(token)  # Jan. 5; a.m. 10
    if token in words.abbreviations or _DOTTED.match(token) or _INITIAL.match(token):
        word = _WORD_AFTER.match(text, nxt, end)
        return word is not None and word.group(0) in words.starters
    return True


# A quotation's tag after its close: a short run of capitalised names (titles and name particles
# allowed: "Mr. Trump", "Beto O’Rourke", "Charles de Gaulle"), then a speech verb.
_TAG = re.compile(r"((?:(?:[A-Z][\w’'.-]*|de|van|von|da|bin|al)\s+){1,4})([a-z]+)\b")
# what may follow the verb in a tag that does not go on to report more ("said of Apple in February",
# "said at a rally", "told reporters", "wrote on Twitter"), where "said the FBI has..." reports more
_TAG_GOES_ON = re.compile(
    r"\s*(?:[.,;:!?]|\s(?:of|at|in|on|to|during|after|as|before|while|when|then|later|from|with|via|"
    r"about|last|this|earlier|recently|again|afterward|today|yesterday)\b)"
)

_NEW_QUOTE = re.compile(r"\s*[,:]?\s*[\"“‘']")


def _tag_follows(text: str, at: int, end: int, *, bare: bool, words: Lexicon) -> bool:
    """Whether a quotation's tag ("Biden said.", "Trump told Britain’s ITV") follows a closing quote at ``at``.

    After "?" or "!" the tag may go on ("Trump said of Apple in February"); after a bare full stop
    only a tag that ends there is one ("... stop.” Trump said."), since "... stop.” Trump says he
    will..." is a new sentence that reports more.
    """
    tag = _TAG.match(text, at, min(end, at + 80))
    if tag is None or tag.group(2) not in words.speech_tags:
        return False
    first = tag.group(1).split()[0]
    if first in words.starters:
        return False  # "He said", "But said", "The said": a pronoun or an ordinary opener, not a name
    after = tag.end()
    if _NEW_QUOTE.match(text, after, end):
        return False  # "Cruz says, “That is...": the tag opens a quotation of its own
    if bare:
        return after >= end or text[after] in ".,"
    told = tag.group(2) in ("told", "tells", "asked", "asks")
    return told or after >= end or _TAG_GOES_ON.match(text, after, end) is not None


def _protected_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quotations whose full stops must not end the sentence.

    A quotation is protected when the sentence goes on after it: it closes without a final
    mark ("... we talk," he said) or a lower-case word follows it ("... stop." he said).
    """
    pairs: list[tuple[int, int]] = []
    double_open: int | None = None
    single_open: int | None = None
    for mark in _QUOTE_MARK.finditer(text, start, end):
        pos, char = mark.start(), mark.group(0)
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if char == "“":
            double_open = pos
        elif char == "”":
            if double_open is not None:
                pairs.append((double_open, pos))
                double_open = None
        elif char == '"':
            if double_open is None and (before.isspace() or before in "([{—–-"):
                double_open = pos
            elif double_open is not None:
                pairs.append((double_open, pos))
                double_open = None
        elif char == "‘":
            if before.isspace() or before in '([{—–-"“':
                single_open = pos
        elif single_open is not None and before in _QUOTE_END_PUNCT and not after.isalnum():
            pairs.append((single_open, pos))
            single_open = None
    protected = []
    for q_open, q_close in pairs:
        if q_close - q_open > _MAX_PROTECTED_QUOTE:
            continue
        space = _SPACE.match(text, q_close + 1, end)
        nxt = space.end() if space else q_close + 1
        ends_with_mark = text[q_close - 1] in ".!?…"
        continues = nxt < end and (text[nxt].islower() or text[nxt] in ",;—–")
        if not ends_with_mark or continues:
            protected.append((q_open, q_close))
    return _merge(protected)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for q_open, q_close in sorted(spans):
        if merged and q_open <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], q_close))
        else:
            merged.append((q_open, q_close))
    return merged


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls within one of the sorted, disjoint ``(open, close]`` spans."""
    index = bisect_left(spans, (pos, -1)) - 1
    return index >= 0 and spans[index][0] < pos <= spans[index][1]
