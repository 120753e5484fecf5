"""Every menu entry has an underlined letter of its own, so Alt and a letter reach any command.

Seen under Xvfb: in File, Alt+E went to Export to Word or Preferences in turn; Edit had two T
(Cut, Paste as Plain Text) and two N (Find Next, Underline), Brief two D (Delete Item, Redraft);
View > Outline, the Template entries, recent files and the article's Add to Section had none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

from briefing.ui.mnemonics import escaped, mnemonic_of, numbered, with_mnemonics
from tests.ui_support import *


def _clashes(menu: QMenu) -> list[str]:
    """What is wrong with ``menu`` and its submenus: entries without a letter, letters taken twice."""
    problems = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.menu().title() if isinstance(action.menu(), QMenu) else action.text()
        letter = mnemonic_of(text)
        if letter is None:
            problems.append(f"{menu.title()}: {text!r} has no mnemonic")
        elif letter in seen:
            problems.append(f"{menu.title()}: {text!r} and {seen[letter]!r} share Alt+{letter.upper()}")
        else:
            seen[letter] = text
        sub = action.menu()
        if isinstance(sub, QMenu):
            problems += _clashes(sub)
    return problems


def test_every_window_menu_entry_has_a_letter_of_its_own(window, tmp_path: Path) -> None:
    window.settings.add_recent(tmp_path / "R&D talks.brief")
    window.settings.add_recent(tmp_path / "notes.brief")
    window.files.fill_recent_menu(window.menus.recent)
    bar = [a.menu().title() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert len({mnemonic_of(t) for t in bar}) == len(bar) == 5, bar
    problems = [p for a in window.menuBar().actions() if isinstance(a.menu(), QMenu) for p in _clashes(a.menu())]
    assert problems == []
    recent = [a.text() for a in window.menus.recent.actions() if not a.isSeparator()]
    assert recent[:2] == ["&1 notes.brief", "&2 R&&D talks.brief"], "a '&' in a name is shown, not underlined"


def test_the_article_s_add_to_section_menu_has_letters(window) -> None:
    from PySide6.QtCore import QPoint

    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(20, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    menu = view.context_menu(QPoint(5, 5))
    add = next(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    assert add.title() == "Add to &Section" and add.isEnabled()
    assert [a.text() for a in add.actions()][:2] == ["&Summary", "&Context"]
    assert _clashes(add) == []
    menu.deleteLater()


def test_mnemonics_from_data() -> None:
    assert with_mnemonics(["Summary", "Key issues", "Key points", "Sum"]) == [
        "&Summary",
        "&Key issues",
        "Key &points",
        "S&um",
    ]
    assert with_mnemonics(["Action memo (US)"], taken="a") == ["Action &memo (US)"]
    assert with_mnemonics(["A", "a"]) == ["&A", "a"], "no letter left: none, rather than a clash"
    assert numbered(["x.brief"] * 10)[8:] == ["&9 x.brief", "x.brief"]
    assert escaped("R&D") == "R&&D" and mnemonic_of("R&&D &talks") == "t" and mnemonic_of("R&&D") is None
