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


# --- seams (issue 10) ------------------------------------------------------------------------

REPO = PACKAGE.parent
TEMPLATE_LOOKUPS = {"get_template", "find_template", "template_or_default", "load_templates"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py")


def _calls(node: ast.AST) -> set[str]:
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            names.add(func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else "")
    return names


def _blind_template_lookups(source: str) -> list[int]:
    """Lines of ``try`` blocks that look a template up and catch everything (``except Exception`` or bare)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Try) or not TEMPLATE_LOOKUPS & set().union(*(_calls(s) for s in node.body)):
            continue
        for handler in node.handlers:
            kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            if any(k is None or isinstance(k, ast.Name) and k.id in ("Exception", "BaseException") for k in kinds):
                found.append(node.lineno)
    return found


def test_no_template_lookup_is_wrapped_in_a_blind_except() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): lines for p in _modules() if (lines := _blind_template_lookups(p.read_text()))
    }
    assert offenders == {}


def test_the_blind_except_check_would_catch_one() -> None:
    sample = "try:\n    t = get_template(x)\nexcept Exception:\n    t = None\n"
    assert _blind_template_lookups(sample) == [1]
    assert _blind_template_lookups(sample.replace("Exception", "TemplateError")) == []


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return found


def test_the_importer_imports_nothing_from_the_exporter() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): [
            m for m in _imports(p) if m == "briefing.export" or m.startswith("briefing.export.")
        ]
        for p in (PACKAGE / "importer").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _code_map() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Map of the code")
    block = readme[start:].split("```", 2)[1]
    return block


def _missing_from_map(code_map: str, modules: list[Path]) -> list[str]:
    """Modules the map does not name: a top-level module by its file name, one in a package by
    its stem among the words of that package's entry."""
    entries: dict[str, str] = {}
    current = ""
    for line in code_map.splitlines():
        stripped = line.strip()
        if line.startswith("  ") and not line.startswith("   ") and stripped:
            current = stripped.split()[0]
            entries[current] = stripped
        elif current and stripped and line.startswith("   "):
            entries[current] += " " + stripped
    missing = []
    for path in modules:
        relative = path.relative_to(PACKAGE)
        if len(relative.parts) == 1:
            if relative.name not in entries:
                missing.append(relative.as_posix())
        else:
            entry = entries.get(f"{relative.parts[0]}/", "")
            if relative.stem not in entry.replace(",", " ").replace("(", " ").replace(")", " ").split():
                missing.append(relative.as_posix())
    return missing


def test_the_readme_code_map_lists_every_module() -> None:
    assert _missing_from_map(_code_map(), _modules()) == []


def test_the_code_map_check_would_catch_a_missing_module() -> None:
    code_map = "briefing/\n  model.py   the brief\n  reader/    files -> Article (sniff,\n             decode)\n"
    modules = [PACKAGE / "model.py", PACKAGE / "reader" / "sniff.py", PACKAGE / "reader" / "decode.py"]
    assert _missing_from_map(code_map, modules) == []
    assert _missing_from_map(code_map, [*modules, PACKAGE / "workflow.py", PACKAGE / "reader" / "webpage.py"]) == [
        "workflow.py",
        "reader/webpage.py",
    ]
