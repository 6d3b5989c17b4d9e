"""The answer by email in one process: an English case's message in English over STARTTLS with
a certificate the test made, and the refusals that send nothing (no address, no settings)."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inquiry_desk.domain.enums import AnswerMedium, Jurisdiction, Language, RequestType
from inquiry_desk.domain.errors import PermissionDenied, ValidationFailed
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.documents.sending import EmailSender, MailNotSent
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.settings import mail_out
from tests.services.lifecycle_helpers import RECEIVED, new_case
from tests.services.test_workflow import _verify_with_licence

pytestmark = pytest.mark.clock_starts(RECEIVED)


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


def _certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


@pytest.fixture
def starttls_server(tmp_path: Path) -> Iterator[tuple[Inbox, int, ssl.SSLContext]]:
    cert_file, key_file = _certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert_file, key_file)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, tls_context=server_tls, require_starttls=True
    )
    controller.start()
    client_tls = ssl.create_default_context(cafile=str(cert_file))  # trusts this certificate only
    try:
        yield inbox, port, client_tls
    finally:
        controller.stop()


def _responded_en(app: App, lc: Lifecycle, manager: Actor, *, medium: AnswerMedium) -> str:
    ref = app.cases.create(
        manager,
        new_case(RECEIVED, types=(RequestType.ACCESS,), jurisdiction=Jurisdiction.EEA, language=Language.EN),
    )
    app.edits.edit(manager, ref, CaseEdit(answer_medium=medium))
    lc.workflow.act(manager, ref, Action.START_VERIFICATION)
    _verify_with_licence(lc, manager, ref)
    lc.verification.mark_verified(manager, ref)
    lc.workflow.act(manager, ref, Action.RESPOND)
    return ref


def test_an_english_answer_goes_over_starttls_in_english(
    app: App, lc: Lifecycle, manager: Actor, starttls_server: tuple[Inbox, int, ssl.SSLContext]
) -> None:
    inbox, port, client_tls = starttls_server
    ref = _responded_en(app, lc, manager, medium=AnswerMedium.EMAIL)
    sender = EmailSender(app.documents, ssl_context=client_tls)
    with pytest.raises(MailNotSent, match="No outgoing mail server"):
        sender.send_by_email(manager, ref)

    mail_out.configure(
        app.db, manager, mail_out.SmtpConfig("localhost", port, "starttls", "desk@example.com")
    )
    sent = sender.send_by_email(manager, ref)
    assert sent.pages >= 1
    [envelope] = inbox.envelopes
    message = message_from_bytes(bytes(envelope.original_content or b""), policy=policy.default)
    assert message["To"] == "saki@example.jp"
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().startswith("Dear ")
    assert ref in body.get_content() and "様" not in body.get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"{ref}-response-en.pdf"
    actions = [e.action for e in app.cases.get(manager, ref).events]
    assert actions.count("email:response") == 1
    # "Already sent?" counts the email: the response is no longer due for the batch.
    assert ref not in [d.ref for d in app.documents.due_today(manager, "response")]


def test_no_address_or_the_wrong_medium_sends_nothing(
    app: App, lc: Lifecycle, manager: Actor, starttls_server: tuple[Inbox, int, ssl.SSLContext]
) -> None:
    inbox, port, client_tls = starttls_server
    mail_out.configure(
        app.db, manager, mail_out.SmtpConfig("localhost", port, "starttls", "desk@example.com")
    )
    sender = EmailSender(app.documents, ssl_context=client_tls)
    by_post = _responded_en(app, lc, manager, medium=AnswerMedium.POST)
    with pytest.raises(MailNotSent, match="did not ask for the answer by email"):
        sender.send_by_email(manager, by_post)
    no_address = _responded_en(app, lc, manager, medium=AnswerMedium.EMAIL)
    app.edits.edit(manager, no_address, CaseEdit(applicant={"email": ""}))
    with pytest.raises(MailNotSent, match="has no email address"):
        sender.send_by_email(manager, no_address)
    assert inbox.envelopes == []
    for ref in (by_post, no_address):
        assert "email:response" not in [e.action for e in app.cases.get(manager, ref).events]


def test_the_settings_are_checked_before_they_are_saved(app: App, manager: Actor, staff: Actor) -> None:
    with pytest.raises(ValidationFailed) as bad:
        mail_out.configure(app.db, manager, mail_out.SmtpConfig(" ", 0, "starttls", "not-an-address"))
    assert set(bad.value.fields) == {"host", "port", "from_address"}
    assert mail_out.read_config(app.db) is None
    with pytest.raises(PermissionDenied):  # installation settings: a manager's
        mail_out.configure(
            app.db, staff, mail_out.SmtpConfig("smtp.example.com", 587, "starttls", "d@example.com")
        )
    mail_out.configure(app.db, manager, mail_out.SmtpConfig("smtp.example.com", 465, "ssl", "d@example.com"))
    assert mail_out.read_config(app.db) == mail_out.SmtpConfig(
        "smtp.example.com", 465, "ssl", "d@example.com"
    )
