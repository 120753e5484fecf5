"""The Check pane: the findings of ``briefing check`` for the open brief, kept current as you type.

Checking runs on a worker thread after a pause in typing (debounced), on a copy of the brief,
so typing never waits for it; the first check also opens the spelling dictionary (a tenth of a
second: ``check/hunspell_dic``), and a check that finds a misspelling then builds the suggestion
search on the same thread, once. Findings are grouped by kind; activating one asks the window to select the
item and the words it is about. While the pane is open, the same findings underline the
words in the items (``underlines``), and the item's context menu offers corrections
(``item_menu``) through :class:`CheckOffers`.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.check import BLOCKING, KINDS, Checker, Finding, WordList, brief_language
from briefing.check.command import where
from briefing.check.nearest import nearest_names
from briefing.check.rules import FIELD_NAMES
from briefing.check.spelling import PERSONAL_WORDS_FILE, loaded_speller, plain_form
from briefing.errors import BriefingError
from briefing.model import Brief, Item
from briefing.ui import dialogs
from briefing.ui.document import BriefDocument
from briefing.ui.underlines import Underlines, marks_from

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 600
TITLES = {
    "unsupported": "Not in the article",
    "spelling": "Spelling",
    "unreviewed": "Not reviewed",
    "placeholder": "Placeholders left in",
    "empty-section": "Empty required sections",
    "missing-metadata": "Missing fields",
    "too-long": "Too long",
    "needs-context": "Needs context",
    "quotation-marks": "Quotation marks",
    "duplicate": "Duplicates",
}
_FINDING_ROLE = Qt.ItemDataRole.UserRole
# What stops an export, counted in a sentence: (one, many) with {n} for the count.
IN_A_SENTENCE = {
    "unreviewed": ("{n} pre-filled item not reviewed", "{n} pre-filled items not reviewed"),
    "unsupported": (
        "{n} figure or name the article does not contain",
        "{n} figures or names the article does not contain",
    ),
    "placeholder": ("{n} placeholder left in ({names})", "{n} placeholders left in ({names})"),
    "empty-section": ("{n} empty required section", "{n} empty required sections"),
    "spelling": ("{n} possible misspelling", "{n} possible misspellings"),
}


@dataclass(frozen=True)
class CheckResult:
    """A check's findings; ``checked`` is the copy of ``brief`` that was checked and ``items``
    the window's own items of each section at that moment (for underlining the right ones)."""

    brief: Brief
    findings: list[Finding]
    checked: Brief
    items: dict[str, list[Item]]


def _items_of(brief: Brief) -> dict[str, list[Item]]:
    return {section.id: list(section.items) for section in brief.sections}


def snapshot_of(brief: Brief) -> Brief:
    """A copy of ``brief`` for the worker to check while the writer goes on typing.

    Shallow per item: an edit replaces an item's text, marks or fields (strings, new lists) and
    never changes them in place, so copying each item's fields is enough, and costs a tenth of
    a deep copy (about 20 ms instead of 250 ms for 10,000 items, on the GUI thread at every pause)."""
    return dataclasses.replace(
        brief,
        metadata=copy.copy(brief.metadata),
        source=copy.copy(brief.source),
        sections=[dataclasses.replace(s, items=[_fields_of(i) for i in s.items]) for s in brief.sections],
    )


def _fields_of(item: Item) -> Item:
    """A new Item with the same field values (copy.copy, without its per-object protocol cost)."""
    clone = object.__new__(Item)
    clone.__dict__.update(item.__dict__)
    return clone


