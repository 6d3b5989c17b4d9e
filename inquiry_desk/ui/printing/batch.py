"""Batch printing: one document for every case that needs it (e.g. today's acknowledgements).

Cases are rendered and printed one per event-loop turn, so the progress dialog repaints and
its Cancel button works between two letters. A case that cannot be printed (characters the
font lacks, a printer error) is skipped and listed in the summary; the others go on.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.documents.delivery import DocumentDelivery, NotRecorded, ToPrinter
from inquiry_desk.services.documents.due import BATCH_DOCUMENTS
from inquiry_desk.services.documents.service import BatchResult, MissingGlyphsError
from inquiry_desk.ui.printing.preview_output import LAST_PRINTER_KEY
from inquiry_desk.ui.widgets.formatting import fmt_date
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen


class BatchPrintDialog(QDialog):
    def __init__(
        self,
        delivery: DocumentDelivery,
        actor: Actor,
        *,
        settings: QSettings | None = None,
        notifier: Notifier | None = None,
        document: str = "acknowledgement",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.delivery = delivery
        self.service = delivery.documents
        self.actor = actor
        self.settings = settings if settings is not None else QSettings()
        self.notifier = notifier or Notifier()
        self.printed: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self._queue: Iterator[BatchResult] | None = None
        self._progress: QProgressDialog | None = None
        self._total = 0
        self.setWindowTitle(translate("BatchPrintDialog", "Batch printing"))
        fit_to_screen(self, 560, 520)
        printers = delivery.printers.names() if delivery.printers is not None else []
        self._build(printers, document)
        self.reload()

    def _build(self, printers: list[str], document: str) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(8)
        form = QFormLayout()
        self.document_box = QComboBox()
        titles = {info.name: label_of(info) for info in self.service.documents()}
        for name in BATCH_DOCUMENTS:
            self.document_box.addItem(titles.get(name, name), name)
        self.document_box.setCurrentIndex(max(0, self.document_box.findData(document)))
        form.addRow(translate("BatchPrintDialog", "Document:"), self.document_box)
        self.printer_box = QComboBox()
        self.printer_box.addItems(printers)
        last = str(self.settings.value(LAST_PRINTER_KEY, "") or "")
        if last in printers:
            self.printer_box.setCurrentText(last)
        form.addRow(translate("BatchPrintDialog", "Printer:"), self.printer_box)
        root.addLayout(form)

        self.heading = QLabel()
        root.addWidget(self.heading)
        self.case_list = QListWidget()
        self.case_list.setSpacing(3)
        root.addWidget(self.case_list, 1)
        picks = QHBoxLayout()
        self.all_button = QPushButton(translate("BatchPrintDialog", "Select all"))
        self.none_button = QPushButton(translate("BatchPrintDialog", "Select none"))
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        root.addLayout(picks)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.print_button = QPushButton(translate("BatchPrintDialog", "Print"))
        self.print_button.setDefault(True)
        self.close_button = QPushButton(translate("BatchPrintDialog", "Close"))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        root.addLayout(buttons)

        self.document_box.currentIndexChanged.connect(self.reload)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.print_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

    @property
    def document(self) -> str:
        return str(self.document_box.currentData())

    def reload(self) -> None:
        """The cases that need the chosen document, all ticked."""
        self.case_list.clear()
        try:
            due = self.service.due_today(self.actor, self.document)
        except UserError as exc:
            self.notifier.error(self, translate("BatchPrintDialog", "Cannot list the cases"), exc.message)
            due = []
        for case in due:
            received = translate("BatchPrintDialog", "received {date}").format(date=fmt_date(case.received))
            item = QListWidgetItem(
                f"{case.ref}    {received}    {label_of(case.language)}    {label_of(case.state)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, case.ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.case_list.addItem(item)
        cases = len(due)  # a plain name: lupdate drops a message whose count is a call
        self.heading.setText(
            translate("BatchPrintDialog", "%n case(s) need this document:", None, cases)
            if due
            else translate("BatchPrintDialog", "No case needs this document now.")
        )
        self._update_buttons()

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.case_list.count()):
            item = self.case_list.item(row)
            if item is not None:
                item.setCheckState(state)

    def selected_refs(self) -> list[str]:
        refs = []
        for row in range(self.case_list.count()):
            item = self.case_list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                refs.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return refs

    def _update_buttons(self) -> None:
        running = self._queue is not None
        self.print_button.setEnabled(
            not running and self.case_list.count() > 0 and self.printer_box.count() > 0
        )

    # --- running -------------------------------------------------------------------------
    def start(self) -> None:
        refs = self.selected_refs()
        printer = self.printer_box.currentText()
        if not refs:
            self.notifier.info(
                self,
                translate("BatchPrintDialog", "Batch printing"),
                translate("BatchPrintDialog", "Tick the cases to print."),
            )
            return
        if not printer:
            self.notifier.error(
                self,
                translate("BatchPrintDialog", "Batch printing"),
                translate("BatchPrintDialog", "No printer is available."),
            )
            return
        try:
            self._queue = self.service.batch(self.actor, self.document, refs)
        except UserError as exc:
            self.notifier.error(self, translate("BatchPrintDialog", "Batch printing"), exc.message)
            return
        self.settings.setValue(LAST_PRINTER_KEY, printer)
        self.printed, self.failed = [], []
        self._total = len(refs)
        progress = QProgressDialog(
            translate("BatchPrintDialog", "Printing…"),
            translate("BatchPrintDialog", "Cancel"),
            0,
            self._total,
            self,
        )
        progress.setWindowTitle(translate("BatchPrintDialog", "Batch printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._finish)
        progress.show()
        self._progress = progress
        self._update_buttons()
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        if self._queue is None or self._progress is None:
            return
        try:
            ref, result = next(self._queue)
        except StopIteration:
            self._finish()
            return
        self._progress.setLabelText(translate("BatchPrintDialog", "Printing {ref}…").format(ref=ref))
        if isinstance(result, bytes):
            self._print_one(ref, result)
        elif isinstance(result, MissingGlyphsError):
            self.failed.append(
                (
                    ref,
                    translate(
                        "BatchPrintDialog", "the font cannot print some characters; print it from its preview"
                    ),
                )
            )
        else:
            self.failed.append((ref, result.message))
        self._progress.setValue(len(self.printed) + len(self.failed))
        QTimer.singleShot(0, self._step)

    def _print_one(self, ref: str, pdf: bytes) -> None:
        printer = self.printer_box.currentText()
        try:
            self.delivery.deliver(self.actor, ref, self.document, pdf, ToPrinter(printer))
        except NotRecorded as exc:
            self.failed.append(
                (
                    ref,
                    translate("BatchPrintDialog", "printed, but not recorded: {message}").format(
                        message=exc.message
                    ),
                )
            )
            return
        except UserError as exc:
            self.failed.append((ref, exc.message))
            return
        self.printed.append(ref)

    def _finish(self) -> None:
        if self._queue is None:
            return
        remaining = self._total - len(self.printed) - len(self.failed)
        self._queue = None
        if self._progress is not None:
            self._progress.canceled.disconnect(self._finish)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        lines = [
            translate("BatchPrintDialog", "Printed {len} of {total}.").format(
                len=len(self.printed), total=self._total
            )
        ]
        if remaining:
            lines.append(
                translate("BatchPrintDialog", "Cancelled: {remaining} not printed.").format(
                    remaining=remaining
                )
            )
        lines += [
            translate("BatchPrintDialog", "Not printed: {ref} — {why}").format(ref=ref, why=why)
            for ref, why in self.failed
        ]
        self.summary.setText("\n".join(lines))
        self.reload()
