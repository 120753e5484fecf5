"""The desktop app's composition root: logging, the crash path, the window.

``main(argv)`` is what ``python main.py`` and the ``briefing`` gui-script run. Logging and
the exception hook are wired before the window exists, so even a failure while building
it leaves a log; the hook writes an emergency autosave of the open brief first. SIGTERM and
SIGHUP (the system ending the session: logout, shutdown, a closed terminal) close the window
the way the system means it: the unsaved work autosaved, no question asked, no crash claimed.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import socket
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QSocketNotifier, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefing import __version__, fileio
from briefing.article import Article
from briefing.autosave import AutosaveStore
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.resources import default_article_path, resources_dir
from briefing.session import Session
from briefing.ui import dialogs
from briefing.ui.main_window import AUTOSAVE_MS, MainWindow
from briefing.ui.settings import Settings
from briefing.workflow import Defaults

logger = logging.getLogger(__name__)

APP_NAME = "Briefing"


@dataclass(frozen=True)
class AppPaths:
    """Where this user's autosaves, log and settings live (tests point these at a temp folder)."""

    data: Path
    config: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @property
    def autosave(self) -> Path:
        return self.data / "autosave"

    @property
    def log_file(self) -> Path:
        return self.data / "logs" / "briefing.log"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"


def setup_logging(log_file: Path) -> None:
    """A rotating log in the data folder: enough to diagnose, never the article text itself."""
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        return
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        print(f"briefing: cannot write the log {log_file}: {exc}", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logger.info("Briefing %s starting", __version__)


def install_excepthook(window_ref, log_file: Path) -> None:
    """Log an unexpected error, autosave the open brief, and tell the user where both are."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        logger.critical("unexpected error\n%s", text)
        window = window_ref()
        saved = ""
        if window is not None:
            try:
                window.autosave.write(window.doc.brief, window.session.path)
                saved = str(window.autosave.path)
            except Exception:
                logger.exception("emergency autosave failed")
        try:
            dialogs.show_crash(window, text, str(log_file), saved)
        except Exception:  # noqa: BLE001
            previous(exc_type, exc, tb)

    sys.excepthook = hook


ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)  # SIGHUP is POSIX only


class SystemEnd(QObject):
    """Turns the system's "please end" signals into a call on the GUI thread.

    Python runs a signal handler only when the interpreter gets control, which Qt's event loop
    in C++ does not give it; so the handler does nothing itself, the signal's number reaches a
    socket (``signal.set_wakeup_fd``) and a QSocketNotifier on it calls ``ending`` from the
    event loop, as any other event, never in the middle of an edit."""

    def __init__(self, ending: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ending = ending
        self.ended = False  # the system asked Briefing to end (perhaps before the main loop ran)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, lambda *_: None) for number in ENDING_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except OSError:
            return
        for number in dict.fromkeys(numbers):  # each signal once, in order
            if number in ENDING_SIGNALS:
                self.ended = True
                logger.info(
                    "ended by the system (signal %d): unsaved work goes to the autosave, the window closes", number
                )
                self._ending(number)

    def uninstall(self) -> None:
        """Put the previous handlers back (tests install and remove it in one process)."""
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def install_system_end(window_ref: Callable[[], MainWindow | None]) -> SystemEnd:
    """On SIGTERM or SIGHUP: the window autosaves and closes without asking, and the app quits.
    Keep the result while the event loop runs, and ``uninstall`` it afterwards."""

    def ending(_number: int) -> None:
        window = window_ref()
        if window is not None:
            window.end_by_system()
        QApplication.quit()

    return SystemEnd(ending)


def _create_app() -> QApplication:
    """The QApplication (patched in tests); high-DPI friendly, with our stylesheet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:  # none yet (a bare QCoreApplication cannot show a window, so it is never reused)
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefing")
    apply_style(app)
    return app


def apply_style(app: QApplication) -> None:
    try:
        sheet = (resources_dir() / "styles" / "briefing.qss").read_text(encoding="utf-8")
    except OSError:
        logger.warning("stylesheet missing; using the plain native look")
        return
    app.setStyleSheet(sheet.replace("{icons}", (resources_dir() / "icons").as_posix()))


def _first_session(path: Path | None, settings: Settings) -> Session:
    defaults = Defaults.from_preferences(settings)
    if path is not None:
        try:
            session = Session.open_any(path, defaults)
            settings.add_recent(path)
            return session
        except BriefingError as exc:
            dialogs.show_error(None, f"{exc}. Opening the sample article instead.", "Could Not Open")
    try:
        return Session.from_article_file(default_article_path(), defaults)
    except BriefingError as exc:
        logger.error("sample article unreadable: %s", exc)
        return Session(Brief(title="Untitled brief"), Article(text=""))


def start(path: Path | None = None, paths: AppPaths | None = None, *, autosave_ms: int = AUTOSAVE_MS) -> MainWindow:
    """Build the window on ``path`` (the sample article if None), offer recovery, then show it."""
    paths = paths or AppPaths.default()
    settings = Settings(paths.settings_file)
    clear_interrupted_saves(paths, path, [Path(p) for p in settings.recent_files()])
    window = MainWindow(
        _first_session(path, settings),
        settings=settings,
        autosave=AutosaveStore(paths.autosave),
        autosave_ms=autosave_ms,
        log_path=str(paths.log_file),
    )
    # Asked before the window shows: behind the question it showed a fresh draft of the sample
    # article, which read as the work being gone (seen under Xvfb). LibreOffice asks first too.
    recovered = window.offer_recovery()
    window.show()
    if window.session.notices and not recovered:  # e.g. an article the English pre-fill cannot read
        window.status.showMessage("; ".join(window.session.notices), 15000)
    return window


def clear_interrupted_saves(paths: AppPaths, opened: Path | None, recent: list[Path]) -> None:
    """At start-up, remove what saves killed earlier left beside the user's files and autosaves:
    only temporary files that are over a minute old and locked by no running save."""
    folders = {paths.autosave, *(p.parent for p in [*recent, *([opened] if opened else [])])}
    for folder in folders:
        removed = fileio.clear_stale_temporaries(folder)
        if removed:
            logger.info("removed %d temporary files left by interrupted saves in %s", removed, folder)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="briefing", description="Edit a briefing note beside its article.")
    parser.add_argument("path", nargs="?", type=Path, help="an article (.txt .md .html .docx) or a .brief")
    parser.add_argument("--version", action="version", version=f"Briefing {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.default()
    setup_logging(paths.log_file)
    app = _create_app()
    holder: list[MainWindow] = []
    install_excepthook(lambda: holder[0] if holder else None, paths.log_file)
    system_end = install_system_end(lambda: holder[0] if holder else None)
    try:
        window = start(args.path, paths)
        holder.append(window)
        if system_end.ended:  # during start-up (the recovery question's own loop): the window never ran
            window.end_by_system()
            code = 0
        else:
            code = app.exec()
    finally:
        system_end.uninstall()
    logger.info("Briefing exited with %s", code)
    return code
