"""The post tab, the returned mail and extension dialogs, the outcomes dialog and the assignment
bar quote the version of the case they showed: a colleague's change made meanwhile is not
written over. The refusal names who changed what, everything typed stays, and "Reload the
case, keep my changes" lets the same input go through quoting the new version."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import Jurisdiction, Language, RequestType
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import TypeResult
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.clock_ledger_view import ClockLedgerView
from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
from inquiry_desk.ui.case.outcomes_editor import OutcomesDialog
from inquiry_desk.ui.case.postal_panel import PostalPanel
from inquiry_desk.ui.case.stale_banner import StaleBanner
from inquiry_desk.ui.case.verification_panel import VerificationPanel
from tests.services.lifecycle_helpers import RECEIVED, Clock, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()


def _colleague_notes(app: App, manager: Actor, ref: str) -> int:
    """The manager changes the case elsewhere; returns the version it is at now."""
    app.cases.add_note(manager, ref, "Called the applicant")
    return app.cases.get(manager, ref, record_view=False).version


def _assert_stale(banner: StaleBanner, ref: str, seen: int, now: int, change: str) -> None:
    assert banner.isVisible()
    text = banner.text.text()
    assert f"{ref} was changed after you opened it (version {seen}, now {now})" in text
    assert "Tanaka" in text and change in text  # who changed what
    assert banner.reload_button.isVisible()


def test_a_stale_posting_is_refused_and_the_form_keeps_what_was_typed(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    clock.advance(3)
    panel = PostalPanel(lc, staff, ref, ["Response to the request"])
    _show(qtbot, panel)
    seen = panel.status.version if panel.status else 0
    now = _colleague_notes(app, manager, ref)

    qtbot.keyClicks(panel.tracking_edit, "1234-5678-9012")
    panel.what_combo.setCurrentIndex(0)
    panel.posted_edit.setDate(QDate(2026, 4, 2))
    _click(qtbot, panel.record_button)

    _assert_stale(panel.stale, ref, seen, now, "Note added")
    assert lc.postal.postings(staff, ref) == []  # nothing recorded blind
    assert panel.tracking_edit.text() == "1234-5678-9012"
    assert panel.what_combo.currentText() == "Response to the request"
    assert panel.posted_edit.date() == QDate(2026, 4, 2)

    _click(qtbot, panel.stale.reload_button)
    assert not panel.stale.isVisible()
    assert panel.status is not None and panel.status.version == now
    assert panel.tracking_edit.text() == "1234-5678-9012"  # the reload kept the form
    with qtbot.waitSignal(panel.changed, timeout=2000):
        _click(qtbot, panel.record_button)
    assert [(p.posted_on, p.tracking_number) for p in lc.postal.postings(staff, ref)] == [
        (date(2026, 4, 2), "123456789012")
    ]
    notes = app.cases.get(staff, ref, record_view=False).notes
    assert [n.text for n in notes] == ["Called the applicant"]  # the colleague's change stays


def test_stale_returned_mail_keeps_the_dialog_open_with_the_note(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.postal.record_posting(staff, ref, RECEIVED, "123456789012", "Request form")
    panel = PostalPanel(lc, staff, ref)
    _show(qtbot, panel)
    panel.table.selectRow(0)
    dialog = panel.start_returned()
    assert dialog is not None and dialog.isVisible()
    seen = panel.status.version if panel.status else 0
    now = _colleague_notes(app, manager, ref)

    dialog.note_edit.setPlainText("宛所に尋ねあたりません")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    _assert_stale(dialog.stale, ref, seen, now, "Note added")
    assert dialog.note_edit.toPlainText() == "宛所に尋ねあたりません"
    assert lc.postal.postings(staff, ref)[0].returned_on is None
    assert lc.workflow.status(staff, ref).state.value == "received"

    _click(qtbot, dialog.stale.reload_button)  # the panel reads the case again
    assert panel.status is not None and panel.status.version == now
    with qtbot.waitSignal(panel.changed, timeout=2000):
        _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert lc.postal.postings(staff, ref)[0].returned_on == RECEIVED
    ledger = lc.deadlines.ledger(staff, ref)
    assert ledger.paused and ledger.rows[-1].reason == "宛所に尋ねあたりません"


def test_a_stale_extension_is_refused_with_the_reasons_kept(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, jurisdiction=Jurisdiction.EEA, language=Language.EN))
    view = ClockLedgerView(lc, staff, ref)
    _show(qtbot, view)
    dialog = view.start_extension()
    assert dialog is not None
    seen = view.version
    assert seen is not None
    now = _colleague_notes(app, manager, ref)

    dialog.months_spin.setValue(1)
    qtbot.keyClicks(dialog.reasons_edit, "Records from three systems must be compiled.")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    _assert_stale(dialog.stale, ref, seen, now, "Note added")
    assert dialog.reasons_edit.toPlainText() == "Records from three systems must be compiled."
    assert dialog.months_spin.value() == 1
    assert lc.deadlines.ledger(staff, ref).extension_months_granted == 0

    _click(qtbot, dialog.stale.reload_button)
    assert view.version == now
    with qtbot.waitSignal(view.changed, timeout=2000):
        _click(qtbot, dialog.ok_button)
    assert lc.deadlines.ledger(staff, ref).extension_months_granted == 1


def test_a_stale_assignment_does_not_overwrite_the_colleagues(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, staff, ref)
    _show(qtbot, panel)
    bar = panel.assignment
    seen = bar.version
    assert seen is not None and not bar.apply_button.isVisible()
    # Meanwhile the manager took the case, on another PC.
    lc.workflow.assign(manager, ref, manager.user_id)
    now = lc.workflow.status(manager, ref).version

    bar.combo.setCurrentIndex(bar.combo.findText("Sato"))
    _assert_stale(bar.stale, ref, seen, now, "Assigned to tanaka")
    assert lc.workflow.status(staff, ref).assignee == "Tanaka"  # last writer did not win
    assert bar.combo.currentText() == "Sato"  # the choice stays
    assert bar.has_unsaved_input() and panel.has_unsaved_input()

    _click(qtbot, bar.stale.reload_button)
    assert bar.version == now and bar.assignee_id == manager.user_id
    assert bar.combo.currentText() == "Sato"  # still the person's choice, shown to confirm
    assert bar.apply_button.isVisible()
    with qtbot.waitSignal(panel.changed, timeout=2000):
        _click(qtbot, bar.apply_button)
    assert lc.workflow.status(staff, ref).assignee == "Sato"
    assert not bar.apply_button.isVisible() and not bar.has_unsaved_input()
    events = [e.summary for e in app.cases.get(staff, ref, record_view=False).events if e.action == "assign"]
    assert events == ["Assigned to tanaka", "Assigned to sato"]


def test_choosing_back_the_holder_drops_a_refused_choice(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, staff, ref)
    _show(qtbot, panel)
    bar = panel.assignment
    lc.workflow.assign(manager, ref, manager.user_id)
    bar.combo.setCurrentIndex(bar.combo.findText("Sato"))
    assert bar.has_unsaved_input()
    _click(qtbot, bar.stale.reload_button)
    bar.combo.setCurrentIndex(bar.combo.findText("Tanaka"))  # who holds it now: nothing to do
    assert not bar.has_unsaved_input() and not bar.apply_button.isVisible()
    assert lc.workflow.status(staff, ref).assignee == "Tanaka"


def test_stale_outcomes_keep_the_choices_made(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, types=(RequestType.DISCLOSURE, RequestType.DELETION)))
    status = lc.workflow.status(staff, ref)
    dialog = OutcomesDialog(lc, staff, status)
    _show(qtbot, dialog)
    now = _colleague_notes(app, manager, ref)

    dialog.editor.set_outcome(RequestType.DELETION, TypeResult.REFUSED, RefusalCategory.REQUIRED_BY_LAW)
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    _assert_stale(dialog.stale, ref, status.version, now, "Note added")
    assert lc.workflow.status(staff, ref).type_outcomes == ()  # nothing planned blind

    _click(qtbot, dialog.stale.reload_button)
    assert dialog.version == now
    deletion = dialog.editor.rows[RequestType.DELETION][0]
    assert deletion.currentData() == TypeResult.REFUSED  # kept as chosen
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        _click(qtbot, dialog.ok_button)
    planned = {o.request_type: o.result for o in lc.workflow.status(staff, ref).type_outcomes}
    assert planned[RequestType.DELETION] is TypeResult.REFUSED


def test_a_stale_action_keeps_its_dialog_open_with_the_reasons(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, staff, ref)
    _show(qtbot, panel)
    seen = panel.status.version if panel.status else 0
    now = _colleague_notes(app, manager, ref)

    _click(qtbot, panel.buttons[Action.REQUEST_FROM_APPLICANT])
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_text("reasons", "本人確認書類の写しと手数料1,000円")
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible()  # refused: nothing typed is lost with a closed dialog
    _assert_stale(dialog.stale, ref, seen, now, "Note added")
    assert dialog.texts["reasons"].toPlainText() == "本人確認書類の写しと手数料1,000円"
    assert lc.workflow.status(staff, ref).state.value == "received"

    _click(qtbot, dialog.stale.reload_button)
    assert panel.status is not None and panel.status.version == now
    with qtbot.waitSignal(panel.changed, timeout=2000):
        _click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert lc.workflow.status(staff, ref).state.value == "awaiting_applicant"
    assert "Done" in panel.message.text()


def test_identity_decisions_from_a_stale_view_are_refused(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.workflow.act(staff, ref, Action.START_VERIFICATION)
    panel = VerificationPanel(lc, staff, ref)
    _show(qtbot, panel)
    _colleague_notes(app, manager, ref)
    panel.failed_button.setEnabled(True)  # whatever the checks say, the decision is refused
    _click(qtbot, panel.failed_button)
    assert "was changed after you opened it" in panel.message.text()
    assert "Tanaka" in panel.message.text()
    assert lc.workflow.status(staff, ref).state.value == "verifying"


def test_a_stale_redaction_on_the_data_held_tab_is_refused_and_keeps_its_reason(
    qtbot: QtBot, app: App, staff: Actor, manager: Actor
) -> None:
    from inquiry_desk.ui.case.records_model import COL_FIRST_VALUE
    from inquiry_desk.ui.case.records_panel import RecordsPanel

    ref = app.cases.create(staff, new_case(RECEIVED))
    app.records.add(staff, ref, "support.csv", "件名,本文\r\n配送,鈴木様へ\r\n".encode())
    panel = RecordsPanel(app.records, staff, ref)
    _show(qtbot, panel)
    seen = panel.version
    assert seen is not None
    now = _colleague_notes(app, manager, ref)

    panel.table.setCurrentIndex(panel.model.index(0, COL_FIRST_VALUE + 1))
    panel.reason.setText("第三者の氏名")
    panel.redact_button.click()
    _assert_stale(panel.stale, ref, seen, now, "Note added")
    assert panel.reason.text() == "第三者の氏名"  # what was typed stays
    assert app.records.sources(staff, ref, record_view=False)[0].redacted_count == 0  # nothing written

    panel.stale.reload_button.click()
    assert panel.version == now and panel.reason.text() == "第三者の氏名"
    panel.table.setCurrentIndex(panel.model.index(0, COL_FIRST_VALUE + 1))
    panel.redact_button.click()
    assert not panel.stale.isVisible()
    assert app.records.sources(staff, ref, record_view=False)[0].redacted_count == 1
    assert panel.version == app.cases.get(staff, ref, record_view=False).version  # quoted from now on
