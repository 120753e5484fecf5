"""Web page titles: the article's own, without the site's name (issue 11)."""

from __future__ import annotations

import pytest

from briefing.reader.webpage import page_title


@pytest.mark.parametrize(
    ("title", "sitename", "h1", "expected"),
    [
        ("Ministers agree on water quotas | Appen", "Appen", "", "Ministers agree on water quotas"),
        ("Ministers agree on water quotas - BBC News", "", "", "Ministers agree on water quotas"),
        ("Ministers agree on water quotas — The Daily Ledger", "", "", "Ministers agree on water quotas"),
        ("Harbor News | Ministers agree on water quotas", "Harbor News", "", "Ministers agree on water quotas"),
        ("Appen", "Appen", "Ministers agree on water quotas", "Ministers agree on water quotas"),
        ("Talks stall - and farmers pay", "", "", "Talks stall - and farmers pay"),
        ("China-US talks resume", "Example", "", "China-US talks resume"),
    ],
)
def test_site_suffixes_go_and_a_bare_site_name_gives_way_to_the_h1(
    title: str, sitename: str, h1: str, expected: str
) -> None:
    assert page_title(title, sitename, h1) == expected


def test_a_headline_that_ends_on_a_semicolon_has_its_deck_under_it() -> None:
    """Archives run headline and deck together ("Mill reopens; / Hires 200 ..."): the deck is the standfirst."""
    from briefing.article import BlockKind
    from briefing.reader import article_from_text

    text = (
        "Harbor mill reopens; \n"
        "Hires 200 workers after two idle years.\n\n"
        "The Larsen paper mill reopened on Monday after two years, its owner said.\n"
    )
    article = article_from_text(text)
    assert article.title == "Harbor mill reopens"
    kinds = [block.kind for block in article.blocks]
    assert kinds[:3] == [BlockKind.TITLE, BlockKind.STANDFIRST, BlockKind.PARAGRAPH]


def test_a_line_under_an_ordinary_headline_is_the_first_paragraph() -> None:
    from briefing.article import BlockKind
    from briefing.reader import article_from_text

    article = article_from_text("Harbor mill reopens\n\nHires 200 workers after two idle years, its owner said.\n")
    assert article.title == "Harbor mill reopens"
    assert article.blocks[1].kind == BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "deck",
    [
        ["Amid the layoffs, the owner is seen as an outsider."],
        ["TWO YEARS IDLE.", "Owner bets on recycled pulp; unions wary."],  # a deck in two lines
    ],
)
def test_the_lines_between_a_headline_and_the_dateline_are_its_deck(deck: list[str]) -> None:
    """The dateline ("MOSS, Norway -") says where the story starts: what stands above it is the editor's deck."""
    from briefing.article import BlockKind
    from briefing.reader import article_from_text

    story = "MOSS, Norway - The Larsen paper mill reopened on Monday after two idle years, its owner said."
    article = article_from_text("\n\n".join(["Harbor mill reopens", *deck, story]) + "\n")
    kinds = [block.kind for block in article.blocks]
    assert kinds == [BlockKind.TITLE, *[BlockKind.STANDFIRST] * len(deck), BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    ("second", "story", "kind"),
    [
        ("The owner had warned of job cuts.", "The Larsen mill reopened on Monday, its owner said.", "PARAGRAPH"),
        ("By Anna Berg", "OSLO - The Larsen mill reopened on Monday, its owner said.", "BYLINE"),
    ],
)
def test_a_line_under_a_headline_without_a_dateline_below_or_a_byline_is_no_deck(
    second: str, story: str, kind: str
) -> None:
    """Without a dateline below, a short line under the headline is the story's first paragraph; a byline above
    the dateline is still the byline (its author is the brief's)."""
    from briefing.article import BlockKind
    from briefing.reader import article_from_text

    article = article_from_text(f"Harbor mill reopens\n\n{second}\n\n{story}\n")
    assert article.blocks[1].kind == BlockKind[kind]
