"""Each format the officers receive: saved web pages, Markdown, Word, pasted and piped text."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import docx
import pytest

from briefing.article import BlockKind
from briefing.reader import read_article, read_article_bytes, read_article_text
from tests.test_reader_invariants import assert_well_formed, outline, sentences

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reader"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    attempts: list[tuple] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    for name in ("create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_news_page(no_network: list) -> None:
    article = read_article(FIXTURES / "news_page.html")
    assert_well_formed(article)
    assert no_network == []
    assert article.title == "Ministers agree new grain corridor after Geneva talks"
    assert (article.outlet, article.author, article.date) == ("The Harbour Times", "Amira Haddad", "2026-03-14")
    for junk in (
        "TRACKER SCRIPT",
        "cookies",
        "ADVERTISEMENT",
        "READER COMMENT",
        "Copyright",
        "Related stories",
        "Privacy policy",
        "Home",
        "198.51.100.7",
    ):
        assert junk not in article.text
    kinds = outline(article)
    assert kinds[0] == ("title", article.title)
    assert [t for k, t in kinds if k == "heading"] == ["What the deal covers", "Reaction in the region", "Next steps"]
    levels = [b.level for b in article.blocks if b.kind == BlockKind.HEADING]
    assert levels == [1, 1, 2]  # h2, h2, h3 ranked within the article
    assert [t for k, t in kinds if k == "list_item"] == [
        "Safe passage for cargo ships along an agreed route;",
        "Joint inspection teams at two ports;",
        "A monthly review chaired by the United Nations.",
        "Parliaments in both countries must ratify the text.",
        "The first convoy is due to sail in April.",
    ]
    assert "\n• Safe passage" in article.text and "\n1. Parliaments" in article.text
    said = sentences(article)
    assert (
        '"We have reached an understanding. Now the hard work begins," said Dr. Elena Marsh, '
        "the U.N. envoy who chaired the talks." in said
    )
    assert "She added that inspectors would be in place by Jan. 15." in said
    assert any(s.startswith("The U.S. and the U.K. welcomed the deal") for s in said)


def test_page_named_txt_is_read_as_html() -> None:
    raw = (FIXTURES / "news_page.html").read_bytes()
    article = read_article_bytes(raw, name="saved.txt")
    assert article.title == "Ministers agree new grain corridor after Geneva talks"
    assert "<p>" not in article.text


def test_pasted_page_source_is_read_as_html() -> None:
    article = read_article_text((FIXTURES / "news_page.html").read_text(encoding="utf-8"))
    assert article.outlet == "The Harbour Times"
    assert article.path == ""


def test_markdown_article() -> None:
    article = read_article(FIXTURES / "briefing_article.md")
    assert_well_formed(article)
    assert (article.title, article.author, article.date, article.outlet) == (
        "Ministers agree new grain corridor",
        "Amira Haddad",
        "2026-03-14",
        "The Harbour Times",
    )
    kinds = outline(article)
    assert kinds[:4] == [
        ("title", "Ministers agree new grain corridor after Geneva talks"),
        ("standfirst", "Negotiators said the deal could be signed within weeks."),
        ("byline", "By Amira Haddad"),
        (
            "paragraph",
            (
                "Foreign ministers agreed on Friday to reopen a grain corridor, ending four "
                "months of talks in Geneva. The U.S. and the U.K. welcomed the deal."
            ),
        ),
    ]
    assert [t for k, t in kinds if k == "heading"] == ["What the deal covers", "Next steps"]
    items = [(b.level, article.block_text(i)) for i, b in enumerate(article.blocks) if b.kind == BlockKind.LIST_ITEM]
    assert items == [
        (1, "Safe passage for cargo ships;"),
        (1, "Joint inspection teams at two ports; working in shifts;"),
        (1, "A monthly review:"),
        (2, "chaired by the United Nations,"),
        (2, "reported to both parliaments."),
    ]
    for syntax in ("#", "**", "](", "![", "`", "> ", "---"):
        assert syntax not in article.text
    assert "  1. chaired by" in article.text
    assert article.text.endswith("question of insurance for ships.")


def test_piped_markdown_is_recognised_by_its_heading() -> None:
    article = read_article_bytes(b"# Talks resume\n\nThe talks resumed on *Monday*. Both sides spoke.\n")
    assert outline(article) == [
        ("title", "Talks resume"),
        ("paragraph", "The talks resumed on Monday. Both sides spoke."),
    ]


def test_markdown_tables_become_rows() -> None:
    raw = b"# Ports\n\nThe ports reopened.\n\n| Port | Tonnes |\n|---|:--:|\n| **Odesa** | 3.5m |\n"
    article = read_article_bytes(raw, name="a.md")
    assert outline(article)[2:] == [("paragraph", "Port | Tonnes"), ("paragraph", "Odesa | 3.5m")]


def _word_article() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Grain corridor"
    document.add_paragraph("Ministers agree new grain corridor", style="Title")
    document.add_paragraph("Negotiators said the deal could be signed within weeks.", style="Subtitle")
    document.add_paragraph("By Amira Haddad")
    document.add_paragraph("Foreign ministers agreed on Friday to reopen a grain corridor. The U.S. welcomed it.")
    document.add_heading("What the deal covers", level=1)
    document.add_paragraph("Safe passage for ships;", style="List Bullet")
    document.add_paragraph("inspection teams at two ports;", style="List Bullet 2")
    document.add_paragraph("Parliaments must ratify.", style="List Number")
    document.add_paragraph("The first convoy sails in April.", style="List Number")
    document.add_heading("Next steps", level=2)
    document.add_paragraph("Photo caption under a picture", style="Caption")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Odesa", "3.5 million tonnes"
    document.add_paragraph("Critics said the deal\u00a0left open the question of insurance.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_article(tmp_path: Path) -> None:
    path = tmp_path / "article.docx"
    path.write_bytes(_word_article())
    article = read_article(path)
    assert_well_formed(article)
    assert article.title == "Ministers agree new grain corridor"
    assert article.author == "Amira Haddad"
    assert outline(article) == [
        ("title", "Ministers agree new grain corridor"),
        ("standfirst", "Negotiators said the deal could be signed within weeks."),
        ("byline", "By Amira Haddad"),
        ("paragraph", "Foreign ministers agreed on Friday to reopen a grain corridor. The U.S. welcomed it."),
        ("heading", "What the deal covers"),
        ("list_item", "Safe passage for ships;"),
        ("list_item", "inspection teams at two ports;"),
        ("list_item", "Parliaments must ratify."),
        ("list_item", "The first convoy sails in April."),
        ("heading", "Next steps"),
        ("caption", "Photo caption under a picture"),
        ("paragraph", "Odesa | 3.5 million tonnes"),
        ("paragraph", "Critics said the deal\u00a0left open the question of insurance."),
    ]
    assert [b.level for b in article.blocks if b.kind == BlockKind.LIST_ITEM] == [1, 2, 1, 1]
    assert "\n1. Parliaments must ratify.\n2. The first convoy" in article.text
    assert sentences(article)[:2] == [
        "Negotiators said the deal could be signed within weeks.",
        "Foreign ministers agreed on Friday to reopen a grain corridor.",
    ]


def test_word_title_from_core_properties_when_no_title_style() -> None:
    document = docx.Document()
    document.core_properties.title = "Grain corridor agreed"
    document.add_paragraph(
        "Foreign ministers agreed on Friday to reopen a grain corridor through the Black Sea. "
        "It took four months of talks in Geneva to get there."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    article = read_article_bytes(buffer.getvalue(), name="a.docx")
    assert article.title == "Grain corridor agreed"
    assert [k for k, _ in outline(article)] == ["paragraph"]


def test_word_file_without_extension_is_recognised() -> None:
    article = read_article_bytes(_word_article(), name="")
    assert article.title == "Ministers agree new grain corridor"


def test_renamed_word_file_is_read_as_word(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(_word_article())
    assert read_article(path).title == "Ministers agree new grain corridor"


def test_word_links_to_remote_files_are_never_followed(no_network: list) -> None:
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(_word_article()))
    rels = source.read("word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        b' Target="http://198.51.100.7/track.png" TargetMode="External"/>'
        b'<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'attachedTemplate" Target="http://198.51.100.7/evil.dotm" TargetMode="External"/></Relationships>',
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = rels if info.filename == "word/_rels/document.xml.rels" else source.read(info.filename)
            target.writestr(info.filename, data)
    article = read_article_bytes(buffer.getvalue(), name="linked.docx")
    assert article.title == "Ministers agree new grain corridor"
    assert no_network == []


def test_word_content_controls_and_tracked_changes() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Talks resume in Geneva", style="Title")
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Inside a content control the talks went on.</w:t>"
            "</w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    body.insert(
        len(body) - 1,
        parse_xml(
            f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:ins w:id="1" w:author="x">'
            '<w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins><w:del w:id="2" w:author="x"><w:r>'
            "<w:delText>deleted </w:delText></w:r></w:del><w:r><w:t>text</w:t><w:tab/><w:t>ends here.</w:t></w:r></w:p>"
        ),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    article = read_article_bytes(buffer.getvalue(), name="a.docx")
    assert outline(article)[1:] == [
        ("paragraph", "Inside a content control the talks went on."),
        ("paragraph", "Kept inserted text ends here."),
    ]
