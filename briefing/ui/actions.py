"""The window's actions, menus and toolbar: every command reachable by keyboard, standard keys first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar

from briefing.templates import load_templates
from briefing.ui import dialogs
from briefing.ui.icons import icon
from briefing.ui.mnemonics import with_mnemonics

if TYPE_CHECKING:
    from briefing.ui.files import FileController
    from briefing.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: Key | str | list[str] | None = None,
    icon_name: str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name, window.palette()))
        action.setProperty("iconName", icon_name)  # re-tinted when the palette changes
    if shortcut is not None:
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(key) for key in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    tip = tip or text.replace("&", "").rstrip(".…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


@dataclass
class Actions:
    """Every command of the window, by name: menus, toolbar, tests and the key reference use these."""

    new_article: QAction
    new_paste: QAction
    open: QAction
    save: QAction
    save_as: QAction
    export: QAction
    export_pdf: QAction
    print_brief: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    paste_plain: QAction
    select_all: QAction
    find: QAction
    replace: QAction
    find_next: QAction
    find_previous: QAction
    bold: QAction
    italic: QAction
    underline: QAction
    add_item: QAction
    delete_item: QAction
    move_up: QAction
    move_down: QAction
    reviewed: QAction
    redraft: QAction
    next_unreviewed: QAction
    previous_unreviewed: QAction
    section_reviewed: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    next_pane: QAction
    previous_pane: QAction
    keyboard_help: QAction
    about: QAction
    template_group: QActionGroup
    template_actions: dict[str, QAction] = field(default_factory=dict)


@dataclass
class Menus:
    """The menu bar's menus, so a new pane (a dock) can add its toggle to View."""

    file: QMenu
    recent: QMenu
    edit: QMenu
    brief: QMenu
    templates: QMenu
    view: QMenu
    help: QMenu


def _stack_action(w: MainWindow, action: QAction, keys: Key, icon_name: str) -> QAction:
    action.setShortcuts(QKeySequence.keyBindings(keys))
    action.setIcon(icon(icon_name, w.palette()))
    action.setProperty("iconName", icon_name)
    return action


def create_actions(w: MainWindow, files: FileController) -> Actions:
    template_group = QActionGroup(w)
    template_actions: dict[str, QAction] = {}
    templates = list(load_templates().values())
    for template, label in zip(templates, with_mnemonics(t.name for t in templates), strict=True):
        action = QAction(label, w, checkable=True)
        action.setStatusTip(template.description)
        action.triggered.connect(lambda _c=False, tid=template.id: w.switch_template(tid))
        template_group.addAction(action)
        template_actions[template.id] = action
    return Actions(
        new_article=_action(
            w, "&New from Article…", files.new_from_article, Key.New, "new", "Draft a new brief from an article file"
        ),
        new_paste=_action(
            w,
            "New from Pasted &Text…",
            files.new_from_paste,
            "Ctrl+Shift+N",
            "paste",
            "Draft a new brief from text you paste",
        ),
        open=_action(w, "&Open Brief…", files.open_brief, Key.Open, "open", "Open a saved brief"),
        save=_action(w, "&Save", files.save, Key.Save, "save", "Save the brief"),
        save_as=_action(w, "Save &As…", files.save_as, Key.SaveAs, None, "Save the brief under a new name"),
        export=_action(
            w, "&Export to Word…", files.export, dialogs.EXPORT_KEY, "export", "Export the brief as a Word document"
        ),
        export_pdf=_action(
            w, "Export to P&DF…", w.printing.export_pdf, None, None, "Export the brief as an archival PDF"
        ),
        print_brief=_action(w, "&Print…", w.printing.print_brief, Key.Print, None, "Print the brief, with a preview"),
        preferences=_action(
            w, "Pre&ferences…", files.edit_preferences, Key.Preferences, None, "Default classification and drafter"
        ),
        quit=_action(w, "&Quit", w.close, Key.Quit),
        undo=_stack_action(w, w.undo_stack.createUndoAction(w, "&Undo"), Key.Undo, "undo"),
        redo=_stack_action(w, w.undo_stack.createRedoAction(w, "&Redo"), Key.Redo, "redo"),
        cut=_action(w, "Cu&t", lambda: w.edits.edit_in_focus("cut"), Key.Cut),
        copy=_action(w, "&Copy", lambda: w.edits.edit_in_focus("copy"), Key.Copy),
        paste=_action(w, "&Paste", lambda: w.edits.edit_in_focus("paste"), Key.Paste),
        paste_plain=_action(
            w, "Paste as P&lain Text", w.edits.paste_plain, "Ctrl+Shift+V", None, "Paste without any formatting"
        ),
        select_all=_action(w, "Select &All", lambda: w.edits.edit_in_focus("selectAll"), Key.SelectAll),
        find=_action(
            w, "&Find…", lambda: w.edits.open_find(replace=False), "Ctrl+F", None, "Find in the brief or article"
        ),
        replace=_action(w, "R&eplace…", lambda: w.edits.open_find(replace=True), "Ctrl+H", None, "Find and replace"),
        find_next=_action(w, "Find &Next", lambda: w.edits.find_step(forward=True), "F3"),
        find_previous=_action(w, "Find Pre&vious", lambda: w.edits.find_step(forward=False), "Shift+F3"),
        bold=_action(w, "&Bold", lambda: w.format_text("bold"), Key.Bold),
        italic=_action(w, "&Italic", lambda: w.format_text("italic"), Key.Italic),
        underline=_action(w, "Un&derline", lambda: w.format_text("underline"), Key.Underline),
        add_item=_action(w, "&Insert Item", w.add_item_here, "Ctrl+Return", "add", "Add an item after the current one"),
        delete_item=_action(w, "&Delete Item", w.delete_current_item, "Ctrl+Shift+Backspace", "delete"),
        move_up=_action(w, "Move Item &Up", lambda: w.move_current_item(-1), "Alt+Up", "up"),
        move_down=_action(w, "Move Item Do&wn", lambda: w.move_current_item(1), "Alt+Down", "down"),
        reviewed=_action(
            w,
            "Mark Item &Reviewed",
            w.toggle_current_reviewed,
            "Ctrl+R",
            "reviewed",
            "Tick or untick the current item as reviewed",
        ),
        redraft=_action(
            w,
            "Redra&ft Section from Article…",
            w.redraft_current_section,
            None,
            "redraft",
            "Draft the current section again from the article",
        ),
        next_unreviewed=_action(
            w,
            "&Next Unreviewed",
            lambda: w.go_to_unreviewed(forward=True),
            "F8",
            None,
            "Go to the next unreviewed item",
        ),
        previous_unreviewed=_action(
            w,
            "&Previous Unreviewed",
            lambda: w.go_to_unreviewed(forward=False),
            "Shift+F8",
            None,
            "Go to the previous unreviewed item",
        ),
        section_reviewed=_action(
            w,
            "Mark &Section Reviewed",
            w.mark_section_reviewed,
            "Ctrl+Shift+R",
            None,
            "Tick every item of the current section as reviewed",
        ),
        zoom_in=_action(w, "Zoom &In", w.zoom.zoom_in, ["Ctrl+=", "Ctrl++"], None, "Larger text in brief and article"),
        zoom_out=_action(w, "Zoom O&ut", w.zoom.zoom_out, "Ctrl+-", None, "Smaller text in brief and article"),
        zoom_reset=_action(w, "&Actual Size", w.zoom.reset, "Ctrl+0", None, "Text at its normal size"),
        next_pane=_action(
            w, "Next &Pane", w.focus_next_pane, "F6", None, "Move between outline, article, brief and Check pane"
        ),
        previous_pane=_action(
            w, "Pre&vious Pane", lambda: w.focus_next_pane(-1), "Shift+F6", None, "Move between the panes backwards"
        ),
        keyboard_help=_action(w, "&Keyboard Reference", w.show_keyboard_reference, Key.HelpContents),
        about=_action(w, "&About Briefing", files.show_about),
        template_group=template_group,
        template_actions=template_actions,
    )


