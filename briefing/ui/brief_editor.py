"""The brief pane: title, metadata, then one SectionWidget per template section.

Typing goes to the BriefDocument; everything structural goes out as signals that the
window turns into undo commands. It rebuilds only what the document says changed.

Items get editors only near the screen (and the one being edited keeps its editor
wherever it is): ``_show_near_view`` runs on every scroll, resize and change. A brief of
up to ``BUILD_ALL_UP_TO`` items simply has all its editors, as a short brief always had.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing.markings import MarkingError, levels_of, normalise_marking, rank
from briefing.model import CLASSIFICATIONS, PURPOSES, Item
from briefing.templates import find_template, template_or_default
from briefing.ui.command_keys import WindowKeys
from briefing.ui.document import BriefDocument
from briefing.ui.find_highlights import MarkedFieldEdit
from briefing.ui.item_editor import ItemEditor
from briefing.ui.item_heights import ItemHeights
from briefing.ui.placeholder_marks import PlaceholderHighlighter
from briefing.ui.section_widget import SectionWidget
from briefing.ui.title_edit import TitleEdit

logger = logging.getLogger(__name__)

TEXT_FIELDS = (
    ("to", "To"),
    ("from_", "From"),
    ("date", "Date"),
    ("file_number", "File number"),
    ("drafter", "Drafter"),
    ("contact", "Contact"),
)
# Rows only some formats have (the UK and Australian title blocks, a classified US memo's
# authority block): shown where the brief's format uses them, after the field named second.
FORMAT_FIELDS = (
    ("through", "Through", "from_"),
    ("copies_to", "Copies to", "through"),
    ("critical_date", "Critical date", "date"),
    ("classified_by", "Classified By", "classification"),
    ("classification_reason", "Reason", "classified_by"),
    ("declassify_on", "Declassify On", "classification_reason"),
)
AUTHORITY_FIELDS = ("classified_by", "classification_reason", "declassify_on")


def _in_page_order() -> tuple[tuple[str, str, tuple[str, ...] | None], ...]:
    """Every metadata field as (name, label, choices or None), in the order the page shows them."""
    rows: list[tuple[str, str, tuple[str, ...] | None]] = [(name, label, None) for name, label in TEXT_FIELDS]
    rows += list(CHOICE_FIELDS)
    for name, label, after in FORMAT_FIELDS:
        at = next(n for n, row in enumerate(rows) if row[0] == after)
        rows.insert(at + 1, (name, label, None))
    return tuple(rows)


FIRST_RUN_HINT = (
    "Nothing to brief yet. Open an article (Ctrl+N), paste one (Ctrl+Shift+N), or drop a file "
    "on this window: Briefing drafts the note from it."
)
ONE_COLUMN_BELOW = 560  # px of brief pane: narrower, and the metadata fields stack in one column
CHOICE_FIELDS = (("purpose", "Purpose", PURPOSES), ("classification", "Classification", CLASSIFICATIONS))
FIELDS_IN_PAGE_ORDER = _in_page_order()
# The typed ones, as (name, label): what Find searches besides the title and the items.
TYPED_FIELDS = tuple((name, label) for name, label, choices in FIELDS_IN_PAGE_ORDER if choices is None)
BUILD_ALL_UP_TO = 150  # items: a brief this short gets every editor (a normal brief has 20 to 60)
SETTLE_PASSES = 4  # after editors appear, lay out again until what is near the screen is stable


class BriefEditor(QScrollArea):
    item_focused = Signal(object)  # the Item
    item_revealed = Signal(object)  # the Item scrolled to (by Find, say), focused or not
    editor_built = Signal(object)  # an ItemEditor just made (scrolled near the screen, say)
    field_typed = Signal(str, str, str)  # metadata field name, its text, its label
    item_fields_typed = Signal(object, object, object)  # the Item, label, speaker
    new_after = Signal(object)
    delete_requested = Signal(object)
    review_toggled = Signal(object, bool)
    choice_picked = Signal(str, str, str)  # field name, value, label
    marking_refused = Signal(str)  # why a typed classification marking is not one the format allows
    add_requested = Signal(str)  # section id
    redraft_requested = Signal(str)
    item_dropped = Signal(object, str, int)  # as SectionWidget's
    span_dropped = Signal(str, int, int, int)
    text_dropped = Signal(str, int, str)

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("briefEditor")
        self.setAccessibleName("Brief")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page reflows instead
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: it showed no focus, and Tab from the article stopped on it
        # before the title (its fields are the stops; the page scrolls to follow them).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page = page = QWidget(self)
        page.setObjectName("briefPage")
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setContentsMargins(16, 12, 16, 24)
        self.page_layout.setSpacing(6)

        self.title_edit = TitleEdit(page)
        self.title_edit.setPlaceholderText("Subject of the brief")
        self.title_edit.setAccessibleName("Title")
        self.title_marks = PlaceholderHighlighter(self.title_edit.document())  # "[subject]" shows as a gap
        self.title_edit.edited.connect(lambda text: doc.set_metadata("title", text))
        title_document = self.title_edit.document()
        title_document.undoCommandAdded.connect(lambda: doc.text_step.emit(title_document))
        self.page_layout.addWidget(self.title_edit)
        self.page_layout.addWidget(self._metadata_form(page))

        self.first_run_hint = QLabel(FIRST_RUN_HINT, page)
        self.first_run_hint.setObjectName("firstRunHint")
        self.first_run_hint.setWordWrap(True)
        self.first_run_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first_run_hint.setContentsMargins(12, 24, 12, 24)
        self.page_layout.addWidget(self.first_run_hint)
        self.sections_box = QVBoxLayout()
        self.sections_box.setSpacing(6)
        self.page_layout.addLayout(self.sections_box)
        self.page_layout.addStretch(1)
        self.setWidget(page)
        self.section_widgets: dict[str, SectionWidget] = {}
        self.selected: Item | None = None
        self.heights = ItemHeights()
        self._width = 0
        self._anchor: tuple[Item, int] | None = None  # an editor on screen and its y, kept there
        self._settle = QTimer(self, singleShot=True, interval=0)
        self._settle.timeout.connect(self._settled)
        self._passes = 0
        self._revealed: Item | None = None  # the item last scrolled to keeps its editor
        self._busy = False  # building or dropping editors (which can move the focus and scroll)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._show_near_view())

        doc.section_changed.connect(self._section_changed)
        doc.brief_replaced.connect(self.rebuild)
        doc.metadata_changed.connect(self._metadata_changed)
        doc.item_changed.connect(self._item_changed)
        self.rebuild()

    # --- metadata ---------------------------------------------------------------------
    def _metadata_form(self, parent: QWidget) -> QWidget:
        box = QFrame(parent)
        box.setObjectName("metadataBox")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self._window_keys = WindowKeys(self)
        self.metadata_grid = grid
        self._captions: list[QLabel] = []
        self.metadata_columns = 0
        self._shown: set[str] = set()
        for index, (name, label, choices) in enumerate(FIELDS_IN_PAGE_ORDER):
            widget: QLineEdit | QComboBox
            if choices is None:
                line = widget = MarkedFieldEdit(box)  # Find's marks show over its text
                line.textEdited.connect(lambda text, n=name, lab=label: self.field_typed.emit(n, text, lab.lower()))
                if name in ("date", "critical_date"):
                    line.setPlaceholderText("YYYY-MM-DD")
            elif name == "classification":
                combo = widget = self._marking_box(box)
            else:
                combo = widget = QComboBox(box)
                combo.addItems(list(choices))
                combo.activated.connect(
                    lambda _i, n=name, w=combo, lab=label: self.choice_picked.emit(n, w.currentText(), lab.lower())
                )
            widget.setAccessibleName(label)
            caption = QLabel(f"{label}:", box)
            caption.setBuddy(widget)
            self._captions.append(caption)
            self.fields[name] = widget
        self._lay_out_metadata(2)
        return box

    def _marking_box(self, parent: QWidget) -> QComboBox:
        """The classification: the format's levels to pick from, or a marking typed with caveats
        ("secret//noforn"), checked against the format's marking grammar when the typing ends."""
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.activated.connect(lambda _i: self._marking_entered(combo))
        line = combo.lineEdit()
        if line is not None:
            line.setAccessibleName("Classification")  # a screen reader lands in the typing field
            line.editingFinished.connect(lambda: self._marking_entered(combo))
            # Ctrl+E exports from here too (X11). On the box as well: Qt offers the key to the
            # line's parents in turn, and the box hands it to its line's event() directly.
            line.installEventFilter(self._window_keys)
            combo.installEventFilter(self._window_keys)
        return combo

    def _marking_entered(self, combo: QComboBox) -> None:
        current = self.doc.get_metadata("classification")
        if combo.currentText() == current:
            # Nothing typed: the focus only passed through. Spelling the brief's own marking the
            # format's way here made an undo step nobody asked for (UNCLASSIFIED became OFFICIAL
            # on a UK submission when the list was opened and closed; seen under Xvfb).
            return
        template = template_or_default(self.doc.brief.template)
        try:
            marking = normalise_marking(combo.currentText(), template.marking, format_name=f"the {template.name}")
        except MarkingError as exc:
            combo.setCurrentText(current)
            self.marking_refused.emit(f"Classification not changed: {exc}")
            return
        if not marking:
            combo.setCurrentText(current)
            return
        combo.setCurrentText(marking)
        if marking != current:
            self.choice_picked.emit("classification", marking, "classification")

    def _offer_levels(self) -> None:
        """The classification list holds the levels of the brief's own format."""
        combo = self.fields.get("classification")
        if not isinstance(combo, QComboBox):
            return
        levels = levels_of(template_or_default(self.doc.brief.template).marking)
        if [combo.itemText(i) for i in range(combo.count())] != list(levels):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(levels))
            combo.setCurrentText(text)
            combo.blockSignals(False)

    def shown_fields(self) -> set[str]:
        """The fields the brief's format has: every format's, its title block's own rows
        (Through, Copies to, Critical date), and a classified US memo's authority block. A
        field with a value shows whatever the format, so nothing typed is ever out of sight."""
        brief = self.doc.brief
        template = template_or_default(brief.template)
        own = {name for _label, name in template.title_block}
        if template.marking.authority_block and rank(brief.metadata.classification, template.marking) > 0:
            own |= set(AUTHORITY_FIELDS)
        optional = {name for name, _label, _after in FORMAT_FIELDS}
        return {
            name
            for name, field in self.fields.items()
            # the one being typed in stays, even emptied: it must not vanish under the cursor
            if name not in optional or name in own or self.doc.get_metadata(name) or field.hasFocus()
        }

    def _lay_out_metadata(self, columns: int, *, force: bool = False) -> None:
        """Two columns of fields where there is room, one on a narrow pane (no sideways
        scrolling); only the fields the brief's format has (``shown_fields``)."""
        shown = self.shown_fields()
        if columns == self.metadata_columns and shown == self._shown and not force:
            return
        self.metadata_columns, self._shown = columns, shown
        grid = self.metadata_grid
        for caption, widget in zip(self._captions, self.fields.values(), strict=True):
            grid.removeWidget(caption)
            grid.removeWidget(widget)
        index = 0
        for (name, widget), caption in zip(self.fields.items(), self._captions, strict=True):
            caption.setVisible(name in shown)
            widget.setVisible(name in shown)
            if name not in shown:
                continue
            form_row, column = divmod(index, columns)
            grid.addWidget(caption, form_row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, form_row, column * 2 + 1)
            index += 1
        for column in range(4):
            grid.setColumnStretch(column, 1 if column % 2 and column < columns * 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out_metadata(1 if event.size().width() < ONE_COLUMN_BELOW else 2)
        super().resizeEvent(event)
        if event.size().width() != self._width:  # lines rewrap: measured heights are stale
            self._width = event.size().width()
            self._heights_changed()
        self._show_near_view()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View > Zoom
            self._heights_changed()

    def _heights_changed(self) -> None:
        self.heights.forget()
        for widget in self.section_widgets.values():
            widget.invalidate_heights()
        self._show_near_view()

    def _metadata_changed(self, name: str) -> None:
        value = self.doc.get_metadata(name)
        if name == "title":
            self.title_edit.set_text(value)
            return
        if self.metadata_columns:
            self._lay_out_metadata(self.metadata_columns)  # a classified memo shows its authority rows
        widget = self.fields.get(name)
        if isinstance(widget, QComboBox):
            if widget.findText(value) < 0:
                widget.addItem(value)
            widget.setCurrentText(value)
        elif isinstance(widget, QLineEdit) and widget.text() != value:
            widget.setText(value)
            widget.setCursorPosition(0)  # show the start of a long value, not its end

    # --- sections ---------------------------------------------------------------------
    def rebuild(self) -> None:
        brief = self.doc.brief
        self._offer_levels()
        for name in ["title", *self.fields]:
            self._metadata_changed(name)
        self._lay_out_metadata(self.metadata_columns or 2)  # the new format's rows
        for widget in self.section_widgets.values():
            self.sections_box.removeWidget(widget)
            widget.hide()  # deleteLater waits for the event loop; never show it meanwhile
            widget.deleteLater()
        self.section_widgets = {}
        template = find_template(brief.template)  # None: a template this installation lacks
        for section in brief.sections:
            spec = template.section(section.id) if template is not None else None
            widget = SectionWidget(
                section,
                spec.guidance if spec else "",
                make_editor=self._make_editor,
                heights=self.heights,
                show_label=spec.shows_label if spec else False,
                show_speaker=spec.shows_speaker if spec else False,
                can_redraft=bool(spec and spec.slots),
                slots=tuple(spec.slots) if spec else (),
                parent=self.widget(),
            )
            widget.add_requested.connect(self.add_requested)
            widget.redraft_requested.connect(self.redraft_requested)
            widget.item_dropped.connect(self.item_dropped)
            widget.span_dropped.connect(self.span_dropped)
            widget.text_dropped.connect(self.text_dropped)
            widget.items_changed()
            self.sections_box.addWidget(widget)
            self.section_widgets[section.id] = widget
        self._show_hint()
        self.fix_tab_order()
        self._show_near_view()

    def _make_editor(self, section_widget: SectionWidget, item: Item) -> ItemEditor:
        editor = ItemEditor(
            self.doc,
            item,
            show_label=section_widget.show_label,
            show_speaker=section_widget.show_speaker,
            slots=section_widget.slots,
            parent=section_widget.items_box,
        )
        editor.focused.connect(self._focused)
        editor.fields_edited.connect(self.item_fields_typed)
        editor.new_after.connect(self.new_after)
        editor.delete_requested.connect(self.delete_requested)
        editor.review_toggled.connect(self.review_toggled)
        self.editor_built.emit(editor)
        return editor

    def _section_changed(self, section_id: str) -> None:
        widget = self.section_widgets.get(section_id)
        if widget is not None:
            widget.items_changed()
            self._show_hint()
            self._show_near_view()

    def _show_hint(self) -> None:
        """The first-run hint: only while there is neither an article nor a single item."""
        brief = self.doc.brief
        self.first_run_hint.setVisible(not brief.source.text.strip() and not brief.items())

    def fix_tab_order(self) -> None:
        """Tab follows the page top to bottom. Qt's default is creation order, which puts an
        item added or moved later at the end of the window instead of where it now stands."""
        chain: list[QWidget] = [self.title_edit, *self.fields.values()]
        for section in self.doc.brief.sections:
            widget = self.section_widgets.get(section.id)
            if widget is not None:
                chain.extend(widget.focus_chain())
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _item_changed(self, item: Item) -> None:
        editor = self.editor_for(item)
        if editor is not None:
            editor.refresh()

    def _focused(self, item: Item) -> None:
        if self.selected is not item:
            previous = self.editor_for(self.selected) if self.selected is not None else None
            if previous is not None:
                previous.set_selected(False)
            self.selected = item
            current = self.editor_for(item)
            if current is not None:
                current.set_selected(True)
        self.item_focused.emit(item)

    # --- editors only near the screen ----------------------------------------------------
    def _near_view(self, widget: SectionWidget) -> set[int]:
        """The items of ``widget`` that should have editors: near the screen, or being edited."""
        items = widget.section.items
        if sum(len(s.items) for s in self.doc.brief.sections) <= BUILD_ALL_UP_TO:
            return set(range(len(items)))
        screen = self.viewport().height()
        top = self.verticalScrollBar().value() - screen - widget.y() - widget.items_box.y()
        wanted = set(widget.indices_between(top, top + 3 * screen))  # a screen above and below
        focus = QApplication.focusWidget()
        editing = {id(self.selected), id(self._revealed)}
        if focus is not None:
            editing |= {id(e.item) for e in widget.editors.values() if e.isAncestorOf(focus)}
        for index, item in enumerate(items):
            if id(item) in editing:
                wanted.add(index)
        return wanted

    def _show_near_view(self) -> None:
        """Build the editors near the screen, drop those far from it, and keep what is on screen
        where it is once the new editors have their heights."""
        if not self.section_widgets:
            return
        self._passes = 0
        self._settle.start()
        if self._busy:  # dropping a focused editor moved the focus and scrolled: settle later
            return
        self._busy = True
        try:
            self._anchor = self._on_screen_anchor()
            self._show_wanted()
        finally:
            self._busy = False

    def _show_wanted(self) -> bool:
        """Give each section the editors it should have now; True when any changed."""
        changed = False
        for widget in self.section_widgets.values():
            changed = widget.show_items(self._near_view(widget)) or changed
        if changed:
            self.fix_tab_order()
        return changed

    def _on_screen_anchor(self) -> tuple[Item, int] | None:
        """The first editor at or below the top of the screen, and where on screen it is (none at
        the top of the page, which stays the top, or before the page has been laid out)."""
        top = self.verticalScrollBar().value()
        page = self.page
        if top == 0 or not self.isVisible():
            return None
        _lay_out_now(rounds=1)  # positions as drawn
        for section in self.doc.brief.sections:
            widget = self.section_widgets.get(section.id)
            if widget is None or widget.y() + widget.height() < top:
                continue
            for item in section.items:
                editor = widget.editors.get(id(item))
                if editor is not None and editor.mapTo(page, editor.rect().bottomLeft()).y() >= top:
                    return item, editor.mapTo(page, editor.rect().topLeft()).y() - top
        return None

    def _settled(self) -> None:
        """After new editors took their real heights: keep the anchor where it was on screen, and
        build what the corrected layout now brings near the screen."""
        _lay_out_now()
        anchor, self._anchor = self._anchor, None
        editor = self.editor_for(anchor[0]) if anchor is not None else None
        if anchor is not None and editor is not None:
            bar = self.verticalScrollBar()
            moved = editor.mapTo(self.page, editor.rect().topLeft()).y() - bar.value() - anchor[1]
            if moved:
                bar.blockSignals(True)
                bar.setValue(bar.value() + moved)
                bar.blockSignals(False)
        if self._busy:
            self._settle.start()
            return
        self._busy = True
        try:
            changed = self._show_wanted()
        finally:
            self._busy = False
        if changed:
            self._passes += 1
            if self._passes < SETTLE_PASSES:
                self._anchor = anchor
                self._settle.start()

    def reveal(self, item: Item) -> ItemEditor | None:
        """Scroll to ``item`` and give it an editor (built now if it had none)."""
        self._revealed = item
        where = self.doc.locate(item)
        widget = self.section_widgets.get(where[0]) if where is not None else None
        if where is not None and widget is not None and widget.editor_for(item) is None:
            self.verticalScrollBar().setValue(widget.y() + widget.item_top(where[1]) - 40)
            self._show_near_view()
            _lay_out_now()
        editor = self.editor_for(item)
        if editor is not None:
            self.ensureWidgetVisible(editor, 0, 40)
            self.item_revealed.emit(item)
        return editor

    # --- navigation -------------------------------------------------------------------
    def editor_for(self, item: Item) -> ItemEditor | None:
        for widget in self.section_widgets.values():
            editor = widget.editor_for(item)
            if editor is not None:
                return editor
        return None

    def focus_item(self, item: Item) -> None:
        editor = self.reveal(item)
        if editor is not None:
            editor.focus_text()
            self._focused(item)  # select it even when the window is not active yet

    def section_at_top(self) -> str | None:
        """The section whose widget is at the top of the visible part of the pane."""
        bar = self.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum() and self.doc.brief.sections:
            return self.doc.brief.sections[-1].id  # scrolled to the end: the last section is in view
        top = bar.value() + 8
        current = None
        for section in self.doc.brief.sections:
            widget = self.section_widgets.get(section.id)
            if widget is not None and widget.y() <= top:
                current = section.id
        if current is None and self.doc.brief.sections:
            current = self.doc.brief.sections[0].id
        return current

    def show_section(self, section_id: str) -> None:
        widget = self.section_widgets.get(section_id)
        if widget is not None:
            self.verticalScrollBar().setValue(widget.y())
            first = self.reveal(widget.section.items[0]) if widget.section.items else None
            if first is not None:
                self.verticalScrollBar().setValue(widget.y())
                first.focus_text(at_end=False)
            elif widget.buttons:
                widget.buttons[-1].setFocus(Qt.FocusReason.OtherFocusReason)  # an empty section: its Add item
            else:
                widget.setFocus()


def _lay_out_now(rounds: int = 2) -> None:
    """Run the layout Qt has queued, so positions are as they will be drawn. Two rounds by
    default: new editors fit their text, then the page fits the editors."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
