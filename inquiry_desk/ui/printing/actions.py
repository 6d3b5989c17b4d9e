"""File → Print preview (the open case's documents) and File → Batch print (many cases' letters).

Both are tool windows (`tool_windows`): a second click raises the open one, one preview per
case. Printing or saving records the letter on the case, so when a window closes the
controller reloads what it shows (`case_printed`, `batch_printed`).

The dialogs' modules (and the documents service) are imported when first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QWidget

from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.tool_windows import ToolWindows

if TYPE_CHECKING:
    from inquiry_desk.services.documents.delivery import DocumentDelivery
    from inquiry_desk.ui.case.view import CaseView


class PrintActions(QObject):
    case_printed = Signal(object)  # the CaseView whose print preview closed
    batch_printed = Signal()

    def __init__(self, tools: ToolWindows, settings: QSettings, status: Callable[[str], None]) -> None:
        super().__init__(tools)
        self.tools = tools
        self.settings = settings
        self._status = status

    def _delivery(self) -> DocumentDelivery:
        # Imported when first printing: the window's start does not load the documents.
        from inquiry_desk.printers import SystemPrinters
        from inquiry_desk.services.documents.delivery import DocumentDelivery

        return DocumentDelivery(self.tools.app.documents, SystemPrinters())

    def print_preview(self, view: CaseView | None) -> QWidget | None:
        if view is None or view.purged:
            self._status(translate("PrintActions", "Open a case to print its documents."))
            return None
        from inquiry_desk.ui.printing.preview import PrintPreviewDialog

        tools, ref = self.tools, view.ref

        def make() -> QDialog:
            from inquiry_desk.services.documents.sending import EmailSender

            return PrintPreviewDialog(
                self._delivery(),
                tools.actor,
                ref,
                settings=self.settings,
                notifier=tools.notifier,
                mailer=EmailSender(tools.app.documents),
                parent=tools.window,
            )

        dialog = tools.show(translate("PrintActions", "Print preview {ref}").format(ref=ref), make)
        if isinstance(dialog, QDialog):
            dialog.finished.connect(lambda _r, v=view: self.case_printed.emit(v))
        return dialog

    def batch_print(self) -> QWidget | None:
        from inquiry_desk.ui.printing.batch import BatchPrintDialog

        tools = self.tools
        dialog = tools.show(
            translate("PrintActions", "Batch print"),
            lambda: BatchPrintDialog(
                self._delivery(),
                tools.actor,
                settings=self.settings,
                notifier=tools.notifier,
                parent=tools.window,
            ),
        )
        if isinstance(dialog, QDialog):
            dialog.finished.connect(lambda _r: self.batch_printed.emit())
        return dialog
