"""The Summary against CNN/Daily Mail's human-written highlights, beside the lead-3 baseline.

Run: python3 tests/benchmarks/eval_cnndm.py [--limit N]   (needs the `bench` extra: rouge-score)
Reads ../shared/corpora/cnndm/dev.jsonl (never copied into the repo); exits with a message when
it is absent. ROUGE-1/2/L F-measure, rouge-score with the Porter stemmer, averaged over articles.

Each article is one unbroken paragraph in the corpus, so it is given to the reader under a
fixed one-word title line ("Article"): the reader takes a first line as the title, and the
pre-fill never puts the title in the summary. The baseline is the first three sentences as the
same reader splits them, so the two differ only in what the pre-fill chooses.

There is no training split, so the Summary is tuned on the first half only (by file order,
``--split tune``) and judged on the second (``--split held-out``); the default prints both
halves and all articles. Under each half its margin over lead-3 and that margin's standard error
over the articles: how far the margin may move on another 75 articles by chance alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.prefill import prefill
from briefing.reader import article_from_text

CORPUS = REPO.parent / "shared" / "corpora" / "cnndm" / "dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--split", choices=("tune", "held-out", "all", "each"), default="each")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: the CNN/Daily Mail sample is not at {CORPUS} (see ../shared/corpora/README.md)")
        return 0
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("skipped: rouge-score is not installed (pip install -e '.[bench]')")
        return 0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit]
    half = len(rows) // 2
    splits = {"tune": (0, half), "held-out": (half, len(rows)), "all": (0, len(rows))}
    wanted = list(splits) if args.split == "each" else [args.split]
    first = min(splits[name][0] for name in wanted)
    last = max(splits[name][1] for name in wanted)
    scores: dict[str, dict[str, list[float]]] = {"lead-3": {}, "summary": {}}
    lengths: dict[str, list[int]] = {"lead-3": [], "summary": []}
    for row in rows[first:last]:
        reference = row["highlights"].replace(" . ", ".\n")
        article = article_from_text("Article\n\n" + row["article"])
        lead = [article.sentence_text(i) for i in range(min(3, len(article.sentences)))]
        brief = prefill(article)
        summary = [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]
        for name, sentences in (("lead-3", lead), ("summary", summary)):
            result = scorer.score(reference, "\n".join(sentences))
            for metric, value in result.items():
                scores[name].setdefault(metric, []).append(value.fmeasure)
            lengths[name].append(sum(len(s.split()) for s in sentences))
    print(f"CNN/Daily Mail: {len(rows)} articles, ROUGE F (rouge-score, stemming)")
    for split in wanted:
        start, end = splits[split]
        print(f"{split}: articles {start + 1}-{end} ({end - start})")
        print(f"  {'':10} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8} {'words':>6}")
        for name in ("lead-3", "summary"):
            part = {m: values[start - first : end - first] for m, values in scores[name].items()}
            r1, r2, rl = (100 * statistics.mean(part[m]) for m in ("rouge1", "rouge2", "rougeL"))
            words = statistics.median(lengths[name][start - first : end - first])
            print(f"  {name:10} {r1:8.2f} {r2:8.2f} {rl:8.2f} {words:6.0f}")
        margins = [_margin(scores, metric, start - first, end - first) for metric in ("rouge1", "rouge2", "rougeL")]
        print(f"  {'margin':10} " + " ".join(f"{m:+8.2f}" for m, _ in margins) + "  summary - lead-3")
        print(f"  {'± s.e.':10} " + " ".join(f"{e:8.2f}" for _, e in margins) + "  over articles")
    return 0


def _margin(scores: dict[str, dict[str, list[float]]], metric: str, start: int, end: int) -> tuple[float, float]:
    """The Summary's mean lead over lead-3 on ``metric`` in points, and its standard error over the articles: how
    far the margin may move on another sample of as many articles by chance alone, so the two halves' margins can
    differ by about 1.4 times it (and more only rarely) without either rule being wrong."""
    gaps = [100 * (s - b) for s, b in zip(scores["summary"][metric][start:end], scores["lead-3"][metric][start:end])]
    if len(gaps) < 2:
        return (gaps[0] if gaps else 0.0), 0.0
    return statistics.mean(gaps), statistics.stdev(gaps) / len(gaps) ** 0.5


if __name__ == "__main__":
    raise SystemExit(main())
