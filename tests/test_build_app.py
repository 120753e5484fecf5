"""The standalone app (tools/build_app.py): built, then used as a person would use it.

Skipped unless ``CI_BUILD_APP=1`` (the build takes a minute or two and needs the ``build``
extra). The app is built into a temporary folder and copied elsewhere before use, so
nothing can come from the source tree. The frozen resource lookup is checked always.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import resources

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import build_app
import check_app

needs_build = pytest.mark.skipif(os.environ.get("CI_BUILD_APP") != "1", reason="set CI_BUILD_APP=1 to build the app")


def test_frozen_app_reads_resources_only_from_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "seeds").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.default_article_path().parent == tmp_path / "seeds"
    # A bundle that lacks a folder must not quietly fall back to the tree it was built from.
    shutil.rmtree(tmp_path / "seeds")
    assert REPO not in resources.seeds_dir().parents


def test_source_checkout_reads_resources_beside_the_package() -> None:
    assert resources.resources_dir() in (REPO / "resources", REPO / "briefing" / "resources")
    assert (resources.resources_dir() / "templates").is_dir()


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app, built once per test run even with xdist workers (they share a lock), then copied
    out of its build folder so that nothing can be found where it was built."""
    pytest.importorskip("PyInstaller", reason="the build extra is not installed: pip install -e '.[build]'")
    shared = tmp_path_factory.getbasetemp().parent / "briefing-app"  # one folder for all workers
    shared.mkdir(exist_ok=True)
    with _locked(shared / "lock"):
        moved = shared / "elsewhere" / "Briefing"
        if not (moved / "_internal").is_dir():
            built = build_app.build(shared / "dist", shared / "work", quiet=True)
            shutil.copytree(built, moved, symlinks=True)
            shutil.rmtree(shared / "dist")
            shutil.rmtree(shared / "work")
    return moved


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: run this file without xdist there
        yield
        return
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@needs_build
def test_bundle_holds_both_programs_and_every_resource(app_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for program in build_app.programs(app_dir):
        assert program.is_file() and os.access(program, os.X_OK), program
    internal = app_dir / "_internal"
    for folder in ("templates", "lexicon", "reader", "icons", "styles"):
        shipped = {path.name for path in (REPO / "resources" / folder).iterdir()}
        bundled = {path.name for path in (internal / "resources" / folder).iterdir()}
        assert shipped <= bundled, folder
    assert (internal / "seeds" / "blinken_beijing.txt").is_file()
    assert not list(app_dir.rglob("test_*.py")), "tests were bundled"
    unwanted = [p.name for p in app_dir.rglob("libQt6Qml*")] + [p.name for p in app_dir.rglob("QtNetwork*")]
    assert not unwanted, unwanted
    with capsys.disabled():
        print(f"\n  app folder: {build_app.folder_size(app_dir) / 1e6:.0f} MB in {app_dir}")


@needs_build
def test_bundled_cli_drafts_the_sample_to_word(app_dir: Path, tmp_path: Path) -> None:
    result = check_app.run_cli(app_dir, "draft", "-o", "sample.docx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    docx = pytest.importorskip("docx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "sample.docx")).paragraphs)
    assert "Blinken" in text and "Positions" in text


@needs_build
def test_bundled_cli_reads_a_web_page(app_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "The minister said on Monday that the talks in Geneva would resume next month. " * 3
    page.write_text(
        f"<html><head><title>Talks</title></head><body><nav>Home | News</nav><article>"
        f"<h1>Talks to resume in Geneva</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    result = check_app.run_cli(app_dir, "draft", str(page), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Talks to resume in Geneva" in result.stdout
    assert "Home | News" not in result.stdout


@needs_build
def test_bundled_cli_drafts_to_pdf_where_supported(app_dir: Path, tmp_path: Path) -> None:
    result = check_app.run_cli(app_dir, "draft", "-o", "sample.pdf", cwd=tmp_path)
    if result.returncode == 2 and "pdf" in result.stderr.lower() and not (tmp_path / "sample.pdf").exists():
        pytest.skip(f"this version writes no PDF: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sample.pdf").read_bytes().startswith(b"%PDF")


@needs_build
@pytest.mark.skipif(not check_app.can_show_windows(), reason="needs Linux with Xvfb and xdotool")
def test_bundled_window_shows_the_prefilled_sample(app_dir: Path, tmp_path: Path) -> None:
    with (
        check_app.virtual_screen() as env,
        check_app.window_shown([str(build_app.programs(app_dir)[0])], env, tmp_path) as (window, _seconds),
    ):
        assert check_app.window_title(window, env).startswith("China-US Relations at a Crossroads")
        if shutil.which("import") and shutil.which("convert"):
            shot = check_app.screenshot(window, env, tmp_path / "window.png")
            assert check_app.colours(shot) > 100  # text, tints and icons, not an empty frame
