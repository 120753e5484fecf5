"""Reader speed: read and segment a 1 MB article, beside the floor of a naive split of the same text.

Run: python3 tests/benchmarks/bench_reader.py [--repeat N]
Texts: the sample article repeated to 1 MB (headings, lists, quotes); when ../shared/corpora is
there, 1 MB of real news prose from PolNeAR; the same prose as Markdown and as a saved web page.
The floor splits the text into lines and sentences with one regular expression each, no rules:
the ratio says what abbreviations, quotations and structure cost. One warm-up each, then medians
over N runs, all measured in this run. Target: well under a second for 1 MB of text.
"""

from __future__ import annotations

import argparse
import html
import io
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import docx

from briefing.reader import read_article_bytes
from briefing.resources import default_article_path

MEGABYTE = 1024 * 1024
POLNEAR = REPO.parent / "shared" / "corpora" / "polnear"
_NAIVE_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def timed(func, repeat: int) -> list[float]:
    func()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    return runs


def naive(raw: bytes) -> int:
    text = raw.decode("utf-8")
    return sum(len(_NAIVE_SENTENCE.split(line)) for line in text.splitlines() if line.strip())


def to_megabyte(pieces: list[str]) -> str:
    out: list[str] = []
    size = 0
    while size < MEGABYTE:
        for piece in pieces:
            out.append(piece)
            size += len(piece.encode("utf-8"))
            if size >= MEGABYTE:
                break
    return "".join(out)


def corpus_text() -> str | None:
    folder = POLNEAR / "train" / "text"
    if not folder.is_dir():
        return None
    pieces = [p.read_text(encoding="utf-8") + "\n\n" for p in sorted(folder.glob("*.txt"))[:400]]
    return to_megabyte(pieces)


def as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    return (
        "<!DOCTYPE html><html><head><title>Benchmark page</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Benchmark page</h1>{paragraphs}</article><footer>Copyright</footer></body></html>"
    )


def as_docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Benchmark document", style="Title")
    for line in text.split("\n"):
        if line.strip():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def report(label: str, raw: bytes, name: str, repeat: int, floor: bool = True) -> None:
    article = read_article_bytes(raw, name=name)
    runs = timed(lambda: read_article_bytes(raw, name=name), repeat)
    line = (
        f"{label:<34} {len(raw) / MEGABYTE:5.2f} MB  {len(article.blocks):6d} blocks "
        f"{len(article.sentences):6d} sentences  median {statistics.median(runs) * 1000:7.1f} ms"
    )
    if floor:
        naive_runs = timed(lambda: naive(raw), repeat)
        line += (
            f"  (naive split {statistics.median(naive_runs) * 1000:5.1f} ms, "
            f"ratio {statistics.median(runs) / statistics.median(naive_runs):4.1f})"
        )
    print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    sample = default_article_path().read_text(encoding="utf-8")
    report("sample article x 1 MB (.txt)", to_megabyte([sample + "\n"]).encode(), "a.txt", args.repeat)
    prose = corpus_text()
    if prose is None:
        print(f"PolNeAR corpus not found at {POLNEAR}: real-prose rows skipped")
        return 0
    report("PolNeAR prose 1 MB (.txt)", prose.encode(), "a.txt", args.repeat)
    report(
        "PolNeAR prose 1 MB (cp1252 .txt)", prose.encode("cp1252", errors="replace"), "a.txt", args.repeat, floor=False
    )
    report("PolNeAR prose 1 MB (.md)", prose.encode(), "a.md", args.repeat, floor=False)
    report(
        "PolNeAR prose as a web page (.html)", as_html(prose).encode(), "a.html", max(3, args.repeat // 2), floor=False
    )
    report("PolNeAR prose as Word (.docx)", as_docx(prose), "a.docx", max(3, args.repeat // 2), floor=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
