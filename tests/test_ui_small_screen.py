"""A small laptop screen and a large font: the window and its dialogs fit the screen they open on.

Seen under Xvfb on a 1280×720 screen with QT_SCALE_FACTOR=1.5 (853×480 logical pixels): the
window's 900×560 minimum put its status bar and the brief's right edge off screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from briefing.ui import screen_fit
from briefing.ui.dialogs import ask_paste_text as real_ask_paste_text  # before the guard replaces them
from briefing.ui.dialogs import show_keyboard_reference as real_show_keyboard_reference
from briefing.ui.dialogs import show_print_preview as real_show_print_preview
from tests.ui_support import *

LAPTOP_AT_150 = QSize(853, 480)  # 1280×720 at 150 %


def _fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def test_the_window_fits_the_screen_it_opens_on(window) -> None:
    room = window.screen().availableGeometry().size()  # the offscreen screen: 800×800
    assert _fits(window.minimumSize(), room), window.minimumSize()
    assert _fits(window.size(), room), window.size()


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch):
    """A 1280×720 screen at 150 % and a 13 pt application font (the usual 9 pt here)."""
    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(LAPTOP_AT_150))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    large = QFont(before)
    large.setPointSizeF(13)
    app.setFont(large)
    yield LAPTOP_AT_150
    app.setFont(before)


def test_on_a_laptop_at_150_percent_with_a_large_font_the_window_fits(laptop, qtbot, app_paths) -> None:
    from briefing.app import start

    win = start(SAMPLE, app_paths)
    qtbot.addWidget(win, before_close_func=lambda w: w.mark_saved())
    win.check.dock.show()  # with every pane open, and the Find bar with its Replace row
    win.actions_.replace.trigger()
    settle()
    assert _fits(win.minimumSize(), laptop), win.minimumSize()
    assert _fits(win.size(), laptop), win.size()
    assert _fits(win.minimumSizeHint(), laptop), f"the layout itself needs {win.minimumSizeHint()}"


def test_on_a_laptop_the_dialogs_fit(laptop, window, monkeypatch) -> None:
    sizes: dict[str, QSize] = {}
    monkeypatch.setattr(QDialog, "exec", lambda dialog: sizes.setdefault(dialog.windowTitle(), dialog.size()) and 0)
    real_show_keyboard_reference(window, [("File", "Save", "Ctrl+S")] * 40)
    real_ask_paste_text(window)
    real_show_print_preview(window, QPrinter(), lambda _printer: None)
    assert set(sizes) == {"Keyboard Reference", "New Brief from Pasted Text", "Print Preview"}
    for title, size in sizes.items():
        assert _fits(size, laptop), (title, size)


def test_print_preview_opens_large_enough_to_read_a_page(window, monkeypatch) -> None:
    """Qt opened it at about 600×450, a page a thumbnail; now as large as the screen allows."""
    sizes: list[QSize] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: sizes.append(dialog.size()) and 0)
    real_show_print_preview(window, QPrinter(), lambda _printer: None)
    room = window.screen().availableGeometry().size()  # 800×800 offscreen
    assert sizes and sizes[0].height() >= int(room.height() * 0.85), sizes
    assert sizes[0].width() >= int(room.width() * 0.85), sizes


def test_opening_the_find_bar_leaves_the_side_panes_their_width(laptop, window, qtbot) -> None:
    """On one row the bar needed 961 px at 14 pt: opening it squeezed the outline and the Check
    pane to slivers ('Ou…', 'Not revie') and clipped 'Whole words' (seen under Xvfb)."""
    window.resize(1152, 648)  # 1280x720 at 100 %, with the large font
    window.check.dock.show()
    settle()
    widths = (window.outline_dock.width(), window.check.dock.width())
    window.actions_.replace.trigger()
    settle()
    assert (window.outline_dock.width(), window.check.dock.width()) == widths
    assert window.find_bar.whole_words.width() >= window.find_bar.whole_words.sizeHint().width()


def test_with_a_large_font_headings_stay_larger_than_the_text(laptop, qapp, qtbot, app_paths) -> None:
    """The style sheet's 12.5 pt section headings were smaller than 14 pt body text, and the
    15 pt title hardly larger (seen under Xvfb with a 14 pt application font)."""
    from briefing.app import apply_style, start

    apply_style(qapp)
    try:
        win = start(SAMPLE, app_paths)
        qtbot.addWidget(win, before_close_func=lambda w: w.mark_saved())
        section = win.editor.section_widgets["summary"]
        text = section.editor_for(win.doc.section("summary").items[0]).text_edit
        for widget in (section.heading, win.editor.title_edit, text):
            widget.ensurePolished()
        body = text.font().pointSizeF()
        heading = section.heading.font().pointSizeF()
        assert body >= 13
        assert heading >= body * 1.25 and win.editor.title_edit.font().pointSizeF() > heading
    finally:
        qapp.setStyleSheet("")
