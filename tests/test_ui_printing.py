"""File > Export to PDF and File > Print (Ctrl+P): the preview paints the PDF export's own pages.

The preview dialog is patched: the test calls the paint function it would call, on a QPrinter
writing a PDF file, and reads what was painted back with pdftotext.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from briefing.export.layout import lay_out
from briefing.export.pdf import pages
from briefing.ui import dialogs
from tests.ui_support import *  # the window fixture and the dialog guard


@pytest.fixture(autouse=True)
def _export_anyway(no_real_dialogs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Exporting or printing the unreviewed sample asks first (the Check pane); here: Export Anyway."""
    monkeypatch.setattr(dialogs, "confirm_export_with_findings", lambda *_args: "export")


POPPLER = bool(shutil.which("pdftotext"))


def _text(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return out.stdout.split("\f")[:-1]


def test_file_menu_has_export_to_pdf_and_print_with_ctrl_p(window) -> None:
    titles = [action.text() for action in window.menus.file.actions()]
    assert "Export to P&DF…" in titles and "&Print…" in titles
    keys = window.actions_.print_brief.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Print) in keys


def test_export_to_pdf_writes_the_brief(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "note.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested: out)
    window.actions_.export_pdf.trigger()
    assert out.read_bytes().startswith(b"%PDF-")
    if POPPLER:
        assert window.session.brief.title.split(":")[0] in " ".join(_text(out)[0].split())


def test_export_to_pdf_failure_shows_a_message(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested: tmp_path / "no-folder" / "note.pdf")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message, title="": shown.append(message))
    assert not window.printing.export_pdf()
    assert shown and "no-folder" in shown[0]


@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) is not installed")
def test_print_preview_paints_the_pdf_pages(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.session.brief.metadata.classification = "OFFICIAL-SENSITIVE"
    expected = pages(lay_out(window.session.brief))
    printed = tmp_path / "printed.pdf"
    previews: list[int] = []

    def preview(parent, printer: QPrinter, paint) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        paint(printer)
        previews.append(1)
        return True

    monkeypatch.setattr(dialogs, "show_print_preview", preview)
    window.actions_.print_brief.trigger()
    assert previews == [1]
    texts = _text(printed)
    assert len(texts) == len(expected.pages) >= 2
    for number, text in enumerate(texts, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == "OFFICIAL-SENSITIVE" and lines[-2] == "OFFICIAL-SENSITIVE"
        assert lines[-1] == f"Page {number} of {len(texts)}"
    assert "BRIEFING NOTE" in texts[0]


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) is not installed")
def test_print_shows_the_not_reviewed_flags_in_yellow_as_word_does(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    printed = tmp_path / "printed.pdf"

    def preview(parent, printer: QPrinter, paint) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        paint(printer)
        return True

    monkeypatch.setattr(dialogs, "show_print_preview", preview)
    window.actions_.print_brief.trigger()
    subprocess.run(
        ["pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-png", str(printed), str(tmp_path / "p")], check=True
    )
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    yellow = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if (c := image.pixelColor(x, y)).red() > 220 and c.green() > 220 and c.blue() < 90
    )
    assert yellow > 100, "the unreviewed sample's flags and notice print on yellow"
