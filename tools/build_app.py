"""Build the standalone app for this machine: ``python tools/build_app.py``.

Makes ``dist/Briefing/`` with the window program ``Briefing`` and the command-line program
``briefing-cli`` (``.exe`` on Windows) sharing one set of libraries, with every resource
inside the folder, so it runs on a machine with no Python. Needs the ``build`` extra
(``pip install -e '.[build]'``: PyInstaller); the recipe is ``tools/briefing.spec``.
Prints the build time and the folder's size; exits 2 with one line when it cannot build.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "tools" / "briefing.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
PROGRAMS = ("Briefing", "briefing-cli")


def folder_size(folder: Path) -> int:
    """Bytes in every file under ``folder`` (links counted once, as the files they are)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def programs(app_dir: Path) -> list[Path]:
    return [app_dir / f"{name}{EXE_SUFFIX}" for name in PROGRAMS]


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; return the app folder. Raises SystemExit(2) on failure."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            "briefing: error: PyInstaller is not installed in this environment; run: pip install -e '.[build]'"
        )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
    ]
    result = subprocess.run(command, cwd=REPO, check=False, env={**os.environ, "PYTHONNOUSERSITE": "1"})
    app_dir = dist / "Briefing"
    if result.returncode != 0:
        raise SystemExit(f"briefing: error: PyInstaller failed (exit {result.returncode}); see its output above")
    missing = [path.name for path in programs(app_dir) if not path.is_file()]
    if missing:
        raise SystemExit(f"briefing: error: the build did not make {', '.join(missing)} in {app_dir}")
    return app_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the app folder goes (default: dist/)")
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "pyinstaller", help="PyInstaller's work folder (default: build/)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="only PyInstaller's warnings and the summary")
    args = parser.parse_args(argv)
    started = time.monotonic()
    app_dir = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    seconds = time.monotonic() - started
    size = folder_size(app_dir)
    files = sum(1 for path in app_dir.rglob("*") if path.is_file())
    print(f"built {app_dir} in {seconds:.0f} s: {size / 1e6:.0f} MB in {files} files")
    for program in programs(app_dir):
        print(f"  {program}")
    if shutil.which("du"):
        subprocess.run(["du", "-sh", str(app_dir)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
