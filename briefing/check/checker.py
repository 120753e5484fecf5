"""Run every check over a brief: the one entry point the command line and the window share.

A :class:`Checker` keeps what does not change while the writer types (the article's index,
its words, the dictionaries) so checking again after a keystroke costs little.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from briefing.check import rules
from briefing.check.findings import KINDS, Finding
from briefing.check.nearest import nearest_names
from briefing.check.spelling import (
    DEFAULT_LANGUAGE,
    Speller,
    Token,
    WordList,
    article_words,
    misspelt,
    speller_for,
    unknown_words,
)
from briefing.check.unsupported import (
    ArticleIndex,
    Dictionary,
    NameWords,
    NoDictionary,
    Unsupported,
    name_words,
    unsupported,
)
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.templates import Template, template_or_default

logger = logging.getLogger(__name__)

CACHED_TEXTS = 100_000  # items' findings kept for the next check (a long brief changes one item at a time)


def _default_pages(brief: Brief) -> int:
    from briefing.export.layout import estimate_pages  # the export's own layout, so the count matches

    return estimate_pages(brief)


def brief_language(brief: Brief, template: Template | None = None) -> str:
    """The brief's own language if set, else its template's."""
    template = template or template_or_default(brief.template)
    return brief.metadata.language or template.language or DEFAULT_LANGUAGE


class Checker:
    """Checks briefs; holds the caches that make checking again cheap."""

    def __init__(
        self,
        personal: WordList | None = None,
        speller: Callable[[str], Speller] = speller_for,
        pages: Callable[[Brief], int] = _default_pages,
    ) -> None:
        self.personal = personal or WordList()
        self.ignored: set[str] = set()  # "Ignore" in the window: for this session only
        self._speller = speller
        self._pages = pages
        self._article_key: str | None = None
        self._index: ArticleIndex | None = None
        self._article_words: set[str] = set()
        self._name_words: dict[str, NameWords] = {}  # language -> what tells a name at a sentence's start
        self._claims: dict[tuple[str, str], list[Unsupported]] = {}  # (language, item text) -> its claims, this article
        self._unknown: dict[tuple[str, str], list[Token]] = {}  # (language, text) -> words the dictionary lacks
        self._near: dict[str, bool] = {}  # name -> whether the article has a name near it, for this article

    def _article(self, text: str) -> tuple[ArticleIndex, set[str]]:
        if self._index is None or self._article_key != text:
            self._index = ArticleIndex(text)
            self._article_words = article_words(text)
            self._article_key = text
            self._claims.clear()
            self._near.clear()
        return self._index, self._article_words

    def _claims_in(self, text: str, index: ArticleIndex, language: str) -> list[Unsupported]:
        key = (language, text)
        claims = self._claims.get(key)
        if claims is None:
            if len(self._claims) >= CACHED_TEXTS:
                self._claims.clear()
            claims = self._claims[key] = list(unsupported(text, index, self._names_in(language)))
        return claims

    def _misspelt_in(self, text: str, language: str, speller: Speller, ignore: set[str]) -> list[Token]:
        """The words of ``text`` the dictionary lacks (kept per text), less the article's, the
        ignored and the writer's own words, which change without the text changing."""
        key = (language, text)
        unknown = self._unknown.get(key)
        if unknown is None:
            if len(self._unknown) >= CACHED_TEXTS:
                self._unknown.clear()
            unknown = self._unknown[key] = unknown_words(text, speller)
        return misspelt(unknown, ignore, self.personal)

    def _has_near_name(self, word: str, article: str) -> bool:
        near = self._near.get(word)
        if near is None:
            if len(self._near) >= CACHED_TEXTS:
                self._near.clear()
            near = self._near[word] = bool(nearest_names(word, article, limit=1))
        return near

    def _one_per_word(self, claims: list[Unsupported], misspelt: list[Token], article: str) -> set[tuple[int, int]]:
        """Of the words that are both names the article lacks and misspellings, the spans where the
        misspelling is the finding to keep. One finding per word, the one that helps ("Febuary" was
        reported twice): a name near one the article uses ("Blinkin": Blinken) stays a name, whose
        menu offers the article's names; any other word is a misspelling, whose menu corrects it."""
        spelt = {(token.start, token.end): token.text for token in misspelt}
        return {
            (claim.start, claim.end)
            for claim in claims
            if (claim.start, claim.end) in spelt and not self._has_near_name(spelt[(claim.start, claim.end)], article)
        }

    def _names_in(self, language: str) -> NameWords:
        """What tells a name at a sentence's start, by ``language``'s dictionary ("Call" is a
        word, "Petrov" a name); without that dictionary, the default language's."""
        words = self._name_words.get(language)
        if words is None:
            dictionary: Dictionary
            try:
                dictionary = self._speller(language)
            except BriefingError:
                try:
                    dictionary = self._speller(DEFAULT_LANGUAGE)
                except BriefingError as exc:
                    logger.warning("names at a sentence's start are told without a dictionary: %s", exc)
                    dictionary = NoDictionary()
            words = self._name_words[language] = name_words(dictionary)
        return words

    def prepare_suggestions(self, language: str) -> None:
        """Build the speller's suggestion search now (it reads the whole dictionary, half a second
        or more), so that a context menu's corrections need not wait for it."""
        self._speller(language).prepare_suggestions()

    def check(self, brief: Brief, *, language: str | None = None, spelling: bool = True) -> list[Finding]:
        """Every finding for ``brief``, brief-level first, then section by section in page order."""
        template = template_or_default(brief.template)
        filled_in = list(rules.placeholders_the_export_fills_in(brief, template))
        named = {f.field for f in filled_in}  # the fields those findings are about already
        found: list[Finding] = [
            *(f for f in rules.missing_metadata(brief, template) if f.field not in named),
            *filled_in,
            *rules.too_long(brief, template, self._pages),
            *rules.empty_sections(brief, template),
            *rules.unreviewed(brief),
            *rules.left_placeholders(brief),
            *rules.needs_context(brief, template),
            *rules.unpaired_quotation_marks(brief),
            *rules.duplicates(brief),
        ]
        has_article = bool(brief.source.text.strip())
        index, known_words = self._article(brief.source.text)
        language = language or brief_language(brief, template)
        speller = self._speller(language) if spelling else None
        ignore = known_words | self.ignored
        for section in brief.sections:
            for number, item in enumerate(section.items):
                # Without the article (a Word file from elsewhere) there is nothing to compare.
                claims = self._claims_in(item.text, index, language) if has_article else []
                misspelt = self._misspelt_in(item.text, language, speller, ignore) if speller is not None else []
                spelling_wins = (
                    self._one_per_word(claims, misspelt, brief.source.text) if claims and misspelt else set()
                )
                claimed = {(claim.start, claim.end) for claim in claims} - spelling_wins
                for claim in claims:
                    if (claim.start, claim.end) not in spelling_wins:
                        found.append(Finding("unsupported", claim.message, section.id, number, claim.start, claim.end))
                for word in misspelt:
                    if (word.start, word.end) not in claimed:
                        found.append(
                            Finding(
                                "spelling",
                                f"“{word.text}” is not in the dictionary",
                                section.id,
                                number,
                                word.start,
                                word.end,
                            )
                        )
        order = {section.id: position for position, section in enumerate(brief.sections)}
        found.sort(
            key=lambda f: (
                -1 if f.section is None else order.get(f.section, len(order)),
                -1 if f.item is None else f.item,
                -1 if f.start is None else f.start,
                KINDS.index(f.kind),
            )
        )
        return found


def check_brief(brief: Brief, *, language: str | None = None, personal: WordList | None = None) -> list[Finding]:
    """Every finding for ``brief``: the one-shot form of :class:`Checker`."""
    return Checker(personal).check(brief, language=language)
