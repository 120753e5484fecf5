"""The context menu of an item's text: Qt's own (its Undo and Redo being the window's), plus
what the check offers for the word under the mouse.

A misspelt word gets up to five corrections, Add to Dictionary and Ignore; a name the article
does not contain gets the nearest forms the article does use ("Blinkin" -> "Blinken",
"Antony Blinken"). Choosing a correction or a name replaces the word as one step on the
window's undo history: an edit of the item's own QTextDocument, as Replace does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip

from briefing import placeholders
from briefing.check.unsupported import NAME
from briefing.ui import placeholder_marks
from briefing.ui.item_highlighter import ItemHighlighter
from briefing.ui.typing_steps import mark_boundary, use_window_history
from briefing.ui.underlines import Mark, Underlines

logger = logging.getLogger(__name__)

ADD_TO_DICTIONARY = "Add to &Dictionary"
IGNORE = "I&gnore"
NO_SUGGESTIONS = "No suggestions"


def underlines_of(document: QTextDocument) -> Underlines | None:
    """The Underlines painting ``document``, if the check has marked it."""
    for child in document.children():
        if isinstance(child, ItemHighlighter) and isinstance(child.underlines, Underlines):
            return child.underlines
    return None


def replace_words(document: QTextDocument, start: int, end: int, text: str) -> None:
    """Put ``text`` in place of ``[start, end)`` as one undo step of its own."""
    mark_boundary(document)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)
    cursor.endEditBlock()
    mark_boundary(document)


def _is_name(mark: Mark) -> bool:
    return mark.word[:1].isupper() and NAME.fullmatch(mark.word) is not None


def _fits(text: str, mark: Mark, name: str) -> bool:
    """Would ``name`` in place of the mark repeat a word beside it ("Antony Antony Blinken")?"""
    if " " not in name:
        return True
    first, last = name.split(" ", 1)
    return not text[: mark.start].rstrip().endswith(first) and not text[mark.end :].lstrip().startswith(last)


def offered_actions(menu: QMenu, document: QTextDocument, position: int) -> list[QAction]:
    """The check's actions for the marked words at ``position`` (none if nothing is marked there)."""
    underlines = underlines_of(document)
    found = underlines.marks_at(document, position) if underlines is not None else None
    if underlines is None or underlines.offers is None or not found or not found[1]:
        return []
    offers = underlines.offers
    _item, marks = found
    text = document.toPlainText()
    actions: list[QAction] = []
    offered: set[str] = set()

    def replacement(mark: Mark, word: str) -> QAction:
        action = QAction(word, menu)
        bold = QFont(action.font())
        bold.setBold(True)
        action.setFont(bold)
        action.triggered.connect(lambda _=False: _replace_mark(document, underlines, mark, word))
        offered.add(word)
        return action

    for mark in sorted(marks, key=lambda m: m.kind != "unsupported"):
        if mark.kind == "unsupported":
            header = QAction(mark.message[:1].upper() + mark.message[1:], menu)
            header.setEnabled(False)
            actions.append(header)
            if _is_name(mark):
                names = [n for n in offers.nearest_names(mark.word) if _fits(text, mark, n) and n not in offered]
                actions.extend(replacement(mark, name) for name in names)
        elif mark.kind == "spelling":
            suggestions = [s for s in offers.suggestions(mark.word) if s not in offered]
            actions.extend(replacement(mark, word) for word in suggestions)
            if not suggestions:
                none = QAction(NO_SUGGESTIONS, menu)
                none.setEnabled(False)
                actions.append(none)
            add = QAction(ADD_TO_DICTIONARY, menu)
            add.triggered.connect(lambda _=False, w=mark.word: offers.add_to_dictionary(w))
            ignore = QAction(IGNORE, menu)
            ignore.setToolTip("Ignore this word until Briefing closes")
            ignore.triggered.connect(lambda _=False, w=mark.word: offers.ignore(w))
            actions += [add, ignore]
    return actions


def _replace_mark(document: QTextDocument, underlines: Underlines, mark: Mark, word: str) -> None:
    """Replace the marked word, if it is still where the menu found it."""
    found = underlines.marks_at(document, mark.start)
    if found is None or not any(m.word == mark.word and m.start == mark.start for m in found[1]):
        logger.info("not replacing %r: the text changed under the menu", mark.word)
        return
    replace_words(document, mark.start, mark.end, word)


def context_menu(edit: QTextEdit, pos: QPoint) -> QMenu:
    """Qt's standard menu for ``edit`` at ``pos``, the check's offers for the word there on top."""
    menu = edit.createStandardContextMenu(pos)
    use_window_history(menu, edit)
    position = edit.cursorForPosition(pos).position()
    actions = offered_actions(menu, edit.document(), position)
    standard = menu.actions()
    if actions and standard:
        menu.insertActions(standard[0], actions)
        menu.insertSeparator(standard[0])
    elif actions:
        menu.addActions(actions)
    return menu


def show_menu(menu: QMenu, where: QPoint) -> None:
    """Run ``menu`` at ``where`` (global), modal: the one place tests replace."""
    menu.exec(where)


def open_menu(edit: QTextEdit, event: QContextMenuEvent) -> None:
    """A right click (or the menu key) in an item's text."""
    menu = context_menu(edit, event.pos())
    try:
        show_menu(menu, event.globalPos())
    finally:
        menu.deleteLater()


def show_tooltip(edit: QTextEdit, event: QHelpEvent) -> bool:
    """Hovering an underlined word says why it is underlined, and a placeholder what it is;
    False elsewhere (the item's own tip)."""
    document = edit.document()
    position = edit.cursorForPosition(edit.viewport().mapFrom(edit, event.pos())).position()
    underlines = underlines_of(document)
    found = underlines.marks_at(document, position) if underlines is not None else None
    messages = dict.fromkeys(m.message[:1].upper() + m.message[1:] for m in (found[1] if found else []))
    if _in_placeholder(document, position):
        messages[placeholder_marks.TOOLTIP] = None
    if not messages:
        return False
    QToolTip.showText(event.globalPos(), "\n".join(messages), edit)
    return True


def _in_placeholder(document: QTextDocument, position: int) -> bool:
    block = document.findBlock(position)
    at = position - block.position()
    return any(start <= at <= end for start, end in placeholders.find(block.text()))  # as marks_at: the ends count
