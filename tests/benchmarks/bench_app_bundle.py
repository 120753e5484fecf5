"""The standalone app against the venv: drafting the sample with the CLI, and cold start of the window.

    python tests/benchmarks/bench_app_bundle.py [--runs 7] [APP_DIR]   (after python tools/build_app.py)

CLI: ``briefing-cli draft -o x.docx`` from the bundle vs ``python -m briefing draft -o x.docx``
from this environment, whole process, alternating A B A B. Window (Linux with Xvfb and
xdotool): from launching ``Briefing`` (bundle) or ``python main.py`` (venv) until the
pre-filled window is visible on the X server, each run with a fresh HOME. Prints medians and
the ratio bundle / venv, and the folder's size.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))

import check_app
from build_app import folder_size, programs


def _time(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def _window_seconds(command: list[str], cwd: Path) -> float:
    with check_app.virtual_screen() as env, check_app.window_shown(command, env, cwd) as (_window, seconds):
        return seconds


def _report(name: str, bundle: list[float], venv: list[float]) -> None:
    ratios = [b / v for b, v in zip(bundle, venv, strict=True)]
    print(
        f"{name:28} bundle median {statistics.median(bundle) * 1000:7.0f} ms   "
        f"venv median {statistics.median(venv) * 1000:7.0f} ms   "
        f"bundle/venv median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app_dir", nargs="?", type=Path, default=REPO / "dist" / "Briefing")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    window_program, cli_program = programs(args.app_dir.resolve())
    if not cli_program.is_file():
        print(f"skipped: no built app in {args.app_dir}; run python tools/build_app.py first")
        return 0
    print(f"app folder {args.app_dir}: {folder_size(args.app_dir) / 1e6:.0f} MB; {args.runs} runs after one warm-up")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        bundle_cli = [str(cli_program), "draft", "-o", str(work / "b.docx")]
        venv_cli = [sys.executable, "-m", "briefing", "draft", "-o", str(work / "v.docx")]
        _time(bundle_cli, REPO), _time(venv_cli, REPO)
        cli_b, cli_v = [], []
        for _ in range(args.runs):
            cli_b.append(_time(bundle_cli, REPO))
            cli_v.append(_time(venv_cli, REPO))
        _report("CLI draft sample -> .docx", cli_b, cli_v)
        if not check_app.can_show_windows():
            print("window: skipped (needs Linux with Xvfb and xdotool)")
            return 0
        venv_window = [sys.executable, str(REPO / "main.py")]
        _window_seconds([str(window_program)], work), _window_seconds(venv_window, REPO)
        win_b, win_v = [], []
        for _ in range(args.runs):
            win_b.append(_window_seconds([str(window_program)], work))
            win_v.append(_window_seconds(venv_window, REPO))
        _report("window start to visible", win_b, win_v)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
