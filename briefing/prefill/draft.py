"""A first, simple pre-fill: picks sentences by position, cue words and headings."""
from __future__ import annotations

import re

from briefing.article import Article, BlockKind
from briefing.layout import sections_from_slots
from briefing.model import Brief, Item, Source
from briefing.templates import get_template

_REPORTING = re.compile(r"\b(said|says|stated|stressed|urged|warned|expressed|accepted|emphasi[sz]ed)\b")
_OUTLOOK = re.compile(r"\b(will|would|likely|potential|expected|unconfirmed|next)\b", re.I)
_CONTEXT = re.compile(r"\b(recent years|prior to|in (January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)|since|last year|(19|20)\d\d)\b", re.I)
_NAME = re.compile(r"((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)\s+(?:" + _REPORTING.pattern[3:-3] + r")")


def _item(article: Article, index: int, **extra: str | None) -> Item:
    sentence = article.sentences[index]
    return Item(text=article.sentence_text(index), sources=[(sentence.start, sentence.end)],
                origin="prefill", **extra)


def prefill(article: Article, template_id: str | None = None) -> Brief:
    template = get_template(template_id)
    used: set[int] = set()
    slots: dict[str, list[Item]] = {slot: [] for slot in ("summary", "context", "key_issues", "positions", "outlook")}

    def take(slot: str, index: int, **extra: str | None) -> None:
        if index not in used:
            used.add(index)
            slots[slot].append(_item(article, index, **extra))

    for index in range(min(2, len(article.sentences))):
        take("summary", index)
    for b_index, block in enumerate(article.blocks):
        if block.kind == BlockKind.HEADING:
            following = [i for i, s in enumerate(article.sentences) if s.block > b_index]
            if following:
                take("key_issues", following[0], label=article.block_text(b_index).rstrip(":"))
    for index in range(len(article.sentences)):
        text = article.sentence_text(index)
        speaker = _NAME.search(text)
        if _REPORTING.search(text) and speaker:
            take("positions", index, speaker=speaker.group(1))
        elif _OUTLOOK.search(text):
            take("outlook", index)
        elif _CONTEXT.search(text):
            take("context", index)

    source = Source(title=article.title, outlet=article.outlet, author=article.author,
                    date=article.date, path=article.path, text=article.text)
    return Brief(title=article.title or "Briefing note", source=source, template=template.id,
                 sections=sections_from_slots(slots, template))
