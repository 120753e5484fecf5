"""The Check pane: findings for the open brief, current as you type, and a click goes to the words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.ui.dialogs import confirm_export_with_findings as real_question  # before the guard
from tests.ui_support import *


@pytest.fixture(autouse=True)
def _quick_checks(monkeypatch) -> None:
    """The check waits for typing to pause (600 ms); these tests are about the findings, not the
    pause, so they wait 20 ms (as the underline tests do) instead of idling 600 ms per check."""
    monkeypatch.setattr("briefing.ui.check_pane.DEBOUNCE_MS", 20)


def _pane_lines(win) -> dict[str, list[str]]:
    tree = win.check.pane.tree
    found: dict[str, list[str]] = {}
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        found[group.text(0)] = [group.child(n).text(0) for n in range(group.childCount())]
    return found


def test_the_pane_is_in_the_view_menu_and_lists_findings_by_kind(window, qtbot) -> None:
    assert window.check.dock.toggleViewAction() in window.menus.view.actions()
    window.check.dock.show()
    qtbot.waitUntil(lambda: bool(window.check.pane.findings), timeout=60000)
    groups = _pane_lines(window)
    unreviewed = next(lines for title, lines in groups.items() if title.startswith("Not reviewed"))
    assert len(unreviewed) == len(window.doc.brief.items())


def test_typing_updates_the_findings_and_a_click_selects_the_words(window, qtbot) -> None:
    window.check.dock.show()
    qtbot.waitUntil(lambda: bool(window.check.pane.findings), timeout=60000)
    item = window.doc.brief.sections[0].items[0]
    editor = window.editor.editor_for(item)
    editor.focus_text()
    qtbot.keyClicks(editor.text_edit, " It was welcomed by Smith.")
    assert "by Smith" in item.text, item.text
    qtbot.waitUntil(
        lambda: any(f.kind == "unsupported" and "Smith" in f.message for f in window.check.pane.findings),
        timeout=60000,
    )
    finding = next(f for f in window.check.pane.findings if f.kind == "unsupported" and "Smith" in f.message)
    window.editor.editor_for(window.doc.brief.sections[1].items[0]).focus_text()
    window.check.pane.finding_activated.emit(finding)
    assert window.editor.editor_for(item).text_edit.textCursor().selectedText() == "Smith"
    assert window.current_item is item


def test_export_asks_once_when_findings_should_stop_it(window, qtbot, monkeypatch) -> None:
    from briefing.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm_export_with_findings", lambda _parent, summary, *_verb: asked.append(summary) or "show"
    )
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *a, **k: pytest.fail("exported without asking"))
    assert window.files.export() is False
    assert len(asked) == 1 and "26 pre-filled items not reviewed" in asked[0]
    qtbot.waitUntil(lambda: window.check.dock.isVisible())

    monkeypatch.setattr(
        dialogs, "confirm_export_with_findings", lambda _parent, summary, *_verb: asked.append(summary) or "export"
    )
    chosen: list[str] = []
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *a, **k: chosen.append("asked") or None)
    window.files.export()
    assert len(asked) == 2 and chosen == ["asked"], "Export Anyway goes on to the export dialog"


def test_export_does_not_ask_when_nothing_should_stop_it(window, monkeypatch) -> None:
    from briefing.ui import dialogs

    for item in window.doc.brief.items():
        item.reviewed = True
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *a, **k: None)
    assert window.files.export() is False  # cancelled at the path dialog, never asked about findings


def test_asking_for_a_check_never_waits_for_the_one_running(tmp_path) -> None:
    """The first check loads the dictionary (seconds) and a long brief takes a while: a keystroke
    that asks for the next check must not wait for it (it did: both used one lock)."""
    import threading

    from briefing.model import Brief
    from briefing.ui.check_pane import CheckRunner

    runner = CheckRunner(tmp_path)
    running, release = threading.Event(), threading.Event()

    def slow_check(brief, **_kwargs):
        running.set()
        release.wait(10)
        return []

    runner.checker.check = slow_check  # type: ignore[method-assign]
    runner.request(Brief(title="first"))
    assert running.wait(5)
    asking = threading.Thread(target=runner.request, args=(Brief(title="second"),))
    asking.start()
    asking.join(2)
    returned = not asking.is_alive()
    release.set()
    asking.join(5)
    assert returned, "request() waited for the running check"


def test_the_snapshot_checked_does_not_change_when_the_writer_types_on() -> None:
    from briefing.model import Brief, Item, Section
    from briefing.ui.check_pane import snapshot_of

    item = Item("Talks resume.", marks=[(0, 5, "bold")], speaker="Wang Yi")
    brief = Brief(title="t", sections=[Section("summary", "Summary", [item])])
    copy = snapshot_of(brief)
    assert copy.to_dict() == brief.to_dict()
    item.text, item.marks, item.speaker = "Talks end.", [], None  # as BriefDocument.edit_item does
    brief.sections[0].items.append(Item("New."))
    brief.title = "u"
    assert copy.title == "t" and [i.text for i in copy.items()] == ["Talks resume."]
    assert copy.items()[0].marks == [(0, 5, "bold")] and copy.items()[0].speaker == "Wang Yi"


def test_the_export_question_counts_in_plain_english() -> None:
    from briefing.check import Finding
    from briefing.ui.check_pane import what_stops_export

    def found(kind: str, n: int) -> list[Finding]:
        return [Finding(kind, "m")] * n

    assert what_stops_export(found("empty-section", 1)) == "1 empty required section"
    assert (
        what_stops_export(found("unreviewed", 26) + found("empty-section", 1) + found("spelling", 2))
        == "2 possible misspellings, 26 pre-filled items not reviewed and 1 empty required section"
    )
    assert what_stops_export(found("duplicate", 3) + found("unreviewed", 1)) == "1 pre-filled item not reviewed"


def test_the_export_question_names_add_up_to_its_placeholder_count() -> None:
    """Seen under Xvfb: "5 placeholders left in" named four, "[to be completed]" once for three."""
    from briefing.check import Finding
    from briefing.ui.check_pane import what_stops_export

    def left(words: str) -> Finding:
        return Finding("placeholder", f"“{words}” is a placeholder: fill it in or delete it", words=words)

    findings = [left("[addressee]"), *[left("[to be completed]")] * 3, left("[date]"), left("[TBC]"), left("[TBC]")]
    assert (
        what_stops_export(findings)
        == "7 placeholders left in ([addressee], [to be completed] 3 times, [date] and [TBC] twice)"
    )
    assert what_stops_export([left("[date]")]) == "1 placeholder left in ([date])"


def test_the_export_question_names_the_empty_required_fields_too(window, monkeypatch) -> None:
    """Seen in use: a UK submission with no To and no From asked only about "26 pre-filled items
    not reviewed"; Export Anyway then sent it out without the fields its template requires."""
    from briefing.ui import dialogs

    window.doc.brief.template = "uk-submission"  # requires To, From and Date
    window.doc.brief.metadata.to = window.doc.brief.metadata.from_ = ""
    window.doc.brief.metadata.date = "1 December 2026"
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "confirm_export_with_findings", lambda _parent, summary, verb: asked.append((summary, verb)) or "show"
    )
    assert window.files.export() is False
    summary = "26 pre-filled items not reviewed, 1 empty required section and 2 empty required fields (To and From)"
    assert asked == [(summary, "Export")]  # the section: the submission's Recommendation

    window.doc.brief.metadata.from_ = "Director, Asia"
    window.files.export()
    assert asked[-1][0].endswith("1 empty required section and 1 empty required field (To)")