def retint_icons(w: MainWindow) -> None:
    """Redraw every action icon in the current palette (a switch to or from a dark theme)."""
    for action in w.findChildren(QAction):
        name = action.property("iconName")
        if isinstance(name, str) and name:
            action.setIcon(icon(name, w.palette()))


def build_menus(w: MainWindow, a: Actions, files: FileController) -> Menus:
    bar = w.menuBar()
    file = bar.addMenu("&File")
    file.addActions([a.new_article, a.new_paste, a.open])
    recent = file.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: files.fill_recent_menu(recent))
    file.addSeparator()
    file.addActions([a.save, a.save_as, a.export, a.export_pdf])
    file.addSeparator()
    file.addAction(a.print_brief)
    file.addSeparator()
    file.addAction(a.preferences)
    file.addSeparator()
    file.addAction(a.quit)
    edit = bar.addMenu("&Edit")
    edit.addActions([a.undo, a.redo])
    edit.addSeparator()
    edit.addActions([a.cut, a.copy, a.paste, a.paste_plain, a.select_all])
    edit.addSeparator()
    edit.addActions([a.find, a.replace, a.find_next, a.find_previous])
    edit.addSeparator()
    edit.addActions([a.bold, a.italic, a.underline])
    brief = bar.addMenu("&Brief")
    brief.addActions([a.add_item, a.delete_item, a.move_up, a.move_down])
    brief.addSeparator()
    brief.addActions([a.reviewed, a.section_reviewed, a.next_unreviewed, a.previous_unreviewed])
    brief.addSeparator()
    brief.addAction(a.redraft)
    templates = brief.addMenu("&Template")
    templates.addActions(list(a.template_actions.values()))
    view = bar.addMenu("&View")
    outline = w.outline_dock.toggleViewAction()
    outline.setText("&Outline")  # the dock's title alone had no mnemonic
    view.addAction(outline)
    view.addActions([a.next_pane, a.previous_pane])
    view.addSeparator()
    view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    help_menu = bar.addMenu("&Help")
    help_menu.addActions([a.keyboard_help, a.about])
    return Menus(file, recent, edit, brief, templates, view, help_menu)


def build_toolbar(w: MainWindow, a: Actions) -> QComboBox:
    bar = QToolBar("Main", w)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    w.addToolBar(bar)
    bar.addActions([a.new_article, a.open, a.save, a.export])
    bar.addSeparator()
    bar.addActions([a.undo, a.redo])
    bar.addSeparator()
    bar.addActions([a.add_item, a.delete_item, a.move_up, a.move_down, a.reviewed, a.redraft])
    bar.addSeparator()
    label = QLabel(" Template: ", bar)
    bar.addWidget(label)
    combo = QComboBox(bar)
    combo.setAccessibleName("Template")
    combo.setToolTip("The briefing format; switching carries every item across")
    for template in load_templates().values():
        combo.addItem(template.name, template.id)
    label.setBuddy(combo)
    combo.activated.connect(lambda index: w.switch_template(combo.itemData(index)))
    bar.addWidget(combo)
    return combo
