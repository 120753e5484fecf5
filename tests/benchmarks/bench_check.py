"""Speed of ``briefing check``: the first check in a fresh process, the sample brief warm, a
two-page edited brief, dictionaries, suggestions.

Run: python3 tests/benchmarks/bench_check.py [--repeat N] [--fresh N]
Targets (issue 12): the sample brief checked in < 50 ms warm, in-process; a two-page brief
in < 50 ms; suggestions for a word in < 100 ms. "Warm" is the window's case: the dictionary
loaded and the Checker kept between checks. "Cold words" checks a brief whose words the
speller has never seen (a fresh Speller cache). "First check" is what Ctrl+E costs the first
time: a new Python process drafts the sample and times one Checker().check, dictionary opening
included (target well under 500 ms); its median and slowest of --fresh processes.
Prints medians; ratios against the pre-fill of the same article for scale.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.check import Checker
from briefing.check.spelling import LANGUAGES, Speller, speller_for
from briefing.model import Brief, Item
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.resources import default_article_path
from briefing.session import estimated_pages

MISSPELT = ["goverment", "recieve", "diplomtic", "negotations", "Beiijng", "tarrifs", "sanctoins", "xqzt"]


# One first check, in a process of its own: nothing loaded or cached before it.
FIRST_CHECK = """
import sys, time
sys.path.insert(0, {repo!r})
from briefing.check import Checker
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.resources import default_article_path
brief = prefill(read_article(default_article_path()))
start = time.perf_counter()
Checker().check(brief)
print((time.perf_counter() - start) * 1000)
"""


def first_check_ms(processes: int) -> list[float]:
    """The first check of the sample in ``processes`` fresh Python processes, one after another."""
    code = FIRST_CHECK.format(repo=str(REPO))
    return [
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
        for _ in range(processes)
    ]


def median_ms(func: Callable[[], object], repeat: int) -> float:
    func()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def edited_two_pages(brief: Brief) -> Brief:
    """The sample with every item rewritten by a person (so every check runs on every item), cut
    or repeated to two pages as exported."""
    items = [item for item in brief.items()]
    for number, item in enumerate(items):
        item.origin, item.reviewed = "user", True
        item.text = f"{item.text} Officials added {number + 3} further remarks on the goverment talks."
    while estimated_pages(brief) < 2:
        brief.sections[0].items.append(Item(items[len(brief.sections[0].items) % len(items)].text, origin="user"))
    while estimated_pages(brief) > 2:
        for section in brief.sections:
            if section.items:
                section.items.pop()
    return brief


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--fresh", type=int, default=5, help="fresh processes for the first check")
    args = parser.parse_args()

    firsts = first_check_ms(args.fresh)
    print(
        f"first check of the sample, fresh process  {statistics.median(firsts):8.0f} ms"
        f"  (slowest {max(firsts):.0f}, {args.fresh} processes; target well under 500)"
    )

    article = read_article(default_article_path())
    sample = prefill(article)
    print(f"sample brief: {len(sample.items())} items, {estimated_pages(sample)} page(s)")

    for language in LANGUAGES:
        start = time.perf_counter()
        speller_for(language)
        print(f"open {language} dictionary (spylls)        {(time.perf_counter() - start) * 1000:8.0f} ms")

    checker = Checker()
    prefill_ms = median_ms(lambda: prefill(article), args.repeat)
    sample_ms = median_ms(lambda: checker.check(sample), args.repeat)
    print(f"pre-fill of the sample (for scale)        {prefill_ms:8.1f} ms")
    print(
        f"check the sample brief, warm              {sample_ms:8.1f} ms  (target < 50; {sample_ms / prefill_ms:.2f}x pre-fill)"
    )

    two_pages = edited_two_pages(prefill(article))
    words = sum(len(item.text.split()) for item in two_pages.items())
    pages_ms = median_ms(lambda: checker.check(two_pages), args.repeat)
    print(f"check a 2-page edited brief ({words} words), warm {pages_ms:5.1f} ms  (target < 50)")

    def cold() -> None:
        fresh = speller_for("en-GB")
        fresh._known.clear()
        Checker(speller=lambda _language: fresh).check(two_pages)

    print(f"same, no word cached (first check)        {median_ms(cold, max(3, args.repeat // 4)):8.1f} ms")

    fresh_speller = Speller("en-GB")
    start = time.perf_counter()
    fresh_speller.prepare_suggestions()  # the window does this off the GUI thread after a check
    print(f"build the suggestion search (every word)  {(time.perf_counter() - start) * 1000:8.0f} ms")
    speller: Speller = speller_for("en-GB")
    for word in MISSPELT:
        times = []
        for _ in range(max(3, args.repeat // 4)):
            start = time.perf_counter()
            found = speller.suggest(word)
            times.append((time.perf_counter() - start) * 1000)
        print(f"suggest {word:12} {statistics.median(times):8.1f} ms  {', '.join(found[:3]) or '-'}")
    all_times = []
    for word in MISSPELT:
        start = time.perf_counter()
        speller.suggest(word)
        all_times.append((time.perf_counter() - start) * 1000)
    print(
        f"suggestions, median over {len(MISSPELT)} words         {statistics.median(all_times):8.1f} ms  (target < 100)"
    )


if __name__ == "__main__":
    main()
