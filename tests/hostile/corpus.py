"""A hostile corpus the tests build themselves: files a stranger might send an officer.

Each builder writes one file into a folder and returns its path; nothing is shipped in the
repository, so the corpus is always exactly what this module says.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx

from tests.zip_bombs import write_spaced_member

SENTENCE = "The minister said the talks would resume next week in Geneva. "


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Talks in Geneva", style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rewrite_docx(data: bytes, replace: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def docx_zip_bomb(folder: Path) -> Path:
    """A .docx whose document.xml inflates from about 1 MB to 1 GB of whitespace."""
    base = _docx_bytes([SENTENCE])
    out = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(base))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename == "word/document.xml":
                head = source.read(info.filename)[: -len(b"</w:document>")]
                write_spaced_member(target, "word/document.xml", head, b"</w:document>", 1024)
            else:
                target.writestr(info.filename, source.read(info.filename))
    return _write(folder, "bomb.docx", out.getvalue())


def docx_external_relationship(folder: Path) -> Path:
    """A .docx pointing at a remote image and a remote template: nothing may be fetched."""
    base = _docx_bytes([SENTENCE * 3])
    rels = zipfile.ZipFile(io.BytesIO(base)).read("word/_rels/document.xml.rels")
    extra = (
        b'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Target="http://198.51.100.7/track.png" TargetMode="External"/>'
        b'<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/attachedTemplate" Target="http://198.51.100.7/evil.dotm" TargetMode="External"/>'
    )
    rels = rels.replace(b"</Relationships>", extra + b"</Relationships>")
    return _write(folder, "external.docx", _rewrite_docx(base, {"word/_rels/document.xml.rels": rels}))


def docx_truncated(folder: Path) -> Path:
    data = _docx_bytes([SENTENCE * 20])
    return _write(folder, "truncated.docx", data[: len(data) // 2])


def html_with_active_content(folder: Path) -> Path:
    body = "".join(f"<p>{SENTENCE * 3}</p>" for _ in range(6))
    page = (
        "<html><head><title>Talks resume</title>"
        '<link rel="stylesheet" href="http://198.51.100.7/site.css">'
        '<script src="http://198.51.100.7/tracker.js"></script>'
        "<script>document.write('INJECTED SCRIPT TEXT')</script>"
        "<style>body{background:url(http://198.51.100.7/bg.png)}</style></head><body>"
        '<nav>Home | World | Politics</nav><div class="cookie-banner">We use cookies COOKIE TEXT</div>'
        '<iframe src="http://198.51.100.7/frame.html"></iframe>'
        f'<article><h1>Talks resume</h1><img src="http://198.51.100.7/photo.jpg">{body}</article>'
        '<div class="comments">COMMENT TEXT</div></body></html>'
    )
    return _write(folder, "active.html", page.encode("utf-8"))


def html_deeply_nested(folder: Path) -> Path:
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + SENTENCE + "</div>" * depth + "</body></html>"
    return _write(folder, "nested.html", page.encode("ascii"))


def _text_builders() -> dict[str, Callable[[Path], Path]]:
    rng = random.Random(7)
    return {
        "empty": lambda f: _write(f, "empty.txt", b""),
        "whitespace": lambda f: _write(f, "blank.txt", b" \t\r\n\n   \n"),
        "one byte": lambda f: _write(f, "one.txt", b"x"),
        "nul bytes": lambda f: _write(f, "nul.txt", b"Talks\x00resume\x00" * 200),
        "random binary": lambda f: _write(f, "random.txt", bytes(rng.getrandbits(8) for _ in range(65536))),
        "invalid utf-8": lambda f: _write(f, "bad-utf8.txt", (SENTENCE * 5).encode() + b"\xff\xfe\xc3\x28 caf\xe9."),
        "utf-16 without bom": lambda f: _write(f, "utf16.txt", (SENTENCE * 5).encode("utf-16-le")),
        "50 MB text": lambda f: _write(f, "huge.txt", SENTENCE.encode() * (50 * 1024 * 1024 // len(SENTENCE))),
        "one 5 MB line": lambda f: _write(f, "line.txt", ("word " * (1024 * 1024)).encode()),
        "100,000 tiny paragraphs": lambda f: _write(f, "tiny.txt", b"Yes.\n\n" * 100_000),
    }


def builders() -> dict[str, Callable[[Path], Path]]:
    """Every hostile article, by a name that says what it is."""
    return {
        **_text_builders(),
        "html with scripts, iframes, remote images and styles": html_with_active_content,
        "deeply nested html": html_deeply_nested,
        "docx zip bomb": docx_zip_bomb,
        "docx with external relationships": docx_external_relationship,
        "truncated docx": docx_truncated,
    }
