"""A brief with thousands of items in the window: time to a shown window, peak memory, editing.

    python3 tests/benchmarks/bench_ui_huge_brief.py [--items 10000] [--runs 3]

Each run starts a new Python process that writes a .brief with ``--items`` items (the
sample's items repeated, spread over its sections as the pre-fill spreads them), then
does what ``python main.py NOTE.brief`` does and reports, from inside the process:

- open: from ``app.start`` to the first event-loop turn after the window is shown;
- peak memory: the process's VmHWM (Linux) after opening, scrolling and typing;
- scroll: median time to move the brief pane one page and let it settle (all pending events);
- keystroke: median and p95 of a typed character in an item in the middle of the brief,
  processed until the event loop is idle again;
- Find: each key of a query typed into the Find bar (median, worst), the time from the last
  key until the count and highlights are shown (any deferred recount included), an F3 step
  (median of 5), and a keystroke in the item with the bar open (p95).

Targets (issue 16): a 10,000-item brief opens in under 3 s and under 500 MB, and editing
stays responsive (keystroke p95 well under 50 ms). Uses the offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
OPEN_TARGET_S = 3.0
MEMORY_TARGET_MB = 500

CHILD = r"""
import json, statistics, sys, time
from pathlib import Path
from typing import Any
from PySide6.QtTest import QTest
from briefing import app
from tests.long_brief import write_long_brief

count, folder = int(sys.argv[1]), Path(sys.argv[2])
path = write_long_brief(folder / "huge.brief", count)

def peak_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

paths = app.AppPaths(folder / "data", folder / "config")
qapp = app._create_app()
t0 = time.perf_counter()
window = app.start(path, paths)
qapp.processEvents()
opened = time.perf_counter() - t0
assert len(window.doc.brief.items()) == count, len(window.doc.brief.items())

pane = window.editor
bar = pane.verticalScrollBar()
scrolls = []
for _ in range(20):
    t = time.perf_counter()
    bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
    qapp.processEvents()
    scrolls.append(time.perf_counter() - t)

middle = window.doc.brief.items()[count // 2]
pane.focus_item(middle)
qapp.processEvents()
editor = pane.editor_for(middle)
target = editor.text_edit

def typing_times(count):
    # Seconds per keystroke into the middle item (words of four letters and a space), sorted.
    times = []
    for n in range(count):
        t = time.perf_counter()
        QTest.keyClick(target, "a" if n % 5 else " ")
        qapp.processEvents()
        times.append(time.perf_counter() - t)
    return sorted(times)

keys = typing_times(60)
assert middle.text.endswith(("a", " ")), middle.text[-5:]

def idle():
    # Run events until no deferred find work is pending (a recount timer, if the bar has one).
    qapp.processEvents()
    timer = getattr(window.find_bar, "refresh_timer", None)
    while timer is not None and timer.isActive():
        time.sleep(0.001)
        qapp.processEvents()

window.actions_.find.trigger()
bar = window.find_bar
finds = []
for letter in "China":
    t = time.perf_counter()
    QTest.keyClick(bar.find_edit, letter)
    qapp.processEvents()
    finds.append(time.perf_counter() - t)
t = time.perf_counter()
idle()
shown = time.perf_counter() - t + finds[-1]
assert bar.result.text(), "the bar shows a count"
steps = []
for _ in range(5):
    t = time.perf_counter()
    QTest.keyClick(bar.find_edit, "\r")  # Enter: next match
    idle()
    steps.append(time.perf_counter() - t)
pane.focus_item(middle)
qapp.processEvents()
find_keys = typing_times(40)
idle()
print(json.dumps({
    "open": opened,
    "peak_mb": peak_mb(),
    "scroll_ms": statistics.median(scrolls) * 1000,
    "key_median_ms": statistics.median(keys) * 1000,
    "key_p95_ms": keys[int(len(keys) * 0.95) - 1] * 1000,
    "find_key_median_ms": statistics.median(finds) * 1000,
    "find_key_max_ms": max(finds) * 1000,
    "find_shown_ms": shown * 1000,
    "find_step_ms": statistics.median(steps) * 1000,
    "find_open_key_p95_ms": find_keys[int(len(find_keys) * 0.95) - 1] * 1000,
    "find_count": bar.result.text(),
}), flush=True)
"""


def one_run(items: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="briefing-huge-") as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": folder,
            "PYTHONPATH": str(REPO),
        }
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(items), folder],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"the run failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    print(f"  run: {result}", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.items) for _ in range(args.runs)]

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    print(f"{args.items} items, {args.runs} runs (new process each), medians:")
    print(f"  open to shown window  {median('open'):.2f} s   (target < {OPEN_TARGET_S} s)")
    print(f"  peak memory           {median('peak_mb'):.0f} MB   (target < {MEMORY_TARGET_MB} MB)")
    print(f"  scroll one page       {median('scroll_ms'):.1f} ms")
    print(f"  keystroke             median {median('key_median_ms'):.1f} ms, p95 {median('key_p95_ms'):.1f} ms")
    print(
        f"  Find: query key       median {median('find_key_median_ms'):.1f} ms, worst {median('find_key_max_ms'):.1f} ms"
    )
    print(f"  Find: last key to shown {median('find_shown_ms'):.1f} ms; F3 step {median('find_step_ms'):.1f} ms")
    print(f"  Find open: keystroke  p95 {median('find_open_key_p95_ms'):.1f} ms   ({runs[-1]['find_count']})")
    ok = median("open") < OPEN_TARGET_S and median("peak_mb") < MEMORY_TARGET_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
