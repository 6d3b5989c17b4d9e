"""The audit log browser: managers and administrators filter it and check its hash chain."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.ui.widgets.dates import to_date
from inquiry_desk.ui.widgets.formatting import fmt_date
from inquiry_desk.ui.widgets.row_model import ROW_ROLE as ROW_ROLE  # re-exported: callers read rows with it
from inquiry_desk.ui.widgets.row_model import RowTableModel
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen

COL_ID, COL_AT, COL_ACTOR, COL_ACTION, COL_CASE, COL_DETAILS = range(6)
HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "Who"),
    QT_TRANSLATE_NOOP("Columns", "Action"),
    QT_TRANSLATE_NOOP("Columns", "Case"),
    QT_TRANSLATE_NOOP("Columns", "Details"),
)
PAGE = 500


class AuditModel(RowTableModel[audit.AuditRow]):
    headers = HEADERS

    def __init__(self, rows: list[audit.AuditRow] | None = None) -> None:
        super().__init__(rows=rows or [])

    def display(self, row: audit.AuditRow, column: int) -> str | None:
        if column == COL_ID:
            return str(row.id)
        if column == COL_AT:
            # Seconds matter in an audit log: the date as every screen writes it, then the time.
            return in_language(row.at.strftime("%Y-%m-%d %H:%M:%S"), f"{fmt_date(row.at)} {row.at:%H:%M:%S}")
        if column == COL_ACTOR:
            return row.actor
        if column == COL_ACTION:
            return row.action
        if column == COL_CASE:
            return row.case_ref or ""
        if column == COL_DETAILS:
            return "" if row.details == "{}" else row.details
        return None


class AuditDialog(QDialog):
    """Non-modal; filters run in SQL. Opening it is itself not audited (it shows no personal data)."""

    def __init__(self, log: audit.AuditLog, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.actor = actor
        self.setWindowTitle(translate("AuditDialog", "Audit log"))
        fit_to_screen(self, 1000, 600)
        self.who = QLineEdit(placeholderText=translate("AuditDialog", "user name"))
        self.action = QLineEdit(placeholderText=translate("AuditDialog", "action, e.g. case.view or signin"))
        self.case_ref = QLineEdit(placeholderText="PI-YYYY-NNNN")
        self.use_dates = QCheckBox(translate("AuditDialog", "From"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for date_edit in (self.since, self.until):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("yyyy-MM-dd")
        self.apply_button = QPushButton(translate("AuditDialog", "&Filter"))
        self.verify_button = QPushButton(translate("AuditDialog", "&Verify chain"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((COL_ID, 60), (COL_AT, 150), (COL_ACTOR, 110), (COL_ACTION, 160), (COL_CASE, 110)):
            self.table.setColumnWidth(col, width)

        filters = QHBoxLayout()
        for label, widget in (
            (translate("AuditDialog", "Who"), self.who),
            (translate("AuditDialog", "Action"), self.action),
            (translate("AuditDialog", "Case"), self.case_ref),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(translate("AuditDialog", "to")))
        filters.addWidget(self.until)
        filters.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.verify_button)
        layout.addLayout(bottom)

        self.apply_button.clicked.connect(self.refresh)
        for edit in (self.who, self.action, self.case_ref):
            edit.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()

    def refresh(self) -> None:
        since = until = None
        if self.use_dates.isChecked():
            since = datetime.combine(to_date(self.since.date()), time.min)
            until = datetime.combine(to_date(self.until.date()), time.max)
        try:
            rows = self.log.browse(
                self.actor,
                actor_name=self.who.text().strip() or None,
                action=self.action.text().strip() or None,
                case_ref=self.case_ref.text().strip().upper() or None,
                since=since,
                until=until,
                limit=PAGE,
            )
        except UserError as exc:
            self.model.set_rows([])
            self.status.setText(exc.message)
            return
        self.model.set_rows(rows)
        # A plain name as the count: lupdate drops a message whose count is a call.
        shown = len(rows)
        if shown == PAGE:
            self.status.setText(
                translate(
                    "AuditDialog",
                    "%n entries (newest first; narrow the filter to see older entries)",
                    None,
                    shown,
                )
            )
        else:
            self.status.setText(translate("AuditDialog", "%n entries", None, shown))

    def verify(self) -> None:
        try:
            result = self.log.verify(self.actor)
        except UserError as exc:
            self.status.setText(exc.message)
            return
        chain = result.chain
        if not chain.ok:
            lines = [
                translate("AuditDialog", "Hash chain BROKEN at entry {first_bad_id}: {problem}.").format(
                    first_bad_id=chain.first_bad_id, problem=chain.problem
                )
            ]
        elif result.cut_off:
            lines = [translate("AuditDialog", "Audit log CUT OFF: {problem}.").format(problem=result.cut_off)]
        else:
            verified = chain.rows  # a plain name: lupdate drops a message whose count is an attribute
            lines = [translate("AuditDialog", "Hash chain intact: %n entries verified.", None, verified)]
        for username in result.tampered:
            lines.append(
                translate(
                    "AuditDialog",
                    "Staff account {username} was changed outside Inquiry Desk; it cannot sign in. "
                    "An administrator can check it and set its role and password again.",
                ).format(username=username)
            )
        self.status.setText("\n".join(lines))
        # A failed check must not read like a passed one at a glance.
        self.status.setStyleSheet("" if result.ok else "color: #b00020; font-weight: bold;")
