"""The case-view actions of issue #5 driven like a user would: extending a GDPR deadline,
assigning a case, recording letters sent by post and mail that came back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.postal import normalise_tracking, tracking_problem
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.postal import Posting
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.assignment_bar import NOBODY
from inquiry_desk.ui.case.clock_ledger_view import ClockLedgerView
from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
from inquiry_desk.ui.case.panels import CLOCK_TAB, FEES_TAB, IDENTITY_TAB, POST_TAB
from inquiry_desk.ui.case.postal_panel import (
    COL_RETURNED,
    COL_TRACKING,
    PostalPanel,
    PostingTableModel,
)
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.columns import COL_DUE
from tests.services.lifecycle_helpers import RECEIVED, Clock, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _gdpr_case(app: App, actor: Actor) -> str:
    return app.cases.create(actor, new_case(RECEIVED, jurisdiction=Jurisdiction.EEA, language=Language.EN))


def _open(ctl: MainController, ref: str) -> tuple[CaseView, LifecyclePanel]:
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    panel = view.lifecycle_panel
    assert isinstance(panel, LifecyclePanel)
    return view, panel


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _ime_commit(edit: QPlainTextEdit, text: str) -> None:
    """Kanji typed into a multi-line field arrive as an input-method commit. Sent to the edit
    itself: QPlainTextEdit does not take them from its viewport (where the conftest's
    ``ime_type`` sends them for scroll areas)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(edit, event)


def _register_refs(ctl: MainController, flt: RegisterFilter) -> set[str]:
    ctl.model.set_filter(flt)
    return {ctl.model.row_at(i).ref for i in range(ctl.model.rowCount())}


