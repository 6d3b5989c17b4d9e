"""What is due: which cases need a batch document now, read from the timeline's outputs.

An output is a timeline event whose action is ``<kind>:<document>`` (print, export, email), so
"already sent?" is a query; a case counts as served once the document has gone out for it
after the event that made it due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain.deadlines import ClockEventKind
from inquiry_desk.domain.enums import CaseState, Language
from inquiry_desk.domain.errors import NotFound
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.store.models import Case, Event

OutputKind = Literal["print", "export", "email"]

# Documents that a batch can find work for, and the rule that says a case needs one (see
# ``due_for``).
BATCH_DOCUMENTS = ("acknowledgement", "missing-documents", "extension-notice", "response")


@dataclass(frozen=True)
class DueForLetter:
    """A case that needs a document; register facts only, nothing personal."""

    ref: str
    received: date
    state: CaseState
    language: Language


def event_action(kind: OutputKind, document: str) -> str:
    """The timeline action of an output: machine-readable, so "already sent?" is a query."""
    return f"{kind}:{document}"


def _output_actions(document: str) -> tuple[str, str, str]:
    return event_action("print", document), event_action("export", document), event_action("email", document)


def due_for(session: Session, document: str) -> list[DueForLetter]:
    """Cases that need ``document`` now, oldest first.

    The rules are deliberately plain; a case counts as served once the document has been
    printed or exported for it (a timeline event), after the event that made it due:

    * acknowledgement — open cases never acknowledged;
    * missing-documents — cases awaiting the applicant, not sent since they were asked;
    * extension-notice — open cases whose deadline was extended, not sent since;
    * response — responded or refused cases, not sent since the decision.

    Other documents are made one at a time and have no batch rule: the list is empty.
    """
    if document not in BATCH_DOCUMENTS:
        return []
    open_states = [s.value for s in CaseState if s.is_open]
    states = {
        "acknowledgement": open_states,
        "missing-documents": [CaseState.AWAITING_APPLICANT.value],
        "extension-notice": open_states,
        "response": [CaseState.RESPONDED.value, CaseState.REFUSED.value],
    }[document]
    triggers: set[str] = {
        "missing-documents": {Action.REQUEST_FROM_APPLICANT.value},
        "response": {Action.RESPOND.value, Action.REFUSE.value},
    }.get(document, set())
    outputs = set(_output_actions(document))
    cases = list(session.scalars(select(Case).where(Case.state.in_(states)).order_by(Case.received, Case.id)))
    if not cases:
        return []
    ids = [c.id for c in cases]
    rows = session.execute(
        select(Event.case_id, Event.id, Event.action)
        .where(Event.case_id.in_(ids), Event.action.in_(outputs | triggers))
        .order_by(Event.id)
    ).all()
    last_trigger: dict[int, int] = {}
    last_output: dict[int, int] = {}
    for case_id, event_id, action in rows:
        (last_output if action in outputs else last_trigger)[case_id] = event_id
    extended = _extended_since(session, ids) if document == "extension-notice" else {}
    due = []
    for case in cases:
        sent = last_output.get(case.id)
        if document == "extension-notice":
            # The extension is a clock entry, not an event: compare by time recorded.
            needed = case.id in extended and (sent is None or _event_at(session, sent) < extended[case.id])
        elif triggers:
            trigger = last_trigger.get(case.id)
            needed = trigger is not None and (sent is None or sent < trigger)
        else:
            needed = sent is None
        if needed:
            due.append(DueForLetter(case.ref, case.received, CaseState(case.state), Language(case.language)))
    return due


def _extended_since(session: Session, ids: list[int]) -> dict[int, Any]:
    from inquiry_desk.store.lifecycle_models import ClockLedgerEntry

    latest: dict[int, Any] = {}
    for case_id, recorded_at in session.execute(
        select(ClockLedgerEntry.case_id, ClockLedgerEntry.recorded_at).where(
            ClockLedgerEntry.case_id.in_(ids), ClockLedgerEntry.kind == ClockEventKind.EXTENSION.value
        )
    ):
        if case_id not in latest or recorded_at > latest[case_id]:
            latest[case_id] = recorded_at
    return latest


def _event_at(session: Session, event_id: int) -> Any:
    event = session.get(Event, event_id)
    if event is None:  # pragma: no cover - read in the same transaction
        raise NotFound("timeline event vanished")
    return event.at
