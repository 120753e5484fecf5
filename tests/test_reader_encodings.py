"""Encodings as senders' systems really write them; every byte sequence is made here."""

from __future__ import annotations

import codecs

import pytest

from briefing.errors import ReadError
from briefing.reader import read_article_bytes
from tests.test_reader_invariants import assert_well_formed

ARTICLE = (
    "Talks resume in Genève\n\n"
    "The minister said “we will not back down” — it’s a matter of principle.\u00a0Naïve hopes faded.\n"
)


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("cp1252", b""),
    ],
)
def test_unicode_and_windows_encodings(encoding: str, bom: bytes) -> None:
    article = read_article_bytes(bom + ARTICLE.encode(encoding), name="a.txt")
    assert article.text == ARTICLE
    assert article.title == "Talks resume in Genève"
    assert_well_formed(article)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding: str) -> None:
    assert read_article_bytes(ARTICLE.encode(encoding), name="a.txt").text == ARTICLE


def test_latin1_with_crlf() -> None:
    text = "Le ministre a déclaré que la réunion était très importante.\r\nÀ suivre.\r\n"
    article = read_article_bytes(text.encode("latin-1"), name="a.txt")
    assert article.text == text.replace("\r\n", "\n")


def test_cp1252_undefined_bytes_do_not_stop_reading() -> None:
    raw = "Caf\u00e9 talks resume. The minister spoke at length. ".encode("cp1252") * 10 + b" \x81\x8d"
    article = read_article_bytes(raw, name="a.txt")
    assert article.text.startswith("Café talks resume.")


def test_cyrillic_windows_text_is_guessed() -> None:
    text = (
        "Министр иностранных дел заявил, что переговоры были конструктивными и откровенными. "
        "Стороны договорились встретиться снова в следующем месяце.\n"
    )
    assert read_article_bytes(text.encode("cp1251"), name="a.txt").text == text


def test_utf8_with_one_damaged_byte_keeps_its_other_characters() -> None:
    raw = "The minister’s “red line” held. ".encode() * 5 + b"\xff Done."
    article = read_article_bytes(raw, name="a.txt")
    assert "minister’s “red line”" in article.text
    assert "\ufffd" in article.text


def test_bom_only_counts_as_empty() -> None:
    with pytest.raises(ReadError, match="empty"):
        read_article_bytes(codecs.BOM_UTF8 + b"  \r\n", name="a.txt")
    with pytest.raises(ReadError, match="empty"):
        read_article_bytes(codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), name="a.txt")


def _garbled(text: str) -> str:
    """``text`` as a page served with the wrong character set shows it: its UTF-8 bytes read as Windows-1252."""
    return text.encode("utf-8").decode("cp1252", errors="briefing-latin1")


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html"])
def test_text_garbled_before_it_arrived_is_put_right(name: str) -> None:
    # pasted from a page that was served as Windows-1252: "Peña" arrived as "PeÃ±a", “...” as â€œ...â€
    body = "Enrique Peña Nieto met the minister in Guantánamo. “It’s done — for now,” he said. Price: €5 😀."
    garbled = _garbled(body)
    assert "PeÃ±a" in garbled and "â€œ" in garbled
    page = f"<html><head><title>Talks</title></head><body><h1>Talks</h1><p>{garbled}</p></body></html>"
    raw = (page if name.endswith(".html") else f"Talks\n\n{garbled}\n").encode("utf-8")
    article = read_article_bytes(raw, name=name)
    assert body in article.text
    assert_well_formed(article)


@pytest.mark.parametrize(
    "text",
    [
        "Le titre «ÉTÉ» revient à Genève.",  # a capital before a guillemet is no garbled character
        "Er sagte „MÖ“ und ging.",
        "São Paulo and Ã la carte are both fine.",
    ],
)
def test_real_accented_text_is_left_as_it_is(text: str) -> None:
    assert read_article_bytes(f"Talks\n\n{text}\n".encode(), name="a.txt").text == f"Talks\n\n{text}\n"
