"""The company calendar box of the Deadlines tab: the year-end closure and the extra closed
days (summer closure, office moves) that business-day deadlines skip, besides weekends and
Japanese public holidays, which are always closed.

Its messages keep the "DeadlinesTab" context: they are the tab's words, translated once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.deadline_settings import DeadlineRules, MonthDay
from inquiry_desk.domain.i18n import in_language, translate
from inquiry_desk.ui.case.lifecycle_common import with_mnemonic
from inquiry_desk.ui.settings.tab import hint
from inquiry_desk.ui.widgets.dates import to_date
from inquiry_desk.ui.widgets.formatting import fmt_date_weekday

# A leap year, so that a closure ending on 29 February can be entered.
CLOSURE_YEAR = 2000


class CompanyCalendarBox(QGroupBox):
    def __init__(self, used_letters: set[str], parent: QWidget | None = None) -> None:
        """``used_letters``: the tab's Alt+letters, shared so that no two controls clash."""
        super().__init__(translate("DeadlinesTab", "Company calendar (business days)"), parent)
        layout = QVBoxLayout(self)
        closure = QHBoxLayout()
        self.closure_check = QCheckBox(
            with_mnemonic(translate("DeadlinesTab", "Year-end closure"), used_letters)
        )
        self.closure_from = self._month_day_edit(translate("DeadlinesTab", "Year-end closure: first day"))
        self.closure_to = self._month_day_edit(translate("DeadlinesTab", "Year-end closure: last day"))
        self.closure_check.toggled.connect(self.closure_from.setEnabled)
        self.closure_check.toggled.connect(self.closure_to.setEnabled)
        closure.addWidget(self.closure_check)
        closure.addWidget(QLabel(translate("DeadlinesTab", "from")))
        closure.addWidget(self.closure_from)
        closure.addWidget(QLabel(translate("DeadlinesTab", "to")))
        closure.addWidget(self.closure_to)
        closure.addWidget(QLabel(translate("DeadlinesTab", "(month-day)")))
        closure.addStretch(1)
        layout.addLayout(closure)

        used_letters |= {"a", "v"}  # of "Add" and "Remove" below
        days_label = QLabel(
            with_mnemonic(
                translate("DeadlinesTab", "Extra closed days (summer closure, office moves…)"), used_letters
            )
        )
        self.closed_days = QListWidget()
        self.closed_days.setAccessibleName(translate("DeadlinesTab", "Extra closed days"))
        self.closed_days.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        days_label.setBuddy(self.closed_days)
        self.new_day = QDateEdit()
        self.new_day.setCalendarPopup(True)
        self.new_day.setDisplayFormat("yyyy-MM-dd")
        self.new_day.setDate(QDate.currentDate())
        self.new_day.setAccessibleName(translate("DeadlinesTab", "New closed day"))
        self.add_day_button = QPushButton(translate("DeadlinesTab", "&Add"))
        self.remove_day_button = QPushButton(translate("DeadlinesTab", "Remo&ve"))
        for button in (self.add_day_button, self.remove_day_button):
            button.setAutoDefault(False)
        self.add_day_button.clicked.connect(self.add_closed_day)
        self.remove_day_button.clicked.connect(self.remove_closed_days)
        self.closed_days.itemSelectionChanged.connect(self._selection_changed)
        side = QVBoxLayout()
        side.addWidget(self.new_day)
        side.addWidget(self.add_day_button)
        side.addWidget(self.remove_day_button)
        side.addStretch(1)
        days = QHBoxLayout()
        days.addWidget(self.closed_days, 1)
        days.addLayout(side)
        layout.addWidget(days_label)
        layout.addLayout(days, 1)
        layout.addWidget(
            hint(translate("DeadlinesTab", "Weekends and Japanese public holidays are always closed."))
        )
        self._selection_changed()

    @staticmethod
    def _month_day_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("MM-dd")
        edit.setDateRange(QDate(CLOSURE_YEAR, 1, 1), QDate(CLOSURE_YEAR, 12, 31))
        edit.setAccessibleName(name)
        return edit

    # --- the settings shown ----------------------------------------------------------------
    def load(self, closure: tuple[MonthDay, MonthDay] | None, closed_days: list[date]) -> None:
        # Unticked, the dates still show the usual closure, ready to be ticked.
        default_from, default_to = DeadlineRules().year_end_closure or ((12, 29), (1, 3))
        start, end = closure or (default_from, default_to)
        self.closure_from.setDate(QDate(CLOSURE_YEAR, *start))
        self.closure_to.setDate(QDate(CLOSURE_YEAR, *end))
        self.closure_check.setChecked(closure is not None)
        self.closure_from.setEnabled(closure is not None)
        self.closure_to.setEnabled(closure is not None)
        self._set_closed_days(closed_days)

    def closure(self) -> tuple[MonthDay, MonthDay] | None:
        if not self.closure_check.isChecked():
            return None
        start, end = self.closure_from.date(), self.closure_to.date()
        return (start.month(), start.day()), (end.month(), end.day())

    def closed_day_list(self) -> list[date]:
        return [
            self.closed_days.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.closed_days.count())
        ]

    # --- reactions -------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.remove_day_button.setEnabled(bool(self.closed_days.selectedItems()))

    def _set_closed_days(self, days: list[date]) -> None:
        self.closed_days.clear()
        for day in sorted(days):
            item = QListWidgetItem(in_language(f"{day:%Y-%m-%d (%a)}", fmt_date_weekday(day)))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.closed_days.addItem(item)

    def add_closed_day(self) -> None:
        day = to_date(self.new_day.date())
        days = self.closed_day_list()
        if day not in days:
            self._set_closed_days([*days, day])
        for i in range(self.closed_days.count()):
            if self.closed_days.item(i).data(Qt.ItemDataRole.UserRole) == day:
                self.closed_days.setCurrentRow(i)

    def remove_closed_days(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.closed_days.selectedItems()}
        self._set_closed_days([d for d in self.closed_day_list() if d not in chosen])
