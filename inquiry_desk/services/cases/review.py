"""Review after import: staff confirm what the importer only guessed.

The importer marks the fields it filled from recognised text (services/intake/importer.py,
domain/suggested.py); the case view and the register show them as suggestions until they
are confirmed here as they are, or corrected through an edit (services/cases/editing.py),
which confirms the fields it changes. Confirming quotes the version the caller saw, like
every change to a case, and leaves one timeline event and one audit row naming the fields
(never their values). Imports never wait for this: a case can be worked while it has
suggestions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from inquiry_desk.domain import suggested
from inquiry_desk.domain.edits import field_label
from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import load_case, now
from inquiry_desk.store.engine import Database


@dataclass(frozen=True)
class ConfirmResult:
    ref: str
    version: int
    confirmed: tuple[str, ...]  # the fields confirmed now, in the order of domain.suggested
    remaining: tuple[str, ...]  # the suggestions still to check


class ReviewService:
    def __init__(self, db: Database, on_change: Callable[[], None] | None = None) -> None:
        self.db = db
        self._on_change = on_change

    def confirm(
        self,
        actor: Actor,
        ref: str,
        fields: Sequence[str] | None = None,
        *,
        expected_version: int | None = None,
    ) -> ConfirmResult:
        """Confirm ``fields`` (all the case's suggestions when None) as the import read them.

        A field that is not suggested on the case is refused by name, so that a mistyped
        ``--field`` is never taken as done. Nothing to confirm writes nothing."""
        actor.require(Permission.EDIT_CASE)
        unknown = [f for f in fields or () if f not in suggested.SUGGESTABLE]
        if unknown:
            raise ValidationFailed(
                {
                    "fields": translate("Review", "Not a field an import suggests: {names}.").format(
                        names=", ".join(unknown)
                    )
                }
            )
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if case.state == CaseState.PURGED.value:
                raise ValidationFailed(
                    {
                        "case": translate(
                            "Review",
                            "The personal data of {ref} has been erased; there is nothing to confirm.",
                        ).format(ref=case.ref)
                    }
                )
            pending = suggested.decode(case.suggested)
            wanted = pending if fields is None else suggested.ordered(fields)
            not_pending = [f for f in wanted if f not in pending]
            if not_pending:
                raise ValidationFailed(
                    {
                        "fields": translate("Review", "Not marked as suggested on {ref}: {names}.").format(
                            ref=case.ref, names=", ".join(field_label(f) for f in not_pending)
                        )
                    }
                )
            remaining = tuple(f for f in pending if f not in wanted)
            if wanted:
                stamp = now()
                case.suggested = suggested.encode(remaining)
                case.updated_at = stamp
                add_event(
                    session, case, actor, suggested.CONFIRMED, suggested.confirm_summary(wanted), at=stamp
                )
                audit.record(session, actor, "case.confirm", case.ref, {"fields": list(wanted)}, at=stamp)
                session.flush()  # the version bump (store/versioning.py) happens here
            result = ConfirmResult(case.ref, case.version, tuple(wanted), remaining)
        if result.confirmed and self._on_change:
            self._on_change()
        return result
