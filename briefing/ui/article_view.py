"""The source article, read-only, laid out by block kind, with the brief's sentences marked.

The document is built block by block with each block's text inserted verbatim, so an
article offset maps to a document position by one addition; that keeps highlighting,
"Add to section" and drag and drop exact without searching text.
"""

from __future__ import annotations

import bisect
import logging
import re

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from briefing.article import Article, BlockKind
from briefing.ui.find_highlights import Spans
from briefing.ui.find_highlights import selections as find_selections
from briefing.ui.mnemonics import with_mnemonics

logger = logging.getLogger(__name__)

SPAN_MIME = "application/x-briefing-span"


def _tint(palette: QPalette, strength: int) -> QColor:
    """A highlight colour that reads on both light and dark backgrounds."""
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    color.setAlpha(strength)
    return color


# Qt lays out a line with no break opportunity in time that grows with the square of its length
# (a 200,000-character "word" took 12 s). Text holding such a run wraps anywhere, which is linear.
_UNBROKEN_RUN = re.compile(r"\S{1000,}")


def wrap_mode_for(text: str) -> QTextOption.WrapMode:
    """Word wrap for real articles; wrap anywhere when a run of 1,000 characters has no space in it."""
    if _UNBROKEN_RUN.search(text):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


class ArticleView(QTextEdit):
    add_to_section = Signal(str, int, int)  # section id, start, end in the article text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The source article, read-only. Select text to add it to a section.")
        self.setObjectName("articleView")
        self.article: Article | None = None
        self._doc_starts: list[int] = []  # document position of each block's first character
        self._art_starts: list[int] = []  # article offset of the same character
        self._lengths: list[int] = []
        self._used: list[tuple[int, int]] = []
        self._focus: list[tuple[int, int]] = []
        self._found: Spans = []  # Find's matches, in document positions
        self.sections: list[tuple[str, str]] = []  # (id, heading) for the context menu

    # --- building ---------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        self.article = article
        document = QTextDocument(self)
        document.setDocumentMargin(14)
        base = self.font()
        cursor = QTextCursor(document)
        self._doc_starts, self._art_starts, self._lengths = [], [], []
        current_list = None
        for index, block in enumerate(article.blocks):
            block_format, char_format = self._formats(block.kind, block.level, base)
            if index == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            if block.kind == BlockKind.LIST_ITEM:
                if current_list is None:
                    list_format = QTextListFormat()
                    list_format.setStyle(QTextListFormat.Style.ListDisc)
                    current_list = cursor.createList(list_format)
                else:
                    current_list.add(cursor.block())
            else:
                current_list = None
            self._doc_starts.append(cursor.position())
            self._art_starts.append(block.start)
            text = article.text[block.start : block.end].replace("\n", "\u2028")
            self._lengths.append(len(text))
            cursor.insertText(text, char_format)
        # Before setDocument: the view lays the document out there, in the wrap mode it has then.
        self.setWordWrapMode(wrap_mode_for(article.text))
        self.setDocument(document)
        self._apply_selections()

    def _formats(self, kind: BlockKind, level: int, base: QFont) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(8)
        block_format.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        char_format = QTextCharFormat()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        if kind == BlockKind.TITLE:
            char_format.setFontPointSize(size * 1.5)
            char_format.setFontWeight(QFont.Weight.Bold)
            block_format.setBottomMargin(10)
            block_format.setHeadingLevel(1)
        elif kind == BlockKind.HEADING:
            char_format.setFontPointSize(size * 1.15)
            char_format.setFontWeight(QFont.Weight.DemiBold)
            block_format.setTopMargin(8)
            block_format.setHeadingLevel(max(2, level + 1))
        elif kind in (BlockKind.CAPTION, BlockKind.BYLINE):
            char_format.setFontItalic(True)
            char_format.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        elif kind == BlockKind.STANDFIRST:
            char_format.setFontPointSize(size * 1.08)
            char_format.setFontWeight(QFont.Weight.Medium)
        elif kind == BlockKind.LIST_ITEM:
            block_format.setBottomMargin(3)
        return block_format, char_format

    # --- offsets ------------------------------------------------------------------------
    def doc_position(self, offset: int) -> int:
        """The document position showing article offset ``offset`` (clamped into its block)."""
        if not self._art_starts:
            return 0
        index = max(0, bisect.bisect_right(self._art_starts, offset) - 1)
        within = min(max(0, offset - self._art_starts[index]), self._lengths[index])
        return self._doc_starts[index] + within

    def article_offset(self, position: int) -> int:
        if not self._doc_starts:
            return 0
        index = max(0, bisect.bisect_right(self._doc_starts, position) - 1)
        within = min(max(0, position - self._doc_starts[index]), self._lengths[index])
        return self._art_starts[index] + within

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start = self.article_offset(cursor.selectionStart())
        end = self.article_offset(cursor.selectionEnd())
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    # --- highlighting -----------------------------------------------------------------
    def set_used_spans(self, spans: list[tuple[int, int]]) -> None:
        self._used = sorted(set(spans))
        self._apply_selections()

    def show_spans(self, spans: list[tuple[int, int]]) -> None:
        """Mark the selected item's source sentences and scroll the first into view."""
        self._focus = list(spans)
        self._apply_selections()
        if spans:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.doc_position(spans[0][0]))
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            if rect.top() < 0 or rect.bottom() > self.viewport().height():
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _apply_selections(self) -> None:
        palette = self.palette()
        used = QTextCharFormat()
        used.setBackground(_tint(palette, 45))
        used.setProperty(QTextFormat.Property.FullWidthSelection, False)
        focus = QTextCharFormat()
        focus.setBackground(_tint(palette, 130))
        focus.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        focus.setUnderlineColor(palette.color(QPalette.ColorRole.Highlight))
        selections = [self._selection(s, e, used) for s, e in self._used]
        selections += [self._selection(s, e, focus) for s, e in self._focus]
        self.setExtraSelections(selections + find_selections(self, self._found))

    def show_found(self, spans: Spans) -> None:
        """Highlight Find's matches: ``(start, end, current)`` in document positions (the bar
        searches the document's own text, so no offset mapping is needed)."""
        if spans != self._found:
            self._found = spans
            self._apply_selections()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self.article is not None:
            self.set_article(self.article)

    # --- context menu and drag ----------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, pos: QPoint) -> QMenu:
        """Qt's menu for the article with Add to Section (a submenu of the sections) on top."""
        menu = self.createStandardContextMenu(pos)
        span = self.selected_span()
        submenu = QMenu("Add to &Section", menu)
        submenu.setEnabled(span is not None and bool(self.sections))
        headings = with_mnemonics(heading for _sid, heading in self.sections)
        for (section_id, _heading), label in zip(self.sections, headings, strict=True):
            action = submenu.addAction(label)
            action.triggered.connect(lambda _=False, sid=section_id: self._add(sid))
        actions = menu.actions()
        if actions:  # the standard menu always has Copy and Select All; keep the guard anyway
            menu.insertMenu(actions[0], submenu)
            menu.insertSeparator(menu.actions()[1])
        else:
            menu.addMenu(submenu)
        return menu

    def _add(self, section_id: str) -> None:
        span = self.selected_span()
        if span is not None:
            self.add_to_section.emit(section_id, span[0], span[1])

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        span = self.selected_span()
        if span is not None:
            mime.setData(SPAN_MIME, f"{span[0]}:{span[1]}".encode())
        return mime
