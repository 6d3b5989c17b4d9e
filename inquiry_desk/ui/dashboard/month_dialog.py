"""The monthly report's month and format, asked before the save dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from inquiry_desk.domain.i18n import translate


class MonthDialog(QDialog):
    """Picks the month and format of the monthly report."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MonthDialog", "Monthly report"))
        form = QFormLayout(self)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        # Last month by default: the report is usually made just after a month ends.
        last = QDate(today.year, today.month, 1).addMonths(-1)
        self.month.setDate(last)
        self.month.setMaximumDate(QDate(today.year, today.month, 1))
        self.format = QComboBox()
        self.format.addItem(translate("MonthDialog", "PDF (A4)"), "pdf")
        self.format.addItem(translate("MonthDialog", "CSV (Excel)"), "csv")
        form.addRow(translate("MonthDialog", "Month"), self.month)
        form.addRow(translate("MonthDialog", "Format"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, int, str]:
        d = self.month.date()
        return d.year(), d.month(), str(self.format.currentData())
