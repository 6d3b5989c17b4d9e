"""The print preview's "Send by email" button, driven with qtbot against a real SMTP server."""

from __future__ import annotations

import ssl

import pytest
from PySide6.QtCore import QSettings, Qt

from inquiry_desk.domain.enums import AnswerMedium
from inquiry_desk.printers import SystemPrinters
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.documents.delivery import DocumentDelivery
from inquiry_desk.services.documents.sending import EmailSender
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.settings import mail_out
from inquiry_desk.ui.printing.preview import PrintPreviewDialog
from inquiry_desk.ui.widgets.notify import RecordingNotifier
from tests.services.lifecycle_helpers import RECEIVED, new_case
from tests.services.test_email_sending import Inbox, _responded_en, starttls_server  # noqa: F401

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _dialog(
    qtbot: object,
    app: App,
    actor: Actor,
    ref: str,
    settings: QSettings,
    notifier: RecordingNotifier,
    client_tls: ssl.SSLContext,
) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(
        DocumentDelivery(app.documents, SystemPrinters()),
        actor,
        ref,
        document="response",
        settings=settings,
        notifier=notifier,
        mailer=EmailSender(app.documents, ssl_context=client_tls),
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    return dialog


def test_the_button_sends_a_response_asked_for_by_email(
    qtbot: object,
    app: App,
    lc: Lifecycle,
    manager: Actor,
    settings: QSettings,
    notifier: RecordingNotifier,
    starttls_server: tuple[Inbox, int, ssl.SSLContext],  # noqa: F811
) -> None:
    inbox, port, client_tls = starttls_server
    mail_out.configure(
        app.db, manager, mail_out.SmtpConfig("localhost", port, "starttls", "desk@example.com")
    )
    ref = _responded_en(app, lc, manager, medium=AnswerMedium.EMAIL)
    dialog = _dialog(qtbot, app, manager, ref, settings, notifier, client_tls)
    assert dialog.email_button.isVisible() and dialog.email_button.isEnabled()
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(inbox.envelopes) == 1 and notifier.messages == []
    assert "Sent by email" in dialog.status.text()
    assert "email:response" in [e.action for e in app.cases.get(manager, ref).events]

    by_post = _responded_en(app, lc, manager, medium=AnswerMedium.POST)
    assert not _dialog(qtbot, app, manager, by_post, settings, notifier, client_tls).email_button.isVisible()


def test_a_draft_response_cannot_be_sent(
    qtbot: object,
    app: App,
    manager: Actor,
    settings: QSettings,
    notifier: RecordingNotifier,
    starttls_server: tuple[Inbox, int, ssl.SSLContext],  # noqa: F811
) -> None:
    inbox, port, client_tls = starttls_server
    mail_out.configure(
        app.db, manager, mail_out.SmtpConfig("localhost", port, "starttls", "desk@example.com")
    )
    ref = app.cases.create(manager, new_case(RECEIVED))
    app.edits.edit(manager, ref, CaseEdit(answer_medium=AnswerMedium.EMAIL))
    dialog = _dialog(qtbot, app, manager, ref, settings, notifier, client_tls)
    assert dialog.email_button.isVisible() and not dialog.email_button.isEnabled()
    assert "draft" in dialog.email_button.toolTip()
    assert dialog.send_by_email() is False and inbox.envelopes == []
    assert notifier.messages and "may not go out yet" in notifier.messages[-1][1]
