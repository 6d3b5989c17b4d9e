"""The mailbox poll against a real Dovecot server on loopback (TLS, self-signed certificate)."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from inquiry_desk.domain.errors import UserError
from inquiry_desk.intake.imap_client import ImapConfig
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportStatus
from inquiry_desk.services.intake.mailbox import MailboxService
from tests.intake.dovecot import DovecotServer

pytestmark = pytest.mark.imap

SAMPLES = ["01-access-request-gdpr.eml", "02-disclosure-request-iso2022jp.eml", "07-fax-gateway-pdf.eml"]


@pytest.fixture
def imap(dovecot: DovecotServer) -> Iterator[imaplib.IMAP4_SSL]:
    """A second, test-side connection that fills and inspects the mailbox; emptied afterwards."""
    conn = imaplib.IMAP4_SSL(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context())
    conn.login(dovecot.username, dovecot.password)
    yield conn
    try:
        for folder in ("INBOX", "Imported"):
            if conn.select(folder)[0] == "OK":
                if conn.search(None, "ALL")[1][0]:
                    conn.store("1:*", "+FLAGS", "(\\Deleted)")
                    conn.expunge()
                conn.close()
    finally:
        conn.logout()


def deliver(conn: imaplib.IMAP4_SSL, samples_dir: Path, names: list[str]) -> None:
    for name in names:
        typ, _ = conn.append("INBOX", None, None, (samples_dir / name).read_bytes())
        assert typ == "OK"


def count(conn: imaplib.IMAP4_SSL, folder: str, criteria: str = "ALL") -> int:
    typ, _ = conn.select(folder, readonly=True)
    if typ != "OK":
        return 0
    _, data = conn.search(None, criteria)
    conn.close()
    return len(data[0].split())


def service(app: App, manager: Actor, server: DovecotServer, **config: str) -> MailboxService:
    secrets = {server.username: server.password}
    mailbox = MailboxService(app, secret=secrets.get, ssl_context=server.ssl_context())
    mailbox.configure(
        manager, ImapConfig(host=server.host, port=server.port, username=server.username, **config)
    )  # type: ignore[arg-type]
    return mailbox


def test_poll_imports_and_moves(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    deliver(imap, samples_dir, SAMPLES)
    mailbox = service(app, manager, dovecot)
    results = mailbox.poll(staff)
    assert [r.status for r in results] == [ImportStatus.CREATED] * 3
    assert len(app.cases.refs()) == 3
    assert count(imap, "INBOX") == 0 and count(imap, "Imported") == 3
    # Polling again fetches nothing: the UIDs are remembered.
    assert mailbox.poll(staff) == []
    # A new message arrives: only it is fetched.
    deliver(imap, samples_dir, ["12-portability.eml"])
    [result] = mailbox.poll(staff)
    assert result.status is ImportStatus.CREATED
    # The password is never stored in the database (it comes from the keyring).
    for path in app.data_dir.iterdir():
        assert dovecot.password.encode() not in path.read_bytes()


def test_poll_flags_and_skips_duplicates(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    deliver(imap, samples_dir, SAMPLES[:2])
    mailbox = service(app, manager, dovecot, after="flag", flag="$Imported")
    assert [r.status for r in mailbox.poll(staff)] == [ImportStatus.CREATED] * 2
    assert count(imap, "INBOX", "KEYWORD $Imported") == 2
    assert mailbox.poll(staff) == []
    # The same message delivered again (a new UID): Message-ID detection says duplicate.
    deliver(imap, samples_dir, SAMPLES[:1])
    [again] = mailbox.poll(staff)
    assert again.status is ImportStatus.DUPLICATE
    assert len(app.cases.refs()) == 2


def test_uidvalidity_change_rescans_without_second_cases(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    deliver(imap, samples_dir, SAMPLES[:2])
    mailbox = service(app, manager, dovecot, after="flag")
    mailbox.poll(staff)
    mailbox._save_state(1, 999)  # as if the server had renumbered the folder
    results = mailbox.poll(staff)
    assert [r.status for r in results] == [ImportStatus.DUPLICATE] * 2
    assert len(app.cases.refs()) == 2


def test_wrong_password_is_a_user_error(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer
) -> None:
    mailbox = MailboxService(app, secret=lambda _user: "wrong", ssl_context=dovecot.ssl_context())
    mailbox.configure(manager, ImapConfig(host=dovecot.host, port=dovecot.port, username=dovecot.username))
    with pytest.raises(UserError) as info:
        mailbox.poll(staff)
    assert "wrong" not in info.value.message


def test_untrusted_certificate_is_refused(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer
) -> None:
    mailbox = MailboxService(app, secret=lambda _user: dovecot.password)  # default context: system CAs
    mailbox.configure(manager, ImapConfig(host=dovecot.host, port=dovecot.port, username=dovecot.username))
    with pytest.raises(UserError, match="Cannot reach"):
        mailbox.poll(staff)
