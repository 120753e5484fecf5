"""Tell what each unrecognised line of an article is from its shape.

Plain text carries no markup, so title, caption, byline, headings and paragraphs are told apart
by shape: the first short line is the title; short lines that are not sentences are captions
(or bylines and datelines near the top); a short Title Case line, or one ending with ":", is a
heading. Structured formats arrive with most kinds known and pass through the same rules for
the rest, so a Word paragraph "Background:" is a heading there too.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from briefing.article import BlockKind
from briefing.calendar_words import MONTHS
from briefing.reader.datelines import dateline_end
from briefing.reader.sentences import split_sentences
from briefing.reader.units import Unit

logger = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "onto",
        "or",
        "nor",
        "over",
        "per",
        "than",
        "the",
        "to",
        "up",
        "upon",
        "via",
        "vs",
        "with",
        "off",
        "out",
    ]
)
_LEAD_IN_ENDINGS = frozenset(
    [
        "including",
        "include",
        "includes",
        "follows",
        "following",
        "is",
        "are",
        "was",
        "were",
        "be",
        "it",
        "them",
        "this",
        "that",
        "these",
        "those",
        "below",
        "as",
        "better",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
    ]
)
# A line naming who speaks next is a lead-in to a quotation, not a heading: "Cruz continued:".
_REPORTING = frozenset(
    [
        "said",
        "says",
        "say",
        "stated",
        "states",
        "continued",
        "continues",
        "added",
        "adds",
        "noted",
        "notes",
        "wrote",
        "writes",
        "writing",
        "tweeted",
        "declared",
        "argued",
        "asked",
        "replied",
        "told",
        "explained",
        "insisted",
        "warned",
        "announced",
        "reported",
        "according",
        "responded",
        "concluded",
        "report",
        "reports",
        "reported",
        "reporting",
    ]
)
_INNER_STOP = re.compile(r"[.!?][\"'”’)]*\s")
_BYLINE = re.compile(r"^(?:by|written by|reporting by|words by)\s+(?=[A-Z])(.+)$", re.IGNORECASE)
# A credit line anywhere in the article: "Story by Scott Conroy Video produced by Jon Strauss",
# "(Reporting by Jane Doe; Editing by John Roe)", "Photos by Ana Ruiz"
_CREDIT = re.compile(
    r"^\(?(?i:(?:additional )?(?:story|text|video|videos|photos?|photography|graphics?|reporting|writing|editing|"
    r"production|cinematography|design|interactive)(?: (?:produced|shot|edited|written|and [a-z]+))? by) [A-Z]"
)
# The reporters' closing credits, in sentences of their own: "Costa reported from Washington.", "Phillip reported from
# Oakland, Calif.; Gearan, from Washington.", "Associated Press writer Jill Colvin contributed from Albuquerque.",
# "Amanda Terkel contributed reporting."
_CREDIT_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-.]*){0,3}"
_CREDIT_WHO = (
    r"(?:(?:[A-Z][\w'’\-]*\s+){0,3}(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+)?"
    rf"{_CREDIT_NAME}(?:(?:,\s+|,?\s+and\s+){_CREDIT_NAME})*"
)
_CREDIT_PLACE = r"(?:from|in)\s+[A-Z][\w'’\-.]*(?:,?\s+[A-Z][\w'’\-.]*)*"
_CREDIT_DID = (
    rf"(?:reported\s+{_CREDIT_PLACE}|contributed(?:\s+(?:additional\s+)?(?:reporting|research))?"
    rf"(?:\s+to\s+this\s+(?:report|story|article))?(?:\s+{_CREDIT_PLACE})?)"
)
_CREDIT_SENTENCE = rf"{_CREDIT_WHO}\s+{_CREDIT_DID}(?:;\s*{_CREDIT_NAME},\s+{_CREDIT_PLACE})*\.?"
_CREDIT_SENTENCES = re.compile(rf"{_CREDIT_SENTENCE}(?:\s+{_CREDIT_SENTENCE})*")


def _closing_credits(line: str) -> bool:
    """Whether ``line`` is only the reporters' closing credits (the pattern is tried only where its verb is)."""
    return ("reported" in line or "contributed" in line) and _CREDIT_SENTENCES.fullmatch(line.strip()) is not None


