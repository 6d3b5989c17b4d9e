"""The manager's "Lifecycle settings" window: deadlines, approval, fees, the idle lock, the
register of processing and the outgoing mail server.

Non-modal, like the other tool windows. Each tab saves on its own (see settings/tab.py);
a refused save shows the service's message in the tab and leaves every field as typed.
Closing with unsaved changes asks "Discard what you entered?" instead of losing them silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import RequestType
from inquiry_desk.domain.fees import FeeRules, FeeSettingsError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, label_of, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.lifecycle.rules import (
    MAX_FEE_JPY,
    MAX_VALIDITY_MONTHS,
    MIN_VALIDITY_MONTHS,
    RulesService,
)
from inquiry_desk.services.settings.lifecycle import ApprovalRules, SettingsInvalid
from inquiry_desk.services.settings.outgoing_mail import OutgoingMailService
from inquiry_desk.services.settings.processing_register import ProcessingRegisterService
from inquiry_desk.services.settings.security import DEFAULT_IDLE_MINUTES, MAX_IDLE, MIN_IDLE
from inquiry_desk.ui.settings.deadlines import DeadlinesTab
from inquiry_desk.ui.settings.mail_out_tab import MailOutTab
from inquiry_desk.ui.settings.register_tab import RegisterTab
from inquiry_desk.ui.settings.tab import SettingsTab, hint
from inquiry_desk.ui.widgets.formatting import yen_suffix
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen
from inquiry_desk.ui.widgets.unsaved import close_or_ask

UNSAVED_MARK = " \u2022"  # appended to a tab's title while it has unsaved changes


class ApprovalTab(SettingsTab[ApprovalRules]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "A&pproval")

    def __init__(self, rules: RulesService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, translate("ApprovalTab", "&Save approval rules"), parent)
        self.rules = rules
        self.checks: dict[RequestType, QCheckBox] = {}
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(
                translate(
                    "ApprovalTab",
                    "A response that answers a checked request type waits in \u201cawaiting "
                    "approval\u201d until a manager approves it. Disclosure-like responses hand "
                    "personal data out, so they are checked by default.",
                )
            )
        )
        groups = QHBoxLayout()
        # The enum says which rights are APPI's; the rest are the GDPR's (and the UK GDPR's).
        for title, types in (
            (translate("ApprovalTab", "APPI (Japan)"), [t for t in RequestType if t.is_appi]),
            (translate("ApprovalTab", "GDPR and UK GDPR"), [t for t in RequestType if not t.is_appi]),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            for request_type in types:
                check = QCheckBox(self.mnemonic(label_of(request_type)))
                # In English the law's Japanese term helps; in Japanese it is the text itself.
                check.setToolTip(in_language(request_type.label_ja, ""))
                self.checks[request_type] = check
                column.addWidget(check)
            column.addStretch(1)
            groups.addWidget(box, 1)
        layout.addLayout(groups)
        self.refusals = QCheckBox(
            self.mnemonic(translate("ApprovalTab", "Refusals need the manager's approval"))
        )
        self.refusals.setToolTip(
            translate(
                "ApprovalTab",
                "A refusal withholds what the law grants, so by default a manager confirms the reasons first",
            )
        )
        refusals = QGroupBox(translate("ApprovalTab", "Refusals"))
        QVBoxLayout(refusals).addWidget(self.refusals)
        layout.addWidget(refusals)
        layout.addStretch(1)
        self.finish()

    def read(self) -> ApprovalRules:
        return self.rules.approval_rules()

    def write(self, value: ApprovalRules) -> str:
        self.rules.set_approval_rules(self.actor, value)
        return translate("ApprovalTab", "Approval rules saved; they apply to the next response or refusal.")

    def default(self) -> ApprovalRules:
        return ApprovalRules()

    def load(self, value: ApprovalRules) -> None:
        for request_type, check in self.checks.items():
            check.setChecked(request_type in value.response_types)
        self.refusals.setChecked(value.refusals)

    def collect(self) -> ApprovalRules:
        return ApprovalRules(
            frozenset(t for t, c in self.checks.items() if c.isChecked()), self.refusals.isChecked()
        )


def _field_with_hint(field: QWidget, why: str) -> QWidget:
    """The field with its explanation right under it, so the two read as one."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    line = QHBoxLayout()
    line.addWidget(field)
    line.addStretch(1)
    column.addLayout(line)
    column.addWidget(hint(why))
    return holder


def _wrap(form: QWidget, box: QGroupBox) -> None:
    layout = QVBoxLayout(form)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box)
    layout.addStretch(1)


def _yen_spin(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_FEE_JPY)
    spin.setSingleStep(100)
    spin.setSuffix(yen_suffix())
    spin.setGroupSeparatorShown(True)
    spin.setAccessibleName(name)
    return spin