def test_the_export_question_and_the_pane_name_placeholders_left_in(window, monkeypatch, qtbot) -> None:
    """A template's "[addressee]" left in the To field went out as plain text, and the question
    before the export did not mention it."""
    from briefing.model import Item
    from briefing.ui import dialogs
    from briefing.ui.check_pane import TITLES, show_finding

    brief = window.doc.brief
    window.doc.set_metadata("to", "[addressee]")  # the field shows it, as typed
    brief.sections[0].items.append(Item("Costs are [to be completed]."))
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm_export_with_findings", lambda _parent, summary, _verb: asked.append(summary) or "cancel"
    )
    assert window.files.export() is False
    assert "2 placeholders left in ([addressee] and [to be completed])" in asked[0]
    findings = [f for f in window.check.runner.check_now(brief) if f.kind == "placeholder"]
    assert TITLES["placeholder"] == "Placeholders left in"
    field = next(f for f in findings if f.item is None)
    show_finding(window, field)
    qtbot.waitUntil(lambda: window.editor.fields["to"].hasFocus(), timeout=3000)
    assert window.editor.fields["to"].selectedText() == "[addressee]", "typing replaces the placeholder"


def test_a_long_finding_wraps_in_a_narrow_pane_instead_of_being_cut_off(window, qtbot) -> None:
    """Seen under Xvfb at 1600x1000: the dock showed 'Summary, item 1: “Blinkin” is no…' and the
    tooltip only the message, so a finding could not be read whole anywhere."""
    from briefing.check import Finding
    from briefing.ui.check_pane import CheckPane

    pane = CheckPane()
    qtbot.addWidget(pane)
    pane.resize(260, 400)
    pane.show()
    qtbot.waitExposed(pane)
    message = "the figure “45 billion” is not in the article, nor anything a careful editor would take for it"
    pane.show_findings(window.doc.brief, [Finding("unsupported", message, "summary", 0, 0, 5)])
    line = pane.tree.topLevelItem(0).child(0)
    assert message in line.text(0)
    assert message in line.toolTip(0), "the tooltip says the whole line, where it is too"
    assert line.toolTip(0).startswith(line.text(0).split(":")[0])
    tree = pane.tree
    qtbot.waitUntil(lambda: tree.visualItemRect(line).height() > 2 * tree.fontMetrics().height(), timeout=3000)
    rect = tree.visualItemRect(line)
    assert rect.right() <= tree.viewport().width(), "the line fits the pane's width"
    assert tree.horizontalScrollBar().maximum() == 0, "nothing scrolls sideways"


