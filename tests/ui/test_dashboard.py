"""The manager's dashboard on demo data: the numbers shown are the service's, clicks open cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarSet
from PySide6.QtCore import Qt

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.refusals import category_label
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.reports.service import DashboardData
from inquiry_desk.ui.dashboard.models import COL_C_COUNT, COL_C_LABEL, COL_REF, ROW_ROLE
from inquiry_desk.ui.dashboard.widget import DashboardWidget
from inquiry_desk.ui.widgets.notify import RecordingNotifier


@pytest.fixture
def demo_manager(app: App) -> Actor:
    app.users.sleep = lambda _seconds: None
    return app.users.authenticate("manager", "demo")


@pytest.fixture
def dashboard(
    qtbot: Any, app: App, demo_manager: Actor, notifier: RecordingNotifier
) -> Iterator[DashboardWidget]:
    widget = DashboardWidget(app.reports, demo_manager, notifier=notifier)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.refresh()
    yield widget
    widget.close()


def _expected(app: App, actor: Actor) -> DashboardData:
    return app.reports.dashboard(actor, date.today())


@pytest.mark.demo
def test_numbers_shown_are_the_services(dashboard: DashboardWidget, app: App, demo_manager: Actor) -> None:
    data = _expected(app, demo_manager)
    assert data.open_total > 0 and data.overdue and data.purged_total == 20
    assert dashboard.tile_open.value.text() == str(data.open_total)
    assert dashboard.tile_overdue.value.text() == str(len(data.overdue))
    assert dashboard.tile_due_soon.value.text() == str(len(data.due_soon))
    assert dashboard.tile_approval.value.text() == str(len(data.awaiting_approval))
    assert dashboard.tile_refusals.value.text() == str(data.refusals)
    assert dashboard.tile_extensions.value.text() == str(data.extensions)
    rate = data.timeliness.met_rate
    assert rate is not None and dashboard.tile_met.value.text() == f"{rate * 100:.0f}%"
    assert dashboard.tile_median.value.text() == f"{data.timeliness.median_days:g} d"
    assert dashboard.overdue_model.rowCount() == len(data.overdue)
    assert dashboard.deadline_tabs.tabText(0) == f"Overdue ({len(data.overdue)})"
    assert [dashboard.workload_model.row_at(i).open for i in range(dashboard.workload_model.rowCount())] == [
        w.open for w in data.workload
    ]
    assert (
        sum(dashboard.workload_model.row_at(i).open for i in range(dashboard.workload_model.rowCount()))
        == data.open_total
    )
    # The state chart's bars carry the open counts, lifecycle order from the top.
    (series,) = dashboard.state_chart.series()
    bars: QBarSet = series.barSets()[0]  # type: ignore[attr-defined]
    states = [s for s in CaseState if s.is_open]
    assert [int(bars.at(i)) for i in range(bars.count())] == [data.open_by_state[s] for s in reversed(states)]
    # The stacked month chart adds up to what was received in the 12 months.
    (stacked,) = dashboard.month_chart.series()
    total = sum(int(s.at(i)) for s in stacked.barSets() for i in range(s.count()))  # type: ignore[attr-defined]
    assert total == sum(sum(m.values()) for m in data.received_by_channel.values())
    assert dashboard.types_model.rowCount() == len(data.type_totals())
    # Refusals by legal ground: the demo's history has some, and they add up to the tile.
    assert data.refusals > 0 and len(data.refusals_by_category) >= 2
    shown = {
        dashboard.refusals_model.data(dashboard.refusals_model.index(i, COL_C_LABEL)): int(
            dashboard.refusals_model.data(dashboard.refusals_model.index(i, COL_C_COUNT))
        )
        for i in range(dashboard.refusals_model.rowCount())
    }
    assert shown == {category_label(k): n for k, n in data.refusals_by_category.items()}
    assert sum(shown.values()) == data.refusals
    assert dashboard.count_tabs.tabText(1) == f"Refusals by ground ({data.refusals})"
    assert f"{data.purged_total} of them purged" in dashboard.footer.text()


@pytest.mark.demo
def test_clicking_an_overdue_case_emits_open_case(qtbot: Any, dashboard: DashboardWidget) -> None:
    table = dashboard.overdue_table
    index = dashboard.overdue_model.index(0, COL_REF)
    ref = dashboard.overdue_model.data(index)
    assert ref.startswith("PI-")
    rect = table.visualRect(index)
    with qtbot.waitSignal(dashboard.open_case, timeout=1000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ref]


@pytest.mark.demo
def test_models_pass_the_model_tester(qtmodeltester: Any, dashboard: DashboardWidget) -> None:
    for model in (
        dashboard.overdue_model,
        dashboard.due_soon_model,
        dashboard.approval_model,
        dashboard.workload_model,
        dashboard.types_model,
        dashboard.refusals_model,
    ):
        qtmodeltester.check(model)
    row = dashboard.overdue_model.data(dashboard.overdue_model.index(0, 0), ROW_ROLE)
    assert row.ref == dashboard.overdue_model.ref_at(0)


@pytest.mark.demo
def test_saves_monthly_report_and_register(
    dashboard: DashboardWidget, notifier: RecordingNotifier, tmp_path: Path
) -> None:
    today = date.today()
    assert dashboard.save_monthly_report(today.year, today.month, tmp_path / "r.pdf", "pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert dashboard.save_monthly_report(today.year, today.month, tmp_path / "r.csv", "csv")
    assert dashboard.export_register(tmp_path / "reg.csv")
    assert (tmp_path / "reg.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert [title for title, _ in notifier.messages] == [
        "Monthly report",
        "Monthly report",
        "Export register",
    ]
    # A folder that cannot be written is a message, not a crash.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not dashboard.export_register(blocker / "reg.csv")
    assert notifier.messages[-1][0] == "Export register"


@pytest.mark.demo
def test_dialogs_open_without_blocking(qtbot: Any, dashboard: DashboardWidget) -> None:
    dialog = dashboard._ask_monthly_report()
    assert dialog.isVisible() and dialog.chosen()[2] == "pdf"
    dialog.reject()
    files = dashboard._ask_export()
    assert files.isVisible()
    files.reject()


@pytest.mark.demo
def test_staff_sees_a_message_not_a_crash(qtbot: Any, app: App, notifier: RecordingNotifier) -> None:
    app.users.sleep = lambda _seconds: None
    staff = app.users.authenticate("staff", "demo")
    widget = DashboardWidget(app.reports, staff, notifier=notifier)
    qtbot.addWidget(widget)
    widget.refresh()
    assert notifier.messages and notifier.messages[0][0] == "Dashboard"
    assert widget.data is None