# --- extension -------------------------------------------------------------------------------
def test_extension_through_the_dialog_moves_the_due_date(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ref = _gdpr_case(app, staff)
    ctl = make_ctl(app, staff)
    view, panel = _open(ctl, ref)
    assert panel.due_label.text().startswith("Due 2026-05-01")
    clock_view = view.panel(CLOCK_TAB)
    assert isinstance(clock_view, ClockLedgerView)
    view.tabs.setCurrentIndex(view.panel_tab(CLOCK_TAB))
    assert clock_view.extend_button.isVisible()
    rows_before = clock_view.model.rowCount()

    _click(qtbot, clock_view.extend_button)
    dialog = clock_view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.deadline_label.text() == "2026-05-01 (30 days left)"  # last day for the notice
    assert dialog.on_edit.date() == QDate(2026, 4, 1)  # today by the App's clock
    assert dialog.on_edit.maximumDate() == QDate(2026, 4, 1)  # not in the future
    assert not dialog.ok_button.isEnabled()  # reasons are required
    dialog.months_spin.setValue(2)
    qtbot.keyClicks(dialog.reasons_edit, "Records from three systems must be compiled.")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(clock_view.changed, timeout=2000):
        _click(qtbot, dialog.ok_button)

    assert not dialog.isVisible()
    # The other panels, the header and the register followed the clock view's signal.
    assert panel.due_label.text().startswith("Due 2026-07-01")
    assert clock_view.model.rowCount() == rows_before + 1
    assert clock_view.model.index(rows_before, 1).data() == "Deadline extended by 2 months"
    assert "2026-07-01" in clock_view.message.text()
    assert view.detail.due == date(2026, 7, 1)
    row = ctl.model.row_for_ref(ref)
    assert row is not None and ctl.model.row_at(row).due == date(2026, 7, 1)
    assert ctl.model.index(row, COL_DUE).data() is not None
    # Both months the law allows are used: no further notice is offered.
    assert not clock_view.extend_button.isVisible()
    assert "Extended by 2 months, the most the law allows." in clock_view.summary.text()
    assert "can be recorded until" not in clock_view.summary.text()


def test_no_extension_button_under_appi_or_once_the_case_is_finished(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    appi = app.cases.create(staff, new_case(RECEIVED))  # Japan: APPI has no extension
    appi_view = ClockLedgerView(lc, staff, appi)
    qtbot.addWidget(appi_view)
    appi_view.show()
    assert not appi_view.extend_button.isVisible()
    assert appi_view.start_extension() is None

    gdpr = _gdpr_case(app, staff)
    gdpr_view = ClockLedgerView(lc, staff, gdpr)
    qtbot.addWidget(gdpr_view)
    gdpr_view.show()
    assert gdpr_view.extend_button.isVisible()
    assert "extension notice can be recorded until 2026-05-01" in gdpr_view.summary.text()
    lc.workflow.act(staff, gdpr, Action.WITHDRAW, ActionInput(comment="Withdrawn by letter"))
    gdpr_view.refresh()
    assert not gdpr_view.extend_button.isVisible()


def test_late_extension_is_refused_inline_and_the_reasons_stay(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    ref = _gdpr_case(app, staff)
    clock.advance(40)  # the first month ended on 2026-05-01
    view = ClockLedgerView(lc, staff, ref)
    qtbot.addWidget(view)
    view.show()
    assert view.extend_button.isVisible()  # a notice sent in time may still be recorded
    _click(qtbot, view.extend_button)
    dialog = view.dialog
    assert dialog is not None
    assert dialog.deadline_label.text().startswith("2026-05-01 — the first period has ended")
    reasons = "The request covers ten years of orders."
    qtbot.keyClicks(dialog.reasons_edit, reasons)
    _click(qtbot, dialog.ok_button)

    assert dialog.isVisible()
    assert dialog.message.isVisibleTo(dialog)
    assert "after the first period ended on 2026-05-01" in dialog.message.text()
    assert dialog.reasons_edit.toPlainText() == reasons
    assert view.model.rowCount() == 1  # nothing recorded

    # The notice went out in time and is recorded late, dated the day it was sent.
    dialog.on_edit.setDate(QDate(2026, 4, 28))
    with qtbot.waitSignal(view.changed, timeout=2000):
        _click(qtbot, dialog.ok_button)
    assert view.ledger is not None and view.ledger.due == date(2026, 7, 1)


# --- assignment ------------------------------------------------------------------------------
def test_assignment_through_the_combo_and_assign_to_me(
    qtbot: QtBot,
    app: App,
    lc: Lifecycle,
    staff: Actor,
    manager: Actor,
    make_ctl: Callable[..., MainController],
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view, panel = _open(ctl, ref)
    bar = panel.assignment
    assert bar.isVisible()
    assert bar.combo.currentText() == NOBODY
    assert "&" in bar.me_button.text()
    names = [bar.combo.itemText(i) for i in range(bar.combo.count())]
    assert names == [NOBODY, "Sato", "Tanaka"]

    with qtbot.waitSignal(panel.changed, timeout=2000):
        bar.combo.setCurrentIndex(bar.combo.findText("Tanaka"))
    assert lc.workflow.status(staff, ref).assignee == "Tanaka"
    assert view.detail.assignee == "Tanaka"  # the header followed
    assert bar.combo.currentText() == "Tanaka"  # the refresh did not move it back
    assert ref in _register_refs(ctl, RegisterFilter(assignee_id=manager.user_id))
    assert ref not in _register_refs(ctl, RegisterFilter(assignee_id=staff.user_id))

    with qtbot.waitSignal(panel.changed, timeout=2000):
        _click(qtbot, bar.me_button)
    assert lc.workflow.status(staff, ref).assignee == "Sato"
    assert bar.combo.currentText() == "Sato"
    assert not bar.me_button.isEnabled()  # already mine
    assert ref not in _register_refs(ctl, RegisterFilter(assignee_id=manager.user_id))
    # View → Awaiting me (Ctrl+Shift+M): the filter bar says so and the case is listed.
    ctl.window.awaiting_me_action.trigger()
    assert ctl.register_view.awaiting.currentText() == "Awaiting me"
    assert {ctl.model.row_at(i).ref for i in range(ctl.model.rowCount())} == {ref}
    lc.workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons="本人確認書類"))
    ctl.refresh()
    assert ctl.model.rowCount() == 0  # now it waits on the applicant, not on Sato
    ctl.window.awaiting_applicant_action.trigger()
    assert {ctl.model.row_at(i).ref for i in range(ctl.model.rowCount())} == {ref}
    ctl.window.clear_filters_action.trigger()
    assert ctl.register_view.awaiting.currentIndex() == 0

    # Refreshing (the controller does it after every change) never assigns again.
    panel.refresh()
    ctl.refresh()
    assigned = [e for e in app.cases.get(staff, ref).events if e.action == "assign"]
    assert [e.summary for e in assigned] == ["Assigned to tanaka", "Assigned to sato"]

    with qtbot.waitSignal(panel.changed, timeout=2000):
        bar.combo.setCurrentIndex(0)
    assert lc.workflow.status(staff, ref).assignee is None


def test_assignment_refused_shows_inline_and_keeps_the_real_assignee(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    bar = panel.assignment
    assert bar.combo.findText("Tanaka") > 0
    # The list on screen is stale: the manager's account was deactivated meanwhile.
    app.users.set_active(Actor("setup-admin", "admin"), "tanaka", False)
    bar.combo.setCurrentIndex(bar.combo.findText("Tanaka"))
    assert bar.message.isVisibleTo(bar)
    assert "active staff or managers" in bar.message.text()
    assert bar.combo.currentText() == NOBODY
    assert lc.workflow.status(staff, ref).assignee is None
    panel.refresh()
    assert bar.combo.findText("Tanaka") == -1


# --- post ------------------------------------------------------------------------------------
def test_tracking_numbers_are_normalised_and_checked() -> None:
    assert normalise_tracking(" １２３４－５６７８－９０１２ ") == "123456789012"
    assert normalise_tracking("1234ー5678ー901") == "12345678901"  # typed with a Japanese IME
    assert tracking_problem("123456789012") is None
    assert tracking_problem("RR123456789JP") is None
    assert "11 to 13 digits; this one has 4" in (tracking_problem("1234") or "")
    assert tracking_problem("12345678901234") is not None
    assert tracking_problem("ABC123") is not None


def test_registered_posting_without_tracking_number_is_refused_inline(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = PostalPanel(lc, staff, ref, ["Response to the request"])
    qtbot.addWidget(panel)
    panel.show()
    assert panel.registered_check.isChecked()  # registered is the default
    assert "needs the tracking number" in panel.tracking_hint.text()
    assert panel.posted_edit.date() == QDate(2026, 4, 1)
    panel.what_combo.setCurrentIndex(0)
    _click(qtbot, panel.record_button)
    assert panel.message.isVisibleTo(panel)
    assert "Registered mail needs its tracking number" in panel.message.text()
    assert panel.model.rowCount() == 0
    assert panel.what_combo.currentText() == "Response to the request"  # nothing typed is lost

    qtbot.keyClicks(panel.tracking_edit, "1234-56")
    assert "this one has 6" in panel.tracking_hint.text()  # flagged while typing
    _click(qtbot, panel.record_button)
    assert panel.message.text() == "Not recorded: check the tracking number."
    assert panel.tracking_edit.text() == "1234-56"
    assert lc.postal.postings(staff, ref) == []

    qtbot.keyClicks(panel.tracking_edit, "78-9012")
    assert panel.tracking_hint.text() == "Recorded as 1234-5678-9012."
    with qtbot.waitSignal(panel.changed, timeout=2000):
        _click(qtbot, panel.record_button)
    assert [(p.tracking_number, p.what, p.registered) for p in lc.postal.postings(staff, ref)] == [
        ("123456789012", "Response to the request", True)
    ]
    assert panel.model.index(0, COL_TRACKING).data() == "1234-5678-9012"
    assert panel.tracking_edit.text() == ""

    # Ordinary mail needs no number.
    panel.registered_check.setChecked(False)
    panel.what_combo.setEditText("Acknowledgement of receipt")
    _click(qtbot, panel.record_button)
    assert panel.model.rowCount() == 2
    assert panel.model.index(1, 1).data() == "Ordinary"


def test_returned_mail_pauses_the_clock(
    qtbot: QtBot,
    app: App,
    lc: Lifecycle,
    staff: Actor,
    clock: Clock,
    ime_type: Callable[[QWidget, str], None],
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lifecycle = LifecyclePanel(lc, staff, ref)
    clock.advance(2)
    post = PostalPanel(lc, staff, ref)
    for widget in (lifecycle, post):
        qtbot.addWidget(widget)
        widget.show()
    post.changed.connect(lifecycle.refresh)  # as the controller does through case_changed
    assert lifecycle.state_label.text() == "Received"

    ime_type(post.tracking_edit, "１２３４－５６７８－９０１２")  # full-width, as typed in Japanese mode
    what_edit = post.what_combo.lineEdit()
    assert what_edit is not None
    ime_type(what_edit, "開示請求書（返信用封筒同封）")
    _click(qtbot, post.record_button)
    assert post.model.rowCount() == 1
    assert post.model.index(0, COL_TRACKING).data() == "1234-5678-9012"
    # The posting just recorded is selected, ready for "returned" should it come back.
    assert post.selected_posting() == lc.postal.postings(staff, ref)[0]
    assert post.returned_button.isEnabled()

    clock.advance(5)
    _click(qtbot, post.returned_button)
    dialog = post.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.on_edit.date() == QDate(2026, 4, 8)
    assert dialog.on_edit.minimumDate() == QDate(2026, 4, 3)  # not before it was posted
    dialog.on_edit.setDate(QDate(2026, 4, 7))
    _ime_commit(dialog.note_edit, "簡易書留で返送")
    assert dialog.note_edit.toPlainText() == "簡易書留で返送"
    with qtbot.waitSignal(post.changed, timeout=2000):
        _click(qtbot, dialog.ok_button)

    assert lifecycle.state_label.text() == "Awaiting applicant"
    assert "clock paused" in lifecycle.due_label.text()
    assert post.model.index(0, COL_RETURNED).data() == "2026-04-07"
    assert not post.returned_button.isEnabled()  # recorded once
    assert lc.postal.postings(staff, ref)[0].returned_on == date(2026, 4, 7)
    ledger = lc.deadlines.ledger(staff, ref)
    assert ledger.paused and ledger.rows[-1].on == date(2026, 4, 7)
    assert ledger.rows[-1].reason == "簡易書留で返送"


def test_postal_model(qtmodeltester: object) -> None:
    model = PostingTableModel(
        rows=[
            Posting(1, date(2026, 4, 2), True, "123456789012", "Response to the request", None),
            Posting(2, date(2026, 4, 3), False, "", "", date(2026, 4, 9)),
            Posting(3, date(2026, 4, 4), True, "RR123456789JP", "回答書", None),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, COL_TRACKING).data() == "1234-5678-9012"
    assert model.index(2, COL_TRACKING).data() == "RR123456789JP"
    assert model.index(1, COL_RETURNED).data() == "2026-04-09"
    assert model.index(1, COL_RETURNED).data(Qt.ItemDataRole.ForegroundRole) is not None


# --- wiring ----------------------------------------------------------------------------------
@pytest.mark.demo
def test_every_case_kind_gets_a_post_tab(qtbot: QtBot, controller: MainController, app: App) -> None:
    for kind in (CaseKind.REQUEST, CaseKind.QUESTION, CaseKind.COMPLAINT):
        rows = app.register.page(RegisterFilter(kinds=frozenset({kind}), include_purged=False), limit=1)
        if not rows:
            continue
        view, _panel = _open(controller, rows[0].ref)
        titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert POST_TAB in titles, (kind, titles)
        assert isinstance(view.panel(POST_TAB), PostalPanel)
        expected = (
            [IDENTITY_TAB, CLOCK_TAB, FEES_TAB, POST_TAB]
            if kind is CaseKind.REQUEST
            else [CLOCK_TAB, POST_TAB]
        )
        assert [t for t in titles if t in (IDENTITY_TAB, CLOCK_TAB, FEES_TAB, POST_TAB)] == expected
        assert titles[-1].startswith("Timeline")


# --- one click, one write ----------------------------------------------------------------------
def _audited(app: App, manager: Actor, ref: str) -> list[str]:
    return [row.action for row in app.audit_log.browse(manager, case_ref=ref)]


def test_an_action_click_is_one_write_and_audits_no_second_viewing(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    manager: Actor,
    make_ctl: Callable[..., MainController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening a case is audited once; an action on it writes the action and nothing else."""
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.QUESTION, types=()))
    ctl = make_ctl(app, staff)
    _view, panel = _open(ctl, ref)
    assert _audited(app, manager, ref).count("case.view") == 1
    opened = len(_audited(app, manager, ref))
    writes: list[str] = []
    real_write = app.db.write

    def counted_write() -> Any:
        writes.append("write")
        return real_write()

    monkeypatch.setattr(app.db, "write", counted_write)
    _click(qtbot, panel.buttons[Action.START_WORK])
    assert panel.state_label.text() == "In progress"
    assert writes == ["write"]  # the action; the panels and the case view only read
    monkeypatch.undo()
    after = _audited(app, manager, ref)
    assert after.count("case.view") == 1 and len(after) == opened + 1


def test_a_hidden_panel_reads_the_case_again_only_when_its_tab_is_shown(
    qtbot: QtBot,
    app: App,
    lc: Lifecycle,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.QUESTION, types=()))
    ctl = make_ctl(app, staff)
    view, panel = _open(ctl, ref)
    clock_view = view.panel(CLOCK_TAB)
    assert isinstance(clock_view, ClockLedgerView) and not clock_view.isVisible()
    ledgers: list[str] = []
    real_ledger = lc.deadlines.ledger

    def counted_ledger(*args: Any, **kwargs: Any) -> Any:
        ledgers.append(args[1])
        return real_ledger(*args, **kwargs)

    monkeypatch.setattr(lc.deadlines, "ledger", counted_ledger)
    _click(qtbot, panel.buttons[Action.START_WORK])
    assert ledgers == []  # the Clock tab is not on screen: nothing read for it yet
    view.tabs.setCurrentIndex(view.panel_tab(CLOCK_TAB))
    assert ledgers == [ref]  # shown: it reads the case once
    view.tabs.setCurrentIndex(0)
    view.tabs.setCurrentIndex(view.panel_tab(CLOCK_TAB))
    assert ledgers == [ref]  # and not again while nothing changed


def test_the_timeline_reads_as_sentences_not_json(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ref = _gdpr_case(app, staff)
    lc.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="Withdrawn by letter"))
    view, _panel = _open(make_ctl(app, staff), ref)
    timeline = view.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(3) == "Comment: Withdrawn by letter"
    assert "{" not in "".join(last.text(c) for c in range(4))
    assert last.text(2).startswith("Withdrawn by the applicant")
    assert last.toolTip(2) == last.text(2)  # the whole text, however narrow the column
    assert last.text(1) == staff.display_name != staff.username  # a person's name, not the login
