"""The one way through Briefing, without Qt: open anything, draft, re-template, save, export.

The command line and the window both come here, so what a file is (an article, a ``.brief``,
a Word file Briefing exported), what a new brief starts with, and which writer an output
name asks for are each decided in exactly one place.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from briefing.article import Article, Block, BlockKind
from briefing.errors import BriefingError, SaveError
from briefing.fileio import content_fingerprint
from briefing.language import prefill_notice
from briefing.layout import metadata_in, switch_template
from briefing.markings import normalise_marking
from briefing.model import Brief, Source, today_iso
from briefing.reader import article_from_text
from briefing.storage import BRIEF_SUFFIX, load_brief, save_brief
from briefing.templates import get_template, template_or_default

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]

WORD_SUFFIX = ".docx"
PREFILL_READS_UP_TO = 1_000_000  # characters of an article the pre-fill drafts from (readable_part)
PREFILL_READS_SENTENCES = 10_000  # and sentences (the sample has 40)
MAX_TITLE_CHARS = 1_000  # a subject line, not an article: past this the window cannot lay it out


class Preferences(Protocol):
    """Where the writer's own defaults are kept (the window's settings)."""

    def default_classification(self) -> str: ...
    def default_drafter(self) -> str: ...
    def default_from(self) -> str: ...


@dataclass(frozen=True)
class Defaults:
    """What a new brief starts with besides the pre-fill: the writer's own preferences."""

    classification: str = ""
    drafter: str = ""
    from_: str = ""

    @classmethod
    def from_preferences(cls, prefs: Preferences) -> Defaults:
        return cls(prefs.default_classification(), prefs.default_drafter(), prefs.default_from())


def apply_defaults(brief: Brief, defaults: Defaults | None = None) -> None:
    """Date a new brief today, give it a purpose its format allows (an action memo is for
    decision), the writer's classification, name and office, and the classification in the
    format's own terms (a new UK submission is OFFICIAL, not UNCLASSIFIED)."""
    brief.metadata.date = brief.metadata.date or today_iso()
    template = template_or_default(brief.template)
    if defaults is not None:
        if defaults.classification:
            brief.metadata.classification = defaults.classification
        if defaults.drafter:
            brief.metadata.drafter = defaults.drafter
        if defaults.from_:
            brief.metadata.from_ = defaults.from_
    # the same terms a template switch carries into; a marking the format lacks (the writer's own default)
    # stays, and the export refuses it with the format's message
    classification, purpose = metadata_in(brief, template)
    if classification is not None:
        brief.metadata.classification = classification
    if purpose is not None:
        brief.metadata.purpose = purpose


class Kind(StrEnum):
    """What an input file is to Briefing."""

    BRIEF = "brief"  # a .brief: opens as itself
    WORD_BRIEF = "word-brief"  # a Word file Briefing exported: opens as the brief it holds
    ARTICLE = "article"  # anything else: an article to draft from


