"""File → Import… and Import folder…: the file dialog that chooses what to import.

The dialog is opened non-blocking (never `exec()`: tests drive it), one at a time, in the
folder last imported from; the chosen paths go to the import (`import_controller`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from inquiry_desk.domain.i18n import translate

LAST_IMPORT_DIR_KEY = "import/last_dir"


class ImportFilePicker:
    def __init__(
        self, parent: QWidget, settings: QSettings, import_paths: Callable[[list[Path]], object]
    ) -> None:
        self.parent = parent
        self.settings = settings
        self._import_paths = import_paths
        self.dialog: QFileDialog | None = None  # the open one

    def ask_files(self) -> QFileDialog:
        dialog = self._open(
            translate("ImportFilePicker", "Import emails, faxes and scans"),
            QFileDialog.FileMode.ExistingFiles,
        )
        dialog.setNameFilters(
            [
                translate(
                    "ImportFilePicker", "Inquiries (*.eml *.msg *.pdf *.tif *.tiff *.png *.jpg *.jpeg)"
                ),
                translate("ImportFilePicker", "All files (*)"),
            ]
        )
        return dialog

    def ask_folder(self) -> QFileDialog:
        dialog = self._open(translate("ImportFilePicker", "Import a folder"), QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return dialog

    def _start_dir(self) -> str:
        value = self.settings.value(LAST_IMPORT_DIR_KEY, "")
        return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())

    def _open(self, title: str, mode: QFileDialog.FileMode) -> QFileDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = QFileDialog(self.parent, title, self._start_dir())
        dialog.setFileMode(mode)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._selected)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()  # non-blocking
        return dialog

    def _selected(self, files: list[str]) -> None:
        if files:
            first = Path(files[0])
            self.settings.setValue(LAST_IMPORT_DIR_KEY, str(first if first.is_dir() else first.parent))
        self._import_paths([Path(f) for f in files])
