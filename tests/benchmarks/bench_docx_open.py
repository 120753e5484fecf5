"""Opening a Word file that carries its brief (issue 12: < 300 ms), beside the page-only import.

Run: python3 tests/benchmarks/bench_docx_open.py [--repeat N]
The sample brief is exported once; then opened N times with its record (the brief comes back
identical) and N times with the record stripped (the page alone), round-robin; medians, and
the ratio the record adds. The record's size in the file is printed too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from briefing import record
from briefing.export import export_docx
from briefing.importer import brief_from_docx
from briefing.workflow import open_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    brief = open_path(None).brief
    with tempfile.TemporaryDirectory() as folder:
        carried, page_only = Path(folder) / "carried.docx", Path(folder) / "page.docx"
        export_docx(brief, carried)
        document = docx.Document(str(carried))
        for rel in list(document.part.rels.values()):
            if rel.reltype == RT.CUSTOM_XML and record.is_record(rel.target_part.blob):
                print(f"record part: {len(rel.target_part.blob) / 1024:.1f} KB for {len(brief.items())} items")
                document.part.drop_rel(rel.rId)
        document.save(str(page_only))
        timings: dict[str, list[float]] = {"with its brief": [], "page alone": []}
        for _ in range(args.repeat):
            for name, path in (("with its brief", carried), ("page alone", page_only)):
                start = time.perf_counter()
                brief_from_docx(path)
                timings[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in timings.items()}
    for name, value in medians.items():
        print(f"open the sample's .docx, {name:15} {value:7.1f} ms")
    print(f"the record adds {medians['with its brief'] / medians['page alone']:.2f}x (target: < 300 ms with its brief)")


if __name__ == "__main__":
    main()
