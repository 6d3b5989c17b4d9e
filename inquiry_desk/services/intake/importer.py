"""Import incoming files (email, fax, scan) into cases.

One file is one write transaction: the duplicate check, the new case (or the message
joining an existing case), its blobs, timeline event and audit row are committed
together or not at all, so a crash mid-way leaves the whole case or nothing.

Nothing is written to disk except the database: payloads stream from the parser's
spooled blobs (anonymous temp files) into `write_blob` in 1 MiB chunks, and file
names from the mail are sealed data that are never used as paths.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseState, Channel, Jurisdiction, Language
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.suggested import ordered
from inquiry_desk.intake import ParsedInquiry, UnreadableInput, parse_bytes, parse_file
from inquiry_desk.intake.model import Attachment as ParsedAttachment
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.intake.returned_forms import RETURNED_FORM_EVENT, live_case, returned_form
from inquiry_desk.store.blobs import write_blob
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Attachment, Case, Message

log = logging.getLogger(__name__)

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
_CHANNEL_WORD = {Channel.EMAIL: "email", Channel.FAX: "fax", Channel.MAIL: "scan"}


class ImportStatus(StrEnum):
    CREATED = "created"
    ATTACHED = "attached"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file. `file` is what the caller named (a path or a label)."""

    file: str
    status: ImportStatus
    ref: str | None = None
    warnings: list[str] = field(default_factory=list)
    reason: str = ""

    @property
    def imported(self) -> bool:
        """The file's content is in the database (now or from before): it may be moved away."""
        return self.status is not ImportStatus.REFUSED

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status.value,
            "ref": self.ref,
            "warnings": list(self.warnings),
            "reason": self.reason,
        }


# A test hook: called with a stage name inside the transaction (to inject a failure or a kill).
FaultHook = Callable[[str], None]
# Called inside the import's transaction with the reference of the case the file went to
# (created, attached to or found as a duplicate of): the watched folder and the mailbox
# record there where they leave the original (services/intake/originals.py).
StoredHook = Callable[[Session, str], None]


