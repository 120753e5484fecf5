"""Photo captions glued onto the sentence after them, told apart by the reader.

Web copy flattened to text loses the line break after a caption, and a caption has no end
punctuation, so it runs into the next sentence: "Smith leaves court on Friday The former minister
said ...", "... on Sunday Stuck fast: Crews worked through the night ...", and so does a web
page's "Scroll down for video" label or a shopping widget's "Visit site" button. The sentence splitter
sees one sentence there; ``glued_captions`` finds where the captions end, so the article gets a
caption block (a label the pre-fill never quotes) and the sentence proper after it.

The rule is narrow on purpose, because a wrong cut drops a real sentence from the brief: a
caption ends on a lower-case word, a number, ")" or a day or month; the sentence after it opens on
a word that usually starts one ("The", "He", "However,"), not on a name; and both sides are at
least ``MIN_WORDS`` words long. Before "The", "He", "It", "But" and the like a caption may also end on a
name ("... under Thatcher and Reagan The document was ..."): no sentence runs a name into "The document".
"""

from __future__ import annotations

import re

from briefing.calendar_words import CALENDAR_NAMES
from briefing.reader.sentences import lexicon as sentence_words

# A caption's last word, then the next sentence's first word with no full stop between them:
# "... in court on Friday The former minister", "... last Saturday Skilful: The kite" (a caption's
# own "Title: " goes with it). Not before a name or title ("The Times", "In Cold Blood"); "However, China" may open one.
_GLUE = re.compile(
    r"\s+(?:(?P<title>[A-Z][\w'’\-]*(?: [a-z][\w'’\-]*){0,3}): (?=[A-Z])(?!(?:The|A|An) [A-Z])"
    r"|(?=(?P<opener>[A-Z][a-z]+)\b(?!['’]s)(?! +[A-Z])))"
)
# A web page's own labels: "Scroll down for video", and a shopping widget's "Visit site" button after its product.
_VIDEO = re.compile(r"(?:(?:Scroll|SCROLL) (?:down|DOWN) for (?:the )?(?:video|VIDEO|videos)|Visit site)\b[ .]*")
_LAST_WORD = re.compile(r"(\S+)$")
# Sentence starters that also begin names and numbers ("League One", "world No 4", "Last Post").
_NAME_STARTERS = frozenset(["One", "No", "Last", "More", "Most", "Many", "Officials", "So", "To", "Now", "Still"])
_NAME_PROOF = frozenset(["The", "This", "These", "He", "She", "They", "It", "But", "However"])
MIN_WORDS = 8  # a side shorter than this is a fragment or a title, not a caption and a sentence


def glued_captions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The captions that open the sentence ``text[start:end]``, as ``[start, end)`` spans into ``text``.

    Each span runs from the end of the one before (or ``start``) to where the next piece begins,
    a caption's "Title: " or a "Scroll down for video" label included; the sentence proper is what follows the last span. A sentence
    with no glued caption gives an empty list.
    """
    starters = sentence_words().starters
    captions: list[tuple[int, int]] = []
    video = _VIDEO.search(text, start, end)
    if video is not None and _words(text[video.end() : end]) >= MIN_WORDS:
        captions.append((start, video.end()))  # with any label before it: a sentence would have ended
        start = video.end()
    piece = start
    for glue in _GLUE.finditer(text, start, end):
        word = glue.group("opener")
        if word is not None and (word not in starters or word in _NAME_STARTERS):
            continue
        before = _LAST_WORD.search(text, start, glue.start())
        if before is None or not _caption_end(before.group(1), titled=word is None, opener=word):
            continue
        if glue.group("title") is not None and _words(text[start : glue.start()]) < MIN_WORDS:
            continue  # "With the new Avengers: Age of Ultron": a title inside the sentence, not a caption's
        if _opens_quote(text[start : glue.start()]):
            continue  # inside someone's words: a quotation runs on over the cut
        if _words(text[piece : glue.start()]) >= MIN_WORDS and _words(text[glue.end() : end]) >= MIN_WORDS:
            captions.append((piece, glue.end()))
            piece = glue.end()
    return [_trimmed(text, a, b) for a, b in captions]


def _caption_end(word: str, titled: bool = False, opener: str | None = None) -> bool:
    """Whether a caption may end on ``word``: a lower-case word, a number, ")" or a day ("on Friday"), or
    before an ``opener`` no sentence runs a name into ("Reagan The document"), a name.

    Never on a mark that ends or carries on a sentence ("uncomfortable.", "said,"): a full stop the
    splitter kept inside a quotation is no caption's end. Before a titled caption ("... on Sunday
    Stuck fast: Crews ...") only a day, a number or ")" will do: after a lower-case word, "Title:"
    is as often a clause that introduces what follows ("asked them a simple question: Who ...").
    """
    word = word.rstrip("'’”\"")  # a caption may end on a quoted phrase: "... was 'too hot'"
    if not word or not (word[-1].isalnum() or word[-1] == ")"):
        return False
    if opener in _NAME_PROOF and word[0].isupper() and word.isalpha():
        return True  # "... under Thatcher and Reagan The document ...": no sentence runs a name into "The document"
    return (word[0].islower() and not titled) or word[-1] in "0123456789)" or word in CALENDAR_NAMES


def _opens_quote(text: str) -> bool:
    """Whether ``text`` leaves a double quotation open ("...", “...”)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(text.split())
