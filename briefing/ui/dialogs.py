"""Every dialog the window shows, behind one seam.

The window calls only these functions (through the module: ``dialogs.confirm_discard``),
so tests replace them and a dialog nobody replaced fails the test instead of hanging it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing.autosave import Recoverable
from briefing.model import CLASSIFICATIONS
from briefing.ui.command_keys import CommandKeys, WindowKeys
from briefing.ui.screen_fit import resize_to_fit

PREVIEW_SIZE = (1000, 1100)  # room for a whole A4 or Letter page and the preview's toolbar
EXPORT_KEY = "Ctrl+E"  # Export to Word, in the window's File menu and in its dialog

logger = logging.getLogger(__name__)


def _run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then the window under it made active again. A window manager does that itself;
    where none does (a bare X server, some kiosk set-ups) the window kept its keyboard focus but not its
    activation, and every window shortcut (Ctrl+F, F7, Ctrl+E) stayed dead after the first dialog."""
    result = dialog.exec()
    _activate(dialog.parentWidget())
    return result


def _activate(parent: QWidget | None) -> None:
    """Make the window holding ``parent`` the active one again, after a modal dialog over it closed."""
    window = parent.window() if parent is not None else None
    if window is not None and window.isVisible():
        window.activateWindow()


ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"
BRIEF_FILTER = "Briefs (*.brief);;All files (*)"
WORD_FILTER = "Word documents (*.docx)"
PDF_FILTER = "PDF documents (*.pdf)"


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    reference: Path | None  # a Word document whose styles the export uses, or None for built-in
    source_notes: bool = False  # numbered notes tying each pre-filled bullet to its article paragraph


@dataclass(frozen=True)
class Preferences:
    classification: str
    drafter: str
    from_: str


def ask_open_article(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "New Brief from Article", folder, ARTICLE_FILTER)
    _activate(parent)
    return Path(name) if name else None


def ask_open_brief(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open Brief", folder, "Briefs and Word documents (*.brief *.docx);;" + BRIEF_FILTER
    )
    _activate(parent)
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    return _ask_path_with_suffix(parent, "Save Brief", suggested, BRIEF_FILTER, ".brief")


