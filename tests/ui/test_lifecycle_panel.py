"""The lifecycle panels driven like a user would: a request from receipt to closure."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.fees import FeeEntryKind, PaymentMethod
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.domain.verification import EvidenceType
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewAttachment
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.clock_ledger_view import ClockLedgerView
from inquiry_desk.ui.case.fee_panel import FeePanel
from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
from inquiry_desk.ui.case.verification_panel import VerificationPanel
from tests.services.lifecycle_helpers import RECEIVED, Clock, new_case
from tests.ui.questions import YES_BUTTON, answer

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _click(qtbot: QtBot, panel: LifecyclePanel, action: Action) -> None:
    button = panel.buttons.get(action)
    assert button is not None, f"{action} not offered; offered: {list(panel.buttons)}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _accept(qtbot: QtBot, panel: LifecyclePanel, **texts: str) -> None:
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    for name, text in texts.items():
        dialog.set_text(name, text)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_request_from_receipt_to_closure(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    app.cases.add_attachment(
        staff, ref, NewAttachment("licence.jpg", "image/jpeg", b"scan", kind="id_document")
    )
    panel = LifecyclePanel(lc, staff, ref)
    verification = VerificationPanel(lc, staff, ref)
    qtbot.addWidget(panel)
    qtbot.addWidget(verification)
    verification.changed.connect(panel.refresh)
    # As the case view wires them: each panel reads the case again after the other's change
    # (a change quotes the version its panel shows).
    panel.changed.connect(verification.refresh)
    assert panel.state_label.text() == "Received"
    assert panel.due_label.text() == "Due 2026-04-15 — 14 days left"
    assert Action.START_WORK not in panel.buttons  # a request is verified first
    assert "&" in panel.buttons[Action.START_VERIFICATION].text()  # Alt+key mnemonic

    _click(qtbot, panel, Action.START_VERIFICATION)
    assert panel.state_label.text() == "Verifying"

    # Refused by the service: shown inline with the reason, no traceback, no dialog.
    qtbot.mouseClick(verification.verified_button, Qt.MouseButton.LeftButton)
    assert verification.message.isVisibleTo(verification)
    assert "Still missing" in verification.message.text()

    verification.type_combo.setCurrentIndex(verification.type_combo.findData(EvidenceType.DRIVERS_LICENCE))
    assert verification.masking_check.isVisibleTo(verification)
    verification.masking_check.setChecked(True)
    qtbot.mouseClick(verification.add_button, Qt.MouseButton.LeftButton)
    verification.check_combos["name"].setCurrentIndex(1)
    verification.check_combos["address"].setCurrentIndex(1)
    assert "Identity confirmed" in verification.evaluation.text(), verification.message.text()
    with qtbot.waitSignal(verification.changed):
        qtbot.mouseClick(verification.verified_button, Qt.MouseButton.LeftButton)
    assert panel.state_label.text() == "In progress"
    assert verification.delete_button.isEnabled()
    qtbot.mouseClick(verification.delete_button, Qt.MouseButton.LeftButton)
    assert "1 ID copy destroyed" in verification.message.text()
    assert not verification.delete_button.isEnabled()

    assert Action.RESPOND not in panel.buttons  # a disclosure needs the manager first
    _click(qtbot, panel, Action.SUBMIT_FOR_APPROVAL)
    _accept(qtbot, panel)
    assert panel.state_label.text() == "Awaiting approval"
    assert Action.APPROVE not in panel.buttons  # staff cannot approve

    manager_panel = LifecyclePanel(lc, manager, ref)
    qtbot.addWidget(manager_panel)
    _click(qtbot, manager_panel, Action.APPROVE)
    _accept(qtbot, manager_panel, comment="確認済み")
    assert manager_panel.state_label.text() == "In progress"

    clock.advance(3)
    panel.refresh()
    with qtbot.waitSignal(panel.changed):
        _click(qtbot, panel, Action.RESPOND)
        _accept(qtbot, panel)
    assert panel.state_label.text() == "Responded"
    assert "deadline met" in panel.detail_label.text()
    _click(qtbot, panel, Action.CLOSE)
    assert answer(qtbot, YES_BUTTON) == f"Close case {ref}?"  # closing is confirmed first
    assert panel.state_label.text() == "Closed"
    assert lc.workflow.status(staff, ref).state is CaseState.CLOSED


def test_refusal_dialog_requires_reasons_and_prefills_the_right_to_complain(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor
) -> None:
    ref = app.cases.create(manager, new_case(RECEIVED))
    panel = LifecyclePanel(lc, manager, ref)
    qtbot.addWidget(panel)
    _click(qtbot, panel, Action.REFUSE)
    dialog = panel.dialog
    assert dialog is not None
    assert "個人情報保護委員会" in dialog.texts["right_to_complain"].toPlainText()
    assert not dialog.ok_button.isEnabled()
    dialog.set_text("reasons", "同一の請求が短期間に繰り返されているため")
    assert not dialog.ok_button.isEnabled()  # the legal ground is still to be chosen
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    assert dialog.category.currentData() == RefusalCategory.IDENTITY_NOT_VERIFIED
    dialog.set_category(RefusalCategory.UNFOUNDED_OR_EXCESSIVE)
    assert dialog.ok_button.isEnabled()
    _accept(qtbot, panel)
    assert panel.state_label.text() == "Refused"
    assert "Manifestly unfounded or excessive" in panel.detail_label.text()
    assert lc.workflow.status(manager, ref).refusal_category == "unfounded_or_excessive"


def test_dialog_cancel_changes_nothing(qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    _click(qtbot, panel, Action.WITHDRAW)
    assert panel.dialog is not None
    panel.dialog.reject()
    assert panel.state_label.text() == "Received"


def test_ledger_model_and_view(
    qtbot: QtBot, qtmodeltester: object, app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    clock.advance(2)
    lc.workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT)
    clock.advance(3)
    lc.workflow.act(staff, ref, Action.APPLICANT_ANSWERED)
    view = ClockLedgerView(lc, staff, ref)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 3
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    assert "2026-04-18" in view.summary.text()


def test_evidence_model(qtbot: QtBot, qtmodeltester: object, app: App, lc: Lifecycle, staff: Actor) -> None:
    from inquiry_desk.services.lifecycle.verification import NewEvidence

    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.verification.add_evidence(staff, ref, NewEvidence(EvidenceType.MY_NUMBER_CARD))
    lc.verification.add_evidence(
        staff, ref, NewEvidence(EvidenceType.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 3, 1))
    )
    panel = VerificationPanel(lc, staff, ref)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert panel.model.index(0, 3).data() == "Yes"


def test_fee_panel_records_and_refuses_inline(
    qtbot: QtBot, qtmodeltester: object, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = FeePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    assert panel.policy_label.text().startswith("Fee allowed")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(FeeEntryKind.REQUESTED))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(FeeEntryKind.RECEIVED))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "say how it was paid" in panel.field_rows["method"].error_text  # beside the field
    panel.method_combo.setCurrentIndex(panel.method_combo.findData(PaymentMethod.POSTAL_MONEY_ORDER))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "Paid" in panel.balance_label.text()
    assert panel.model.rowCount() == 2
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_panel_buttons_have_distinct_mnemonics(qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor) -> None:
    ref = app.cases.create(manager, new_case(RECEIVED))
    panel = LifecyclePanel(lc, manager, ref)
    qtbot.addWidget(panel)
    keys = [
        b.text()[b.text().index("&") + 1].lower() for b in panel.findChildren(QPushButton) if "&" in b.text()
    ]
    assert len(keys) == len(set(keys)) >= 4
