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
