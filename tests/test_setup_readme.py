"""The README tells the truth: its `.brief` example, its benchmark list, its evaluation notes.

The example is checked against the sample article, not against today's pre-fill, so the
pre-fill may change without this test pinning it; what must hold is that the example is a
valid brief and that every item's text is the article's text at the item's offsets.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from briefing.model import brief_from_dict
from briefing.reader import read_article
from briefing.resources import default_article_path
from briefing.templates import get_template

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _section(heading: str) -> str:
    start = README.index(heading)
    following = README.find("\n## ", start + len(heading))
    return README[start : following if following != -1 else len(README)]


def _example() -> dict:
    block = re.search(r"```json\n(.*?)```", _section("## The `.brief` file format"), re.DOTALL)
    assert block, "no ```json block in the .brief format section"
    return json.loads(block.group(1))


def _words(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.fixture(scope="module")
def article_text() -> str:
    return read_article(default_article_path()).text


def test_example_is_a_valid_brief_of_the_sample(article_text: str) -> None:
    data = _example()
    assert Path(data["source"]["path"]).name == default_article_path().name
    assert data["title"] in article_text
    data["source"]["text"] = article_text  # the README shortens it
    brief = brief_from_dict(data)  # the real loader: every field, type and offset range
    template = get_template(brief.template)
    known = {section.id for section in template.sections}
    assert {section.id for section in brief.sections} <= known


def test_example_items_are_the_article_at_their_offsets(article_text: str) -> None:
    items = [item for section in _example()["sections"] for item in section["items"]]
    assert items, "the example shows no items"
    for item in items:
        assert item["sources"], item["text"]
        start, end = item["sources"][0]
        quoted = _words(article_text[start:end])
        text = _words(item["text"])
        # The pre-fill may drop a leading "However," and capitalise what follows.
        assert text in quoted or text.removeprefix("however, ") in quoted, (item["text"], article_text[start:end])


def test_example_speakers_are_named_in_the_article(article_text: str) -> None:
    for section in _example()["sections"]:
        for item in section["items"]:
            if item["speaker"]:
                assert item["speaker"] in article_text, item["speaker"]


def test_every_benchmark_is_listed() -> None:
    section = _section("## Benchmarks and evaluations")
    listed = set(re.findall(r"tests/benchmarks/([\w.]+\.py)", section))
    present = {path.name for path in (REPO / "tests" / "benchmarks").glob("*.py") if not path.name.startswith("_")}
    assert present - listed == set(), "benchmarks the README does not list"
    assert listed - present == set(), "the README lists benchmarks that do not exist"


def test_evaluation_section_says_where_the_corpora_come_from() -> None:
    section = _section("## Benchmarks and evaluations")
    assert "../shared/corpora/" in section
    for corpus in ("PolNeAR", "CNN/Daily Mail"):
        assert corpus in section
    assert "skipped" in section  # what the scripts print without them


def test_screenshot_script_leaves_the_tree_alone_unless_asked(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_screenshot", REPO / "tests" / "benchmarks" / "make_screenshot.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    default = script.output_folder(False, None)
    try:
        assert default.is_dir() and REPO not in default.resolve().parents
    finally:
        default.rmdir()
    assert script.output_folder(False, tmp_path) == tmp_path
    assert script.output_folder(True, None) == REPO / "resources" / "screenshots"