def kind_of(path: str | os.PathLike[str]) -> Kind:
    """The one place that tells a brief from an article; never raises."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix == BRIEF_SUFFIX:
        return Kind.BRIEF
    if suffix == WORD_SUFFIX and _is_briefing_docx(file):
        return Kind.WORD_BRIEF
    return Kind.ARTICLE


def _is_briefing_docx(path: Path) -> bool:
    # Imported lazily: python-docx is needed only once a Word file is opened, which keeps
    # start-up quick; a build without the importer reads every .docx as an article.
    try:
        from briefing.importer import is_briefing_docx
    except ImportError:
        return False
    return is_briefing_docx(path)


def _brief_from_docx(path: Path, notices: list[str] | None = None) -> Brief:
    from briefing.importer import brief_from_docx

    return brief_from_docx(path, notices)


@dataclass
class Opened:
    """What opening or drafting gave: the brief, its article, and where it is saved (if it is)."""

    brief: Brief
    article: Article
    path: Path | None = None  # the .brief it was loaded from; None until saved as one
    fingerprint: str | None = None  # the file's content when opened (see Session.save)
    reasons: dict[tuple[int, int], str] | None = None  # why each pre-filled item is there
    notices: list[str] = field(default_factory=list)  # things to tell the writer (status bar, stderr)


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


def draft(article: Article, defaults: Defaults | None = None, template_id: str | None = None) -> Opened:
    """A new brief pre-filled from ``article`` in ``template_id`` (the default when None)."""
    from briefing.prefill import prefill_explained

    part = readable_part(article)
    brief, reasons = prefill_explained(part, template_id)
    if part is not article:  # the brief keeps the whole article; its items come from the start
        brief.source.text = article.text
    apply_defaults(brief, defaults)
    # The pre-fill may have normalised the text; offsets point into brief.source.text.
    if article.text != brief.source.text:
        article = article_for_source(brief.source)
    opened = Opened(brief, article, reasons=reasons)
    notice = prefill_notice(article.text)
    if notice is not None:
        opened.notices.append(notice)
    if part is not article:
        opened.notices.append(
            f"the article is very long: the pre-fill drafted from its first {len(part.text):,} characters "
            f"of {len(article.text):,}; all of it is in the article pane"
        )
    return opened


def readable_part(article: Article) -> Article:
    """The part of ``article`` the pre-fill reads: all of it, up to PREFILL_READS_UP_TO characters
    and PREFILL_READS_SENTENCES sentences.

    The pre-fill costs about a second per million characters or 20,000 sentences, and a news
    article is 5,000 to 50,000 characters; beyond the limits (a book pasted by mistake, a 5 MB
    line) the draft comes from the start, cut after the last whole sentence, and the window
    stays responsive.
    """
    if len(article.text) <= PREFILL_READS_UP_TO and len(article.sentences) <= PREFILL_READS_SENTENCES:
        return article
    ends = [s.end for s in article.sentences[:PREFILL_READS_SENTENCES] if s.end <= PREFILL_READS_UP_TO]
    cut = ends[-1] if ends else article.text.rfind(" ", 0, PREFILL_READS_UP_TO)
    cut = cut if cut > 0 else PREFILL_READS_UP_TO
    return dataclasses.replace(
        article,
        text=article.text[:cut],
        blocks=[dataclasses.replace(b, end=min(b.end, cut)) for b in article.blocks if b.start < cut],
        sentences=[s for s in article.sentences if s.end <= cut],
    )


def sample_article() -> Path:
    """The article drafted from when none is named."""
    from briefing.resources import default_article_path

    return default_article_path()


def read_input(path: str | os.PathLike[str] | None) -> Article:
    """The article at ``path``: ``-`` is standard input, None the sample article."""
    from briefing.reader import read_article, read_article_bytes

    if path is not None and str(path) == "-":
        import sys

        return read_article_bytes(sys.stdin.buffer.read(), name="")
    return read_article(path if path is not None else sample_article())


def open_path(
    path: str | os.PathLike[str] | None,
    defaults: Defaults | None = None,
    template_id: str | None = None,
    *,
    classification: str | None = None,
) -> Opened:
    """Open anything: a .brief as itself, a Briefing Word file as its brief, else draft from the article.

    ``defaults`` start a drafted brief; ``template_id`` drafts in that template, or lays an
    opened brief out in it; ``classification`` marks whatever opens (an explicit choice, unlike
    a default). ``path`` None is the sample article, ``-`` standard input.
    """
    opened = _open(path, defaults, template_id)
    if classification:  # case-insensitive, in the format's spelling; MarkingError names what it allows
        template = template_or_default(opened.brief.template)
        opened.brief.metadata.classification = normalise_marking(
            classification, template.marking, format_name=f"the {template.name}", strict=True
        )
    _tame_title(opened)
    return opened


def _tame_title(opened: Opened) -> None:
    """Shorten a title no subject line needs (a million characters would never lay out), and say so."""
    title = opened.brief.title
    if len(title) > MAX_TITLE_CHARS:
        opened.brief.title = title[:MAX_TITLE_CHARS].rstrip()
        opened.notices.append(
            f"the title was {len(title):,} characters; it is shortened to the first {MAX_TITLE_CHARS:,} "
            "(the file on disk keeps the full title until you save)"
        )


def _open(path: str | os.PathLike[str] | None, defaults: Defaults | None, template_id: str | None) -> Opened:
    kind = Kind.ARTICLE if path is None or str(path) == "-" else kind_of(path)
    if kind is Kind.ARTICLE:
        return draft(read_input(path), defaults, template_id)
    file = Path(path)  # type: ignore[arg-type]  # None and "-" are articles, handled above
    if kind is Kind.BRIEF:
        opened = open_brief_file(file)
    else:  # saved as a .brief next time: the window asks where
        notices: list[str] = []  # e.g. no brief recorded inside: sources could not be recovered
        brief = _brief_from_docx(file, notices)
        opened = Opened(brief, article_for_source(brief.source), notices=notices)
    if template_id:
        opened.brief = retemplate(opened.brief, template_id)
    return opened


def open_brief_file(path: str | os.PathLike[str]) -> Opened:
    """A .brief file, with the fingerprint that guards saving over someone else's change."""
    file = Path(path)
    fingerprint = content_fingerprint(file)
    brief = load_brief(file)
    return Opened(brief, article_for_source(brief.source), file, fingerprint)


