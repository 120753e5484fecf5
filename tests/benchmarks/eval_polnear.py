"""Positions against PolNeAR's hand-marked attributions (who said what), on real political news.

Run: python3 tests/benchmarks/eval_polnear.py [--split dev|train] [--limit N] [--show N]
Develop on ``train``; quote ``dev``. Reads ../shared/corpora/polnear (never copied into the repo)
and exits with a message when it is absent.

Matching rule (what "right content, right speaker" means here):
- Annotations: every annotator's .ann file for the article; one attribution = its Content spans
  and its Source span (attributions without a Source are skipped).
- Annotated pronoun sources (he, she, they, ...) and short definite descriptions of a person
  ("the president", "the gambling tycoon": "the" + at most one word + a person noun from
  PERSON_NOUNS) are resolved to the nearest preceding annotated Source in the same annotator's
  file that is *named* (see name words below); unresolved ones can never be matched.
- Right content: the Positions item's source span and one Content span of the attribution
  overlap by at least half of the shorter of the two.
- Right speaker: the item's speaker and the (resolved) Source share a name word (a capitalised
  word that is not a title or determiner and that the article never writes in lower case,
  compared lower-case: "Donald Trump" ~ "Trump", "The New York Post" ~ "The Post"), or, for
  unnamed sources, the same head noun ("officials").
- Precision = items with right content AND right speaker / all Positions items.
- Top-3 named sources: per article, count the first annotator's attributions per named source
  (pronouns resolved as above, keyed by the source's last name word); the three most quoted
  (ties: first quoted) are recalled when some Positions item's speaker shares that name word.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.prefill import prefill
from briefing.reader import article_from_text

CORPUS = REPO.parent / "shared" / "corpora" / "polnear"
PRONOUNS = {
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "i",
    "we",
    "it",
    "his",
    "hers",
    "their",
    "its",
    "you",
    "me",
    "us",
    "himself",
    "herself",
    "themselves",
}
PERSON_NOUNS = {
    "president",
    "senator",
    "governor",
    "candidate",
    "nominee",
    "judge",
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "congressman",
    "congresswoman",
    "mayor",
    "businessman",
    "billionaire",
    "tycoon",
    "mogul",
    "founder",
    "chairman",
    "lawmaker",
    "speaker",
    "leader",
}
NOT_NAMES = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "it",
    "i",
    "we",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "gov",
    "rep",
    "president",
    "senator",
    "secretary",
    "governor",
    "candidate",
    "nominee",
    "former",
    "republican",
    "democratic",
    "democrat",
    "gop",
    "his",
    "her",
    "their",
    "vice",
    "presidential",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}


@dataclass
class Annotated:
    contents: list[tuple[int, int]]
    source: str
    source_start: int
    resolved: str | None = None


def name_words(text: str, common: frozenset[str] = frozenset()) -> set[str]:
    """Capitalised words that name someone: not titles, and not words the article also writes in lower case."""
    words = re.findall(r"[A-Z][\w'’\-]*", text)
    found = {w.lower().removesuffix("’s").removesuffix("'s").split("-")[0] for w in words}
    return found - NOT_NAMES - common


def head_noun(text: str) -> str:
    words = re.findall(r"[a-zA-Z]+", text.lower())
    return words[-1] if words else ""


def is_named(text: str, common: frozenset[str] = frozenset()) -> bool:
    return bool(name_words(text, common))


def lower_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case somewhere: "poll", "twenty-four" are not names."""
    return frozenset(re.findall(r"(?<![\w'’])[a-z][\w'’\-]*", text))


