"""A saved news page: the article's own text and structure, through trafilatura.

trafilatura is the reference extractor for news pages: it drops navigation, adverts, cookie
banners and comments, and finds title, author, date and site name. We hand it a string only, so
it never fetches anything, and we strip scripts and styles first. lxml gives up silently past 256
levels of nesting and trafilatura takes about a second per megabyte of markup, so pages that are
nested too deeply or too large are refused up front rather than read for minutes.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from briefing.article import Article, BlockKind
from briefing.errors import ReadError
from briefing.reader.mojibake import repair
from briefing.reader.structure import build_article
from briefing.reader.units import Part, compose
from briefing.resources import resources_dir

logger = logging.getLogger(__name__)

MAX_MARKUP_CHARS = 3_000_000  # after scripts, styles and inline images are gone; a few seconds of work
# trafilatura's time grows faster than the page: about 1 s for 10,000 elements, 5 s for 20,000, a
# minute for 100,000. Past these sizes it skips its second-opinion extractors (about 3x faster).
MAX_ELEMENTS = 25_000
FAST_ABOVE_CHARS = 1_000_000
FAST_ABOVE_ELEMENTS = 8_000
MAX_NESTING = 200  # lxml's HTML parser stops at 256 and silently loses the rest
_ACTIVE_START = re.compile(r"<(script|style|svg|noscript|template|iframe|object|embed)\b|<!--")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*+)[^<>]*?(/?)>")
_DATA_URI = re.compile(r"data:[\w/+.-]{1,100};base64,[A-Za-z0-9+/=\s]{64,}", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_OPTIONAL_END = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "option",
        "optgroup",
        "rt",
        "rp",
        "colgroup",
        "caption",
        "html",
        "head",
        "body",
    ]
)
_HEADING = re.compile(r"h([1-6])")


def article_from_html(html: str, label: str) -> Article:
    cleaned = strip_active(repair(html))  # a page saved or served with the wrong character set
    if len(cleaned) > MAX_MARKUP_CHARS:
        raise ReadError(
            f"{label} is too large a web page to read ({len(cleaned) / 1e6:.0f} million characters of markup)"
        )
    depth, elements = nesting_depth(cleaned)
    if depth > MAX_NESTING:
        raise ReadError(f"{label} is nested too deeply to be read as a web page")
    if elements > MAX_ELEMENTS:
        raise ReadError(
            f"{label} has too many parts to be read as a web page ({elements} elements; the limit is {MAX_ELEMENTS})"
        )
    document = _extract(cleaned, fast=len(cleaned) > FAST_ABOVE_CHARS or elements > FAST_ABOVE_ELEMENTS)
    if document is None or document.body is None:
        raise ReadError(f"{label} has no article text that Briefing could find")
    sitename = (document.sitename or "").strip()
    title = page_title((document.title or "").strip(), sitename, _first_h1(document.body))
    parts = _parts(document.body, title)
    if not any(p.kind != BlockKind.HEADING for p in parts):
        raise ReadError(f"{label} has no article text that Briefing could find")
    if title:
        parts.insert(0, Part(title, BlockKind.TITLE))
    text, units = compose(parts)
    return build_article(
        text,
        units,
        title=title,
        outlet=sitename,
        author=(document.author or "").strip(),
        date=(document.date or "").strip(),
    )


def strip_active(html: str) -> str:
    """Remove scripts, styles, frames, embedded objects, comments and inline images in linear passes.

    A hand-rolled scan rather than one regular expression: an unclosed "<script" must cost one
    pass over the rest of the page, not one pass per occurrence.
    """
    lower = html.lower()
    kept: list[str] = []
    position = 0
    while True:
        match = _ACTIVE_START.search(lower, position)
        if not match:
            break
        kept.append(html[position : match.start()])
        closing = "-->" if match.group(0) == "<!--" else f"</{match.group(1)}"
        end = lower.find(closing, match.end())
        if end < 0:
            position = len(html)
            break
        end = lower.find(">", end)
        position = len(html) if end < 0 else end + 1
        kept.append(" ")
    kept.append(html[position:])
    return _DATA_URI.sub("data:,", "".join(kept))  # pictures saved inside the page


def nesting_depth(html: str) -> tuple[int, int]:
    """How deep the explicitly closed elements go (elements HTML closes implicitly are skipped),
    and how many elements open in all."""
    depth = deepest = elements = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        elements += not closing
        if name in _VOID or name in _OPTIONAL_END or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest, elements


def _extract(html: str, fast: bool):  # -> trafilatura Document | None
    import trafilatura  # imported here: it takes a moment and only web pages need it

    try:
        return trafilatura.bare_extraction(
            html,
            url=None,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=True,
            with_metadata=True,
            deduplicate=False,
            fast=fast,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # markup lxml or trafilatura cannot take
        logger.warning("trafilatura failed: %s", exc)
        return None


def _parts(body, title: str) -> list[Part]:
    parts: list[Part] = []
    for element in body:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            level = _HEADING.fullmatch(element.get("rend", "") or "")
            text = _text(element)
            if level and level.group(1) == "1" and _same(text, title):
                continue  # the page's h1 is the title we already have
            parts.append(Part(text, BlockKind.HEADING, int(level.group(1)) if level else 2))
        elif tag == "list":
            parts += _list_parts(element, 1)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                parts.append(Part(" | ".join(c for c in cells if c), BlockKind.PARAGRAPH))
        elif tag == "quote" and len(element):
            parts += [Part(_text(child)) for child in element] or [Part(_text(element))]
        elif tag in ("p", "quote", "code", "div"):
            parts.append(Part(_text(element)))
    return [p for p in parts if p.text.strip()]


def _list_parts(element, level: int) -> list[Part]:
    ordered = (element.get("rend") or "").lower() == "ol"
    parts: list[Part] = []
    number = 0
    for item in element:
        if item.tag != "item":
            continue
        number += 1
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)  # read the item's own words first, then its sub-list
        parts.append(Part(_text(item), BlockKind.LIST_ITEM, level, f"{number}." if ordered else ""))
        for child in nested:
            parts += _list_parts(child, level + 1)
    return parts


def _text(element) -> str:
    for br in element.iter("lb"):
        br.tail = "\n" + (br.tail or "")
    return _SPACES.sub(" ", "".join(element.itertext())).strip()


_SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


@lru_cache(maxsize=1)
def _site_words() -> re.Pattern[str]:
    """Words of a site's name, from resources/reader/site_words.txt, or a domain ending (".com")."""
    path = resources_dir() / "reader" / "site_words.txt"
    try:
        words = [
            w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")
        ]
    except OSError:
        logger.exception("site word list missing at %s", path)
        words = []
    body = "|".join(re.escape(w) for w in words) or "(?!x)x"
    return re.compile(rf"\b(?:{body})\b|\.\w{{2,4}}$", re.IGNORECASE)


def page_title(title: str, sitename: str, h1: str) -> str:
    """The article's own title: "Talks stall | Appen" -> "Talks stall"; a title that is only the site's name gives way to the h1.

    A trailing (or leading) part after " | ", " - " or " — " goes when it is the site's name or
    looks like one (short, "News", "Times", a domain); the article's own dashes stay.
    """
    if not title or (sitename and _same(title, sitename)):
        return h1 or title
    pieces = _SITE_SEPARATOR.split(title)
    if len(pieces) > 1:
        for edge in (-1, 0):
            piece = pieces[edge]
            words = len(piece.split())
            if (sitename and _same(piece, sitename)) or (words <= 4 and _site_words().search(piece)):
                pieces.pop(edge)
                joined = _SITE_SEPARATOR.search(title)
                separator = joined.group() if joined else " - "
                title = separator.join(pieces).strip()
                break
    if sitename and _same(title, sitename):
        return h1 or title
    return title


def _first_h1(body) -> str:
    for element in body if body is not None else ():
        if (element.tag if isinstance(element.tag, str) else "") == "head":
            level = _HEADING.fullmatch(element.get("rend", "") or "")
            if level and level.group(1) == "1":
                return _text(element)
    return ""


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
