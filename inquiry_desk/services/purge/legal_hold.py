"""Legal hold: a manager keeps a finished case from the purge, and says why.

The reason may name people or proceedings, so it is sealed on the case's timeline under
the case key; the audit log records only that the hold was placed or lifted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.versioning import check_version
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case


def set_legal_hold(
    db: Database,
    keys: KeyService,
    actor: Actor,
    ref: str,
    on: bool,
    reason: str,
    now: datetime,
    *,
    expected_version: int | None = None,
) -> None:
    """Place (`on`) or lift the hold on case `ref`; the caller tells the register."""
    actor.require(Permission.LEGAL_HOLD)
    if not reason.strip():
        raise ValidationFailed({"reason": translate("Purge", "Say why the hold is placed or lifted.")})
    with db.write() as session:
        case = session.scalar(select(Case).where(Case.ref == ref.strip().upper()))
        if case is None:
            raise NotFound(translate("Purge", "There is no case {ref}.").format(ref=ref))
        check_version(session, case, expected_version)
        if case.state == CaseState.PURGED.value:
            raise UserError(
                translate("Purge", "The case has been purged; only its anonymous register entry remains.")
            )
        if case.legal_hold == on:
            raise UserError(
                (
                    translate("Purge", "{ref} is already under legal hold.")
                    if on
                    else translate("Purge", "{ref} is already not under legal hold.")
                ).format(ref=case.ref)
            )
        cipher = keys.cipher(session, case)
        case.legal_hold = on
        case.updated_at = now
        # The reason may name people or proceedings: it is sealed on the timeline only.
        add_event(
            session,
            case,
            actor,
            "legal_hold" if on else "legal_hold_lifted",
            "Legal hold placed" if on else "Legal hold lifted",
            cipher,
            reason.strip(),
            at=now,
        )
        audit.record(session, actor, "case.legal_hold", case.ref, {"on": on}, at=now)
