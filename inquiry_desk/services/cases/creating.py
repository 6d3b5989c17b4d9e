"""Logging a new case: validation, the yearly reference, and the rows of a new case.

The functions run inside the caller's write transaction: `CaseService.create` opens one
for an inquiry typed in, the importer passes its own (one file, one transaction).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from inquiry_desk.domain import deadlines, suggested
from inquiry_desk.domain.enums import CaseKind, CaseState, PartyRole
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData, validate_party
from inquiry_desk.domain.reference import format_reference
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.views import NewAttachment, NewCase, encode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.blobs import write_blob
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Attachment, Case, Note, Party, RefCounter, RefFragment, ref_fragments

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024

# `extra` writes more rows into the new case inside its transaction (the importer's message);
# what it returns is added to the case's audit row, so one row can tell the whole story.
ExtraHook = Callable[[Session, Case, CaseCipher], Mapping[str, Any] | None]


def validate_new_case(new: NewCase, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if new.received > today:
        errors["received"] = translate("CaseService", "The receipt date cannot be in the future.")
    if new.kind is CaseKind.REQUEST and not new.request_types:
        errors["request_types"] = translate("CaseService", "Tick at least one request type for a request.")
    for key, message in validate_party(new.applicant).errors.items():
        errors[f"applicant.{key}"] = message
    if new.representative is not None:
        for key, message in validate_party(new.representative).errors.items():
            errors[f"representative.{key}"] = message
    for att in new.attachments:
        if len(att.data) > MAX_ATTACHMENT_BYTES:
            errors["attachments"] = too_large(att)
    return errors


def too_large(att: NewAttachment) -> str:
    return translate("CaseService", "{file} is larger than {megabytes} MB.").format(
        file=att.filename, megabytes=MAX_ATTACHMENT_BYTES // (1024 * 1024)
    )


def next_reference(session: Session, year: int) -> str:
    """Consecutive within the year. Runs inside the write transaction, which holds the
    database lock (SQLite BEGIN IMMEDIATE) or the counter row's lock (PostgreSQL)."""
    # On the connection: an ORM-enabled UPDATE would first look for counter objects in the
    # session to synchronise, and none are ever loaded.
    result = session.connection().execute(
        update(RefCounter)
        .where(RefCounter.year == year)
        .values(last_seq=RefCounter.last_seq + 1)
        .returning(RefCounter.last_seq)
    )
    seq = result.scalar()
    if seq is None:
        session.add(RefCounter(year=year, last_seq=1))
        session.flush()
        seq = 1
    return format_reference(year, seq)


def insert_case(
    session: Session,
    keys: KeyService,
    actor: Actor,
    new: NewCase,
    now: datetime | None,
    extra: ExtraHook | None,
    audit_action: str = "case.create",
    warnings: int = 0,
) -> str:
    """The new case with its parties, attachments, first note, timeline event and audit row."""
    stamp = now or datetime.now().replace(microsecond=0)
    ref = next_reference(session, new.received.year)
    case = Case(
        uid=str(uuid.uuid4()),
        ref=ref,
        kind=new.kind.value,
        channel=new.channel.value,
        state=CaseState.RECEIVED.value,
        received=new.received,
        due=deadlines.due_date(new.received, new.jurisdiction),
        jurisdiction=new.jurisdiction.value,
        language=new.language.value,
        request_types=encode_types(new.request_types),
        assignee_id=new.assignee_id,
        created_at=stamp,
        updated_at=stamp,
        legal_hold=False,
        warnings=warnings,
        suggested=suggested.encode(new.suggested),
    )
    session.add(case)
    cipher = keys.create(case)
    # The only flush needed here: the rows below carry case.id. They are only added; the
    # next flush (the message's, or the commit's) writes them all at once, which is much
    # cheaper than one flush per row.
    session.flush()
    # The register's index of reference fragments (store/models.py RefFragment).
    session.execute(insert(RefFragment), ref_fragments(case.id, ref))
    add_party(session, case, cipher, new.applicant, PartyRole.APPLICANT)
    if new.representative is not None:
        add_party(session, case, cipher, new.representative, PartyRole.REPRESENTATIVE)
    for att in new.attachments:
        add_attachment_in(session, case, cipher, att, stamp)
    if new.note.strip():
        session.add(
            Note(
                case_id=case.id,
                author_id=actor.user_id,
                at=stamp,
                payload=cipher.seal(new.note.encode(), "note"),
            )
        )
    add_event(
        session,
        case,
        actor,
        "created",
        f"Logged: {new.kind.label.lower()} by {new.channel.label.lower()}",
        at=stamp,
    )
    details: dict[str, Any] = {
        "kind": new.kind.value,
        "channel": new.channel.value,
        "attachments": len(new.attachments),
    }
    if extra is not None:
        details.update(extra(session, case, cipher) or {})
    audit.record(session, actor, audit_action, ref, details, at=stamp)
    return ref


def add_party(session: Session, case: Case, cipher: CaseCipher, party: PartyData, role: PartyRole) -> None:
    party.role = role
    session.add(Party(case_id=case.id, role=role.value, payload=cipher.seal_json(party.to_json(), "party")))


def add_attachment_in(
    session: Session, case: Case, cipher: CaseCipher, att: NewAttachment, at: datetime
) -> Attachment:
    blob = write_blob(session, case.id, cipher, att.data)
    row = Attachment(
        case_id=case.id,
        blob_id=blob.id,
        kind=att.kind,
        content_type=att.content_type,
        size=blob.size,
        pages=att.pages,
        added_at=at,
        payload=cipher.seal_json({"filename": att.filename}, "attachment"),
    )
    session.add(row)
    session.flush()
    return row
