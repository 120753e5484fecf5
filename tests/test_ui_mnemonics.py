"""Every menu entry has an underlined letter of its own, so Alt and a letter reach any command.

Seen under Xvfb: in File, Alt+E went to Export to Word or Preferences in turn; Edit had two T
(Cut, Paste as Plain Text) and two N (Find Next, Underline), Brief two D (Delete Item, Redraft);
View > Outline, the Template entries, recent files and the article's Add to Section had none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu

from briefing.autosave import Recoverable
from briefing.ui.dialogs import ask_export_path as real_ask_export_path  # before the guard replaces them
from briefing.ui.dialogs import confirm_export_with_findings as real_confirm_export
from briefing.ui.dialogs import confirm_overwrite_changed as real_confirm_overwrite
from briefing.ui.dialogs import confirm_recover as real_confirm_recover
from briefing.ui.dialogs import confirm_replace as real_confirm_replace
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


def test_the_questions_and_the_export_dialog_answer_to_alt_and_a_letter(window, monkeypatch, tmp_path) -> None:
    """Their own buttons had no letters ('Export Anyway', 'Show Findings', 'Recover', 'Not Now',
    'Keep My Items'...), nor the Export dialog's 'Save as' field, choices and Browse buttons."""
    from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMessageBox

    seen: dict[str, list[str]] = {}

    def record(dialog) -> int:
        texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog) and b.text()]
        texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        seen[dialog.windowTitle()] = texts
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QDialog, "exec", record)
    real_confirm_export(window, "2 pre-filled items not reviewed", "Print")
    real_confirm_recover(window, [Recoverable(tmp_path / "a.json", "", "Talks", 0.0, 1)])
    real_confirm_replace(window, "Summary", 2)
    real_confirm_overwrite(window, "Talks.brief")
    real_ask_export_path(window, str(tmp_path / "talks.docx"), "")
    assert len(seen) == 5, seen.keys()
    problems = []
    for title, texts in seen.items():
        ours = [t for t in texts if t.replace("&", "") not in ("OK", "Cancel", "Save", "Close")]
        letters = [mnemonic_of(t) for t in texts]
        problems += [f"{title}: {t!r} has no letter" for t in ours if mnemonic_of(t) is None]
        taken = [x for x in letters if x is not None]
        if len(taken) != len(set(taken)):
            problems.append(f"{title}: a letter twice in {texts}")
    assert problems == []
    assert "Save &as:" in seen["Export to Word"], "the path field's label takes it there"
