"""Start to a pre-filled window on the sample article: cold, in a fresh process, median of runs.

    python3 tests/benchmarks/bench_ui_startup.py [--runs 7]

Each run starts a new Python process that does what ``python main.py`` does (logging,
QApplication, read + pre-fill the sample, build and show the window) and prints "ready"
from the first event-loop turn after the window is shown. We time from launching the
process to reading "ready". Target: median under 1.5 s. Uses the offscreen platform, so it
measures our work and Qt's, not a window manager's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_S = 1.5

CHILD = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from briefing import app
paths = app.AppPaths.default()
app.setup_logging(paths.log_file)
qapp = app._create_app()
t1 = time.perf_counter()
window = app.start(None, paths)
t2 = time.perf_counter()
items = len(window.doc.brief.items())
def ready():
    print(f"ready {t1 - t0:.3f} {t2 - t1:.3f} {items}", flush=True)
    qapp.quit()
QTimer.singleShot(0, ready)
qapp.exec()
"""


def one_run(env: dict[str, str]) -> tuple[float, float, float, int]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=30)
    if not line.startswith("ready"):
        raise SystemExit(f"the app did not start: {child.stderr.read()}")
    _, imports, build, items = line.split()
    return elapsed, float(imports), float(build), int(items)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="briefing-bench-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": home,
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CONFIG_HOME": f"{home}/config",
        "PYTHONPATH": str(REPO),
    }
    results = [one_run(env) for _ in range(args.runs)]
    totals = [r[0] for r in results]
    median = statistics.median(totals)
    print(f"start to pre-filled window, {args.runs} cold runs (new process each)")
    print(f"  median {median:.3f} s   min {min(totals):.3f} s   max {max(totals):.3f} s")
    print(
        f"  of which, median: imports + QApplication {statistics.median(r[1] for r in results):.3f} s, "
        f"read + pre-fill + build window {statistics.median(r[2] for r in results):.3f} s"
    )
    print(f"  items pre-filled: {results[0][3]}")
    print(
        f"  target {TARGET_S:.1f} s: {'met' if median < TARGET_S else 'MISSED'} "
        f"(ratio median/target {median / TARGET_S:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
