"""Word export speed: the sample brief, beside a bare python-docx document of the same paragraphs.

Run: python3 tests/benchmarks/bench_export.py [--repeat N]
The floor is what python-docx alone costs for the same text with no styling, title block,
markings, fields or properties; the ratio says what the distribution-ready layout adds.
Both build in memory (no disk), one warm-up each, then N rounds run round-robin; medians.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import docx

from briefing.export import build_docx
from briefing.prefill import prefill
from briefing.reader import read_article
from briefing.resources import default_article_path


def bare(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def timed(funcs: dict[str, object], repeat: int) -> dict[str, list[float]]:
    """Run the candidates round-robin, so a busy machine slows them all alike."""
    for func in funcs.values():
        func()  # warm-up: imports, template parsing, caches
    runs: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeat):
        for name, func in funcs.items():
            start = time.perf_counter()
            func()
            runs[name].append(time.perf_counter() - start)
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--scale", action="store_true", help="also time 5k, 10k, 20k and 40k items (linearity)")
    args = parser.parse_args()
    brief = prefill(read_article(default_article_path()))
    brief.metadata.classification = "OFFICIAL"
    paragraphs = [brief.title] + [text for s in brief.sections for text in [s.heading] + [i.text for i in s.items]]
    runs = timed(
        {
            "export": lambda: build_docx(brief),
            "notes": lambda: build_docx(brief, source_notes=True),
            "floor": lambda: bare(paragraphs),
        },
        args.repeat,
    )
    export, notes, floor = runs["export"], runs["notes"], runs["floor"]
    size = len(build_docx(brief))
    print(f"sample brief: {len(brief.items())} items, {len(paragraphs)} paragraphs, {size // 1024} KiB .docx")
    print(f"export            median {statistics.median(export) * 1000:7.1f} ms")
    print(f"export + notes    median {statistics.median(notes) * 1000:7.1f} ms")
    print(f"bare python-docx  median {statistics.median(floor) * 1000:7.1f} ms  (floor)")
    print(f"ratio export / floor: {statistics.median(export) / statistics.median(floor):.2f}")
    print(f"ratio export+notes / floor: {statistics.median(notes) / statistics.median(floor):.2f}")
    if args.scale:
        scale()
    return 0


def scale() -> None:
    """Export time per item as the brief grows: flat when export is linear in items."""
    from briefing.model import Brief, Item, Section

    previous = None
    for n in (5_000, 10_000, 20_000, 40_000):
        brief = Brief(title="t", sections=[Section("summary", "Summary", [Item(f"item {i} " * 8) for i in range(n)])])
        start = time.perf_counter()
        build_docx(brief)
        seconds = time.perf_counter() - start
        growth = f"  x{seconds / previous:.2f} for x2 items" if previous else ""
        print(f"{n:>6} items  {seconds:6.2f} s  {seconds / n * 1e6:6.1f} us/item{growth}")
        previous = seconds


if __name__ == "__main__":
    raise SystemExit(main())
