"""Linux desktop integration for one user, without root: ``briefing install-desktop``.

Writes, under the user's XDG folders, a menu entry (``applications/briefing.desktop``), the
icon, a MIME type ``application/x-briefing`` for ``*.brief`` files, and makes Briefing that
type's default application, so a double-click on a ``.brief`` opens it. The desktop id
matches the window's ``setDesktopFileName("briefing")``, so the running window gets the
icon. The caches (``update-mime-database``, ``update-desktop-database``) are refreshed when
those programs exist; no xdg-utils are needed. ``remove_desktop`` takes it all away again.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from briefing.errors import BriefingError
from briefing.fileio import atomic_write_text
from briefing.resources import resources_dir

logger = logging.getLogger(__name__)

MIME_TYPE = "application/x-briefing"
DESKTOP_ID = "briefing.desktop"
ICON_NAME = "briefing"
MIME_ICON_NAME = MIME_TYPE.replace("/", "-")  # the icon-theme name the spec derives from the type
FILE_PATTERN = "*.brief"
_DEFAULTS_SECTION = "[Default Applications]"


class DesktopError(BriefingError):
    """The desktop files could not be written or the program to launch was not found."""


@dataclass(frozen=True)
class XdgFolders:
    """The two XDG base folders this writes into (tests point them at a temporary folder)."""

    data: Path
    config: Path

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> XdgFolders:
        env = os.environ if env is None else env
        home = Path(env.get("HOME") or Path.home())
        # The spec says a relative or empty value is to be ignored.
        data = env.get("XDG_DATA_HOME", "")
        config = env.get("XDG_CONFIG_HOME", "")
        return cls(
            Path(data) if os.path.isabs(data) else home / ".local" / "share",
            Path(config) if os.path.isabs(config) else home / ".config",
        )

    @property
    def desktop_file(self) -> Path:
        return self.data / "applications" / DESKTOP_ID

    @property
    def app_icon(self) -> Path:
        return self.data / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"

    @property
    def mime_icon(self) -> Path:
        return self.data / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_ICON_NAME}.svg"

    @property
    def mime_package(self) -> Path:
        return self.data / "mime" / "packages" / "briefing.xml"

    @property
    def mimeapps(self) -> Path:
        return self.config / "mimeapps.list"


@dataclass
class InstallReport:
    """What was written and which caches were refreshed, for the command line to print."""

    written: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def window_command() -> list[str]:
    """How to start the window from this installation: the bundled program, or the venv's script."""
    if getattr(sys, "frozen", False):
        suffix = ".exe" if sys.platform == "win32" else ""
        program = Path(sys.executable).resolve().parent / f"Briefing{suffix}"
    else:
        program = Path(sys.executable).parent / "briefing"
    if not program.is_file():
        raise DesktopError(
            f"cannot find the Briefing window program at {program}; install Briefing with pip (or build the app) first"
        )
    return [str(program)]


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry spec requires."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if argument and not reserved & set(argument):
        return argument.replace("%", "%%")
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    # The Exec value is itself a string value, whose own escape turns each backslash into two.
    return '"' + inner.replace("\\", "\\\\").replace("%", "%%") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(exec_quote(part) for part in command) + " %f"
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.0",
            "Name=Briefing",
            "GenericName=Briefing Note Editor",
            "Comment=Draft a briefing note from a news article, offline",
            f"Exec={exec_line}",
            f"Icon={ICON_NAME}",
            "Terminal=false",
            "Categories=Office;WordProcessor;",
            f"MimeType={MIME_TYPE};",
            "Keywords=brief;briefing;note;memo;minister;",
            "StartupWMClass=briefing",
            "",
        ]
    )


def mime_package() -> str:
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
            f'  <mime-type type="{escape(MIME_TYPE)}">',
            "    <comment>Briefing note</comment>",
            '    <sub-class-of type="application/json"/>',
            f'    <icon name="{MIME_ICON_NAME}"/>',
            f'    <glob pattern="{escape(FILE_PATTERN)}" weight="60"/>',
            "  </mime-type>",
            "</mime-info>",
            "",
        ]
    )


