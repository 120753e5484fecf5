"""Every Find match highlighted at once, the current one in a colour of its own.

As in Word's navigation pane or a browser: yellow behind each match, orange behind the one the
bar is on. That one is also selected in its field (so typing replaces it), and a selection is
painted over any highlight in the selection colour: the field holding it gets orange as its
selection colour (``SelectionTint``) until the bar moves on or closes, so the current match is
the same orange with black words in the title, an item, a one-line field or the article (it was
the selection's blue in the title and items, and a brown mix over one-line fields). In the
title, the items and the article a match is an extra selection (painted by
the editor, no part of its text, formats or undo history; its cursor moves with typing until
the next count). A one-line field (metadata, an item's label or speaker) has no extra selections, so
``MarkedFieldEdit`` paints the marks over its text. Only built editors are painted: an item scrolled into view
later gets its marks when its editor is made (``apply_to``), so a 10,000-item brief costs a
screenful of highlights.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from briefing import placeholders
from briefing.model import Item
from briefing.ui.find_hits import ARTICLE, ITEM, LABEL, SPEAKER, TITLE, Hits, Match
from briefing.ui.placeholder_marks import paint_over_line
from briefing.ui.typing_steps import FieldEdit

if TYPE_CHECKING:
    from briefing.ui.article_view import ArticleView
    from briefing.ui.brief_editor import BriefEditor
    from briefing.ui.item_editor import ItemEditor

MATCH_COLOUR = "#ffe45c"  # every match: a highlighter-pen yellow
CURRENT_COLOUR = "#ff9a3c"  # the match the bar is on: orange, as browsers show it
OVERLAY_ALPHA = 120  # over a one-line field's text, which is painted first

Spans = list[tuple[int, int, bool]]  # start, end, is the current match


def match_format(current: bool) -> QTextCharFormat:
    """Dark text on yellow (orange for the current match), readable in a light or dark palette."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(CURRENT_COLOUR if current else MATCH_COLOUR))
    fmt.setForeground(QColor("black"))
    return fmt


def selections(document_owner: QTextEdit | QPlainTextEdit, spans: Spans) -> list[QTextEdit.ExtraSelection]:
    formats = {False: match_format(False), True: match_format(True)}
    found = []
    for start, end, current in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document_owner.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = formats[current]
        found.append(selection)
    return found


class SelectionTint:
    """Gives one widget at a time the current match's colours as its selection colours, and
    gives it back its own palette after."""

    def __init__(self) -> None:
        self.widget: QWidget | None = None
        self._own: QPalette | None = None  # the palette set on it before, if one was

    def apply(self, widget: QWidget) -> None:
        if widget is self.widget:
            return
        self.remove()
        self.widget = widget
        own = widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
        self._own = QPalette(widget.palette()) if own else None
        # Only the selection's two colours set: every other role still follows the window's palette.
        palette = QPalette(widget.palette()) if own else QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(CURRENT_COLOUR))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("black"))
        widget.setPalette(palette)

    def remove(self) -> None:
        widget, self.widget = self.widget, None
        if widget is None or not shiboken6.isValid(widget):  # an item's editor dropped off screen
            return
        # No palette of its own before: inherit again (a palette with nothing set), so a later
        # change of the window's palette (dark, light) still reaches it.
        widget.setPalette(self._own if self._own is not None else QPalette())


