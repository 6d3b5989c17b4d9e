"""The text staff draft for a response letter, and whether the letter may go out yet.

The drafted paragraph and the list of what is enclosed are the case's personal data (they
describe the applicant's data): they are kept on the case timeline as an event whose detail is
sealed with the case key, so the purge erases them with the rest of the timeline's details. The
latest such event is the draft the letter prints.

A response prints as a draft (下書き / DRAFT on every page) until the lifecycle would let it be
sent: identity verified and, where the approval rules say so, the manager's approval given.
A draft print is recorded as a draft, never as the letter sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import now
from inquiry_desk.services.cases.views import EventView
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Case

DRAFT_ACTION = "response_draft"
MAX_TEXT = 4000
MAX_ENCLOSURES = 20
MAX_ENCLOSURE = 200


@dataclass(frozen=True)
class ResponseDraft:
    text: str = ""
    enclosures: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "enclosures": list(self.enclosures)}, ensure_ascii=False)


def checked(text: str, enclosures: list[str]) -> ResponseDraft:
    """The draft as it will be kept, or ValidationFailed naming what is too long."""
    text = text.strip()
    items = tuple(e.strip() for e in enclosures if e.strip())
    errors: dict[str, str] = {}
    if len(text) > MAX_TEXT:
        errors["text"] = translate(
            "ResponseDraft", "The letter's text is limited to {count} characters."
        ).format(count=MAX_TEXT)
    if len(items) > MAX_ENCLOSURES or any(len(e) > MAX_ENCLOSURE for e in items):
        errors["enclosures"] = translate(
            "ResponseDraft", "List at most {count} enclosures of at most {length} characters each."
        ).format(count=MAX_ENCLOSURES, length=MAX_ENCLOSURE)
    if errors:
        raise ValidationFailed(errors)
    return ResponseDraft(text, items)


def latest(events: list[EventView]) -> ResponseDraft:
    """The last draft on the timeline (its detail already opened), or an empty one."""
    for event in reversed(events):
        if event.action != DRAFT_ACTION or not event.detail:
            continue
        try:
            data = json.loads(event.detail)
        except ValueError:
            return ResponseDraft()
        if isinstance(data, dict):
            raw = data.get("enclosures", [])
            return ResponseDraft(
                str(data.get("text", "")), tuple(str(e) for e in raw) if isinstance(raw, list) else ()
            )
    return ResponseDraft()


def save(session: Session, case: Case, cipher: CaseCipher, actor: Actor, draft: ResponseDraft) -> None:
    """The draft on the timeline, sealed; the audit log says how much, never what."""
    stamp = now()
    add_event(session, case, actor, DRAFT_ACTION, "Response text drafted", cipher, draft.to_json(), at=stamp)
    case.updated_at = stamp
    details = {"document": "response", "chars": len(draft.text), "enclosures": len(draft.enclosures)}
    audit.record(session, actor, "document.draft_text", case.ref, details, at=stamp)


def record_draft_output(
    session: Session,
    case: Case,
    actor: Actor,
    document: str,
    language: Language,
    pages: int,
    kind: Literal["print", "export"],
    where: str,
) -> None:
    """A draft printed or saved: on the timeline as ``print-draft:`` / ``export-draft:``, which
    no "already sent?" query counts, and audited as a draft."""
    stamp = now()
    verb = "Printed" if kind == "print" else "Exported"
    plural = "page" if pages == 1 else "pages"
    summary = f"{verb} a draft of {document} ({language.value}, {pages} {plural}); not sent"
    add_event(session, case, actor, f"{kind}-draft:{document}", summary, at=stamp)
    details = {"document": document, "language": language.value, "pages": pages, "destination": where}
    audit.record(session, actor, f"document.draft_{kind}", case.ref, details, at=stamp)
