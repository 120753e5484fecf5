"""Drag and drop: items between sections, article passages into a section, files onto the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefing.ui.article_view import SPAN_MIME
from briefing.ui.item_editor import ITEM_MIME
from tests.ui_support import *

pytest.importorskip("pytestqt")


def _drop(widget, mime: QMimeData, y: float) -> QDropEvent:
    event = QDropEvent(
        QPointF(20, y),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    return event


def test_dropping_an_item_on_another_section_moves_it(window) -> None:
    item = window.doc.section("outlook").items[0]
    target = window.editor.section_widgets["summary"]
    mime = QMimeData()
    mime.setData(ITEM_MIME, str(id(item)).encode())
    first = target.editor_for(window.doc.section("summary").items[0])
    _drop(target, mime, first.geometry().top() + 1)  # above the middle of the first item
    assert window.doc.section("summary").items[0] is item
    assert item not in window.doc.section("outlook").items
    window.undo_stack.undo()
    assert window.doc.section("outlook").items[0] is item


def test_dropping_an_article_passage_quotes_it_with_its_source(window) -> None:
    text = window.doc.brief.source.text
    start = text.index("Both countries recognized")
    mime = QMimeData()
    mime.setData(SPAN_MIME, f"{start}:{start + 60}".encode())
    mime.setText(text[start : start + 60])
    target = window.editor.section_widgets["outlook"]
    _drop(target, mime, target.height() - 2)  # below the last item: appended
    added = window.doc.section("outlook").items[-1]
    assert added.sources == [(start, start + 60)] and added.text == text[start : start + 60]


def test_dropping_plain_text_from_elsewhere_adds_an_item(window) -> None:
    mime = QMimeData()
    mime.setText("A note from\nanother program")
    target = window.editor.section_widgets["context"]
    _drop(target, mime, target.height() - 2)
    added = window.doc.section("context").items[-1]
    assert added.text == "A note from another program" and added.sources == []


def test_dropping_a_file_on_the_window_opens_it(window, tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Harbour Strike Ends\n\nDock workers returned to work on Friday after a week-long "
        "strike over pay. The union said the deal was fair.\n",
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = _drop(window, mime, 100)
    assert event.isAccepted()
    assert window.doc.brief.source.text.startswith("Harbour Strike Ends")
    assert str(article.resolve()) in window.settings.recent_files()