_BYLINE_CUT = re.compile(r"\s+[|•·]\s+|\s*[,;]\s+|\s+[—–-]\s+|\t")
_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATES = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
)
_DATELINE_START = re.compile(r"\s*(?:published|updated|posted|last updated|first published|date)\b", re.IGNORECASE)
_NOT_HEADING = re.compile(r"@|https?:|www\.|^\(|^(?:photo|image|picture|credit|source|video)\b", re.IGNORECASE)
_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’»)]"
DECK_WORDS = 40  # a longer line under a headline is the article's first paragraph
_DECK_LINES = 2  # a deck runs to two lines at most above the dateline
HEADING_LEVEL_PLAIN = 2  # a plain-text heading sits where an HTML h2 would


@dataclass
class HeadInfo:
    """Metadata found in the lines under the title."""

    author: str = ""
    date: str = ""


def classify(text: str, units: list[Unit]) -> HeadInfo:
    """Give every unit without a kind one; return the byline and date found near the top."""
    info = HeadInfo()
    has_title = any(u.kind == BlockKind.TITLE for u in units)
    in_head = True  # still among the title, standfirst, captions and bylines
    for index, unit in enumerate(units):
        line = text[unit.start : unit.end]
        if unit.kind is None and _deck_of(text, units, index):
            unit.kind, unit.level = BlockKind.STANDFIRST, 0
        if unit.kind is None:
            unit.kind, unit.level = _kind_of(line, unit, index, units, has_title, in_head, info)
            if unit.kind == BlockKind.TITLE:
                has_title = True
        if unit.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM):
            in_head = False
    return info


def _deck_of(text: str, units: list[Unit], index: int) -> bool:
    """A short line under the headline that is the headline's deck, not the article's first paragraph.

    Newspaper archives run headline and deck together ("Sanders raises $33M; / Is within $4M of
    Clinton's haul."): the semicolon says the headline goes on. Elsewhere the story's dateline says
    where it starts ("Amid fury at the system, she's seen as an insider. / BUENA PARK, Calif. - ..."):
    a line or two between headline and dateline are the deck. The deck is headline-ese written by an
    editor, often without a subject, so it is the standfirst.
    """
    if index == 0 or not _short_line(text, units[index]):
        return False
    above = units[index - 1].kind
    if above == BlockKind.TITLE and text[units[index - 1].start : units[index - 1].end].rstrip().endswith(";"):
        return True
    line = text[units[index].start : units[index].end]
    if above not in (BlockKind.TITLE, BlockKind.STANDFIRST) or byline_author(line) or _dateline(line):
        return False  # "By Amy Chozick", "June 1, 2016": the byline, read as such below
    for below in units[index + 1 : index + 1 + _DECK_LINES]:
        if dateline_end(text, below.start, below.end) is not None:
            return True
        if not _short_line(text, below):
            return False
    return False


def _short_line(text: str, unit: Unit) -> bool:
    return unit.lines == 1 and len(text[unit.start : unit.end].split()) <= DECK_WORDS


def _kind_of(
    line: str, unit: Unit, index: int, units: list[Unit], has_title: bool, in_head: bool, info: HeadInfo
) -> tuple[BlockKind, int]:
    words = len(line.split())
    if index == 0 and not has_title and _title_like(line, unit, words):
        return BlockKind.TITLE, 0
    if in_head and unit.lines == 1 and words <= 15 and not ends_sentence(line):
        author = byline_author(line)
        if author:
            info.author = info.author or author
            return BlockKind.BYLINE, 0
        date = _dateline(line)
        if date:
            info.date = info.date or date
            return BlockKind.BYLINE, 0
    if unit.lines == 1 and words <= 40 and (_CREDIT.match(line) or _closing_credits(line)):
        return BlockKind.BYLINE, 0  # the credits, wherever they stand: no one's words, nothing to brief
    if unit.lines == 1 and _colon_heading(line, words):
        return BlockKind.HEADING, HEADING_LEVEL_PLAIN
    if not in_head and unit.lines == 1 and index + 1 < len(units) and _plain_heading(line, words):
        return BlockKind.HEADING, HEADING_LEVEL_PLAIN
    if words <= 20 and _ends_like_a_label(line):
        return BlockKind.CAPTION, 0
    return BlockKind.PARAGRAPH, 0


