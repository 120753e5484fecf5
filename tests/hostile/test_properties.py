"""Property-based tests: whatever the text, the pipeline holds; whatever loads, saves back the same."""

from __future__ import annotations

import io
import json
import re

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.export import build_docx
from briefing.model import CLASSIFICATIONS, brief_from_dict
from briefing.prefill import prefill
from briefing.reader import read_article_bytes
from briefing.storage import brief_from_json, brief_to_json

# XML 1.0 forbids these; the exporter must drop them, and may drop nothing else.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

words = st.sampled_from(
    [
        "Minister",
        "said",
        "talks",
        "will",
        "resume",
        "China",
        "U.S.",
        "Mr.",
        "3.5%",
        "“quoted.”",
        "Wang Yi",
        "Beijing",
        "Both sides",
        "warned",
        "•",
        "-",
        "1.",
        ":",
        "王毅",
        "مرحبا",
        "Zoë",
        "\u00a0",
        "\t",
        "",
        "#",
    ]
)
article_lines = st.lists(st.lists(words, max_size=30).map(" ".join), min_size=1, max_size=25).map("\n".join)
any_text = st.one_of(article_lines, st.text(max_size=2000), st.binary(max_size=2000).map(lambda b: b.decode("latin-1")))

PIPELINE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PIPELINE
@given(text=any_text)
def test_any_text_reads_prefills_exports_and_reopens(text: str) -> None:
    try:
        article = read_article_bytes(text.encode("utf-8", "surrogatepass"), name="pasted")
    except BriefingError:
        return  # refused with a message: the right answer for empty or binary input
    brief = prefill(article)
    assert brief.source.text == article.text
    for item in brief.items():
        assert item.sources, "every pre-filled item keeps its provenance"
        for start, end in item.sources:
            assert 0 <= start < end <= len(article.text)
            assert article.text[start:end].strip()
    reopened = docx.Document(io.BytesIO(build_docx(brief)))
    exported = "\n".join(p.text for p in reopened.paragraphs)
    for item in brief.items():
        visible = XML_FORBIDDEN.sub("", item.text).strip()
        if visible:
            assert visible.splitlines()[0].strip() in exported


safe_text = st.text(max_size=40)
offsets_text = st.text(min_size=1, max_size=300)


@st.composite
def brief_documents(draw: st.DrawFn) -> dict:
    source_text = draw(offsets_text)
    n = len(source_text)

    def item() -> dict:
        text = draw(safe_text)
        data = {
            "text": text,
            "label": draw(st.none() | safe_text),
            "speaker": draw(st.none() | safe_text),
            "sources": [
                sorted(draw(st.tuples(st.integers(0, n), st.integers(0, n)))) for _ in range(draw(st.integers(0, 3)))
            ],
            "origin": draw(st.sampled_from(["prefill", "user"])),
            "reviewed": draw(st.booleans()),
        }
        if text and draw(st.booleans()):
            start = draw(st.integers(0, len(text)))
            data["marks"] = [
                [start, draw(st.integers(start, len(text))), draw(st.sampled_from(["bold", "italic", "underline"]))]
            ]
        return data

    return {
        "format": "briefing-note",
        "version": 1,
        "title": draw(safe_text),
        "metadata": {key: draw(safe_text) for key in ("date", "to", "from", "drafter", "contact", "file_number")}
        | {
            "purpose": draw(st.sampled_from(["For information", "For decision"])),
            "classification": draw(st.sampled_from(CLASSIFICATIONS)),
        },
        "source": {key: draw(safe_text) for key in ("title", "outlet", "author", "date", "path")}
        | {"text": source_text},
        "template": draw(st.sampled_from(["briefing-note", "us-information-memo", "anything"])),
        "sections": [
            {
                "id": draw(safe_text),
                "heading": draw(safe_text),
                "items": [item() for _ in range(draw(st.integers(0, 4)))],
            }
            for _ in range(draw(st.integers(0, 5)))
        ],
    }


@settings(max_examples=200, deadline=None)
@given(document=brief_documents())
def test_any_brief_that_loads_saves_back_identical(document: dict) -> None:
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    brief = brief_from_json(text)
    assert brief.to_dict() == document
    assert brief_to_json(brief) == text
    assert brief_from_json(brief_to_json(brief)) == brief


@settings(max_examples=200, deadline=None)
@given(
    garbage=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
        max_leaves=20,
    )
)
def test_any_json_either_loads_or_is_refused_with_a_message(garbage: object) -> None:
    for document in (
        garbage,
        {
            "format": "briefing-note",
            "version": 1,
            "title": "t",
            "metadata": garbage,
            "source": {},
            "template": "x",
            "sections": [garbage],
        },
    ):
        try:
            brief_from_dict(document)
        except BriefingError as exc:
            assert str(exc)
