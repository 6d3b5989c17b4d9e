"""Print preview: a case's document rendered page by page, then printed or saved as PDF.

QtPdf is not part of the PySide6 wheel we ship, so pages are rasterised with pdfium (already
used by printing and import) into QImages. The PDF stays in memory: it reaches the disk only
where the user saves it, or the printer, through the documents delivery service.

The dialog talks to the documents service and ``inquiry_desk.documents`` only. It never
blocks in ``exec()``: the print and file dialogs are opened with ``open()`` so tests (and the
rest of the window) keep running.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import AnswerMedium, Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.documents.delivery import (
    Delivered,
    DocumentDelivery,
    NotRecorded,
    ToFile,
    ToPrinter,
)
from inquiry_desk.services.documents.sending import EmailSender
from inquiry_desk.services.documents.service import DocumentContext, MissingGlyphsError, TemplateError
from inquiry_desk.ui.printing.response_text import ResponseTextPanel
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen
from inquiry_desk.ui.widgets.unsaved import close_or_ask

LAST_PRINTER_KEY = "printing/last_printer"
LAST_FOLDER_KEY = "printing/last_folder"
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
# Screen pixels per PDF point at zoom 1.0 (96 dpi screens): a page shows at its real size.
SCREEN_SCALE = 96 / 72


def render_page(pdf: bytes, index: int, scale: float) -> QImage:
    """One page as an image, ``scale`` pixels per PDF point."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        try:
            image = page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
    finally:
        document.close()
    data = image.tobytes()
    # QImage borrows the buffer; copy() gives it its own before ``data`` goes away.
    return QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document.get_page_size(i) for i in range(len(document))]
    finally:
        document.close()


class GlyphWarning(QFrame):
    """A banner, not a modal box: the user sees the preview while deciding."""

    print_anyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glyphWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#glyphWarning { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(translate("GlyphWarning", "Print anyway"))
        self.button.setToolTip(translate("GlyphWarning", "Print the missing characters as 〓 (geta mark)"))
        self.button.clicked.connect(self.print_anyway.emit)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_problems(self, error: MissingGlyphsError) -> None:
        lines = "<br>".join(p.describe().replace("&", "&amp;").replace("<", "&lt;") for p in error.problems)
        self.label.setText(
            translate(
                "GlyphWarning",
                "<b>The font cannot print some characters.</b> Correct them in the "
                "case's details (usually to the common form of the character), or "
                "print them as 〓 (geta mark):<br>",
            )
            + lines
        )
        self.show()


