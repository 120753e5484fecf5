"""PDF export speed: the sample brief as PDF/A-1b, beside the Word export of the same brief.

Run: python3 tests/benchmarks/bench_export_pdf.py [--repeat N]
Both build in memory (no disk), one warm-up each (imports, font parsing), then N rounds run
round-robin so a busy machine slows them alike; medians. Also times the print layout alone
(the pages File > Print paints, without writing a PDF) and the first export in a fresh
process, which pays for importing fpdf2 and reading the fonts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.export.layout import lay_out
from briefing.export.writers import render
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.resources import default_article_path
from tests.benchmarks.bench_export import timed  # round-robin timing, shared with the Word benchmark

COLD_RUN = """
import sys, time
sys.path.insert(0, sys.argv[1])
from briefing.export.writers import render
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.resources import default_article_path
brief = prefill(read_article(default_article_path()))
start = time.perf_counter()
render(brief, "x.pdf")
print(time.perf_counter() - start)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from briefing.export.pdf import pages

    brief = prefill(read_article(default_article_path()))
    brief.metadata.classification = "OFFICIAL"
    runs = timed(
        {
            "pdf": lambda: render(brief, "x.pdf"),
            "docx": lambda: render(brief, "x.docx"),
            "print": lambda: pages(lay_out(brief)),
        },
        args.repeat,
    )
    pdf, word, layout = (statistics.median(runs[name]) for name in ("pdf", "docx", "print"))
    size = len(render(brief, "x.pdf"))
    count = len(pages(lay_out(brief)).pages)
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD_RUN, str(REPO)], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(3)
    ]
    print(f"sample brief: {len(brief.items())} items, {count} pages, {size // 1024} KiB PDF; {args.repeat} rounds")
    print(f"PDF export        median {pdf * 1000:7.1f} ms")
    print(f"Word export       median {word * 1000:7.1f} ms")
    print(f"print pages only  median {layout * 1000:7.1f} ms")
    print(f"ratio PDF / Word: {pdf / word:.2f}")
    print(f"first PDF export in a new process (imports, fonts): median {statistics.median(cold) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
