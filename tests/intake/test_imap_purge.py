"""The purge deletes, on the real Dovecot server, the messages the mailbox poll filed in its
archive folder, and its erasure check reads what is left there; a server that is down when
the purge runs leaves the deletion pending (recorded, shown as not done) for a later run.

Afterwards a fresh connection of the test's own reads every message in every folder, as
it is and decoded, for the purged applicant's values: the service is not asked.
"""

from __future__ import annotations

import email
import imaplib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.intake.imap_client import ImapConfig
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportStatus
from inquiry_desk.services.intake.mailbox import MailboxService, MailOpener
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.purge.scan import MAILBOX
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import IntakeOriginal
from tests.intake.dovecot import DovecotServer
from tests.intake.tcp_proxy import TcpProxy, tcp_proxy
from tests.services.purge_helpers import encodings_of

pytestmark = pytest.mark.imap

EN = "01-access-request-gdpr.eml"  # Anna Schmidt, base64 body
JA = "02-disclosure-request-iso2022jp.eml"  # 山田 花子, ISO-2022-JP


@pytest.fixture
def imap(dovecot: DovecotServer) -> Iterator[imaplib.IMAP4_SSL]:
    """The test's own connection; every folder emptied afterwards."""
    conn = imaplib.IMAP4_SSL(dovecot.host, dovecot.port, ssl_context=dovecot.ssl_context())
    conn.login(dovecot.username, dovecot.password)
    yield conn
    try:
        for folder in folders(conn):
            if conn.select(f'"{folder}"')[0] == "OK":
                if conn.search(None, "ALL")[1][0]:
                    conn.store("1:*", "+FLAGS", "(\\Deleted)")
                    conn.expunge()
                conn.close()
    finally:
        conn.logout()


def folders(conn: imaplib.IMAP4_SSL) -> list[str]:
    _, data = conn.list()
    return [
        re.sub(r'^\(.*?\) "[^"]*" ', "", line.decode()).strip('"') for line in data if isinstance(line, bytes)
    ]


def every_message(server: DovecotServer) -> dict[str, list[bytes]]:
    """Every message of every folder, through a fresh connection."""
    conn = imaplib.IMAP4_SSL(server.host, server.port, ssl_context=server.ssl_context())
    conn.login(server.username, server.password)
    out: dict[str, list[bytes]] = {}
    try:
        for folder in folders(conn):
            conn.select(f'"{folder}"', readonly=True)
            _, data = conn.search(None, "ALL")
            out[folder] = []
            for num in data[0].split():
                _, parts = conn.fetch(num, "(BODY.PEEK[])")
                out[folder] += [bytes(p[1]) for p in parts if isinstance(p, tuple)]
            conn.close()
    finally:
        conn.logout()
    return out


def readable(raw: bytes) -> bytes:
    """The message as it is, and each part after its transfer encoding."""
    message = email.message_from_bytes(raw)
    parts = [p.get_payload(decode=True) for p in message.walk() if not p.is_multipart()]
    return raw + b"\n" + b"\n".join(p for p in parts if isinstance(p, bytes))


def holding(server: DovecotServer, values: set[str]) -> list[str]:
    """Folders and messages that still hold one of these values."""
    patterns = {p for v in values for p in encodings_of(v)}
    return [
        f"{folder} #{i}"
        for folder, messages in every_message(server).items()
        for i, raw in enumerate(messages)
        if any(p in readable(raw) for p in patterns)
    ]


def opener(server: DovecotServer) -> MailOpener:
    return MailOpener(secret={server.username: server.password}.get, ssl_context=server.ssl_context())


def mailbox(
    app: App, manager: Actor, server: DovecotServer, port: int | None = None, **config: str
) -> MailboxService:
    service = MailboxService(
        app, secret={server.username: server.password}.get, ssl_context=server.ssl_context()
    )
    service.configure(
        manager,
        ImapConfig(host=server.host, port=port or server.port, username=server.username, **config),  # type: ignore[arg-type]
    )
    return service


def deliver(conn: imaplib.IMAP4_SSL, samples_dir: Path, *names: str) -> None:
    for name in names:
        assert conn.append("INBOX", None, None, (samples_dir / name).read_bytes())[0] == "OK"


