"""The brief model and its JSON document: round trip and every validation error."""

from __future__ import annotations

import copy
import json

import pytest

from briefing.errors import BriefFormatError
from briefing.model import FORMAT_VERSION, Brief, Item, Metadata, Section, Source, brief_from_dict
from briefing.storage import brief_from_json, brief_to_json


def make_brief() -> Brief:
    text = "Wang Yi met Antony Blinken. 王毅 said «non». Both sides agreed."
    return Brief(
        title="China–US talks",
        metadata=Metadata(
            date="2026-11-28",
            to="Minister",
            from_="Director, Asia",
            drafter="A. Officer",
            contact="555-0100",
            file_number="BN-2026-041",
            purpose="For decision",
            classification="OFFICIAL-SENSITIVE",
        ),
        source=Source(
            title="Talks", outlet="Wire", author="R. Porter", date="2023-06-19", path="/tmp/a.txt", text=text
        ),
        template="briefing-note",
        sections=[
            Section("summary", "Summary", [Item("Wang Yi met Antony Blinken.", sources=[(0, 27)], origin="prefill")]),
            Section(
                "positions",
                "Positions",
                [
                    Item(
                        "王毅 said «non».",
                        label="China",
                        speaker="王毅",
                        sources=[(28, 43)],
                        origin="prefill",
                        reviewed=True,
                        marks=[(0, 2, "bold")],
                    ),
                    Item("My own note", origin="user"),
                ],
            ),
        ],
    )


def valid_document() -> dict:
    return make_brief().to_dict()


def test_round_trip_is_identical() -> None:
    brief = make_brief()
    text = brief_to_json(brief)
    again = brief_from_json(text)
    assert again == brief
    assert brief_to_json(again) == text


def test_document_shape_is_the_documented_one() -> None:
    data = valid_document()
    assert list(data) == ["format", "version", "title", "metadata", "source", "template", "sections"]
    assert data["format"] == "briefing-note" and data["version"] == FORMAT_VERSION
    assert data["metadata"]["from"] == "Director, Asia"
    item = data["sections"][1]["items"][0]
    assert item == {
        "text": "王毅 said «non».",
        "label": "China",
        "speaker": "王毅",
        "sources": [[28, 43]],
        "origin": "prefill",
        "reviewed": True,
        "marks": [[0, 2, "bold"]],
    }


def _break(path: str, value: object = ..., delete: bool = False) -> dict:
    data = copy.deepcopy(valid_document())
    *parents, last = path.split("/")
    target = data
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if delete:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    "path",
    [
        "title",
        "metadata",
        "source",
        "template",
        "sections",
        "version",
        "sections/0/id",
        "sections/0/heading",
        "sections/0/items",
        "sections/0/items/0/text",
    ],
)
def test_missing_field_is_named(path: str) -> None:
    with pytest.raises(BriefFormatError) as error:
        brief_from_dict(_break(path, delete=True))
    assert path.split("/")[-1] in str(error.value)
    assert "missing" in str(error.value)


@pytest.mark.parametrize(
    "path, value, named",
    [
        ("title", 3, "title"),
        ("version", "1", "version"),
        ("version", True, "version"),
        ("metadata", [], "metadata"),
        ("metadata/to", 5, "metadata.to"),
        ("metadata/classification", None, "metadata.classification"),
        ("source/text", ["a"], "source.text"),
        ("sections", {}, "sections"),
        ("sections/0", "x", "sections[0]"),
        ("sections/1/items/0/speaker", 7, "sections[1].items[0].speaker"),
        ("sections/1/items/0/reviewed", "yes", "sections[1].items[0].reviewed"),
        ("sections/1/items/0/origin", "robot", "sections[1].items[0].origin"),
        ("sections/1/items/0/sources", [[1]], "sections[1].items[0].sources[0]"),
        ("sections/1/items/0/sources", [[5, 999]], "sections[1].items[0].sources[0]"),
        ("sections/1/items/0/sources", [[-1, 2]], "sections[1].items[0].sources[0]"),
        ("sections/1/items/0/marks", [[0, 99, "bold"]], "sections[1].items[0].marks[0]"),
        ("sections/1/items/0/marks", [[0, 1, "blink"]], "sections[1].items[0].marks[0]"),
    ],
)
def test_wrong_value_is_named(path: str, value: object, named: str) -> None:
    with pytest.raises(BriefFormatError) as error:
        brief_from_dict(_break(path, value))
    assert named in str(error.value)


def test_wrong_format_is_refused() -> None:
    with pytest.raises(BriefFormatError, match="not a brief"):
        brief_from_dict(_break("format", "something-else"))


def test_newer_version_is_refused_not_guessed() -> None:
    with pytest.raises(BriefFormatError, match="newer Briefing"):
        brief_from_dict(_break("version", FORMAT_VERSION + 1))


def test_document_that_is_not_an_object() -> None:
    with pytest.raises(BriefFormatError):
        brief_from_dict([1, 2])


def test_broken_json_names_the_position() -> None:
    with pytest.raises(BriefFormatError, match="line 1"):
        brief_from_json('{"format": ')


def test_optional_item_fields_default() -> None:
    data = valid_document()
    data["sections"][0]["items"][0] = {"text": "only text"}
    item = brief_from_dict(data).sections[0].items[0]
    assert (item.label, item.speaker, item.sources, item.origin, item.reviewed) == (None, None, [], "user", False)


def test_json_is_utf8_not_escaped() -> None:
    assert "王毅" in brief_to_json(make_brief())
    assert json.loads(brief_to_json(make_brief()))["source"]["text"].startswith("Wang")


def test_home_is_written_only_when_set_and_read_back() -> None:
    from briefing.model import Item, item_from_dict

    plain = Item("x")
    assert "home" not in plain.to_dict(), "briefs without homes keep their exact old form"
    homed = Item("y", home="positions")
    assert item_from_dict(homed.to_dict(), "items[0].", 0) == homed
    assert item_from_dict({"text": "old brief"}, "items[0].", 0).home is None


def test_a_home_that_is_not_text_is_named() -> None:
    import pytest

    from briefing.errors import BriefFormatError
    from briefing.model import item_from_dict

    with pytest.raises(BriefFormatError, match=r"items\[0\]\.home"):
        item_from_dict({"text": "x", "home": 3}, "items[0].", 0)
