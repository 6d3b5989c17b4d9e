"""Outgoing mail over implicit TLS (port 465 style) against aiosmtpd on loopback, with a
certificate the test makes: trusted through the CA file setting, refused without it (nothing
sent, nothing recorded), and the connection test's words for each failure."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from email import message_from_bytes, policy
from pathlib import Path

import keyring
import keyring.errors
import pytest

from inquiry_desk.domain.enums import AnswerMedium
from inquiry_desk.domain.errors import PermissionDenied, ValidationFailed
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.documents.sending import EmailSender
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.settings import mail_out
from inquiry_desk.services.settings.lifecycle import read_raw
from inquiry_desk.services.settings.mail_out import SmtpConfig
from inquiry_desk.services.settings.outgoing_mail import OutgoingMailService
from inquiry_desk.services.settings.smtp_connection import MailNotSent
from tests.services.lifecycle_helpers import RECEIVED
from tests.services.test_email_sending import _certificate, _responded_en
from tests.smtp_servers import SMTP_PASSWORD, SMTP_USER, free_port, silent_port, ssl_server

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _ssl(port: int, ca_file: Path | None, **extra: str) -> SmtpConfig:
    return SmtpConfig(
        "localhost", port, "ssl", "desk@example.com", ca_file=str(ca_file) if ca_file else "", **extra
    )


def _sent(app: App, manager: Actor, ref: str) -> list[str]:
    return [e.action for e in app.cases.get(manager, ref).events if e.action.startswith("email:")]


def test_a_response_goes_over_ssl_trusted_through_the_ca_file(
    app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    with ssl_server(tmp_path) as server:
        ref = _responded_en(app, lc, manager, medium=AnswerMedium.EMAIL)
        mail_out.configure(
            app.db, manager, _ssl(server.port, server.cert_file, from_name="Privacy Desk 窓口")
        )
        # No SSL context given: the sender builds its own from the settings, verifying.
        sent = EmailSender(app.documents).send_by_email(manager, ref)
        assert sent.pages >= 1
        [envelope] = server.inbox.envelopes
        assert envelope.rcpt_tos == ["saki@example.jp"]
        message = message_from_bytes(bytes(envelope.original_content or b""), policy=policy.default)
        [sender] = message["From"].addresses
        assert (sender.display_name, sender.addr_spec) == ("Privacy Desk 窓口", "desk@example.com")
        assert _sent(app, manager, ref) == ["email:response"]


def test_an_untrusted_certificate_is_refused_and_nothing_is_recorded(
    app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    other_ca, _key = _certificate(tmp_path / "other")
    with ssl_server(tmp_path) as server:
        ref = _responded_en(app, lc, manager, medium=AnswerMedium.EMAIL)
        for ca_file in (None, other_ca):  # the system's CAs; a CA that did not sign it
            mail_out.configure(app.db, manager, _ssl(server.port, ca_file))
            with pytest.raises(MailNotSent, match="is not trusted") as refused:
                EmailSender(app.documents).send_by_email(manager, ref)
            assert "Traceback" not in refused.value.message and "CA file" in refused.value.message
        assert server.inbox.envelopes == []
        assert _sent(app, manager, ref) == []
        # Certificates are checked by name too: the right CA, the wrong host name.
        mail_out.configure(
            app.db,
            manager,
            SmtpConfig("127.0.0.2", server.port, "ssl", "d@example.com", ca_file=str(server.cert_file)),
        )
        with pytest.raises(MailNotSent):
            EmailSender(app.documents).send_by_email(manager, ref)
        assert server.inbox.envelopes == [] and _sent(app, manager, ref) == []


# aiosmtpd counts only STARTTLS as TLS; this session is TLS from its first byte (see smtp_servers).
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_the_connection_test_says_what_went_wrong(
    app: App, manager: Actor, staff: Actor, tmp_path: Path, real_keyring: None
) -> None:
    service = OutgoingMailService(app.db)
    # The test keyring lives for the whole session: another test may have stored this user's.
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(mail_out.KEYRING_SERVICE, SMTP_USER)
    with ssl_server(tmp_path, auth=True) as server:
        config = _ssl(server.port, server.cert_file, username=SMTP_USER)
        assert "certificate is trusted and the sign-in accepted" in service.test(
            manager, config, SMTP_PASSWORD
        )
        with pytest.raises(MailNotSent, match="refused the user name or password"):
            service.test(manager, config, "wrong")
        with pytest.raises(MailNotSent, match="No password for desk"):  # none typed, none stored
            service.test(manager, config)
        service.save(manager, config, SMTP_PASSWORD)  # now in the keyring
        assert "sign-in accepted" in service.test(manager, config)
        assert "test message was sent" in service.test(manager, config, send_test=True)
        [envelope] = server.inbox.envelopes
        assert envelope.rcpt_tos == ["desk@example.com"]
        with pytest.raises(MailNotSent, match="not trusted"):
            service.test(manager, _ssl(server.port, None, username=SMTP_USER), SMTP_PASSWORD)
        with pytest.raises(PermissionDenied):  # signing in with the department's password
            service.test(staff, config, SMTP_PASSWORD)
        # SSL against a plain server, or the other way round: the security setting is named.
        with pytest.raises(MailNotSent, match=r"security setting"):
            service.test(
                manager, SmtpConfig("localhost", server.port, "starttls", "d@example.com"), timeout=3
            )
    with pytest.raises(MailNotSent, match="refused the connection"):
        service.test(manager, _ssl(free_port(), None))
    with silent_port() as port, pytest.raises(MailNotSent, match="did not answer within 1 seconds"):
        service.test(manager, _ssl(port, None), timeout=1)


def test_the_password_goes_to_the_keyring_and_the_audit_names_fields_only(
    app: App, manager: Actor, real_keyring: None, tmp_path: Path
) -> None:
    service = OutgoingMailService(app.db)
    cert, _key = _certificate(tmp_path)
    config = SmtpConfig("smtp.example.co.jp", 465, "ssl", "desk@example.co.jp", "desk", "窓口", str(cert))
    service.save(manager, config, "pw-in-keyring-only")
    assert keyring.get_password(mail_out.KEYRING_SERVICE, "desk") == "pw-in-keyring-only"
    assert service.password_stored("desk") and not service.password_stored("someone-else")
    with app.db.read() as session:
        stored = read_raw(session, mail_out.CONFIG_KEY)
        [row] = audit.query(session, action="settings.mail_out")
    assert stored is not None and "pw-in-keyring-only" not in stored
    assert json.loads(stored)["ca_file"] == str(cert)
    assert service.config() == config
    for value in ("smtp.example.co.jp", "desk@example.co.jp", "窓口", str(cert), "pw-in-keyring-only"):
        assert value not in row.details
    details = json.loads(row.details)
    assert details["password_changed"] is True and "host" in details["changed"]
    # Saved again with only the name changed: the audit names that field, no password change.
    service.save(manager, dataclasses.replace(config, from_name="Desk"))
    with app.db.read() as session:
        rows = audit.query(session, action="settings.mail_out")
    assert len(rows) == 2
    last = next(r for r in rows if r.details != row.details)
    assert json.loads(last.details)["changed"] == ["from_name"] and "password_changed" not in last.details
    assert keyring.get_password(mail_out.KEYRING_SERVICE, "desk") == "pw-in-keyring-only"  # kept


def test_bad_settings_are_refused_with_each_field_named(app: App, manager: Actor, tmp_path: Path) -> None:
    not_pem = tmp_path / "not.pem"
    not_pem.write_text("hello", encoding="utf-8")
    cases = {
        "security": SmtpConfig("smtp.example.com", 25, "none", "d@example.com"),
        "ca_file": SmtpConfig(
            "smtp.example.com", 465, "ssl", "d@example.com", ca_file=str(tmp_path / "gone.pem")
        ),
    }
    for field, config in cases.items():
        with pytest.raises(ValidationFailed) as bad:
            mail_out.configure(app.db, manager, config)
        assert set(bad.value.fields) == {field}
    with pytest.raises(ValidationFailed, match="no certificate in PEM format"):
        mail_out.configure(
            app.db, manager, SmtpConfig("h.example", 465, "ssl", "d@example.com", ca_file=str(not_pem))
        )
    with pytest.raises(ValidationFailed, match="full path"):
        mail_out.configure(
            app.db, manager, SmtpConfig("h.example", 465, "ssl", "d@example.com", ca_file="ca.pem")
        )
    with pytest.raises(ValidationFailed, match="give the user name"):
        mail_out.save(app.db, manager, SmtpConfig("h.example", 465, "ssl", "d@example.com"), "pw")
    assert mail_out.read_config(app.db) is None
    # Unencrypted is for this computer only: localhost and loopback addresses.
    for host in ("localhost", "127.0.0.1", "::1"):
        mail_out.configure(app.db, manager, SmtpConfig(host, 25, "none", "d@example.com"))
    # Settings saved before the sender's name and CA file existed still read.
    with app.db.write() as session:
        from inquiry_desk.services.settings.lifecycle import write_raw

        write_raw(
            session,
            mail_out.CONFIG_KEY,
            json.dumps(
                {"host": "h", "port": 25, "security": "none", "from_address": "d@e.jp", "username": ""}
            ),
        )
    assert mail_out.read_config(app.db) == SmtpConfig("h", 25, "none", "d@e.jp")