class ImportService:
    def __init__(self, app: App, *, fault: FaultHook | None = None) -> None:
        self.app = app
        self._fault = fault

    # --- entry points ----------------------------------------------------------------
    def import_path(self, actor: Actor, path: Path | str) -> list[ImportResult]:
        """A file, or a folder's files (not its subfolders), in name order."""
        actor.require(Permission.IMPORT)
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            return [self.import_file(actor, p) for p in files]
        return [self.import_file(actor, path)]

    def import_file(
        self, actor: Actor, path: Path | str, *, on_stored: StoredHook | None = None
    ) -> ImportResult:
        actor.require(Permission.IMPORT)
        label = str(path)
        try:
            parsed = parse_file(path)
        except UnreadableInput as exc:
            return ImportResult(label, ImportStatus.REFUSED, reason=exc.reason)
        return self._import_parsed(actor, parsed, label, on_stored)

    def import_bytes(
        self, actor: Actor, data: bytes, name: str, *, on_stored: StoredHook | None = None
    ) -> ImportResult:
        actor.require(Permission.IMPORT)
        try:
            parsed = parse_bytes(data, name)
        except UnreadableInput as exc:
            return ImportResult(name, ImportStatus.REFUSED, reason=exc.reason)
        return self._import_parsed(actor, parsed, name, on_stored)

    # --- one file --------------------------------------------------------------------
    def _import_parsed(
        self, actor: Actor, parsed: ParsedInquiry, label: str, on_stored: StoredHook | None = None
    ) -> ImportResult:
        with parsed:
            with self.app.db.write() as session:
                result = self._store(session, actor, parsed, label)
                if on_stored is not None and result.ref is not None:
                    on_stored(session, result.ref)
            if result.status in (ImportStatus.CREATED, ImportStatus.ATTACHED):
                self.app.register.invalidate()
            return result

    def _store(self, session: Session, actor: Actor, parsed: ParsedInquiry, label: str) -> ImportResult:
        keys = self.app.keys
        id_mac = keys.mac(parsed.message_id.strip()) if parsed.message_id else None
        source_mac = keys.mac(parsed.raw.sha256)
        existing = self._find_duplicate(session, id_mac, source_mac)
        if existing is not None:
            return ImportResult(
                label,
                ImportStatus.DUPLICATE,
                ref=existing,
                reason=translate("Intake", "This message was imported before."),
            )
        warnings = list(parsed.warnings)
        form = returned_form(session, parsed.form_references)
        if form.case is not None:
            mentioned = (parsed.reference or "").upper()
            if mentioned and mentioned != form.case.ref:
                # The code decides (it is exact; recognised text is not), but staff should know.
                warnings.append(
                    translate(
                        "Intake",
                        "The QR code names case {ref} and the text mentions {other}: it was filed "
                        "into {ref}; check that it belongs there.",
                    ).format(ref=form.case.ref, other=mentioned)
                )
            self._attach(session, actor, form.case, parsed, warnings, id_mac, source_mac, returned_form=True)
            return ImportResult(label, ImportStatus.ATTACHED, ref=form.case.ref, warnings=warnings)
        warnings.extend(form.notes)
        if parsed.reference and parsed.reference.upper() not in form.refused:
            target = session.scalar(select(Case).where(Case.ref == parsed.reference.upper()))
            if live_case(target):
                self._attach(session, actor, target, parsed, warnings, id_mac, source_mac)
                return ImportResult(label, ImportStatus.ATTACHED, ref=target.ref, warnings=warnings)
            warnings.append(
                translate("Intake", "The message refers to unknown case {ref}.").format(ref=parsed.reference)
            )
        ref = self._create(session, actor, parsed, warnings, id_mac, source_mac)
        return ImportResult(label, ImportStatus.CREATED, ref=ref, warnings=warnings)

    @staticmethod
    def _find_duplicate(session: Session, id_mac: str | None, source_mac: str) -> str | None:
        cond = Message.source_mac == source_mac
        if id_mac is not None:
            cond = or_(cond, Message.message_id_mac == id_mac)
        # On the connection, not through the ORM: nothing of this file is pending yet (the
        # check comes first), so the ORM's autoflush and result machinery would be pure cost.
        row = (
            session.connection()
            .execute(select(Case.ref).join(Message, Message.case_id == Case.id).where(cond).limit(1))
            .first()
        )
        return None if row is None else str(row[0])

    def _create(
        self,
        session: Session,
        actor: Actor,
        parsed: ParsedInquiry,
        warnings: list[str],
        id_mac: str | None,
        source_mac: str,
    ) -> str:
        today = self.app.cases.today()
        received, at = self._when(parsed, today, warnings)
        stamp = datetime.now().replace(microsecond=0)
        sug = parsed.suggestions
        text = f"{parsed.subject}\n{parsed.body}"
        language = sug.language or (Language.JA if _JAPANESE.search(text) else Language.EN)
        jurisdiction = sug.jurisdiction
        if jurisdiction is None:
            # APPI applies to every request this company receives; GDPR only when the text says so.
            jurisdiction = Jurisdiction.JP
            warnings.append(
                translate("Intake", "The jurisdiction could not be recognised: JP was assumed; check it.")
            )
        applicant = sug.applicant if sug.applicant is not None else PartyData()
        new = NewCase(
            received=received,
            channel=parsed.channel,
            kind=sug.kind,
            request_types=list(sug.request_types),
            jurisdiction=jurisdiction,
            language=language,
            applicant=applicant,
            representative=sug.representative,
            # What was read from the text stays marked on the case until staff confirm it.
            suggested=ordered(sug.guessed),
        )

        def extra(s: Session, case: Case, cipher: CaseCipher) -> dict[str, Any]:
            count = self._write_message(s, case, cipher, parsed, warnings, id_mac, source_mac, at)
            word = _CHANNEL_WORD.get(parsed.channel, parsed.channel.value)
            add_event(
                s,
                case,
                actor,
                "imported",
                f"Imported from {word} ({count} attachments, {len(warnings)} warnings)",
                at=stamp,
            )
            details = self._audit_details(parsed, ImportStatus.CREATED, count, len(warnings))
            return details | {"suggested": list(new.suggested)}  # field names, never values

        # Validation is skipped on purpose: an imported case may lack a name or address
        # (a fax, a scan) and staff complete it; the warnings say what to check.
        # One audit row, `case.import` with status "created" and the case's kind, stands
        # for both the creation and the import (it used to be two rows per file).
        return self.app.cases.create(
            actor,
            new,
            session=session,
            extra=extra,
            validate=False,
            now=stamp,
            audit_action="case.import",
            warnings=len(warnings),
        )

    def _attach(
        self,
        session: Session,
        actor: Actor,
        case: Case,
        parsed: ParsedInquiry,
        warnings: list[str],
        id_mac: str | None,
        source_mac: str,
        *,
        returned_form: bool = False,
    ) -> None:
        cipher = self.app.keys.cipher(session, case)
        now = datetime.now().replace(microsecond=0)
        arrived, at = self._when(parsed, self.app.cases.today(), [])
        count = self._write_message(session, case, cipher, parsed, warnings, id_mac, source_mac, at)
        case.warnings = (case.warnings or 0) + len(warnings)
        case.updated_at = now
        word = _CHANNEL_WORD.get(parsed.channel, parsed.channel.value)
        if returned_form:
            # The form this department sent came back: the QR code of its own pages says so.
            action, what = RETURNED_FORM_EVENT, "Returned form received by QR code"
        else:
            action, what = "reply_imported", "Reply imported"
        add_event(
            session,
            case,
            actor,
            action,
            f"{what} from {word} ({count} attachments, {len(warnings)} warnings)",
            at=now,
        )
        if case.state == CaseState.AWAITING_APPLICANT.value:
            self._resume(session, actor, case, arrived)
        audit.record(
            session,
            actor,
            "case.import",
            case.ref,
            self._audit_details(parsed, ImportStatus.ATTACHED, count, len(warnings))
            | ({"filed_by": "form_qr"} if returned_form else {}),
        )

    def _write_message(
        self,
        session: Session,
        case: Case,
        cipher: CaseCipher,
        parsed: ParsedInquiry,
        warnings: list[str],
        id_mac: str | None,
        source_mac: str,
        at: datetime,
    ) -> int:
        self._check("message")
        raw_blob_id: int | None = None
        if parsed.channel is Channel.EMAIL or parsed.source_kind.value in ("eml", "msg"):
            # The raw email is kept so staff can see it as it arrived; a fax or scan given
            # directly is its own document attachment, so it is not stored twice.
            raw_blob_id = write_blob(session, case.id, cipher, parsed.raw.open()).id
        sender = (
            f"{parsed.from_name} <{parsed.from_address}>"
            if parsed.from_name and parsed.from_address
            else parsed.from_address or parsed.from_name
        )
        payload = {
            "subject": parsed.subject,
            "from": sender,
            "headers": [list(h) for h in parsed.headers],
            "body": parsed.body,
            "warnings": warnings,
            "source": parsed.source_kind.value,
        }
        message = Message(
            case_id=case.id,
            direction="in",
            channel=parsed.channel.value,
            at=at,
            message_id_mac=id_mac,
            source_mac=source_mac,
            payload=cipher.seal_json(payload, "message"),
            raw_blob_id=raw_blob_id,
        )
        session.add(message)
        if parsed.attachments:
            # The attachment rows need the message's id: one flush, not one per row. A
            # message without attachments goes out with the commit's flush.
            session.flush()
        for attachment in parsed.attachments:
            self._check("attachment")
            self._write_attachment(session, case, cipher, message, attachment, at)
        self._check("written")
        return len(parsed.attachments)

    @staticmethod
    def _write_attachment(
        session: Session,
        case: Case,
        cipher: CaseCipher,
        message: Message,
        att: ParsedAttachment,
        at: datetime,
    ) -> None:
        # A file object, not bytes: a 25 MB scan streams from its spool in 1 MiB chunks.
        blob = write_blob(session, case.id, cipher, att.blob.open())
        # An enclosed image may well be an ID copy, but only staff can tell: "document" it is.
        kind = "letter" if att.is_document else "document"
        session.add(
            Attachment(
                case_id=case.id,
                message_id=message.id,
                blob_id=blob.id,
                kind=kind,
                content_type=att.content_type[:100],
                size=blob.size,
                pages=att.pages,
                added_at=at,
                payload=cipher.seal_json({"filename": att.filename}, "attachment"),
            )
        )

    @staticmethod
    def _when(parsed: ParsedInquiry, today: date, warnings: list[str]) -> tuple[date, datetime]:
        now = datetime.now().replace(microsecond=0)
        if parsed.date is None:
            return today, now
        local = parsed.date.astimezone() if parsed.date.tzinfo else parsed.date
        local = local.replace(tzinfo=None, microsecond=0)
        if local.date() > today:
            warnings.append(
                translate("Intake", "The message is dated in the future: today was used as the receipt date.")
            )
            return today, now
        return local.date(), local

    def _resume(self, session: Session, actor: Actor, case: Case, arrived: date) -> None:
        """The applicant answered: end the pause through the lifecycle (clock ledger, due date,
        audit), in this same transaction. If the lifecycle refuses, the reply is still kept
        and the timeline tells staff to resume by hand."""
        # Imported here: the workflow service imports the case services this module builds on.
        from inquiry_desk.services.lifecycle.actions import ActionInput, ActionRefused
        from inquiry_desk.services.lifecycle.workflow import WorkflowService

        on = min(max(arrived, case.received), self.app.cases.today())
        try:
            workflow = WorkflowService(self.app.db, self.app.keys, self.app.cases.today)
            workflow.perform(session, case, actor, Action.APPLICANT_ANSWERED, ActionInput(on=on))
        except (ActionRefused, ValidationFailed):
            add_event(session, case, actor, "note", "The applicant's reply arrived; resume the case by hand")

    @staticmethod
    def _audit_details(
        parsed: ParsedInquiry, status: ImportStatus, attachments: int, warnings: int
    ) -> dict[str, Any]:
        # Counts and kinds only: no file names, addresses or subjects.
        return {
            "status": status.value,
            "channel": parsed.channel.value,
            "source": parsed.source_kind.value,
            "attachments": attachments,
            "warnings": warnings,
        }

    def _check(self, stage: str) -> None:
        if self._fault is not None:
            self._fault(stage)
