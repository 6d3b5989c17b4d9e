"""File → Import and drag-and-drop: runs the importer off the GUI thread, then shows the results.

Parsing a 25 MB fax or a folder of emails takes seconds, so the files are imported one by
one on a worker thread while the window keeps painting; a progress dialog (for more than a
few files) can cancel between files — never inside one, because each file's import is one
transaction. One import at a time: the App (and its SQLite connection pool) is used serially.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor

if TYPE_CHECKING:
    # The importer pulls in every parser (MIME, TIFF, PDF): loaded on the first import, not
    # at start-up, because the drop target is installed with the main window.
    from inquiry_desk.services.intake.importer import ImportResult, ImportService
    from inquiry_desk.ui.intake.import_results_dialog import ImportResultsDialog

log = logging.getLogger("inquiry_desk.ui.import")

# Up to this many files the import is quick enough that a progress dialog would only flash.
PROGRESS_THRESHOLD = 3


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as the importer would take them: a folder's files (not subfolders), in name order.

    Expanded here rather than in the importer so that progress and cancelling work per file.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


class ImportWorker(QThread):
    """Imports the files in order; signals cross to the GUI thread queued."""

    file_started = Signal(int, str)
    file_done = Signal(object)  # list[ImportResult] for one path

    def __init__(
        self, service: ImportService, actor: Actor, files: list[Path], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._files = files
        self._cancel = threading.Event()
        self.results: list[ImportResult] = []

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from inquiry_desk.services.intake.importer import ImportResult, ImportStatus

        for index, path in enumerate(self._files):
            if self._cancel.is_set():
                return
            self.file_started.emit(index, path.name)
            try:
                results = self._service.import_path(self._actor, path)
            except UserError as exc:  # permission, a busy database: said to the user per file
                results = [ImportResult(str(path), ImportStatus.REFUSED, reason=exc.message)]
            except Exception as exc:  # a bug must not kill the thread and lose the other files
                log.exception("import of one file failed")
                results = [
                    ImportResult(
                        str(path),
                        ImportStatus.REFUSED,
                        reason=translate("ImportWorker", "Internal error ({name}); see the log.").format(
                            name=type(exc).__name__
                        ),
                    )
                ]
            self.results.extend(results)
            self.file_done.emit(results)


class ImportController(QObject):
    """Starts imports, shows progress and the results dialog.

    `finished(list[ImportResult])` is emitted once per import, after the results dialog is up;
    `open_case(str)` when staff double-click a case in the results.
    """

    started = Signal(int)
    finished = Signal(object)
    open_case = Signal(str)

    def __init__(
        self,
        service: Callable[[], ImportService],
        actor: Actor,
        parent_widget: QWidget,
        *,
        progress_threshold: int = PROGRESS_THRESHOLD,
        status: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._make_service = service
        self._service: ImportService | None = None
        self.actor = actor
        self.parent_widget = parent_widget
        self.progress_threshold = progress_threshold
        self._status = status or (lambda _text: None)
        self.worker: ImportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.results_dialog: ImportResultsDialog | None = None

    @property
    def service(self) -> ImportService:
        if self._service is None:
            self._service = self._make_service()
        return self._service

    @property
    def running(self) -> bool:
        return self.worker is not None

    def import_paths(self, paths: Iterable[Path | str]) -> bool:
        """Start importing; False (with a status message) if another import is still running."""
        if self.worker is not None:
            self._status(
                translate("ImportController", "An import is already running; wait for it to finish.")
            )
            return False
        files = expand_paths(paths)
        if not files:
            self._status(translate("ImportController", "Nothing to import: the folder has no files."))
            return False
        worker = ImportWorker(self.service, self.actor, files, self)
        worker.file_started.connect(self._file_started)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        if len(files) > self.progress_threshold:
            self.progress = self._make_progress(len(files))
        count = len(files)  # a plain name: lupdate drops a message whose count is a call
        self._status(translate("ImportController", "Importing %n file(s)…", None, count))
        self.started.emit(len(files))
        worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def shutdown(self) -> None:
        """Window closing: stop after the current file and wait for it (it is one transaction)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def _make_progress(self, count: int) -> QProgressDialog:
        progress = QProgressDialog(
            translate("ImportController", "Importing…"),
            translate("ImportController", "Cancel"),
            0,
            count,
            self.parent_widget,
        )
        progress.setObjectName("importProgress")
        progress.setWindowTitle(translate("ImportController", "Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a quick import never flashes a dialog
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumWidth(420)
        progress.canceled.connect(self._cancel_requested)
        progress.setValue(0)
        return progress

    def _cancel_requested(self) -> None:
        self.cancel()
        if self.progress is not None:
            self.progress.setLabelText(translate("ImportController", "Cancelling after the current file…"))

    def _file_started(self, index: int, name: str) -> None:
        progress = self.progress
        if progress is not None and not progress.wasCanceled():
            # setValue() on a window-modal progress dialog processes events, during which the
            # worker may finish and clear self.progress: keep working on the local reference.
            progress.setValue(index)
            progress.setLabelText(
                translate("ImportController", "Importing {name}  ({value} of {maximum})").format(
                    name=name, value=index + 1, maximum=progress.maximum()
                )
            )

    def _worker_finished(self) -> None:
        worker = self.worker
        assert worker is not None
        worker.wait()
        self.worker = None
        results, cancelled = list(worker.results), worker.cancelled
        worker.deleteLater()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._status(_status_line(results, cancelled))
        self.show_results(results, cancelled=cancelled)
        self.finished.emit(results)

    def show_results(self, results: list[ImportResult], *, cancelled: bool = False) -> ImportResultsDialog:
        from inquiry_desk.ui.intake.import_results_dialog import ImportResultsDialog

        if self.results_dialog is not None:
            self.results_dialog.close()
        dialog = ImportResultsDialog(results, self.parent_widget, cancelled=cancelled)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(self.open_case)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.results_dialog = dialog
        dialog.show()  # non-modal, never exec(): staff open cases from it while it stays up
        return dialog

    def _forget(self, dialog: ImportResultsDialog) -> None:
        if self.results_dialog is dialog:
            self.results_dialog = None


def _status_line(results: list[ImportResult], cancelled: bool) -> str:
    from inquiry_desk.services.intake.importer import ImportStatus

    created = sum(r.status is ImportStatus.CREATED for r in results)
    refused = sum(r.status is ImportStatus.REFUSED for r in results)
    files = len(results)  # a plain name: lupdate drops a message whose count is a call
    if cancelled:
        text = translate("ImportWorker", "Import cancelled: %n file(s)", None, files)
    else:
        text = translate("ImportWorker", "Import done: %n file(s)", None, files)
    text += translate("ImportWorker", ", %n new case(s)", None, created)
    if refused:
        text += translate("ImportWorker", ", %n refused", None, refused)
    return text + translate("ImportWorker", ".")


class _DropFilter(QObject):
    def __init__(self, window: QWidget, controller: ImportController) -> None:
        super().__init__(window)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if _local_files(event):
                event.acceptProposedAction()
                return True
            event.ignore()
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = _local_files(event)
            if not files:
                return False
            event.acceptProposedAction()
            self.controller.import_paths(files)
            return True
        return False


def _local_files(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    # Only local files: a dragged web link or mail-client item without a file is not ours.
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def install_drop_target(window: QWidget, controller: ImportController) -> QObject:
    """Let files and folders be dropped anywhere on the main window to import them."""
    window.setAcceptDrops(True)
    drop_filter = _DropFilter(window, controller)
    window.installEventFilter(drop_filter)
    return drop_filter
