"""What an import did, one row per file: created, attached, duplicate or refused, and why.

Non-modal: staff keep it open beside the register while they open the new cases
(double-click a created or attached row).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.intake.importer import ImportResult, ImportStatus
from inquiry_desk.ui.widgets.row_model import ROW_ROLE as ROW_ROLE  # re-exported: callers read rows with it
from inquiry_desk.ui.widgets.row_model import RowTableModel
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen

COL_FILE, COL_STATUS, COL_REF, COL_DETAILS = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "File"),
    QT_TRANSLATE_NOOP("Columns", "Result"),
    QT_TRANSLATE_NOOP("Columns", "Reference"),
    QT_TRANSLATE_NOOP("Columns", "Warnings / reason"),
)
# Created and attached rows lead to a case; a duplicate names the case it already is in.
OPENABLE = (ImportStatus.CREATED, ImportStatus.ATTACHED, ImportStatus.DUPLICATE)
_STATUS_TEXT = {
    ImportStatus.CREATED: QT_TRANSLATE_NOOP("ImportResultsModel", "New case"),
    ImportStatus.ATTACHED: QT_TRANSLATE_NOOP("ImportResultsModel", "Added to case"),
    ImportStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportResultsModel", "Already imported"),
    ImportStatus.REFUSED: QT_TRANSLATE_NOOP("ImportResultsModel", "Refused"),
}
_REFUSED_BG = QColor("#fdecea")
_WARNING_BG = QColor("#fff8e1")


def details_text(result: ImportResult) -> str:
    if result.status is ImportStatus.REFUSED:
        return result.reason or translate("ImportResultsModel", "The file could not be read.")
    return "; ".join(result.warnings)


def summary_text(results: list[ImportResult]) -> str:
    """E.g. '6 files: 3 new cases, 1 added to existing cases, 1 already imported, 1 refused.'"""
    counts = Counter(r.status for r in results)
    # Plain names as the counts: lupdate drops a message whose count is an expression.
    created, attached = counts[ImportStatus.CREATED], counts[ImportStatus.ATTACHED]
    duplicate, refused, files = counts[ImportStatus.DUPLICATE], counts[ImportStatus.REFUSED], len(results)
    parts = []
    if created:
        parts.append(translate("ImportResultsModel", "%n new case(s)", None, created))
    if attached:
        parts.append(translate("ImportResultsModel", "%n added to existing cases", None, attached))
    if duplicate:
        parts.append(translate("ImportResultsModel", "%n already imported", None, duplicate))
    if refused:
        parts.append(translate("ImportResultsModel", "%n refused", None, refused))
    listed = translate("ImportResultsModel", ", ").join(parts)
    listed = listed or translate("ImportResultsModel", "nothing imported")
    return translate("ImportResultsModel", "{files}: {listed}.").format(
        files=translate("ImportResultsModel", "%n file(s)", None, files), listed=listed
    )


class ImportResultsModel(RowTableModel[ImportResult]):
    headers = _HEADERS

    def __init__(self, results: list[ImportResult] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, results or ())

    # The dialog's own names for set_rows/row_at, kept for its callers.
    def set_results(self, results: list[ImportResult]) -> None:
        self.set_rows(results)

    def result_at(self, row: int) -> ImportResult:
        return self.row_at(row)

    def display(self, row: ImportResult, column: int) -> str | None:
        return (
            Path(row.file).name or row.file,
            translate("ImportResultsModel", _STATUS_TEXT[row.status]),
            row.ref or "—",
            details_text(row),
        )[column]

    def tooltip(self, row: ImportResult, column: int) -> str | None:
        if column == COL_FILE:
            return row.file
        if column == COL_DETAILS:
            return details_text(row) or None
        if column == COL_REF and row.ref and row.status in OPENABLE:
            return translate("ImportResultsModel", "Double-click to open the case")
        return None

    def background(self, row: ImportResult, column: int) -> QBrush | None:
        if row.status is ImportStatus.REFUSED:
            return QBrush(_REFUSED_BG)
        if row.warnings:
            return QBrush(_WARNING_BG)
        return None


class ImportResultsDialog(QDialog):
    open_case = Signal(str)

    def __init__(
        self, results: list[ImportResult], parent: QWidget | None = None, *, cancelled: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.setWindowTitle(translate("ImportResultsDialog", "Import results"))
        self.model = ImportResultsModel(results, self)
        self.summary = QLabel(
            summary_text(results)
            + (
                translate("ImportResultsDialog", "  Import cancelled before the remaining files.")
                if cancelled
                else ""
            )
        )
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_FILE, 300), (COL_STATUS, 130), (COL_REF, 120)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._activated)
        hint = QLabel(
            translate(
                "ImportResultsDialog",
                "Double-click a new or added-to case to open it. Refused files were left where they were.",
            )
        )
        hint.setStyleSheet("color: #6b7280;")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        fit_to_screen(self, 1120, 440)

    def _activated(self, index: QModelIndex) -> None:
        result = self.model.result_at(index.row())
        if result.ref and result.status in OPENABLE:
            self.open_case.emit(result.ref)
