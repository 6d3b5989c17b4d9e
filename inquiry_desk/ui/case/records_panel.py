"""The "Data held" tab of a case: the sources brought in from the company's systems, their rows,
and the review — include or exclude rows, redact single values with the reason.

Everything goes through the records service; the panel keeps no personal data beyond what it
shows. A file is chosen in a non-modal file dialog and handed to ``add_file`` (tests call that
directly), the machine-readable copy likewise to ``export_to``; refusals (a damaged workbook,
a ragged CSV) are shown in the panel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
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
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.records.portable import PortableService
from inquiry_desk.services.records.service import RecordService
from inquiry_desk.services.records.views import SourceView
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.case.records_model import COL_FIRST_VALUE, RecordRowsModel
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting


class RecordsPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        records: RecordService,
        actor: Actor,
        ref: str,
        parent: QWidget | None = None,
        portable: PortableService | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = records
        self.portable = portable
        self.actor = actor
        self.ref = ref
        self.sources: list[SourceView] = []
        # The case's version as the sources were read: every change quotes it, so that a
        # colleague's change meanwhile is refused (StaleCase) rather than silently built on.
        self.version: int | None = None
        can_edit = actor.can(Permission.EDIT_CASE)

        self.source_box = QComboBox()
        self.source_box.setObjectName("recordSource")
        self.source_box.currentIndexChanged.connect(self._show_source)
        self.add_button = QPushButton(self.tr("Add export file…"))
        self.add_button.setObjectName("addRecords")
        self.add_button.clicked.connect(self._choose_file)
        self.remove_button = QPushButton(self.tr("Remove source"))
        self.remove_button.clicked.connect(self._remove_source)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Source:")))
        top.addWidget(self.source_box, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)

        self.summary = QLabel()
        self.summary.setObjectName("recordSummary")
        self.summary.setWordWrap(True)
        self.model = RecordRowsModel(self, self._toggle if can_edit else None)
        self.table = QTableView()
        self.table.setObjectName("recordRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(180)

        self.exclude_button = QPushButton(self.tr("Exclude selected rows"))
        self.exclude_button.clicked.connect(lambda: self._set_selected(False))
        self.include_button = QPushButton(self.tr("Include selected rows"))
        self.include_button.clicked.connect(lambda: self._set_selected(True))
        rows = QHBoxLayout()
        rows.addWidget(self.exclude_button)
        rows.addWidget(self.include_button)
        rows.addStretch(1)

        self.reason = QLineEdit()
        self.reason.setObjectName("redactReason")
        self.reason.setPlaceholderText(
            self.tr("Why the selected value is withheld, e.g. a third party's name")
        )
        self.redact_button = QPushButton(self.tr("Redact value"))
        self.redact_button.clicked.connect(self._redact)
        self.unredact_button = QPushButton(self.tr("Lift redaction"))
        self.unredact_button.clicked.connect(self._unredact)
        redact = QHBoxLayout()
        redact.addWidget(self.reason, 1)
        redact.addWidget(self.redact_button)
        redact.addWidget(self.unredact_button)

        self.export_button = QPushButton(self.tr("Export machine-readable copy…"))
        self.export_button.setObjectName("exportPortable")
        self.export_button.clicked.connect(self._choose_export)
        self.encrypt_box = QCheckBox(self.tr("Encrypt, with the password on a separate letter"))
        self.encrypt_box.setChecked(True)
        # On the row of the row actions: a laptop screen keeps the table tall.
        rows.addWidget(self.export_button)
        rows.addWidget(self.encrypt_box)
        self.export_button.setVisible(portable is not None)
        self.encrypt_box.setVisible(portable is not None)
        self.export_button.setEnabled(actor.can(Permission.PRINT))

        self.message = InlineMessage()
        self.stale = StaleBanner()
        self.stale.reload_requested.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addLayout(redact)
        layout.addWidget(self.message)
        layout.addWidget(self.stale)
        for button in (self.add_button, self.remove_button, self.exclude_button, self.include_button):
            button.setEnabled(can_edit)
        self.redact_button.setEnabled(can_edit)
        self.unredact_button.setEnabled(can_edit)
        self.reason.setEnabled(can_edit)
        self._load(record_view=True)

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load(record_view=False)

    def _load(self, *, record_view: bool) -> None:
        current = self.current_source()
        number = current.number if current else None
        try:
            self.version, self.sources = self.records.sources_at_version(
                self.actor, self.ref, record_view=record_view
            )
        except UserError as exc:
            self.sources = []
            self.message.error(exc.message)
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for s in self.sources:
            self.source_box.addItem(
                self.tr("{number}. {name} ({format}, {rows} rows)").format(
                    number=s.number, name=s.name, format=s.format.upper(), rows=len(s.rows)
                ),
                s.number,
            )
        index = next((i for i, s in enumerate(self.sources) if s.number == number), 0)
        self.source_box.setCurrentIndex(index if self.sources else -1)
        self.source_box.blockSignals(False)
        self._show_source()

    def current_source(self) -> SourceView | None:
        index = self.source_box.currentIndex()
        return self.sources[index] if 0 <= index < len(self.sources) else None

    def _show_source(self) -> None:
        source = self.current_source()
        self.model.set_source(source)
        if source is None:
            self.summary.setText(
                self.tr("No data held yet. Add the exports of the company's systems (CSV, XLSX or JSON).")
            )
        else:
            self.summary.setText(
                self.tr(
                    "{included} of {rows} rows included, {redacted} value(s) redacted. File: {file}"
                ).format(
                    included=len(source.included),
                    rows=len(source.rows),
                    redacted=source.redacted_count,
                    file=source.filename,
                )
                + "".join(f"\n{w}" for w in source.warnings)
            )
            self.table.resizeColumnsToContents()
            for column in range(COL_FIRST_VALUE, self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.remove_button.setEnabled(source is not None and self.actor.can(Permission.EDIT_CASE))

    # --- changing ----------------------------------------------------------------------------
    def _after(self, call: Callable[[], object]) -> None:
        if run_quoting(self.message, self.stale, call):
            self.refresh()
            self.changed.emit()

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Add export file"))
        dialog.setNameFilter(self.tr("System exports (*.csv *.txt *.xlsx *.json);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.add_file(Path(name)))
        dialog.open()  # not exec(): the window stays responsive, tests never hang

    def add_file(self, path: Path) -> None:
        added: list[int] = []

        def call() -> None:
            added.extend(
                s.number
                for s in self.records.add_file(self.actor, self.ref, path, expected_version=self.version)
            )

        self._after(call)
        if added:
            self.source_box.setCurrentIndex(self.source_box.findData(added[0]))
            self.message.info(
                self.tr("Added %n source(s) from {file}.", "", len(added)).format(file=path.name)
            )

    def _remove_source(self) -> None:
        source = self.current_source()
        if source is not None:
            self._after(
                lambda: self.records.remove(
                    self.actor, self.ref, source.number, expected_version=self.version
                )
            )

    def _toggle(self, row: int, included: bool) -> None:
        source = self.current_source()
        if source is not None:
            self._after(
                lambda: self.records.set_included(
                    self.actor, self.ref, source.number, [row], included, expected_version=self.version
                )
            )

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        return [self.model.row_at(r).number for r in sorted(rows)]

    def _set_selected(self, included: bool) -> None:
        source = self.current_source()
        rows = self.selected_rows()
        if source is None or not rows:
            self.message.error(self.tr("Select the rows first."))
            return
        self._after(
            lambda: self.records.set_included(
                self.actor, self.ref, source.number, rows, included, expected_version=self.version
            )
        )

    def _selected_value(self) -> tuple[int, int, int] | None:
        source = self.current_source()
        index = self.table.currentIndex()
        if source is None or not index.isValid() or index.column() < COL_FIRST_VALUE:
            self.message.error(self.tr("Select the value to redact in the table first."))
            return None
        return source.number, self.model.row_at(index.row()).number, index.column() - COL_FIRST_VALUE

    def _redact(self) -> None:
        target = self._selected_value()
        if target is None:
            return
        reason = self.reason.text()

        def call() -> None:
            self.records.redact(self.actor, self.ref, *target, reason, expected_version=self.version)
            self.reason.clear()

        self._after(call)

    def _choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the machine-readable copy"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip")
        dialog.setNameFilter(self.tr("ZIP files (*.zip)"))
        dialog.selectFile(f"{self.ref}-data.zip")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the copy; encrypted, its password letter goes beside it as NAME-password.pdf."""
        if self.portable is None:
            return
        portable = self.portable
        letter = path.with_name(f"{path.stem}-password.pdf") if self.encrypt_box.isChecked() else None

        def call() -> None:
            portable.write(self.actor, self.ref, path, password_letter=letter)

        if run_service(self.message, call):
            self.refresh()  # the export is on the timeline: a new version, quoted from now on
            self.changed.emit()
            if letter is not None:
                self.message.info(
                    self.tr(
                        "Saved {file}. The password is on {letter}: send it separately from the file."
                    ).format(file=path.name, letter=letter.name)
                )
            else:
                self.message.info(self.tr("Saved {file} (not encrypted).").format(file=path.name))

    def _unredact(self) -> None:
        target = self._selected_value()
        if target is not None:
            self._after(
                lambda: self.records.unredact(self.actor, self.ref, *target, expected_version=self.version)
            )
