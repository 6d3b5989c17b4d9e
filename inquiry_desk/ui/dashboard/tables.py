"""The dashboard's tables: read-only, whole rows selected, counts never hidden by labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from inquiry_desk.ui.dashboard.models import COL_C_COUNT, COL_C_LABEL, CountModel


def dashboard_table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def count_table(model: CountModel) -> QTableView:
    """A label/count table whose labels give way (elided) so the counts stay visible."""
    view = dashboard_table(model)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COL_C_LABEL, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_C_COUNT, QHeaderView.ResizeMode.ResizeToContents)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view