def open_brief(path: str | os.PathLike[str]) -> Brief:
    """A saved brief (.brief, or a Word file Briefing exported) to export; an article is refused."""
    file = Path(path)
    if file.suffix.lower() == WORD_SUFFIX:
        return _brief_from_docx(file)  # names the reason if it is not Briefing's
    return load_brief(file)


def retemplate(brief: Brief, template_id: str) -> Brief:
    """``brief`` laid out in another template (a copy; the window applies a plan instead)."""
    return switch_template(brief, get_template(template_id))


def export_suffixes() -> tuple[str, ...]:
    """What Briefing can export to: whatever the export's writers know (.docx, ...)."""
    from briefing.export.writers import suffixes

    return suffixes()


def output_suffixes() -> tuple[str, ...]:
    """What ``write`` can write: the export's suffixes and a .brief."""
    return (*export_suffixes(), BRIEF_SUFFIX)


def check_output(path: str | os.PathLike[str], allowed: tuple[str, ...] | None = None) -> Path:
    """Refuse, before any work is done, an output name whose kind cannot be told from its suffix."""
    file = Path(path)
    allowed = allowed if allowed is not None else output_suffixes()
    if file.suffix.lower() not in allowed:
        kinds = " or ".join(allowed)
        raise SaveError(f"cannot tell what to write from '{path}': name it {kinds}")
    return file


def refuse_overwriting_inputs(output: str | os.PathLike[str], inputs: Iterable[PathLike | None]) -> None:
    """Refuse to write over a file being read (the article, the brief, the reference), whatever
    name reaches it: the same file by identity, so symlinks and hard links count."""
    for source in inputs:
        if source is None or os.fspath(source) in ("", "-"):
            continue
        try:
            same = os.path.samefile(source, output)
        except OSError:  # either is not there (yet): they cannot be the same file
            continue
        if same:
            raise SaveError(
                f"will not write {os.fspath(output)} over its own input {os.fspath(source)}: choose another name"
            )


def write(
    brief: Brief,
    path: str | os.PathLike[str],
    *,
    reference: str | os.PathLike[str] | None = None,
    source_notes: bool = False,
    inputs: Iterable[PathLike | None] = (),
) -> Path:
    """Write ``brief`` to ``path`` as the suffix asks: the brief itself for .brief, else the export's writer.

    ``inputs`` are the files this brief was read from; none of them is ever written over.
    """
    file = check_output(path)
    if file.suffix.lower() == BRIEF_SUFFIX:
        refuse_overwriting_inputs(file, [*inputs, reference])
        save_brief(brief, file)
    else:  # export refuses overwriting the inputs itself
        export(brief, file, reference=reference, source_notes=source_notes, inputs=inputs)
    return file


def export(
    brief: Brief,
    path: str | os.PathLike[str],
    *,
    reference: str | os.PathLike[str] | None = None,
    source_notes: bool = False,
    inputs: Iterable[PathLike | None] = (),
) -> Path:
    """Export by the output's suffix (``export.writers``); a writer loads on first use, not at start.

    ``inputs`` (and the reference) are never written over.
    """
    from briefing.export.layout import LayoutOptions
    from briefing.export.writers import export as export_with_writer

    refuse_overwriting_inputs(path, [*inputs, reference])
    export_with_writer(brief, path, options=LayoutOptions(source_notes=source_notes), reference=reference)
    logger.info("exported %s", path)
    return Path(path)