def parse_ann(path: Path, common: frozenset[str] = frozenset()) -> list[Annotated]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, text = (line.split("\t") + ["", ""])[:3]
            kind, _, offsets = middle.partition(" ")
            parts = [tuple(int(n) for n in frag.split()) for frag in offsets.split(";")]
            parts = [p for p in parts if len(p) == 2]  # a few lines in the corpus are malformed
            if parts:
                spans[tid] = (kind, [(a, b) for a, b in parts], text)
        elif line.startswith("E"):
            fields = line.split("\t")[1].split()
            events.append({f.split(":")[0]: f.split(":")[1] for f in fields})
    found: list[Annotated] = []
    for event in events:
        if "Source" not in event or "Content" not in event or not {event["Source"], event["Content"]} <= spans.keys():
            continue
        _, source_spans, source_text = spans[event["Source"]]
        _, content_spans, _ = spans[event["Content"]]
        found.append(Annotated(content_spans, source_text, source_spans[0][0]))
    found.sort(key=lambda a: a.source_start)
    for item in found:  # resolve pronouns and "the president" to the nearest earlier named source
        words = item.source.lower().split()
        described = (
            len(words) <= 3 and words[0] == "the" and words[-1] in PERSON_NOUNS and not is_named(item.source, common)
        )
        if described or head_noun(item.source) in PRONOUNS and len(words) <= 2:
            earlier = [a for a in found if a.source_start < item.source_start and is_named(a.source, common)]
            item.resolved = earlier[-1].source if earlier else None
        else:
            item.resolved = item.source
    return found


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def speaker_matches(speaker: str, source: str | None, common: frozenset[str] = frozenset()) -> bool:
    if not source:
        return False
    ours, theirs = name_words(speaker, common), name_words(source, common)
    if ours or theirs:
        return bool(ours & theirs)
    return head_noun(speaker) == head_noun(source) and head_noun(source) != ""


def evaluate(split: str, limit: int | None, show: int) -> None:
    folder = CORPUS / split
    texts = sorted((folder / "text").glob("*.txt"))[:limit]
    correct = total = 0
    content_right = 0
    top_hit = top_total = 0
    annotated_total = annotated_found = 0
    shown = 0
    started = time.perf_counter()
    for path in texts:
        text = path.read_text(encoding="utf-8")
        anns = sorted((folder / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        common = lower_words(text)
        per_annotator = [parse_ann(a, common) for a in anns]
        everything = [a for group in per_annotator for a in group]
        article = article_from_text(text)
        if article.text != text:
            print(f"skip {path.name}: the reader changed the text, offsets would not match")
            continue
        brief = prefill(article)
        positions = brief.section("positions").items  # type: ignore[union-attr]
        for item in positions:
            total += 1
            span = item.sources[0]
            hits = [a for a in everything if any(overlap(span, c) for c in a.contents)]
            content_right += bool(hits)
            good = any(speaker_matches(item.speaker or "", a.resolved, common) for a in hits)
            correct += good
            if not good and shown < show:
                shown += 1
                why = "no annotated content" if not hits else f"annotated source {hits[0].resolved!r}"
                print(f"- {path.stem[:40]} | {item.speaker!r} | {why} | {item.text[:110]!r}")
        first = per_annotator[0]
        annotated_total += len(first)
        annotated_found += sum(any(overlap(i.sources[0], c) for i in positions for c in a.contents) for a in first)
        counts: Counter[str] = Counter()
        order: dict[str, int] = {}
        for a in first:
            if a.resolved and is_named(a.resolved, common):
                key = max(name_words(a.resolved, common), key=lambda w: a.resolved.lower().rfind(w))
                counts[key] += 1
                order.setdefault(key, len(order))
        top = sorted(counts, key=lambda k: (-counts[k], order[k]))[:3]
        speakers = set().union(*(name_words(i.speaker or "", common) for i in positions)) if positions else set()
        top_total += len(top)
        top_hit += sum(k in speakers for k in top)
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {split}: {len(texts)} articles, {total} Positions items, {elapsed:.1f} s")
    print(f"  precision (right content and right speaker): {correct}/{total} = {100 * correct / max(total, 1):.1f}%")
    print(
        f"  right content alone:                          {content_right}/{total} = "
        f"{100 * content_right / max(total, 1):.1f}%"
    )
    print(
        f"  top-3 named sources recalled:                 {top_hit}/{top_total} = "
        f"{100 * top_hit / max(top_total, 1):.1f}%"
    )
    print(
        f"  annotated attributions covered (1st annotator): {annotated_found}/{annotated_total} = "
        f"{100 * annotated_found / max(annotated_total, 1):.1f}%"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N wrong items")
    args = parser.parse_args()
    if not (CORPUS / args.split / "text").is_dir():
        print(f"skipped: the PolNeAR corpus is not at {CORPUS} (see ../shared/corpora/README.md)")
        return 0
    evaluate(args.split, args.limit, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
