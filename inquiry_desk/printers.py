"""Sending rendered PDFs to a system printer.

Two paths, both without writing the document to a temporary file of ours:

* ``qt`` (every platform, the only one on Windows): pdfium renders each page to an image at the
  printer's resolution and QPainter paints it on a QPrinter. The PDF stays in memory.
* ``cups`` (Linux/macOS when ``lp`` exists): the PDF bytes are piped to ``lp`` on stdin. CUPS
  prints PDF natively, so text stays vector (sharper, smaller jobs, searchable if the queue
  is a PDF printer). ``auto`` prefers it where available.

This is the adapter behind `services.documents.delivery.Printers`, kept outside the core and
outside `documents/` because it needs Qt; `DocumentDelivery` records each print on the case.
A process that prints must have a QGuiApplication: the window has one, and the command line
makes a headless one (`headless_application`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import TYPE_CHECKING, Literal

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.documents.delivery import PrintError, PrintResult

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

Backend = Literal["auto", "qt", "cups"]


def headless_application() -> QApplication:
    """The application object a process without a window needs before it asks for printers.

    A QApplication (which is a QGuiApplication) rather than a bare QGuiApplication: Qt allows
    one application object per process, and widgets made later in the same process (the
    self-test's window, a test session) abort on a QGuiApplication. The caller keeps it.
    """
    import os

    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # No display needed: servers, SSH sessions and scheduled jobs print too.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def _ensure_app() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        raise PrintError(
            translate("Printing", "Printing needs the application running (a bug: no application object).")
        )


class SystemPrinters:
    """`Printers` as the operating system offers them."""

    def __init__(self, backend: Backend = "auto", dpi: int = 300) -> None:
        self.backend, self.dpi = backend, dpi

    def names(self) -> list[str]:
        return list_printers()

    def default(self) -> str | None:
        return default_printer()

    def print_pdf(self, pdf: bytes, printer: str, *, title: str, copies: int) -> PrintResult:
        return print_pdf(pdf, printer, title=title, copies=copies, backend=self.backend, dpi=self.dpi)


def list_printers() -> list[str]:
    """Names of the printers the system offers (CUPS queues, Windows printers)."""
    _ensure_app()
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str | None:
    _ensure_app()
    from PySide6.QtPrintSupport import QPrinterInfo

    name = QPrinterInfo.defaultPrinterName()
    return name or None


def print_pdf(
    pdf: bytes,
    printer: str,
    *,
    title: str = "Inquiry Desk",
    copies: int = 1,
    backend: Backend = "auto",
    dpi: int = 300,
) -> PrintResult:
    """Print ``pdf`` on the named printer and return what was sent."""
    if not printer:
        raise PrintError(translate("Printing", "No printer chosen."))
    if backend == "cups" or (backend == "auto" and shutil.which("lp")):
        return _print_cups(pdf, printer, title=title, copies=copies)
    return _print_qt(pdf, printer, title=title, copies=copies, dpi=dpi)


def _print_cups(pdf: bytes, printer: str, *, title: str, copies: int) -> PrintResult:
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError(translate("Printing", "The lp command (CUPS) is not installed."))
    # "-" reads the job from stdin: the document never touches the disk on our side.
    proc = subprocess.run(
        [lp, "-d", printer, "-t", title, "-n", str(copies), "-"],
        input=pdf,
        capture_output=True,
        timeout=60,
        check=False,
    )
    if proc.returncode != 0:
        raise PrintError(
            translate("Printing", "Printer {printer!r} refused the job: {error}").format(
                printer=printer, error=proc.stderr.decode(errors="replace").strip()
            )
        )
    out = proc.stdout.decode(errors="replace")
    match = re.search(r"request id is (\S+)", out)
    return PrintResult(printer, _count_pages(pdf), "cups", match.group(1) if match else "")


def _count_pages(pdf: bytes) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _print_qt(pdf: bytes, printer_name: str, *, title: str, copies: int, dpi: int) -> PrintResult:
    _ensure_app()
    import pypdfium2
    from PySide6.QtGui import QImage, QPageSize, QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise PrintError(
            translate("Printing", "There is no printer called {printer!r}.").format(printer=printer_name)
        )
    # Pages are rasterised with pdfium (also used for import) rather than QtPdf, which the
    # PySide6 wheels we pin do not ship; the PDF stays in memory either way.
    document = pypdfium2.PdfDocument(pdf)
    try:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setCopyCount(copies)
        printer.setFullPage(True)
        printer.setResolution(dpi)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                translate("Printing", "Printer {printer!r} could not be opened.").format(printer=printer_name)
            )
        try:
            pages = len(document)
            for index in range(pages):
                if index:
                    printer.newPage()
                target = painter.viewport()
                page = document[index]
                try:
                    width_pt = page.get_width()
                    bitmap = page.render(scale=target.width() / width_pt, grayscale=True)
                    image = bitmap.to_pil().convert("L")
                finally:
                    page.close()
                qimage = QImage(
                    image.tobytes(), image.width, image.height, image.width, QImage.Format.Format_Grayscale8
                )
                painter.drawImage(target, qimage)
        finally:
            painter.end()
        return PrintResult(printer_name, pages, "qt")
    finally:
        document.close()
