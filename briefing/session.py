"""The open document, without Qt: which brief, drafted from which article, saved where.

The window keeps one Session. Opening, saving and exporting live here so they share the
core's error messages and can be tested without a display; the window only asks the user
where and reacts to what happened.
"""

from __future__ import annotations

import copy
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.article import Article, Block, BlockKind
from briefing.errors import BriefingError, ReadError
from briefing.export.layout import estimate_pages
from briefing.fileio import content_fingerprint
from briefing.model import Brief, Item, Source, today_iso
from briefing.prefill import prefill, prefill_explained
from briefing.reader import article_from_text, read_article
from briefing.storage import BRIEF_SUFFIX, load_brief, save_brief

logger = logging.getLogger(__name__)


@dataclass
class Defaults:
    """What a new brief starts with: the writer's own preferences."""

    classification: str = ""
    drafter: str = ""
    from_: str = ""


def article_for_source(source: Source) -> Article:
    """The structure of a brief's stored article text, with offsets still matching it.

    The reader may normalise text differently in a later version; if re-reading changes
    the text, fall back to one block per line so provenance offsets keep pointing right.
    """
    try:
        article = article_from_text(source.text)
        if article.text == source.text:
            article.title = article.title or source.title
            return article
    except BriefingError:
        pass
    article = Article(text=source.text, title=source.title)
    offset = 0
    for line in source.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            kind = BlockKind.TITLE if not article.blocks else BlockKind.PARAGRAPH
            article.blocks.append(Block(kind, start, end))
    return article


def _briefing_docx(path: Path) -> Brief | None:
    """The brief inside a Word file Briefing exported, or None for any other Word file.

    Imported lazily: python-docx is only needed when a Word file is opened or written,
    and leaving it out of start-up keeps the window quick to appear.
    """
    try:
        from briefing.importer import brief_from_docx, is_briefing_docx
    except ImportError:  # a build without the importer: every .docx is an article
        return None
    return brief_from_docx(path) if is_briefing_docx(path) else None


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

    # --- opening --------------------------------------------------------------------
    @classmethod
    def from_article(
        cls, article: Article, defaults: Defaults | None = None, template_id: str | None = None
    ) -> Session:
        brief = prefill(article, template_id)
        brief.metadata.date = brief.metadata.date or today_iso()
        if defaults is not None:
            if defaults.classification:
                brief.metadata.classification = defaults.classification
            if defaults.drafter:
                brief.metadata.drafter = defaults.drafter
            if defaults.from_:
                brief.metadata.from_ = defaults.from_
        # The prefill may have normalised the text; offsets point into brief.source.text.
        if article.text != brief.source.text:
            article = article_for_source(brief.source)
        return cls(brief, article)

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
        fingerprint = content_fingerprint(path)
        brief = load_brief(path)
        session = cls(brief, article_for_source(brief.source), Path(path))
        session.fingerprint = fingerprint
        return session

    @classmethod
    def open_any(cls, path: str | os.PathLike[str], defaults: Defaults | None = None) -> Session:
        """A .brief opens as itself; a Word file Briefing exported comes back as a brief if the
        importer recognises it; anything else is an article to draft from."""
        file = Path(path)
        if file.suffix.lower() == BRIEF_SUFFIX:
            return cls.from_brief_file(file)
        if file.suffix.lower() == ".docx":
            brief = _briefing_docx(file)
            if brief is not None:  # saved as a .brief next time: Save asks where
                return cls(brief, article_for_source(brief.source), None)
        return cls.from_article_file(file, defaults)

    # --- saving ---------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str] | None = None, *, overwrite: bool = False) -> Path:
        """Save to ``path`` (default: where it came from).

        Raises FileChangedError, leaving the file alone, if this brief's own file was changed
        on disk since it was opened or saved, unless ``overwrite`` says the user agreed.
        """
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("save() needs a path for a brief that has never been saved")
        guard = self.fingerprint if (self.path is not None and target == self.path and not overwrite) else None
        self.fingerprint = save_brief(self.brief, target, expected=guard)
        self.path = target
        logger.info("saved %s", target)
        return target

    def export(
        self, path: str | os.PathLike[str], reference: str | os.PathLike[str] | None = None, source_notes: bool = False
    ) -> Path:
        from briefing.export import export_docx  # python-docx loads on first export, not at start

        export_docx(self.brief, path, reference=reference, source_notes=source_notes)
        logger.info("exported %s", path)
        return Path(path)

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
        return self._reasons.get(tuple(item.sources[0]))

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return (self.brief.title or "Untitled brief").strip()[:60]

    def suggested_stem(self) -> str:
        if self.path is not None:
            return self.path.stem
        title = "".join(c if c.isalnum() or c in " -_" else " " for c in self.brief.title)
        return "-".join(title.split())[:60] or "brief"

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
