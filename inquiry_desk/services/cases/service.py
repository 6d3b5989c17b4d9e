"""Logging inquiries and reading them back: the case use cases."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, insert, select, update
from sqlalchemy.orm import Session, selectinload

from inquiry_desk.domain import deadlines
from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    PartyRole,
)
from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData, validate_party
from inquiry_desk.domain.reference import format_reference
from inquiry_desk.services import audit
from inquiry_desk.services.actors import SYSTEM, Actor, Permission
from inquiry_desk.services.cases.damage import ATTACHMENT_FILE, CASE_KEY, CaseDamaged, DamageLog
from inquiry_desk.services.cases.versioning import check_version
from inquiry_desk.services.cases.views import (
    AttachmentView,
    CaseDetail,
    EventView,
    MessageView,
    NewAttachment,
    NewCase,
    NoteView,
    decode_types,
    encode_types,
)
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.blobs import read_blob, write_blob
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import (
    Attachment,
    Case,
    Event,
    Note,
    Party,
    RefCounter,
    RefFragment,
    User,
    ref_fragments,
)

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
            errors["attachments"] = _too_large(att)
    return errors


def _too_large(att: NewAttachment) -> str:
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


def add_event(
    session: Session,
    case: Case,
    actor: Actor,
    action: str,
    summary: str,
    cipher: CaseCipher | None = None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """`summary` must be free of personal data; what staff typed goes in `detail`, sealed."""
    payload = cipher.seal(detail.encode(), "event") if (cipher and detail) else None
    session.add(
        Event(
            case_id=case.id,
            at=at or datetime.now().replace(microsecond=0),
            actor=actor.username,
            action=action,
            summary=summary,
            payload=payload,
        )
    )


# Cases read per transaction by `get_many` (a batch of letters): large enough that the
# queries per case vanish, small enough that a chunk's decrypted records stay small.
GET_MANY_CHUNK = 50


def _whole_cases() -> Select[Case]:
    """A case with every record `_detail` decrypts, loaded in one query per kind of record."""
    return select(Case).options(
        selectinload(Case.parties),
        selectinload(Case.messages),
        selectinload(Case.attachments),
        selectinload(Case.notes),
        selectinload(Case.events),
        selectinload(Case.key),
    )


class CaseService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        today: Callable[[], date] = date.today,
        on_change: Callable[[], None] | None = None,
        damage: DamageLog | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.today = today
        self._on_change = on_change
        self.damage = damage or DamageLog(db)

    # --- writing -------------------------------------------------------------------------
    def create(
        self,
        actor: Actor,
        new: NewCase,
        *,
        session: Session | None = None,
        now: datetime | None = None,
        extra: ExtraHook | None = None,
        validate: bool = True,
        audit_action: str = "case.create",
        warnings: int = 0,
    ) -> str:
        """`validate=False` is for the importer: a fax or scan has no readable name or
        address yet, and the case must exist so that staff can complete it. The importer
        also names the audit row (`case.import`): one row per new case says both that it
        was created and how it arrived; and it gives the count of parser `warnings` up
        front, so the case row is inserted with it rather than updated after."""
        actor.require(Permission.CREATE_CASE)
        errors = validate_new_case(new, self.today()) if validate else {}
        if errors:
            raise ValidationFailed(errors)
        if session is not None:
            ref = self._create(session, actor, new, now, extra, audit_action, warnings)
        else:
            with self.db.write() as s:
                ref = self._create(s, actor, new, now, extra, audit_action, warnings)
        if self._on_change:
            self._on_change()
        return ref

    def _create(
        self,
        session: Session,
        actor: Actor,
        new: NewCase,
        now: datetime | None,
        extra: ExtraHook | None,
        audit_action: str = "case.create",
        warnings: int = 0,
    ) -> str:
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
        )
        session.add(case)
        cipher = self.keys.create(case)
        # The only flush needed here: the rows below carry case.id. They are only added; the
        # next flush (the message's, or the commit's) writes them all at once, which is much
        # cheaper than one flush per row.
        session.flush()
        # The register's index of reference fragments (store/models.py RefFragment).
        session.execute(insert(RefFragment), ref_fragments(case.id, ref))
        self._add_party(session, case, cipher, new.applicant, PartyRole.APPLICANT)
        if new.representative is not None:
            self._add_party(session, case, cipher, new.representative, PartyRole.REPRESENTATIVE)
        for att in new.attachments:
            self.add_attachment_in(session, case, cipher, att, stamp)
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

    @staticmethod
    def _add_party(
        session: Session, case: Case, cipher: CaseCipher, party: PartyData, role: PartyRole
    ) -> None:
        party.role = role
        session.add(
            Party(case_id=case.id, role=role.value, payload=cipher.seal_json(party.to_json(), "party"))
        )

    @staticmethod
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

    def add_note(self, actor: Actor, ref: str, text: str, *, expected_version: int | None = None) -> None:
        actor.require(Permission.EDIT_CASE)
        if not text.strip():
            raise ValidationFailed({"note": translate("CaseService", "The note is empty.")})
        with self.db.write() as session:
            case = self._load(session, ref, expected_version)
            cipher = self.keys.cipher(session, case)
            now = datetime.now().replace(microsecond=0)
            session.add(
                Note(
                    case_id=case.id,
                    author_id=actor.user_id,
                    at=now,
                    payload=cipher.seal(text.encode(), "note"),
                )
            )
            add_event(session, case, actor, "note", "Note added", at=now)
            case.updated_at = now
            audit.record(session, actor, "case.note", ref)

    def add_attachment(
        self, actor: Actor, ref: str, att: NewAttachment, *, expected_version: int | None = None
    ) -> int:
        actor.require(Permission.EDIT_CASE)
        if len(att.data) > MAX_ATTACHMENT_BYTES:
            raise ValidationFailed({"attachments": _too_large(att)})
        with self.db.write() as session:
            case = self._load(session, ref, expected_version)
            cipher = self.keys.cipher(session, case)
            now = datetime.now().replace(microsecond=0)
            row = self.add_attachment_in(session, case, cipher, att, now)
            add_event(session, case, actor, "attachment", f"Attachment added ({att.kind})", at=now)
            audit.record(session, actor, "case.attach", ref, {"kind": att.kind, "size": row.size})
            return row.id

    # --- reading -------------------------------------------------------------------------
    def _load(self, session: Session, ref: str, expected_version: int | None = None) -> Case:
        case = session.scalar(select(Case).where(Case.ref == ref.strip().upper()))
        if case is None:
            raise NotFound(translate("CaseService", "There is no case {ref}.").format(ref=ref))
        check_version(session, case, expected_version)
        return case

    def get(self, actor: Actor, ref: str, *, record_view: bool = True) -> CaseDetail:
        """The whole case, decrypted. Viewing personal data is itself audited.

        ``record_view=False`` is for showing again a case the same person has open (after an
        action, a note): the opening was audited, and a "viewed" row per reload would bury the
        log in noise and turn every click into a second write transaction.

        A sealed record of the case that fails its integrity check raises `CaseDamaged`,
        naming the case and the way to restore it; the damage is audited once.
        """
        actor.require(Permission.VIEW_PERSONAL)
        try:
            return self._get(actor, ref, record_view)
        except CaseDamaged as exc:
            self.damage.report(actor, [(exc.ref, exc.record)], found_by="case")
            raise

    def record_views(self, actor: Actor, refs: Iterable[str]) -> None:
        """One "case.view" audit row for each existing case of ``refs``, all in one write
        transaction: what a batch (letters for many cases) opens, each then read with
        ``get(..., record_view=False)`` in a read transaction instead of a write each."""
        actor.require(Permission.VIEW_PERSONAL)
        wanted = list(dict.fromkeys(ref.strip().upper() for ref in refs))
        if not wanted:
            return
        with self.db.write() as session:
            found = set(session.scalars(select(Case.ref).where(Case.ref.in_(wanted))))
            for ref in wanted:
                if ref in found:
                    audit.record(session, actor, "case.view", ref)

    def _get(self, actor: Actor, ref: str, record_view: bool) -> CaseDetail:
        with self.db.write() if record_view else self.db.read() as session:
            case = session.scalar(_whole_cases().where(Case.ref == ref.strip().upper()))
            if case is None:
                raise NotFound(translate("CaseService", "There is no case {ref}.").format(ref=ref))
            detail = self._detail(session, case)
            if record_view:
                audit.record(session, actor, "case.view", case.ref)
            return detail

    def get_many(self, actor: Actor, refs: Sequence[str]) -> Iterator[tuple[str, CaseDetail | UserError]]:
        """The cases of a batch, in order, each decrypted as `get` does, or the reason it
        cannot be read (no such case, a damaged record). Read GET_MANY_CHUNK cases per read
        transaction: the seven queries of a whole case are made once per chunk, not per case.
        Not audited here: the caller records the openings (`record_views`)."""
        actor.require(Permission.VIEW_PERSONAL)
        for start in range(0, len(refs), GET_MANY_CHUNK):
            chunk = list(refs[start : start + GET_MANY_CHUNK])
            wanted = {ref.strip().upper() for ref in chunk}
            out: dict[str, CaseDetail | UserError] = {}
            damaged: list[tuple[str, str]] = []
            with self.db.read() as session:
                for case in session.scalars(_whole_cases().where(Case.ref.in_(wanted))):
                    try:
                        out[case.ref] = self._detail(session, case)
                    except CaseDamaged as exc:
                        damaged.append((exc.ref, exc.record))
                        out[case.ref] = exc
            if damaged:
                self.damage.report(actor, damaged, found_by="case")
            for ref in chunk:
                found = out.get(ref.strip().upper())
                yield (
                    ref,
                    found or NotFound(translate("CaseService", "There is no case {ref}.").format(ref=ref)),
                )

    def _detail(self, session: Session, case: Case) -> CaseDetail:
        reading = self.damage.reading
        with reading(case.ref, CASE_KEY):
            cipher = self.keys.cipher(session, case) if case.key else None
        applicant = representative = None
        for party in case.parties:
            assert cipher is not None
            with reading(case.ref, party.role):
                data = PartyData.from_json(cipher.open_json(party.payload, "party"))
            if party.role == PartyRole.APPLICANT.value and applicant is None:
                applicant = data
            elif party.role == PartyRole.REPRESENTATIVE.value:
                representative = data
        accounts = list(session.scalars(select(User)))
        users = {u.id: u.display_name for u in accounts}
        # The timeline names people, never logins: events keep the login that acted.
        names = {u.username: u.display_name for u in accounts if u.display_name}
        names[SYSTEM.username] = translate("CaseService", "Scheduled job")
        messages = []
        for m in case.messages:
            assert cipher is not None
            with reading(case.ref, "message"):
                body: dict[str, Any] = cipher.open_json(m.payload, "message")
            messages.append(
                MessageView(
                    m.id,
                    m.direction,
                    m.channel,
                    m.at,
                    body.get("subject", ""),
                    body.get("from", ""),
                    body.get("body", ""),
                    [(str(h[0]), str(h[1])) for h in body.get("headers", [])],
                    list(body.get("warnings", [])),
                )
            )
        attachments = []
        for a in case.attachments:
            assert cipher is not None
            with reading(case.ref, "attachment"):
                meta = cipher.open_json(a.payload, "attachment")
            attachments.append(
                AttachmentView(
                    a.id, str(meta.get("filename", "")), a.content_type, a.size, a.pages, a.kind, a.added_at
                )
            )
        with reading(case.ref, "note"):
            notes = [
                NoteView(
                    n.id,
                    n.at,
                    users.get(n.author_id or -1, "—"),
                    cipher.open(n.payload, "note").decode() if cipher else "",
                )
                for n in case.notes
            ]
        with reading(case.ref, "event"):
            events = [
                EventView(
                    e.id,
                    e.at,
                    names.get(e.actor, e.actor),
                    e.action,
                    e.summary,
                    cipher.open(e.payload, "event").decode() if (cipher and e.payload) else "",
                )
                for e in case.events
            ]
        return CaseDetail(
            id=case.id,
            ref=case.ref,
            kind=CaseKind(case.kind),
            channel=Channel(case.channel),
            state=CaseState(case.state),
            received=case.received,
            due=case.due,
            jurisdiction=Jurisdiction(case.jurisdiction),
            language=Language(case.language),
            request_types=decode_types(case.request_types),
            assignee=users.get(case.assignee_id) if case.assignee_id else None,
            outcome=case.outcome,
            type_outcomes=case.type_outcomes,
            refusal_category=case.refusal_category,
            deadline_met=case.deadline_met,
            legal_hold=case.legal_hold,
            warnings=case.warnings,
            created_at=case.created_at,
            closed_at=case.closed_at,
            purged_at=case.purged_at,
            applicant=applicant,
            representative=representative,
            messages=messages,
            attachments=attachments,
            notes=notes,
            events=events,
            version=case.version,
            answer_medium=AnswerMedium(case.answer_medium) if case.answer_medium else None,
            answer_format=AnswerFormat(case.answer_format) if case.answer_format else None,
        )

    def attachment_bytes(self, actor: Actor, ref: str, attachment_id: int) -> tuple[str, str, bytes]:
        actor.require(Permission.VIEW_PERSONAL)
        try:
            return self._attachment_bytes(actor, ref, attachment_id)
        except CaseDamaged as exc:
            self.damage.report(actor, [(exc.ref, exc.record)], found_by="attachment")
            raise

    def _attachment_bytes(self, actor: Actor, ref: str, attachment_id: int) -> tuple[str, str, bytes]:
        reading = self.damage.reading
        with self.db.write() as session:
            case = self._load(session, ref)
            att = session.get(Attachment, attachment_id)
            if att is None or att.case_id != case.id:
                raise NotFound(translate("CaseService", "That attachment is not part of this case."))
            with reading(case.ref, CASE_KEY):
                cipher = self.keys.cipher(session, case)
            with reading(case.ref, "attachment"):
                name = str(cipher.open_json(att.payload, "attachment").get("filename", "attachment"))
            with reading(case.ref, ATTACHMENT_FILE):
                data = read_blob(session, att.blob_id, cipher)
            audit.record(session, actor, "case.view_attachment", case.ref, {"attachment": att.id})
            return name, att.content_type, data

    def versions(self, refs: list[str]) -> dict[str, int]:
        """Each case's current version: what an open case view polls to follow changes made
        elsewhere. References and counters only, nothing personal: not audited."""
        if not refs:
            return {}
        with self.db.read() as session:
            rows = session.execute(select(Case.ref, Case.version).where(Case.ref.in_(refs)))
            return {ref: version for ref, version in rows}

    def refs(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(Case.ref).order_by(Case.id)))