class PrintPreviewDialog(QDialog):
    """Preview of one case's document with document and language choice, zoom and paging."""

    def __init__(
        self,
        delivery: DocumentDelivery,
        actor: Actor,
        ref: str,
        *,
        document: str = "acknowledgement",
        lang: Language | None = None,
        settings: QSettings | None = None,
        notifier: Notifier | None = None,
        mailer: EmailSender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.delivery = delivery
        self.mailer = mailer  # None: this window cannot send email (no "Send by email" button)
        self.service = delivery.documents
        self.actor = actor
        self.ref = ref
        self.settings = settings if settings is not None else QSettings()
        self.notifier = notifier or Notifier()
        self.pdf: bytes | None = None
        self.context: DocumentContext | None = None
        self.allow_missing = False
        self.page = 0
        self.page_count = 0
        self.zoom = 1.0
        self.fit_width = True
        self._sizes: list[tuple[float, float]] = []
        self.setWindowTitle(translate("PrintPreviewDialog", "Print preview — {ref}").format(ref=ref))
        fit_to_screen(self, 860, 940)
        self._build(document)
        self._select_language(lang)
        self.refresh()

    # --- layout --------------------------------------------------------------------------
    def _build(self, document: str) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(8)

        choose = QHBoxLayout()
        choose.setSpacing(8)
        choose.addWidget(QLabel(translate("PrintPreviewDialog", "Document:")))
        self.document_box = QComboBox()
        for info in self.service.documents():
            self.document_box.addItem(label_of(info), info.name)
        self.document_box.setCurrentIndex(max(0, self.document_box.findData(document)))
        self.document_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choose.addWidget(self.document_box)
        choose.addSpacing(12)
        choose.addWidget(QLabel(translate("PrintPreviewDialog", "Language:")))
        self.language_box = QComboBox()
        for language in Language:
            self.language_box.addItem(label_of(language), language.value)
        choose.addWidget(self.language_box)
        choose.addStretch(1)
        root.addLayout(choose)

        self.warning = GlyphWarning()
        self.warning.hide()
        self.warning.print_anyway.connect(self._print_anyway)
        root.addWidget(self.warning)
        # The response's drafted paragraph and enclosures, and whether it is still a draft.
        self.response_text = ResponseTextPanel(self.service, self.actor, self.ref)
        self.response_text.saved.connect(self.refresh)
        root.addWidget(self.response_text)

        nav = QHBoxLayout()
        nav.setSpacing(6)
        self.prev_button = QPushButton(translate("PrintPreviewDialog", "◀ Previous"))
        self.next_button = QPushButton(translate("PrintPreviewDialog", "Next ▶"))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(translate("PrintPreviewDialog", "Zoom out (Ctrl+−)"))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(translate("PrintPreviewDialog", "Zoom in (Ctrl++)"))
        self.fit_button = QPushButton(translate("PrintPreviewDialog", "Fit width"))
        self.fit_button.setCheckable(True)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.prev_button, self.page_label, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            nav.addWidget(widget)
        root.addLayout(nav)

        self.page_view = QLabel()
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.page_view)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_area.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.page_area.viewport().installEventFilter(self)
        root.addWidget(self.page_area, 1)

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(translate("PrintPreviewDialog", "Save as PDF…"))
        self.print_button = QPushButton(translate("PrintPreviewDialog", "Print…"))
        self.print_button.setDefault(True)
        # Shown for a response the applicant asked to receive by email (see ``refresh``).
        self.email_button = QPushButton(translate("PrintPreviewDialog", "Send by email"))
        self.email_button.hide()
        self.close_button = QPushButton(translate("PrintPreviewDialog", "Close"))
        for widget in (self.save_button, self.email_button, self.print_button, self.close_button):
            buttons.addWidget(widget)
        root.addLayout(buttons)

        self.document_box.currentIndexChanged.connect(self._choice_changed)
        self.language_box.currentIndexChanged.connect(self._choice_changed)
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.set_fit_width)
        self.save_button.clicked.connect(self.choose_pdf_file)
        self.print_button.clicked.connect(self.choose_printer)
        self.email_button.clicked.connect(self.send_by_email)
        self.close_button.clicked.connect(self.reject)
        for key, slot in (
            (Qt.Key.Key_PageDown, self.next_page),
            (Qt.Key.Key_PageUp, self.previous_page),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(QKeySequence(key), self, slot)

    def _select_language(self, lang: Language | None) -> None:
        if lang is None:
            # The case's own language: the context knows it without the dialog reading the case.
            try:
                lang = self.service.context_for(self.actor, self.ref, self.document).language
            except UserError:
                lang = Language.JA
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(lang.value)))
        self.language_box.blockSignals(False)

    # --- state ---------------------------------------------------------------------------
    @property
    def document(self) -> str:
        return str(self.document_box.currentData())

    @property
    def language(self) -> Language:
        return Language(self.language_box.currentData())

    def _choice_changed(self) -> None:
        self.allow_missing = False
        self.refresh()

    def refresh(self) -> None:
        """Render the chosen document and language again and show its first page."""
        self.pdf = None
        self.warning.hide()
        try:
            self.context = self.service.context_for(self.actor, self.ref, self.document, lang=self.language)
            self.pdf = self.service.render(
                self.document, self.context, allow_missing_glyphs=self.allow_missing
            )
        except MissingGlyphsError as exc:
            self.warning.show_problems(exc)
        except UserError as exc:
            self.notifier.error(
                self, translate("PrintPreviewDialog", "Cannot show the document"), exc.message
            )
        except (TemplateError, ValueError) as exc:
            self.notifier.error(
                self,
                translate("PrintPreviewDialog", "Cannot show the document"),
                translate("PrintPreviewDialog", "The template is not usable: {exc}").format(exc=exc),
            )
        self.response_text.setVisible(self.document == "response")
        by_email = self.context is not None and self.context.response_medium == AnswerMedium.EMAIL.value
        self.email_button.setVisible(self.mailer is not None and self.document == "response" and by_email)
        # A draft is never sent: the button stays, greyed, so staff see why from its tooltip.
        draft = self.pdf is None or (self.context is not None and self.context.draft)
        self.email_button.setEnabled(not draft)
        why = translate("PrintPreviewDialog", "The response may not go out yet: it is a draft.")
        self.email_button.setToolTip(why if draft else "")
        self.response_text.show_context(self.context if self.document == "response" else None)
        self._sizes = page_sizes(self.pdf) if self.pdf else []
        self.page_count = len(self._sizes)
        self.page = 0
        self._show_page()

    def has_unsaved_input(self) -> bool:
        """The response's drafted words typed and not saved (the main window asks before closing)."""
        return self.response_text.isVisibleTo(self) and self.response_text.has_unsaved_input()

    def reject(self) -> None:
        close_or_ask(self, self.has_unsaved_input(), super().reject)

    def _print_anyway(self) -> None:
        self.allow_missing = True
        self.refresh()

    def _effective_zoom(self) -> float:
        if not (self.fit_width and self._sizes):
            return self.zoom
        width_pt = self._sizes[self.page][0]
        available = max(200, self.page_area.viewport().width() - 24)
        return float(available / (width_pt * SCREEN_SCALE))

    def _show_page(self) -> None:
        has = self.pdf is not None and self.page_count > 0
        for widget in (
            self.save_button,
            self.print_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            widget.setEnabled(has)
        self.prev_button.setEnabled(has and self.page > 0)
        self.next_button.setEnabled(has and self.page < self.page_count - 1)
        self.fit_button.setChecked(self.fit_width)
        if not has or self.pdf is None:
            self.page_view.setPixmap(QPixmap())
            self.page_view.setText(
                translate("PrintPreviewDialog", "No preview: see the message above.")
                if self.warning.isVisibleTo(self)
                else translate("PrintPreviewDialog", "No preview.")
            )
            self.page_view.setStyleSheet("color: white; background: transparent; font-size: 14px;")
            self.page_view.resize(self.page_area.viewport().size())
            self.page_label.setText("")
            self.zoom_label.setText("")
            return
        zoom = self._effective_zoom()
        # Rendered for the screen's pixel ratio so text stays sharp on high-dpi displays.
        ratio = self.devicePixelRatioF()
        image = render_page(self.pdf, self.page, zoom * SCREEN_SCALE * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setStyleSheet("")
        self.page_view.setPixmap(pixmap)
        self.page_view.resize(pixmap.deviceIndependentSize().toSize())
        self.page_label.setText(
            translate("PrintPreviewDialog", "Page {value} of {page_count}").format(
                value=self.page + 1, page_count=self.page_count
            )
        )
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # "Fit width" follows the visible area, whose size is known only once laid out.
        if (
            watched is self.page_area.viewport()
            and event.type() == QEvent.Type.Resize
            and self.fit_width
            and self.pdf is not None
        ):
            self._show_page()
        return super().eventFilter(watched, event)

    # --- navigation and zoom -------------------------------------------------------------
    def next_page(self) -> None:
        if self.page < self.page_count - 1:
            self.page += 1
            self._show_page()
            self.page_area.verticalScrollBar().setValue(0)

    def previous_page(self) -> None:
        if self.page > 0:
            self.page -= 1
            self._show_page()
            self.page_area.verticalScrollBar().setValue(0)

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.fit_width = False
        self._show_page()

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    def set_fit_width(self) -> None:
        self.fit_width = True
        self._show_page()

    @property
    def effective_zoom(self) -> float:
        return self._effective_zoom()

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
