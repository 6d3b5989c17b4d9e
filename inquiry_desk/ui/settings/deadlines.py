"""The Deadlines tab of the lifecycle settings: the period per jurisdiction and the company
calendar business days are counted on. Saving recomputes every open case's due date."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.deadline_settings import (
    DeadlineRules,
    DeadlineSettingsError,
    JurisdictionRule,
    PeriodUnit,
)
from inquiry_desk.domain.enums import Jurisdiction
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, label_of, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.lifecycle.rules import RulesService, load_deadline_file, write_settings_file
from inquiry_desk.services.settings.lifecycle import SettingsInvalid
from inquiry_desk.ui.case.lifecycle_common import run_service
from inquiry_desk.ui.settings.company_calendar import CompanyCalendarBox
from inquiry_desk.ui.settings.tab import SettingsTab, hint

UNIT_LABELS = {
    PeriodUnit.MONTHS: QT_TRANSLATE_NOOP("DeadlinesTab", "Months"),
    PeriodUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("DeadlinesTab", "Calendar days"),
    PeriodUnit.BUSINESS_DAYS: QT_TRANSLATE_NOOP("DeadlinesTab", "Business days"),
}
# The spin accepts any length the domain might; the domain says what fits the unit
# (at most 12 months), so switching the unit never silently clips what was typed.
MAX_LENGTH = 366
JSON_FILTERS = [
    QT_TRANSLATE_NOOP("DeadlinesTab", "Deadline settings (*.json)"),
    QT_TRANSLATE_NOOP("DeadlinesTab", "All files (*)"),
]


def _unit_suffix(unit: PeriodUnit, value: int) -> str:
    """The unit after the number in a spin box (a suffix, so the number is not in the text)."""
    if unit is PeriodUnit.MONTHS:
        return translate("DeadlinesTab", " month") if value == 1 else translate("DeadlinesTab", " months")
    if unit is PeriodUnit.CALENDAR_DAYS:
        return translate("DeadlinesTab", " day") if value == 1 else translate("DeadlinesTab", " days")
    return (
        translate("DeadlinesTab", " business day")
        if value == 1
        else translate("DeadlinesTab", " business days")
    )


@dataclass
class RuleRow:
    """The widgets of one jurisdiction's line in the grid."""

    jurisdiction: Jurisdiction
    label: QLabel
    unit: QComboBox
    length: QSpinBox
    extension: QSpinBox
    roll_forward: QCheckBox
    # The extension typed before the unit left "months", restored when it comes back.
    parked_extension: int = 0

    @property
    def period(self) -> PeriodUnit:
        # Qt hands item data back as a plain str: the enum is rebuilt from its value.
        return PeriodUnit(self.unit.currentData())


