"""The lifecycle services, wired together: one object the GUI and the CLI hold (`App.lifecycle`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.deadlines import DeadlineService
from inquiry_desk.services.lifecycle.fees import FeeService
from inquiry_desk.services.lifecycle.outcomes import OutcomeService
from inquiry_desk.services.lifecycle.postal import PostalService
from inquiry_desk.services.lifecycle.rules import RulesService
from inquiry_desk.services.lifecycle.verification import VerificationService
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from inquiry_desk.store.engine import Database


@dataclass(frozen=True)
class Lifecycle:
    workflow: WorkflowService
    verification: VerificationService
    deadlines: DeadlineService
    fees: FeeService
    postal: PostalService
    rules: RulesService
    outcomes: OutcomeService

    @classmethod
    def build(
        cls, db: Database, keys: KeyService, today: Callable[[], date], changed: Callable[[], None]
    ) -> Lifecycle:
        """``changed`` is told whenever a state or due date changes (the register's cache)."""
        workflow = WorkflowService(db, keys, today, changed)
        return cls(
            workflow=workflow,
            verification=VerificationService(db, keys, workflow, today),
            deadlines=DeadlineService(db, keys, today, changed),
            fees=FeeService(db, keys, today, changed),
            postal=PostalService(db, keys, workflow, today),
            rules=RulesService(db, today, changed),
            outcomes=OutcomeService(db, changed),
        )
