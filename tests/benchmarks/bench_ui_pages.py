"""Keep the status bar's page estimate honest: compare it with LibreOffice's page count.

    python3 tests/benchmarks/bench_ui_pages.py

Exports the sample brief at 1x, 2x, 4x and 8x its length (every item repeated), renders
each .docx to PDF with LibreOffice (soffice) and reads the page count with pdfinfo.
Prints estimate vs rendered pages; exits 1 if any differs by more than one page.
Skips with a message when soffice or pdfinfo is missing.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.resources import default_article_path
from briefing.session import Session, estimated_pages, word_count


def main() -> int:
    if not shutil.which("soffice") or not shutil.which("pdfinfo"):
        print("skipped: needs LibreOffice (soffice) and poppler-utils (pdfinfo)")
        return 0
    base = Session.from_article_file(default_article_path())
    out = Path(tempfile.mkdtemp(prefix="briefing-pages-"))
    rows = []
    for factor in (1, 2, 4, 8):
        brief = copy.deepcopy(base.brief)
        for section in brief.sections:
            section.items = [copy.deepcopy(i) for i in section.items for _ in range(factor)]
        path = out / f"x{factor}.docx"
        Session(brief, base.article).export(path)
        rows.append((factor, word_count(brief), estimated_pages(brief), path))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out)] + [str(r[3]) for r in rows],
        capture_output=True,
        timeout=300,
        check=True,
    )
    worst = 0
    print("length  words  estimate  LibreOffice")
    for factor, words, estimate, path in rows:
        info = subprocess.run(
            ["pdfinfo", str(path.with_suffix(".pdf"))], capture_output=True, text=True, check=False
        ).stdout
        pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
        worst = max(worst, abs(pages - estimate))
        print(f"{factor:>5}x  {words:>5}  {estimate:>8}  {pages:>11}")
    print(f"largest difference: {worst} page(s)")
    shutil.rmtree(out, ignore_errors=True)
    return 0 if worst <= 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