class DeadlinesTab(SettingsTab[DeadlineRules]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "&Deadlines")
    saved_count = Signal(int)  # open cases whose due date changed

    def __init__(self, rules: RulesService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, translate("DeadlinesTab", "&Save deadlines"), parent)
        self.rules = rules
        self.file_dialog: QFileDialog | None = None
        self.export_button = QPushButton(translate("DeadlinesTab", "E&xport JSON…"))
        self.export_button.setToolTip(
            translate(
                "DeadlinesTab",
                "Save the settings shown here to a file (to keep or to use on another installation)",
            )
        )
        self.import_button = QPushButton(translate("DeadlinesTab", "I&mport JSON…"))
        self.import_button.setToolTip(
            translate(
                "DeadlinesTab", "Fill the form from a settings file; nothing is saved until you press Save"
            )
        )
        self.used_letters |= {"x", "m"}
        self.extra_buttons = [self.import_button, self.export_button]
        self.rows: dict[Jurisdiction, RuleRow] = {}
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_grid())
        lower = QHBoxLayout()
        self.calendar = CompanyCalendarBox(self.used_letters)
        lower.addWidget(self.calendar, 3)
        lower.addWidget(self._build_due_soon(), 2)
        layout.addLayout(lower, 1)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        if not self.editable:
            self.import_button.hide()
        self.finish()

    # --- building ------------------------------------------------------------------------
    def _build_grid(self) -> QGroupBox:
        box = QGroupBox(translate("DeadlinesTab", "Response deadline per jurisdiction"))
        outer = QVBoxLayout(box)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for column, text in enumerate(
            (
                "",
                translate("DeadlinesTab", "Counted in"),
                translate("DeadlinesTab", "Length"),
                translate("DeadlinesTab", "Extension up to"),
                translate("DeadlinesTab", "Due on a closed day"),
            )
        ):
            heading = QLabel(text)
            heading.setStyleSheet("font-weight: 600;")
            grid.addWidget(heading, 0, column)
        for line, juris in enumerate(Jurisdiction, start=1):
            row = self._rule_row(juris)
            self.rows[juris] = row
            grid.addWidget(row.label, line, 0)
            grid.addWidget(row.unit, line, 1)
            grid.addWidget(row.length, line, 2)
            grid.addWidget(row.extension, line, 3)
            grid.addWidget(row.roll_forward, line, 4)
        grid.setColumnStretch(5, 1)
        # Below the grid, not in it: a word-wrapped label spanning grid columns gets too
        # little height and is clipped.
        outer.addLayout(grid)
        outer.addWidget(
            hint(
                translate(
                    "DeadlinesTab",
                    "Periods start the day after receipt. GDPR lets you extend by up to two "
                    "months with a notice and reasons sent within the first month; APPI asks "
                    "for a response without delay (14 days: the applicant may sue after two "
                    "weeks).",
                )
            )
        )
        return box

    def _rule_row(self, juris: Jurisdiction) -> RuleRow:
        unit = QComboBox()
        for period, text in UNIT_LABELS.items():
            unit.addItem(translate("DeadlinesTab", text), period)
        label = QLabel(self.mnemonic(label_of(juris)))
        label.setBuddy(unit)
        length = QSpinBox()
        length.setRange(1, MAX_LENGTH)
        length.setAccessibleName(translate("DeadlinesTab", "{label}: length").format(label=label_of(juris)))
        extension = QSpinBox()
        # GDPR Art. 12(3): two further months at most; elsewhere the domain allows up to 12.
        extension.setRange(0, 2 if juris.is_gdpr else 12)
        extension.setAccessibleName(
            translate("DeadlinesTab", "{label}: extension up to").format(label=label_of(juris))
        )
        roll = QCheckBox(translate("DeadlinesTab", "Next business day"))
        roll.setToolTip(
            translate(
                "DeadlinesTab",
                "When the due date falls on a weekend, holiday or closure day, move it to the "
                "next business day (off: keep the earlier, safer date)",
            )
        )
        row = RuleRow(juris, label, unit, length, extension, roll)
        unit.currentIndexChanged.connect(lambda _i, r=row: self._unit_changed(r))
        length.valueChanged.connect(lambda _v, r=row: self._update_suffixes(r))
        extension.valueChanged.connect(lambda _v, r=row: self._update_suffixes(r))
        return row

    def _build_due_soon(self) -> QGroupBox:
        box = QGroupBox(translate("DeadlinesTab", "Reminders"))
        layout = QVBoxLayout(box)
        line = QHBoxLayout()
        self.due_soon = QSpinBox()
        self.due_soon.setRange(0, 60)
        self.due_soon.setSuffix(translate("DeadlinesTab", " days"))
        label = QLabel(self.mnemonic(translate("DeadlinesTab", "Due soon from")))
        label.setBuddy(self.due_soon)
        line.addWidget(label)
        line.addWidget(self.due_soon)
        line.addWidget(QLabel(translate("DeadlinesTab", "before the due date")))
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(
            hint(
                translate(
                    "DeadlinesTab",
                    "From this many days before its due date a case is tinted amber in the "
                    "register and listed under \u201cdue soon\u201d in the filter, the View "
                    "menu and the dashboard.",
                )
            )
        )
        layout.addStretch(1)
        return box

    # --- reactions -----------------------------------------------------------------------
    def _unit_changed(self, row: RuleRow) -> None:
        # Extensions are counted in months (the domain refuses them otherwise): the spin is
        # parked at 0 while another unit is chosen and gets its value back afterwards.
        months = row.period is PeriodUnit.MONTHS
        if not months and row.extension.isEnabled():
            row.parked_extension = row.extension.value()
            row.extension.setValue(0)
        elif months and not row.extension.isEnabled() and row.extension.value() == 0:
            row.extension.setValue(row.parked_extension)
        row.extension.setEnabled(months)
        row.extension.setToolTip(
            ""
            if months
            else translate(
                "DeadlinesTab", "Extensions are counted in months: choose \u201cMonths\u201d to allow one."
            )
        )
        self._update_suffixes(row)

    def _update_suffixes(self, row: RuleRow) -> None:
        row.length.setSuffix(_unit_suffix(row.period, row.length.value()))
        row.extension.setSuffix(_unit_suffix(PeriodUnit.MONTHS, row.extension.value()))

    # --- files ---------------------------------------------------------------------------
    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        if self.file_dialog is not None:
            self.file_dialog.close()
        dialog = QFileDialog(self, title, str(Path.home()))
        dialog.setAcceptMode(mode)
        dialog.setNameFilters([translate("DeadlinesTab", text) for text in JSON_FILTERS])
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._file_dialog_closed(d))
        self.file_dialog = dialog
        return dialog

    def _file_dialog_closed(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None

    def ask_import(self) -> QFileDialog:
        dialog = self._file_dialog(
            translate("DeadlinesTab", "Import deadline settings"), QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.open()  # never exec(): the main window stays usable and tests cannot hang
        return dialog

    def ask_export(self) -> QFileDialog:
        dialog = self._file_dialog(
            translate("DeadlinesTab", "Export deadline settings"), QFileDialog.AcceptMode.AcceptSave
        )
        dialog.selectFile("deadline-settings.json")
        dialog.fileSelected.connect(lambda path: self.export_file(Path(path)))
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> None:
        self.try_load(
            lambda: load_deadline_file(path),
            translate("DeadlinesTab", "Loaded {name}. Check the values and press Save to apply them.").format(
                name=path.name
            ),
        )

    def export_file(self, path: Path) -> None:
        def export() -> None:
            write_settings_file(path, self.collect().to_json())

        if run_service(self.message, export):
            self.message.info(
                translate("DeadlinesTab", "The settings shown were written to {path}.").format(path=path)
            )

    # --- SettingsTab hooks ---------------------------------------------------------------
    def read(self) -> DeadlineRules:
        return self.rules.deadline_rules()

    def confirm(self, value: DeadlineRules) -> str | None:
        moves = self.rules.deadline_moves(value)  # a plain name: lupdate drops a computed count
        if moves == 0:
            return None
        return translate(
            "DeadlinesTab",
            "Saving moves the due date of %n open case(s); paused cases stay paused. Press Save again "
            "to save.",
            None,
            moves,
        )

    def write(self, value: DeadlineRules) -> str:
        changed = self.rules.set_deadline_rules(self.actor, value)
        self.saved_count.emit(changed)
        if changed == 0:
            return translate("DeadlinesTab", "Saved. No open case's due date changed.")
        return translate("DeadlinesTab", "Saved. The due date of %n open case(s) changed.", None, changed)

    def default(self) -> DeadlineRules:
        return DeadlineRules()

    def load(self, value: DeadlineRules) -> None:
        for juris, row in self.rows.items():
            rule = value.rule_for(juris)
            row.unit.setCurrentIndex(row.unit.findData(rule.unit))
            row.length.setValue(rule.length)
            row.extension.setEnabled(True)
            row.extension.setValue(rule.max_extension_months)
            row.parked_extension = 0
            row.roll_forward.setChecked(rule.roll_forward)
            self._unit_changed(row)  # parks (and disables) the extension unless in months
        self.calendar.load(value.year_end_closure, list(value.extra_closed_days))
        self.due_soon.setValue(value.due_soon_days)

    def collect(self) -> DeadlineRules:
        jurisdictions: dict[Jurisdiction, JurisdictionRule] = {}
        for juris, row in self.rows.items():
            try:
                jurisdictions[juris] = JurisdictionRule(
                    row.period,
                    row.length.value(),
                    row.extension.value() if row.extension.isEnabled() else 0,
                    row.roll_forward.isChecked(),
                )
            except DeadlineSettingsError as exc:
                row.length.setFocus()
                raise SettingsInvalid(
                    translate("DeadlinesTab", "{jurisdiction}: {error}.").format(
                        jurisdiction=label_of(juris), error=exc
                    )
                ) from None
        try:
            return DeadlineRules(
                jurisdictions,
                self.calendar.closure(),
                frozenset(self.calendar.closed_day_list()),
                self.due_soon.value(),
            )
        except DeadlineSettingsError as exc:
            raise SettingsInvalid(str(exc)) from None

    def not_settings(self) -> list[QWidget]:
        # The day waiting to be added is not a setting until "Add" puts it in the list.
        return [self.calendar.new_day]