class FeesTab(SettingsTab[FeeRules]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "&Fees")

    def __init__(self, rules: RulesService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, translate("FeesTab", "&Save fees"), parent)
        self.rules = rules
        self.appi_fee = _yen_spin(translate("FeesTab", "APPI fee"))
        self.gdpr_fee = _yen_spin(translate("FeesTab", "GDPR fee for excessive requests"))
        self.other_fee = _yen_spin(translate("FeesTab", "Fee for other jurisdictions"))
        self.validity = QSpinBox()
        self.validity.setRange(MIN_VALIDITY_MONTHS, MAX_VALIDITY_MONTHS)
        self.validity.setSuffix(translate("FeesTab", " months"))
        box = QGroupBox(translate("FeesTab", "Fees asked of applicants"))
        form = QFormLayout(box)
        form.setVerticalSpacing(14)
        for text, spin, why in (
            (
                translate("FeesTab", "APPI fee"),
                self.appi_fee,
                translate(
                    "FeesTab", "Asked for notification of purpose of use and disclosure only (APPI Art. 38)."
                ),
            ),
            (
                translate("FeesTab", "GDPR fee for excessive requests"),
                self.gdpr_fee,
                translate(
                    "FeesTab",
                    "Only when staff flag a request as manifestly unfounded or excessive "
                    "(GDPR Art. 12(5)); otherwise the GDPR allows no fee.",
                ),
            ),
            (
                translate("FeesTab", "Fee for other jurisdictions"),
                self.other_fee,
                translate(
                    "FeesTab",
                    "0 means no fee: where the law is unknown, charging nothing is the safe default.",
                ),
            ),
            (
                translate("FeesTab", "Money-order validity"),
                self.validity,
                translate(
                    "FeesTab",
                    "A postal money order (定額小為替) can be cashed for 6 months after it was issued; "
                    "older ones are not counted as paid.",
                ),
            ),
        ):
            label = QLabel(self.mnemonic(text) + ":")
            label.setBuddy(spin)
            form.addRow(label, _field_with_hint(spin, why))
        _wrap(self.form, box)
        self.finish()

    def read(self) -> FeeRules:
        return self.rules.fee_rules()

    def write(self, value: FeeRules) -> str:
        self.rules.set_fee_rules(self.actor, value)
        return translate("FeesTab", "Fee settings saved; they apply to fees requested from now on.")

    def default(self) -> FeeRules:
        return FeeRules()

    def load(self, value: FeeRules) -> None:
        self.appi_fee.setValue(value.appi_fee_jpy)
        self.gdpr_fee.setValue(value.gdpr_excessive_fee_jpy)
        self.other_fee.setValue(value.other_fee_jpy)
        self.validity.setValue(value.money_order_validity_months)

    def collect(self) -> FeeRules:
        try:
            return FeeRules(
                self.appi_fee.value(), self.gdpr_fee.value(), self.other_fee.value(), self.validity.value()
            )
        except FeeSettingsError as exc:
            raise SettingsInvalid(str(exc)) from None


class IdleLockTab(SettingsTab[int]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "&Idle lock")
    saved_minutes = Signal(int)

    def __init__(self, rules: RulesService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, translate("IdleLockTab", "&Save idle lock"), parent)
        self.rules = rules
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_IDLE, MAX_IDLE)
        self.minutes.setSuffix(translate("IdleLockTab", " minutes"))
        box = QGroupBox(translate("IdleLockTab", "Screen lock"))
        form = QFormLayout(box)
        label = QLabel(self.mnemonic(translate("IdleLockTab", "Lock an idle window after")) + ":")
        label.setBuddy(self.minutes)
        form.addRow(
            label,
            _field_with_hint(
                self.minutes,
                translate(
                    "IdleLockTab",
                    "Without keyboard or mouse input for this long, the window hides the cases "
                    "until the password is entered again. Office PCs are shared: keep it short. "
                    "Applies on every PC at its next sign-in, and to this window at once.",
                ),
            ),
        )
        _wrap(self.form, box)
        self.finish()

    def read(self) -> int:
        return self.rules.idle_minutes()

    def write(self, value: int) -> str:
        self.rules.set_idle_minutes(self.actor, value)
        self.saved_minutes.emit(value)
        return translate("IdleLockTab", "Saved: an idle window locks after %n minute(s).", None, value)

    def default(self) -> int:
        return DEFAULT_IDLE_MINUTES

    def load(self, value: int) -> None:
        self.minutes.setValue(value)

    def collect(self) -> int:
        return self.minutes.value()


class SettingsDialog(QDialog):
    deadlines_saved = Signal(int)  # how many open cases' due dates changed
    idle_minutes_saved = Signal(int)

    def __init__(
        self,
        rules: RulesService,
        actor: Actor,
        parent: QWidget | None = None,
        register: ProcessingRegisterService | None = None,
        mail: OutgoingMailService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Lifecycle settings"))
        self.deadlines = DeadlinesTab(rules, actor)
        self.approval = ApprovalTab(rules, actor)
        self.fees = FeesTab(rules, actor)
        self.idle = IdleLockTab(rules, actor)
        self.register = RegisterTab(register, actor) if register is not None else None
        self.mail = MailOutTab(mail, actor) if mail is not None else None
        self.tabs = QTabWidget()
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.shown_title())
            tab.dirty_changed.connect(self._dirty_changed)
        self.deadlines.saved_count.connect(self.deadlines_saved)
        self.idle.saved_minutes.connect(self.idle_minutes_saved)
        self.read_only_note = QLabel(
            translate("SettingsDialog", "Only a manager can change these settings; they are shown read-only.")
        )
        self.read_only_note.setVisible(not actor.can(Permission.CHANGE_SETTINGS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("SettingsDialog", "&Close"))
        self.close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 600)

    def all_tabs(self) -> list[SettingsTab[Any]]:
        tabs: list[SettingsTab[Any]] = [self.deadlines, self.approval, self.fees, self.idle]
        return tabs + [tab for tab in (self.register, self.mail) if tab is not None]

    def unsaved_tabs(self) -> list[str]:
        return [tab.shown_title().replace("&", "") for tab in self.all_tabs() if tab.dirty]

    def _dirty_changed(self) -> None:
        for index, tab in enumerate(self.all_tabs()):
            self.tabs.setTabText(index, tab.shown_title() + (UNSAVED_MARK if tab.dirty else ""))

    def has_unsaved_input(self) -> bool:
        return bool(self.unsaved_tabs())

    def reject(self) -> None:
        # Esc, Close and the title bar's close all come here.
        close_or_ask(self, self.has_unsaved_input(), super().reject)
