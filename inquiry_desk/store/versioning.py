"""One version per case, bumped by every unit of work that changes the case.

The bump lives here, in a ``before_flush`` hook of the write sessions, rather than in
each service: whatever row of a case is added, changed or deleted (a party, a note, a
verification tick, a fee line, an event, the case row itself), the case's version goes up
by exactly one per transaction. Services compare the version the user saw with the current
one when they load the case (services/cases/versioning.py); this hook is the backstop that
makes two writers racing unable to both win: the bump is ``UPDATE … SET version = v + 1
WHERE id = :id AND version = :v`` with the version the session read, and no row updated
means someone else committed in between.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from inquiry_desk.domain.errors import StaleCase
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.models import Case, Event

_BUMPED = "inquiry_desk.bumped_versions"  # session.info: case id → version this transaction made
_NEW = "inquiry_desk.new_cases"  # session.info: Case objects inserted by this transaction


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_transaction_end", _forget)


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the outermost transaction ended: start afresh
        session.info.pop(_BUMPED, None)
        session.info.pop(_NEW, None)


def _case_ids(session: Session) -> tuple[set[int], list[Case]]:
    ids: set[int] = set()
    new_cases: list[Case] = []
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Case):
            if obj in session.new:
                new_cases.append(obj)
            elif obj.id is not None and (obj in session.deleted or session.is_modified(obj)):
                ids.add(obj.id)
            continue
        case_id = getattr(obj, "case_id", None)
        if isinstance(case_id, int) and (
            obj in session.new or obj in session.deleted or session.is_modified(obj)
        ):
            ids.add(case_id)
    return ids, new_cases


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    bumped: dict[int, int] = session.info.setdefault(_BUMPED, {})
    created: list[Case] = session.info.setdefault(_NEW, [])
    ids, new_cases = _case_ids(session)
    created.extend(new_cases)
    created_ids = {c.id for c in created if c.id is not None}
    for case_id in sorted(ids - set(bumped) - created_ids):
        bumped[case_id] = _bump(session, case_id)
    for obj in session.new:
        if isinstance(obj, Event) and obj.case_version is None:
            if obj.case_id in bumped:
                obj.case_version = bumped[obj.case_id]
            elif obj.case_id in created_ids:
                obj.case_version = 1


def _bump(session: Session, case_id: int) -> int:
    case = session.identity_map.get(inspect(Case).identity_key_from_primary_key((case_id,)))
    stmt = update(Case).where(Case.id == case_id)
    seen = None
    if isinstance(case, Case) and "version" not in inspect(case).unloaded:
        seen = inspect(case).attrs.version.loaded_value
        stmt = stmt.where(Case.version == seen)
    # On the connection: an ORM-enabled UPDATE would synchronise the session mid-flush.
    new = session.connection().execute(stmt.values(version=Case.version + 1).returning(Case.version)).scalar()
    if new is None:
        ref = case.ref if isinstance(case, Case) else str(case_id)
        raise StaleCase(
            translate(
                "CaseService",
                "{ref} was changed by someone else at the same moment, so this change was not saved. "
                "Reload the case and do it again.",
            ).format(ref=ref),
            ref,
        )
    if isinstance(case, Case):
        set_committed_value(case, "version", new)
    return int(new)
