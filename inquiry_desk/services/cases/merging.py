"""Filing a second case into the right one: a reply or returned form that made a case of its own.

`merge` moves the messages, attachments (with their stored files) and notes of FROM into
INTO in one write transaction, each re-sealed under INTO's case key: a ciphertext is bound
to its case (store/crypto.py), so moving rows without re-sealing would leave them unreadable
in INTO and readable only under FROM's key, which is about to be destroyed. The intake
originals (the watched folder's copy, the archived mail) follow the messages, so that they
are erased with INTO. FROM is then closed with a "merged into" entry on its timeline and the outcome "merged"
into INTO's reference (not an answer: the monthly report counts it apart).

Once that is committed, FROM's remaining personal data (its parties, its key, whatever
lifecycle records it had) is erased at once by the purge service's own erasure of one case,
with its erasure check — the caller injects it (`Eraser`), so that this module does not
depend on the purge. Should the process stop in between, FROM is a closed case that the
scheduled purge erases after its grace period like any other, and nothing is lost: what was
moved is committed in INTO.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseState, Outcome
from inquiry_desk.domain.errors import NotFound, UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.domain.lifecycle import OPEN_STATES
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.versioning import check_version
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Attachment, Blob, BlobChunk, Case, IntakeOriginal, Message, Note

# The timeline actions of a merge (events.action); FROM's tells the purge it may erase it.
MERGED_INTO = "merged_into"
MERGED_FROM = "merged_from"


class ErasureReceipt(Protocol):
    """What the merge reports of FROM's erasure (services/purge/receipts.PurgeReceipt is one)."""

    @property
    def passed(self) -> bool: ...

    @property
    def keys_destroyed(self) -> int: ...


Eraser = Callable[[Actor, str], ErasureReceipt]


@dataclass(frozen=True)
class MergeResult:
    from_ref: str
    into_ref: str
    messages: int
    attachments: int
    notes: int
    into_version: int
    erased: bool  # FROM's personal data erased and the erasure check passed
    key_destroyed: bool


def _reseal_blob(session: Session, blob_id: int, old: CaseCipher, new: CaseCipher) -> None:
    """Re-seal a stored file chunk by chunk (at most one 1 MiB chunk in memory)."""
    conn = session.connection()
    seqs = list(conn.scalars(select(BlobChunk.seq).where(BlobChunk.blob_id == blob_id)))
    for seq in seqs:
        purpose = f"blob:{blob_id}:{seq}"  # as store/blobs.py binds each chunk
        data = conn.scalar(select(BlobChunk.data).where(BlobChunk.blob_id == blob_id, BlobChunk.seq == seq))
        assert data is not None
        conn.execute(
            update(BlobChunk)
            .where(BlobChunk.blob_id == blob_id, BlobChunk.seq == seq)
            .values(data=new.seal(old.open(data, purpose), purpose))
        )


