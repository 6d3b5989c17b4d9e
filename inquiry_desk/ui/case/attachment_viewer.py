"""Viewer for attachments: scans (PNG/JPEG/TIFF, multi-page) and PDFs, from memory.

The decrypted bytes never touch the disk (no temp files that a purge would miss):
images are decoded from a QBuffer, PDFs are loaded by QPdfDocument from a QBuffer.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen

ZOOM_STEP = 1.25
IMAGE_TYPES = ("image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp")


def read_image_pages(data: bytes) -> list[QImage]:
    """Every page (frame) of an image file; multi-page TIFF faxes have several."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    pages: list[QImage] = []
    try:
        for index in range(max(1, reader.imageCount())):
            if index and not reader.jumpToNextImage():
                break
            image = reader.read()
            if image.isNull():
                break
            pages.append(image)
    finally:
        # The reader must let go of the buffer before Python frees either of them.
        reader.setDevice(None)  # type: ignore[arg-type]  # Qt accepts a null device
        buffer.close()
    return pages


class AttachmentViewer(QDialog):
    def __init__(self, filename: str, content_type: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("AttachmentViewer", "{filename} — Inquiry Desk").format(filename=filename)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kind = "none"
        self.page_count = 0
        self.zoom = 1.0
        self._images: list[QImage] = []
        self._pdf_buffer: QBuffer | None = None

        self.page = QSpinBox()
        self.page.setPrefix(translate("AttachmentViewer", "Page "))
        self.page.setMinimum(1)
        self.of_pages = QLabel()
        self.zoom_out = QPushButton(translate("AttachmentViewer", "Zoom out"))
        self.zoom_in = QPushButton(translate("AttachmentViewer", "Zoom in"))
        self.fit = QPushButton(translate("AttachmentViewer", "Fit width"))
        self.zoom_label = QLabel()
        bar = QHBoxLayout()
        controls: tuple[QWidget, ...] = (self.page, self.of_pages)
        for w in controls:
            bar.addWidget(w)
        bar.addStretch(1)
        controls = (self.zoom_out, self.zoom_label, self.zoom_in, self.fit)
        for w in controls:
            bar.addWidget(w)

        self.stack = QStackedWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        # Esc closes it whichever child has the focus (the text view or the page box would
        # otherwise keep the key).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 1000)

        if content_type == "application/pdf" or filename.lower().endswith(".pdf"):
            self._show_pdf(data)
        elif content_type in IMAGE_TYPES or content_type.startswith("image/"):
            self._show_images(data)
        elif content_type.startswith("text/") or content_type in ("message/rfc822",):
            self._show_text(data)
        else:
            self._show_message(
                translate("AttachmentViewer", "{filename} ({content_type}) cannot be shown here.").format(
                    filename=filename, content_type=content_type
                )
            )
        self.page.valueChanged.connect(self._go_to_page)
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.fit.clicked.connect(self.fit_width)
        self._update_controls()

    # --- images -------------------------------------------------------------------------
    def _show_images(self, data: bytes) -> None:
        self._images = read_image_pages(data)
        if not self._images:
            self._show_message(
                translate("AttachmentViewer", "This image is damaged or in a format Qt cannot read.")
            )
            return
        self._show_image_pages()
        self._render_image()

    def _show_image_pages(self) -> None:
        """Page images (scans, or PDF pages rendered without QtPdf) in a scrollable label."""
        self.kind = "image"
        self.page_count = len(self._images)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll.setWidget(self.image_label)
        self.stack.addWidget(self.image_scroll)

    def _render_image(self) -> None:
        image = self._images[self.page.value() - 1]
        size = image.size() * self.zoom
        pix = QPixmap.fromImage(image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(pix)
        self.image_label.resize(pix.size())

    # --- PDF ----------------------------------------------------------------------------
    def _show_pdf(self, data: bytes) -> None:
        # Imported here: QtPdf is a large module that only this viewer needs. Some PySide6
        # wheels ship without it; then pages are rendered by pdfium (a dependency anyway).
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            self._show_pdf_rendered(data)
            return

        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(data))
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._pdf_buffer)
        if self.pdf.status() != QPdfDocument.Status.Ready or self.pdf.pageCount() == 0:
            self._show_message(
                translate("AttachmentViewer", "This PDF is damaged or protected and cannot be shown.")
            )
            return
        self.kind = "pdf"
        self.page_count = self.pdf.pageCount()
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(self.zoom)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._pdf_page_changed)
        self.stack.addWidget(self.pdf_view)

    def _show_pdf_rendered(self, data: bytes) -> None:
        import pypdfium2

        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            self._show_message(
                translate("AttachmentViewer", "This PDF is damaged or protected and cannot be shown.")
            )
            return
        self._images = [_pdf_page_image(document, i) for i in range(len(document))]
        document.close()
        if not self._images:
            self._show_message(translate("AttachmentViewer", "This PDF has no pages."))
            return
        self._show_image_pages()
        self.zoom = 0.5  # pages are rendered at 2x for sharp zooming; start at natural size
        self._render_image()

    def _pdf_page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    # --- other content --------------------------------------------------------------------
    def _show_text(self, data: bytes) -> None:
        self.kind = "text"
        text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
        text.setReadOnly(True)
        self.stack.addWidget(text)

    def _show_message(self, message: str) -> None:
        self.kind = "none"
        label = QLabel(message)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.stack.addWidget(label)

    # --- navigation ---------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(8.0, max(0.1, zoom))
        if self.kind == "image":
            self._render_image()
        elif self.kind == "pdf":
            self.pdf_view.setZoomFactor(self.zoom)
        self._update_controls()

    def fit_width(self) -> None:
        if self.kind == "image":
            width = self.image_scroll.viewport().width() - 4
            self.set_zoom(width / max(1, self._images[self.page.value() - 1].width()))
        elif self.kind == "pdf":
            from PySide6.QtPdfWidgets import QPdfView

            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.zoom = self.pdf_view.zoomFactor()
            self._update_controls()

    def _go_to_page(self, page: int) -> None:
        if self.kind == "image":
            self._render_image()
        elif self.kind == "pdf":
            self.pdf_view.pageNavigator().jump(page - 1, QPointF(), self.pdf_view.zoomFactor())

    def _update_controls(self) -> None:
        paged = self.kind in ("image", "pdf")
        self.page.setMaximum(max(1, self.page_count))
        self.of_pages.setText(
            translate("AttachmentViewer", "of {page_count}").format(page_count=self.page_count)
            if paged
            else ""
        )
        for w in (self.page, self.zoom_in, self.zoom_out, self.fit):
            w.setEnabled(paged)
        self.zoom_label.setText(f"{self.zoom:.0%}" if paged else "")


def _pdf_page_image(document: object, index: int) -> QImage:
    """One page rendered by pdfium at 144 dpi, as a QImage."""
    page = document[index]  # type: ignore[index]
    pil = page.render(scale=2).to_pil().convert("RGB")
    raw = pil.tobytes()
    image = QImage(raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # detach from `raw`, which Python frees