def with_default_application(current: str, mime_type: str, desktop_id: str | None) -> str:
    """``mimeapps.list`` text with ``mime_type``'s default set to ``desktop_id`` (None removes it).

    Every other line, section and comment is kept as it was: the file is shared with the
    desktop and other programs.
    """
    lines = current.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == _DEFAULTS_SECTION), None)
    if start is None:
        if desktop_id is None:
            return current
        if lines and lines[-1].strip():
            lines.append("")
        lines += [_DEFAULTS_SECTION, f"{mime_type}={desktop_id}"]
        return "\n".join(lines) + "\n"
    end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
    body = [line for line in lines[start + 1 : end] if line.split("=", 1)[0].strip() != mime_type]
    if desktop_id is not None:
        body.insert(0, f"{mime_type}={desktop_id}")
    return "\n".join([*lines[: start + 1], *body, *lines[end:]]) + "\n"


def _refresh_caches(folders: XdgFolders, report: InstallReport) -> None:
    steps = [
        ("update-mime-database", [str(folders.data / "mime")]),
        ("update-desktop-database", [str(folders.data / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(folders.data / "icons" / "hicolor")]),
    ]
    for tool, args in steps:
        program = shutil.which(tool)
        if program is None:
            continue
        try:
            result = subprocess.run([program, *args], capture_output=True, text=True, check=False, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            report.notes.append(f"{tool} failed: {exc}")
            continue
        if result.returncode == 0:
            report.refreshed.append(tool)
        else:
            report.notes.append(f"{tool} failed: {result.stderr.strip()[:200]}")
    if "update-mime-database" not in report.refreshed:
        report.notes.append(
            "update-mime-database (package shared-mime-info) did not run: the desktop learns that "
            "*.brief is a Briefing file once it runs, usually at the next log-in"
        )


def install_desktop(folders: XdgFolders | None = None, command: Sequence[str] | None = None) -> InstallReport:
    """Write the entry, icons, MIME type and default application for this user."""
    folders = folders or XdgFolders.from_environment()
    command = list(command) if command is not None else window_command()
    icon = resources_dir() / "icons" / "briefing.svg"
    try:
        icon_svg = icon.read_text(encoding="utf-8")
    except OSError as exc:
        raise DesktopError(f"cannot read the icon {icon}: {exc.strerror or exc}") from exc
    try:
        current = folders.mimeapps.read_text(encoding="utf-8") if folders.mimeapps.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise DesktopError(f"cannot read {folders.mimeapps}: {exc}") from exc
    files = {
        folders.desktop_file: desktop_entry(command),
        folders.app_icon: icon_svg,
        folders.mime_icon: icon_svg,
        folders.mime_package: mime_package(),
        folders.mimeapps: with_default_application(current, MIME_TYPE, DESKTOP_ID),
    }
    report = InstallReport()
    for path, text in files.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DesktopError(f"cannot make the folder {path.parent}: {exc.strerror or exc}") from exc
        atomic_write_text(path, text)  # a SaveError already names the file and the reason
        report.written.append(path)
    logger.info("desktop integration written for %s", command)
    _refresh_caches(folders, report)
    return report


def remove_desktop(folders: XdgFolders | None = None) -> InstallReport:
    """Undo ``install_desktop``: remove its files and the default-application line."""
    folders = folders or XdgFolders.from_environment()
    report = InstallReport()
    for path in (folders.desktop_file, folders.app_icon, folders.mime_icon, folders.mime_package):
        try:
            path.unlink()
            report.written.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopError(f"cannot remove {path}: {exc.strerror or exc}") from exc
    if folders.mimeapps.exists():
        current = folders.mimeapps.read_text(encoding="utf-8")
        updated = with_default_application(current, MIME_TYPE, None)
        if updated != current:
            atomic_write_text(folders.mimeapps, updated)
            report.written.append(folders.mimeapps)
    _refresh_caches(folders, report)
    return report
