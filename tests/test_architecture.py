"""The core imports no Qt: only briefing/ui/ and briefing/app.py may."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
GUI_LAYER = ("ui/", "app.py")


def _qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [name for name in names if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")]
    return found


def test_core_modules_import_no_qt() -> None:
    core = [p for p in PACKAGE.rglob("*.py") if not p.relative_to(PACKAGE).as_posix().startswith(GUI_LAYER)]
    assert len(core) > 5, "the walk found too few modules to mean anything"
    offenders = {str(p.relative_to(PACKAGE)): _qt_imports(p) for p in core if _qt_imports(p)}
    assert offenders == {}


def test_the_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport shiboken6\n", encoding="utf-8")
    assert _qt_imports(sample) == ["PySide6.QtCore", "shiboken6"]
