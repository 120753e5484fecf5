"""Screenshot the window on the sample article under a real X server (Xvfb), not offscreen.

    python3 tests/benchmarks/make_screenshot.py                  # main-window.png in a temporary folder
    python3 tests/benchmarks/make_screenshot.py --dark           # also main-window-dark.png (a dark palette)
    python3 tests/benchmarks/make_screenshot.py --small          # also main-window-1024.png (1024 x 700 window)
    python3 tests/benchmarks/make_screenshot.py --large          # also main-window-1600.png (1600 x 1000 window)
    python3 tests/benchmarks/make_screenshot.py --update-readme  # into resources/screenshots/ (the README's)

Without --update-readme (or --out DIR) nothing in the source tree changes, so a trial run leaves
no diff behind.

Needs Xvfb, xdotool and ImageMagick's ``import``. Runs with a throwaway HOME so no
settings, recent files or autosaves of yours are shown or touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
README_IMAGES = REPO / "resources" / "screenshots"
WIDTH, HEIGHT = 1400, 900  # the window opens at 90% of the screen: 1260 x 810
SMALL = (1138, 778)  # a screen on which the window opens at 1024 x 700, the smallest supported
LARGE_SCREEN, LARGE_WINDOW = (1700, 1100), (1600, 1000)  # the window opens capped at 1400 x 900: resized after

DARK_LAUNCHER = """
import sys
from pathlib import Path
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory
from briefing import app

qapp = app._create_app()
qapp.setStyle(QStyleFactory.create("Fusion"))
p = QPalette()
for role, colour in {"Window": "#2b2b2e", "WindowText": "#e6e6e6", "Base": "#1e1e20",
                     "AlternateBase": "#2b2b2e", "Text": "#e6e6e6", "Button": "#35353a",
                     "ButtonText": "#e6e6e6", "Highlight": "#3d7dd8", "HighlightedText": "#ffffff",
                     "PlaceholderText": "#9a9aa2", "ToolTipBase": "#2b2b2e", "ToolTipText": "#e6e6e6",
                     "Mid": "#4a4a50", "Dark": "#151517", "Light": "#505056", "Midlight": "#404046",
                     "BrightText": "#ffffff", "Link": "#7fb0ff"}.items():
    p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#77777d"))
p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#77777d"))
p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#77777d"))
qapp.setPalette(p)
app.apply_style(qapp)
window = app.start(None)
sys.exit(qapp.exec())
"""


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise SystemExit("no free X display number")


def _wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def _briefing_windows(env: dict[str, str]) -> list[str]:
    """The X ids of visible Briefing windows (their titles end "— Briefing")."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "— Briefing$"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.split()


def shoot(
    out: Path, command: list[str], env: dict[str, str], select_item: bool = True, size: tuple[int, int] | None = None
) -> None:
    app = subprocess.Popen(command, cwd=REPO, env=env)
    try:
        _wait(lambda: bool(_briefing_windows(env)), 30, "the Briefing window")
        time.sleep(0.5)  # mapped and laid out
        window_id = _briefing_windows(env)[-1]
        subprocess.run(["xdotool", "windowmove", window_id, "0", "0"], env=env, check=True)
        if size is not None:
            subprocess.run(["xdotool", "windowsize", window_id, str(size[0]), str(size[1])], env=env, check=True)
        time.sleep(1.0)
        shell = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window_id], env=env, capture_output=True, text=True, check=True
        ).stdout
        geometry = dict(line.split("=", 1) for line in shell.split())
        if select_item:
            # Click into the second Summary item so the article shows its source marked.
            subprocess.run(["xdotool", "mousemove", "900", "405", "click", "1"], env=env, check=False)
        time.sleep(1.0)
        out.parent.mkdir(parents=True, exist_ok=True)
        crop = f"{geometry['WIDTH']}x{geometry['HEIGHT']}+{geometry['X']}+{geometry['Y']}"
        subprocess.run(["import", "-window", "root", "-crop", crop, "+repage", str(out)], env=env, check=True)
        print(f"wrote {out}")
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true", help="also shoot the window with a dark palette")
    parser.add_argument("--small", action="store_true", help="also shoot a 1024 x 700 window (-1024.png)")
    parser.add_argument("--large", action="store_true", help="also shoot a 1600 x 1000 window (-1600.png)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--update-readme", action="store_true", help=f"write into {README_IMAGES.relative_to(REPO)}/")
    where.add_argument("--out", type=Path, help="write into this folder (default: a new temporary folder)")
    args = parser.parse_args()
    out = output_folder(args.update_readme, args.out)
    for tool in ("Xvfb", "xdotool", "import"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed")
    screens = [((WIDTH, HEIGHT), "")] + ([(SMALL, "-1024")] if args.small else [])
    screens += [(LARGE_SCREEN, "-1600")] if args.large else []
    for (width, height), suffix in screens:
        _shoot_on_screen(width, height, suffix, out, dark=args.dark)
    return 0


def output_folder(update_readme: bool, out: Path | None) -> Path:
    """The README's images only when asked; by default a new temporary folder outside the tree."""
    if update_readme:
        return README_IMAGES
    return out or Path(tempfile.mkdtemp(prefix="briefing-screenshots-"))


def _shoot_on_screen(width: int, height: int, suffix: str, out: Path, *, dark: bool) -> None:
    number = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-dpi", "96"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = tempfile.mkdtemp(prefix="briefing-shot-")
    try:
        _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
        env = {
            **os.environ,
            "DISPLAY": f":{number}",
            "QT_QPA_PLATFORM": "xcb",
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/.config",
            "XDG_DATA_HOME": f"{home}/.local/share",
            "XDG_STATE_HOME": f"{home}/.local/state",
            "XDG_CACHE_HOME": f"{home}/.cache",
            "PYTHONPATH": str(REPO),
        }
        env.pop("QT_STYLE_OVERRIDE", None)
        select = not suffix  # the click position fits the default size
        size = LARGE_WINDOW if suffix == "-1600" else None
        shoot(out / f"main-window{suffix}.png", [sys.executable, "main.py"], env, select, size)
        if dark:
            shoot(out / f"main-window-dark{suffix}.png", [sys.executable, "-c", DARK_LAUNCHER], env, select, size)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
