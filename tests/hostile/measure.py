"""Run the command line in a child that reports its own peak memory (not the test process's)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.hostile.conftest import REPO

PEAK_MEMORY_LIMIT_MB = 300  # issue 16: any hostile file is handled in well under this
WINDOW_MEMORY_LIMIT_MB = 500  # issue 16: a window on a 10,000-item brief

# VmHWM is this process image's own peak; getrusage's ru_maxrss would also count the pytest
# worker that forked the child, because Linux carries the high-water mark across exec.
MEASURED_RUN = """
import sys
from briefing.cli import main
try:
    code = main(sys.argv[1:])
finally:
    try:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak_kb={peak}", file=sys.stderr)
raise SystemExit(code)
"""


# The window on a file, offscreen: opened, shown, scrolled to the end; prints how many item
# editors exist and the peak memory.
MEASURED_WINDOW = """
import sys
from pathlib import Path
from briefing import app
qapp = app._create_app()
folder = Path(sys.argv[2])
window = app.start(Path(sys.argv[1]), app.AppPaths(folder / "data", folder / "config"))
for _ in range(3):
    qapp.processEvents()
bar = window.editor.verticalScrollBar()
bar.setValue(bar.maximum())
for _ in range(3):
    qapp.processEvents()
editors = sum(len(w.editors) for w in window.editor.section_widgets.values())
items = len(window.doc.brief.items())
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(f"items={items} editors={editors}", flush=True)
print(f"peak_kb={peak}", file=sys.stderr)
window.mark_saved()
"""


def run_measured(*args: str, cwd: Path, code: str = MEASURED_RUN) -> tuple[int, str, float, float]:
    """Exit code, stderr without the memory line, peak memory in MB, and wall seconds.
    ``code`` is the child's program (the command line by default, or MEASURED_WINDOW)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=False,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    seconds = time.perf_counter() - started
    peak_lines = [line for line in result.stderr.splitlines() if line.startswith("peak_kb=")]
    peak_mb = int(peak_lines[-1].removeprefix("peak_kb=")) / 1024 if peak_lines else float("nan")
    message = "\n".join(line for line in result.stderr.splitlines() if not line.startswith("peak_kb="))
    if code is not MEASURED_RUN:
        message = f"{result.stdout.strip()}\n{message}".strip()
    return result.returncode, message, peak_mb, seconds
