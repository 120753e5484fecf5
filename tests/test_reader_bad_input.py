"""Input that is not an article gets one clear sentence, quickly; nothing hangs or is fetched."""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.errors import ReadError
from briefing.reader import read_article, read_article_bytes, read_article_text
from tests.test_reader_invariants import assert_well_formed
from tests.zip_bombs import write_spaced_member


def refusal(call, *args, **kwargs) -> str:
    with pytest.raises(ReadError) as caught:
        call(*args, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"", "empty"),
        (b" \t\r\n \n", "empty"),
        (b"\xef\xbb\xbf\n\n", "empty"),
        (b"--- *** ---\n", "no words"),
        (b"Talks\x00resume\x00" * 100, "binary"),
        (random.Random(3).randbytes(20000), "binary"),
        (bytes(random.Random(4).choices(range(1, 32), k=5000)), "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".doc"),
        (b"{\\rtf1\\ansi Talks resume.}", "Rich Text"),
    ],
)
def test_not_an_article(raw: bytes, words: str) -> None:
    assert words in refusal(read_article_bytes, raw, name="in.txt")


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: no time spent writing it
    assert "too large" in refusal(read_article, path)
    assert "too large" in refusal(read_article_bytes, b"a" * (20 * 1024 * 1024 + 1))
    assert "too large" in refusal(read_article_text, "a" * (20 * 1024 * 1024 + 1))


def test_missing_folder_and_special_files(tmp_path: Path) -> None:
    assert "no such file" in refusal(read_article, tmp_path / "missing.txt")
    assert "folder" in refusal(read_article, tmp_path)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        assert "not a regular file" in refusal(read_article, fifo)  # must not block waiting for a writer


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Talks resume.", encoding="utf-8")
    path.chmod(0)
    assert "permission denied" in refusal(read_article, path)


def test_corrupt_word_documents() -> None:
    good = _docx(["The minister said the talks would resume."])
    assert "damaged" in refusal(read_article_bytes, good[: len(good) // 2], name="a.docx")
    assert "not a valid Word document" in refusal(read_article_bytes, b"plain words, not a zip", name="a.docx")
    assert "zip archive" in refusal(read_article_bytes, _zip({"notes.txt": b"hello"}), name="a.docx")
    assert "OpenDocument" in refusal(read_article_bytes, _zip({"mimetype": b"application/vnd.oasis"}), name="a.odt")
    assert "spreadsheet" in refusal(read_article_bytes, _zip({"xl/workbook.xml": b"<x/>"}), name="a.xlsx")
    broken = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<not-closed"})
    assert "damaged" in refusal(read_article_bytes, broken, name="a.docx")
    assert "no text" in refusal(read_article_bytes, _docx(["", "   "]), name="a.docx")


def test_zip_bomb_is_refused_without_unpacking() -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx(["Talks resume."])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            if info.filename == "word/document.xml":
                write_spaced_member(bomb, info.filename, b"", b"", 200)
            else:
                bomb.writestr(info.filename, source.read(info.filename))
    assert len(buffer.getvalue()) < 2 * 1024 * 1024
    assert "unpacks to far more" in refusal(read_article_bytes, buffer.getvalue(), name="bomb.docx")


def test_html_without_article_text() -> None:
    page = b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    assert "no article text" in refusal(read_article_bytes, page, name="page.html")


def test_deeply_nested_html_is_refused() -> None:
    page = "<html><body>" + "<div>" * 5000 + "The talks resumed." + "</div>" * 5000 + "</body></html>"
    assert "nested too deeply" in refusal(read_article_bytes, page.encode(), name="page.html")


def test_unclosed_scripts_do_not_stall_the_cleaner() -> None:
    from briefing.reader.webpage import strip_active

    page = "<html><body><p>Talks.</p>" + "<script>x" * 50_000
    assert strip_active(page).strip() == "<html><body><p>Talks.</p>"


def test_one_huge_line_and_many_tiny_paragraphs_are_read() -> None:
    article = read_article_bytes(("word " * 1_000_000).encode(), name="line.txt")
    assert len(article.blocks) == 1
    tiny = read_article_bytes(b"Yes.\n\n" * 20_000, name="tiny.txt")
    assert len(tiny.blocks) == 20_000
    assert_well_formed(tiny)


def test_page_with_too_many_elements_is_refused_quickly() -> None:
    page = "<html><head><title>T</title></head><body>" + "<p>Yes.</p>" * 60_000 + "</body></html>"
    assert "too many parts" in refusal(read_article_bytes, page.encode(), name="page.html")


def test_pictures_saved_inside_a_page_do_not_count_against_it() -> None:
    picture = "A" * 4_000_000  # a 3 MB picture as base64, over the markup limit on its own
    page = (
        f'<html><head><title>Talks resume</title></head><body><article><img src="data:image/png;base64,{picture}">'
        "<p>The talks resumed today in Geneva after a long pause. Both sides spoke of progress.</p>"
        "<p>Officials said a deal could follow within weeks, though much remained open.</p></article></body></html>"
    )
    article = read_article_bytes(page.encode(), name="page.html")
    assert "AAAA" not in article.text
    assert len(article.sentences) == 3


def test_markdown_full_of_unclosed_marks_is_read() -> None:
    # Each unclosed mark used to cost a scan to the end of the line: minutes for this file.
    line = "*a [b <http:c `d _e **f " * 20_000
    article = read_article_bytes(f"# Title\n\n{line}\n".encode(), name="marks.md")
    assert article.title == "Title"
    assert article.blocks[1].end - article.blocks[1].start > len(line) // 2


def test_word_document_nested_past_the_parser_limit() -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx(["Talks resume."])))
    members = {i.filename: source.read(i.filename) for i in source.infolist()}
    head, rest = members["word/document.xml"].split(b"<w:body>", 1)
    nested = b"<w:sdt><w:sdtContent>" * 400 + b"<w:p/>" + b"</w:sdtContent></w:sdt>" * 400
    members["word/document.xml"] = head + b"<w:body>" + nested + rest
    assert "nested too deeply" in refusal(read_article_bytes, _zip(members), name="deep.docx")