def test_print_asks_to_print_anyway_not_to_export(window, monkeypatch) -> None:
    """Seen under Xvfb: Ctrl+P on a brief with unreviewed items asked 'Export it anyway, or look
    at the findings first?' under 'Check Before Export', with an 'Export Anyway' button."""
    from PySide6.QtWidgets import QMessageBox

    from briefing.ui import dialogs

    verbs: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm_export_with_findings", lambda _parent, _summary, verb: verbs.append(verb) or "cancel"
    )
    assert window.actions_.print_brief.isEnabled()
    window.actions_.print_brief.trigger()
    window.actions_.export.trigger()
    assert verbs == ["Print", "Export"]
    shown: list[tuple[str, str, list[str]]] = []

    def answer(box: QMessageBox) -> int:  # the modal run, answered at once: no button clicked
        shown.append(
            (box.windowTitle(), box.informativeText(), sorted(b.text().replace("&", "") for b in box.buttons()))
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert real_question(window, "26 pre-filled items not reviewed", "Print") == "cancel"
    title, question, buttons = shown[0]
    assert title == "Check Before Print" and question == "Print it anyway, or look at the findings first?"
    assert "Print Anyway" in buttons and "Export Anyway" not in buttons


def test_f7_opens_and_closes_the_check_pane(window, qtbot) -> None:
    """Seen under Xvfb: View > Check had no key and no mnemonic; F7 is Word's key for checking."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    toggle = window.check.dock.toggleViewAction()
    assert toggle.shortcut().toString() == "F7" and toggle.text() == "&Check"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F7)
    qtbot.waitUntil(window.check.dock.isVisible, timeout=3000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: not window.check.dock.isVisible(), timeout=3000)


def test_a_check_that_finds_a_misspelling_builds_the_suggestions_off_the_gui_thread(
    tmp_path, qtbot, monkeypatch
) -> None:
    """The dictionary now opens without parsing its words, and the suggestion search needs them
    all (half a second or more): a right-click on the first underlined word must not pay for it."""
    from briefing.check import Checker
    from briefing.check.spelling import Speller
    from briefing.model import Brief, Item, Section
    from briefing.ui.check_pane import CheckRunner

    words = tmp_path / "dictionaries"  # a made-up dictionary of a few words: quick to build
    words.mkdir()
    (words / "en_GB.aff").write_text("SET UTF-8\nTRY eontrgvma\n", encoding="utf-8")
    (words / "en_GB.dic").write_text("4\nthe\ngovernment\nmet\nTalks\n", encoding="utf-8")
    monkeypatch.setattr("briefing.check.spelling.dictionaries_dir", lambda: words)
    speller = Speller("en-GB")  # a fresh one: the shared one may be ready from another test
    runner = CheckRunner(tmp_path)
    runner.checker = Checker(speller=lambda _language: speller)
    brief = Brief(title="Talks", sections=[Section("summary", "Summary", [Item("The goverment met.")])])
    with qtbot.waitSignal(runner.checked, timeout=10000) as shown:
        runner.request(brief)
    assert any(f.kind == "spelling" for f in shown.args[0].findings)
    qtbot.waitUntil(lambda: speller.suggestions_ready, timeout=30000)
    assert "government" in speller.suggest("goverment")


def test_a_finding_that_names_its_place_does_not_say_it_twice(window) -> None:
    """Seen under Xvfb on a Canadian note: 'Brief: To is empty; …' and 'Purpose: Purpose is
    empty; …' in the pane."""
    from briefing.check import Finding
    from briefing.ui.check_pane import line_text

    brief = window.doc.brief
    heading = brief.sections[0].heading
    assert line_text(brief, Finding("missing-metadata", "To is empty; the note requires it")) == (
        "To is empty; the note requires it"
    )
    empty = Finding("empty-section", f"{heading} is empty; the note requires it", brief.sections[0].id)
    assert line_text(brief, empty) == f"{heading} is empty; the note requires it"
    long = Finding("too-long", "about 3 pages as exported; the note allows 2")
    assert line_text(brief, long) == "Brief: about 3 pages as exported; the note allows 2"
    spelt = Finding("spelling", "“Blinkin” is not in the dictionary", brief.sections[0].id, 0, 0, 7)
    assert line_text(brief, spelt) == f"{heading}, item 1: “Blinkin” is not in the dictionary"


def test_clicking_a_placeholder_in_the_title_selects_it_in_the_title(window, qtbot) -> None:
    """The title's finding has no section or item, so a click on it moved nothing."""
    window.editor.title_edit.set_text("Visit of [Minister's name] to Jakarta")
    window.doc.brief.title = window.editor.title_edit.text()
    item = window.doc.brief.sections[0].items[0]
    window.editor.editor_for(item).focus_text()
    finding = next(
        f for f in window.check.runner.check_now(window.doc.brief) if f.kind == "placeholder" and f.section is None
    )
    window.check.dock.show()
    window.check.pane.show_findings(window.doc.brief, [finding])
    line = window.check.pane.tree.topLevelItem(0).child(0)
    window.check.pane.tree.itemClicked.emit(line, 0)
    qtbot.waitUntil(lambda: window.editor.title_edit.hasFocus(), timeout=3000)
    assert window.editor.title_edit.textCursor().selectedText() == "[Minister's name]"


def test_each_placeholder_finding_carries_the_placeholder_as_the_brief_holds_it() -> None:
    """So the pane need not read it back out of the message (where a quote inside it cut it short)."""
    from briefing.check import check_brief
    from briefing.model import Item
    from tests.docx_support import rich_brief

    brief = rich_brief("us-action-memo")
    brief.title = "Visit of [Minister's name]"
    brief.metadata.to = ""  # the export would write "[addressee]"
    brief.metadata.classification = "UNCLASSIFIED"  # no authority lines to fill in
    brief.metadata.from_ = "[insert “sender” here]"
    brief.sections[0].items.append(Item("Costs are [TBC] and [the deal] holds.", label="[XX]"))
    found = {(f.field, f.item is not None, f.words) for f in check_brief(brief) if f.kind == "placeholder"}
    assert found == {
        ("title", False, "[Minister's name]"),
        ("to", False, "[addressee]"),
        ("from", False, "[insert “sender” here]"),
        (None, True, "[XX]"),
        (None, True, "[TBC]"),
    }


def test_a_placeholder_holding_quotes_is_named_and_selected_whole(window, qtbot) -> None:
    """The pane read the placeholder back from between its message's curly quotes, so
    "[insert “headline” here]" came back as "[insert “headline"."""
    from briefing.ui.check_pane import show_finding, what_stops_export

    words = "[insert “headline” here]"
    window.editor.title_edit.set_text(f"Visit {words}")
    window.doc.brief.title = window.editor.title_edit.text()
    found = [f for f in window.check.runner.check_now(window.doc.brief) if f.kind == "placeholder"]
    assert what_stops_export(found) == f"1 placeholder left in ({words})"
    show_finding(window, found[0])
    qtbot.waitUntil(lambda: window.editor.title_edit.hasFocus(), timeout=3000)
    assert window.editor.title_edit.textCursor().selectedText() == words
