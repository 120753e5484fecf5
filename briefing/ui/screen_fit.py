"""Sizes that fit the screen: a window or dialog never opens larger than the room it has.

On a 1280×720 laptop at 150 % scaling Qt has 853×480 logical pixels to lay out in; the
window's minimum of 900×560 made it larger than the screen (seen under Xvfb with
QT_SCALE_FACTOR=1.5: the status bar and the brief's right edge were off screen), and a dialog
sized in pixels for a desktop (the keyboard reference's 520 px) did not fit either.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.9  # of the screen's free area a dialog may take, leaving room for its frame and the panel


def available_size(widget: QWidget | None = None) -> QSize | None:
    """The free area (less panels and docks) of the screen ``widget`` is on, or the primary one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def within_screen(widget: QWidget | None, width: int, height: int, share: float = 1.0) -> QSize:
    """``width`` × ``height``, made no larger than ``share`` of the screen's free area."""
    room = available_size(widget)
    if room is None:
        return QSize(width, height)
    return QSize(min(width, int(room.width() * share)), min(height, int(room.height() * share)))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width`` × ``height``, or to 90 % of the screen where that is smaller."""
    widget.resize(within_screen(widget.parentWidget() or widget, width, height, SHARE))
