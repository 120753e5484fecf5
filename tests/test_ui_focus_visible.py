"""Where the keyboard is shows at a glance: a pane or the title with the focus is framed in the
palette's highlight colour. Seen under Xvfb: after F6 only a caret (or nothing, in the outline,
whose current row looks the same with the focus or without) said where typing would go."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from briefing.app import apply_style
from tests.ui_support import *


@pytest.fixture
def styled(qapp):
    apply_style(qapp)  # what main() does; the test app runs without the stylesheet
    yield
    qapp.setStyleSheet("")


def _edge(widget: QWidget) -> QColor:
    """The colour of the widget's left frame, halfway down, as drawn."""
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


@pytest.mark.parametrize("name", ["article", "outline", "title", "findings"])
def test_the_focused_pane_is_framed_in_the_highlight(styled, window, qtbot, name) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.check.dock.show()
    widget = {
        "article": window.article_view,
        "outline": window.outline,
        "title": window.editor.title_edit,
        "findings": window.check.pane.tree,
    }[name]
    elsewhere = window.editor.fields["to"]
    highlight = widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus, timeout=2000)
    assert _edge(widget) != highlight
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    assert _edge(widget) == highlight
