"""One template section in the brief pane: heading, guidance, its items, and drops onto it.

The widget mirrors ``Section.items``, but builds an editor only for the items the pane asks
for (``show_items``: those near the screen, and the one being edited); every run of items
without an editor is one spacer as tall as their editors would be (``ItemHeights``), so the
page scrolls as if all were there. A brief of ten thousand items then costs a screenful of
widgets, not ten thousand. Editors of items that stay shown are kept across changes.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from briefing.model import Item, Section
from briefing.ui.article_view import SPAN_MIME
from briefing.ui.item_editor import ITEM_MIME, ItemEditor
from briefing.ui.item_heights import ItemHeights

logger = logging.getLogger(__name__)

DROP_LINE = 3  # px: the line that shows where a dragged item or passage will land
AUTOSCROLL_MARGIN = 40  # px from the pane's edge at which a drag scrolls the brief
ITEM_GAP = 4  # px between items

EditorFactory = Callable[["SectionWidget", Item], ItemEditor]  # builds and wires one item's editor


class SectionWidget(QFrame):
    add_requested = Signal(str)  # section id
    redraft_requested = Signal(str)
    item_dropped = Signal(object, str, int)  # id() of the dragged item (past 32 bits), section id, index
    span_dropped = Signal(str, int, int, int)  # section id, index, start, end
    text_dropped = Signal(str, int, str)  # section id, index, text

    def __init__(
        self,
        section: Section,
        guidance: str,
        *,
        make_editor: EditorFactory,
        heights: ItemHeights,
        show_label: bool,
        show_speaker: bool,
        can_redraft: bool,
        slots: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.make_editor = make_editor
        self.heights = heights
        self.show_label, self.show_speaker = show_label, show_speaker
        self.slots = slots  # what feeds the section (the template's slots): what an item's label means here
        self.editors: dict[int, ItemEditor] = {}  # id(item): editor, for the items shown
        self._spacers: list[QWidget] = []
        self._offsets: list[int] | None = None  # item tops within the item column, and its end
        self.setObjectName("sectionWidget")
        self.setAcceptDrops(True)
        self.setAccessibleName(f"Section {section.heading}")
        self.body_layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 4)
        layout.setSpacing(4)

        header = QHBoxLayout()
        self.buttons: list[QToolButton] = []
        self.heading = QLabel(section.heading, self)
        self.heading.setObjectName("sectionHeading")
        header.addWidget(self.heading, 1)
        if can_redraft:
            header.addWidget(
                self._header_button(
                    "Redraft",
                    f"Draft “{section.heading}” again from the article",
                    f"Redraft {section.heading}",
                    lambda: self.redraft_requested.emit(self.section.id),
                )
            )
        header.addWidget(
            self._header_button(
                "+ Add item",
                f"Add an item to “{section.heading}”",
                f"Add item to {section.heading}",
                lambda: self.add_requested.emit(self.section.id),
            )
        )
        layout.addLayout(header)
        if guidance:
            hint = QLabel(guidance, self)
            hint.setObjectName("sectionGuidance")
            hint.setWordWrap(True)
            layout.addWidget(hint)

        self.items_box = QWidget(self)  # the item column: editors and spacers
        self.items_layout = QVBoxLayout(self.items_box)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_layout.setSpacing(ITEM_GAP)
        layout.addWidget(self.items_box)
        self.empty = QLabel("No items yet: add one, or drag a passage here from the article.", self)
        self.empty.setObjectName("sectionEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.drop_indicator = QFrame(self)
        self.drop_indicator.setObjectName("dropIndicator")
        self.drop_indicator.setFixedHeight(DROP_LINE)
        self.drop_indicator.hide()

    # --- mirroring the model -----------------------------------------------------------

    def _header_button(self, text: str, tip: str, name: str, on_click: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.clicked.connect(on_click)
        self.buttons.append(button)
        return button

    def items_changed(self) -> None:
        """The model's items changed: heights to sum again (the pane then calls ``show_items``)."""
        self.invalidate_heights()
        self.empty.setVisible(not self.section.items)

    def show_items(self, shown: Iterable[int]) -> bool:
        """Have editors for exactly the items at ``shown`` (indices), spacers for the rest, in the
        model's order; True when editors came, went or changed places."""
        items = self.section.items
        wanted = sorted({i for i in shown if 0 <= i < len(items)})
        keep = {id(items[i]) for i in wanted}
        for key in [k for k in self.editors if k not in keep]:
            self._drop_editor(key)
        sequence: list[QWidget] = []
        spacers_used = 0
        done = 0
        for index in [*wanted, len(items)]:
            if index > done:
                sequence.append(self._spacer(spacers_used, self.run_height(done, index)))
                spacers_used += 1
            if index < len(items):
                sequence.append(self.editors.get(id(items[index])) or self._new_editor(items[index]))
            done = index + 1
        layout = self.items_layout
        changed = [self._laid_out(k) for k in range(layout.count())] != sequence
        if changed:
            while layout.count():
                layout.takeAt(0)
            for widget in sequence:
                layout.addWidget(widget)
                widget.show()
        for spare in self._spacers[spacers_used:]:
            spare.hide()
        return changed

    def _laid_out(self, position: int) -> QWidget | None:
        entry = self.items_layout.itemAt(position)
        return entry.widget() if entry is not None else None

    def _spacer(self, number: int, height: int) -> QWidget:
        """The ``number``th stand-in for a run of items without editors (the pool grows as needed)."""
        if number == len(self._spacers):
            spacer = QWidget(self.items_box)
            spacer.setObjectName("itemsNotShown")
            self._spacers.append(spacer)
        spacer = self._spacers[number]
        spacer.setFixedHeight(max(0, height))
        return spacer

    def _new_editor(self, item: Item) -> ItemEditor:
        editor = self.editors[id(item)] = self.make_editor(self, item)
        editor.installEventFilter(self)
        return editor

    def _drop_editor(self, key: int) -> None:
        editor = self.editors.pop(key, None)
        if editor is None:
            return
        self.items_layout.removeWidget(editor)
        editor.hide()  # deleteLater waits for the event loop; never show it meanwhile
        editor.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, ItemEditor)
            and self.heights.measure(watched.item, watched.height())
        ):
            self.invalidate_heights()
        return super().eventFilter(watched, event)

    def editor_for(self, item: Item) -> ItemEditor | None:
        return self.editors.get(id(item))

    # --- geometry of items, shown or not -------------------------------------------------
    def offsets(self) -> list[int]:
        """Each item's top within the item column (shown or not), then the column's height + gap."""
        if self._offsets is None:
            with_fields = self.show_label or self.show_speaker
            tops, y = [0], 0
            for item in self.section.items:
                y += self.heights.height(item, with_fields=with_fields) + ITEM_GAP
                tops.append(y)
            self._offsets = tops
        return self._offsets

    def invalidate_heights(self) -> None:
        self._offsets = None

    def run_height(self, start: int, end: int) -> int:
        """The height of items ``start`` to ``end`` (exclusive) stacked, gaps between them."""
        tops = self.offsets()
        return tops[end] - tops[start] - ITEM_GAP

    def indices_between(self, top: int, bottom: int) -> range:
        """Items that overlap ``top``..``bottom`` (px within the item column)."""
        tops = self.offsets()
        first = max(0, bisect.bisect_right(tops, top) - 1)
        last = min(len(self.section.items), bisect.bisect_left(tops, bottom))
        return range(first, max(first, last))

    def item_top(self, index: int) -> int:
        """Where item ``index`` starts within this widget: its editor's, or its place in a spacer."""
        editor = self.editors.get(id(self.section.items[index])) if index < len(self.section.items) else None
        if editor is not None and not editor.isHidden():
            return self.items_box.y() + editor.y()
        return self.items_box.y() + self.offsets()[min(index, len(self.section.items))]

    def focus_chain(self) -> list[QWidget]:
        """The Tab order inside the section: its buttons, then each item's fields in model order
        (each item named by its place on the way)."""
        chain: list[QWidget] = list(self.buttons)
        for number, item in enumerate(self.section.items, start=1):
            editor = self.editors.get(id(item))
            if editor is not None:
                editor.set_place(self.section.heading, number)  # read out by screen readers
                chain.extend(editor.focus_chain())
        return chain

    # --- drag and drop -----------------------------------------------------------------
    def _index_at(self, y: float) -> int:
        """The index a drop at ``y`` inserts at: before the first item whose middle is below it."""
        items = self.section.items
        index = max(0, bisect.bisect_right(self.offsets(), y - self.items_box.y()) - 1)
        while index < len(items):
            top = self.item_top(index)
            editor = self.editors.get(id(items[index]))
            height = editor.height() if editor is not None else self.run_height(index, index + 1)
            if y < top + height / 2:
                return index
            index += 1
        return len(items)

    def indicator_y(self, index: int) -> int:
        """The y (top of the line) that marks a drop before item ``index`` (or after the last)."""
        items = self.section.items
        if not items:
            top = self.empty.geometry().top() if not self.empty.isHidden() else self.items_box.geometry().top()
            return max(0, top - DROP_LINE)
        if index < len(items):
            edge = self.item_top(index) - (ITEM_GAP + DROP_LINE) // 2
        else:
            edge = self.items_box.geometry().bottom() + 1 + (ITEM_GAP - DROP_LINE) // 2
        return max(0, min(edge, self.height() - DROP_LINE))

    def show_drop_at(self, y: float) -> int:
        """Draw the drop line for a drag at ``y``; returns the index the drop would insert at."""
        index = self._index_at(y)
        margins = self.body_layout.contentsMargins()
        self.drop_indicator.setGeometry(
            margins.left(), self.indicator_y(index), self.width() - margins.left() - margins.right(), DROP_LINE
        )
        self.drop_indicator.show()
        self.drop_indicator.raise_()
        return index

    def _scroll_towards(self, point: QPoint) -> None:
        """Near the top or bottom edge of the brief pane, scroll so the drag can reach other sections."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        page = parent.widget() if parent is not None else None
        if parent is None or page is None:
            return
        inside = self.mapTo(page, point)
        parent.ensureVisible(inside.x(), inside.y(), 0, AUTOSCROLL_MARGIN)

    def hide_drop(self) -> None:
        self.drop_indicator.hide()

    @staticmethod
    def _accepts(mime: QMimeData) -> bool:
        return mime.hasFormat(ITEM_MIME) or mime.hasFormat(SPAN_MIME) or (mime.hasText() and not mime.hasUrls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self.show_drop_at(event.position().y())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.acceptProposedAction()
            self.show_drop_at(event.position().y())
            self._scroll_towards(event.position().toPoint())
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.hide_drop()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.hide_drop()
        mime = event.mimeData()
        index = self._index_at(event.position().y())
        if mime.hasFormat(ITEM_MIME):
            self.item_dropped.emit(int(bytes(mime.data(ITEM_MIME).data()).decode()), self.section.id, index)
        elif mime.hasFormat(SPAN_MIME):
            start, end = (int(n) for n in bytes(mime.data(SPAN_MIME).data()).decode().split(":"))
            self.span_dropped.emit(self.section.id, index, start, end)
        elif mime.hasText() and not mime.hasUrls():
            self.text_dropped.emit(self.section.id, index, mime.text())
        else:
            event.ignore()
            return
        event.acceptProposedAction()
