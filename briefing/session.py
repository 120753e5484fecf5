"""The open document, without Qt: which brief, drafted from which article, saved where.

The window keeps one Session. Opening, saving and exporting live here so they share the
core's error messages and can be tested without a display; the window only asks the user
where and reacts to what happened.
"""

from __future__ import annotations

import copy
import logging
import os
from pathlib import Path

from briefing import workflow
from briefing.article import Article
from briefing.errors import BriefingError, ReadError
from briefing.export.layout import estimate_pages
from briefing.model import Brief, Item
from briefing.prefill import prefill, prefill_explained
from briefing.reader import article_from_text, read_article
from briefing.storage import save_brief
from briefing.workflow import Defaults, article_for_source

__all__ = ["Defaults", "Session", "article_for_source", "estimated_pages", "unreviewed_count", "word_count"]

logger = logging.getLogger(__name__)


def _read_pasted(text: str) -> Article:
    try:
        from briefing.reader import read_article_text
    except ImportError:
        return article_from_text(text)
    return read_article_text(text)


class Session:
    """One open brief: the model, its article, its file, and whether it has unsaved work."""

    def __init__(self, brief: Brief, article: Article, path: Path | None = None) -> None:
        self.brief = brief
        self.article = article
        self.path = path
        # What the file held when opened or last saved: saving over a file someone else
        # changed since then needs the user's say-so (FileChangedError).
        self.fingerprint: str | None = None
        self._reasons: dict[tuple[int, int], str] | None = None
        # What the window's status bar should tell the writer about this brief (workflow notices).
        self.notices: list[str] = []

    # --- opening: every way in goes through briefing.workflow ----------------------
    @classmethod
    def from_opened(cls, opened: workflow.Opened) -> Session:
        session = cls(opened.brief, opened.article, opened.path)
        session.fingerprint = opened.fingerprint
        session._reasons = opened.reasons
        session.notices = list(opened.notices)
        return session

    @classmethod
    def from_article(
        cls, article: Article, defaults: Defaults | None = None, template_id: str | None = None
    ) -> Session:
        return cls.from_opened(workflow.draft(article, defaults, template_id))

    @classmethod
    def from_article_file(cls, path: str | os.PathLike[str], defaults: Defaults | None = None) -> Session:
        return cls.from_article(read_article(path), defaults)

    @classmethod
    def from_text(cls, text: str, defaults: Defaults | None = None) -> Session:
        if not text.strip():
            raise ReadError("there is no text to draft from: paste an article first")
        return cls.from_article(_read_pasted(text), defaults)

    @classmethod
    def from_brief_file(cls, path: str | os.PathLike[str]) -> Session:
        return cls.from_opened(workflow.open_brief_file(path))

    @classmethod
    def open_any(cls, path: str | os.PathLike[str], defaults: Defaults | None = None) -> Session:
        """A .brief opens as itself, a Word file Briefing exported as its brief, anything else
        is an article to draft from (``workflow.kind_of`` decides)."""
        return cls.from_opened(workflow.open_path(Path(path), defaults))

    # --- saving ---------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str] | None = None, *, overwrite: bool = False) -> Path:
        """Save to ``path`` (default: where it came from).

        Raises FileChangedError, leaving the file alone, if this brief's own file was changed
        on disk since it was opened or saved, unless ``overwrite`` says the user agreed.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("save() needs a path for a brief that has never been saved")
        workflow.refuse_overwriting_inputs(target, [self.brief.source.path])  # never over the article
        guard = self.fingerprint if (self.path is not None and target == self.path and not overwrite) else None
        self.fingerprint = save_brief(self.brief, target, expected=guard)
        self.path = target
        logger.info("saved %s", target)
        return target

    def export(
        self, path: str | os.PathLike[str], reference: str | os.PathLike[str] | None = None, source_notes: bool = False
    ) -> Path:
        inputs = [self.brief.source.path, self.path]
        return workflow.export(self.brief, path, reference=reference, source_notes=source_notes, inputs=inputs)

    # --- questions the window asks --------------------------------------------------
    def reason_for(self, item: Item) -> str | None:
        """Why the pre-fill wrote ``item``, in one sentence; None for the writer's own items.

        Recomputed from the stored article text on first use (a few milliseconds), so the
        explanation needs no room in the .brief file and is the same after reopening.
        """
        if item.origin != "prefill" or not item.sources:
            return None
        if self._reasons is None:
            try:
                _, self._reasons = prefill_explained(article_for_source(self.brief.source), self.brief.template)
            except BriefingError:
                self._reasons = {}
        start, end = item.sources[0]
        return self._reasons.get((start, end))

    def display_name(self) -> str:
        """The file's name once saved; before that the brief's title, shortened at a word."""
        if self.path is not None:
            return self.path.name
        return elide_words(self.brief.title) or "Untitled brief"

    def suggested_stem(self) -> str:
        if self.path is not None:
            return self.path.stem
        title = "".join(c if c.isalnum() or c in " -_" else " " for c in self.brief.title)
        words = cut_at_word(title, NAME_LENGTH).split()
        while len(words) > 1 and words[-1].lower() in _DANGLING:
            words.pop()  # "...-Talks-on-Monday-to" -> "...-Talks-on-Monday"
        return "-".join(words) or "brief"

    def redraft(self, section_id: str) -> list[Item]:
        """Fresh pre-filled items for one section, from the brief's own article text."""
        article = article_for_source(self.brief.source)
        draft = prefill(article, self.brief.template)
        section = draft.section(section_id)
        return copy.deepcopy(section.items) if section is not None else []


def word_count(brief: Brief) -> int:
    words = len(brief.title.split())
    for item in brief.items():
        words += len(item.text.split())
        words += len((item.label or "").split())
    return words


def estimated_pages(brief: Brief) -> int:
    """Pages as exported, counted on the export's own layout (briefing.export.layout)."""
    return estimate_pages(brief)


def unreviewed_count(brief: Brief) -> int:
    return sum(1 for item in brief.items() if item.origin == "prefill" and not item.reviewed)


def is_edited(item: Item) -> bool:
    """An item a person has written, changed or ticked: redraft must ask before replacing it."""
    return item.origin == "user" or item.reviewed


NAME_LENGTH = 60  # characters of a title shown as the window's name or offered as a file name
# words a name cut short must not end on: they promise a word that was cut off
_DANGLING = frozenset(
    ("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into")
)


def cut_at_word(text: str, limit: int) -> str:
    """``text`` (spacing tidied) cut to at most ``limit`` characters at a word's end; one word
    longer than that is cut where the limit falls."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if text[limit] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—")


def elide_words(text: str, limit: int = NAME_LENGTH) -> str:
    """``text`` shortened at the last whole word that fits in ``limit`` characters, plus "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else cut_at_word(text, limit - 1) + "…"