def _title_like(line: str, unit: Unit, words: int) -> bool:
    if unit.lines > 1 or words > 30 or len(line) > 250:
        return False
    count = len(split_sentences(line, 0, len(line)))
    # "Judge Confirmed. Is It The Last?", "Game over. Will Sanders come down?": headlines, while a
    # lead paragraph of two sentences runs to 25 words and more.
    return count <= 1 or (count <= 3 and (words <= 12 or _capitalised_share(line) >= 0.7))


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends on a sentence's last mark, closing quotes and brackets aside ("…it.”", "(Yes!)")."""
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _ends_like_a_label(line: str) -> bool:
    """A caption or credit ends on a word, not on punctuation that carries a sentence on."""
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] not in _SENTENCE_END + ":;,"


def _capitalised_share(line: str) -> float:
    words = _WORD.findall(line)
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    if not significant:
        return 0.0
    return sum(1 for w in significant if w[0].isupper()) / len(significant)


def _colon_heading(line: str, words: int) -> bool:
    """ "Warning on Taiwan:" is a heading; "This article covers, including:" is a lead-in."""
    if not line.endswith(":") or len(line) > 100 or words > 12 or _INNER_STOP.search(line):
        return False
    body = _WORD.findall(line)
    if not body or not body[0][0].isupper() or "," in line:
        return False
    lowered = [w.lower() for w in body]
    if lowered[0] == "from" or any(w in _REPORTING for w in lowered):
        return False  # "From Bloomberg:", "Stated Stone:"
    if words <= 4 and lowered[-1] not in _LEAD_IN_ENDINGS:
        return True
    return _capitalised_share(line) >= 0.6


def _plain_heading(line: str, words: int) -> bool:
    """A short Title Case or upper-case line with no closing punctuation, mid-article."""
    if words > 10 or len(line) > 80 or not _ends_like_a_label(line) or _NOT_HEADING.search(line):
        return False
    if _INNER_STOP.search(line) or line.rstrip(_CLOSERS)[-1:].isdigit():
        return False  # "Sahar Khoga, 52", "Announced March 23, 2015", two sentences
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) and words >= 2:
        return True
    return words >= 3 and _capitalised_share(line) >= 0.75  # two capitalised words are usually a name


def byline_author(line: str) -> str:
    """The name in "By Jane Doe, Reuters" (or "" when the line is no byline)."""
    match = _BYLINE.match(line.strip())
    if not match:
        return ""
    name = _BYLINE_CUT.split(match.group(1), maxsplit=1)[0].strip()
    if not name or find_date(name) or not name[0].isupper():
        return ""
    return name


def _dateline(line: str) -> str:
    """The date of a line that is mostly a date ("Published: 19 June 2023 10:04"), or ""."""
    found = _find_date(line)
    if not found or len(line.split()) > 16:
        return ""
    iso, length = found
    return iso if length >= 0.4 * len(line.strip()) or _DATELINE_START.match(line) else ""


def find_date(line: str) -> str:
    """The first date in the line as YYYY-MM-DD, or ""."""
    found = _find_date(line)
    return found[0] if found else ""


def _find_date(line: str) -> tuple[str, int] | None:
    for pattern in _DATES:
        match = pattern.search(line)
        if not match:
            continue
        parts = match.groupdict()
        if parts.get("mnum"):
            month = int(parts["mnum"])
        else:
            key = parts["month"].lower().rstrip(".")
            month = next(n for name, n in _MONTH_NUMBER.items() if name.startswith(key[:3]))
        day = int(parts["day"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{int(parts['year']):04d}-{month:02d}-{day:02d}", len(match.group(0))
    return None
