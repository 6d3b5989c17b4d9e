"""What an import did, one row per file: created, attached, duplicate or refused, and why.

Non-modal: staff keep it open beside the register while they open the new cases
(double-click a created or attached row).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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

from inquiry_desk.services.importer import ImportResult, ImportStatus

COL_FILE, COL_STATUS, COL_REF, COL_DETAILS = range(4)
_HEADERS = ("File", "Result", "Reference", "Warnings / reason")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Created and attached rows lead to a case; a duplicate names the case it already is in.
OPENABLE = (ImportStatus.CREATED, ImportStatus.ATTACHED, ImportStatus.DUPLICATE)
_STATUS_TEXT = {ImportStatus.CREATED: "New case", ImportStatus.ATTACHED: "Added to case",
                ImportStatus.DUPLICATE: "Already imported", ImportStatus.REFUSED: "Refused"}
_REFUSED_BG = QColor("#fdecea")
_WARNING_BG = QColor("#fff8e1")

_Index = QModelIndex | QPersistentModelIndex


def details_text(result: ImportResult) -> str:
    if result.status is ImportStatus.REFUSED:
        return result.reason or "The file could not be read."
    return "; ".join(result.warnings)


def summary_text(results: list[ImportResult]) -> str:
    counts = Counter(r.status for r in results)
    parts = [f"{counts[s]} {label}" for s, label in (
        (ImportStatus.CREATED, "new case" if counts[ImportStatus.CREATED] == 1 else "new cases"),
        (ImportStatus.ATTACHED, "added to existing cases"),
        (ImportStatus.DUPLICATE, "already imported"),
        (ImportStatus.REFUSED, "refused")) if counts[s]]
    files = f"{len(results)} file{'s' if len(results) != 1 else ''}"
    return f"{files}: " + (", ".join(parts) if parts else "nothing imported") + "."


class ImportResultsModel(QAbstractTableModel):
    def __init__(self, results: list[ImportResult] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportResult] = list(results or [])

    def set_results(self, results: list[ImportResult]) -> None:
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def result_at(self, row: int) -> ImportResult:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_HEADERS)):
            return _HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return result
        if role == Qt.ItemDataRole.DisplayRole:
            return (Path(result.file).name or result.file, _STATUS_TEXT[result.status],
                    result.ref or "—", details_text(result))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_FILE:
                return result.file
            if col == COL_DETAILS:
                return details_text(result) or None
            if col == COL_REF and result.ref and result.status in OPENABLE:
                return "Double-click to open the case"
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if result.status is ImportStatus.REFUSED:
                return QBrush(_REFUSED_BG)
            if result.warnings:
                return QBrush(_WARNING_BG)
        return None


class ImportResultsDialog(QDialog):
    open_case = Signal(str)

    def __init__(self, results: list[ImportResult], parent: QWidget | None = None,
                 *, cancelled: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.setWindowTitle("Import results")
        self.model = ImportResultsModel(results, self)
        self.summary = QLabel(summary_text(results) + ("  Import cancelled before the remaining files."
                                                       if cancelled else ""))
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
        hint = QLabel("Double-click a new or added-to case to open it. Refused files were left "
                      "where they were.")
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
        self.resize(1120, 440)

    def _activated(self, index: QModelIndex) -> None:
        result = self.model.result_at(index.row())
        if result.ref and result.status in OPENABLE:
            self.open_case.emit(result.ref)
