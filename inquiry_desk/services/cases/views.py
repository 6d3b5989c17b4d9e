"""Plain data the services hand to the GUI and the CLI: no ORM objects escape."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    RequestType,
)
from inquiry_desk.domain.parties import PartyData


@dataclass
class NewAttachment:
    filename: str
    content_type: str
    data: bytes
    kind: str = "document"  # document / id_document / letter / source
    pages: int | None = None


@dataclass
class NewCase:
    received: date
    channel: Channel
    kind: CaseKind
    request_types: list[RequestType]
    jurisdiction: Jurisdiction
    language: Language
    applicant: PartyData
    representative: PartyData | None = None
    note: str = ""
    attachments: list[NewAttachment] = field(default_factory=list)
    assignee_id: int | None = None
    # The fields the importer only guessed (domain/suggested.py); none for a case typed in.
    suggested: tuple[str, ...] = ()


@dataclass(frozen=True)
class MessageView:
    id: int
    direction: str
    channel: str
    at: datetime
    subject: str
    sender: str
    body: str
    headers: list[tuple[str, str]]
    warnings: list[str]


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    content_type: str
    size: int
    pages: int | None
    kind: str
    added_at: datetime


@dataclass(frozen=True)
class NoteView:
    id: int
    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class EventView:
    id: int
    at: datetime
    actor: str
    action: str
    summary: str
    detail: str


@dataclass
class CaseDetail:
    id: int
    ref: str
    kind: CaseKind
    channel: Channel
    state: CaseState
    received: date
    due: date | None
    jurisdiction: Jurisdiction
    language: Language
    request_types: list[RequestType]
    assignee: str | None
    outcome: str | None
    deadline_met: bool | None
    legal_hold: bool
    warnings: int
    created_at: datetime
    closed_at: datetime | None
    purged_at: datetime | None
    applicant: PartyData | None
    representative: PartyData | None
    messages: list[MessageView]
    attachments: list[AttachmentView]
    notes: list[NoteView]
    events: list[EventView]
    # What a change from this view must quote (optimistic locking, store/versioning.py).
    version: int = 1
    answer_medium: AnswerMedium | None = None
    answer_format: AnswerFormat | None = None
    # Each request type's outcome, as stored (domain.outcomes.encode), and a refusal's ground.
    type_outcomes: str | None = None
    refusal_category: str | None = None
    # The fields the importer only guessed, still to be confirmed (domain/suggested.py).
    suggested: tuple[str, ...] = ()
    merged_into: str | None = None  # the case kept, when this one was merged into it

    @property
    def applicant_name(self) -> str:
        return self.applicant.name if self.applicant else ""

    def to_json(self) -> dict[str, Any]:
        def party(p: PartyData | None) -> dict[str, Any] | None:
            if p is None:
                return None
            return {
                "name": p.name,
                "name_kana": p.name_kana,
                "email": p.email,
                "phone": p.phone,
                "fax": p.fax,
                "postal_code": p.postal_code,
                "address": p.address,
                "country": p.country,
                "customer_number": p.customer_number,
                "representative_kind": p.representative_kind.value if p.representative_kind else None,
            }

        return {
            "ref": self.ref,
            "version": self.version,
            "state": self.state.value,
            "kind": self.kind.value,
            "channel": self.channel.value,
            "received": self.received.isoformat(),
            "due": self.due.isoformat() if self.due else None,
            "request_types": [t.value for t in self.request_types],
            "language": self.language.value,
            "jurisdiction": self.jurisdiction.value,
            "answer_medium": self.answer_medium.value if self.answer_medium else None,
            "answer_format": self.answer_format.value if self.answer_format else None,
            "assignee": self.assignee,
            "outcome": self.outcome,
            "merged_into": self.merged_into,
            "deadline_met": self.deadline_met,
            "legal_hold": self.legal_hold,
            "warnings": self.warnings,
            "suggested": list(self.suggested),
            "purged_at": self.purged_at.isoformat() if self.purged_at else None,
            "applicant": party(self.applicant),
            "representative": party(self.representative),
            "messages": [
                {
                    "direction": m.direction,
                    "channel": m.channel,
                    "at": m.at.isoformat(),
                    "subject": m.subject,
                    "from": m.sender,
                    "body": m.body,
                    "warnings": m.warnings,
                }
                for m in self.messages
            ],
            "attachments": [
                {
                    "id": a.id,
                    "filename": a.filename,
                    "content_type": a.content_type,
                    "size": a.size,
                    "pages": a.pages,
                    "kind": a.kind,
                }
                for a in self.attachments
            ],
            "notes": [{"at": n.at.isoformat(), "author": n.author, "text": n.text} for n in self.notes],
            "events": [
                {
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "summary": e.summary,
                    "detail": e.detail,
                }
                for e in self.events
            ],
        }


def encode_types(types: list[RequestType]) -> str:
    return "," + ",".join(sorted({t.value for t in types})) + ("," if types else "")


def decode_types(text: str) -> list[RequestType]:
    return [RequestType(v) for v in text.strip(",").split(",") if v]
