"""`.ci/run --setup-only`: installs only the missing system packages, as root or through sudo.

The script finds ``id``, ``dpkg-query``, ``apt-get``, ``sudo`` and ``python3`` on PATH, so
fakes in a temporary folder put it in each situation (root, a user with sudo, a user
without) and record what it would have run, without touching the machine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / ".ci" / "run"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _script_list(name: str) -> list[str]:
    """The packages in one of the script's bash arrays (REQUIRED or OPTIONAL)."""
    text = SCRIPT.read_text(encoding="utf-8")
    match = re.search(rf"^{name}=\((.*?)\)", text, re.MULTILINE | re.DOTALL)
    assert match, f"{name}=( ... ) not found in .ci/run"
    body = "\n".join(line.split("#", 1)[0] for line in match.group(1).splitlines())
    return body.split()


def _fake(bin_dir: Path, name: str, body: str) -> None:
    path = bin_dir / name
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)


def _run(
    tmp_path: Path, *, uid: int, missing: set[str], sudo: bool, venv_ok: bool = True
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    # Only the tools the set-up part needs, and these fakes first, so nothing real is installed.
    for tool in ("bash", "grep", "cat", "env", "dirname"):
        real = shutil.which(tool)
        assert real, tool
        (bin_dir / tool).symlink_to(real)
    _fake(bin_dir, "id", f'[ "$1" = -u ] && echo {uid}\n')
    cases = "|".join(sorted(missing)) or "__none__"
    _fake(
        bin_dir,
        "dpkg-query",
        f'for last; do :; done\ncase "$last" in {cases}) exit 1;; esac\necho "install ok installed"\n',
    )
    _fake(bin_dir, "apt-get", f'echo "apt-get $*" >> "{log}"\n')
    _fake(bin_dir, "python3", "exit 0\n" if venv_ok else "exit 1\n")
    if sudo:
        _fake(bin_dir, "sudo", f'[ "$1" = -n ] && exit 0\necho "sudo $1" >> "{log}"\nexec "$@"\n')
    result = subprocess.run(
        ["bash", str(SCRIPT), "--setup-only"],
        env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return result, calls


def test_nothing_missing_installs_nothing(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, uid=1000, missing=set(), sudo=False)
    assert result.returncode == 0, result.stderr
    assert calls == []
    assert "all system packages present" in result.stdout


def test_root_installs_only_what_is_missing(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, uid=0, missing={"libegl1", "poppler-utils"}, sudo=False)
    assert result.returncode == 0, result.stderr
    installs = [call for call in calls if " install " in call]
    assert len(installs) == 1
    assert installs[0].split()[-2:] == ["libegl1", "poppler-utils"]
    assert not any(call.startswith("sudo") for call in calls)
    assert any(call.startswith("apt-get update") for call in calls)


def test_user_with_sudo_installs_through_sudo(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, uid=1000, missing={"libxcb-cursor0"}, sudo=True)
    assert result.returncode == 0, result.stderr
    assert "sudo apt-get" in calls and "sudo env" in calls
    assert calls[-1].endswith("libxcb-cursor0")


def test_user_without_sudo_is_told_what_to_install(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, uid=1000, missing={"libgl1"}, sudo=False)
    assert result.returncode == 1
    assert calls == []
    assert "apt-get install -y --no-install-recommends libgl1" in result.stderr
    assert "Traceback" not in result.stderr


def test_only_optional_missing_without_sudo_goes_on(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, uid=1000, missing={"libreoffice-writer-nogui"}, sudo=False)
    assert result.returncode == 0
    assert calls == []
    assert "libreoffice-writer-nogui" in result.stderr


def test_python_that_cannot_make_a_venv_gets_python3_venv(tmp_path: Path) -> None:
    result, calls = _run(tmp_path, uid=0, missing=set(), sudo=False, venv_ok=False)
    assert result.returncode == 0, result.stderr
    assert calls[-1].endswith("python3-venv")


def test_readme_apt_line_lists_what_the_script_installs() -> None:
    """The README's one line for a bare Linux and the script must not drift apart."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if "apt-get install" in line]
    assert lines, "the README gives no apt-get install line"
    listed = set(lines[0].split("apt-get install", 1)[1].split())
    wanted = set(_script_list("REQUIRED")) | set(_script_list("OPTIONAL"))
    assert "python3-venv" in wanted
    assert wanted <= listed, f"missing from the README line: {sorted(wanted - listed)}"
