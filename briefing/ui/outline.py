"""The outline: one row per section with its item count; activating a row jumps there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing.model import Brief


class OutlineView(QListWidget):
    section_activated = Signal(str)  # section id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName("Outline")
        self.setAccessibleDescription("The brief's sections; press Enter to go to one")
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def refresh(self, brief: Brief) -> None:
        current = self.currentItem().data(Qt.ItemDataRole.UserRole) if self.currentItem() else None
        self.blockSignals(True)
        self.clear()
        for section in brief.sections:
            unreviewed = sum(1 for i in section.items if i.origin == "prefill" and not i.reviewed)
            row = QListWidgetItem(f"{section.heading}  ({len(section.items)})")
            row.setData(Qt.ItemDataRole.UserRole, section.id)
            row.setToolTip(f"{len(section.items)} items, {unreviewed} not reviewed yet")
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{section.heading}, {len(section.items)} items, {unreviewed} unreviewed",
            )
            self.addItem(row)
            if section.id == current:
                self.setCurrentItem(row)
        self.blockSignals(False)

    def mark_current(self, section_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == section_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def _activated(self, row: QListWidgetItem) -> None:
        self.section_activated.emit(row.data(Qt.ItemDataRole.UserRole))
