"""The main window: the article beside the brief, the outline, the status bar, and the glue.

It owns the window-level QUndoStack: one history for everything, typing included (in
word-sized steps, see ``typing_steps``), so Ctrl+Z, the toolbar and the menu walk the
changes in the order they happened, wherever the focus is. File handling (open, save, export, recent files,
autosave, recovery) is a FileController (``files.py``) built here and handed what it uses;
this module is about editing. Every part gets its collaborators through its constructor.
"""

from __future__ import annotations

import itertools
import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QTextCursor,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing.autosave import ENDED_BY_SYSTEM, AutosaveStore
from briefing.errors import BriefingError
from briefing.layout import plan_template_switch
from briefing.model import Item
from briefing.session import Session, is_edited
from briefing.templates import get_template
from briefing.ui import commands, dialogs, rich_text
from briefing.ui.actions import Actions, Menus, build_menus, build_toolbar, create_actions, retint_icons
from briefing.ui.article_view import ArticleView
from briefing.ui.brief_editor import BriefEditor
from briefing.ui.check_pane import install_check_pane
from briefing.ui.command_keys import CommandKeys
from briefing.ui.document import BriefDocument
from briefing.ui.edit_commands import EditCommands
from briefing.ui.files import FileController
from briefing.ui.find_replace import BriefSearch, FindBar
from briefing.ui.help import keyboard_rows
from briefing.ui.icons import icon
from briefing.ui.outline import OutlineView
from briefing.ui.printing import PrintController
from briefing.ui.review import needs_review, next_unreviewed
from briefing.ui.screen_fit import within_screen
from briefing.ui.settings import Settings
from briefing.ui.status_bar import BriefStatusBar
from briefing.ui.typing_steps import mark_boundary, take_boundary
from briefing.ui.zoom import Zoom

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
LAYOUT_DELAY_MS = 1000  # after a dock or the splitter moves, the layout is saved
COUNTS_DELAY_MS = 250  # after a change, the status bar's words, pages and unreviewed count follow
MIN_SIZE = (900, 560)  # or the screen's free area where that is smaller (a laptop at 150 %)
WHY_PREFIX = "Why this item: "


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: Session,
        *,
        settings: Settings,
        autosave: AutosaveStore,
        autosave_ms: int = AUTOSAVE_MS,
        log_path: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.autosave, self.log_path = settings, autosave, log_path
        self.setWindowIcon(icon("briefing"))
        self.setMinimumSize(within_screen(self, *MIN_SIZE))
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.doc = BriefDocument(session, self)
        self._recovered = False  # a recovered autosave: unsaved although the history is empty
        self._last_typed: QTextDocument | None = None  # where the last typing step went
        self._pushing_text = False
        self._ended_by_system = False  # closing because the system ends the session: ask nothing
        self.current_item: Item | None = None

        self.article_view = ArticleView(self)
        self.editor = BriefEditor(self.doc, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.status = BriefStatusBar(self)
        self.setStatusBar(self.status)
        self.search = BriefSearch(self.doc, self.editor.title_edit.document, self.undo_stack)
        self.find_bar = FindBar(self.search, self.editor, self.article_view, self._say, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.zoom = Zoom(settings, [self.editor.page, self.article_view], self.editor.page)
        self.edits = EditCommands(self.find_bar, self.article_view)
        self.outline = OutlineView(self)
        self.outline_dock = QDockWidget("Outline", self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.files = FileController(
            self,
            doc=self.doc,
            history=self,
            settings=settings,
            autosave=autosave,
            status=self.status,
            autosave_ms=autosave_ms,
        )

        self.printing = PrintController(self, self.files)
        self.actions_: Actions = create_actions(self, self.files)
        self.menus: Menus = build_menus(self, self.actions_, self.files)
        self.template_combo = build_toolbar(self, self.actions_)
        self.check = install_check_pane(self)  # View > Check: findings before the note goes out
        a = self.actions_  # a one-line field leaves these keys to the window; the clipboard's stay its own
        self.command_keys = CommandKeys(self, [a.cut, a.copy, a.paste, a.select_all])
        self._order_panes_for_tab()

        self.counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self.counts_timer.timeout.connect(self._refresh_counts)

        self.doc.content_edited.connect(self._content_edited)
        self.doc.content_edited.connect(self.find_bar.brief_changed)  # the count and highlights follow
        self.doc.text_step.connect(self._text_step)
        self.undo_stack.indexChanged.connect(self._history_moved)
        # After the stack's own slot (connected first): the cursor goes where the change was.
        self.actions_.undo.triggered.connect(lambda: self._show_change(self.undo_stack.index()))
        self.actions_.redo.triggered.connect(lambda: self._show_change(self.undo_stack.index() - 1))
        self.editor.field_typed.connect(
            lambda name, text, label: self.push(commands.SetMetadataCommand(self.doc, name, text, label, typed=True))
        )
        self.editor.item_fields_typed.connect(
            lambda item, label, speaker: self.push(commands.EditFieldsCommand(self.doc, item, label, speaker))
        )
        self.doc.section_changed.connect(lambda _sid: self._structure_changed())
        self.doc.brief_replaced.connect(self._structure_changed)
        self.undo_stack.cleanChanged.connect(self._refresh_modified)
        self.outline.section_activated.connect(self.editor.show_section)
        self.article_view.add_to_section.connect(self.add_span)
        self.editor.item_focused.connect(self._item_focused)
        self.editor.item_revealed.connect(self._mark_outline)
        self.editor.new_after.connect(self.add_item_after)
        self.editor.delete_requested.connect(self.delete_item)
        self.editor.review_toggled.connect(
            lambda item, on: self.push(commands.SetReviewedCommand(self.doc, [item], on))
        )
        self.editor.choice_picked.connect(self._choice_picked)
        self.editor.marking_refused.connect(self._say)
        self.editor.add_requested.connect(lambda sid: self.add_item(sid, len(self.doc.section(sid).items)))
        self.editor.redraft_requested.connect(self.redraft_section)
        self.editor.item_dropped.connect(self._item_dropped)
        self.editor.span_dropped.connect(lambda sid, index, s, e: self.add_span(sid, s, e, index))
        self.editor.text_dropped.connect(self._text_dropped)
        self.editor.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.status.unreviewed_clicked.connect(lambda: self.go_to_unreviewed(forward=True))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        # The layout is kept as it changes, not only on a clean close: Briefing killed (SIGTERM at
        # logout, a crash) recovered the work but reopened without the Check pane it had open.
        self.layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_DELAY_MS)
        self.layout_timer.timeout.connect(self.save_window_state)
        for dock in (d for d in (self.outline_dock, self.check.dock) if d is not None):
            dock.visibilityChanged.connect(lambda _visible: self.layout_timer.start())
            dock.dockLocationChanged.connect(lambda _area: self.layout_timer.start())
            dock.topLevelChanged.connect(lambda _floating: self.layout_timer.start())
        self.splitter.splitterMoved.connect(lambda _pos, _index: self.layout_timer.start())
        if not self.restore_window_state():
            self.resizeDocks([self.outline_dock], [170], Qt.Orientation.Horizontal)
            width = self.width() - 170
            self.splitter.setSizes([int(width * 0.44), int(width * 0.56)])
        self.show_session(session)

    # --- the open document ------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self.doc.session

    def show_session(self, session: Session, *, modified: bool = False) -> None:
        """Put a (new) session in the window; the undo history starts afresh."""
        self.undo_stack.clear()
        self.current_item = None
        self.editor.selected = None
        self.article_view.set_article(session.article)
        if session is not self.doc.session:
            self.doc.replace_session(session)
        else:  # the editor built itself from this session already
            self._structure_changed()
        self._recovered = modified
        self._last_typed = None
        self._refresh_modified()
        self._refresh_counts()
        if modified:
            self.files.schedule_autosave()
        self._put_cursor_in_brief()

    def _put_cursor_in_brief(self) -> None:
        """A brief opens with the cursor at its start, the title, as a document does in Word. Qt
        gave the focus to the read-only article, so typing went nowhere and Ctrl+F searched the
        article (seen under Xvfb)."""
        self.editor.title_edit.moveCursor(QTextCursor.MoveOperation.Start)
        self.editor.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_modified(self) -> bool:
        return self._recovered or not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self._recovered = False
        self.undo_stack.setClean()
        self._refresh_modified()

    def _text_step(self, document: QTextDocument) -> None:
        """A text field added an undo step: it joins the window's history."""
        self._pushing_text = True
        try:
            self.undo_stack.push(commands.TextStepCommand(self.doc, document, take_boundary(document)))
        finally:
            self._pushing_text = False
        self._last_typed = document

    def _show_change(self, index: int) -> None:
        """Put the cursor where an undo or redo changed the brief, as Word does: typing on
        then goes there, and Ctrl+R or Delete act on that item, not on the one you were in."""
        spot = commands.changed_spot(self.undo_stack.command(index)) if 0 <= index < self.undo_stack.count() else None
        if spot is None or self.doc.locate(spot[0]) is None:
            return
        item, position = spot
        editor = self.editor.editor_for(item)
        focus = QApplication.focusWidget()
        if position is None and editor is not None and focus is not None and editor.isAncestorOf(focus):
            return  # already in that item (its label, say): the focus stays in the field
        self.editor.focus_item(item)
        editor = self.editor.editor_for(item)
        if editor is not None and position is not None:
            cursor = editor.text_edit.textCursor()
            cursor.setPosition(min(position, editor.text_edit.document().characterCount() - 1))
            editor.text_edit.setTextCursor(cursor)

    def _history_moved(self, _index: int) -> None:
        # Anything else on the history (a move, an undo) ends the word being typed: typing
        # on afterwards is a new step, and is undone after that change, not with the word.
        if not self._pushing_text and self._last_typed is not None:
            mark_boundary(self._last_typed)

    def _content_edited(self) -> None:
        self._refresh_modified()
        self.files.schedule_autosave()
        self.counts_timer.start()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _refresh_modified(self, _clean: bool = True) -> None:
        modified = self.is_modified()
        title = f"{self.session.display_name()}[*] — Briefing"
        if (title, modified) != (self.windowTitle(), self.isWindowModified()):  # not on every keystroke
            self.setWindowTitle(title)
            self.setWindowModified(modified)
        if modified:
            self.status.show_state("Unsaved changes")
        else:
            self.status.show_state("Saved" if self.session.path else "Not saved yet")

    def _structure_changed(self) -> None:
        brief = self.doc.brief
        self.article_view.sections = [(s.id, s.heading) for s in brief.sections]
        self.article_view.set_used_spans([span for item in brief.items() for span in item.sources])
        self.outline.refresh(brief)
        for template_id, action in self.actions_.template_actions.items():
            action.setChecked(template_id == brief.template)
        index = self.template_combo.findData(brief.template)
        self.template_combo.setCurrentIndex(index)
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        started = time.perf_counter()
        self.status.show_counts(self.doc.brief)
        self.outline.refresh(self.doc.brief)
        # On a brief of thousands of items a recount takes a tenth of a second: wait for a
        # pause in typing ten times as long before the next, so it never lands mid-word.
        cost_ms = int(1000 * (time.perf_counter() - started))
        self.counts_timer.setInterval(max(COUNTS_DELAY_MS, 10 * cost_ms))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange) and hasattr(self, "actions_"):
            retint_icons(self)

    # --- items ------------------------------------------------------------------------
    def _item_focused(self, item: Item) -> None:
        self.current_item = item
        self.article_view.show_spans(item.sources)
        reason = self.session.reason_for(item)
        if reason:
            self.status.showMessage(f"{WHY_PREFIX}{reason}", 15000)
        elif self.status.currentMessage().startswith(WHY_PREFIX):
            self.status.clearMessage()
        self._mark_outline(item)

    def _mark_outline(self, item: Item) -> None:
        """The outline highlights the section of the item in hand (typed in, or found)."""
        where = self.doc.locate(item)
        if where is not None:
            self.outline.mark_current(where[0])

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The "Why this item" hint belongs to the item that has the focus; elsewhere it goes."""
        if not self.status.currentMessage().startswith(WHY_PREFIX):
            return
        editor = self.editor.editor_for(self.current_item) if self.current_item is not None else None
        inside_item = editor is not None and new is not None and (new is editor or editor.isAncestorOf(new))
        if new is not None and self.isAncestorOf(new) and not inside_item:  # not a menu or dialog opening
            self.status.clearMessage()

    def _current_section_id(self) -> str | None:
        if self.current_item is not None:
            where = self.doc.locate(self.current_item)
            if where is not None:
                return where[0]
        row = self.outline.currentItem()
        if row is not None:
            return row.data(Qt.ItemDataRole.UserRole)
        return self.doc.brief.sections[0].id if self.doc.brief.sections else None

    def add_item(self, section_id: str, index: int, item: Item | None = None, text: str = "Add item") -> Item:
        item = item or Item(text="", origin="user", reviewed=True)
        self.push(commands.AddItemCommand(self.doc, section_id, index, item, text))
        self.editor.focus_item(item)
        return item

    def add_item_after(self, item: Item) -> None:
        where = self.doc.locate(item)
        if where is not None:
            self.add_item(where[0], where[1] + 1)

    def add_item_here(self) -> None:
        if self.current_item is not None and self.doc.locate(self.current_item) is not None:
            self.add_item_after(self.current_item)
        else:
            section_id = self._current_section_id()
            if section_id is not None:
                self.add_item(section_id, len(self.doc.section(section_id).items))

    def delete_item(self, item: Item) -> None:
        where = self.doc.locate(item)
        if where is None:
            return
        section_id, index = where
        self.push(commands.DeleteItemCommand(self.doc, section_id, index))
        items = self.doc.section(section_id).items
        self.current_item = None
        if items:
            self.editor.focus_item(items[max(0, index - 1)])

    def delete_current_item(self) -> None:
        if self.current_item is not None:
            self.delete_item(self.current_item)

    def move_current_item(self, delta: int) -> None:
        item = self.current_item
        where = self.doc.locate(item) if item is not None else None
        if item is None or where is None:
            return
        section_id, index = where
        sections = self.doc.brief.sections
        position = [s.id for s in sections].index(section_id)
        target_index = index + delta
        target_section = section_id
        if target_index < 0 or target_index >= len(sections[position].items):
            # Past the end of a section: move into the neighbouring one.
            neighbour = position + delta
            if not 0 <= neighbour < len(sections):
                return
            target_section = sections[neighbour].id
            target_index = len(sections[neighbour].items) if delta < 0 else 0
        self.push(commands.MoveItemCommand(self.doc, section_id, index, target_section, target_index))
        self.editor.focus_item(item)

    def toggle_current_reviewed(self) -> None:
        if self.current_item is not None:
            self.push(commands.SetReviewedCommand(self.doc, [self.current_item], not self.current_item.reviewed))

    def _item_dropped(self, key: int, section_id: str, index: int) -> None:
        item = next((i for i in self.doc.brief.items() if id(i) == key), None)
        where = self.doc.locate(item) if item is not None else None
        if where is None:
            return
        if where[0] == section_id and index > where[1]:
            index -= 1  # the item leaves its old place first
        if where != (section_id, index):
            self.push(commands.MoveItemCommand(self.doc, where[0], where[1], section_id, index))

    def add_span(self, section_id: str, start: int, end: int, index: int | None = None) -> None:
        """Quote article text into a section, remembering where it came from."""
        text = " ".join(self.doc.brief.source.text[start:end].split())
        if not text:
            return
        items = self.doc.section(section_id).items
        item = Item(text=text, sources=[(start, end)], origin="user", reviewed=True)
        self.add_item(section_id, len(items) if index is None else index, item, "Add from article")
        self._structure_changed()

    def _text_dropped(self, section_id: str, index: int, text: str) -> None:
        text = " ".join(text.split())
        if text:
            self.add_item(section_id, index, Item(text=text, origin="user", reviewed=True))

    def format_text(self, kind: str) -> None:
        widget = self.focusWidget()
        editor = self.editor.editor_for(self.current_item) if self.current_item else None
        if editor is not None and widget is editor.text_edit:
            document = editor.text_edit.document()
            mark_boundary(document)  # bold is a step of its own, not part of the word typed before
            rich_text.toggle(editor.text_edit.textCursor(), kind)
            mark_boundary(document)

    # --- review and help --------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.status.showMessage(message, 6000)

    def go_to_unreviewed(self, *, forward: bool) -> None:
        item = next_unreviewed(self.doc.brief, self.current_item, forward=forward)
        if item is None:
            self._say("Every pre-filled item is reviewed")
            return
        self.editor.focus_item(item)

    def mark_section_reviewed(self) -> None:
        section_id = self._current_section_id()
        if section_id is None:
            return
        items = [item for item in self.doc.section(section_id).items if needs_review(item)]
        if items:
            self.push(commands.SetReviewedCommand(self.doc, items, True))
            self._say(f"Marked {len(items)} item{'s' if len(items) != 1 else ''} reviewed")

    def show_keyboard_reference(self) -> None:
        dialogs.show_keyboard_reference(self, keyboard_rows(self.menuBar()))

    def _scrolled(self, _value: int) -> None:
        """The outline follows the brief: the section at the top of the pane is highlighted."""
        section_id = self.editor.section_at_top()
        if section_id is not None:
            self.outline.mark_current(section_id)

    # --- section and brief level ----------------------------------------------------
    def redraft_current_section(self) -> None:
        section_id = self._current_section_id()
        if section_id is not None:
            self.redraft_section(section_id)

    def redraft_section(self, section_id: str) -> None:
        section = self.doc.section(section_id)
        edited = sum(1 for item in section.items if is_edited(item))
        if edited and not dialogs.confirm_replace(self, section.heading, edited):
            return
        try:
            items = self.session.redraft(section_id)
        except BriefingError as exc:
            dialogs.show_error(self, str(exc))
            return
        self.push(commands.ReplaceItemsCommand(self.doc, section_id, items, f"Redraft {section.heading}"))
        self.status.showMessage(f"Redrafted “{section.heading}”: {len(items)} items", 4000)

    def switch_template(self, template_id: str) -> None:
        if template_id == self.doc.brief.template:
            return
        try:
            template = get_template(template_id)
        except BriefingError as exc:
            dialogs.show_error(self, str(exc))
            return
        # The plan holds the very same Item objects, so editors, undo and selection keep them.
        plan = plan_template_switch(self.doc.brief, template)
        self.push(commands.SwitchTemplateCommand(self.doc, plan, template.name))

    def _choice_picked(self, name: str, value: str, label: str) -> None:
        if self.doc.get_metadata(name) != value:
            self.push(commands.SetMetadataCommand(self.doc, name, value, label))

    def _order_panes_for_tab(self) -> None:
        """Tab goes as the window reads: the toolbar's template, the outline, the article, the
        brief from its title (``BriefEditor.fix_tab_order`` keeps the brief in page order), the Find
        bar, the Check pane, and round again. Qt's creation order put the outline before the
        template and the Check pane between the template and the article."""
        last_of_find_bar: QWidget = self.find_bar
        widget = self.find_bar.nextInFocusChain()
        while widget is not None and self.find_bar.isAncestorOf(widget):
            last_of_find_bar, widget = widget, widget.nextInFocusChain()
        chain = [last_of_find_bar, self.check.pane.tree, self.template_combo, self.outline, self.article_view]
        for before, after in itertools.pairwise([*chain, self.editor.title_edit]):
            QWidget.setTabOrder(before, after)

    def focus_next_pane(self, step: int = 1) -> None:
        """F6 (``step`` 1) and Shift+F6 (-1): outline, article, brief and, when open, the Check
        pane, left to right. The Check pane was in no cycle: a keyboard user could open it with F7
        but not reach its findings (seen under Xvfb)."""
        check = self.check.pane.tree
        panes = [w for w in (self.outline, self.article_view, self.editor, check) if w.isVisible()]
        focus = self.focusWidget()
        current = next((i for i, pane in enumerate(panes) if focus is pane or pane.isAncestorOf(focus)), -1)
        if current < 0 and step < 0:
            current = 0
        target = panes[(current + step) % len(panes)]
        if target is self.editor and self.editor.section_widgets:
            first = next(iter(self.editor.section_widgets))
            self.editor.show_section(first)
        else:
            first_row = check.topLevelItem(0) if target is check and check.currentItem() is None else None
            if first_row is not None:
                check.setCurrentItem(first_row)  # a row to start from, shown as the focus
            target.setFocus(Qt.FocusReason.TabFocusReason)

    # --- the window itself: state, closing, dropped files ---------------------------------
    def offer_recovery(self) -> bool:
        """At start (called by the composition root): recover a crashed session's autosave."""
        return self.files.offer_recovery()

    def restore_window_state(self) -> bool:
        """Geometry, docks and splitter as the user left them; False on a first start."""
        geometry, state, splitter = (self.settings.geometry(), self.settings.window_state(), self.settings.splitter())
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None:
                self.resize(min(1400, int(available.width() * 0.9)), min(900, int(available.height() * 0.9)))
        fitting = within_screen(self, self.width(), self.height())
        if fitting != self.size():  # saved on a larger screen, or at a smaller scale
            self.resize(fitting)
        if state is not None:
            self.restoreState(state)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        return geometry is not None

    def save_window_state(self) -> None:
        """Geometry, docks and splitter to the settings file now (a pause after a change to them,
        and on close); not while the window is hidden, when its docks seem closed."""
        if self.isVisible():
            self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
            self.settings.sync()

    def end_by_system(self) -> None:
        """The system is ending Briefing (SIGTERM at logout or shutdown): nobody is there to
        answer "Save changes?", and nothing typed may be lost. Unsaved work goes to the autosave,
        marked as closed by the system, so the next start offers it back without speaking of a
        crash; saved work leaves nothing behind. Then the window closes without asking."""
        if self._ended_by_system:
            return
        self._ended_by_system = True
        self.files.autosave_timer.stop()
        self.layout_timer.stop()
        if self.is_modified():
            try:
                self.autosave.write(self.doc.brief, self.session.path, ended=ENDED_BY_SYSTEM)
            except BriefingError as exc:  # the last sidecar written (seconds old) is what is left
                logger.error("autosave at the system's close failed: %s", exc)
        else:
            self.autosave.discard()
        self.save_window_state()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ended_by_system:
            event.accept()
            return
        if not self.files.replace_ok():
            event.ignore()
            return
        self.files.closing()
        self.layout_timer.stop()
        self.save_window_state()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files.open_path(files[0])
