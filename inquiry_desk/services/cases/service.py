"""Logging inquiries and reading them back: the case use cases.

The rows of a new case are written by `creating`, a whole case is decrypted by `reading`;
this service opens the transactions, checks permissions and versions, and audits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.creating import (
    MAX_ATTACHMENT_BYTES,
    ExtraHook,
    add_attachment_in,
    insert_case,
    too_large,
    validate_new_case,
)
from inquiry_desk.services.cases.damage import ATTACHMENT_FILE, CASE_KEY, CaseDamaged, DamageLog
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.reading import case_detail, whole_cases
from inquiry_desk.services.cases.versioning import check_version
from inquiry_desk.services.cases.views import CaseDetail, NewAttachment, NewCase
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.blobs import read_blob
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Attachment, Case, Note

# Cases read per transaction by `get_many` (a batch of letters): large enough that the
# queries per case vanish, small enough that a chunk's decrypted records stay small.
GET_MANY_CHUNK = 50


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
            ref = insert_case(session, self.keys, actor, new, now, extra, audit_action, warnings)
        else:
            with self.db.write() as s:
                ref = insert_case(s, self.keys, actor, new, now, extra, audit_action, warnings)
        if self._on_change:
            self._on_change()
        return ref

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
            raise ValidationFailed({"attachments": too_large(att)})
        with self.db.write() as session:
            case = self._load(session, ref, expected_version)
            cipher = self.keys.cipher(session, case)
            now = datetime.now().replace(microsecond=0)
            row = add_attachment_in(session, case, cipher, att, now)
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
            case = session.scalar(whole_cases().where(Case.ref == ref.strip().upper()))
            if case is None:
                raise NotFound(translate("CaseService", "There is no case {ref}.").format(ref=ref))
            detail = case_detail(session, case, self.keys, self.damage)
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
                for case in session.scalars(whole_cases().where(Case.ref.in_(wanted))):
                    try:
                        out[case.ref] = case_detail(session, case, self.keys, self.damage)
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
