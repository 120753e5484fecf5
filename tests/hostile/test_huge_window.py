"""A brief of 10,000 items in the window: opened in a child under a memory cap (issue 16).

Before the pane built editors only near the screen, 10,000 items took 47 s and 2.2 GB to
reach a window. The time is measured by tests/benchmarks/bench_ui_huge_brief.py; here the
child must show the brief, reach its end, hold few editors and stay under the cap.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.hostile.measure import MEASURED_WINDOW, WINDOW_MEMORY_LIMIT_MB, run_measured
from tests.long_brief import write_long_brief

ITEMS = 10_000


def test_a_ten_thousand_item_brief_opens_in_the_window_within_the_memory_cap(tmp_path: Path) -> None:
    brief = write_long_brief(tmp_path / "huge.brief", ITEMS)
    code, message, peak_mb, _seconds = run_measured(str(brief), str(tmp_path), cwd=tmp_path, code=MEASURED_WINDOW)
    assert code == 0, message
    found = re.search(r"items=(\d+) editors=(\d+)", message)
    assert found, message
    items, editors = int(found[1]), int(found[2])
    assert items == ITEMS
    assert 0 < editors < 200, editors  # a screenful or so, not one per item
    assert peak_mb < WINDOW_MEMORY_LIMIT_MB, f"{peak_mb:.0f} MB"
