"""Find and Replace across the brief (title, metadata, items' labels, speakers and words) or the article.

A bar under the panes, as in a browser or Word: Ctrl+F finds, Ctrl+H replaces, F3 and
Shift+F3 (Enter and Shift+Enter in the bar) go to the next and previous match, Escape
closes. As the query is typed every match is highlighted, the first from where the cursor
was becomes the current one (selected, scrolled to, in a colour of its own) and the bar says
"3 of 12", or "No results"; the count and highlights follow edits while the bar is open and
go when it closes. Every replacement is an edit of the field's own text (an item's
QTextDocument, the title's, a metadata command), so undo walks it like typing; Replace All is
one macro on the window's history, one undo step.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.model import Item
from briefing.ui import commands
from briefing.ui.article_view import ArticleView
from briefing.ui.brief_editor import TYPED_FIELDS, BriefEditor
from briefing.ui.command_keys import WindowKeys
from briefing.ui.document import BriefDocument
from briefing.ui.find_highlights import FindHighlights, SelectionTint
from briefing.ui.find_hits import ARTICLE, ITEM, LABEL, SPEAKER, TITLE, Hits, Match, Text, item_field, pattern
from briefing.ui.item_editor import ItemEditor
from briefing.ui.typing_steps import mark_boundary

logger = logging.getLogger(__name__)

__all__ = ["ITEM", "LABEL", "SPEAKER", "TITLE", "BriefSearch", "FindBar", "Match", "pattern"]

EDIT_DELAY_MS = 150  # after an edit with the bar open, the count and highlights follow a pause
AT_ONCE_BELOW_MS = 40  # a query costing less than this is counted on every key, else after a pause

Place = tuple[str, Item | None, int]  # where, its item, an offset in its text: where a search starts


class BriefSearch:
    """Where a pattern occurs in the brief, in page order, and how to change it there."""

    def __init__(self, doc: BriefDocument, title_document: Callable[[], QTextDocument], history: QUndoStack) -> None:
        self.doc, self.title_document, self.history = doc, title_document, history

    def texts(self) -> Iterator[Text]:
        brief = self.doc.brief
        yield TITLE, None, brief.title
        for name, _label in TYPED_FIELDS:
            yield name, None, self.doc.get_metadata(name)
        for item in brief.items():  # as the item shows them: label, speaker, then its words
            if item.label:  # most items have neither: no text to search, nor to allocate
                yield LABEL, item, item.label
            if item.speaker:
                yield SPEAKER, item, item.speaker
            yield ITEM, item, item.text

    def matches(self, regex: re.Pattern[str]) -> list[Match]:
        return [
            Match(where, item, m.start(), m.end())
            for where, item, text in self.texts()
            for m in regex.finditer(text)
            if m.end() > m.start()
        ]

    def text_of(self, match: Match) -> str:
        if match.item is not None:
            return item_field(match.item, match.where)
        return self.doc.get_metadata(match.where)

    def replace(self, matches: list[Match], replacement: str) -> int:
        """Replace ``matches`` (all still current) as one undo step; returns how many."""
        if not matches:
            return 0
        self.history.beginMacro(f"Replace {len(matches)}" if len(matches) > 1 else "Replace")
        try:
            groups: dict[tuple[str, int], list[Match]] = {}
            for match in matches:
                groups.setdefault((match.where, id(match.item)), []).append(match)
            for group in groups.values():
                self._replace_in_one(group, replacement)
        finally:
            self.history.endMacro()
        return len(matches)

    def _replace_in_one(self, group: list[Match], replacement: str) -> None:
        first = group[0]
        ordered = sorted(group, key=lambda m: m.start, reverse=True)  # later ones first: offsets hold
        if first.where == ITEM or first.where == TITLE:
            document = (
                self.doc.text_document(first.item) if first.where == ITEM and first.item else self.title_document()
            )
            mark_boundary(document)
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            for match in ordered:
                cursor.setPosition(match.start)
                cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(replacement)
            cursor.endEditBlock()
            mark_boundary(document)
            return
        text = self.text_of(first)
        for match in ordered:
            text = text[: match.start] + replacement + text[match.end :]
        item = first.item
        if item is not None:  # a label or a speaker
            label, speaker = (text, item.speaker) if first.where == LABEL else (item.label, text)
            self.history.push(commands.EditFieldsCommand(self.doc, item, label or None, speaker or None))
            return
        label = dict(TYPED_FIELDS).get(first.where, first.where).lower()
        self.history.push(commands.SetMetadataCommand(self.doc, first.where, text, label))


class FindBar(QWidget):
    """The find (and replace) bar; the window shows it and says which pane to search."""

    closed = Signal()

    def __init__(
        self,
        search: BriefSearch,
        editor: BriefEditor,
        article: ArticleView,
        status: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search, self.editor, self.article, self.status = search, editor, article, status
        self.setObjectName("findBar")
        self.in_article = False
        self.current: Match | None = None
        self.hits: Hits | None = None
        self.origin: Place = (TITLE, None, 0)  # where the next search starts when no match is current
        self.highlights = FindHighlights(editor, article)
        self.refresh_timer = QTimer(self, singleShot=True, interval=EDIT_DELAY_MS)
        self.refresh_timer.timeout.connect(self._refresh_due)
        self._follow_due = False  # the pending refresh is for a new query (the current match moves)
        self._cost_ms = 0.0
        self._shown: QWidget | None = None  # the field whose selection shows the current match
        self._tint = SelectionTint()  # that field's selection in the current match's colours
        self._return_to: QWidget | None = None  # where the focus was when the bar opened
        # Find on one row, Replace on a second (shown with Replace): on one row the bar needed
        # 961 px with a 14 pt font, so opening it squeezed the outline and the Check pane to a
        # sliver and clipped "Whole words" into the count (seen under Xvfb at 1280x720).
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 3, 6, 3)
        rows.setSpacing(3)
        layout = QHBoxLayout()
        replace_row = QHBoxLayout()
        rows.addLayout(layout)
        rows.addLayout(replace_row)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText("Find")
        self.find_edit.setAccessibleName("Find")
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText("Replace with")
        self.replace_edit.setAccessibleName("Replace with")
        self.match_case = QCheckBox("Match case", self)
        self.whole_words = QCheckBox("Whole words", self)
        self._window_keys = WindowKeys(self)
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(140)  # room for a phrase even on a 1024-pixel screen
            edit.installEventFilter(self._window_keys)  # Ctrl+E exports from here too (X11)
            edit.installEventFilter(self)  # Enter and Shift+Enter
        self.result = QLabel(self)
        self.result.setObjectName("findResult")
        self.result.setAccessibleName("Find results")
        layout.addWidget(self.find_edit, 2)
        self.previous_button = self._button("◀", "Previous match (Shift+F3)", self.find_previous)
        self.next_button = self._button("▶", "Next match (F3)", self.find_next)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        self.replace_button = self._button("Replace", "Replace this match and find the next", self.replace_one)
        self.replace_all_button = self._button("Replace All", "Replace every match (one undo step)", self.replace_all)
        layout.addWidget(self.match_case)
        layout.addWidget(self.whole_words)
        layout.addWidget(self.result, 1)
        layout.addWidget(self._button("✕", "Close the Find bar (Esc)", self.close_bar))
        replace_row.addWidget(self.replace_edit, 2)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(3)
        self.find_edit.textChanged.connect(self._query_changed)
        self.match_case.toggled.connect(self._query_changed)
        self.whole_words.toggled.connect(self._query_changed)
        editor.editor_built.connect(self.highlights.apply_to)
        self.hide()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAutoRaise(True)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # --- opening and closing ------------------------------------------------------------
    def open_bar(self, *, replace: bool, in_article: bool, selected: str = "") -> None:
        in_article = in_article and not replace
        if not (self.isVisible() and self.find_edit.hasFocus()):  # Ctrl+F again from the bar: stay put
            self.origin = self._cursor_place(in_article)
            self.current = None
            focus = QApplication.focusWidget()
            self._return_to = focus if focus is not None and not self.isAncestorOf(focus) else None
        if in_article != self.in_article:
            self.highlights.clear()
            self.in_article = in_article
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if selected and "\n" not in selected and "\u2029" not in selected and selected != self.find_edit.text():
            self.find_edit.setText(selected)  # counts and highlights through textChanged
        else:
            self._query_changed()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        """Close, and put the cursor back in the text, as Word does: on the match shown (still
        selected, so typing replaces it), else where it was; the focus was left nowhere before."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        back = [w for w in (self._shown, self._return_to) if w is not None and shiboken6.isValid(w) and w.isVisible()]
        self._tint.remove()  # the match stays selected, in the selection's own colours again
        if self._shown is self.article and self.current is not None:
            self._select_in_article(self.current)
        self.hide()
        self.refresh_timer.stop()
        self.current, self.hits, self._shown, self._return_to = None, None, None, None
        self.highlights.clear()
        if had_focus and back:
            back[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self.find_edit, self.replace_edit):
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.replace_edit:
                    self.replace_one()
                elif key.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
        return super().eventFilter(watched, event)

    def _cursor_place(self, in_article: bool) -> Place:
        """Where the cursor is (the start of its selection): a new query's first match is the
        first from there, as in Word, not the first of the brief."""
        if in_article:
            return ARTICLE, None, self.article.textCursor().selectionStart()
        focus = QApplication.focusWidget()
        title = self.editor.title_edit
        if focus is title:
            return TITLE, None, title.textCursor().selectionStart()
        for name, field in self.editor.fields.items():
            if focus is field and isinstance(field, QLineEdit):
                start = field.selectionStart()
                return name, None, start if start >= 0 else field.cursorPosition()
        widget = focus
        while widget is not None and not isinstance(widget, ItemEditor):
            widget = widget.parentWidget()
        if isinstance(widget, ItemEditor):
            for where, line in ((LABEL, widget.label_edit), (SPEAKER, widget.speaker_edit)):
                if line is not None and focus is line:
                    start = line.selectionStart()
                    return where, widget.item, start if start >= 0 else line.cursorPosition()
            at_text = focus is widget.text_edit
            return ITEM, widget.item, widget.text_edit.textCursor().selectionStart() if at_text else 0
        if self.editor.selected is not None:
            return ITEM, self.editor.selected, 0
        return TITLE, None, 0

    # --- counting and highlighting ------------------------------------------------------------
    def regex(self) -> re.Pattern[str] | None:
        return pattern(
            self.find_edit.text(), match_case=self.match_case.isChecked(), whole_words=self.whole_words.isChecked()
        )

    def _texts(self) -> list[Text]:
        if self.in_article:
            return [(ARTICLE, None, self.article.toPlainText())]  # document positions, one per character
        return list(self.search.texts())

    def _query_changed(self) -> None:
        if self.current is not None:  # a longer query starts where the match shown starts
            self.origin = (self.current.where, self.current.item, self.current.start)
        self.current = None
        if self._cost_ms < AT_ONCE_BELOW_MS:
            self.refresh(follow=True)
        else:  # a very long brief: count when the typing pauses
            self._follow_due = True
            self.refresh_timer.setInterval(int(min(2 * self._cost_ms, 400)))
            self.refresh_timer.start()

    def brief_changed(self) -> None:
        """The brief was edited (typing, a replacement, an undo): count again after a pause."""
        if self.isVisible():
            self.refresh_timer.setInterval(int(max(EDIT_DELAY_MS, 4 * self._cost_ms)))
            self.refresh_timer.start()

    def _refresh_due(self) -> None:
        self.refresh(follow=self._follow_due)

    def refresh(self, *, follow: bool = False) -> None:
        """Count and highlight the matches now. ``follow``: the query changed, so the first match
        from ``origin`` becomes the current one and is shown; else the current one stays if the
        query still matches there."""
        started = time.perf_counter()
        self.refresh_timer.stop()
        self._follow_due = False
        regex = self.regex()
        if regex is None:
            self.hits, self.current = None, None
            self.highlights.clear()
            self._unselect_shown()
            self.result.setText("")
            return
        self.hits = hits = Hits(regex, self._texts())
        if follow:
            number = hits.first_from(*self.origin)
            self.current = hits.match(number) if number is not None else None
        elif self.current is not None and hits.number_of(self.current) is None:
            self.origin = (self.current.where, self.current.item, self.current.start)
            self.current = None  # edited away: the next step goes on from where it was
        self._say_where()
        if self.current is None:
            self._tint.remove()  # what is selected is no longer a match the bar is on
        self.highlights.show(hits, self.current)  # first: an editor built to show the match gets its marks
        # What the next key will cost (not counting a scroll), smoothed: one garbage collection
        # in a count must not send the next keys to wait for a pause.
        self._cost_ms = (self._cost_ms + 1000 * (time.perf_counter() - started)) / 2
        if follow and self.current is not None:
            self._show(self.current)
        elif follow:
            self._unselect_shown()  # no match: nothing looks found

    def recount(self) -> None:
        """Count again now (the window calls it after an undo or redo)."""
        if self.isVisible():
            self.refresh()

    def _say_where(self) -> None:
        hits = self.hits
        if hits is None or not hits.total:
            self.result.setText("No results" if hits is not None else "")
            return
        number = hits.number_of(self.current) if self.current is not None else None
        if number is None:
            self.result.setText(f"{hits.total:,} result{'s' if hits.total != 1 else ''}")
        else:
            self.result.setText(f"{number + 1:,} of {hits.total:,}")

    # --- stepping --------------------------------------------------------------------------------
    def find_next(self) -> bool:
        return self._step(forward=True)

    def find_previous(self) -> bool:
        return self._step(forward=False)

    def _step(self, *, forward: bool) -> bool:
        if self.regex() is None:
            return False
        if self.hits is None or self.refresh_timer.isActive():
            self.refresh(follow=self._follow_due)  # typed or edited a moment ago: count first
        hits = self.hits
        if hits is None or not hits.total:
            self.result.setText("No results")
            return False
        current = self.current
        if current is not None:
            place: Place = (current.where, current.item, current.end if forward else current.start)
        else:
            place = self.origin
        number = hits.first_from(*place) if forward else hits.last_before(*place)
        if number is None:
            return False
        self.current = hits.match(number)
        self._say_where()
        self.highlights.show(hits, self.current)
        self._show(self.current)
        return True

    def _unselect_shown(self) -> None:
        """Take the selection off the match shown before: each field keeps its own selection,
        so after a few steps every match visited looked found, even with the query changed."""
        shown, self._shown = self._shown, None
        self._tint.remove()
        if shown is None or not shiboken6.isValid(shown):  # an item's editor dropped off screen
            return
        if isinstance(shown, QLineEdit):
            shown.deselect()
        elif isinstance(shown, (QTextEdit, QPlainTextEdit)):
            cursor = shown.textCursor()
            cursor.clearSelection()
            shown.setTextCursor(cursor)

    def _show(self, match: Match) -> None:
        """Select the match where it is and scroll to it; the focus stays in the bar."""
        self._unselect_shown()
        if match.where == ARTICLE:
            # The caret at the match, not a selection: the article's selection colour is the one
            # its used-sentence tint is made from, so it cannot take the match's orange; the
            # match's own highlight shows instead. Closing the bar selects it.
            cursor = QTextCursor(self.article.document())
            for position in (match.end, match.start):  # the whole match in view, the caret at its start
                cursor.setPosition(position)
                self.article.setTextCursor(cursor)
                self.article.ensureCursorVisible()
            self._shown = self.article
        elif match.item is not None:
            item_editor = self.editor.reveal(match.item)  # built now if the item was off screen
            if item_editor is None:
                return
            line = item_editor.label_edit if match.where == LABEL else item_editor.speaker_edit
            if match.where == ITEM:
                self._select(item_editor.text_edit.setTextCursor, item_editor.text_edit.document(), match)
                self._shown = item_editor.text_edit
            elif line is not None:
                line.setSelection(match.start, match.end - match.start)
                self._shown = line
        elif match.where == TITLE:
            self.editor.ensureWidgetVisible(self.editor.title_edit)
            self._select(self.editor.title_edit.setTextCursor, self.editor.title_edit.document(), match)
            self._shown = self.editor.title_edit
        else:
            field = self.editor.fields.get(match.where)
            if isinstance(field, QLineEdit):
                self.editor.ensureWidgetVisible(field)
                field.setSelection(match.start, match.end - match.start)
                self._shown = field
        if self._shown is not None and self._shown is not self.article:
            self._tint.apply(self._shown)  # selected, and the same orange as every current match

    def _select_in_article(self, match: Match) -> None:
        cursor = QTextCursor(self.article.document())
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        self.article.setTextCursor(cursor)

    @staticmethod
    def _select(set_cursor: Callable[[QTextCursor], None], document: QTextDocument, match: Match) -> None:
        cursor = QTextCursor(document)
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        set_cursor(cursor)

    # --- replacing --------------------------------------------------------------------------
    def replace_one(self) -> None:
        regex = self.regex()
        if regex is None or self.in_article:
            return
        match = self.current
        if match is not None and self._still_there(regex, match):
            replacement = self.replace_edit.text()
            self.search.replace([match], replacement)
            # Carry on after the replacement, whatever its length.
            self.origin = (match.where, match.item, match.start + len(replacement))
            self.current = None
            self.refresh()
        self.find_next()

    def _still_there(self, regex: re.Pattern[str], match: Match) -> bool:
        found = regex.match(self.search.text_of(match), match.start)
        return found is not None and found.end() == match.end

    def replace_all(self) -> int:
        regex = self.regex()
        if regex is None or self.in_article:
            return 0
        count = self.search.replace(self.search.matches(regex), self.replace_edit.text())
        self.current = None
        self.refresh()  # the highlights go at once
        message = f"Replaced {count} match{'es' if count != 1 else ''}" if count else "No matches to replace"
        self.result.setText(message)
        self.status(message)
        return count
