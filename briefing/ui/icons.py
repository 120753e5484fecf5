"""Icons from resources/icons/*.svg, drawn in the palette's text colour so they suit dark themes.

Each SVG uses ``currentColor``; we substitute the colour and render at several sizes so
high-DPI screens get sharp pixmaps. A missing file falls back to Qt's standard icon.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from briefing.resources import resources_dir

logger = logging.getLogger(__name__)

FALLBACKS = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "export": QStyle.StandardPixmap.SP_ArrowRight,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "up": QStyle.StandardPixmap.SP_ArrowUp,
    "down": QStyle.StandardPixmap.SP_ArrowDown,
    "redraft": QStyle.StandardPixmap.SP_BrowserReload,
    "reviewed": QStyle.StandardPixmap.SP_DialogApplyButton,
    "paste": QStyle.StandardPixmap.SP_FileIcon,
    "briefing": QStyle.StandardPixmap.SP_FileIcon,
}
SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str | None:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    app = QApplication.instance()
    app = app if isinstance(app, QApplication) else None  # a widget palette and style need a QApplication
    palette = palette or (app.palette() if app else QPalette())
    svg = _svg(name)
    if svg is None:
        style = app.style() if app else None
        fallback = FALLBACKS.get(name)
        logger.debug("icon %s missing, using a standard one", name)
        return style.standardIcon(fallback) if style and fallback is not None else QIcon()
    result = QIcon()
    for mode, role_group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        color = palette.color(role_group, QPalette.ColorRole.WindowText).name()
        accent = palette.color(role_group, QPalette.ColorRole.Highlight).name()
        renderer = QSvgRenderer(
            QByteArray(svg.replace("currentColor", color).replace("accentColor", accent).encode("utf-8"))
        )
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    return result
