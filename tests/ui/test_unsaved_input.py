"""No write is ever lost while the window is open: Esc, Cancel, closing a case tab or the
window ask before throwing away what was typed; a stray mouse wheel changes no field; closing
a case is confirmed; a request to the applicant must say what is requested."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import CaseState, PartyRole
from inquiry_desk.domain.fees import FeeEntryKind
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.verification import EvidenceType
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.fee_panel import FeePanel
from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
from inquiry_desk.ui.case.verification_panel import VerificationPanel
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.main_controller import FEES_TAB, IDENTITY_TAB, MainController
from inquiry_desk.ui.widgets.wheel_guard import install_wheel_guard
from tests.services.lifecycle_helpers import RECEIVED, new_case
from tests.ui.questions import DISCARD_BUTTON, KEEP_BUTTON, NO_BUTTON, YES_BUTTON, answer, no_question

pytestmark = pytest.mark.clock_starts(RECEIVED)


LEFT = Qt.MouseButton.LeftButton
DISCARD_QUESTION = "Discard what you entered?"
MakeController = Callable[..., MainController]


def _open_intake(ctl: MainController) -> IntakeDialog:
    ctl.window.new_action.trigger()
    dialog = ctl.intake
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    return dialog


def _open_case(
    qtbot: QtBot, make_ctl: MakeController, app: App, staff: Actor
) -> tuple[MainController, CaseView]:
    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    return ctl, view


def _panel(view: CaseView, title: str) -> QWidget:
    panel = view.panel(title)
    assert panel is not None
    view.tabs.setCurrentIndex(view.panel_tab(title))
    return panel


def _close_tab_button(ctl: MainController, view: CaseView) -> QAbstractButton:
    bar = ctl.window.tabs.tabBar()
    button = bar.tabButton(ctl.window.tabs.indexOf(view), bar.ButtonPosition.RightSide)
    assert isinstance(button, QAbstractButton)
    return button


def _click_action(qtbot: QtBot, panel: LifecyclePanel, action: Action) -> None:
    button = panel.buttons.get(action)
    assert button is not None, f"{action} not offered; offered: {list(panel.buttons)}"
    qtbot.mouseClick(button, LEFT)


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the mouse wheel over ``widget`` (negative: towards the person, i.e. down)."""
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


# --- 1. Esc and Cancel on a filled form ---------------------------------------------------------
def test_new_inquiry_esc_asks_and_keep_editing_keeps_what_was_typed(
    qtbot: QtBot, controller: MainController
) -> None:
    dialog = _open_intake(controller)
    qtbot.keyClicks(dialog.applicant.phone, "06-1234-5678")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answer(qtbot, KEEP_BUTTON) == DISCARD_QUESTION
    assert dialog.isVisible() and dialog.applicant.phone.text() == "06-1234-5678"

    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, LEFT)
    assert answer(qtbot, DISCARD_BUTTON) == DISCARD_QUESTION
    assert not dialog.isVisible()
    assert controller.model.total == 0 and controller.intake is None

    # An untouched form closes at once, and so does one typed in and wiped again: the
    # snapshot is compared, not whether a key was ever pressed.
    for typed in ("", "x"):
        dialog = _open_intake(controller)
        if typed:
            qtbot.keyClicks(dialog.note, typed)
            qtbot.keyClick(dialog.note, Qt.Key.Key_Backspace)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert no_question()
        assert not dialog.isVisible()


def test_new_inquiry_ticked_request_type_or_checked_representative_counts(
    qtbot: QtBot, controller: MainController
) -> None:
    dialog = _open_intake(controller)
    dialog.representative_box.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, KEEP_BUTTON)
    assert dialog.representative_box.isChecked()
    dialog.representative_box.setChecked(False)
    group = dialog.request_types.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    group.child(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, DISCARD_BUTTON)
    assert not dialog.isVisible()


def test_action_dialog_asks_only_when_something_was_typed(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, manager, ref)
    qtbot.addWidget(panel)
    panel.show()

    # The refusal's prefilled right to complain is the program's text, not the person's.
    _click_action(qtbot, panel, Action.REFUSE)
    refusal = panel.dialog
    assert refusal is not None and refusal.texts["right_to_complain"].toPlainText()
    qtbot.keyClick(refusal, Qt.Key.Key_Escape)
    assert no_question() and not refusal.isVisible()

    _click_action(qtbot, panel, Action.WITHDRAW)
    dialog = panel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.texts["comment"], "Phoned on 3 April")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answer(qtbot, KEEP_BUTTON) == DISCARD_QUESTION
    assert dialog.isVisible() and dialog.texts["comment"].toPlainText() == "Phoned on 3 April"
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, LEFT)
    answer(qtbot, DISCARD_BUTTON)
    assert not dialog.isVisible()
    assert lc.workflow.status(staff, ref).state is CaseState.RECEIVED


