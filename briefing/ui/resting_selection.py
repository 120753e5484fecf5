"""A selection left in a text field that lost the focus, shown in a pale "resting" highlight.

A QPlainTextEdit or QTextEdit keeps its selection after the focus leaves it and paints it in the
Inactive group's highlight, which in Fusion is the active blue (Qt's Inactive group is meant for
an inactive window), so a selection left in the title or in one item looked as live as the one
in the field being typed in (seen under Xvfb). ``RestingSelection`` gives the field the resting
colours while it is unfocused and its inherited palette back when it has the focus again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

RESTING_SHARE = 0.35  # an unfocused selection: this much of the highlight over the field's base


def resting_highlight(palette: QPalette) -> QColor:
    """The colour of a selection in a field that does not have the focus: the palette's inactive
    highlight where the style dims it, else the highlight mixed into the base."""
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    if inactive != active:
        return inactive
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    share = RESTING_SHARE
    return QColor(
        round(active.red() * share + base.red() * (1 - share)),
        round(active.green() * share + base.green() * (1 - share)),
        round(active.blue() * share + base.blue() * (1 - share)),
    )


class RestingSelection:
    """Switches one text field between the window's selection colours (focused) and the resting
    ones (unfocused). The field hands it each event from its ``event``; only a focus or palette
    change does anything, so a keystroke costs one type comparison."""

    WATCHED = (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.PaletteChange)

    def __init__(self, widget: QPlainTextEdit | QTextEdit) -> None:
        self.widget = widget
        self._restyling = False

    def see(self, event: QEvent) -> None:
        """Called before the field handles ``event`` (its hasFocus() already says where the focus went)."""
        kind = event.type()
        if kind not in self.WATCHED:
            return
        if kind != QEvent.Type.PaletteChange:
            self.show_focus()
        elif not self._restyling:
            # Find's tint came or went (ui/find_highlights.SelectionTint), or the window's palette changed
            QTimer.singleShot(0, self.show_focus)

    def show_focus(self) -> None:
        """Unfocused, the resting highlight; focused, the window's own again. A palette someone
        else set (Find's orange tint) is left alone."""
        widget = self.widget
        if not shiboken6.isValid(widget):  # an item's editor dropped off screen before the timer
            return
        highlight = widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        inherited = (widget.parentWidget() or widget).palette()
        resting = resting_highlight(inherited)
        if widget.hasFocus() and highlight == resting:
            self._set_palette(QPalette())  # inherit again, so a theme change reaches it
        elif not widget.hasFocus() and highlight == inherited.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
        ):
            palette = QPalette()
            text = inherited.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Highlight, resting)
                palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
            self._set_palette(palette)

    def _set_palette(self, palette: QPalette) -> None:
        self._restyling = True
        try:
            self.widget.setPalette(palette)
        finally:
            self._restyling = False