def finish(app: App, staff: Actor, ref: str) -> None:
    app.lifecycle.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="withdrawn by phone"))
    app.lifecycle.workflow.act(staff, ref, Action.CLOSE)


def applicant(app: App, manager: Actor, ref: str) -> set[str]:
    party = app.cases.get(manager, ref).applicant
    assert party is not None and party.name and party.email
    return {party.name, party.email}


def recorded(app: App) -> list[IntakeOriginal]:
    with app.db.read() as session:
        return list(session.scalars(select(IntakeOriginal).order_by(IntakeOriginal.id)))


def test_purge_deletes_the_archived_message_and_checks_the_archive(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    deliver(imap, samples_dir, EN, JA)
    results = mailbox(app, manager, dovecot).poll(staff)
    assert [r.status for r in results] == [ImportStatus.CREATED] * 2
    en_ref, ja_ref = (r.ref for r in results)
    assert en_ref and ja_ref
    rows = recorded(app)
    # Where the move left each one: the archive folder, its UID there, no move pending.
    assert [(r.kind, r.location, r.moving_to) for r in rows] == [("mail", "Imported", None)] * 2
    assert all(r.uid and r.uidvalidity and r.message_id_mac and r.source_mac for r in rows)
    assert not any(b"example" in (r.mailbox or "").encode() for r in rows)  # no applicant address
    en_values, ja_values = applicant(app, manager, en_ref), applicant(app, manager, ja_ref)
    assert holding(dovecot, en_values) == ["Imported #0"]  # before: there, readable

    svc = PurgeService(app, mail=opener(dovecot))
    finish(app, staff, en_ref)
    receipt = svc.purge_case_early(manager, en_ref, en_ref)

    assert receipt.passed and receipt.check is not None
    [place] = [p for p in receipt.check.places if p.kind == MAILBOX]
    assert place.location == f"{dovecot.username}@{dovecot.host}:{dovecot.port}/Imported"
    assert (place.erased, place.pending, place.hits) == (1, 0, 0)
    # The check read what is left in the archive: the other case's message, and only it.
    assert place.scanned and place.items == 1 and place.bytes_scanned > 0
    assert holding(dovecot, en_values) == []
    assert len(holding(dovecot, ja_values)) == 1  # the case still open keeps its original
    assert [r.case_id for r in recorded(app)] == [rows[1].case_id]


def test_the_check_finds_a_copy_left_in_the_archive(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    """A copy the app did not file (forwarded there by hand) is not erased, but it is found."""
    deliver(imap, samples_dir, EN)
    [result] = mailbox(app, manager, dovecot).poll(staff)
    assert result.ref is not None
    raw = (samples_dir / EN).read_bytes().replace(b"Message-ID: <", b"Message-ID: <fwd.")
    assert imap.append("Imported", None, None, raw)[0] == "OK"
    finish(app, staff, result.ref)

    receipt = PurgeService(app, mail=opener(dovecot)).purge_case_early(manager, result.ref, result.ref)

    assert receipt.check is not None and not receipt.passed
    [place] = receipt.check.places
    assert place.erased == 1 and place.hits >= 1 and place.items == 1
    assert len(place.hit_items) == 1 and place.hit_items[0].startswith("UID ")
    assert "Schmidt" not in str(receipt.to_json())


def test_flagged_messages_are_deleted_from_where_they_stay(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    deliver(imap, samples_dir, EN)
    [result] = mailbox(app, manager, dovecot, after="flag", flag="$Imported").poll(staff)
    assert result.ref is not None
    [row] = recorded(app)
    assert (row.location, row.moving_to) == ("INBOX", None)
    values = applicant(app, manager, result.ref)
    assert holding(dovecot, values) == ["INBOX #0"]
    finish(app, staff, result.ref)
    receipt = PurgeService(app, mail=opener(dovecot)).purge_case_early(manager, result.ref, result.ref)
    assert receipt.passed
    [place] = receipt.check.places  # type: ignore[union-attr]
    assert place.location.endswith("/INBOX") and place.erased == 1 and place.scanned
    assert holding(dovecot, values) == []


@pytest.fixture
def proxy(dovecot: DovecotServer) -> Iterator[TcpProxy]:
    with tcp_proxy((dovecot.host, dovecot.port)) as running:
        yield running


def test_a_server_down_at_the_purge_leaves_the_deletion_pending_until_a_later_run(
    app: App,
    staff: Actor,
    manager: Actor,
    dovecot: DovecotServer,
    imap: imaplib.IMAP4_SSL,
    samples_dir: Path,
    proxy: TcpProxy,
) -> None:
    deliver(imap, samples_dir, EN)
    [result] = mailbox(app, manager, dovecot, port=proxy.port).poll(staff)
    ref = result.ref
    assert ref is not None
    values = applicant(app, manager, ref)
    finish(app, staff, ref)
    svc = PurgeService(app, mail=opener(dovecot))

    proxy.stop()  # the mail server is down
    receipt = svc.purge_case_early(manager, ref, ref)

    # The database purge happened all the same ...
    assert receipt.refs == (ref,) and app.cases.get(manager, ref).state is CaseState.PURGED
    assert app.cases.get(manager, ref).applicant is None
    # ... the deletion is recorded as pending, and the receipt says so: no success.
    assert not receipt.passed and receipt.check is not None
    [place] = [p for p in receipt.check.places if p.kind == MAILBOX]
    assert (place.erased, place.pending, place.error) == (0, 1, "unreachable")
    [row] = recorded(app)
    assert row.attempts == 1 and row.last_error == "unreachable"
    shown = svc.last_receipts(manager)[0]
    assert shown.check_passed is False and "not erased yet" in (shown.check_error or "")
    assert svc.last_run() is not None and svc.last_run()["passed"] is False  # type: ignore[index]
    assert holding(dovecot, values) == ["Imported #0"]  # still on the server, as reported

    # Still down at the next run: still pending, tried again, nothing new in the log.
    entries = len(svc.last_receipts(manager))
    again = svc.purge_due(SYSTEM)
    assert not again.passed and again.check is not None and again.check.places[0].pending == 1
    assert recorded(app)[0].attempts == 2 and len(svc.last_receipts(manager)) == entries

    proxy.start()  # back
    later = svc.purge_due(SYSTEM)
    assert later.refs == () and later.passed and later.check is not None
    [place] = later.check.places
    assert (place.erased, place.pending, place.error) == (1, 0, None)
    assert recorded(app) == []
    assert holding(dovecot, values) == []
    assert svc.last_receipts(manager)[0].check_passed is True


def test_a_message_without_message_id_and_a_move_never_confirmed_are_found(
    app: App, staff: Actor, manager: Actor, dovecot: DovecotServer, imap: imaplib.IMAP4_SSL, samples_dir: Path
) -> None:
    """Found by the hash of their bytes when there is no Message-ID; looked for in the folder
    they were being moved to when the record still says the inbox (a crash after the move)."""
    raw = re.sub(rb"(?m)^Message-ID: .*\r?\n", b"", (samples_dir / EN).read_bytes())
    assert b"Message-ID" not in raw
    assert imap.append("INBOX", None, None, raw)[0] == "OK"
    deliver(imap, samples_dir, JA)
    results = mailbox(app, manager, dovecot).poll(staff)
    no_id_ref, ja_ref = (str(r.ref) for r in results)
    rows = recorded(app)
    assert rows[0].message_id_mac is None and rows[0].source_mac
    with app.db.write() as session:
        unconfirmed = session.get(IntakeOriginal, rows[1].id)
        assert unconfirmed is not None
        unconfirmed.location, unconfirmed.moving_to, unconfirmed.uid = "INBOX", "Imported", 2
    svc = PurgeService(app, mail=opener(dovecot))
    values = applicant(app, manager, no_id_ref) | applicant(app, manager, ja_ref)
    for ref in (no_id_ref, ja_ref):
        finish(app, staff, ref)
        receipt = svc.purge_case_early(manager, ref, ref)
        assert receipt.passed, receipt
        [place] = receipt.check.places  # type: ignore[union-attr]
        assert place.erased == 1 and place.absent == 0
    assert holding(dovecot, values) == [] and recorded(app) == []
