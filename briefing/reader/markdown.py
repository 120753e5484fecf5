"""A Markdown article, rendered to the plain text a reader would see.

The normalised text of a Markdown article is its rendered text, not its source: "#" markers,
emphasis marks, link targets, images, block-quote ">" and code fences are dropped; a paragraph's
soft-wrapped lines are joined; list items are written "• item" or "1. item" like every other
structured format. Headings keep their level ("#" 1 to "######" 6, then ranked per article); a
first "# Title" is the title; a line in italics right under the title is the standfirst. YAML
front matter supplies title, author, date and outlet when it has them.
"""

from __future__ import annotations

import re

from briefing.article import Article, BlockKind
from briefing.reader.structure import build_article
from briefing.reader.units import Part, compose

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t])#+$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST = re.compile(r"([ \t]*)([-*+•]|\d{1,9}[.)])[ \t]+(.*)$")
_FENCE = re.compile(r" {0,3}(```|~~~)")
_QUOTE = re.compile(r" {0,3}> ?")
_TABLE_ROW = re.compile(r" {0,3}\|.*\|\s*$")
_TABLE_RULE = re.compile(r"[\s|:-]+$")
_REFERENCE = re.compile(r" {0,3}\[[^\]]+\]:\s*\S+")
_FRONT_MATTER_KEY = re.compile(r"(\w+)\s*:\s*(.*)$")

# Inline patterns never let a bracket, star or underscore run span another of its kind, so an
# unclosed mark costs one short scan to the next mark, not one scan to the end of the line.
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)|!\[([^\[\]\n]*)\]\[[^\[\]\n]*\]")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*\)|\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|__(?=\S)([^_\n]+?)(?<=\S)__")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"
)
_CODE = re.compile(r"`([^`\n]+)`")
_INLINE_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_WHOLLY_EMPHASISED = re.compile(r"\s*(\*|_)(?=\S)[^*_]+(?<=\S)\1\s*$")


def article_from_markdown(source: str) -> Article:
    lines = source.split("\n")
    meta, lines = _front_matter(lines)
    parts = _parts(lines)
    if parts and parts[0].kind == BlockKind.HEADING and parts[0].level == 1:
        parts[0].kind, parts[0].level = BlockKind.TITLE, 0
    text, units = compose(parts)
    return build_article(
        text,
        units,
        title=meta.get("title", ""),
        outlet=meta.get("outlet", ""),
        author=meta.get("author", ""),
        date=meta.get("date", ""),
    )


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            meta: dict[str, str] = {}
            for line in lines[1:end]:
                match = _FRONT_MATTER_KEY.match(line.strip())
                if match:
                    key = match.group(1).lower()
                    key = {"site": "outlet", "publisher": "outlet", "source": "outlet"}.get(key, key)
                    meta[key] = match.group(2).strip().strip("'\"")
            return meta, lines[end + 1 :]
    return {}, lines


def _parts(lines: list[str]) -> list[Part]:
    parts: list[Part] = []
    paragraph: list[str] = []
    list_indents: list[int] = []
    fence: str | None = None

    def flush() -> None:
        if paragraph:
            raw = " ".join(line.strip() for line in paragraph)
            part = Part(inline(raw))
            under_title = len(parts) == 1 and parts[0].kind == BlockKind.HEADING and parts[0].level == 1
            if under_title and _WHOLLY_EMPHASISED.match(raw):
                part.kind = BlockKind.STANDFIRST
            parts.append(part)
            paragraph.clear()

    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            elif line.strip():
                parts.append(Part(line.strip()))
            continue
        fenced = _FENCE.match(line)
        if fenced:
            flush()
            fence = fenced.group(1)
            continue
        if not line.strip() or _REFERENCE.match(line):
            flush()
            continue
        setext = _SETEXT.match(line)
        if setext and paragraph:
            text = inline(" ".join(p.strip() for p in paragraph))
            paragraph.clear()
            parts.append(Part(text, BlockKind.HEADING, 1 if setext.group(1)[0] == "=" else 2))
            continue
        if _RULE.match(line):
            flush()
            continue
        if _TABLE_ROW.match(line):
            flush()
            if not _TABLE_RULE.match(line):
                cells = [inline(cell) for cell in line.strip().strip("|").split("|")]
                parts.append(Part(" | ".join(c for c in cells if c), BlockKind.PARAGRAPH))
            continue
        atx = _ATX.match(line)
        if atx:
            flush()
            heading = line[atx.end() :].strip()
            closing = _ATX_CLOSE.search(heading)
            heading = heading[: closing.start()] if closing else heading
            parts.append(Part(inline(heading), BlockKind.HEADING, len(atx.group(1))))
            continue
        item = _LIST.match(line)
        if item and (not paragraph or item.group(1) == ""):
            flush()
            indent = len(item.group(1).expandtabs(4))
            while list_indents and list_indents[-1] > indent:
                list_indents.pop()
            if not list_indents or list_indents[-1] < indent:
                list_indents.append(indent)
            marker = item.group(2)
            parts.append(
                Part(
                    inline(item.group(3)),
                    BlockKind.LIST_ITEM,
                    len(list_indents),
                    marker[:-1] + "." if marker[-1] in ".)" else "",
                )
            )
            continue
        if parts and parts[-1].kind == BlockKind.LIST_ITEM and not paragraph and line[:1] in " \t":
            parts[-1].text += " " + inline(line.strip())  # a list item's continuation line
            continue
        list_indents = []
        quote = _QUOTE.match(line)
        paragraph.append(line[quote.end() :] if quote else line)
    flush()
    return [p for p in parts if p.text.strip()]


def inline(text: str) -> str:
    """Markdown inline syntax to the words it shows."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for pattern in (_STRONG, _EMPHASIS, _STRONG):  # "**a *b* c**": the inner mark first, then the outer
        text = pattern.sub(lambda m: m.group(1) or m.group(2), text)
    text = _INLINE_TAG.sub("", text)
    return _ESCAPE.sub(r"\1", text).strip()
