"""The main window with everything wired in: lifecycle panels in the case view, the dashboard,
admin tools by permission, and import by menu and by drag-and-drop."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import CaseKind, CaseState
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.intake.importer import ImportStatus
from inquiry_desk.ui.admin.audit_view import AuditDialog
from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
from inquiry_desk.ui.case.verification_panel import VerificationPanel
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.intake.import_results_dialog import (
    COL_DETAILS,
    COL_FILE,
    COL_REF,
    COL_STATUS,
    ImportResultsDialog,
)
from inquiry_desk.ui.main_controller import CLOCK_TAB, FEES_TAB, IDENTITY_TAB, MainController
from inquiry_desk.ui.register.columns import COL_STATE


@pytest.fixture
def demo_manager(app: App) -> Actor:
    app.users.sleep = lambda _seconds: None
    return app.users.authenticate("manager", "demo")


@pytest.fixture
def manager_controller(
    make_ctl: Callable[..., MainController], app: App, demo_manager: Actor
) -> Iterator[MainController]:
    ctl = make_ctl(app, demo_manager)
    yield ctl
    ctl.window.close()


@pytest.fixture
def inbox(samples_dir: Path, tmp_path: Path) -> Path:
    # A copy: the importer reads only, but the shared samples must stay pristine whatever happens.
    target = tmp_path / "inbox"
    shutil.copytree(samples_dir / "inbox", target)
    return target


def _received_request(app: App) -> str:
    rows = app.register.page(
        RegisterFilter(
            states=frozenset({CaseState.RECEIVED}), kinds=frozenset({CaseKind.REQUEST}), include_purged=False
        ),
        sort="ref",
        limit=50,
    )
    assert rows, "the demo has no received request"
    return rows[0].ref


def _register_state(ctl: MainController, ref: str) -> str:
    row = ctl.model.row_for_ref(ref)
    assert row is not None
    return str(ctl.model.index(row, COL_STATE).data())


def _menu_texts(ctl: MainController) -> list[str]:
    return [
        a.text().replace("&", "")
        for menu in ctl.window.menuBar().actions()
        if menu.isVisible() and menu.menu() is not None
        for a in menu.menu().actions()
        if a.isVisible()
    ]  # type: ignore[union-attr]


# --- case view with the lifecycle panels --------------------------------------------------
@pytest.mark.demo
def test_staff_acts_through_the_panel_and_the_register_row_follows(
    qtbot: QtBot, controller: MainController, app: App
) -> None:
    ctl = controller
    ref = _received_request(app)
    assert _register_state(ctl, ref) == CaseState.RECEIVED.label
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    panel = view.lifecycle_panel
    assert isinstance(panel, LifecyclePanel) and panel.isVisible()
    assert panel.state_label.text() == CaseState.RECEIVED.label
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[0] == "Applicant" and titles[-1].startswith("Timeline")
    assert [t for t in titles if t in (IDENTITY_TAB, CLOCK_TAB, FEES_TAB)] == [
        IDENTITY_TAB,
        CLOCK_TAB,
        FEES_TAB,
    ]
    events_before = len(view.detail.events)

    button = panel.buttons.get(Action.START_VERIFICATION)
    assert button is not None, list(panel.buttons)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert panel.state_label.text() == CaseState.VERIFYING.label
    assert view.detail.state is CaseState.VERIFYING and len(view.detail.events) > events_before
    assert _register_state(ctl, ref) == CaseState.VERIFYING.label
    # The other panels were told: the identity tab now offers the verification result.
    identity = view.panel(IDENTITY_TAB)
    assert isinstance(identity, VerificationPanel)
    # The panels survive the rebuild of the read-only pages and stay usable.
    view.tabs.setCurrentIndex(view.panel_tab(FEES_TAB))
    ctl.refresh()
    assert view.tabs.tabText(view.tabs.currentIndex()) == FEES_TAB
    assert ctl.window.print_preview_action.isEnabled()


@pytest.mark.demo
def test_a_purged_case_has_no_panels(qtbot: QtBot, controller: MainController, app: App) -> None:
    rows = app.register.page(RegisterFilter(states=frozenset({CaseState.PURGED})), limit=1)
    view = controller.case_tabs.open_case(rows[0].ref)
    assert view is not None and view.lifecycle_panel is None and view.panels() == []
    assert view.panel_tab(IDENTITY_TAB) == -1
    assert not controller.window.print_preview_action.isEnabled()


@pytest.mark.demo
def test_a_question_has_a_clock_but_no_identity_or_fee_tab(
    qtbot: QtBot, controller: MainController, app: App
) -> None:
    rows = app.register.page(
        RegisterFilter(kinds=frozenset({CaseKind.QUESTION, CaseKind.COMPLAINT}), include_purged=False),
        limit=1,
    )
    view = controller.case_tabs.open_case(rows[0].ref)
    assert view is not None and view.lifecycle_panel is not None
    assert view.panel_tab(CLOCK_TAB) >= 0
    assert view.panel_tab(IDENTITY_TAB) == -1 and view.panel_tab(FEES_TAB) == -1


# --- dashboard and tools by permission ----------------------------------------------------
@pytest.mark.demo
def test_manager_sees_the_dashboard_and_opens_a_case_from_it(
    qtbot: QtBot, manager_controller: MainController
) -> None:
    ctl = manager_controller
    assert ctl.dashboard is not None
    assert ctl.window.tabs.tabText(1) == "Dashboard"
    ctl.window.dashboard_action.trigger()
    assert ctl.dashboard_tab is not None and ctl.window.tabs.currentWidget() is ctl.dashboard_tab.page
    data = ctl.dashboard.data
    assert data is not None and ctl.dashboard.tile_open.value.text() == str(data.open_total)
    assert data.overdue
    ctl.dashboard.open_case.emit(data.overdue[0].ref)
    view = ctl.case_tabs.current()
    assert view is not None and view.ref == data.overdue[0].ref


@pytest.mark.demo
def test_staff_has_no_dashboard_and_no_admin_tools(qtbot: QtBot, controller: MainController) -> None:
    ctl = controller
    assert ctl.dashboard is None
    assert [ctl.window.tabs.tabText(i) for i in range(ctl.window.tabs.count())] == ["Register"]
    texts = _menu_texts(ctl)
    assert "Import…" in texts and "Print preview…" in texts
    for hidden in ("Dashboard", "Audit log…", "Staff accounts…", "Purge and retention…"):
        assert hidden not in texts
    # The Tools menu holds only what every role has: the language.
    visible = [a for a in ctl.window.tools_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert visible == [ctl.window.language_action]


# Raising a window is the second click's job; the offscreen test platform cannot raise.
@pytest.mark.demo
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_manager_opens_the_audit_log_from_the_menu(
    qtbot: QtBot, qtmodeltester: object, manager_controller: MainController
) -> None:
    ctl = manager_controller
    texts = _menu_texts(ctl)
    assert "Audit log…" in texts and "Purge and retention…" in texts
    assert "Staff accounts…" not in texts  # the administrator's
    ctl.window.audit_action.trigger()
    dialog = ctl.dialogs["Audit log"]
    assert isinstance(dialog, AuditDialog) and dialog.isVisible()
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    ctl.window.audit_action.trigger()  # a second click raises the same dialog
    assert ctl.dialogs["Audit log"] is dialog
    dialog.close()


@pytest.mark.demo
def test_manager_opens_purge_and_retention(qtbot: QtBot, manager_controller: MainController) -> None:
    ctl = manager_controller
    ctl.window.purge_action.trigger()
    dialog = ctl.dialogs["Purge and retention"]
    assert dialog.isVisible() and dialog.windowTitle() == "Purge and retention"
    dialog.close()


@pytest.mark.demo
def test_admin_has_staff_accounts_but_no_personal_work(
    qtbot: QtBot, make_ctl: Callable[..., MainController], app: App
) -> None:
    app.users.sleep = lambda _seconds: None
    admin = app.users.authenticate("admin", "demo")
    ctl = make_ctl(app, admin)
    texts = _menu_texts(ctl)
    assert "Staff accounts…" in texts and "Audit log…" in texts
    assert "Import…" not in texts and "Purge and retention…" not in texts
    ctl.window.users_action.trigger()
    assert ctl.dialogs["Staff accounts"].isVisible()
    ctl.dialogs["Staff accounts"].close()
    ctl.window.close()


# --- import -------------------------------------------------------------------------------
def _drop(qtbot: QtBot, ctl: MainController, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window = ctl.window
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(ctl.importer.finished, timeout=120_000):
        QCoreApplication.sendEvent(window, drop)
        assert drop.isAccepted()


def test_drop_the_inbox_creates_cases_and_lists_them(
    qtbot: QtBot, qtmodeltester: object, controller: MainController, app: App, inbox: Path
) -> None:
    ctl = controller
    assert ctl.model.total == 0
    _drop(qtbot, ctl, [inbox])
    dialog = ctl.importer.results_dialog
    assert isinstance(dialog, ImportResultsDialog) and dialog.isVisible()
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    files = sorted(p.name for p in inbox.iterdir())
    assert [model.index(r, COL_FILE).data() for r in range(model.rowCount())] == files
    results = [model.result_at(r) for r in range(model.rowCount())]
    created = [r.ref for r in results if r.status is ImportStatus.CREATED]
    assert len(created) >= 10
    assert model.index(0, COL_STATUS).data() == "New case"
    assert model.index(0, COL_REF).data() == created[0]
    # The register was read again: every new case is there.
    assert ctl.model.total == len(created)
    assert all(ctl.model.row_for_ref(ref) is not None for ref in created)
    assert f"{len(created)} new cases" in dialog.summary.text()
    # Double-click opens the case.
    qtbot.waitExposed(dialog)
    index = model.index(0, COL_REF)
    dialog.table.scrollTo(index)
    rect = dialog.table.visualRect(index)
    # QTest's double click only counts after a click on the same cell, as a real one does.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = ctl.case_tabs.current()
    assert view is not None and view.ref == created[0]
    # The same files again are duplicates, never second cases.
    _drop(qtbot, ctl, [inbox / files[0]])
    again = ctl.importer.results_dialog
    assert again is not None and again.model.result_at(0).status is ImportStatus.DUPLICATE
    assert ctl.model.total == len(created)
    again.close()


def test_a_corrupt_file_is_refused_with_its_reason(
    qtbot: QtBot, controller: MainController, tmp_path: Path
) -> None:
    bad = tmp_path / "scan-0001.pdf"
    bad.write_bytes(b"%PDF-1.7\n\x00\x13garbage that is no PDF at all\n")
    _drop(qtbot, controller, [bad])
    dialog = controller.importer.results_dialog
    assert dialog is not None
    result = dialog.model.result_at(0)
    assert result.status is ImportStatus.REFUSED and result.reason
    assert dialog.model.index(0, COL_STATUS).data() == "Refused"
    assert dialog.model.index(0, COL_DETAILS).data() == result.reason
    assert "1 refused" in dialog.summary.text()
    assert controller.model.total == 0 and bad.exists()  # left where it was
    # Double-clicking a refused row opens nothing.
    dialog.table.activated.emit(dialog.model.index(0, COL_REF))
    assert controller.case_tabs.current() is None


def test_import_menu_opens_a_file_dialog_and_imports_what_is_chosen(
    qtbot: QtBot, controller: MainController, inbox: Path
) -> None:
    ctl = controller
    ctl.window.import_action.trigger()
    dialog = ctl.file_picker.dialog
    assert dialog is not None and dialog.isVisible()  # open(), not exec(): the test goes on
    chosen = [str(inbox / "01-access-request-gdpr.eml"), str(inbox / "13-fax-correction.tif")]
    with qtbot.waitSignal(ctl.importer.finished, timeout=60_000) as blocker:
        dialog.filesSelected.emit(chosen)
    statuses = [r.status for r in blocker.args[0]]
    assert statuses == [ImportStatus.CREATED, ImportStatus.CREATED]
    assert ctl.model.total == 2
    dialog.close()
    ctl.window.import_folder_action.trigger()
    assert ctl.file_picker.dialog is not None and ctl.file_picker.dialog.isVisible()
    ctl.file_picker.dialog.close()


def test_many_files_show_progress_and_can_be_cancelled(
    qtbot: QtBot, controller: MainController, inbox: Path
) -> None:
    ctl = controller
    ctl.importer.progress_threshold = 1
    files = sorted(inbox.iterdir())
    with qtbot.waitSignal(ctl.importer.finished, timeout=120_000) as blocker:
        assert ctl.importer.import_paths(files)
        assert ctl.importer.progress is not None
        assert not ctl.importer.import_paths(files)  # never two imports at once
        ctl.importer.progress.canceled.emit()  # what its Cancel button does
    assert len(blocker.args[0]) < len(files)
    assert ctl.importer.progress is None
    dialog = ctl.importer.results_dialog
    assert dialog is not None and "cancelled" in dialog.summary.text()
    assert ctl.model.total == sum(r.status is ImportStatus.CREATED for r in blocker.args[0])


def test_drop_ignores_what_is_not_a_file(qtbot: QtBot, controller: MainController) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(controller.window, enter)
    assert not enter.isAccepted()
    assert not controller.importer.running
