"""The response's own words beside its preview: the paragraph staff draft and what is enclosed.

Saved through the documents service (sealed on the case's timeline), then the preview renders
again. While the response may not go out yet, a banner says it prints as a draft and is not
recorded as sent, so nobody posts a letter the manager has not approved.
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
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service

_DRAFT_STYLE = "color: #7a4b00; background: #fff4d6; padding: 4px; border-radius: 3px; font-weight: bold;"


class ResponseTextPanel(QGroupBox):
    saved = Signal()

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
        row = QHBoxLayout()
        row.addWidget(self.text, 3)
        row.addWidget(self.enclosures, 2)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.draft_banner)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._shown: tuple[str, str] = ("", "")

    def show_context(self, context: DocumentContext | None) -> None:
        """What the letter prints now; what the person is typing is kept."""
        self.draft_banner.setVisible(context is not None and context.draft)
        if context is None or self.has_unsaved_input():
            return
        self._shown = (context.free_text, "\n".join(context.enclosures))
        self.text.setPlainText(self._shown[0])
        self.enclosures.setPlainText(self._shown[1])

    def has_unsaved_input(self) -> bool:
        return (self.text.toPlainText(), self.enclosures.toPlainText()) != self._shown

    def save(self) -> None:
        text, enclosures = self.text.toPlainText(), self.enclosures.toPlainText()
        if run_service(
            self.message,
            lambda: self.service.save_response_draft(self.actor, self.ref, text, enclosures.splitlines()),
        ):
            self._shown = (text, enclosures)
            self.message.info(translate("ResponseTextPanel", "Saved; the preview shows it."))
            self.saved.emit()
