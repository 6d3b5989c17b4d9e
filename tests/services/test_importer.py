"""The importer: the shared samples, duplicates, refusals, atomicity, big files, hostile names."""

from __future__ import annotations

import base64
import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inquiry_desk.domain.enums import (
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    PartyRole,
    RequestType,
)
from inquiry_desk.domain.errors import PermissionDenied
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.intake.importer import ImportService, ImportStatus
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import AuditEntry, Blob, BlobChunk, Case, Message

ROOT = Path(__file__).resolve().parents[2]


def inbox(samples_dir: Path) -> Path:
    return samples_dir / "inbox"


def expectations(samples_dir: Path) -> dict[str, dict[str, object]]:
    data = json.loads((samples_dir / "inbox.json").read_text(encoding="utf-8"))
    return {item["file"]: item for item in data}


def make_first_case(app: App, actor: Actor) -> str:
    """PI-2026-0001, the case sample 06 replies to."""
    applicant = PartyData(name="Anna Schmidt", email="anna.schmidt@example.de", country="DE")
    new = NewCase(
        received=date(2026, 11, 2),
        channel=Channel.EMAIL,
        kind=CaseKind.REQUEST,
        request_types=[RequestType.ACCESS],
        jurisdiction=Jurisdiction.EEA,
        language=Language.EN,
        applicant=applicant,
    )
    return app.cases.create(actor, new)


def eml(
    subject: str = "Data request",
    message_id: str | None = "<m1@example.com>",
    body: str = "Hello",
    attachments: list[tuple[str, str, bytes]] | None = None,
    date_header: bool = True,
) -> bytes:
    head = [
        "From: Max Muster <max@example.de>",
        "To: privacy@example.co.jp",
        f"Subject: {subject}",
        "MIME-Version: 1.0",
    ]
    if message_id:
        head.append(f"Message-ID: {message_id}")
    if date_header:
        head.append("Date: Mon, 02 Nov 2026 09:14:00 +0900")
    if not attachments:
        head.append("Content-Type: text/plain; charset=utf-8")
        return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()
    parts = [
        "\r\n".join(head),
        'Content-Type: multipart/mixed; boundary="XX"',
        "",
        "--XX",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
    ]
    for name, ctype, data in attachments:
        parts += [
            "--XX",
            f"Content-Type: {ctype}",
            f'Content-Disposition: attachment; filename="{name}"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.encodebytes(data).decode(),
        ]
    parts.append("--XX--")
    return "\r\n".join(parts).encode()


def count(app: App, model: type[object]) -> int:
    with app.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def tree(path: Path) -> set[str]:
    return {str(p.relative_to(path)) for p in path.rglob("*")}


# --- the shared samples ----------------------------------------------------------------------
def test_samples_import_as_described(app: App, staff: Actor, samples_dir: Path) -> None:
    expected = expectations(samples_dir)
    results = ImportService(app).import_path(staff, inbox(samples_dir))
    assert [Path(r.file).name for r in results] == sorted(expected)
    by_name = {Path(r.file).name: r for r in results}
    for name, want in expected.items():
        result = by_name[name]
        if name.startswith("06"):
            assert result.status is ImportStatus.ATTACHED and result.ref == "PI-2026-0001"
            continue
        assert result.status is ImportStatus.CREATED, (name, result)
        assert result.ref is not None
        detail = app.cases.get(staff, result.ref)
        assert detail.channel.value == want["channel"], name
        assert detail.kind.value == want["kind"], name
        if "language" in want:
            assert detail.language.value == want["language"], name
        if "jurisdiction" in want:
            assert detail.jurisdiction.value == want["jurisdiction"], name
        got_types = {t.value for t in detail.request_types}
        # The parser reads types from text; scans and faxes have none, staff fill them in.
        if got_types and "request_types" in want:
            assert got_types == set(want.get("request_types", [])), name
        if "applicant" in want:
            assert detail.applicant_name == want["applicant"]
        if want.get("representative"):
            assert detail.representative is not None
        if "attachments" in want:
            assert len(detail.attachments) == want["attachments"], name
        # Sample 06 replies to PI-2026-0001, which sample 01 has just become: it joins it.
        assert len(detail.messages) == (2 if result.ref == "PI-2026-0001" else 1)
        assert detail.warnings == len(result.warnings) == len(detail.messages[0].warnings)
        assert any(e.action == "imported" for e in detail.events)


