"""Check a built app folder as a user would meet it: ``python tools/check_app.py [dist/Briefing]``.

The command-line program drafts the sample article to Word (and to PDF where this version
can write PDF), and on Linux with Xvfb and xdotool the window program opens on a virtual
screen and shows the pre-filled window; a screenshot is kept. Prints what it did and the
folder's size; exits 1 when a check fails. tests/test_build_app.py and the bundle benchmark
use the same helpers.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from build_app import folder_size, programs

WINDOW_NAME = "— Briefing$"  # the main window's title ends so, whatever is open


def run_cli(app_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the bundled command-line program with a bare environment (no PYTHONPATH, no venv)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(
        [str(programs(app_dir)[1]), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def can_show_windows() -> bool:
    return sys.platform.startswith("linux") and all(shutil.which(tool) for tool in ("Xvfb", "xdotool"))


def _free_display() -> int:
    for number in range(150, 250):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def _wait(predicate, timeout: float, what: str, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


@contextlib.contextmanager
def virtual_screen(width: int = 1400, height: int = 900) -> Iterator[dict[str, str]]:
    """Xvfb on a free display and a throwaway HOME; yields the environment for programs on it."""
    number = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = tempfile.mkdtemp(prefix="briefing-app-home-")
    try:
        _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15, "Xvfb")
        env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
        env.update(
            DISPLAY=f":{number}",
            QT_QPA_PLATFORM="xcb",
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/.config",
            XDG_DATA_HOME=f"{home}/.local/share",
            XDG_CACHE_HOME=f"{home}/.cache",
            XDG_STATE_HOME=f"{home}/.local/state",
        )
        yield env
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


def _visible_window(env: dict[str, str]) -> str:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", WINDOW_NAME],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.split()[-1] if result.stdout.split() else ""


@contextlib.contextmanager
def window_shown(
    command: list[str], env: dict[str, str], cwd: Path, timeout: float = 60
) -> Iterator[tuple[str, float]]:
    """Start the window program; yield (X window id, seconds from launch until it was visible)."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        found: list[str] = []

        def shown() -> bool:
            if process.poll() is not None:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"the window program exited with {process.returncode}: {error[-2000:]}")
            found[:] = [_visible_window(env)]
            return bool(found[0])

        _wait(shown, timeout, "the Briefing window")
        yield found[0], time.monotonic() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def window_title(window_id: str, env: dict[str, str]) -> str:
    return subprocess.run(
        ["xdotool", "getwindowname", window_id], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def screenshot(window_id: str, env: dict[str, str], out: Path, timeout: float = 30) -> Path:
    """The window as the screen shows it (ImageMagick's import), once Qt has painted it:
    shots are taken until two in a row are the same and not one flat colour."""
    previous = b""

    def settled() -> bool:
        nonlocal previous
        subprocess.run(["import", "-window", window_id, str(out)], env=env, check=True, timeout=30)
        picture = out.read_bytes()
        same, previous = picture == previous, picture
        return same and colours(out) > 16

    _wait(settled, timeout, "the window to finish painting", step=0.3)
    return out


def colours(picture: Path) -> int:
    """How many different colours a picture holds (a blank or unpainted window has one or two)."""
    result = subprocess.run(
        ["convert", str(picture), "-format", "%k", "info:"], capture_output=True, text=True, check=True
    )
    return int(result.stdout.strip() or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_dir", nargs="?", type=Path, default=REPO / "dist" / "Briefing")
    parser.add_argument("--screenshot", type=Path, help="where to keep the window's screenshot")
    args = parser.parse_args(argv)
    app_dir: Path = args.app_dir.resolve()
    if not all(path.is_file() for path in programs(app_dir)):
        print(f"check: no built app in {app_dir}; run python tools/build_app.py first", file=sys.stderr)
        return 1
    failed = False
    with tempfile.TemporaryDirectory(prefix="briefing-check-") as scratch:
        work = Path(scratch)
        for suffix in ("docx", "pdf"):
            result = run_cli(app_dir, "draft", "-o", f"sample.{suffix}", cwd=work)
            made = work / f"sample.{suffix}"
            if result.returncode == 0 and made.is_file() and made.stat().st_size > 0:
                print(f"check: briefing-cli drafted the sample to .{suffix} ({made.stat().st_size} bytes)")
            elif suffix == "pdf" and "name it .docx or .brief" in result.stderr:
                print("check: this version writes no PDF (draft -o x.pdf is refused); PDF not checked")
            else:
                failed = True
                print(f"check: FAILED drafting to .{suffix}: exit {result.returncode}: {result.stderr.strip()}")
        if can_show_windows():
            with virtual_screen() as env, window_shown([str(programs(app_dir)[0])], env, work) as (wid, seconds):
                title = window_title(wid, env)
                print(f"check: the window showed in {seconds:.2f} s: {title!r}")
                if args.screenshot and shutil.which("import"):
                    print(f"check: screenshot {screenshot(wid, env, args.screenshot.resolve())}")
        else:
            print("check: no Xvfb/xdotool here (or not Linux); the window was not started")
    print(f"check: {app_dir} holds {folder_size(app_dir) / 1e6:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
