"""File handling for the window: new, open, save, export, recent files, autosave, recovery.

Its own object, given everything it uses in its constructor, so the window stays about
editing and nothing here reaches into the window's attributes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from briefing import __version__
from briefing.autosave import AutosaveStore
from briefing.errors import BriefingError, FileChangedError
from briefing.session import Defaults, Session, article_for_source
from briefing.ui import dialogs
from briefing.ui.document import BriefDocument
from briefing.ui.mnemonics import numbered
from briefing.ui.settings import Settings
from briefing.ui.status_bar import BriefStatusBar

logger = logging.getLogger(__name__)


class History(Protocol):
    """What the files need from the window's editing side: its undo history and views."""

    def show_session(self, session: Session, *, modified: bool = False) -> None: ...

    def is_modified(self) -> bool: ...

    def mark_saved(self) -> None: ...


class FileController(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        doc: BriefDocument,
        history: History,
        settings: Settings,
        autosave: AutosaveStore,
        status: BriefStatusBar,
        autosave_ms: int,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # dialogs sit over it
        self.doc, self.history, self.settings, self.autosave, self.status = doc, history, settings, autosave, status
        self.autosave_timer = QTimer(self, singleShot=True, interval=autosave_ms)
        self.autosave_timer.timeout.connect(self.write_autosave)
        # The Check pane's question (ui/check_pane.py), given what waits for it: "Export", "Print".
        self.before_export: Callable[[str], bool] | None = None

    @property
    def session(self) -> Session:
        return self.doc.session

    # --- opening ---------------------------------------------------------------------
    def defaults(self) -> Defaults:
        return Defaults.from_preferences(self.settings)

    def replace_ok(self, before: str = "closing") -> bool:
        """Before putting another brief in the window (or closing it): save, discard or stay.
        ``before`` ends the question: "Save the changes to “X” before closing?"."""
        if not self.history.is_modified():
            return True
        answer = dialogs.confirm_discard(self.parent_widget, self.session.display_name(), before)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.autosave.discard()
            return True
        return False

    def _open(self, loader: Callable[[], Session], path: Path | None = None) -> bool:
        try:
            session = loader()
        except BriefingError as exc:
            dialogs.show_error(self.parent_widget, str(exc), "Could Not Open")
            return False
        self.autosave.discard()
        self.history.show_session(session)
        if path is not None:
            self.settings.add_recent(path)
        # The workflow's notices (an article the pre-fill cannot read, a title shortened) stay longer.
        notices = "; ".join(session.notices)
        self.status.showMessage(
            f"Opened {session.display_name()}" + (f": {notices}" if notices else ""), 15000 if notices else 4000
        )
        return True

    def open_path(self, path: Path) -> bool:
        """A .brief opens as itself; any other file is an article to draft from."""
        opens_a_brief = path.suffix.lower() in (".brief", ".docx")  # a Word file Briefing exported is one
        if not self.replace_ok(
            f"opening “{path.name}”" if opens_a_brief else f"starting a new brief from “{path.name}”"
        ):
            return False
        kind = "briefs" if path.suffix.lower() == ".brief" else "articles"
        self.settings.set_folder(kind, path)
        return self._open(lambda: Session.open_any(path, self.defaults()), path)

    def new_from_article(self) -> None:
        path = dialogs.ask_open_article(self.parent_widget, self.settings.folder("articles"))
        if path is not None:
            self.open_path(path)

    def new_from_paste(self) -> None:
        text = dialogs.ask_paste_text(self.parent_widget)
        if text is not None and self.replace_ok("starting a new brief"):
            self._open(lambda: Session.from_text(text, self.defaults()))

    def open_brief(self) -> None:
        path = dialogs.ask_open_brief(self.parent_widget, self.settings.folder("briefs"))
        if path is not None:
            self.open_path(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        names = self.settings.recent_files()
        for name, label in zip(names, numbered(Path(n).name for n in names), strict=True):
            action = QAction(label, menu)  # "&1 notes.brief": a key for each, a "&" in a name kept
            action.setStatusTip(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_path(Path(n)))
            menu.addAction(action)
        if menu.isEmpty():
            menu.addAction("No recent files").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("&Clear Menu", self.settings.clear_recent)

    # --- saving ----------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def suggested_path(self, suffix: str, kind: str) -> Path:
        """Where a Save As or Export dialog starts: beside the brief's own file, under its name;
        for a brief never saved, the last folder of that kind and a name from the title."""
        if self.session.path is not None:
            return self.session.path.with_suffix(suffix)
        return Path(self.settings.folder(kind)) / f"{self.session.suggested_stem()}{suffix}"

    def save_as(self) -> bool:
        path = dialogs.ask_save_path(self.parent_widget, str(self.suggested_path(".brief", "briefs")))
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            try:
                self.session.save(path)
            except FileChangedError:
                if not dialogs.confirm_overwrite_changed(self.parent_widget, path.name):
                    self.write_autosave()
                    return False
                self.session.save(path, overwrite=True)
        except BriefingError as exc:
            # The work stays in the window and, at once, in the autosave sidecar.
            self.write_autosave()
            dialogs.show_error(self.parent_widget, str(exc), "Could Not Save")
            return False
        self.history.mark_saved()
        self.autosave.discard()
        self.settings.add_recent(path)
        self.settings.set_folder("briefs", path)
        self.status.showMessage(f"Saved {path}", 4000)
        return True

    def export(self) -> bool:
        if self.before_export is not None and not self.before_export("Export"):
            return False
        choice = dialogs.ask_export_path(
            self.parent_widget,
            str(self.suggested_path(".docx", "exports")),
            self.settings.reference_document(),
            self.settings.source_notes(),
        )
        if choice is None:
            return False
        try:
            self.session.export(choice.path, choice.reference, choice.source_notes)
        except BriefingError as exc:
            dialogs.show_error(self.parent_widget, str(exc), "Could Not Export")
            return False
        self.settings.set_folder("exports", choice.path)
        self.settings.set_reference_document(choice.reference)
        self.settings.set_source_notes(choice.source_notes)
        self.status.showMessage(f"Exported {choice.path}", 6000)
        return True

    # --- autosave and recovery -------------------------------------------------------
    def schedule_autosave(self) -> None:
        self.autosave_timer.start()

    def write_autosave(self) -> None:
        if not self.history.is_modified():
            return
        try:
            if self.autosave.write(self.doc.brief, self.session.path):
                self.status.show_state("Unsaved changes (autosaved)")
        except BriefingError as exc:
            logger.error("autosave failed: %s", exc)
            self.status.show_state("Unsaved changes (autosave failed!)")
            self.autosave_timer.start()  # try again: the disk may have room by then

    def offer_recovery(self) -> bool:
        """At start: a sidecar left by a crashed session? Offer it; True if recovered."""
        entries = self.autosave.recoverable()
        if not entries:
            return False
        # At start-up the window is not shown yet: the question stands alone, centred on the screen.
        parent = self.parent_widget if self.parent_widget.isVisible() else None
        answer = dialogs.confirm_recover(parent, entries)
        if answer == "discard":
            for entry in entries:
                AutosaveStore.remove(entry)
            return False
        if answer != "recover":
            return False
        newest = entries[0]
        try:
            brief = newest.load()
        except BriefingError as exc:
            dialogs.show_error(parent, str(exc), "Could Not Recover")
            return False
        original = Path(newest.original) if newest.original else None
        self.history.show_session(Session(brief, article_for_source(brief.source), original), modified=True)
        self.write_autosave()  # this session's own sidecar now holds it
        AutosaveStore.remove(newest)
        self.status.showMessage("Recovered the autosaved brief; save it to keep it", 8000)
        return True

    def closing(self) -> None:
        """The window closes cleanly: no autosave left behind."""
        self.autosave_timer.stop()
        self.autosave.discard()

    # --- small dialogs -------------------------------------------------------------------
    def edit_preferences(self) -> None:
        current = dialogs.Preferences(
            self.settings.default_classification() or "UNCLASSIFIED",
            self.settings.default_drafter(),
            self.settings.default_from(),
        )
        chosen = dialogs.ask_preferences(self.parent_widget, current)
        if chosen is not None:
            self.settings.set_defaults(chosen.classification, chosen.drafter, chosen.from_)

    def show_about(self) -> None:
        dialogs.show_about(self.parent_widget, __version__, str(self.autosave.folder.parent))
