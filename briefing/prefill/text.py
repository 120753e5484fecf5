"""Word-level helpers shared by the pre-fill: tokens with offsets, content words, overlap.

Everything keeps character offsets so that whatever the pre-fill decides can be traced back
to the article text; the stemmer is deliberately crude (suffix stripping) because it only
has to make "communication" meet "communications", and it must stay fast.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from briefing.prefill.wordlists import grammar_list, grammar_words
from briefing.reader.classify import ends_sentence

logger = logging.getLogger(__name__)


def _token_pattern(word: str) -> re.Pattern[str]:
    """The tokenizer with ``word`` as its pattern for words (an alternative, so it opens on "|")."""
    return re.compile(
        r"(?:[A-Za-z]\.){2,}"  # U.S., U.N., U.S.A.
        r"|(?:" + "|".join(re.escape(a) for a in grammar_list("token_abbreviations")) + r")\.(?=\s)"
        r"|[A-Z]\.(?=\s+[A-Z])"  # the initial in Donald J. Trump
        r"|[A-Za-z]+&[A-Za-z]+\b"  # AT&T, Q&A: one word
         + word + r"(?:['’](?!s\b)[A-Za-z]\w*)?"
        r"|['’]s\b"  # possessive
        r"|\d[\d,.:]*\d|\d"
        r"|[\"“”‘’'(),;:.!?—–―&-]"  # "&" a mark of its own: "Procter & Gamble" holds it, "Jim & Sarah" is two
    )


_TOKEN = _token_pattern(r"|[A-Za-z\u00C0-\u024F][\w\-]*")  # words, O'Rourke, China-US
# Text with a decomposed accent ("Pen\u0303a") or UTF-8 read as Latin-1 ("PeÃ±a", a mis-decoded web page): such a
# name stays one word. The wider pattern is slower, so it reads only the text that needs it.
_TOKEN_WIDE = _token_pattern(
    r"|[A-Za-z\u00C0-\u024F][\w\-\u0300-\u036F]*(?:(?<=[\u00C2\u00C3\u0302\u0303])[\u0080-\u00BF][\w\-\u0300-\u036F]*)*"
)
_WIDE_NEEDED = re.compile(r"[\u0080-\u009F\u00A1-\u00BF\u0300-\u036F]")


STOPWORDS = grammar_words("stopwords")


class Token:
    """A word or punctuation mark with its offsets into the article text (end exclusive)."""

    __slots__ = ("end", "is_cap", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.lower = text.lower()
        first = text[:1]
        self.is_cap = first.isupper()
        self.is_word = first.isalpha()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` itself."""
    end = len(text) if end is None else end
    pattern = _TOKEN_WIDE if _WIDE_NEEDED.search(text, start, end) else _TOKEN
    return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start, end)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, fast suffix stripper: enough to match inflections of the same word."""
    w = word.lower()
    for suffix in ("ations", "ation", "ingly", "ings", "ing", "ments", "ment", "ies", "ied", "es", "ed", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


_Tree = dict[str, "_Tree"]  # letter -> what follows it; "" marks where a phrase ends


def longest_first(phrases: list[str]) -> str:
    """A regex matching any of ``phrases`` (literal text), the longest one that fits first, as a tree by their
    letters ("will|won't|would" is "w(?:ill|o(?:n't|uld))"): the same matches as the plain alternation sorted
    longest first, but the engine reads each letter once instead of trying every phrase at every position."""
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _branches(tree) if tree else "(?!)"


def _branches(node: _Tree) -> str:
    """The regex of a tree's node: its longer continuations before the phrase that ends at it (longest first)."""
    ends = "" in node
    parts = []
    for char, child in node.items():
        if char:
            while len(child) == 1 and "" not in child:  # a run of single letters: one literal
                ((more, child),) = child.items()
                char += more
            parts.append(re.escape(char) + _branches(child))
    if not parts:
        return ""
    if ends:
        return "(?:" + "|".join(parts) + ")?"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")