class CaseMergeService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        erase: Eraser,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self._erase = erase
        self._on_change = on_change

    def merge(
        self,
        actor: Actor,
        from_ref: str,
        into_ref: str,
        *,
        from_version: int | None = None,
        into_version: int | None = None,
    ) -> MergeResult:
        # Filing correspondence into its case is staff's everyday work, as editing a case is.
        actor.require(Permission.EDIT_CASE)
        from_ref, into_ref = from_ref.strip().upper(), into_ref.strip().upper()
        if from_ref == into_ref:
            raise UserError(translate("CaseMerge", "A case cannot be merged into itself."))
        with self.db.write() as session:
            src = self._load(session, from_ref, from_version)
            dst = self._load(session, into_ref, into_version)
            self._refuse(src, dst)
            old = self.keys.cipher(session, src)
            new = self.keys.cipher(session, dst)
            now = datetime.now().replace(microsecond=0)
            counts = self._move(session, src, dst, old, new)
            add_event(session, dst, actor, MERGED_FROM, f"Merged from {src.ref}", at=now)
            add_event(session, src, actor, MERGED_INTO, f"Merged into {dst.ref}", at=now)
            src.state = CaseState.CLOSED.value
            src.closed_at = now
            # A duplicate, not a request answered: the register and the report say so.
            src.outcome, src.merged_into = Outcome.MERGED.value, dst.ref
            src.type_outcomes = src.refusal_category = None
            src.deadline_met = None
            src.updated_at = dst.updated_at = now
            # References and counts only: the audit log never holds personal values.
            details = {"from": src.ref, "into": dst.ref, **counts}
            audit.record(session, actor, "case.merge", dst.ref, details, at=now)
            audit.record(session, actor, "case.merged_into", src.ref, details, at=now)
            session.flush()
            version = dst.version
        try:
            receipt: ErasureReceipt | None = self._erase(actor, from_ref)
        except UserError:
            # The merge is committed and must be reported as done; FROM, closed, is then erased
            # by the scheduled purge after its grace period, as any closed case is.
            receipt = None
        if self._on_change:
            self._on_change()
        return MergeResult(
            from_ref,
            into_ref,
            counts["messages"],
            counts["attachments"],
            counts["notes"],
            version,
            receipt is not None and receipt.passed,
            receipt is not None and receipt.keys_destroyed > 0,
        )

    @staticmethod
    def _load(session: Session, ref: str, expected: int | None) -> Case:
        case = session.scalar(select(Case).where(Case.ref == ref))
        if case is None:
            raise NotFound(translate("CaseMerge", "There is no case {ref}.").format(ref=ref))
        check_version(session, case, expected)
        return case

    @staticmethod
    def _refuse(src: Case, dst: Case) -> None:
        if src.legal_hold:
            # Merging erases FROM at once, which a hold forbids.
            raise UserError(
                translate("CaseMerge", "{ref} is under legal hold: it cannot be merged and erased.").format(
                    ref=src.ref
                )
            )
        if CaseState(src.state) not in OPEN_STATES:
            raise UserError(
                translate(
                    "CaseMerge",
                    "{ref} is no longer open ({state}): only an open case can be merged into another.",
                ).format(ref=src.ref, state=label_of(CaseState(src.state)))
            )
        if dst.state == CaseState.PURGED.value:
            raise UserError(
                translate(
                    "CaseMerge", "{ref} has been purged: only its anonymous register entry remains."
                ).format(ref=dst.ref)
            )
        if dst.state == CaseState.CLOSED.value:
            raise UserError(
                translate("CaseMerge", "{ref} is closed: reopen it first to file anything into it.").format(
                    ref=dst.ref
                )
            )

    @staticmethod
    def _move(session: Session, src: Case, dst: Case, old: CaseCipher, new: CaseCipher) -> dict[str, int]:
        messages = list(session.scalars(select(Message).where(Message.case_id == src.id)))
        attachments = list(session.scalars(select(Attachment).where(Attachment.case_id == src.id)))
        notes = list(session.scalars(select(Note).where(Note.case_id == src.id)))
        blob_ids = {a.blob_id for a in attachments} | {m.raw_blob_id for m in messages if m.raw_blob_id}
        for m in messages:
            m.payload = new.seal(old.open(m.payload, "message"), "message")
            m.case_id = dst.id
        for a in attachments:
            a.payload = new.seal(old.open(a.payload, "attachment"), "attachment")
            a.case_id = dst.id
        for n in notes:
            n.payload = new.seal(old.open(n.payload, "note"), "note")
            n.case_id = dst.id
        session.flush()
        for blob_id in sorted(blob_ids):
            _reseal_blob(session, blob_id, old, new)
        conn = session.connection()
        if blob_ids:
            conn.execute(update(Blob).where(Blob.id.in_(blob_ids)).values(case_id=dst.id))
        # The originals outside the database go with their messages: erased when INTO is.
        conn.execute(update(IntakeOriginal).where(IntakeOriginal.case_id == src.id).values(case_id=dst.id))
        return {"messages": len(messages), "attachments": len(attachments), "notes": len(notes)}
