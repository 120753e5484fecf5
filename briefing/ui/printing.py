"""File > Export to PDF and File > Print: the PDF writer's pages, on paper or in a file.

Print paints the very pages the PDF export lays out (``briefing.export.pdf.pages``: the same
line and page breaks, marking, "Page X of Y", fonts) with QPainter, so a printed brief and
its PDF never disagree. The shipped fonts are registered with Qt once, so the printout uses
them even where they are not installed.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from briefing.errors import BriefingError, ExportError
from briefing.export.pdf_fonts import font_file
from briefing.ui import dialogs

if TYPE_CHECKING:
    from briefing.export.pdf import Pages, TextOp
    from briefing.ui.files import FileController

logger = logging.getLogger(__name__)
HIGHLIGHT_ASCENT = 0.85  # a highlight's top above the baseline, and its height, in font sizes: a line's box
HIGHLIGHT_HEIGHT = 1.15


@functools.cache
def qt_family(family: str) -> str:
    """The Qt family name of a shipped family ("LiberationSans" -> "Liberation Sans"), registered once."""
    names: list[str] = []
    for style in ("", "B", "I", "BI"):
        font_id = QFontDatabase.addApplicationFont(str(font_file(family, style)))
        names = names or (QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    if not names:
        logger.warning("could not load the %s font for printing; the system's stand-in is used", family)
        return family
    return names[0]


def _font(op: TextOp) -> QFont:
    font = QFont(qt_family(op.family))
    font.setPointSizeF(op.size)
    font.setBold("B" in op.style)
    font.setItalic("I" in op.style)
    font.setUnderline("U" in op.style)
    font.setKerning(False)  # the PDF places glyphs by their advance widths alone
    return font


def paint_pages(printer: QPrinter, pages: Pages) -> None:
    """Paint ``pages`` on ``printer``, one sheet each, at their size in points."""
    from briefing.export.pdf import HIGHLIGHT_RGB, RuleOp

    size = QPageSize(QSizeF(pages.width, pages.height), QPageSize.Unit.Point, "Brief")
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("the printer could not be opened")
    try:
        scale = printer.resolution() / 72  # device pixels per point
        for number, page in enumerate(pages.pages):
            if number and not printer.newPage():
                raise ExportError("the printer would not start a new page")
            for op in page:
                if isinstance(op, RuleOp):
                    painter.setPen(QPen(Qt.GlobalColor.black, op.thickness * scale))
                    painter.drawLine(QPointF(op.x1 * scale, op.y * scale), QPointF(op.x2 * scale, op.y * scale))
                    continue
                font = _font(op)
                if op.highlight:  # "[Not reviewed]", "[... to be completed]": yellow, as in Word and the PDF
                    top = op.baseline - HIGHLIGHT_ASCENT * op.size
                    box = QRectF(op.x * scale, top * scale, op.width * scale, HIGHLIGHT_HEIGHT * op.size * scale)
                    painter.fillRect(box, QColor(*HIGHLIGHT_RGB))
                painter.setFont(font)
                painter.setPen(Qt.GlobalColor.black)
                x = op.x * scale
                if op.align != "L":
                    spare = op.width * scale - QFontMetricsF(font, printer).horizontalAdvance(op.text)
                    x += spare / 2 if op.align == "C" else spare
                painter.drawText(QPointF(x, op.baseline * scale), op.text)
    finally:
        painter.end()


class PrintController(QObject):
    """The window's Export to PDF and Print commands; dialogs go through ``dialogs``."""

    def __init__(self, parent: QObject, files: FileController) -> None:
        super().__init__(parent)
        self.files = files

    def export_pdf(self) -> bool:
        files = self.files
        if files.before_export is not None and not files.before_export("Export"):  # the Check pane's question
            return False
        path = dialogs.ask_pdf_path(files.parent_widget, str(files.suggested_path(".pdf", "exports")))
        if path is None:
            return False
        try:
            files.session.export(path, None, files.settings.source_notes())
        except BriefingError as exc:
            dialogs.show_error(files.parent_widget, str(exc), "Could Not Export")
            return False
        files.settings.set_folder("exports", path)
        files.status.showMessage(f"Exported {path}", 6000)
        return True

    def print_brief(self) -> bool:
        """Lay the pages out once, then let the preview paint them as often as it needs."""
        from briefing.export.layout import LayoutOptions, lay_out
        from briefing.export.pdf import pages

        files = self.files
        if files.before_export is not None and not files.before_export("Print"):  # the Check pane's question
            return False
        try:
            laid_out = pages(lay_out(files.session.brief, options=LayoutOptions(files.settings.source_notes())))
        except BriefingError as exc:
            dialogs.show_error(files.parent_widget, str(exc), "Could Not Print")
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(files.session.suggested_stem()).name)

        def paint(target: QPrinter) -> None:
            try:
                paint_pages(target, laid_out)
            except BriefingError as exc:
                logger.error("printing failed: %s", exc)
                dialogs.show_error(files.parent_widget, str(exc), "Could Not Print")

        return dialogs.show_print_preview(files.parent_widget, printer, paint)
