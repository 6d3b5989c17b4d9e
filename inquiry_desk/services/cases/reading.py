"""Reading a whole case back: every sealed record opened into the plain `CaseDetail`.

Runs inside the caller's unit of work; `CaseService.get` and `get_many` decide the
transaction and whether the opening is audited.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from inquiry_desk.domain import suggested
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
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.cases.damage import CASE_KEY, DamageLog
from inquiry_desk.services.cases.views import (
    AttachmentView,
    CaseDetail,
    EventView,
    MessageView,
    NoteView,
    decode_types,
)
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.models import Case, User


def whole_cases() -> Select[Case]:
    """A case with every record `case_detail` decrypts, loaded in one query per kind of record."""
    return select(Case).options(
        selectinload(Case.parties),
        selectinload(Case.messages),
        selectinload(Case.attachments),
        selectinload(Case.notes),
        selectinload(Case.events),
        selectinload(Case.key),
    )


def case_detail(session: Session, case: Case, keys: KeyService, damage: DamageLog) -> CaseDetail:
    """The whole case, decrypted; a record failing its integrity check raises `CaseDamaged`."""
    reading = damage.reading
    with reading(case.ref, CASE_KEY):
        cipher = keys.cipher(session, case) if case.key else None
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
        merged_into=case.merged_into,
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
        # Nothing is left to check once the personal data is erased.
        suggested=() if case.state == CaseState.PURGED.value else suggested.decode(case.suggested),
    )
