"""Pre-fill speed: the sample article warm, 10x/30x/100x its length, and sumy's LexRank beside it.

Run: python3 tests/benchmarks/bench_prefill_speed.py   (LexRank needs the `bench` extra: sumy)
Targets (issue 4): sample median warm < 50 ms; 100x the article < 3 s, cost growing linearly.
The article is read once; each timing is ``prefill(article)`` only. The long articles repeat the
sample's body under one title, so they have the same shape (headings, lists, quotes) at scale.
sumy's default tokenizer needs NLTK data that cannot be downloaded here, so LexRank is given an
offline tokenizer that uses Briefing's own sentence offsets and a plain word regex.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.prefill import prefill
from briefing.reader import article_from_text, read_article

SAMPLE = REPO / "seeds" / "blinken_beijing.txt"


def timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


class OfflineTokenizer:
    """What sumy asks of a tokenizer, without NLTK data: sentences from Briefing's reader."""

    language = "english"
    _WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")

    def to_sentences(self, paragraph: str) -> list[str]:
        article = article_from_text("Title\n\n" + paragraph)
        return [article.sentence_text(i) for i in range(len(article.sentences))]

    def to_words(self, sentence: str) -> list[str]:
        return self._WORD.findall(sentence)


def lexrank_runner(text: str, sentences: int):
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
    except ImportError:
        return None
    tokenizer = OfflineTokenizer()
    summarizer = LexRankSummarizer(Stemmer("english"))

    def run() -> None:
        document = PlaintextParser.from_string(text, tokenizer).document
        summarizer(document, sentences)

    return run


def main() -> int:
    article = read_article(SAMPLE)
    raw = SAMPLE.read_text(encoding="utf-8")
    title, _, body = raw.partition("\n")
    prefill(article)  # warm: word lists loaded, regexes compiled
    sample_times = timed(lambda: prefill(article), 30)
    sample_ms = 1000 * statistics.median(sample_times)
    print(
        f"sample article ({len(article.text):,} chars, {len(article.sentences)} sentences): "
        f"median {sample_ms:.1f} ms warm over 30 runs (target < 50 ms)"
    )

    scaled: dict[int, float] = {}
    for factor in (10, 30, 100):
        big = article_from_text(title + "\n" + "\n".join([body] * factor))
        repeat = 5
        times = timed(lambda big=big: prefill(big), repeat)
        scaled[factor] = statistics.median(times)
        print(
            f"{factor:>3}x the article ({len(big.text):,} chars, {len(big.sentences):,} sentences): "
            f"median {scaled[factor]:.3f} s over {repeat} runs (fastest {min(times):.3f} s)"
        )
    per_unit = {f: t / f for f, t in scaled.items()}
    print(
        f"time per article-length: 10x {1000 * per_unit[10]:.1f} ms, 30x {1000 * per_unit[30]:.1f} ms, "
        f"100x {1000 * per_unit[100]:.1f} ms; 100x/10x time ratio {scaled[100] / scaled[10]:.1f} "
        f"(10.0 = linear); 100x target < 3 s: {'met' if scaled[100] < 3 else 'MISSED'}"
    )

    run = lexrank_runner(raw, 3)
    if run is None:
        print("sumy is not installed (pip install -e '.[bench]'): no LexRank comparison")
        return 0
    run()
    lex_times = timed(run, 10)
    lex_ms = 1000 * statistics.median(lex_times)
    print(
        f"sumy LexRank on the sample (3 sentences): median {lex_ms:.1f} ms; "
        f"pre-fill / LexRank time ratio {sample_ms / lex_ms:.2f}"
    )
    big_text = title + "\n" + "\n".join([body] * 10)
    big_run = lexrank_runner(big_text, 3)
    assert big_run is not None
    lex_big = statistics.median(timed(big_run, 3))
    print(
        f"sumy LexRank on 10x the article: median {lex_big:.3f} s; "
        f"pre-fill / LexRank time ratio {scaled[10] / lex_big:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
