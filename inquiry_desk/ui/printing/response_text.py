"""The response's own words beside its preview: the paragraph staff draft and what is enclosed.

Saved through the documents service (sealed on the case's timeline), then the preview renders
again. The save quotes the version of the case the words were shown from: a colleague's
draft or change made meanwhile is not written over; the refusal says who changed what, the
words typed stay, and "Reload the case, keep my changes" lets them go through. While the
response may not go out yet, a banner says it prints as a draft and is not recorded as sent,
so nobody posts a letter the manager has not approved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.documents.service import DocumentContext, DocumentService
from inquiry_desk.ui.case.lifecycle_common import InlineMessage
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting

_DRAFT_STYLE = "color: #7a4b00; background: #fff4d6; padding: 4px; border-radius: 3px; font-weight: bold;"


class ResponseTextPanel(QGroupBox):
    saved = Signal()
    # "Reload the case, keep my changes": the preview reads the case again (show_context).
    reload_requested = Signal()

    def __init__(
        self, service: DocumentService, actor: Actor, ref: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("ResponseTextPanel", "The letter's own words"), parent)
        self.setObjectName("responseText")
        self.service, self.actor, self.ref = service, actor, ref
        self.draft_banner = QLabel(
            translate(
                "ResponseTextPanel",
                "This response may not go out yet (the manager's approval or the identity check is "
                "outstanding): it prints as a DRAFT and is not recorded as sent.",
            )
        )
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setWordWrap(True)
        self.draft_banner.setStyleSheet(_DRAFT_STYLE)
        self.text = QPlainTextEdit()
        self.text.setObjectName("draftText")
        self.text.setPlaceholderText(
            translate("ResponseTextPanel", "Your paragraph, printed after the opening")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(64)
        self.enclosures = QPlainTextEdit()
        self.enclosures.setObjectName("draftEnclosures")
        self.enclosures.setPlaceholderText(translate("ResponseTextPanel", "What is enclosed, one per line"))
        self.enclosures.setTabChangesFocus(True)
        self.enclosures.setFixedHeight(64)
        self.save_button = QPushButton(translate("ResponseTextPanel", "Save te&xt"))
        self.save_button.setObjectName("saveDraftText")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        self.stale = StaleBanner()
        self.stale.reload_requested.connect(self._reload)
        row = QHBoxLayout()
        row.addWidget(self.text, 3)
        row.addWidget(self.enclosures, 2)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.draft_banner)
        layout.addLayout(row)
        layout.addWidget(self.stale)
        layout.addWidget(self.message)
        self._shown: tuple[str, str] = ("", "")
        self.version: int | None = None  # of the case the words shown were read from
        self._take_version = False

    def show_context(self, context: DocumentContext | None) -> None:
        """What the letter prints now; what the person is typing is kept."""
        self.draft_banner.setVisible(context is not None and context.draft)
        if context is None:
            return
        if self.has_unsaved_input():
            # The words typed stay; only an explicit reload lets them quote the newer case.
            if self._take_version:
                self.version, self._take_version = context.case_version, False
            return
        self.version, self._take_version = context.case_version, False
        self._shown = (context.free_text, "\n".join(context.enclosures))
        self.text.setPlainText(self._shown[0])
        self.enclosures.setPlainText(self._shown[1])

    def has_unsaved_input(self) -> bool:
        return (self.text.toPlainText(), self.enclosures.toPlainText()) != self._shown

    def save(self) -> None:
        text, enclosures = self.text.toPlainText(), self.enclosures.toPlainText()

        def call() -> None:
            self.service.save_response_draft(
                self.actor, self.ref, text, enclosures.splitlines(), expected_version=self.version
            )

        if run_quoting(self.message, self.stale, call):
            self._shown = (text, enclosures)
            self.message.info(translate("ResponseTextPanel", "Saved; the preview shows it."))
            self.saved.emit()

    def _reload(self) -> None:
        self._take_version = True
        self.reload_requested.emit()
