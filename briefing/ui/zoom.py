"""View > Zoom for the brief and the article: one level for both, remembered between runs.

The brief's title and headings have sizes in the style sheet, so zooming sets a small style
sheet on the brief page that scales those too; everything else follows the page's font. With a
large system font they grow with it: the style sheet's 12.5 pt headings were smaller than 14 pt
body text (seen under Xvfb), so neither is ever less than that much above the application font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from briefing.ui.settings import Settings

LEVELS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent, as in a browser
TITLE_PT, HEADING_PT = 15.0, 12.5  # resources/styles/briefing.qss
TITLE_RATIO, HEADING_RATIO = 1.5, 1.3  # at least this many times the application font's size


class Zoom:
    def __init__(self, settings: Settings, widgets: list[QWidget], page: QWidget) -> None:
        self.settings, self.widgets, self.page = settings, widgets, page
        self.base: dict[int, float] = {id(w): w.font().pointSizeF() for w in widgets}
        self.level = settings.zoom() if settings.zoom() in LEVELS else 100
        body = QApplication.font().pointSizeF()
        self.title_pt = max(TITLE_PT, body * TITLE_RATIO)
        self.heading_pt = max(HEADING_PT, body * HEADING_RATIO)
        if not self._as_styled():
            self._apply()

    def zoom_in(self) -> None:
        self._set(next((lv for lv in LEVELS if lv > self.level), LEVELS[-1]))

    def zoom_out(self) -> None:
        self._set(next((lv for lv in reversed(LEVELS) if lv < self.level), LEVELS[0]))

    def reset(self) -> None:
        self._set(100)

    def _set(self, level: int) -> None:
        if level != self.level:
            self.level = level
            self.settings.set_zoom(level)
            self._apply()

    def _as_styled(self) -> bool:
        """True when the style sheet's own heading sizes stand: actual size, and no large system font."""
        return self.level == 100 and (self.title_pt, self.heading_pt) == (TITLE_PT, HEADING_PT)

    def _apply(self) -> None:
        factor = self.level / 100
        for widget in self.widgets:
            font = QFont(widget.font())
            font.setPointSizeF(max(4.0, self.base[id(widget)] * factor))
            widget.setFont(font)
        if self._as_styled():
            self.page.setStyleSheet("")
        else:
            self.page.setStyleSheet(
                f"QPlainTextEdit#briefTitle {{ font-size: {self.title_pt * factor:.1f}pt; }}"
                f" QLabel#sectionHeading {{ font-size: {self.heading_pt * factor:.1f}pt; }}"
            )
