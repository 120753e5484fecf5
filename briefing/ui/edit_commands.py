"""The Edit menu's commands that act on whichever field has the focus: the clipboard and Find.

Kept apart from the window so it stays about wiring: these need only the focus, the
clipboard, the find bar and the article pane.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from briefing.ui.article_view import ArticleView
from briefing.ui.find_replace import FindBar
from briefing.ui.typing_steps import mark_boundary


class EditCommands:
    def __init__(self, find_bar: FindBar, article: ArticleView) -> None:
        self.find_bar, self.article = find_bar, article

    def edit_in_focus(self, operation: str) -> None:
        """Edit > Cut, Copy, Paste, Select All: on whichever text field has the focus."""
        widget = QApplication.focusWidget()
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            getattr(widget, operation)()

    def paste_plain(self) -> None:
        """Paste as Plain Text: the clipboard's words as one paragraph, no formatting at all."""
        widget = QApplication.focusWidget()
        text = " ".join((QApplication.clipboard().text() or "").split())
        if not text or not isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) or widget.isReadOnly():
            return
        if isinstance(widget, QLineEdit):
            widget.insert(text)
            return
        document = widget.document()
        mark_boundary(document)  # a paste is an undo step of its own
        cursor = widget.textCursor()
        cursor.insertText(text, cursor.block().charFormat())  # the paragraph's plain format
        mark_boundary(document)

    def open_find(self, *, replace: bool) -> None:
        """Ctrl+F / Ctrl+H: the article when the cursor is in it, else the brief; the selection is the query."""
        focus = QApplication.focusWidget()
        in_article = focus is not None and (focus is self.article or self.article.isAncestorOf(focus))
        selected = ""
        if isinstance(focus, (QTextEdit, QPlainTextEdit)):
            selected = focus.textCursor().selectedText()
        elif isinstance(focus, QLineEdit):
            selected = focus.selectedText()
        self.find_bar.open_bar(replace=replace, in_article=in_article, selected=selected)

    def find_step(self, *, forward: bool) -> None:
        if self.find_bar.isHidden() or not self.find_bar.find_edit.text():
            self.open_find(replace=False)
            return
        if forward:
            self.find_bar.find_next()
        else:
            self.find_bar.find_previous()