class MarkedFieldEdit(FieldEdit):
    """A metadata field that shows Find's marks, and any template placeholder, over its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: Spans = []

    def show_found(self, spans: Spans) -> None:
        if spans != self.found:
            self.found = spans
            self.update()

    def placeholder_spans(self) -> tuple[tuple[int, int], ...]:
        """The template placeholders ("[addressee]") in the field's text, marked as in the title."""
        return placeholders.find(self.displayText())

    def text_rect(self, start: int, end: int) -> QRect:
        """Where ``text[start:end]`` is drawn, scrolled and inset as the field has it."""
        text, metrics = self.displayText(), self.fontMetrics()
        cursor = self.cursorRect()
        caret_x = cursor.left() + 5  # QLineEdit's cursor rectangle starts 5 px before the caret
        caret_advance = metrics.horizontalAdvance(text[: self.cursorPosition()])
        left = caret_x + metrics.horizontalAdvance(text[:start]) - caret_advance
        return QRect(left, cursor.top(), metrics.horizontalAdvance(text[start:end]), cursor.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        left_in = self.placeholder_spans()
        if not self.found and not left_in:
            return
        painter = QPainter(self)
        painter.setClipRect(self.contentsRect())
        selected = (self.selectionStart(), self.selectionEnd()) if self.hasSelectedText() else None
        # not over the selection, which it turned a muddy grey (seen under Xvfb): as the title's format
        paint_over_line(painter, [self.text_rect(a, b) for a, b in outside(left_in, selected) if a < b])
        for start, end, current in self.found:
            if current and selected == (start, end):
                continue  # selected, in the current match's colours (SelectionTint): as in the items
            colour = QColor(CURRENT_COLOUR if current else MATCH_COLOUR)
            colour.setAlpha(OVERLAY_ALPHA)
            painter.fillRect(self.text_rect(start, end), colour)
        painter.end()


def outside(spans: tuple[tuple[int, int], ...], selected: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The parts of ``spans`` outside the ``selected`` stretch (empty parts included)."""
    if selected is None:
        return list(spans)
    first, last = selected
    found = []
    for start, end in spans:
        if end <= first or start >= last:
            found.append((start, end))
        else:
            found += [(start, min(end, first)), (max(start, last), end)]
    return found


class FindHighlights:
    """Paints a Hits on the brief pane (title, metadata, built item editors) or the article."""

    def __init__(self, editor: BriefEditor, article: ArticleView) -> None:
        self.editor, self.article = editor, article
        self.hits: Hits | None = None
        self.current: Match | None = None
        self._lit: dict[int, QTextEdit] = {}  # the item text editors showing marks, by id

    def show(self, hits: Hits | None, current: Match | None) -> None:
        self.hits, self.current = hits, current
        in_article = hits is not None and bool(hits.texts) and hits.texts[0][0] == ARTICLE
        self.article.show_found(self._spans(ARTICLE, None) if in_article else [])
        title = self.editor.title_edit
        title.setExtraSelections(selections(title, self._spans(TITLE, None)))
        for name, field in self.editor.fields.items():
            if isinstance(field, MarkedFieldEdit):
                field.show_found(self._spans(name, None))
        lit, self._lit = self._lit, {}
        for widget in self.editor.section_widgets.values():
            for item_editor in widget.editors.values():
                self._paint(item_editor, was_lit=id(item_editor.text_edit) in lit)

    def clear(self) -> None:
        self.show(None, None)

    def apply_to(self, item_editor: ItemEditor) -> None:
        """An editor built after the count (scrolled into view): its item's marks."""
        if self.hits is not None:
            self._paint(item_editor, was_lit=False)

    def _paint(self, item_editor: ItemEditor, *, was_lit: bool) -> None:
        item = item_editor.item
        spans = self._spans(ITEM, item)
        if spans or was_lit:  # most items have none, and had none: leave them be
            item_editor.text_edit.setExtraSelections(selections(item_editor.text_edit, spans))
        for where, line in ((LABEL, item_editor.label_edit), (SPEAKER, item_editor.speaker_edit)):
            if isinstance(line, MarkedFieldEdit):
                line.show_found(self._spans(where, item))
        if spans:
            self._lit[id(item_editor.text_edit)] = item_editor.text_edit

    def _spans(self, where: str, item: Item | None) -> Spans:
        if self.hits is None:
            return []
        current = self.current
        here = current is not None and current.where == where and current.item is item
        return [
            (start, end, here and current is not None and current.start == start)
            for start, end in self.hits.spans(where, item)
        ]