def test_sample_02_applicant_and_received_date(app: App, staff: Actor, samples_dir: Path) -> None:
    path = inbox(samples_dir) / "02-disclosure-request-iso2022jp.eml"
    [result] = ImportService(app).import_path(staff, path)
    detail = app.cases.get(staff, result.ref or "")
    assert detail.applicant_name == "山田 花子"
    assert detail.received == date(2026, 11, 2)
    assert detail.messages[0].subject
    assert detail.state is CaseState.RECEIVED


def test_reply_attaches_to_existing_case(app: App, staff: Actor, samples_dir: Path) -> None:
    ref = make_first_case(app, staff)
    assert ref == "PI-2026-0001"
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / "06-reply-with-completed-form.eml")
    assert result.status is ImportStatus.ATTACHED and result.ref == ref
    detail = app.cases.get(staff, ref)
    assert len(detail.attachments) == 1
    assert detail.attachments[0].filename == "request-form-completed.pdf"
    assert len(detail.messages) == 1
    assert any(e.action == "reply_imported" for e in detail.events)
    assert app.cases.refs() == [ref]


def test_reply_ends_the_pause(app: App, staff: Actor, samples_dir: Path) -> None:
    from inquiry_desk.domain.lifecycle import Action
    from inquiry_desk.services.lifecycle.actions import ActionInput
    from inquiry_desk.services.lifecycle.workflow import WorkflowService

    ref = make_first_case(app, staff)
    workflow = WorkflowService(app.db, app.keys, app.cases.today)
    workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons="form", on=date(2026, 11, 3)))
    assert app.cases.get(staff, ref).state is CaseState.AWAITING_APPLICANT
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / "06-reply-with-completed-form.eml")
    assert result.status is ImportStatus.ATTACHED
    detail = app.cases.get(staff, ref)
    assert detail.state is not CaseState.AWAITING_APPLICANT
    assert any(e.action == Action.APPLICANT_ANSWERED.value for e in detail.events)


def test_reply_to_unknown_case_is_created_and_flagged(app: App, staff: Actor, samples_dir: Path) -> None:
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / "06-reply-with-completed-form.eml")
    assert result.status is ImportStatus.CREATED
    assert any("unknown case PI-2026-0001" in w for w in result.warnings)
    detail = app.cases.get(staff, result.ref or "")
    assert detail.warnings >= 1
    assert len(detail.attachments) == 1


def test_malformed_sample_is_created_with_warnings(app: App, staff: Actor, samples_dir: Path) -> None:
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / "10-malformed-mime.eml")
    assert result.status is ImportStatus.CREATED and result.warnings
    detail = app.cases.get(staff, result.ref or "")
    assert detail.warnings == len(result.warnings)
    assert detail.received == app.cases.today()  # no Date header
    assert detail.messages[0].warnings == result.warnings


@pytest.mark.parametrize(
    ("name", "channel", "pages"),
    [("13-fax-correction.tif", Channel.FAX, 2), ("14-mailed-letter-scan.png", Channel.MAIL, 1)],
)
def test_fax_and_scan(
    app: App, staff: Actor, samples_dir: Path, name: str, channel: Channel, pages: int
) -> None:
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / name)
    assert result.status is ImportStatus.CREATED
    detail = app.cases.get(staff, result.ref or "")
    assert detail.channel is channel
    assert [(a.kind, a.pages) for a in detail.attachments] == [("letter", pages)]
    _, _, data = app.cases.attachment_bytes(staff, detail.ref, detail.attachments[0].id)
    assert data == (inbox(samples_dir) / name).read_bytes()


def test_audit_row_has_no_personal_data(app: App, staff: Actor, samples_dir: Path) -> None:
    ImportService(app).import_path(staff, inbox(samples_dir) / "02-disclosure-request-iso2022jp.eml")
    with app.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.import")).all()
        actions = list(session.scalars(select(AuditEntry.action)))
    assert len(rows) == 1
    assert "case.create" not in actions
    details = json.loads(rows[0].details)
    # One row per imported case: it says the case was created (and its kind) and how it came.
    assert details == {
        "status": "created",
        "kind": "request",
        "channel": "email",
        "source": "eml",
        "attachments": 0,
        "warnings": 0,
        # What the import read from the text, to be reviewed: field names, never values.
        "suggested": [
            "kind",
            "request_types",
            "jurisdiction",
            "applicant.postal_code",
            "applicant.address",
            "applicant.phone",
        ],
    }
    assert "山田" not in rows[0].details and "example" not in rows[0].details


