"""The part of a lead sentence worth a summary line: a faithful cut, never a rewording.

Web and wire copy glue labels onto sentences: a dateline ("WASHINGTON (Reuters) -",
"(CNN)"), "Scroll down for video", or a photo caption that has no end punctuation and so
runs into the sentence after it ("Smith leaves court on Friday The former minister said...").
A summary line keeps only a sentence proper, so ``lead_parts`` cuts such a span into the
pieces that are sentences, past a dateline and before an empty tail ("..., it emerged today.")
or an aside that only elaborates (", prompting fresh speculation that...": the bottom line is
the clause before it).
Each piece is one unbroken stretch of the article's text, so an item still points at exactly
what it quotes.
"""

from __future__ import annotations

import re

from briefing.reader.sentences import lexicon as sentence_words

_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.\-']*(?:[ ,]+[A-Z][A-Za-z.\-']*){0,4}[ ,]*)?"  # "New Delhi, India"
    r"\((?:[A-Z][A-Za-z.&\-']*)(?: [A-Z][A-Za-z.&\-']*){0,3}\)"  # "(CNN)", "(The Hollywood Reporter)"
    r"\s*(?:--|[—–-])?\s*"
)
_VIDEO = re.compile(r"(?:Scroll|SCROLL) (?:down|DOWN) for (?:the )?(?:video|VIDEO|videos)\b[ .]*")
# A caption's last word, then the next sentence's first word with no full stop between them:
# "... in court on Friday The former minister", "... last Saturday Skilful: The kite" (a caption's
# own "Title: " goes with it). Only after a lower-case word, so "The Times In" is left alone.
_GLUE = re.compile(
    r"\s+(?:(?P<title>[A-Z][\w'’\-]*(?: [a-z][\w'’\-]*){0,3}): (?=[A-Z])(?!(?:The|A|An) [A-Z])"
    r"|(?=(?P<opener>[A-Z][a-z]+)\b(?!['’]s)(?![ ,]+[A-Z])))"
)
_LAST_WORD = re.compile(r"(\S+)$")
_DAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    + ["January", "February", "March", "April", "May", "June", "July"]
    + ["August", "September", "October", "November", "December"]
)
# Sentence starters that also begin names and numbers ("League One", "world No 4", "Last Post").
_NAME_STARTERS = frozenset(["One", "No", "Last", "More", "Most", "Many", "Officials", "So", "To", "Now", "Still"])
_TAIL = re.compile(
    r",\s+(?:it\s+(?:has\s+|had\s+)?(?:emerged|was\s+revealed|has\s+been\s+revealed|was\s+reported|"
    r"has\s+been\s+reported|was\s+claimed|has\s+been\s+claimed)(?:\s+(?:today|yesterday|tonight|last\s+night|"
    r"this\s+week|on\s+\w+day))?)(?=[.!]?\s*$)"
)
# "It comes after X did Y": the news linked to an earlier event; "X did Y" is a sentence itself.
_LINK = re.compile(
    r"(?:It|This) (?:comes|came)(?: just| only)?(?: (?:a|an|one|two|three|four|five|six|\d+) "
    r"(?:day|days|week|weeks|month|months|hour|hours|year|years))?(?: after| as) (?=\S)"
)
# ", prompting fresh speculation...", ", sobbing as she...": a participle clause that elaborates on the
# sentence before it. Not one that says what someone said (", saying...") or where the news comes
# from (", according to..."), nor a preposition or noun that only ends in -ing (", during...").
_ASIDE = re.compile(r",\s+(?P<verb>[a-z]+ing)\b[^\"“”]*$")
_NOT_ASIDES = frozenset(
    ["according", "following", "saying", "adding", "telling", "warning", "insisting", "claiming", "arguing"]
    + ["explaining", "noting", "urging", "stating", "calling", "asking", "during", "nothing", "something"]
    + ["anything", "everything", "morning", "evening", "thing", "bring", "spring", "string", "king", "ring"]
)
MIN_WORDS = 8  # a cut shorter than this is a fragment, not the sentence proper


def lead_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` that are sentences proper, as ``[start, end)`` spans into ``text``.

    Drops a leading dateline and "Scroll down for video", splits where a caption runs into the
    next sentence without a full stop (a caption's "Title: " is dropped with it), and drops a
    leading "It comes after" (what follows is a sentence that names its subject), a trailing
    "it emerged today" and a trailing participle clause that only elaborates (", prompting
    speculation that...", never ", saying..." or ", according to..."). A piece shorter than
    ``MIN_WORDS`` words stays joined to the one before it; a span with nothing to cut comes
    back whole, as the only piece.
    """
    body = text[start:end]
    offset = 0
    match = _DATELINE.match(body)
    if match and _words(body[match.end() :]) >= MIN_WORDS:
        offset = match.end()
    video = _VIDEO.search(body, offset)
    if video is not None and _words(body[video.end() :]) >= MIN_WORDS:
        offset = video.end()
    pieces: list[list[int]] = [[offset, len(body)]]
    for glue in _GLUE.finditer(body, offset):
        word = glue.group("opener")
        if word is not None and (word not in sentence_words().starters or word in _NAME_STARTERS):
            continue
        before = _LAST_WORD.search(body, offset, glue.start())
        if before is None or word is not None and not _caption_end(before.group(1)):
            continue
        if glue.group("title") is not None and _words(body[offset : glue.start()]) < MIN_WORDS:
            continue  # "With the new Avengers: Age of Ultron": a title inside the sentence, not a caption's
        if _words(body[pieces[-1][0] : glue.start()]) >= MIN_WORDS and _words(body[glue.end() :]) >= MIN_WORDS:
            pieces[-1][1] = glue.start()
            pieces.append([glue.end(), len(body)])
    link = _LINK.match(body, pieces[-1][0])
    if link is not None and _words(body[link.end() : pieces[-1][1]]) >= MIN_WORDS:
        pieces[-1][0] = link.end()
    tail = _TAIL.search(body, pieces[-1][0])
    if tail is not None and _words(body[pieces[-1][0] : tail.start()]) >= MIN_WORDS:
        pieces[-1][1] = tail.start()
    aside = _ASIDE.search(body, pieces[-1][0], pieces[-1][1])
    if (
        aside is not None
        and aside.group("verb") not in _NOT_ASIDES
        and _words(body[pieces[-1][0] : aside.start()]) >= MIN_WORDS
        and not open_quote(body[pieces[-1][0] : aside.start()])
    ):
        pieces[-1][1] = aside.start()
    return [(start + a, start + b) for a, b in pieces]


def _caption_end(word: str) -> bool:
    """Whether a caption may end on ``word``: a lower-case word, a number, ")" or a day ("on Friday")."""
    return word[0].islower() or word[-1] in "0123456789)" or word.rstrip(".,") in _DAYS


def open_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open: a cut there would end inside someone's words."""
    if text.count('"') % 2 or text.count("“") > text.count("”"):
        return True
    opened = len(re.findall(r"(?:^|(?<=[\s(]))[‘']", text))
    closed = len(re.findall(r"[’'](?=$|[\s,.;:!?)])", text))
    return opened > closed


def _words(text: str) -> int:
    return len(text.split())
