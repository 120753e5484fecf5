"""Linux desktop integration (briefing/desktop.py, ``briefing install-desktop``).

Everything is written into a temporary XDG_DATA_HOME / XDG_CONFIG_HOME and read back with
parsers, not compared as strings, so the files are checked for what a desktop reads from
them. xdg-utils are not needed; desktop-file-validate and xdg-mime are used when present.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing import cli, desktop
from briefing.resources import resources_dir

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture
def folders(tmp_path: Path) -> desktop.XdgFolders:
    return desktop.XdgFolders(tmp_path / "data", tmp_path / "config")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _exec_arguments(value: str) -> list[str]:
    """The Exec value as a launcher splits it: the string escape (\\\\ -> \\) first, then the
    spec's quoting rule (inside double quotes a backslash takes the next character literally)."""
    text = value.replace("\\\\", "\\")
    arguments: list[str] = []
    current: list[str] | None = None
    quoted = False
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\":
                i += 1
                current.append(text[i])  # type: ignore[union-attr]
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)  # type: ignore[union-attr]
        elif ch == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
        else:
            current = current if current is not None else []
            if ch == '"':
                quoted = True
            else:
                current.append(ch)
        i += 1
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") if argument != "%f" else argument for argument in arguments]


def test_install_writes_entry_icons_and_mime_type(folders: desktop.XdgFolders, tmp_path: Path) -> None:
    program = tmp_path / "app" / "Briefing"
    report = desktop.install_desktop(folders, [str(program)])
    data = folders.data
    assert set(report.written) == {
        data / "applications" / "briefing.desktop",
        data / "icons" / "hicolor" / "scalable" / "apps" / "briefing.svg",
        data / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-briefing.svg",
        data / "mime" / "packages" / "briefing.xml",
        folders.config / "mimeapps.list",
    }
    entry = _entry(folders.desktop_file)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Briefing"
    assert entry["Icon"] == "briefing"
    assert entry["Terminal"] == "false"
    assert "application/x-briefing" in entry["MimeType"].split(";")
    assert _exec_arguments(entry["Exec"]) == [str(program), "%f"]
    shipped = (resources_dir() / "icons" / "briefing.svg").read_bytes()
    assert folders.app_icon.read_bytes() == shipped
    ET.fromstring(folders.app_icon.read_bytes())  # an SVG that parses


def test_mime_package_is_valid_shared_mime_info(folders: desktop.XdgFolders, tmp_path: Path) -> None:
    desktop.install_desktop(folders, [str(tmp_path / "Briefing")])
    root = ET.parse(folders.mime_package).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == "application/x-briefing"
    assert [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")] == ["*.brief"]
    assert mime_type.find(f"{MIME_NS}comment") is not None
    icon = mime_type.find(f"{MIME_NS}icon")
    assert icon is not None and icon.get("name") == folders.mime_icon.stem


def test_default_application_is_set_and_other_lines_kept(folders: desktop.XdgFolders, tmp_path: Path) -> None:
    folders.mimeapps.parent.mkdir(parents=True)
    folders.mimeapps.write_text(
        "# mine\n[Added Associations]\ntext/plain=gedit.desktop;\n\n"
        "[Default Applications]\ntext/html=firefox.desktop\napplication/x-briefing=old.desktop\n",
        encoding="utf-8",
    )
    desktop.install_desktop(folders, [str(tmp_path / "Briefing")])
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(folders.mimeapps.read_text(encoding="utf-8"))
    assert parser["Default Applications"]["application/x-briefing"] == "briefing.desktop"
    assert parser["Default Applications"]["text/html"] == "firefox.desktop"
    assert parser["Added Associations"]["text/plain"] == "gedit.desktop;"
    assert folders.mimeapps.read_text(encoding="utf-8").startswith("# mine\n")


def test_install_twice_changes_nothing(folders: desktop.XdgFolders, tmp_path: Path) -> None:
    desktop.install_desktop(folders, [str(tmp_path / "Briefing")])
    first = {path: path.read_bytes() for path in folders.data.rglob("*") if path.is_file()}
    first_apps = folders.mimeapps.read_text(encoding="utf-8")
    desktop.install_desktop(folders, [str(tmp_path / "Briefing")])
    for path in (folders.desktop_file, folders.mime_package, folders.app_icon):
        assert path.read_bytes() == first[path]
    assert folders.mimeapps.read_text(encoding="utf-8") == first_apps


def test_remove_takes_away_only_what_install_wrote(folders: desktop.XdgFolders, tmp_path: Path) -> None:
    folders.mimeapps.parent.mkdir(parents=True)
    folders.mimeapps.write_text("[Default Applications]\ntext/html=firefox.desktop\n", encoding="utf-8")
    desktop.install_desktop(folders, [str(tmp_path / "Briefing")])
    desktop.remove_desktop(folders)
    for path in (folders.desktop_file, folders.app_icon, folders.mime_icon, folders.mime_package):
        assert not path.exists()
    assert folders.mimeapps.read_text(encoding="utf-8") == "[Default Applications]\ntext/html=firefox.desktop\n"


@pytest.mark.parametrize(
    "program",
    ["/opt/My Apps/Briefing", '/tmp/odd"name$`x\\y/Briefing', "/tmp/100%/Briefing", "/tmp/plain/Briefing"],
)
def test_exec_survives_spaces_quotes_and_percent(folders: desktop.XdgFolders, program: str) -> None:
    desktop.install_desktop(folders, [program])
    assert _exec_arguments(_entry(folders.desktop_file)["Exec"]) == [program, "%f"]
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(folders.desktop_file)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


def test_xdg_folders_follow_the_environment(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": "relative/ignored"}
    folders = desktop.XdgFolders.from_environment(env)
    assert folders.data == tmp_path / "d"
    assert folders.config == tmp_path / ".config"  # a relative value is ignored, as the spec says
    assert desktop.XdgFolders.from_environment({"HOME": str(tmp_path)}).data == tmp_path / ".local" / "share"


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="needs shared-mime-info")
def test_the_desktop_knows_brief_files_after_install(folders: desktop.XdgFolders, tmp_path: Path) -> None:
    report = desktop.install_desktop(folders, [str(tmp_path / "Briefing")])
    assert "update-mime-database" in report.refreshed
    globs = (folders.data / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-briefing:*.brief" in globs


def test_cli_install_desktop_uses_the_xdg_folders(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    program = tmp_path / "bin" / "briefing"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.setattr(desktop.sys, "executable", str(tmp_path / "bin" / "python"))
    assert cli.main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    assert f"wrote {tmp_path / 'share' / 'applications' / 'briefing.desktop'}" in out
    assert _exec_arguments(_entry(tmp_path / "share" / "applications" / "briefing.desktop")["Exec"])[0] == str(program)
    assert cli.main(["install-desktop", "--remove"]) == 0
    assert not (tmp_path / "share" / "applications" / "briefing.desktop").exists()


def test_cli_install_desktop_without_a_program_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setattr(desktop.sys, "executable", str(tmp_path / "nowhere" / "python"))
    assert cli.main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: cannot find the Briefing window program")
    assert err.count("\n") == 1
    assert not (tmp_path / ".local").exists()


def test_cli_install_desktop_into_an_unwritable_place_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    program = tmp_path / "bin" / "briefing"
    program.parent.mkdir()
    program.write_text("", encoding="utf-8")
    monkeypatch.setattr(desktop.sys, "executable", str(tmp_path / "bin" / "python"))
    assert cli.main(["install-desktop"]) == 2
    assert capsys.readouterr().err.startswith("briefing: error: cannot make the folder")
