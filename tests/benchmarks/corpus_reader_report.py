"""Read every real article in ../shared/corpora and compare what the reader finds with the files.

Run: python3 tests/benchmarks/corpus_reader_report.py
- PolNeAR (train + dev text files): each file is read from disk like a user's .txt. Its own line
  structure is the reference: one non-blank line per paragraph, the headline first. Reported:
  read errors; blocks against non-blank lines; titles against metadata.tsv; sentences; and the
  annotated attribution Sources (names such as "Sen. Ted Cruz (R-Texas)") that a sentence
  boundary cuts through, which is where a false split after an abbreviation would show.
- CNN/Daily Mail (dev.jsonl): each article is one line of text, read as pasted text.
Both: sentences against a naive split at every ". ", and suspect sentences (ending on a listed
abbreviation or an initial, or opening in lower case). Skips with a message when the corpora
are absent.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.article import Article
from briefing.errors import ReadError
from briefing.reader import read_article, read_article_text
from briefing.reader.sentences import lexicon

CORPORA = REPO.parent / "shared" / "corpora"
_NAIVE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s+(?=[\"'“‘]?[A-Z0-9])")
_LAST_TOKEN = re.compile(r"(\S+)\.[\"'”’)]*$")


def naive_count(article: Article) -> int:
    return sum(len(_NAIVE.split(article.block_text(i))) for i in {s.block for s in article.sentences})


def suspects(article: Article) -> tuple[int, int]:
    """(sentences ending on an abbreviation or initial, sentences opening in lower case)."""
    words = lexicon()
    abbreviation_ends = lower_starts = 0
    for i in range(len(article.sentences) - 1):
        text = article.sentence_text(i)
        match = _LAST_TOKEN.search(text)
        token = match.group(1).lstrip("(\"'“‘") if match else ""
        if token in words.titles or token in words.abbreviations or re.fullmatch(r"[A-Z]", token):
            abbreviation_ends += 1
        if article.sentence_text(i + 1)[:1].islower():
            lower_starts += 1
    return abbreviation_ends, lower_starts


def source_spans(ann: Path) -> list[tuple[int, int]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].startswith("T") and fields[1].startswith("Source "):
            numbers = re.findall(r"\d+", fields[1])
            spans.append((int(numbers[0]), int(numbers[-1])))
    return spans


def polnear() -> None:
    root = CORPORA / "polnear"
    titles = {}
    metadata = root / "metadata.tsv"
    if metadata.is_file():
        rows = [line.split("\t") for line in metadata.read_text(encoding="utf-8").splitlines()]
        header = rows[0]
        for row in rows[1:]:
            if len(row) == len(header):
                titles[row[header.index("filename")]] = row[header.index("title")]
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted((root / "dev" / "text").glob("*.txt"))
    errors: list[str] = []
    kinds: Counter[str] = Counter()
    lines_total = blocks_total = sentences_total = naive_total = 0
    same_blocks = title_found = title_matches = titled = text_identical = first_line_titles = 0
    abbreviation_ends = lower_starts = 0
    sources = cut_sources = 0
    seconds: list[float] = []
    for path in files:
        started = time.perf_counter()
        try:
            article = read_article(path)
        except ReadError as exc:
            errors.append(str(exc))
            continue
        seconds.append(time.perf_counter() - started)
        raw = path.read_text(encoding="utf-8")
        text_identical += article.text == raw
        lines = [line for line in raw.split("\n") if line.strip()]
        lines_total += len(lines)
        blocks_total += len(article.blocks)
        same_blocks += len(article.blocks) == len(lines)
        sentences_total += len(article.sentences)
        naive_total += naive_count(article)
        kinds.update(b.kind.value for b in article.blocks)
        a_ends, l_starts = suspects(article)
        abbreviation_ends += a_ends
        lower_starts += l_starts
        title_found += bool(article.title)
        first_line_titles += article.title == lines[0].strip()
        if path.stem in titles:
            titled += 1
            title_matches += _norm(article.title) == _norm(titles[path.stem])
        starts = {s.start for s in article.sentences}
        for ann in sorted(path.parent.parent.glob(f"attributions/{path.stem}_*.ann")):
            for start, end in source_spans(ann):
                sources += 1
                cut_sources += any(start < s < end for s in starts)
    read = len(files) - len(errors)
    print(f"PolNeAR train+dev: {len(files)} files, {read} read, {len(errors)} refused")
    for message in errors[:5]:
        print(f"  refused: {message}")
    print(f"  text kept character for character: {text_identical}/{read}")
    print(
        f"  non-blank lines {lines_total}, blocks {blocks_total} ({same_blocks}/{read} files with one block per line)"
    )
    print("  blocks by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(
        f"  title found in {title_found}/{read}: the file's first line in {first_line_titles}/{read}; "
        f"same words as the metadata.tsv title in {title_matches}/{titled}"
    )
    print(
        f"  sentences {sentences_total} (naive split at every full stop: {naive_total}); "
        f"{sentences_total / read:.1f} per article"
    )
    print(
        f"  suspect: {abbreviation_ends} sentences end on an abbreviation/initial, "
        f"{lower_starts} next sentences open in lower case"
    )
    print(f"  attribution Sources cut by a sentence boundary: {cut_sources}/{sources}")
    print(f"  read time per file: median {statistics.median(seconds) * 1000:.1f} ms, max {max(seconds) * 1000:.1f} ms")


def cnndm() -> None:
    path = CORPORA / "cnndm" / "dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = 0
    kinds: Counter[str] = Counter()
    sentences_total = naive_total = abbreviation_ends = lower_starts = newline_lines = 0
    lengths: list[int] = []
    for record in records:
        newline_lines += record["article"].count("\n") + 1
        try:
            article = read_article_text(record["article"], name=record["id"])
        except ReadError:
            errors += 1
            continue
        kinds.update(b.kind.value for b in article.blocks)
        sentences_total += len(article.sentences)
        naive_total += naive_count(article)
        a_ends, l_starts = suspects(article)
        abbreviation_ends += a_ends
        lower_starts += l_starts
        lengths += [len(article.sentence_text(i).split()) for i in range(len(article.sentences))]
    read = len(records) - errors
    print(f"CNN/Daily Mail dev: {len(records)} articles, {read} read, {errors} refused")
    print(
        f"  lines in the source {newline_lines} (one per article); blocks by kind: "
        + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    )
    print(
        f"  sentences {sentences_total} (naive split: {naive_total}); {sentences_total / read:.1f} per article; "
        f"words per sentence median {statistics.median(lengths)}, max {max(lengths)}"
    )
    print(
        f"  suspect: {abbreviation_ends} sentences end on an abbreviation/initial, "
        f"{lower_starts} next sentences open in lower case"
    )


def _norm(text: str) -> str:
    """Titles compared on their words: metadata.tsv drops some closing quotes and full stops."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def main() -> int:
    if not CORPORA.is_dir():
        print(f"corpora not found at {CORPORA}: nothing to report (see ../shared/corpora/README.md)")
        return 0
    if (CORPORA / "polnear").is_dir():
        polnear()
    else:
        print("PolNeAR not found: skipped")
    if (CORPORA / "cnndm" / "dev.jsonl").is_file():
        cnndm()
    else:
        print("CNN/Daily Mail not found: skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
