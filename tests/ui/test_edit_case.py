"""Edit case… and the stale saves it refuses, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import AnswerMedium, Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.lifecycle.verification import Checks
from inquiry_desk.ui.case.edit_dialog import EditCaseDialog
from inquiry_desk.ui.case.panels import IDENTITY_TAB
from inquiry_desk.ui.case.verification_panel import VerificationPanel
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.intake.dialog import TYPE_ROLE
from inquiry_desk.ui.main_controller import MainController
from tests.services.lifecycle_helpers import RECEIVED, make_user, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)

NAMBA = "大阪府大阪市中央区難波1-1"


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _open_dialog(qtbot: QtBot, ctl: MainController, ref: str) -> tuple[CaseView, EditCaseDialog]:
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    button = view.findChild(QPushButton, "editCaseButton")
    assert button is not None
    _click(qtbot, button)
    dialog = view.edit_dialog
    assert isinstance(dialog, EditCaseDialog)
    qtbot.waitUntil(dialog.isVisible)
    return view, dialog


def _retype(qtbot: QtBot, field: QWidget, text: str, ime_type: Callable[[QWidget, str], None]) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    ime_type(field, text)


def _tick(dialog: EditCaseDialog, value: str) -> None:
    root = dialog.request_types.invisibleRootItem()
    for g in range(root.childCount()):
        group = root.child(g)
        for i in range(group.childCount()):
            item: QTreeWidgetItem = group.child(i)
            if item.data(0, TYPE_ROLE) == value:
                item.setCheckState(0, Qt.CheckState.Checked)
                return
    raise AssertionError(value)


def test_edit_case_prefilled_and_saved(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    ime_type: Callable[[QWidget, str], None],
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view, dialog = _open_dialog(qtbot, ctl, ref)
    assert dialog.applicant.name.text() == "髙橋 﨑子"
    assert dialog.applicant.address.toPlainText() == "大阪府大阪市北区梅田1-2-3"
    assert not dialog.received.isEnabled()  # staff: the receipt date is the manager's
    _retype(qtbot, dialog.applicant.address, NAMBA, ime_type)
    _retype(qtbot, dialog.applicant.postal_code, "542-0076", ime_type)
    qtbot.keyClicks(dialog.applicant.phone, "06-6634-1122")
    _tick(dialog, "correction")
    dialog.answer_medium.setCurrentIndex(dialog.answer_medium.findData(AnswerMedium.EMAIL))
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = app.cases.get(staff, ref, record_view=False)
    assert stored.applicant is not None
    assert (stored.applicant.address, stored.applicant.postal_code, stored.applicant.phone) == (
        NAMBA,
        "542-0076",
        "06-6634-1122",
    )
    assert stored.answer_medium is AnswerMedium.EMAIL and "correction" in stored.request_types
    assert stored.applicant.name == "髙橋 﨑子"  # untouched
    assert view.detail.version == stored.version == 2  # the view follows the saved case
    assert view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1).text(2).startswith("Edited: ")


def test_a_stale_save_keeps_what_was_typed_and_reloads_on_request(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    ime_type: Callable[[QWidget, str], None],
) -> None:
    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    _view, dialog = _open_dialog(qtbot, ctl, ref)
    # Meanwhile, on a colleague's PC:
    app.edits.edit(colleague, ref, CaseEdit(applicant={"phone": "03-3333-4444"}))

    _retype(qtbot, dialog.applicant.address, NAMBA, ime_type)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.stale_banner.isVisible()
    assert "was changed after you opened it" in dialog.stale_text.text()
    assert "Suzuki — Edited: applicant's phone" in dialog.stale_text.text()
    assert dialog.applicant.address.toPlainText() == NAMBA  # nothing typed is lost
    stored = app.cases.get(staff, ref, record_view=False)
    assert stored.applicant is not None and stored.applicant.address != NAMBA and stored.version == 2

    _click(qtbot, dialog.reload_button)
    assert not dialog.stale_banner.isVisible()
    assert dialog.applicant.phone.text() == "03-3333-4444"  # the colleague's change, shown
    assert dialog.applicant.address.toPlainText() == NAMBA  # mine, kept
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = app.cases.get(staff, ref, record_view=False)
    assert stored.applicant is not None
    assert (stored.applicant.address, stored.applicant.phone) == (NAMBA, "03-3333-4444")
    assert stored.version == 3


def test_bad_input_is_shown_beside_the_field_and_the_dialog_stays(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    ime_type: Callable[[QWidget, str], None],
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    _view, dialog = _open_dialog(qtbot, ctl, ref)
    _retype(qtbot, dialog.applicant.postal_code, "54-00", ime_type)
    qtbot.keyClicks(dialog.applicant.email, "x")  # saki@example.jpx is still an address
    dialog.applicant.email.setText("saki at example")
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "7 digits" in dialog.applicant.rows["postal_code"].error_text
    assert "not an email address" in dialog.applicant.rows["email"].error_text
    assert app.cases.get(staff, ref, record_view=False).version == 1


def test_the_manager_corrects_the_receipt_date_with_a_reason(
    qtbot: QtBot, app: App, manager: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ref = app.cases.create(manager, new_case(RECEIVED))
    ctl = make_ctl(app, manager)
    _view, dialog = _open_dialog(qtbot, ctl, ref)
    assert dialog.received.isEnabled()
    dialog.received.setDate(dialog.received.date().addDays(-1))
    _click(qtbot, dialog.save_button)
    assert "Say why" in dialog.rows["reason"].error_text
    qtbot.keyClicks(dialog.reason, "postmark")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.cases.get(manager, ref, record_view=False).received == RECEIVED - timedelta(days=1)


def test_a_stale_identity_tick_is_refused_not_overwriting(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentIndex(view.panel_tab(IDENTITY_TAB))
    panel = view.panel(IDENTITY_TAB)
    assert isinstance(panel, VerificationPanel)
    app.lifecycle.verification.set_checks(colleague, ref, Checks(name_matches=True))  # meanwhile

    combo = panel.check_combos["address"]
    combo.setCurrentIndex(combo.findData(False))  # "Differs", from the stale view
    assert panel.message.isVisible()
    assert "Suzuki — Identity checks saved" in panel.message.text()
    assert combo.currentData() is False  # the choice stays on screen
    assert app.lifecycle.verification.view(staff, ref).checks == Checks(name_matches=True)


def test_my_own_changes_elsewhere_in_the_window_are_no_conflict(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    ime_type: Callable[[QWidget, str], None],
) -> None:
    """A note, an edit or a lifecycle action of mine makes a new version: the panels follow
    it, so my next tick quotes it and goes through."""
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    panel = view.panel(IDENTITY_TAB)
    assert isinstance(panel, VerificationPanel)
    view.tabs.setCurrentIndex(3)  # notes
    ime_type(view.note_edit, "電話で住所を確認")
    _click(qtbot, view.add_note_button)
    _view, dialog = _open_dialog(qtbot, ctl, ref)
    qtbot.keyClicks(dialog.applicant.fax, "06-6634-1123")
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    view.tabs.setCurrentIndex(view.panel_tab(IDENTITY_TAB))
    combo = panel.check_combos["name"]
    combo.setCurrentIndex(combo.findData(True))
    assert not panel.message.isVisible(), panel.message.text()
    assert app.lifecycle.verification.view(staff, ref).checks.name_matches is True
    assert app.cases.get(staff, ref, record_view=False).version == 4


def test_an_open_case_follows_a_colleagues_change_within_seconds(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    ime_type: Callable[[QWidget, str], None],
) -> None:
    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    assert ctl.case_tabs.follow_timer.isActive() and ctl.case_tabs.follow_timer.interval() <= 5000
    ctl.case_tabs.follow_timer.setInterval(50)  # the test does not wait the 3 seconds

    app.edits.edit(colleague, ref, CaseEdit(applicant={"phone": "03-3333-4444"}))
    qtbot.waitUntil(lambda: view.detail.version == 2, timeout=3000)
    assert view.detail.applicant is not None and view.detail.applicant.phone == "03-3333-4444"
    panel = view.panel(IDENTITY_TAB)
    assert isinstance(panel, VerificationPanel)
    view.tabs.setCurrentIndex(view.panel_tab(IDENTITY_TAB))
    assert panel.view is not None and panel.view.version == 2  # my next tick quotes it

    # With a note being typed the case is not reloaded under my hands: it says so instead.
    view.tabs.setCurrentIndex(3)
    ime_type(view.note_edit, "書きかけのメモ")
    app.edits.edit(colleague, ref, CaseEdit(applicant={"fax": "03-3333-4445"}))
    qtbot.waitUntil(view.notice.isVisible, timeout=3000)
    assert "changed elsewhere (now version 3)" in view.notice.text()
    assert view.detail.version == 2 and view.note_edit.toPlainText() == "書きかけのメモ"
    ctl.refresh()  # F5
    assert view.detail.version == 3 and not view.notice.isVisible()
    assert view.note_edit.toPlainText() == "書きかけのメモ"


def test_a_lifecycle_action_from_a_stale_view_is_refused(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    from inquiry_desk.domain.lifecycle import Action
    from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel

    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    panel = view.lifecycle_panel
    assert isinstance(panel, LifecyclePanel)
    app.cases.add_note(colleague, ref, "確認中")  # meanwhile
    _click(qtbot, panel.buttons[Action.START_VERIFICATION])
    assert "Suzuki — Note added" in panel.message.text()
    assert app.lifecycle.workflow.status(staff, ref).state.value == "received"
    ctl.refresh()  # F5: the panel shows the case as it is now, and the action goes through
    qtbot.waitUntil(lambda: panel.buttons[Action.START_VERIFICATION].isVisible())
    _click(qtbot, panel.buttons[Action.START_VERIFICATION])
    assert app.lifecycle.workflow.status(staff, ref).state.value == "verifying"


def test_an_address_corrected_after_returned_mail_says_how_the_clock_resumes(
    qtbot: QtBot,
    app: App,
    staff: Actor,
    make_ctl: Callable[..., MainController],
    ime_type: Callable[[QWidget, str], None],
) -> None:
    from inquiry_desk.domain.enums import CaseKind
    from inquiry_desk.domain.lifecycle import Action

    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.COMPLAINT, types=()))
    app.lifecycle.workflow.act(staff, ref, Action.START_WORK)
    posting = app.lifecycle.postal.record_posting(staff, ref, RECEIVED, "1234-5678-9012")
    app.lifecycle.postal.record_returned(staff, ref, RECEIVED, posting)
    ctl = make_ctl(app, staff)
    view, dialog = _open_dialog(qtbot, ctl, ref)
    _retype(qtbot, dialog.applicant.address, NAMBA, ime_type)
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    message = view.lifecycle_panel.message  # type: ignore[union-attr]
    assert message.isVisible() and "record that the applicant answered" in message.text()


def test_a_fee_entry_from_a_stale_view_is_refused_and_kept_in_the_form(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    from inquiry_desk.ui.case.fee_panel import FeePanel
    from inquiry_desk.ui.case.panels import FEES_TAB

    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentIndex(view.panel_tab(FEES_TAB))
    panel = view.panel(FEES_TAB)
    assert isinstance(panel, FeePanel)
    panel.note_edit.setText("定額小為替")
    app.cases.add_note(colleague, ref, "確認中")  # meanwhile
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert "Suzuki — Note added" in panel.message.text()
    assert panel.note_edit.text() == "定額小為替"  # what was typed stays
    assert app.lifecycle.fees.overview(staff, ref).lines == ()
    ctl.refresh()
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert len(app.lifecycle.fees.overview(staff, ref).lines) == 1


def test_the_answer_medium_goes_back_to_not_stated(
    qtbot: QtBot, app: App, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    app.edits.edit(staff, ref, CaseEdit(answer_medium=AnswerMedium.EMAIL))
    ctl = make_ctl(app, staff)
    view, dialog = _open_dialog(qtbot, ctl, ref)
    assert dialog.answer_medium.currentData() == AnswerMedium.EMAIL
    dialog.answer_medium.setCurrentIndex(0)
    assert dialog.answer_medium.currentText() == "— not stated —"
    _click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = app.cases.get(staff, ref, record_view=False)
    assert stored.answer_medium is None
    assert stored.events[-1].summary == "Edited: medium of the answer"
    last = view.timeline.topLevelItem(view.timeline.topLevelItemCount() - 1)
    assert last.text(2) == "Edited: medium of the answer"