def content_words(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words)."""
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS)


MARKUP = re.compile(r"<[^<>]*>")  # an embed's tag ('<tweet id="..." author="...">'): no words of the article's
_MARKUP_OR_ADDRESS = re.compile(
    MARKUP.pattern + r"|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io)\b\S*"
)
# "...gun laws</tweet>.": the embed's closing tag and the page's stop
_TRAILING_TAG = re.compile(MARKUP.pattern + r"\.?$")
# what a scraped post drags in after its words: its links ("https://t.co/AbC123", "pic.twitter.com/xyz") and the
# page's furniture ("SIGN UP FOR OUR NEWSLETTER"); only at the span's end, so a link mid-sentence stays
_TRAILING_SCRAPE = re.compile(
    r"(?:^|(?<=\s))(?:(?:https?://)?(?:t\.co|pic\.twitter\.com)/\S+|(?i:sign up for our newsletters?))$"
)
# What each of those patterns cannot match without; most sentences have none, and these are quick to look for
_MARKUP_OR_ADDRESS_HINT = re.compile(r"<|://|www\.|\.(?:com|org|net|gov|edu|io)")
_NEWSLETTER = re.compile(r"(?i:newsletter)")
_PROSE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "I'm" is one word


def prose_words(text: str) -> int:
    """Words of prose in ``text``, markup and web addresses aside: '<tweet tweet-id="6673"/>.' and
    'http://example.com.' have none, "Nooooo!" one, "I'm not changing." three."""
    if _MARKUP_OR_ADDRESS_HINT.search(text):
        text = _MARKUP_OR_ADDRESS.sub(" ", text)
    return len(_PROSE_WORD.findall(text))


def _trailing_scrape(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_TRAILING_SCRAPE`` in ``text[start:end]``, looked for only where a link's or the newsletter's words are:
    the last 40 characters hold "newsletter" if the span ends on the invitation to sign up."""
    span = text[start:end]
    signs_up = span[-1:].isalpha() or span[-1:] == "\n"  # the invitation ends on its last letter, or a line end
    if (
        "t.co/" in span
        or "pic.twitter.com/" in span
        or signs_up
        and _NEWSLETTER.search(text, max(start, end - 40), end)
    ):
        return _TRAILING_SCRAPE.search(text, start, end)
    return None


ROSTER_NAMES = 6  # this many names in a row, and nothing else, are a list of people, not a statement
_LIST_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_NAME_IN_LIST = re.compile(r"(?:[A-Z][\w'’.\-]*\s*){1,4}")  # "Brady Quirk-Garvan", "Gary R. Smith"


def is_roster(text: str) -> bool:
    """Whether ``text`` is a list of names ("South Carolina: Andrew Collins, Ana Brod, ... and Will Folks."):
    who took part, the credits, a panel. It says nothing a brief could carry, and its capitalised "Will" or
    "May" would read as an outlook."""
    body = text.split(":", 1)[1] if ":" in text[:40] else text
    if body.count(",") + body.count("and") < ROSTER_NAMES - 1:
        return False  # each break between names holds a comma or an "and": too few for a list (most sentences)
    pieces = [p.strip(" .") for p in _LIST_BREAK.split(body)]
    return len(pieces) >= ROSTER_NAMES and all(_NAME_IN_LIST.fullmatch(p) for p in pieces if p)


_LINE_END = re.compile(r"[^\S\n]*\n\s*")  # a line end, with any blank lines and spaces around it


def one_line(text: str) -> str:
    """``text`` with each line end inside it, a paragraph break too, and the spaces around it made one space: a
    sentence a hard-wrapped e-mail broke over lines, or a lead-in and the quotation it introduces, read as one line."""
    return _LINE_END.sub(" ", text) if "\n" in text else text


def ended(line: str) -> str:
    """``line`` with a full stop where a cut left it without one: "Trump could shift into statesman mode" for a
    sentence that went on ", acting like a presumed nominee." reads as a sentence, not as words broken off. The
    item's source still points at exactly the article's words it keeps."""
    line = line.rstrip()
    return line if not line or ends_sentence(line) else line + "."


def coverage(words: frozenset[str], by: frozenset[str] | set[str]) -> float:
    """Share of ``words`` found in ``by``: 1.0 means the first repeats the second."""
    if not words:
        return 0.0
    return len(words & by) / len(words)


def trim_span(text: str, start: int, end: int, strip: str = " \t\n•·*-–—,;:") -> tuple[int, int]:
    """Narrow ``[start, end)`` past list marks, stray punctuation, spaces and an embed's tags at either end
    ('<tweet author="...">I didn't suggest it.</tweet>.': the tweet's words, not its markup), and past a scraped
    post's trailing links and page furniture ("... great night! https://t.co/AbC123 SIGN UP FOR OUR NEWSLETTER")."""
    while True:
        while start < end and text[start] in strip:
            start += 1
        while end > start and text[end - 1] in strip:
            end -= 1
        opening = MARKUP.match(text, start, end)
        closing = _TRAILING_TAG.search(text, start, end) or _trailing_scrape(text, start, end)
        if opening:
            start = opening.end()
        elif closing:
            end = closing.start()
        else:
            return start, end
