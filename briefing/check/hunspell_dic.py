"""A Hunspell dictionary that opens in a fraction of the time: lines indexed by stem, parsed when asked.

spylls reads every line of a ``.dic`` file into a word object at load (97,000 for British
English): 0.6 s on a quiet machine and 2 to 3 s on a busy one, all before the first check could
look up a word, while checking a brief asks for a thousand stems or so. Here the file is only
split into lines and indexed by stem, with list and dict operations that run at C speed; a
stem's lines become spylls words (by spylls' own reader, so each is exactly the word spylls
would have made) the first time a lookup asks for that stem. The full word list, which only the
suggestion search needs, is parsed on first use.

Lines that can change more than their own word are read by spylls at once, in file order, as
spylls would: the first line (the entry count, or a word if it is not one), lines with a ``ph:``
tag (they extend the affix file's REP table, which suggestions use) and, where the affix file
has morphological aliases (AM, which may stand for ``ph:``), every line with data.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from spylls.hunspell import Dictionary  # type: ignore[import-untyped]
from spylls.hunspell.algo import lookup as spylls_lookup  # type: ignore[import-untyped]
from spylls.hunspell.algo.capitalization import Type as CapType  # type: ignore[import-untyped]
from spylls.hunspell.data.dic import Dic, Word  # type: ignore[import-untyped]
from spylls.hunspell.readers import read_aff, read_dic  # type: ignore[import-untyped]
from spylls.hunspell.readers.dic import COUNT_REGEXP, SLASH_REGEXP, TAG_REGEXP  # type: ignore[import-untyped]
from spylls.hunspell.readers.file_reader import FileReader  # type: ignore[import-untyped]

Entry = tuple[int, Word]  # (line number, the word spylls read from that line)


class LazyDic(Dic):
    """spylls' ``Dic`` with the same answers, parsing a stem's lines on its first lookup.

    ``lines`` are the file's lines, stripped (position 0 is line 1); spylls' reader numbers
    them the same way and skips the empty ones."""

    def __init__(self, lines: list[str], aff: Any, context: Any) -> None:
        self._aff, self._context, self._lines = aff, context, lines
        self._parsed: dict[str, list[Entry]] = {}  # stem -> its words, in file order
        self._done: set[str] = set()  # stems whose every line is in _parsed
        self._all: list[Word] | None = None
        self._by_letter: dict[str, list[Entry]] | None = None  # the lower-case index's one-letter keys
        self._capitals: dict[str, list[str]] | None = None  # lower-case form -> stems with capitals
        # Every line's stem, None for lines that are empty or read now; at C speed for the
        # plain "stem" and "stem/FLAGS" lines, by spylls' rules for the others.
        stems: list[str | None] = [line.partition("/")[0] or None for line in lines]
        now: list[int] = []  # lines spylls reads at once
        for position in _unusual(lines):
            line = lines[position]
            if position == 0 and COUNT_REGEXP.match(line):
                stems[0] = None
            elif position == 0 or "ph:" in line or (aff.AM and ("\t" in line or ":" in line)):
                stems[position] = None
                now.append(position)
            elif line:
                stems[position] = _stem_of(line)
        if context.ignore:
            stems = [stem and stem.translate(context.ignore.tr) for stem in stems]
        where = dict(zip(stems, range(len(stems)), strict=True))  # each stem's last line
        where.pop(None, None)
        self._where = cast(dict[str, int], where)
        counts = Counter(stems)
        several = {stem for stem, count in counts.items() if count > 1 and stem is not None}
        self._several: dict[str, list[int]] = {stem: [] for stem in several}
        if several:
            for position, stem in enumerate(stems):
                if stem in several:
                    self._several[stem].append(position)
        for position, word in zip(now, self._read(now), strict=True):
            self._parsed.setdefault(word.stem, []).append((position + 1, word))

    def _read(self, positions: list[int]) -> list[Word]:
        """spylls' words for these lines, one a line (none of them is the count on line 1)."""
        lines = iter([(position + 1, self._lines[position]) for position in positions])
        return list(read_dic(lines, aff=self._aff, context=self._context).words)

    def _entries(self, stem: str) -> list[Entry]:
        if stem not in self._done:
            self._done.add(stem)
            positions = self._several.get(stem)
            if positions is None:
                position = self._where.get(stem)
                positions = [] if position is None else [position]
            if positions:
                entries = self._parsed.setdefault(stem, [])
                entries.extend(zip((p + 1 for p in positions), self._read(positions), strict=True))
                entries.sort(key=_number)
        return self._parsed.get(stem, [])

    def homonyms(self, stem: str, *, ignorecase: bool = False) -> list[Word]:
        if ignorecase:
            return [word for _, word in self._lowercase_index(stem)]
        return [word for _, word in self._entries(stem)]

    @property
    def words(self) -> list[Word]:
        """Every word in file order: the whole file parsed, once (the suggestion search needs it)."""
        if self._all is None:
            with _no_collection():
                self._all = self._parse_all()
        return self._all

    def _parse_all(self) -> list[Word]:
        left = [stem for stem in self._where if stem not in self._done]
        positions = sorted(p for stem in left for p in self._several.get(stem, [self._where[stem]]))
        for position, word in zip(positions, self._read(positions), strict=True):
            self._parsed.setdefault(word.stem, []).append((position + 1, word))
        self._done.update(left)
        everything: list[Entry] = []
        for entries in self._parsed.values():
            entries.sort(key=_number)
            everything.extend(entries)
        return [word for _, word in sorted(everything, key=_number)]

    def _lowercase_index(self, key: str) -> list[Entry]:
        """spylls' ``lowercase_index[key]``, quirks and all: a word with capitals is filed under
        its lower-case forms, and a word in lower case under each of its letters (spylls iterates
        the string where it meant a list), so only a one-letter key needs every word parsed."""
        casing = self._aff.casing
        if len(key) == 1:
            if self._by_letter is None:
                self.words  # noqa: B018  (parse everything first)
                by_letter: dict[str, list[Entry]] = {}
                for entries in self._parsed.values():
                    for entry in entries:
                        word = entry[1]
                        for form in casing.lower(word.stem) if word.captype != CapType.NO else word.stem:
                            if len(form) == 1:
                                by_letter.setdefault(form, []).append(entry)
                for entries in by_letter.values():
                    entries.sort(key=_number)
                self._by_letter = by_letter
            return self._by_letter.get(key, [])
        if self._capitals is None:
            capitals: dict[str, list[str]] = {}
            for stem in dict.fromkeys([*self._where, *self._parsed]):
                if stem is not None and casing.guess(stem) != CapType.NO:
                    for form in casing.lower(stem):
                        capitals.setdefault(form, []).append(stem)
            self._capitals = capitals
        found = [entry for stem in self._capitals.get(key, []) for entry in self._entries(stem)]
        return sorted(found, key=_number)

    def __repr__(self) -> str:
        return f"LazyDic({len(self._where)} stems, {len(self._done)} parsed)"


@contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector held off while 100,000 words are made: otherwise it runs
    again and again over the growing heap, and took 1 of the 1.3 s that parsing them took."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unusual(lines: list[str]) -> list[int]:
    """Positions of the lines whose stem is not simply what comes before a slash: the first,
    empty ones, and those with data tags, tabs, escapes, a leading slash or more than one.
    Each kind is looked for line by line only where the whole text has it at all."""
    found = {0} if lines else set()
    text = "\n" + "\n".join(lines) + "\n"
    if ":" in text or "\t" in text or "\\" in text:
        found.update(position for position, line in enumerate(lines) if ":" in line or "\t" in line or "\\" in line)
    if "\n\n" in text or "\n/" in text:
        found.update(position for position, line in enumerate(lines) if not line or line[0] == "/")
    position, offset = -1, 0  # text's first line is the empty one before line 1
    for match in _TWO_SLASHES.finditer(text):
        position += text.count("\n", offset, match.start())
        offset = match.start()
        found.add(position)
    return sorted(found)


_TWO_SLASHES = re.compile(r"/[^\n]*/")  # on one line


def _stem_of(text: str) -> str:
    """The stem of a ``.dic`` line with data tags, tabs or slashes, found as spylls' reader finds it."""
    tags = TAG_REGEXP.search(text)
    start = tags.start() if tags else None
    tab = text.find("\t")
    if tab != -1 and (not start or start > tab):
        start = tab
    word = text[:start] if start else text
    if not word.startswith("/"):
        parts = SLASH_REGEXP.split(word, 2)
        if len(parts) == 2:
            word = parts[0]
    return word.replace("\\/", "/")


def _number(entry: Entry) -> int:
    return entry[0]


def dic_lines(path: Path, encoding: str) -> list[str]:
    """The lines of a ``.dic`` file as spylls' reader sees them: stripped, line 1 at position 0."""
    with open(path, encoding=encoding, errors="surrogateescape") as stream:
        lines = stream.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # after the last newline: no line
    if lines and lines[0].startswith("\xef\xbb\xbf"):  # spylls' test for a byte-order mark
        lines[0] = lines[0].replace("\xef\xbb\xbf", "")
    return [line.strip() for line in lines]


def open_dictionary(stem: Path) -> Any:
    """A spylls ``Dictionary`` for ``stem.aff`` and ``stem.dic``, its words indexed, not parsed.
    It has no ``suggester`` (building one reads every word): the speller builds it when asked."""
    aff, context = read_aff(FileReader(str(stem.with_suffix(".aff"))))
    dic = LazyDic(dic_lines(stem.with_suffix(".dic"), context.encoding), aff, context)
    dictionary = Dictionary.__new__(Dictionary)
    dictionary.aff, dictionary.dic = aff, dic
    dictionary.lookuper = spylls_lookup.Lookup(aff, dic)
    return dictionary
