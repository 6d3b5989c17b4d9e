"""The manager's dashboard: what is open, what is late, who carries what, how fast we answer.

Layout only plus a little glue: every figure comes from ``ReportService.dashboard`` (SQL
aggregates over the anonymous register, so purged history counts too). Charts read at a
glance and carry their numbers on the bars (``charts``); the key figures sit in tiles above
them (``tiles``); the monthly report asks its month first (``month_dialog``).
Dialogs open non-blocking (``open()``), never ``exec()``, so tests can drive every path.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.deadlines import due_soon_label
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.domain.refusals import category_text
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.reports.service import DashboardData, ReportService
from inquiry_desk.ui.dashboard.charts import chart_view, fill_month_chart, fill_state_chart
from inquiry_desk.ui.dashboard.models import (
    CountModel,
    DueCaseModel,
    RefusalGroundModel,
    WorkloadModel,
)
from inquiry_desk.ui.dashboard.month_dialog import MonthDialog
from inquiry_desk.ui.dashboard.tables import count_table, dashboard_table
from inquiry_desk.ui.dashboard.tiles import Tile, percent
from inquiry_desk.ui.widgets.notify import Notifier


class DashboardWidget(QWidget):
    open_case = Signal(str)
    # Emitted with the path after a report or export is written (the status bar may show it).
    saved = Signal(str)

    def __init__(
        self,
        reports: ReportService,
        actor: Actor,
        *,
        notifier: Notifier | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.actor = actor
        self.notifier = notifier or Notifier()
        self.today = today
        self.data: DashboardData | None = None
        self._build()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel(translate("DashboardWidget", "Dashboard"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        bar.addWidget(self.heading)
        bar.addStretch(1)
        self.refresh_button = QPushButton(translate("DashboardWidget", "Refresh"))
        self.report_button = QPushButton(translate("DashboardWidget", "Monthly report…"))
        self.export_button = QPushButton(translate("DashboardWidget", "Export register (CSV)…"))
        for button in (self.refresh_button, self.report_button, self.export_button):
            bar.addWidget(button)
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self._ask_monthly_report)
        self.export_button.clicked.connect(self._ask_export)
        root.addLayout(bar)

        tiles = QHBoxLayout()
        self.tile_open = Tile(translate("DashboardWidget", "Open cases"))
        self.tile_overdue = Tile(
            translate("DashboardWidget", "Overdue"),
            translate("DashboardWidget", "Running clocks past their due date (paused cases excluded)."),
        )
        self.tile_due_soon = Tile(translate("DashboardWidget", "Due within 3 days"))
        self.tile_approval = Tile(
            translate("DashboardWidget", "Awaiting approval"),
            translate("DashboardWidget", "Responses and refusals waiting for the manager."),
        )
        self.tile_met = Tile(
            translate("DashboardWidget", "Deadline met (12 months)"),
            translate("DashboardWidget", "Cases answered in the last 12 months, purged ones included."),
        )
        self.tile_median = Tile(translate("DashboardWidget", "Median days to respond"))
        self.tile_extensions = Tile(translate("DashboardWidget", "Extensions (12 months)"))
        self.tile_refusals = Tile(translate("DashboardWidget", "Refusals (12 months)"))
        for tile in (
            self.tile_open,
            self.tile_overdue,
            self.tile_due_soon,
            self.tile_approval,
            self.tile_met,
            self.tile_median,
            self.tile_extensions,
            self.tile_refusals,
        ):
            tiles.addWidget(tile)
        root.addLayout(tiles)

        self.grid = grid = QGridLayout()
        self.state_chart = QChart()
        self.state_chart.setTitle(translate("DashboardWidget", "Open cases by state"))
        self.state_chart.legend().hide()
        self.state_view = chart_view(self.state_chart)

        self.month_chart = QChart()
        self.month_chart.setTitle(translate("DashboardWidget", "Cases received per month, by channel"))
        self.month_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.month_view = chart_view(self.month_chart)

        types_box = QGroupBox(translate("DashboardWidget", "Last 12 months"))
        self.count_tabs = QTabWidget()
        self.types_model = CountModel(self)
        self.types_table = count_table(self.types_model)
        self.refusals_model = RefusalGroundModel(self)
        self.refusals_table = count_table(self.refusals_model)
        self.count_tabs.addTab(self.types_table, translate("DashboardWidget", "Request types"))
        self.count_tabs.addTab(self.refusals_table, translate("DashboardWidget", "Refusals by ground"))
        QVBoxLayout(types_box).addWidget(self.count_tabs)
        self.types_box = types_box

        self.overdue_model = DueCaseModel(self)
        self.due_soon_model = DueCaseModel(self)
        self.approval_model = DueCaseModel(self)
        self.deadline_tabs = QTabWidget()
        self.overdue_table = dashboard_table(self.overdue_model)
        self.due_soon_table = dashboard_table(self.due_soon_model)
        self.approval_table = dashboard_table(self.approval_model)
        for table, model, title in (
            (self.overdue_table, self.overdue_model, translate("DashboardWidget", "Overdue")),
            (self.due_soon_table, self.due_soon_model, translate("DashboardWidget", "Due within 3 days")),
            (self.approval_table, self.approval_model, translate("DashboardWidget", "Awaiting approval")),
        ):
            self.deadline_tabs.addTab(table, title)
            table.clicked.connect(lambda index, m=model: self._open(m, index))
        deadlines_box = QGroupBox(translate("DashboardWidget", "Deadlines — click a case to open it"))
        QVBoxLayout(deadlines_box).addWidget(self.deadline_tabs)
        self.deadlines_box = deadlines_box

        workload_box = QGroupBox(translate("DashboardWidget", "Workload: open cases per staff member"))
        self.workload_model = WorkloadModel(self)
        self.workload_table = dashboard_table(self.workload_model)
        # The staff column gives way so the counts stay visible in a narrow window.
        workload_header = self.workload_table.horizontalHeader()
        workload_header.setStretchLastSection(False)
        workload_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(workload_box).addWidget(self.workload_table)
        self.workload_box = workload_box
        self.narrow: bool | None = None
        self._arrange(narrow=False)
        root.addLayout(grid, 1)

        self.footer = QLabel()
        self.footer.setStyleSheet("color: #4b5563;")
        self.footer.setWordWrap(True)
        root.addWidget(self.footer)

    # --- layout --------------------------------------------------------------------------
    NARROW_BELOW = 1150  # px: three columns of charts and tables no longer fit beside each other

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(narrow=event.size().width() < self.NARROW_BELOW)

    def _arrange(self, narrow: bool) -> None:
        """Wide: the charts, then the counts, side by side; the deadlines and workload below.
        Narrow (a 1024-pixel screen): two columns, so that no chart's labels are cut to "…";
        the page scrolls instead."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        grid = self.grid
        boxes: tuple[QWidget, ...] = (
            self.state_view,
            self.month_view,
            self.types_box,
            self.deadlines_box,
            self.workload_box,
        )
        for box in boxes:
            grid.removeWidget(box)
        if narrow:
            places = ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (2, 0, 1, 2), (1, 1, 1, 1))
            stretches = ((0, 4), (1, 6), (2, 0))
        else:
            places = ((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1), (1, 0, 1, 2), (1, 2, 1, 1))
            stretches = ((0, 4), (1, 6), (2, 4))
        for box, (row, column, rows, columns) in zip(boxes, places, strict=True):
            grid.addWidget(box, row, column, rows, columns)
        for column, stretch in stretches:
            grid.setColumnStretch(column, stretch)
        for row, stretch in enumerate((5, 4, 4 if narrow else 0)):
            grid.setRowStretch(row, stretch)

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            data = self.reports.dashboard(self.actor, self.today())
        except UserError as exc:
            self.notifier.error(self, translate("DashboardWidget", "Dashboard"), exc.message)
            return
        self.show_data(data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        t = data.timeliness
        self.heading.setText(
            translate("DashboardWidget", "Dashboard — {today:%Y-%m-%d}").format(today=data.today)
        )
        self.tile_open.set(str(data.open_total))
        self.tile_overdue.set(str(len(data.overdue)), alert=bool(data.overdue))
        self.tile_due_soon.set(str(len(data.due_soon)))
        self.tile_approval.set(str(len(data.awaiting_approval)))
        self.tile_met.set(percent(t.met_rate))
        self.tile_met.setToolTip(
            translate(
                "DashboardWidget",
                "{deadline_met} on time, {deadline_missed} late, of {answered} answered in the last "
                "12 months (purged cases included).",
            ).format(deadline_met=t.deadline_met, deadline_missed=t.deadline_missed, answered=t.answered)
        )
        self.tile_median.set(
            "—"
            if t.median_days is None
            else translate("DashboardWidget", "{days:g} d").format(days=t.median_days)
        )
        self.tile_extensions.set(str(data.extensions))
        self.tile_refusals.set(str(data.refusals))
        grounds = sorted(data.refusals_by_category.items(), key=lambda kv: (-kv[1], category_text(kv[0])))
        self.refusals_model.set_rows([(category_text(k), n) for k, n in grounds])
        self.tile_refusals.setToolTip(
            "\n".join(f"{category_text(k)}: {n}" for k, n in grounds)
            or translate("DashboardWidget", "No refusals in the last 12 months.")
        )
        self.count_tabs.setTabText(
            1, translate("DashboardWidget", "Refusals by ground ({refusals})").format(refusals=data.refusals)
        )
        self.overdue_model.set_rows(data.overdue)
        self.due_soon_model.set_rows(data.due_soon)
        self.approval_model.set_rows(data.awaiting_approval)
        soon = due_soon_label(data.due_soon_days)
        self.tile_due_soon.caption.setText(soon)
        for i, (title, rows) in enumerate(
            (
                (translate("DashboardWidget", "Overdue"), data.overdue),
                (soon, data.due_soon),
                (translate("DashboardWidget", "Awaiting approval"), data.awaiting_approval),
            )
        ):
            self.deadline_tabs.setTabText(i, f"{title} ({len(rows)})")
        self.workload_model.set_rows(data.workload)
        totals = sorted(data.type_totals().items(), key=lambda kv: (-kv[1], label_of(kv[0])))
        self.types_model.set_rows([(label_of(k), n) for k, n in totals])
        fill_state_chart(self.state_chart, data)
        fill_month_chart(self.month_chart, data)
        received = sum(sum(m.values()) for m in data.received_by_channel.values())
        self.footer.setText(
            translate(
                "DashboardWidget",
                "Last 12 months ({period_start:%Y-%m} to {today:%Y-%m}): {received} received, "
                "{answered} answered, {deadline_met} on time and {deadline_missed} late. The "
                "register holds {register_total} cases, {purged_total} of them purged (anonymous "
                "rows, still counted).",
            ).format(
                period_start=data.period_start,
                today=data.today,
                received=received,
                answered=t.answered,
                deadline_met=t.deadline_met,
                deadline_missed=t.deadline_missed,
                register_total=data.register_total,
                purged_total=data.purged_total,
            )
        )

    # --- actions -------------------------------------------------------------------------
    def _open(self, model: DueCaseModel, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(model.ref_at(index.row()))

    def save_monthly_report(self, year: int, month: int, path: Path, fmt: str) -> bool:
        try:
            report = self.reports.save_monthly_report(self.actor, year, month, path, fmt)
        except (UserError, OSError) as exc:
            text = (
                exc.message
                if isinstance(exc, UserError)
                else translate("DashboardWidget", "{path} could not be written: {exc}").format(
                    path=path, exc=exc
                )
            )
            self.notifier.error(self, translate("DashboardWidget", "Monthly report"), text)
            return False
        self.notifier.info(
            self,
            translate("DashboardWidget", "Monthly report"),
            translate("DashboardWidget", "The report for {label} was saved to {path}.").format(
                label=report.label, path=path
            ),
        )
        self.saved.emit(str(path))
        return True

    def export_register(self, path: Path) -> bool:
        try:
            count = self.reports.register_export_csv(self.actor, path)
        except (UserError, OSError) as exc:
            text = (
                exc.message
                if isinstance(exc, UserError)
                else translate("DashboardWidget", "{path} could not be written: {exc}").format(
                    path=path, exc=exc
                )
            )
            self.notifier.error(self, translate("DashboardWidget", "Export register"), text)
            return False
        self.notifier.info(
            self,
            translate("DashboardWidget", "Export register"),
            translate("DashboardWidget", "{count} cases exported without personal data to {path}.").format(
                count=count, path=path
            ),
        )
        self.saved.emit(str(path))
        return True

    def _ask_monthly_report(self) -> MonthDialog:
        dialog = MonthDialog(self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._ask_report_path(*dialog.chosen()))
        dialog.open()
        return dialog

    def _ask_report_path(self, year: int, month: int, fmt: str) -> QFileDialog:
        name = f"monthly-report-{year:04d}-{month:02d}.{fmt}"
        pattern = "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)"
        return self._ask_path(
            translate("DashboardWidget", "Save the monthly report"),
            name,
            pattern,
            lambda path: self.save_monthly_report(year, month, path, fmt),
        )

    def _ask_export(self) -> QFileDialog:
        name = f"register-{self.today():%Y-%m-%d}.csv"
        return self._ask_path(
            translate("DashboardWidget", "Export the register (no personal data)"),
            name,
            "CSV (*.csv)",
            lambda path: self.export_register(path),
        )

    def _ask_path(self, title: str, name: str, pattern: str, then: Callable[[Path], bool]) -> QFileDialog:
        dialog = QFileDialog(self, title, name, pattern)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: then(Path(chosen)))
        dialog.open()
        return dialog
