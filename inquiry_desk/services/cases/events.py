"""The case timeline: one event per thing that happened, written inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from inquiry_desk.services.actors import Actor
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Case, Event


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
