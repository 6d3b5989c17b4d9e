"""Letters sent by post: tracking numbers and posting dates, and mail returned undeliverable.

A returned letter means the applicant cannot be reached: the case waits for a valid
address, so recording the return is the lifecycle action "record returned mail",
which pauses the deadline clock from the day the letter came back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from inquiry_desk.domain.errors import NotFound, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.postal import normalise_tracking, tracking_problem
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import load_case, now
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from inquiry_desk.store.engine import Database
from inquiry_desk.store.lifecycle_models import PostalRecord

PURPOSE = "postal"


@dataclass(frozen=True)
class Posting:
    id: int
    posted_on: date
    registered: bool
    tracking_number: str
    what: str
    returned_on: date | None


class PostalService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        workflow: WorkflowService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.db = db
        self.keys = keys
        self.workflow = workflow
        self.today = today

    def postings(self, actor: Actor, ref: str) -> list[Posting]:
        actor.require(Permission.VIEW_PERSONAL)
        with self.db.read() as session:
            case = load_case(session, ref)
            cipher = self.keys.cipher(session, case)
            out = []
            for row in session.scalars(
                select(PostalRecord)
                .where(PostalRecord.case_id == case.id)
                .order_by(PostalRecord.posted_on, PostalRecord.id)
            ):
                data = cipher.open_json(row.payload, PURPOSE)
                out.append(
                    Posting(
                        row.id,
                        row.posted_on,
                        row.registered,
                        str(data.get("tracking", "")),
                        str(data.get("what", "")),
                        row.returned_on,
                    )
                )
            return out

    def record_posting(
        self,
        actor: Actor,
        ref: str,
        posted_on: date,
        tracking_number: str = "",
        what: str = "",
        *,
        registered: bool = True,
        expected_version: int | None = None,
    ) -> int:
        actor.require(Permission.EDIT_CASE)
        tracking = normalise_tracking(tracking_number)
        if registered and not tracking:
            raise ValidationFailed(
                {"tracking": translate("Lifecycle", "Registered mail needs its tracking number.")}
            )
        problem = tracking_problem(tracking) if tracking else None
        if problem:
            raise ValidationFailed({"tracking": problem})
        if posted_on > self.today():
            raise ValidationFailed(
                {"posted_on": translate("Lifecycle", "The posting date cannot be in the future.")}
            )
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if posted_on < case.received:
                raise ValidationFailed(
                    {"posted_on": translate("Lifecycle", "The posting date is before the case was received.")}
                )
            cipher = self.keys.cipher(session, case)
            row = PostalRecord(
                case_id=case.id,
                posted_on=posted_on,
                registered=registered,
                recorded_by=actor.username,
                recorded_at=now(),
                payload=cipher.seal_json({"tracking": tracking, "what": what}, PURPOSE),
            )
            session.add(row)
            session.flush()
            add_event(
                session,
                case,
                actor,
                "posted",
                f"Posted by {'registered ' if registered else ''}mail on {posted_on:%Y-%m-%d}",
            )
            audit.record(session, actor, "case.posted", case.ref, {"registered": registered})
            return row.id

    def record_returned(
        self,
        actor: Actor,
        ref: str,
        returned_on: date,
        posting_id: int | None = None,
        note: str = "",
        *,
        expected_version: int | None = None,
    ) -> None:
        """The letter came back undeliverable: mark it and pause the clock (one unit of work)."""
        actor.require(Permission.TRANSITION)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if posting_id is not None:
                row = session.get(PostalRecord, posting_id)
                if row is None or row.case_id != case.id:
                    raise NotFound(translate("Lifecycle", "That posting is not part of this case."))
                if returned_on < row.posted_on:
                    raise ValidationFailed(
                        {
                            "returned_on": translate(
                                "Lifecycle", "The letter cannot return before it was posted."
                            )
                        }
                    )
                row.returned_on = returned_on
            self.workflow.perform(
                session,
                case,
                actor,
                Action.RECORD_RETURNED_MAIL,
                ActionInput(reasons=note or "Mail returned undeliverable", on=returned_on),
            )
        if self.workflow._on_change:
            self.workflow._on_change()
