"""Preferences and window state in one INI file whose path the caller chooses (tests use a temp one)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

logger = logging.getLogger(__name__)

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: str) -> None:
        self._qs.setValue(key, value)

    # --- window state ---
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def splitter(self) -> QByteArray | None:
        value = self._qs.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/splitter", splitter)

    # --- folders ---
    def folder(self, kind: str) -> str:
        return self._get(f"folders/{kind}", str(Path.home()))

    def set_folder(self, kind: str, path: Path) -> None:
        self._set(f"folders/{kind}", str(path.parent if path.suffix else path))

    # --- preferences ---
    def default_classification(self) -> str:
        return self._get("defaults/classification")

    def default_drafter(self) -> str:
        return self._get("defaults/drafter")

    def default_from(self) -> str:
        return self._get("defaults/from")

    def set_defaults(self, classification: str, drafter: str, from_: str) -> None:
        self._set("defaults/classification", classification)
        self._set("defaults/drafter", drafter)
        self._set("defaults/from", from_)

    def reference_document(self) -> str:
        return self._get("export/reference")

    def set_reference_document(self, path: Path | None) -> None:
        self._set("export/reference", str(path) if path else "")

    def source_notes(self) -> bool:
        return self._get("export/source_notes") == "true"

    def set_source_notes(self, on: bool) -> None:
        self._set("export/source_notes", "true" if on else "false")

    # --- view ---
    def zoom(self) -> int:
        value = self._get("view/zoom", "100")
        return int(value) if value.isdigit() else 100

    def set_zoom(self, percent: int) -> None:
        self._set("view/zoom", str(percent))

    # --- recent files ---
    def recent_files(self) -> list[str]:
        value = self._qs.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str)][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self._qs.setValue("recent/files", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._qs.setValue("recent/files", [])

    def sync(self) -> None:
        self._qs.sync()
