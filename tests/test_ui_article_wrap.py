"""Long unbroken runs in an article wrap anywhere, so the article pane shows them at once.

Qt's word-wrapping layout of a line with no break opportunity grows with the square of its
length (a 200,000-character run took 12 s to show here; 0.45 s wrapping anywhere).
"""

from __future__ import annotations

from PySide6.QtGui import QTextOption

from briefing.reader.files import read_article_text
from briefing.ui.article_view import ArticleView, wrap_mode_for


def test_real_prose_wraps_at_word_boundaries() -> None:
    prose = "Officials met in Beijing on Monday. " * 50 + "https://example.org/" + "a" * 300
    assert wrap_mode_for(prose) == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_run_of_a_thousand_characters_without_a_space_wraps_anywhere() -> None:
    assert wrap_mode_for("Intro. " + "x" * 1000) == QTextOption.WrapMode.WrapAnywhere
    assert wrap_mode_for("Intro. " + "x" * 999) == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_the_view_lays_out_a_huge_word_wrapping_anywhere(qtbot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(read_article_text("Intro sentence here. " + "x" * 200_000 + " end."))
    assert view.document().defaultTextOption().wrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert view.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    view.set_article(read_article_text("Officials met on Monday. They agreed to talk again."))
    assert view.document().defaultTextOption().wrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
