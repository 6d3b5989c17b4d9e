"""A change refused because the case moved on: what changed meanwhile, and a way to go on.

The case's panels and dialogs quote the version of the case they showed; when a colleague
changed it meanwhile the service refuses (`StaleCase`) with who changed what. This banner
shows that message with "Reload the case, keep my changes": the panel reads the case
again (the next save quotes the new version) and leaves what the person typed as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from inquiry_desk.domain.errors import StaleCase, UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.case.lifecycle_common import InlineMessage

STALE_BANNER = "staleBanner"


class StaleBanner(QFrame):
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(STALE_BANNER)
        self.setStyleSheet(
            f"QFrame#{STALE_BANNER} {{ background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; }}"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(translate("StaleBanner", "Reload the case, &keep my changes"))
        self.reload_button.setObjectName("reloadKeepChanges")
        self.reload_button.clicked.connect(self._reload)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.reload_button)
        self.hide()

    def show_stale(self, exc: StaleCase) -> None:
        self.text.setText(exc.message)
        self.show()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()


def run_quoting(message: InlineMessage, banner: StaleBanner, call: Callable[[], object]) -> bool:
    """Run a change that quotes the case's version: a stale refusal goes to the banner, any
    other refusal to the inline message; nothing the person typed is touched either way."""
    try:
        call()
    except StaleCase as exc:
        message.clear_message()
        banner.show_stale(exc)
        return False
    except UserError as exc:
        message.error(exc.message)
        return False
    message.clear_message()
    banner.hide()
    return True
