"""The classification box takes a typed marking with caveats, checked against the format's grammar
(issue 14): 'secret//noforn' becomes SECRET//NOFORN on a US memo; a level the format does not
have is refused in the status bar and the brief keeps its marking."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tests.ui_support import *
from tests.ui_support import settle


def _type_marking(window, text: str) -> QComboBox:
    combo = window.editor.fields["classification"]
    assert isinstance(combo, QComboBox) and combo.isEditable()
    combo.setEditText(text)
    line = combo.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    settle()
    return combo


def _switch_to(window, template_id: str) -> None:
    window.switch_template(template_id)
    settle()


def test_a_typed_marking_with_caveats_is_spelled_the_formats_way(window) -> None:
    _switch_to(window, "us-information-memo")
    combo = _type_marking(window, "secret//noforn")
    assert window.doc.get_metadata("classification") == "SECRET//NOFORN"
    assert combo.currentText() == "SECRET//NOFORN"
    window.undo_stack.undo()
    settle()
    assert window.doc.get_metadata("classification") != "SECRET//NOFORN"


def test_a_marking_the_format_does_not_allow_is_refused_and_nothing_changes(window) -> None:
    _switch_to(window, "uk-submission")
    before = window.doc.get_metadata("classification")
    combo = _type_marking(window, "PROTECTED B")
    assert window.doc.get_metadata("classification") == before
    assert combo.currentText() == before
    message = window.statusBar().currentMessage()
    assert "PROTECTED B" in message and "OFFICIAL" in message


def test_the_list_offers_the_formats_own_levels(window) -> None:
    _switch_to(window, "canada-briefing-note")
    combo = window.editor.fields["classification"]
    assert isinstance(combo, QComboBox)
    assert "PROTECTED B" in [combo.itemText(i) for i in range(combo.count())]


def test_passing_through_the_box_changes_nothing(window) -> None:
    """Seen under Xvfb: on a brief switched to the UK submission (still UNCLASSIFIED, which its
    export prints as OFFICIAL), opening the classification list and clicking elsewhere made an
    undo step "Set classification" to OFFICIAL that nobody asked for."""
    _switch_to(window, "uk-submission")
    steps = window.undo_stack.count()
    before = window.doc.get_metadata("classification")
    combo = _type_marking(window, combo_text := window.editor.fields["classification"].currentText())
    assert combo_text == before
    assert window.doc.get_metadata("classification") == before and combo.currentText() == before
    assert window.undo_stack.count() == steps, "no undo step for a marking nobody changed"
    _type_marking(window, "official-sensitive")
    assert window.doc.get_metadata("classification") == "OFFICIAL-SENSITIVE", "a typed one still counts"


def test_a_template_switch_shows_the_marking_the_word_file_will_carry(window) -> None:
    """Seen under Xvfb: switched to the UK submission, the box still said UNCLASSIFIED while the export
    printed OFFICIAL. The switch now spells the marking the format's way, and its undo puts it back."""
    assert window.doc.get_metadata("classification") == "UNCLASSIFIED"
    _switch_to(window, "uk-submission")
    assert window.doc.get_metadata("classification") == "OFFICIAL"
    assert window.editor.fields["classification"].currentText() == "OFFICIAL"
    window.undo_stack.undo()
    settle()
    assert window.doc.get_metadata("classification") == "UNCLASSIFIED"
    assert window.editor.fields["classification"].currentText() == "UNCLASSIFIED"
