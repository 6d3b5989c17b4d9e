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

from inquiry_desk.domain.errors import StaleCase
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.models import Case, Event

_BUMPED = "inquiry_desk.bumped_versions"  # session.info: case id → version this transaction made
_NEW = "inquiry_desk.new_cases"  # session.info: ids of the cases this transaction inserted


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_transaction_end", _forget)


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the outermost transaction ended: start afresh
        session.info.pop(_BUMPED, None)
        session.info.pop(_NEW, None)


def _case_ids(session: Session) -> set[int]:
    """The cases whose rows (or rows of theirs) this flush adds, changes or deletes."""
    ids: set[int] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Case):
            if obj not in session.new and (obj in session.deleted or session.is_modified(obj)):
                ids.add(obj.id)
            continue
        case_id = getattr(obj, "case_id", None)
        if isinstance(case_id, int) and (
            obj in session.new or obj in session.deleted or session.is_modified(obj)
        ):
            ids.add(case_id)
    return ids


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    bumped: dict[int, int] = session.info.setdefault(_BUMPED, {})
    created: set[int] = session.info.setdefault(_NEW, set())
    # A case this transaction inserted is at version 1 until it commits: not bumped again.
    for case_id in sorted(_case_ids(session) - set(bumped) - created):
        bumped[case_id] = _bump(session, case_id)
    for obj in session.new:
        if isinstance(obj, Event) and obj.case_version is None:
            if obj.case_id in bumped:
                obj.case_version = bumped[obj.case_id]
            elif obj.case_id in created:
                obj.case_version = 1


def _after_flush(session: Session, _context: Any) -> None:
    # The ids of new cases exist only now; collected per flush, never by scanning them all.
    created: set[int] = session.info.setdefault(_NEW, set())
    created.update(obj.id for obj in session.new if isinstance(obj, Case))


def _bump(session: Session, case_id: int) -> int:
    case = session.identity_map.get(inspect(Case).identity_key_from_primary_key((case_id,)))
    if isinstance(case, Case) and "version" not in inspect(case).unloaded:
        # The usual path: the service loaded the case. The ORM writes the new version with the
        # case's other changes in one UPDATE … WHERE version = <read> (Case's version_id_col);
        # no row updated raises StaleDataError, which Database.write turns into StaleCase.
        seen = int(inspect(case).attrs.version.loaded_value)
        case.version = seen + 1
        return seen + 1
    # A row of a case that was not loaded: bumped with a statement of its own.
    # On the connection: an ORM-enabled UPDATE would synchronise the session mid-flush.
    new = (
        session.connection()
        .execute(
            update(Case).where(Case.id == case_id).values(version=Case.version + 1).returning(Case.version)
        )
        .scalar()
    )
    if new is None:  # the case itself is gone: the flush of its row fails on its own
        raise StaleCase(same_moment(), str(case_id))
    return int(new)


def same_moment(ref: str = "") -> str:
    if not ref:
        return translate(
            "CaseService",
            "The case was changed by someone else at the same moment, so this change was not saved. "
            "Reload the case and do it again.",
        )
    return translate(
        "CaseService",
        "{ref} was changed by someone else at the same moment, so this change was not saved. "
        "Reload the case and do it again.",
    ).format(ref=ref)
