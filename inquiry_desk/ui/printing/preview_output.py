"""Where a previewed document goes: a printer (Qt's print dialog, the last printer chosen), a
PDF file (the last folder), or the applicant's email address; each through the documents
delivery service, which records it. The preview dialog derives from this class.

Its dialogs are opened with ``open()``, never ``exec()``, so tests (and the rest of the
window) keep running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel

from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.documents.delivery import (
    Delivered,
    DocumentDelivery,
    NotRecorded,
    ToFile,
    ToPrinter,
)
from inquiry_desk.services.documents.sending import EmailSender
from inquiry_desk.ui.widgets.notify import Notifier

LAST_PRINTER_KEY = "printing/last_printer"
LAST_FOLDER_KEY = "printing/last_folder"


class PreviewOutput(QDialog):
    """Printing, saving and sending the PDF a subclass shows (``pdf``, None while there is none)."""

    delivery: DocumentDelivery
    mailer: EmailSender | None
    actor: Actor
    ref: str
    settings: QSettings
    notifier: Notifier
    pdf: bytes | None
    document_box: QComboBox
    language_box: QComboBox
    status: QLabel

    @property
    def document(self) -> str:
        return str(self.document_box.currentData())

    @property
    def language(self) -> Language:
        return Language(self.language_box.currentData())

    # --- output --------------------------------------------------------------------------
    def _title(self) -> str:
        # Print queues show the job title: reference and document name, never a name.
        return f"{self.ref} {self.document}"

    def suggested_filename(self) -> str:
        return f"{self.ref}-{self.document}-{self.language.value}.pdf"

    def choose_printer(self) -> None:
        """Qt's print dialog, with the printer used last time chosen; printing follows."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        last = str(self.settings.value(LAST_PRINTER_KEY, "") or "")
        if last:
            printer.setPrinterName(last)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("PrintPreviewDialog", "Print {ref}").format(ref=self.ref))
        dialog.finished.connect(lambda result: self._print_dialog_done(dialog, printer, result))
        # QPrintDialog.open() wants a receiver; QDialog's plain open() shows it window-modal
        # without blocking in a nested event loop.
        QDialog.open(dialog)
        # The dialog points at the Python-owned QPrinter: both are kept until it has closed.
        self._printer = printer
        self.print_dialog = dialog

    def _print_dialog_done(self, dialog: QPrintDialog, printer: QPrinter, result: int) -> None:
        name, copies = printer.printerName(), printer.copyCount()
        # "Print to File (PDF)" in Qt's dialog names a file, not a printer: the previewed PDF
        # (fonts embedded, as printed) is saved there, like Save as PDF.
        to_file = (
            printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
        )
        # Destroyed now rather than with this window, while the QPrinter it uses still exists.
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted.value:
            return
        if to_file:
            self.save_to(Path(to_file))
        else:
            self.print_to(name, copies)

    def print_to(self, printer_name: str, copies: int = 1) -> bool:
        """Send the previewed PDF to ``printer_name`` and record it; errors become messages."""
        done = self._deliver(
            ToPrinter(printer_name, copies), translate("PrintPreviewDialog", "Printing failed")
        )
        if done is not None:
            self.settings.setValue(LAST_PRINTER_KEY, done.where)
        return done is not None

    def choose_pdf_file(self) -> None:
        folder = str(self.settings.value(LAST_FOLDER_KEY, "") or "")
        start = str(Path(folder) / self.suggested_filename()) if folder else self.suggested_filename()
        dialog = QFileDialog(
            self,
            translate("PrintPreviewDialog", "Save as PDF"),
            start,
            translate("PrintPreviewDialog", "PDF files (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()
        self.file_dialog = dialog

    def save_to(self, path: Path) -> bool:
        """Write the previewed PDF to ``path`` (atomically) and record the export."""
        done = self._deliver(ToFile(path), translate("PrintPreviewDialog", "Could not save the PDF"))
        if done is not None:
            self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        return done is not None

    def send_by_email(self) -> bool:
        """Send the response to the applicant's address; the service renders it again itself."""
        if self.mailer is None:
            return False
        try:
            sent = self.mailer.send_by_email(self.actor, self.ref, self.document, lang=self.language)
        except UserError as exc:
            self.notifier.error(self, translate("PrintPreviewDialog", "Not sent"), exc.message)
            return False
        self.status.setText(sent.describe())
        return True

    def _deliver(self, to: ToFile | ToPrinter, failed: str) -> Delivered | None:
        if self.pdf is None:
            return None
        try:
            done = self.delivery.deliver(
                self.actor, self.ref, self.document, self.pdf, to, lang=self.language
            )
        except NotRecorded as exc:
            self.notifier.error(self, translate("PrintPreviewDialog", "Not recorded"), exc.message)
            return None
        except UserError as exc:
            self.notifier.error(self, failed, exc.message)
            return None
        self.status.setText(done.describe())
        return done