def test_closing_a_case_tab_with_an_unrecorded_fee_asks(
    qtbot: QtBot, make_ctl: MakeController, app: App, staff: Actor
) -> None:
    ctl, view = _open_case(qtbot, make_ctl, app, staff)
    fees = _panel(view, FEES_TAB)
    assert isinstance(fees, FeePanel)
    qtbot.keyClicks(fees.note_edit, "Money order in the envelope")

    qtbot.mouseClick(_close_tab_button(ctl, view), LEFT)
    assert answer(qtbot, KEEP_BUTTON) == DISCARD_QUESTION
    assert view in ctl.case_tabs.views() and fees.note_edit.text() == "Money order in the envelope"

    # Recorded, nothing is left to lose: the tab closes without a question.
    fees.kind_combo.setCurrentIndex(fees.kind_combo.findData(FeeEntryKind.REQUESTED))
    qtbot.mouseClick(fees.record_button, LEFT)
    assert fees.model.rowCount() == 1
    qtbot.mouseClick(_close_tab_button(ctl, view), LEFT)
    assert no_question()
    assert view not in ctl.case_tabs.views()


def test_closing_a_case_tab_with_unadded_evidence_asks_and_discard_closes_it(
    qtbot: QtBot, make_ctl: MakeController, app: App, staff: Actor
) -> None:
    ctl, view = _open_case(qtbot, make_ctl, app, staff)
    identity = _panel(view, IDENTITY_TAB)
    assert isinstance(identity, VerificationPanel)
    identity.holder_combo.setFocus()
    qtbot.keyClick(identity.holder_combo, Qt.Key.Key_Down)
    assert PartyRole(identity.holder_combo.currentData()) is not PartyRole.APPLICANT

    ctl.window.close_case_action.trigger()  # Ctrl+W
    assert answer(qtbot, DISCARD_BUTTON) == DISCARD_QUESTION
    assert view not in ctl.case_tabs.views()


def test_settings_esc_asks_and_a_value_typed_back_is_not_a_change(
    qtbot: QtBot, make_ctl: MakeController, app: App, lc: Lifecycle, manager: Actor
) -> None:
    ctl = make_ctl(app, manager)
    dialog = ctl.tools.show_settings()
    assert dialog is not None
    spin = dialog.fees.other_fee  # type: ignore[attr-defined]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "300")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answer(qtbot, KEEP_BUTTON) == DISCARD_QUESTION
    assert dialog.isVisible() and spin.value() == 300
    qtbot.mouseClick(dialog.close_button, LEFT)  # type: ignore[attr-defined]
    answer(qtbot, DISCARD_BUTTON)
    assert not dialog.isVisible()
    assert lc.rules.fee_rules().other_fee_jpy == 0

    again = ctl.tools.show_settings()
    assert again is not None and again is not dialog
    spin = again.fees.other_fee  # type: ignore[attr-defined]
    spin.selectAll()
    qtbot.keyClicks(spin, "300")
    spin.selectAll()
    qtbot.keyClicks(spin, "0")
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert no_question() and not again.isVisible()


# --- 2. closing the main window ----------------------------------------------------------------
def test_closing_the_window_with_unsaved_input_asks_and_keep_editing_keeps_it_open(
    qtbot: QtBot, make_ctl: MakeController, app: App, staff: Actor
) -> None:
    ctl, view = _open_case(qtbot, make_ctl, app, staff)
    identity = _panel(view, IDENTITY_TAB)
    assert isinstance(identity, VerificationPanel)
    identity.type_combo.setFocus()
    qtbot.keyClick(identity.type_combo, Qt.Key.Key_Down)
    chosen = identity.type_combo.currentIndex()

    ctl.window.close()
    assert answer(qtbot, KEEP_BUTTON) == DISCARD_QUESTION
    assert ctl.window.isVisible() and view in ctl.case_tabs.views()
    assert identity.type_combo.currentIndex() == chosen

    ctl.window.close()
    answer(qtbot, DISCARD_BUTTON)
    assert not ctl.window.isVisible()


def test_closing_the_window_with_a_filled_new_inquiry_asks(qtbot: QtBot, controller: MainController) -> None:
    dialog = _open_intake(controller)
    qtbot.keyClicks(dialog.applicant.email, "hanako@example.jp")
    controller.window.close()
    answer(qtbot, KEEP_BUTTON)
    assert controller.window.isVisible() and dialog.isVisible()
    assert dialog.applicant.email.text() == "hanako@example.jp"
    controller.window.close()
    answer(qtbot, DISCARD_BUTTON)
    assert not controller.window.isVisible()


