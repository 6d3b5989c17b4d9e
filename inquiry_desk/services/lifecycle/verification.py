"""Identity verification of a case: evidence, checks, the decision, and destroying ID copies.

The rules are the domain's (:mod:`inquiry_desk.domain.verification`); this service
stores what staff recorded and hands it back as plain data. Marking the identity
verified or failed is a lifecycle action, so it goes through the workflow service,
which refuses it when the evidence does not support it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import PartyRole
from inquiry_desk.domain.errors import NotFound, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.verification import (
    EvidenceType,
    VerificationResult,
    copies_to_delete,
    evaluate,
    evidence_problem,
)
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import (
    EVIDENCE_PURPOSE,
    evidence_rows,
    load_case,
    now,
    open_text,
    seal_text,
    to_evidence,
    verification_input,
    verification_record,
)
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.actions import ActionInput, LifecycleStatus
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import Database
from inquiry_desk.store.lifecycle_models import EvidenceItem, VerificationRecord
from inquiry_desk.store.models import Attachment, Blob, BlobChunk, Case

ID_DOCUMENT_KIND = "id_document"


@dataclass(frozen=True)
class NewEvidence:
    type: EvidenceType
    holder: PartyRole = PartyRole.APPLICANT
    issued_on: date | None = None
    expires_on: date | None = None
    masking_confirmed: bool = False
    attachment_id: int | None = None  # the scanned copy, if it came as a file
    note: str = ""


@dataclass(frozen=True)
class EvidenceView:
    id: int
    type: EvidenceType
    holder: PartyRole
    issued_on: date | None
    expires_on: date | None
    masking_confirmed: bool
    attachment_id: int | None
    recorded_by: str
    recorded_at: datetime
    copy_deleted_at: datetime | None
    problem: str | None  # why it is not accepted, or None
    note: str


@dataclass(frozen=True)
class Checks:
    name_matches: bool | None = None
    address_matches: bool | None = None
    email_matches_account: bool | None = None


@dataclass(frozen=True)
class VerificationView:
    ref: str
    evidence: tuple[EvidenceView, ...]
    checks: Checks
    evaluation: VerificationResult
    decided: str | None  # "verified" / "failed" once staff decided
    decided_by: str | None
    decided_at: datetime | None
    copies_to_delete: tuple[int, ...]  # attachment ids still held that should be destroyed
    version: int = 1  # of the case: what a change made from this view quotes


class VerificationService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        workflow: WorkflowService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.db = db
        self.keys = keys
        self.workflow = workflow
        self.today = today

    def view(self, actor: Actor, ref: str) -> VerificationView:
        actor.require(Permission.VIEW_PERSONAL)
        with self.db.read() as session:
            case = load_case(session, ref)
            cipher = self.keys.cipher(session, case)
            return self._view(session, case, cipher)

    def _view(self, session: Session, case: Case, cipher: CaseCipher) -> VerificationView:
        rows = evidence_rows(session, case)
        record = verification_record(session, case)
        data = verification_input(session, case, cipher)
        views = tuple(
            EvidenceView(
                r.id,
                EvidenceType(r.type),
                PartyRole(r.holder),
                r.issued_on,
                r.expires_on,
                r.masking_confirmed,
                r.attachment_id,
                r.recorded_by,
                r.recorded_at,
                r.copy_deleted_at,
                evidence_problem(to_evidence(r), case.received),
                open_text(cipher, r.note, EVIDENCE_PURPOSE),
            )
            for r in rows
        )
        checks = (
            Checks(record.name_matches, record.address_matches, record.email_matches_account)
            if record
            else Checks()
        )
        return VerificationView(
            case.ref,
            views,
            checks,
            evaluate(data),
            record.result if record else None,
            record.decided_by if record else None,
            record.decided_at if record else None,
            tuple(self._copies(session, case, rows)),
            case.version,
        )

    @staticmethod
    def _copies(session: Session, case: Case, rows: list[EvidenceItem]) -> list[int]:
        """Attachment ids of ID copies to destroy: identity documents' scans, and files filed as ID."""
        evidence = [to_evidence(r) for r in rows]
        flagged = {id(e) for e in copies_to_delete(evidence)}
        ids = [
            r.attachment_id
            for r, e in zip(rows, evidence, strict=True)
            if id(e) in flagged and r.attachment_id is not None
        ]
        linked = {r.attachment_id for r in rows if r.attachment_id is not None}
        # Scans filed as "id_document" but never linked to an evidence line are ID copies too;
        # authority documents (power of attorney) linked to their evidence stay until the purge.
        for att_id in session.scalars(
            select(Attachment.id).where(Attachment.case_id == case.id, Attachment.kind == ID_DOCUMENT_KIND)
        ):
            if att_id not in linked and att_id not in ids:
                ids.append(att_id)
        return ids

    # --- recording -----------------------------------------------------------------------
    def add_evidence(
        self, actor: Actor, ref: str, new: NewEvidence, *, expected_version: int | None = None
    ) -> int:
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            cipher = self.keys.cipher(session, case)
            if new.attachment_id is not None:
                att = session.get(Attachment, new.attachment_id)
                if att is None or att.case_id != case.id:
                    raise ValidationFailed(
                        {"attachment": translate("Lifecycle", "That file is not part of this case.")}
                    )
            stamp = now()
            row = EvidenceItem(
                case_id=case.id,
                type=new.type.value,
                holder=new.holder.value,
                issued_on=new.issued_on,
                expires_on=new.expires_on,
                masking_confirmed=new.masking_confirmed,
                attachment_id=new.attachment_id,
                recorded_by=actor.username,
                recorded_at=stamp,
                note=seal_text(cipher, new.note, EVIDENCE_PURPOSE),
            )
            session.add(row)
            session.flush()
            add_event(
                session, case, actor, "evidence", f"Identity evidence recorded: {new.type.label}", at=stamp
            )
            audit.record(
                session,
                actor,
                "verification.evidence",
                case.ref,
                {"type": new.type.value, "holder": new.holder.value},
                at=stamp,
            )
            return row.id

    def confirm_masking(
        self,
        actor: Actor,
        ref: str,
        evidence_id: int,
        confirmed: bool = True,
        *,
        expected_version: int | None = None,
    ) -> None:
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            row = self._evidence(session, case, evidence_id)
            row.masking_confirmed = confirmed
            add_event(
                session,
                case,
                actor,
                "evidence_masking",
                "Masking of an ID copy confirmed" if confirmed else "Masking of an ID copy unconfirmed",
            )
            audit.record(
                session, actor, "verification.masking", case.ref, {"evidence": row.id, "confirmed": confirmed}
            )

    def remove_evidence(
        self, actor: Actor, ref: str, evidence_id: int, *, expected_version: int | None = None
    ) -> None:
        """Remove a line recorded by mistake (the copy, if any, stays an attachment)."""
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            row = self._evidence(session, case, evidence_id)
            session.delete(row)
            add_event(session, case, actor, "evidence_removed", "Identity evidence line removed")
            audit.record(session, actor, "verification.evidence_removed", case.ref, {"evidence": evidence_id})

    def set_checks(
        self, actor: Actor, ref: str, checks: Checks, *, expected_version: int | None = None
    ) -> None:
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            record = verification_record(session, case)
            stamp = now()
            if record is None:
                record = VerificationRecord(case_id=case.id, updated_by=actor.username, updated_at=stamp)
                session.add(record)
            record.name_matches = checks.name_matches
            record.address_matches = checks.address_matches
            record.email_matches_account = checks.email_matches_account
            record.updated_by, record.updated_at = actor.username, stamp
            # On the timeline too, so that a colleague's stale save can be told who ticked what.
            add_event(session, case, actor, "verification_checks", "Identity checks saved", at=stamp)
            audit.record(
                session,
                actor,
                "verification.checks",
                case.ref,
                {
                    "name_matches": checks.name_matches,
                    "address_matches": checks.address_matches,
                    "account_matches": checks.email_matches_account,
                },
                at=stamp,
            )

    @staticmethod
    def _evidence(session: Session, case: Case, evidence_id: int) -> EvidenceItem:
        row = session.get(EvidenceItem, evidence_id)
        if row is None or row.case_id != case.id:
            raise NotFound(translate("Lifecycle", "That evidence line is not part of this case."))
        return row

    # --- deciding (lifecycle actions) ----------------------------------------------------
    def mark_verified(
        self, actor: Actor, ref: str, *, expected_version: int | None = None
    ) -> LifecycleStatus:
        return self.workflow.act(actor, ref, Action.VERIFY, expected_version=expected_version)

    def mark_failed(
        self, actor: Actor, ref: str, what_is_missing: str = "", *, expected_version: int | None = None
    ) -> LifecycleStatus:
        return self.workflow.act(
            actor,
            ref,
            Action.VERIFICATION_FAILED,
            ActionInput(reasons=what_is_missing),
            expected_version=expected_version,
        )

    # --- destroying ID copies ------------------------------------------------------------
    def delete_id_copies(self, actor: Actor, ref: str, *, expected_version: int | None = None) -> int:
        """Destroy the ID copies now: attachment, blob and chunk rows are deleted for real.

        With SQLite's secure_delete the freed pages are zeroed, and the WAL is checkpointed
        afterwards so no copy lingers there. The evidence lines keep that the document was
        checked, and when its copy was destroyed. Returns how many copies were destroyed.
        Allowed at any time: an unmasked My Number copy must go at once, verified or not.
        """
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            rows = evidence_rows(session, case)
            ids = self._copies(session, case, rows)
            if not ids:
                return 0
            stamp = now()
            for row in rows:
                if row.attachment_id in ids:
                    row.attachment_id = None
                    row.copy_deleted_at, row.copy_deleted_by = stamp, actor.username
            blob_ids = list(session.scalars(select(Attachment.blob_id).where(Attachment.id.in_(ids))))
            session.execute(delete(Attachment).where(Attachment.id.in_(ids)))
            session.execute(delete(BlobChunk).where(BlobChunk.blob_id.in_(blob_ids)))
            session.execute(delete(Blob).where(Blob.id.in_(blob_ids)))
            add_event(
                session, case, actor, "id_copies_deleted", f"ID copies destroyed ({len(ids)})", at=stamp
            )
            audit.record(
                session, actor, "verification.copies_deleted", case.ref, {"copies": len(ids)}, at=stamp
            )
        self.db.checkpoint()
        return len(ids)