class CheckRunner(QObject):
    """Runs the checker off the GUI thread; the newest request wins, older results are dropped."""

    checked = Signal(object)  # CheckResult

    def __init__(self, data_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        personal = WordList.load(data_dir / PERSONAL_WORDS_FILE if data_dir is not None else None)
        self.checker = Checker(personal)
        self._generation = 0
        self._lock = threading.Lock()  # one check at a time: the checker's caches are not shared
        self._counter = threading.Lock()  # only for the generation: never held while checking

    def request(self, brief: Brief) -> None:
        snapshot = snapshot_of(brief)
        items = _items_of(brief)
        with self._counter:  # not self._lock: a running check must not hold up typing
            self._generation += 1
            generation = self._generation
        threading.Thread(target=self._run, args=(brief, snapshot, items, generation), daemon=True).start()

    def check_now(self, brief: Brief) -> list[Finding]:
        """Synchronously, for the question before an export."""
        with self._lock:
            return self._check(brief)

    def _run(self, brief: Brief, snapshot: Brief, items: dict[str, list[Item]], generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return  # a newer request is queued behind this one
            findings = self._check(snapshot)
        if generation == self._generation:
            self.checked.emit(CheckResult(brief, findings, snapshot, items))
        if any(f.kind == "spelling" for f in findings):
            # Underlined words offer corrections on a right-click: build the search for them
            # here, off the GUI thread, before the writer asks (once; then it costs nothing).
            with self._lock:
                try:
                    self.checker.prepare_suggestions(brief_language(snapshot))
                except BriefingError as exc:
                    logger.warning("no suggestions: %s", exc)

    def _check(self, brief: Brief) -> list[Finding]:
        try:
            return self.checker.check(brief)
        except BriefingError as exc:  # e.g. a language with no dictionary: check the rest without spelling
            logger.warning("check without spelling: %s", exc)
            return self.checker.check(brief, spelling=False)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: QTreeView asks a delegate for a row's height without
    the column's width (so a word-wrapped line stays one line high and is clipped); this gives it."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        wrapped = QStyleOptionViewItem(option)
        # The style wraps only within a valid rectangle (a height too), of the column's width.
        width = max(40, self.tree.viewport().width() - depth * self.tree.indentation())
        wrapped.rect = QRect(0, 0, width, max(1, option.rect.height()))
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(wrapped, index)


class _FindingsTree(QTreeWidget):
    """The findings, each line wrapped to the pane's width and laid out again when it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width


def line_text(brief: Brief, finding: Finding) -> str:
    """ "Positions, item 3: the figure “45%” is not in the article"; a finding whose message
    already names what it is about says only that ("To is empty; …", not "Brief: To is empty;
    …", nor "Purpose: Purpose is empty; …", as the pane said before)."""
    place = where(brief, finding)
    if finding.item is None and finding.message[:1].isupper():
        names_itself = finding.section is None or finding.message.startswith(place)
        if names_itself:
            return finding.message
    return f"{place}: {finding.message}"


class CheckPane(QWidget):
    """The findings, grouped by kind; ``finding_activated`` when one is clicked or chosen."""

    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel("Checking…", self)
        self.summary.setWordWrap(True)
        # A finding is a sentence: it wraps to the pane's width rather than ending in "…" (a
        # narrow dock cut 'Summary, item 1: “Blinkin” is no…' off before what it was about).
        self.tree = _FindingsTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("findings")  # the stylesheet frames it when it has the focus
        self.tree.setAccessibleName("Findings")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.findings: list[Finding] = []
        # kind -> ((its findings, the section headings they were shown with), its group in the tree)
        self._groups: dict[str, tuple[tuple[list[Finding], tuple[tuple[str, str], ...]], QTreeWidgetItem]] = {}

    def show_findings(self, brief: Brief, findings: list[Finding]) -> None:
        """Show ``findings``, rebuilding only the groups that changed: a check after a keystroke
        changes a few lines, and rebuilding the 200 lines of "Not reviewed" each time cost the
        GUI thread 7 to 26 ms (tests/benchmarks/bench_ui_typing.py --check-pane)."""
        self.findings = findings
        headings = tuple((section.id, section.heading) for section in brief.sections)
        by_kind: dict[str, list[Finding]] = {}
        for finding in findings:
            by_kind.setdefault(finding.kind, []).append(finding)
        position = 0
        for kind in KINDS:
            found = by_kind.get(kind, [])
            kept = self._groups.pop(kind, None)
            if kept is not None and kept[0] == (found, headings):
                self._groups[kind] = kept
                position += 1
                continue
            was_expanded = False
            if kept is not None:
                was_expanded = kept[1].isExpanded()
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(kept[1]))
            if not found:
                continue
            group = QTreeWidgetItem([f"{TITLES[kind]} ({len(found)})"])
            group.setData(0, _FINDING_ROLE, kind)
            for finding in found:
                text = line_text(brief, finding)
                line = QTreeWidgetItem(group, [text])
                line.setData(0, _FINDING_ROLE, finding)
                line.setToolTip(0, text)
            self.tree.insertTopLevelItem(position, group)
            group.setExpanded(was_expanded or kind != "unreviewed")
            self._groups[kind] = ((found, headings), group)
            position += 1
        summary = f"{len(findings)} findings" if findings else "No findings: ready to go out."
        self.summary.setText(summary)
        self.tree.setAccessibleDescription(summary)  # the count, read out with the list

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, _FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)


class CheckController(QObject):
    """Debounces changes to the brief into checks, and shows the results in the pane."""

    def __init__(
        self,
        pane: CheckPane,
        runner: CheckRunner,
        dock: QDockWidget | None = None,
        underlines: Underlines | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.dock = dock
        self.runner = runner
        self.underlines = underlines
        self._brief: Brief | None = None
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._check)
        runner.checked.connect(self._checked, Qt.ConnectionType.QueuedConnection)

    def brief_changed(self, brief: Brief) -> None:
        self._brief = brief
        self.timer.start()

    def recheck(self) -> None:
        """Check now, not after the pause (the writer added a word to the dictionary or ignored it)."""
        self.timer.stop()
        self._check()

    def _check(self) -> None:
        if self._brief is not None and self.pane.isVisible():
            self.runner.request(self._brief)

    def _checked(self, result: CheckResult) -> None:
        if result.brief is not self._brief:
            return
        self.pane.show_findings(result.brief, result.findings)
        if self.underlines is not None and self.pane.isVisible():
            self.underlines.show(marks_from(result.findings, result.checked, result.items))

    def pane_hidden(self) -> None:
        """A closed pane checks nothing, and the underlines go with it."""
        self.timer.stop()
        if self.underlines is not None:
            self.underlines.clear()


class CheckOffers:
    """What an item's context menu offers for a marked word, from the pane's checker."""

    def __init__(self, doc: BriefDocument, controller: CheckController, say: Callable[[str], None]) -> None:
        self.doc, self.controller, self.say = doc, controller, say

    def suggestions(self, word: str) -> list[str]:
        # Only a loaded dictionary: a spelling mark means a check loaded it, but never wait for one.
        speller = loaded_speller(brief_language(self.doc.brief))
        return speller.suggest(word) if speller is not None else []

    def nearest_names(self, word: str) -> list[str]:
        return nearest_names(word, self.doc.brief.source.text)

    def add_to_dictionary(self, word: str) -> None:
        checker = self.controller.runner.checker
        try:
            checker.personal.add(plain_form(word))
        except OSError as exc:
            self.say(f"“{word}” is ignored for now, but the word list could not be saved: {exc}")
            logger.warning("cannot save the personal word list: %s", exc)
            self.ignore(word)
            return
        self._forget(word)

    def ignore(self, word: str) -> None:
        checker = self.controller.runner.checker
        checker.ignored = checker.ignored | {plain_form(word)}  # a new set: a check may be reading the old one
        self._forget(word)

    def _forget(self, word: str) -> None:
        if self.controller.underlines is not None:
            self.controller.underlines.forget("spelling", word)
        self.controller.recheck()


def install_check_pane(window: MainWindow) -> CheckController:
    """Add the Check dock to ``window`` (hidden at first; View > Check shows it) and wire it up."""
    pane = CheckPane(window)
    dock = QDockWidget("Check", window)
    dock.setObjectName("checkDock")
    dock.setWidget(pane)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText("&Check")
    toggle.setShortcut("F7")  # Word's key for checking spelling; F1 lists it from the menu
    toggle.setStatusTip("Show what to fix before the brief goes out")
    window.menus.view.addAction(toggle)
    doc = window.doc
    underlines = Underlines(doc, window)
    controller = CheckController(pane, CheckRunner(window.autosave.folder.parent), dock, underlines, window)
    underlines.offers = CheckOffers(doc, controller, lambda message: window.status.showMessage(message, 8000))

    def changed() -> None:
        controller.brief_changed(doc.brief)

    def shown(visible: bool) -> None:
        if visible:
            controller.brief_changed(doc.brief)
        else:
            controller.pane_hidden()

    doc.content_edited.connect(changed)
    doc.brief_replaced.connect(changed)
    dock.visibilityChanged.connect(shown)
    pane.finding_activated.connect(lambda finding: show_finding(window, finding))
    window.files.before_export = lambda verb: may_export(window, controller, verb)
    return controller


CHECKING_MESSAGE = "Checking the brief before it goes out…"


def may_export(window: MainWindow, controller: CheckController, verb: str = "Export") -> bool:
    """Ask once before an export or a print when the brief has unreviewed, unsupported,
    empty-section or spelling findings (the question names the template's empty fields too):
    "Export Anyway" (or "Print Anyway") goes on, "Show Findings" opens the Check pane instead."""
    brief = window.doc.brief
    # The first check opens the dictionary (0.1 s; it was 3 s on a busy machine before the index
    # in check/hunspell_dic): say so at once, not only with the pointer, which may be nowhere
    # near (seen under Xvfb: Ctrl+E seemed to do nothing for 3 s).
    window.setCursor(Qt.CursorShape.WaitCursor)
    window.status.showMessage(CHECKING_MESSAGE)
    window.status.repaint()
    try:
        findings = controller.runner.check_now(brief)
    finally:
        window.unsetCursor()
        if window.status.currentMessage() == CHECKING_MESSAGE:
            window.status.clearMessage()
    blocking = [f for f in findings if f.kind in BLOCKING]
    if not blocking:
        return True
    summary = what_stops_export(findings)
    answer = dialogs.confirm_export_with_findings(window, summary, verb)
    if answer == "show":
        if controller.dock is not None:
            controller.dock.show()
        controller.pane.show_findings(brief, findings)
    return answer == "export"


def what_stops_export(findings: list[Finding]) -> str:
    """ "26 pre-filled items not reviewed, 1 empty required section and 2 empty required fields
    (To and Drafted by)": the findings that stop an export counted, and the template's empty
    fields named (they alone do not stop it, but a question that stops it anyway should say so)."""
    counts = Counter(f.kind for f in findings)
    parts = []
    for kind in KINDS:
        if counts[kind] and kind in IN_A_SENTENCE:
            one, many = IN_A_SENTENCE[kind]
            names = in_a_list(named_with_counts(placeholder_text(f) for f in findings if f.kind == kind))
            parts.append((one if counts[kind] == 1 else many).format(n=counts[kind], names=names))
        elif kind == "missing-metadata":
            fields = [label for f in findings if f.kind == kind and (label := field_label(f)) is not None]
            if fields:
                noun = "field" if len(fields) == 1 else "fields"
                parts.append(f"{len(fields)} empty required {noun} ({in_a_list(fields)})")
    return in_a_list(parts)


def named_with_counts(names: Iterable[str]) -> list[str]:
    """ "[addressee]", "[to be completed] 3 times": each name once, with how often it came when more
    than once, so the names add up to the count before them (the question said "5 placeholders"
    and listed 4 names, "[to be completed]" once for its three)."""
    counts = Counter(names)
    return [name if n == 1 else f"{name} twice" if n == 2 else f"{name} {n} times" for name, n in counts.items()]


def in_a_list(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def field_label(finding: Finding) -> str | None:
    """The label of the title-block field a "To is empty" (or "To still holds the placeholder")
    finding is about."""
    if finding.kind not in ("missing-metadata", "placeholder") or finding.field is None:
        return None
    return FIELD_NAMES.get(finding.field)


def placeholder_text(finding: Finding) -> str:
    """The placeholder a "placeholder" finding is about ("[addressee]"), as the check gave it: read
    back from between the message's quotes, one holding a quote of its own was cut short."""
    return finding.words or ""


def metadata_field(window: MainWindow, finding: Finding) -> QWidget | None:
    """The title-block field a "To is empty" finding is about."""
    if field_label(finding) is None or finding.field is None:
        return None
    return window.editor.fields.get("from_" if finding.field == "from" else finding.field)


def is_about_the_title(finding: Finding) -> bool:
    """A finding on the brief's title ("The title still holds the placeholder “[subject]”")."""
    return finding.field == "title"


def show_in_title(window: MainWindow, words: str) -> None:
    """Put the cursor in the title, with ``words`` selected when the title holds them (clicking a
    placeholder in the title did nothing: the finding has no section, so nothing was shown)."""
    title = window.editor.title_edit
    window.editor.ensureWidgetVisible(title)
    title.setFocus(Qt.FocusReason.OtherFocusReason)
    start = title.text().find(words) if words else -1
    if start >= 0:
        cursor = title.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
        title.setTextCursor(cursor)


def show_finding(window: MainWindow, finding: Finding) -> None:
    """Select the item a finding is about, and the words within it; for a missing title-block
    field, put the cursor in that field (clicking "To is empty" did nothing: seen under Xvfb)."""
    if is_about_the_title(finding):
        show_in_title(window, placeholder_text(finding))
        return
    field = metadata_field(window, finding)
    if field is not None:
        window.editor.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        line = field.lineEdit() if isinstance(field, QComboBox) else field
        words = placeholder_text(finding) if finding.kind == "placeholder" else ""
        if isinstance(line, QLineEdit) and words and words in line.text():
            line.setSelection(line.text().find(words), len(words))  # typing replaces "[addressee]" at once
        return
    section = window.doc.brief.section(finding.section or "")
    if section is None:
        return
    if finding.item is None or not 0 <= finding.item < len(section.items):
        window.editor.show_section(section.id)
        return
    item = section.items[finding.item]
    window.editor.focus_item(item)
    editor = window.editor.editor_for(item)
    if editor is None or finding.start is None or finding.end is None:
        return
    cursor = editor.text_edit.textCursor()
    length = editor.text_edit.document().characterCount() - 1
    cursor.setPosition(min(finding.start, length))
    cursor.setPosition(min(finding.end, length), QTextCursor.MoveMode.KeepAnchor)
    editor.text_edit.setTextCursor(cursor)
