"""Outcomes per request type on the lifecycle panel: planned in their dialog, answered with the response."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import RequestType
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import TypeOutcome, TypeResult
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
from tests.services.lifecycle_helpers import RECEIVED, new_case
from tests.services.test_workflow import _verify_with_licence

pytestmark = pytest.mark.clock_starts(RECEIVED)
D, DEL = RequestType.DISCLOSURE, RequestType.DELETION


def _in_progress(app: App, lc: Lifecycle, actor: Actor) -> str:
    ref = app.cases.create(actor, new_case(RECEIVED, types=(D, DEL)))
    lc.workflow.act(actor, ref, Action.START_VERIFICATION)
    _verify_with_licence(lc, actor, ref)
    lc.verification.mark_verified(actor, ref)
    return ref


def test_outcomes_are_planned_in_their_dialog(qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor) -> None:
    ref = _in_progress(app, lc, staff)
    panel = LifecyclePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.outcomes_button.isVisible()
    qtbot.mouseClick(panel.outcomes_button, Qt.MouseButton.LeftButton)
    dialog = panel.outcomes_dialog
    assert dialog is not None and dialog.isVisible()
    editor = dialog.editor
    assert list(editor.rows) == [D, DEL]  # the law's order
    result, ground = editor.rows[DEL]
    result.setCurrentIndex(result.findData(TypeResult.REFUSED))
    assert ground.isEnabled() and not dialog.ok_button.isEnabled()  # the ground is chosen, not defaulted
    ground.setCurrentIndex(ground.findData(RefusalCategory.REQUIRED_BY_LAW))
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert list(lc.workflow.status(staff, ref).type_outcomes) == [
        TypeOutcome(D, TypeResult.GRANTED),
        TypeOutcome(DEL, TypeResult.REFUSED, RefusalCategory.REQUIRED_BY_LAW),
    ]
    assert "Per request: Disclosure: granted; Deletion: refused (Another law prevents it)" in (
        panel.detail_label.text()
    )


def test_the_response_dialog_shows_and_records_the_outcomes(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor
) -> None:
    ref = _in_progress(app, lc, manager)
    lc.outcomes.set(manager, ref, [TypeOutcome(D, TypeResult.NOT_HELD)])
    panel = LifecyclePanel(lc, manager, ref)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.buttons[Action.RESPOND], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    dialog.outcomes.set_outcome(DEL, TypeResult.PARTLY)
    assert not dialog.ok_button.isEnabled()
    dialog.outcomes.set_outcome(DEL, TypeResult.PARTLY, RefusalCategory.HARM_TO_OTHERS)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    status = lc.workflow.status(manager, ref)
    assert (status.outcome, status.refusal_category) == ("deleted", "harm_to_others")
    assert [o.result for o in status.type_outcomes] == [TypeResult.NOT_HELD, TypeResult.PARTLY]
    assert not panel.outcomes_button.isVisible()


def test_the_case_view_shows_each_requests_outcome(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, controller: object
) -> None:
    from PySide6.QtWidgets import QLabel

    ref = _in_progress(app, lc, manager)
    refused = TypeOutcome(DEL, TypeResult.REFUSED, RefusalCategory.REQUIRED_BY_LAW)
    lc.workflow.act(manager, ref, Action.RESPOND, ActionInput(type_outcomes=(refused,)))
    view = controller.case_tabs.open_case(ref)  # type: ignore[attr-defined]
    assert view is not None
    texts = [label.text() for label in view.findChildren(QLabel)]
    panel = next(t for t in texts if t.startswith("Request · Japan"))
    assert "Outcome: Disclosed — Another law prevents it (deadline met)" in panel
    assert "Per request: Disclosure: granted; Deletion: refused (Another law prevents it)" in panel


def test_closing_the_outcomes_dialog_with_changes_asks_first(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    from tests.ui.questions import DISCARD_BUTTON, KEEP_BUTTON, answer

    ref = _in_progress(app, lc, staff)
    panel = LifecyclePanel(lc, staff, ref)
    qtbot.addWidget(panel)
    panel.show()
    panel.plan_outcomes()
    dialog = panel.outcomes_dialog
    assert dialog is not None and not panel.has_unsaved_input()
    dialog.editor.set_outcome(DEL, TypeResult.NOT_HELD)
    assert panel.has_unsaved_input()
    dialog.reject()
    answer(qtbot, KEEP_BUTTON)
    assert dialog.isVisible()  # kept, with the choice as made
    dialog.reject()
    answer(qtbot, DISCARD_BUTTON)
    qtbot.waitUntil(lambda: panel.outcomes_dialog is None)
    assert list(lc.workflow.status(staff, ref).type_outcomes) == []  # nothing was saved