def test_needs_import_permission(app: App, samples_dir: Path) -> None:
    with pytest.raises(PermissionDenied):
        ImportService(app).import_path(Actor("root", "admin"), inbox(samples_dir))


# --- duplicates ------------------------------------------------------------------------------
def test_same_file_twice_is_a_duplicate(app: App, staff: Actor, samples_dir: Path) -> None:
    svc = ImportService(app)
    path = inbox(samples_dir) / "01-access-request-gdpr.eml"
    [first] = svc.import_path(staff, path)
    [second] = svc.import_path(staff, path)
    assert second.status is ImportStatus.DUPLICATE and second.ref == first.ref
    assert app.cases.refs() == [first.ref]


def test_same_message_id_other_bytes_is_a_duplicate(app: App, staff: Actor) -> None:
    svc = ImportService(app)
    first = svc.import_bytes(staff, eml(body="I want my data."), "a.eml")
    second = svc.import_bytes(staff, eml(body="I want my data, sent again."), "b.eml")
    assert first.status is ImportStatus.CREATED
    assert second.status is ImportStatus.DUPLICATE and second.ref == first.ref
    assert count(app, Case) == 1


def test_no_message_id_duplicate_by_hash(app: App, staff: Actor) -> None:
    svc = ImportService(app)
    data = eml(message_id=None)
    assert svc.import_bytes(staff, data, "a.eml").status is ImportStatus.CREATED
    assert svc.import_bytes(staff, data, "a.eml").status is ImportStatus.DUPLICATE
    assert svc.import_bytes(staff, eml(message_id=None, body="other"), "c.eml").status is ImportStatus.CREATED


def test_message_id_is_stored_only_as_keyed_hash(app: App, staff: Actor) -> None:
    ImportService(app).import_bytes(staff, eml(message_id="<secret-id@example.com>"), "a.eml")
    with app.db.read() as session:
        message = session.scalars(select(Message)).one()
    assert message.message_id_mac == app.keys.mac("<secret-id@example.com>")
    assert b"secret-id" not in message.payload


# --- refusals --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.eml", b""),
        ("random.bin", bytes(range(256)) * 7 + b"\x00\xff" * 100),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"),
        ("blank.eml", b"   \n\n  "),
    ],
)
def test_unreadable_files_are_refused_and_left(
    app: App, staff: Actor, tmp_path: Path, name: str, data: bytes
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    [result] = ImportService(app).import_path(staff, path)
    assert result.status is ImportStatus.REFUSED
    assert result.reason and "\n" not in result.reason
    assert path.read_bytes() == data
    assert count(app, Case) == 0


# --- atomicity -------------------------------------------------------------------------------
@pytest.mark.parametrize("stage", ["message", "attachment", "written"])
def test_failure_inside_transaction_leaves_nothing(
    app: App, staff: Actor, samples_dir: Path, stage: str
) -> None:
    def fault(at: str) -> None:
        if at == stage:
            raise RuntimeError("injected")

    with pytest.raises(RuntimeError):
        ImportService(app, fault=fault).import_path(staff, inbox(samples_dir) / "03-erasure-with-id-scan.eml")
    for model in (Case, Message, Blob, BlobChunk):
        assert count(app, model) == 0
    # And it imports cleanly afterwards, with the first reference.
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / "03-erasure-with-id-scan.eml")
    assert result.ref == "PI-2026-0001"


def test_sigkill_mid_import_leaves_no_partial_case(
    app: App, staff: Actor, key_store: MemoryMasterKeyStore, data_dir: Path, samples_dir: Path
) -> None:
    sample = str(inbox(samples_dir) / "07-fax-gateway-pdf.eml")
    key = key_store.load(app.install_id)
    assert key is not None
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from inquiry_desk.services.app import App
        from inquiry_desk.services.intake.importer import ImportService
        from inquiry_desk.store.masterkey import MemoryMasterKeyStore
        store = MemoryMasterKeyStore()
        store.save({app.install_id!r}, bytes.fromhex({key.hex()!r}))
        app = App.open(Path({str(data_dir)!r}), key_store=store)
        actor = app.users.authenticate("sato", "correct horse")
        def fault(stage):
            if stage == "written":
                os.kill(os.getpid(), signal.SIGKILL)
        ImportService(app, fault=fault).import_path(actor, {sample!r})
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    for model in (Case, Message, Blob, BlobChunk):
        assert count(app, model) == 0
    [result] = ImportService(app).import_path(staff, inbox(samples_dir) / "07-fax-gateway-pdf.eml")
    assert result.status is ImportStatus.CREATED and result.ref == "PI-2026-0001"


