"""The manager's erasure panel and the in-app purge timer, driven through real widgets."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.watch_folder import scan_once
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.purge import originals as purge_originals
from inquiry_desk.services.purge.service import PurgeReceipt, PurgeService
from inquiry_desk.ui.admin.purge_panel import ConfirmPurgeDialog, PurgePanel, ReasonDialog
from inquiry_desk.ui.admin.purge_timer import PurgeTimer
from inquiry_desk.ui.widgets.notify import RecordingNotifier


@pytest.fixture
def manager(app: App) -> Actor:
    app.users.sleep = lambda _seconds: None
    return app.users.authenticate("manager", "demo")


@pytest.fixture
def panel(qtbot, app: App, manager: Actor, notifier: RecordingNotifier) -> Iterator[PurgePanel]:  # type: ignore[no-untyped-def]
    widget = PurgePanel(app.purge, manager, notifier)
    qtbot.addWidget(widget)
    widget.show()
    yield widget


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_models_pass_the_model_tester(qtmodeltester, panel: PurgePanel) -> None:  # type: ignore[no-untyped-def]
    assert panel.cases_model.rowCount() > 5
    qtmodeltester.check(panel.cases_model)
    qtmodeltester.check(panel.receipts_model)
    # Dates and references are shown whole, not "2026-12-02 …", while the panel has room.
    for view in (panel.cases_view, panel.receipts_view):
        for column in range(view.model().columnCount() - 1):
            assert view.columnWidth(column) >= view.sizeHintForColumn(column), column


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_hold_then_purge_now_with_typed_confirmation(
    qtbot,
    panel: PurgePanel,
    app: App,  # type: ignore[no-untyped-def]
    manager: Actor,
    ime_type,
) -> None:  # type: ignore[no-untyped-def]
    svc = PurgeService(app)
    ref = svc.due_refs()[0]
    assert panel.select_ref(ref)
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible() and not dialog.ok.isEnabled()
    ime_type(dialog.reason, "訴訟対応のため保全")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    row = next(r for r in panel.cases_model.rows if r.ref == ref)
    assert row.legal_hold and ref not in svc.due_refs()
    assert app.cases.get(manager, ref).legal_hold
    # A held case cannot be purged, and the panel says so before anyone types its reference.
    assert panel.select_ref(ref)
    assert not panel.purge_button.isEnabled() and "legal hold" in panel.purge_button.toolTip()
    panel.ask_purge()
    assert not isinstance(panel.dialog, ConfirmPurgeDialog)

    # lift it again, then purge early: OK stays disabled until the reference is typed
    assert panel.select_ref(ref)
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    lift = panel.dialog
    assert isinstance(lift, ReasonDialog) and not lift.on
    qtbot.keyClicks(lift.reason, "case settled")
    lift.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert panel.select_ref(ref)
    qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)
    confirm = panel.dialog
    assert isinstance(confirm, ConfirmPurgeDialog)
    qtbot.keyClicks(confirm.typed, "PI-0000")
    assert not confirm.ok.isEnabled()
    confirm.typed.clear()
    qtbot.keyClicks(confirm.typed, ref.lower())
    assert confirm.ok.isEnabled()
    qtbot.mouseClick(confirm.ok, Qt.MouseButton.LeftButton)
    assert app.cases.get(manager, ref).state is CaseState.PURGED
    assert ref not in [r.ref for r in panel.cases_model.rows]
    receipt = panel.receipts_model.rows[0]
    assert receipt.refs == (ref,) and receipt.check_passed is True
    assert panel.receipts_model.data(panel.receipts_model.index(0, 4)).startswith("passed")
    assert panel.receipts_model.data(panel.receipts_model.index(0, 2)) == "early, by a manager"


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_a_stale_legal_hold_is_refused_and_keeps_the_reason(  # type: ignore[no-untyped-def]
    qtbot, panel: PurgePanel, app: App, manager: Actor, ime_type
) -> None:
    """The list showed the case at one version; a colleague changed it meanwhile. Placing the
    hold is refused in the dialog, naming the change, with the reason as typed; "Reload the
    case, keep my changes" reads the list again and the same reason goes through."""
    ref = PurgeService(app).due_refs()[0]
    assert panel.select_ref(ref)
    seen = next(r for r in panel.cases_model.rows if r.ref == ref).version
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.on
    app.cases.add_note(manager, ref, "Regulator called")  # elsewhere, after the list was read
    now = app.cases.get(manager, ref, record_view=False).version
    assert now > seen

    ime_type(dialog.reason, "訴訟対応のため保全")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.stale.isVisible()
    text = dialog.stale.text.text()
    assert f"{ref} was changed after you opened it (version {seen}, now {now})" in text
    assert "Note added" in text
    assert dialog.reason.text() == "訴訟対応のため保全"
    assert not app.cases.get(manager, ref, record_view=False).legal_hold  # nothing written blind

    qtbot.mouseClick(dialog.stale.reload_button, Qt.MouseButton.LeftButton)
    assert next(r for r in panel.cases_model.rows if r.ref == ref).version == now
    assert dialog.reason.text() == "訴訟対応のため保全"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert app.cases.get(manager, ref, record_view=False).legal_hold
    assert next(r for r in panel.cases_model.rows if r.ref == ref).legal_hold


