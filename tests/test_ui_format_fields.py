"""The title block's rows only some formats have: Through, Copies to, Critical date, and a
classified US memo's Classified By / Reason / Declassify On. The export prints them and the
check asks for them, but the window had no field to type them in."""

from __future__ import annotations

from tests.ui_support import *


def _shown(window) -> set[str]:
    return {name for name, field in window.editor.fields.items() if not field.isHidden()}


def test_each_format_shows_its_own_rows_and_no_others(window) -> None:
    optional = {"through", "copies_to", "critical_date", "classified_by", "classification_reason", "declassify_on"}
    window.switch_template("briefing-note")
    assert not _shown(window) & optional
    window.switch_template("uk-submission")
    assert _shown(window) & optional == {"through", "copies_to"}
    window.switch_template("australia-ministerial-brief")
    assert _shown(window) & optional == {"through", "copies_to", "critical_date"}


def test_a_classified_us_memo_asks_for_its_authority_and_a_click_on_the_finding_goes_there(window, qtbot) -> None:
    from briefing.ui.check_pane import show_finding

    window.switch_template("us-information-memo")
    window.doc.set_metadata("classification", "UNCLASSIFIED")
    assert "classified_by" not in _shown(window)
    window.doc.set_metadata("classification", "CONFIDENTIAL")
    assert {"classified_by", "classification_reason", "declassify_on"} <= _shown(window)
    finding = next(f for f in window.check.runner.check_now(window.doc.brief) if f.message.startswith("Classified By"))
    window.activateWindow()
    show_finding(window, finding)
    field = window.editor.fields["classified_by"]
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    qtbot.keyClicks(field, "J. Smith, Director")
    assert window.doc.brief.metadata.classified_by == "J. Smith, Director"
    findings = window.check.runner.check_now(window.doc.brief)
    assert not any(f.message.startswith("Classified By") for f in findings)


def test_replace_all_reaches_the_format_rows_too(window) -> None:
    """Find went through the title, the six common fields and the items: a name in Through
    or Copies to stayed behind after a Replace All."""
    window.switch_template("uk-submission")
    window.doc.set_metadata("through", "Director, Asia Division")
    window.doc.set_metadata("copies_to", "Asia Division desk")
    window.actions_.replace.trigger()
    bar = window.find_bar
    bar.find_edit.setText("Asia Division")
    bar.replace_edit.setText("Indo-Pacific Group")
    assert bar.replace_all() >= 2
    assert window.doc.brief.metadata.through == "Director, Indo-Pacific Group"
    assert window.editor.fields["copies_to"].text() == "Indo-Pacific Group desk"


def test_switching_format_prints_the_date_in_the_new_style_and_keeps_the_field(window) -> None:
    """The field holds the day as typed (ISO); what a format prints is drawn from it at export, so
    any run of switches and undos gives the same day in each format's own style."""
    from briefing.export.layout import LayoutOptions, lay_out

    def printed() -> str:
        layout = lay_out(window.doc.brief, options=LayoutOptions(validate=False))
        return next(row.value for row in layout.title_block if row.field == "date")

    window.switch_template("uk-submission")
    window.doc.set_metadata("date", "2026-12-01")
    assert printed() == "1 December 2026"
    window.switch_template("us-action-memo")
    assert printed() == "December 1, 2026"
    assert window.editor.fields["date"].text() == "2026-12-01"
    window.undo_stack.undo()
    assert window.doc.brief.template == "uk-submission" and printed() == "1 December 2026"
    assert window.editor.fields["date"].text() == "2026-12-01"