def _ask_path_with_suffix(parent: QWidget, caption: str, suggested: str, file_filter: str, suffix: str) -> Path | None:
    """A save dialog's choice, given ``suffix`` when the name typed lacks it; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    _activate(parent)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_export_path(parent: QWidget, suggested: str, reference: str, source_notes: bool = False) -> ExportChoice | None:
    """Where to write the Word file, and whose styles to use (built-in or a reference document)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Export to Word")
    layout = QVBoxLayout(dialog)
    form = QFormLayout()
    path_edit = QLineEdit(suggested, dialog)
    path_edit.setAccessibleName("Export to")
    browse = QPushButton("B&rowse…", dialog)
    row = QHBoxLayout()
    row.addWidget(path_edit, 1)
    row.addWidget(browse)
    save_as = QLabel("Save &as:", dialog)
    save_as.setBuddy(path_edit)  # a label beside a row of two takes no buddy by itself
    form.addRow(save_as, row)
    layout.addLayout(form)
    builtin = QRadioButton("&Built-in styles", dialog)
    custom = QRadioButton("Styles from a &Word document (reference):", dialog)
    ref_edit = QLineEdit(reference, dialog)
    ref_edit.setAccessibleName("Reference document")
    ref_browse = QPushButton("C&hoose…", dialog)
    (custom if reference else builtin).setChecked(True)
    layout.addWidget(builtin)
    layout.addWidget(custom)
    ref_row = QHBoxLayout()
    ref_row.addWidget(ref_edit, 1)
    ref_row.addWidget(ref_browse)
    layout.addLayout(ref_row)
    notes = QCheckBox(
        "Add &source notes: number each pre-filled bullet and list the article paragraph it came from", dialog
    )
    notes.setChecked(source_notes)
    layout.addWidget(notes)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    # The window's Export key exports from here too (Ctrl+E, Ctrl+E takes the suggested name),
    # and an X11 line edit must not take it for "end of line" first.
    export = QAction("Export", dialog)
    export.setShortcut(QKeySequence(EXPORT_KEY))
    export.triggered.connect(dialog.accept)
    dialog.addAction(export)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setToolTip(f"Export ({export.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    field_keys = WindowKeys(dialog, CommandKeys(dialog))
    for field in (path_edit, ref_edit):
        field.installEventFilter(field_keys)

    def pick_path() -> None:
        name, _ = QFileDialog.getSaveFileName(dialog, "Export to Word", path_edit.text(), WORD_FILTER)
        if name:
            path_edit.setText(name)

    def pick_reference() -> None:
        name, _ = QFileDialog.getOpenFileName(dialog, "Reference Document", ref_edit.text(), WORD_FILTER)
        if name:
            ref_edit.setText(name)
            custom.setChecked(True)

    browse.clicked.connect(pick_path)
    ref_browse.clicked.connect(pick_reference)
    resize_to_fit(dialog, 560, dialog.sizeHint().height())
    if _run_modal(dialog) != QDialog.DialogCode.Accepted or not path_edit.text().strip():
        return None
    path = Path(path_edit.text().strip())
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
    use_ref = custom.isChecked() and ref_edit.text().strip()
    return ExportChoice(path, Path(ref_edit.text().strip()) if use_ref else None, notes.isChecked())


def ask_paste_text(parent: QWidget) -> str | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle("New Brief from Pasted Text")
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Paste the article, title first:", dialog))
    edit = QPlainTextEdit(dialog)
    edit.setAccessibleName("Article text")
    layout.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Draft Brief")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    resize_to_fit(dialog, 640, 480)
    edit.paste()
    if _run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return edit.toPlainText()


def confirm_discard(parent: QWidget, name: str, before: str = "closing") -> str:
    """ "save", "discard" or "cancel" for a brief with unsaved changes; ``before`` says what waits
    ("closing", "starting a new brief from “x.txt”"): File > New asked "before closing?"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Unsaved Changes",
        f"Save the changes to “{name}” before {before}?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText("If you don't save, your changes will be lost.")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = _run_modal(box)
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
        QMessageBox.StandardButton(answer), "cancel"
    )


def confirm_export_with_findings(parent: QWidget, summary: str, verb: str = "Export") -> str:
    """ "export" (go ahead), "show" or "cancel" when the check found what should stop a note
    going out; ``verb`` names what waits ("Export", "Print"), so Print does not ask to export."""
    box = QMessageBox(QMessageBox.Icon.Warning, f"Check Before {verb}", f"This brief has {summary}.", parent=parent)
    box.setInformativeText(f"{verb} it anyway, or look at the findings first?")
    export = box.addButton(f"&{verb} Anyway", QMessageBox.ButtonRole.AcceptRole)
    show = box.addButton("&Show Findings", QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    _run_modal(box)
    clicked = box.clickedButton()
    return "export" if clicked is export else "show" if clicked is show else "cancel"


def confirm_recover(parent: QWidget | None, entries: list[Recoverable]) -> str:
    """ "recover" (the newest), "discard" (all) or "keep" (ask again next time). A session the
    system ended (logout, shutdown) is said to be that, not a crash: its work was kept on purpose."""
    newest = entries[0]
    when = time.strftime("%d %b %Y at %H:%M", time.localtime(newest.saved_at))
    where = f" (from {newest.original})" if newest.original else " (never saved)"
    title = newest.title or "Untitled brief"
    question = (
        f"Briefing was closed by the system (for example when you logged out) while “{title}”{where} "
        f"had unsaved changes. They were kept at {when}. Open them again?"
        if newest.closed_by_system
        else f"Briefing did not close properly. Recover “{title}”{where}, autosaved {when}?"
    )
    verb = "Restore" if newest.closed_by_system else "Recover"
    box = QMessageBox(
        QMessageBox.Icon.Question, f"{verb} Unsaved Work", question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setInformativeText(_recovery_choices(entries, verb))
    recover = box.addButton(f"&{verb}", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard Unsaved Work", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("&Not Now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    _run_modal(box)
    clicked = box.clickedButton()
    return "recover" if clicked is recover else "discard" if clicked is discard else "keep"


def _recovery_choices(entries: list[Recoverable], verb: str = "Recover") -> str:
    """What each answer to the recovery question does, said plainly: a bare "Discard" at the
    start after a crash left the writer to guess whether it deleted their saved file too."""
    newest = entries[0]
    older = len(entries) - 1
    copies = (
        "the autosaved copy"
        if not older
        else f"this autosaved copy and the {older} older one{'s' if older > 1 else ''}"
    )
    kept = (
        f"your file {Path(newest.original).name} stays as you last saved it"
        if newest.original
        else "this brief was never saved, so its work is lost"
    )
    waiting = f" {older} older autosaved cop{'y is' if older == 1 else 'ies are'} also waiting." if older else ""
    return (
        f"{verb} opens the brief with its unsaved changes.{waiting} Discard Unsaved Work deletes {copies}: {kept}. "
        "Not Now keeps them and asks again at the next start."
    )


def confirm_replace(parent: QWidget, heading: str, edited: int) -> bool:
    """Redraft a section that holds the writer's own work? The buttons say what they do: a
    "Yes" / "No" under a two-sentence question left the writer to work out which one redrafts."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Redraft Section",
        f"“{heading}” has {edited} item{'s' if edited != 1 else ''} you wrote, edited or reviewed. "
        "Replace the whole section with a fresh draft from the article? (Undo brings it back.)",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    redraft = box.addButton("&Redraft Section", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Keep My Items", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    _run_modal(box)
    return box.clickedButton() is redraft


def confirm_overwrite_changed(parent: QWidget, name: str) -> bool:
    """True to save over a file that another program changed since Briefing opened it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "File Changed on Disk",
        f"“{name}” was changed by another program since you opened it.",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText("Overwrite it with your version? To keep both, cancel and use Save As.")
    overwrite = box.addButton("&Overwrite", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    _run_modal(box)
    return box.clickedButton() is overwrite


def ask_preferences(parent: QWidget, current: Preferences) -> Preferences | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Preferences")
    form = QFormLayout(dialog)
    combo = QComboBox(dialog)
    combo.addItems(list(CLASSIFICATIONS))
    combo.setCurrentText(current.classification)
    combo.setAccessibleName("Default classification")
    drafter = QLineEdit(current.drafter, dialog)
    drafter.setAccessibleName("Drafter")
    from_ = QLineEdit(current.from_, dialog)
    from_.setAccessibleName("From")
    form.addRow("Default &classification:", combo)
    form.addRow("&Drafter (your name):", drafter)
    form.addRow("&From (your office):", from_)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if _run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return Preferences(combo.currentText(), drafter.text().strip(), from_.text().strip())


def show_error(parent: QWidget | None, message: str, title: str = "Briefing") -> None:
    QMessageBox.warning(parent, title, message)
    _activate(parent)


def show_crash(parent: QWidget | None, message: str, log_path: str, autosave_path: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Briefing: Unexpected Error",
        "Something went wrong inside Briefing. Your work has been autosaved"
        f"{' to ' + autosave_path if autosave_path else ''}; save it now to be safe.",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(f"Details are in the log: {log_path}")
    box.setDetailedText(message)
    _run_modal(box)


def show_about(parent: QWidget, version: str, data_folder: str) -> None:
    QMessageBox.about(
        parent,
        "About Briefing",
        f"<b>Briefing {version}</b><p>Turn a news article into a briefing note. "
        f"Everything stays on this computer.</p><p>Autosaves and logs: {data_folder}</p>",
    )


def show_keyboard_reference(parent: QWidget, rows: list[tuple[str, str, str]]) -> None:
    """F1: every command with its keys, as (menu, command, keys) rows built from the actions."""
    from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard Reference")
    layout = QVBoxLayout(dialog)
    table = QTableWidget(len(rows), 3, dialog)
    table.setHorizontalHeaderLabels(["Menu", "Command", "Keys"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    resize_to_fit(dialog, 560, 520)
    _run_modal(dialog)


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to write the PDF; a name without .pdf gets it."""
    return _ask_path_with_suffix(parent, "Export to PDF", suggested, PDF_FILTER, ".pdf")


def show_print_preview(parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None]) -> bool:
    """The print preview, which paints with ``paint`` and prints from its own Print button."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Print Preview")
    # Qt opens it at about 600×450, where a page is a thumbnail: as large as the screen allows.
    resize_to_fit(dialog, PREVIEW_SIZE[0], PREVIEW_SIZE[1])
    dialog.paintRequested.connect(paint)
    return _run_modal(dialog) == QDialog.DialogCode.Accepted
