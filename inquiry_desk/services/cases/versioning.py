"""Refusing a change asked from a view of an older version of a case.

Every unit of work that changes a case bumps its version once (store/versioning.py).
A service that is told the version its caller saw (``expected_version``) compares it
here, inside its write transaction, and refuses with a message that says who changed
what meanwhile, read from the timeline events that version's changes left. Writers are
serialised (SQLite BEGIN IMMEDIATE, the PostgreSQL advisory lock), and the bump itself
is conditional on the version read, so two writers racing cannot both win.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain.edits import describe_event
from inquiry_desk.domain.errors import StaleCase
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.models import Case, Event, User

_MAX_LISTED = 5


def check_version(session: Session, case: Case, expected: int | None) -> None:
    """Raise `StaleCase` when ``expected`` is given and is not the case's version."""
    if expected is None or expected == case.version:
        return
    raise StaleCase(stale_message(session, case, expected), case.ref, case.version)


def stale_message(session: Session, case: Case, expected: int) -> str:
    events = list(
        session.scalars(
            select(Event).where(Event.case_id == case.id, Event.case_version > expected).order_by(Event.id)
        )
    )
    names = {u.username: u.display_name for u in session.scalars(select(User)) if u.display_name}
    lines = [
        translate("CaseService", "{who} — {what} ({at:%H:%M})").format(
            who=names.get(e.actor, e.actor), what=describe_event(e.action, e.summary), at=e.at
        )
        for e in events[-_MAX_LISTED:]
    ]
    if len(events) > _MAX_LISTED:
        lines.insert(
            0,
            translate("CaseService", "… and {n} earlier changes").format(n=len(events) - _MAX_LISTED),
        )
    head = translate(
        "CaseService",
        "{ref} was changed after you opened it (version {seen}, now {now}), so your change was not saved.",
    ).format(ref=case.ref, seen=expected, now=case.version)
    tail = translate("CaseService", "Reload the case to see what changed, then make your change again.")
    if not lines:
        return f"{head}\n{tail}"
    changes = translate("CaseService", "Changed meanwhile:")
    return "\n".join([head, changes, *("  • " + line for line in lines), tail])