# --- big files, hostile names ----------------------------------------------------------------
def write_big_email(path: Path, size: int) -> None:
    """An email with a `size`-byte attachment, written in pieces to keep the test's own memory low."""
    head = eml(attachments=[("scan.bin", "application/octet-stream", b"")]).decode()
    before, _, _ = head.rpartition("--XX--")
    with path.open("wb") as out:
        out.write(before.rstrip("\r\n").encode() + b"\r\n\r\n")
        chunk = os.urandom(57 * 1024)
        written = 0
        while written < size:
            piece = chunk[: min(len(chunk), size - written)]
            out.write(base64.encodebytes(piece))
            written += len(piece)
        out.write(b"--XX--\r\n")


def test_25mb_attachment_imports_with_bounded_memory(app: App, staff: Actor, tmp_path: Path) -> None:
    size = 25 * 1024 * 1024
    path = tmp_path / "big.eml"
    write_big_email(path, size)
    svc = ImportService(app)
    gc.collect()
    tracemalloc.start()
    try:
        [result] = svc.import_path(staff, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.status is ImportStatus.CREATED, result
    assert peak <= 3 * size, f"peak {peak / 2**20:.1f} MiB"
    detail = app.cases.get(staff, result.ref or "")
    assert [a.size for a in detail.attachments] == [size]


def test_hostile_attachment_names_are_sanitised(app: App, staff: Actor, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    before = tree(tmp_path)
    data = eml(
        attachments=[
            ("../../../etc/evil.pdf", "application/pdf", b"%PDF-1.4 nope"),
            ("CON", "text/plain", b"con"),
            ("..\\..\\win.ini", "text/plain", b"ini"),
        ]
    )
    path = work / "hostile.eml"
    path.write_bytes(data)
    before = tree(tmp_path)
    [result] = ImportService(app).import_path(staff, path)
    assert result.status is ImportStatus.CREATED
    names = [a.filename for a in app.cases.get(staff, result.ref or "").attachments]
    assert len(names) == 3
    for name in names:
        assert "/" not in name and "\\" not in name and ".." not in name
        assert name.upper() != "CON"
    after = tree(tmp_path)
    # Only the database files in the data folder may change.
    assert {p for p in after - before if not p.startswith("data")} == set()
    assert not (tmp_path / "etc").exists() and not (tmp_path.parent / "etc" / "evil.pdf").exists()


def test_applicant_party_is_stored(app: App, staff: Actor) -> None:
    result = ImportService(app).import_bytes(staff, eml(), "x.eml")
    detail = app.cases.get(staff, result.ref or "")
    assert detail.applicant is not None and detail.applicant.role is PartyRole.APPLICANT
    assert detail.applicant.email == "max@example.de"


# --- the audit chain with the remembered tail ------------------------------------------------
def test_audit_chain_intact_across_imports_and_a_failed_one(app: App, staff: Actor) -> None:
    from inquiry_desk.services import audit

    def fault(at: str) -> None:
        if at == "written":
            raise RuntimeError("injected")

    svc = ImportService(app)
    assert svc.import_bytes(staff, eml(message_id="<a@example.com>"), "a.eml").status is ImportStatus.CREATED
    with pytest.raises(RuntimeError):
        ImportService(app, fault=fault).import_bytes(staff, eml(message_id="<b@example.com>"), "b.eml")
    assert svc.import_bytes(staff, eml(message_id="<c@example.com>"), "c.eml").status is ImportStatus.CREATED
    assert audit.verify_chain(app.db).ok


def test_audit_tail_is_forgotten_when_a_savepoint_rolls_back(app: App) -> None:
    """The last hash is remembered per transaction; a rolled-back savepoint's rows are gone,
    so the next row must chain onto the row before them, not onto them."""
    from inquiry_desk.services import audit

    with app.db.write() as session:
        audit.record(session, "tester", "test.one")
        nested = session.begin_nested()
        audit.record(session, "tester", "test.two")
        nested.rollback()
        audit.record(session, "tester", "test.three")
    check = audit.verify_chain(app.db)
    assert check.ok, check
    with app.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.actor == "tester")))
    assert actions == ["test.one", "test.three"]
