"""Find and Replace across the brief (title, metadata, items) or in the article pane.

A bar under the panes, as in a browser or an editor: Ctrl+F finds, Ctrl+H replaces, F3 and
Shift+F3 go to the next and previous match, Escape closes. Every replacement is an edit of
the field's own text (an item's QTextDocument, the title's, a metadata command), so undo
walks it like typing; Replace All is one macro on the window's history, one undo step.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument, QUndoStack
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from briefing.model import Item
from briefing.ui import commands
from briefing.ui.article_view import ArticleView
from briefing.ui.brief_editor import TEXT_FIELDS, BriefEditor
from briefing.ui.command_keys import WindowKeys
from briefing.ui.document import BriefDocument
from briefing.ui.typing_steps import mark_boundary

logger = logging.getLogger(__name__)

TITLE = "title"
ITEM = "item"


@dataclass(frozen=True)
class Match:
    """One occurrence: in the title, a metadata field (its name) or an item's text."""

    where: str
    item: Item | None
    start: int
    end: int


def pattern(needle: str, *, match_case: bool, whole_words: bool) -> re.Pattern[str] | None:
    if not needle:
        return None
    body = re.escape(needle)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if match_case else re.IGNORECASE)


class BriefSearch:
    """Where a pattern occurs in the brief, in page order, and how to change it there."""

    def __init__(self, doc: BriefDocument, title_document: Callable[[], QTextDocument], history: QUndoStack) -> None:
        self.doc, self.title_document, self.history = doc, title_document, history

    def texts(self) -> Iterator[tuple[str, Item | None, str]]:
        brief = self.doc.brief
        yield TITLE, None, brief.title
        for name, _label in TEXT_FIELDS:
            yield name, None, self.doc.get_metadata(name)
        for item in brief.items():
            yield ITEM, item, item.text

    def matches(self, regex: re.Pattern[str]) -> list[Match]:
        return [
            Match(where, item, m.start(), m.end())
            for where, item, text in self.texts()
            for m in regex.finditer(text)
            if m.end() > m.start()
        ]

    def text_of(self, match: Match) -> str:
        if match.where == ITEM and match.item is not None:
            return match.item.text
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
        text = self.doc.get_metadata(first.where)
        for match in ordered:
            text = text[: match.start] + replacement + text[match.end :]
        label = dict(TEXT_FIELDS).get(first.where, first.where).lower()
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
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
        self.result = QLabel(self)
        self.result.setObjectName("findResult")
        layout.addWidget(self.find_edit, 2)
        self.previous_button = self._button("◀", "Previous match (Shift+F3)", self.find_previous)
        self.next_button = self._button("▶", "Next match (F3)", self.find_next)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.replace_edit, 2)
        self.replace_button = self._button("Replace", "Replace this match and find the next", self.replace_one)
        self.replace_all_button = self._button("Replace All", "Replace every match (one undo step)", self.replace_all)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.replace_all_button)
        layout.addWidget(self.match_case)
        layout.addWidget(self.whole_words)
        layout.addWidget(self.result, 1)
        layout.addWidget(self._button("✕", "Close (Esc)", self.close_bar))
        self.find_edit.textChanged.connect(self._query_changed)
        self.match_case.toggled.connect(self._query_changed)
        self.whole_words.toggled.connect(self._query_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
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
        self.in_article = in_article and not replace
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        if selected and "\n" not in selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self._query_changed()

    def close_bar(self) -> None:
        self.hide()
        self.current = None
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # --- finding --------------------------------------------------------------------------
    def regex(self) -> re.Pattern[str] | None:
        return pattern(
            self.find_edit.text(), match_case=self.match_case.isChecked(), whole_words=self.whole_words.isChecked()
        )

    def _query_changed(self) -> None:
        self.current = None
        self.recount()

    def recount(self) -> None:
        """Say how many matches there are now (after a query change, an edit, an undo)."""
        regex = self.regex()
        if regex is None:
            self.result.setText("")
            return
        if self.in_article:
            count = sum(1 for m in regex.finditer(self.article.toPlainText()) if m.end() > m.start())
        else:
            count = len(self.search.matches(regex))
        self.result.setText(f"{count} match{'es' if count != 1 else ''}" if count else "No matches")

    def find_next(self) -> bool:
        return self._step(forward=True)

    def find_previous(self) -> bool:
        return self._step(forward=False)

    def _step(self, *, forward: bool) -> bool:
        regex = self.regex()
        if regex is None:
            return False
        if self.in_article:
            return self._step_in_article(forward)
        matches = self.search.matches(regex)
        if not matches:
            self.result.setText("No matches")
            return False
        index = self._next_index(matches, forward)
        self.current = matches[index]
        self.result.setText(f"{index + 1} of {len(matches)}")
        self._show(self.current)
        return True

    def _next_index(self, matches: list[Match], forward: bool) -> int:
        if self.current is None:
            return 0 if forward else len(matches) - 1
        order = [self._key(m) for m in matches]
        here = self._key(self.current)
        if forward:
            return next((i for i, key in enumerate(order) if key > here), 0)
        return next((i for i in range(len(order) - 1, -1, -1) if order[i] < here), len(matches) - 1)

    def _key(self, match: Match) -> tuple[int, int]:
        """A match's place in page order: which text (title, fields, items in order), then where."""
        for position, (where, item, _text) in enumerate(self.search.texts()):
            if where == match.where and item is match.item:
                return position, match.start
        return -1, match.start

    def _show(self, match: Match) -> None:
        if match.where == ITEM and match.item is not None:
            item_editor = self.editor.reveal(match.item)  # built now if the item was off screen
            if item_editor is None:
                return
            self._select(item_editor.text_edit.setTextCursor, item_editor.text_edit.document(), match)
        elif match.where == TITLE:
            self.editor.ensureWidgetVisible(self.editor.title_edit)
            self._select(self.editor.title_edit.setTextCursor, self.editor.title_edit.document(), match)
        else:
            field = self.editor.fields.get(match.where)
            if isinstance(field, QLineEdit):
                self.editor.ensureWidgetVisible(field)
                field.setSelection(match.start, match.end - match.start)

    @staticmethod
    def _select(set_cursor: Callable[[QTextCursor], None], document: QTextDocument, match: Match) -> None:
        cursor = QTextCursor(document)
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        set_cursor(cursor)

    def _step_in_article(self, forward: bool) -> bool:
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_words.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if not forward:
            flags |= QTextDocument.FindFlag.FindBackward
        document = self.article.document()
        needle = self.find_edit.text()
        found = document.find(needle, self.article.textCursor(), flags)
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if not forward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, flags)
        if found.isNull():
            self.result.setText("No matches")
            return False
        self.article.setTextCursor(found)
        self.article.ensureCursorVisible()
        return True

    # --- replacing --------------------------------------------------------------------------
    def replace_one(self) -> None:
        regex = self.regex()
        if regex is None or self.in_article:
            return
        match = self.current
        if match is not None and self._still_there(regex, match):
            self.search.replace([match], self.replace_edit.text())
            # Carry on after the replacement, whatever its length.
            self.current = Match(match.where, match.item, match.start, match.start + len(self.replace_edit.text()))
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
        message = f"Replaced {count} match{'es' if count != 1 else ''}" if count else "No matches to replace"
        self.result.setText(message)
        self.status(message)
        return count