def test_a_note_being_typed_survives_a_panel_action_and_is_asked_about(
    qtbot: QtBot, make_ctl: MakeController, app: App, staff: Actor
) -> None:
    ctl, view = _open_case(qtbot, make_ctl, app, staff)
    qtbot.keyClicks(view.note_edit, "Called back at 15:00")
    panel = view.lifecycle_panel
    assert isinstance(panel, LifecyclePanel)
    _click_action(qtbot, panel, Action.START_VERIFICATION)  # rebuilds the read-only pages
    assert view.detail.state is CaseState.VERIFYING
    assert view.note_edit.toPlainText() == "Called back at 15:00"
    qtbot.mouseClick(_close_tab_button(ctl, view), LEFT)
    answer(qtbot, KEEP_BUTTON)
    qtbot.mouseClick(view.add_note_button, LEFT)
    assert [n.text for n in view.detail.notes] == ["Called back at 15:00"]
    assert view.note_edit.toPlainText() == ""  # added, so not carried over
    qtbot.mouseClick(_close_tab_button(ctl, view), LEFT)
    assert no_question() and view not in ctl.case_tabs.views()


# --- 3. the mouse wheel ------------------------------------------------------------------------
def test_wheel_over_unfocused_boxes_scrolls_the_identity_tab_and_changes_nothing(
    qtbot: QtBot, make_ctl: MakeController, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ctl, view = _open_case(qtbot, make_ctl, app, staff)
    ctl.window.resize(900, 420)  # a laptop-sized window: the Identity tab scrolls
    identity = _panel(view, IDENTITY_TAB)
    assert isinstance(identity, VerificationPanel)
    page = view.tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0, timeout=2000)
    view.tabs.setFocus()
    boxes = [identity.type_combo, identity.holder_combo, identity.check_combos["name"]]
    before = [box.currentIndex() for box in boxes]

    for box in boxes:
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn gives no focus
        _wheel(box)
    assert [box.currentIndex() for box in boxes] == before
    assert lc.verification.view(staff, view.ref).checks.name_matches is None  # nothing saved
    assert page.verticalScrollBar().value() > 0  # the page scrolled instead

    fees = _panel(view, FEES_TAB)
    assert isinstance(fees, FeePanel)
    view.tabs.setFocus()
    day, amount = fees.on_edit.date(), fees.amount_spin.value()
    _wheel(fees.on_edit, notches=1)
    _wheel(fees.amount_spin, notches=1)
    assert (fees.on_edit.date(), fees.amount_spin.value()) == (day, amount)


def test_wheel_changes_the_combo_only_once_it_has_focus(
    qtbot: QtBot, make_ctl: MakeController, app: App, staff: Actor
) -> None:
    ctl, view = _open_case(qtbot, make_ctl, app, staff)  # the controller installs the guard
    identity = _panel(view, IDENTITY_TAB)
    assert isinstance(identity, VerificationPanel)
    ctl.window.activateWindow()
    qtbot.waitUntil(ctl.window.isActiveWindow, timeout=2000)
    combo = identity.type_combo
    start = combo.currentIndex()
    view.tabs.setFocus()
    _wheel(combo)
    assert combo.currentIndex() == start and not combo.hasFocus()  # the wheel gave no focus
    assert install_wheel_guard() is install_wheel_guard()  # one guard however often installed

    combo.setFocus(Qt.FocusReason.TabFocusReason)  # the person tabs into it
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    _wheel(combo)
    assert combo.currentIndex() == start + 1
    assert EvidenceType(combo.currentData()) is not EvidenceType(combo.itemData(start))


# --- 4. closing a case, asking the applicant ---------------------------------------------------
def test_closing_a_case_is_confirmed_and_cancel_leaves_it_open(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="Withdrawn by phone"))
    panel = LifecyclePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    panel.show()

    _click_action(qtbot, panel, Action.CLOSE)
    assert answer(qtbot, NO_BUTTON) == f"Close case {ref}?"
    assert lc.workflow.status(staff, ref).state is CaseState.WITHDRAWN
    assert panel.state_label.text() == CaseState.WITHDRAWN.label

    _click_action(qtbot, panel, Action.CLOSE)
    answer(qtbot, YES_BUTTON)
    assert lc.workflow.status(staff, ref).state is CaseState.CLOSED
    assert panel.state_label.text() == CaseState.CLOSED.label


def test_request_from_applicant_needs_what_is_requested(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = LifecyclePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    panel.show()
    events = len(app.cases.get(staff, ref).events)
    _click_action(qtbot, panel, Action.REQUEST_FROM_APPLICANT)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    reasons = dialog.texts["reasons"]
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(reasons, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    dialog.accept()  # however it is accepted (Enter, a shortcut), an empty request is refused
    assert dialog.isVisible()
    assert dialog.text_rows["reasons"].error_text == "Say what is requested of the applicant."
    assert lc.workflow.status(staff, ref).state is CaseState.RECEIVED
    assert events == len(app.cases.get(staff, ref).events)  # nothing recorded

    reasons.clear()
    qtbot.keyClicks(reasons, "Copy of an ID document")
    assert dialog.ok_button.isEnabled() and dialog.text_rows["reasons"].error_text == ""
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert lc.workflow.status(staff, ref).state is CaseState.AWAITING_APPLICANT
    assert any("Copy of an ID document" in e.detail for e in app.cases.get(staff, ref).events)