@pytest.mark.demo
def test_grace_period_is_saved(qtbot, panel: PurgePanel, app: App) -> None:  # type: ignore[no-untyped-def]
    assert panel.grace.value() == 30
    panel.grace.setValue(0)
    qtbot.mouseClick(panel.save_grace, Qt.MouseButton.LeftButton)
    assert PurgeService(app).grace_days() == 0


@pytest.mark.demo
def test_staff_sees_the_panel_without_manager_actions(
    qtbot,
    app: App,  # type: ignore[no-untyped-def]
    notifier: RecordingNotifier,
) -> None:
    app.users.sleep = lambda _seconds: None
    staff = app.users.authenticate("staff", "demo")
    widget = PurgePanel(app.purge, staff, notifier)
    qtbot.addWidget(widget)
    assert not widget.hold_button.isEnabled() and not widget.purge_button.isEnabled()
    assert not widget.save_grace.isEnabled() and widget.receipts_model.rowCount() == 0


@pytest.mark.demo
def test_timer_purges_in_the_background_and_reports(qtbot, app: App) -> None:  # type: ignore[no-untyped-def]
    due = PurgeService(app).due_refs()
    pool = QThreadPool()
    timer = PurgeTimer(app.purge, interval_ms=3_600_000, pool=pool)
    with qtbot.waitSignal(timer.purged, timeout=60_000) as blocker:
        timer.start()
    receipt = blocker.args[0]
    assert isinstance(receipt, PurgeReceipt) and list(receipt.refs) == due and receipt.passed
    assert not timer.busy
    with qtbot.waitSignal(timer.purged, timeout=60_000) as again:
        assert timer.run_now()
        assert not timer.run_now()  # never two runs at once
    assert again.args[0].refs == ()
    timer.stop()
    assert timer.wait()


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_an_original_not_yet_erased_is_said_after_an_early_purge(  # type: ignore[no-untyped-def]
    qtbot, panel: PurgePanel, app: App, manager: Actor, notifier: RecordingNotifier, tmp_path, monkeypatch
) -> None:
    """The database is purged; the fax kept in processed/ cannot be erased yet: the panel says
    that, not that values were found, and the receipt row shows it as not done."""
    folder = tmp_path / "fax-out"
    folder.mkdir()
    fax = folder / "13-fax-correction.tif"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "samples" / "inbox" / fax.name, fax)
    os.utime(fax, (time.time() - 60,) * 2)
    [result] = scan_once(app, manager, folder, settle=0)
    ref = str(result.ref)
    app.lifecycle.workflow.act(manager, ref, Action.WITHDRAW, ActionInput(comment="by phone"))
    app.lifecycle.workflow.act(manager, ref, Action.CLOSE)

    def refuse(path: Path) -> bool:
        raise PermissionError(13, "read-only share")

    monkeypatch.setattr(purge_originals, "erase_file", refuse)
    panel.refresh()
    assert panel.select_ref(ref)
    qtbot.mouseClick(panel.purge_button, Qt.MouseButton.LeftButton)
    confirm = panel.dialog
    assert isinstance(confirm, ConfirmPurgeDialog)
    qtbot.keyClicks(confirm.typed, ref)
    qtbot.mouseClick(confirm.ok, Qt.MouseButton.LeftButton)

    assert app.cases.get(manager, ref).state is CaseState.PURGED
    _title, text = notifier.messages[-1]
    assert "not erased yet" in text and "Watched folder" in text and "values still on disk" not in text
    shown = panel.receipts_model.data(panel.receipts_model.index(0, 4))
    assert shown.startswith("FAILED") and "not erased yet" in shown


def test_every_reason_a_receipt_can_hold_has_words() -> None:
    from typing import get_args

    from inquiry_desk.services.purge.receipts import Reason
    from inquiry_desk.ui.admin.purge_panel import REASON_LABELS, reason_label

    assert set(get_args(Reason)) == set(REASON_LABELS)
    assert reason_label("from-a-newer-version") == "from-a-newer-version"
