"""Replace All over a 200-item brief, as one undo step.

    python3 tests/benchmarks/bench_ui_replace.py [--items 200] [--runs 15]

Builds the window (offscreen) on a brief of N items (the sample's items repeated), then
times Replace All of a word that occurs in most items ("the" -> "THE", whole words), each
run followed by an untimed undo. Prints the number replaced, the median and the ratio to
the target (issue 13: under 100 ms), and the undo's median for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from tests.benchmarks._window import window_with_items

TARGET_MS = 100.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    qapp, window, _ = window_with_items(args.items)
    bar = window.find_bar
    bar.open_bar(replace=True, in_article=False)
    bar.find_edit.setText("the")
    bar.replace_edit.setText("THE")
    bar.whole_words.setChecked(True)
    bar.match_case.setChecked(True)
    times, undos, replaced = [], [], 0
    for _ in range(args.runs):
        started = time.perf_counter()
        replaced = bar.replace_all()
        qapp.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        window.undo_stack.undo()
        qapp.processEvents()
        undos.append((time.perf_counter() - started) * 1000)
    median = statistics.median(times)
    print(f"Replace All over {len(window.doc.brief.items())} items ({args.runs} runs, offscreen)")
    print(f"  {replaced} replacements, one undo step each run")
    print(f"  median {median:.1f} ms   min {min(times):.1f} ms   max {max(times):.1f} ms")
    print(f"  target {TARGET_MS:.0f} ms: {'met' if median < TARGET_MS else 'MISSED'} (ratio {median / TARGET_MS:.2f})")
    print(f"  undo of it: median {statistics.median(undos):.1f} ms")
    window.mark_saved()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
