"""The lifecycle services wired to an open App: one object the GUI and the CLI hold."""

from __future__ import annotations

from dataclasses import dataclass

from inquiry_desk.services.app import App
from inquiry_desk.services.deadlines_service import DeadlineService
from inquiry_desk.services.fees_service import FeeService
from inquiry_desk.services.postal import PostalService
from inquiry_desk.services.rules_service import RulesService
from inquiry_desk.services.verification import VerificationService
from inquiry_desk.services.workflow import WorkflowService


@dataclass(frozen=True)
class Lifecycle:
    workflow: WorkflowService
    verification: VerificationService
    deadlines: DeadlineService
    fees: FeeService
    postal: PostalService
    rules: RulesService

    @classmethod
    def from_app(cls, app: App) -> Lifecycle:
        # The App's clock (tests inject one) and its register cache, which must forget
        # states and due dates that change here.
        today, changed = app.cases.today, app.register.invalidate
        workflow = WorkflowService(app.db, app.keys, today, changed)
        return cls(workflow=workflow,
                   verification=VerificationService(app.db, app.keys, workflow, today),
                   deadlines=DeadlineService(app.db, app.keys, today, changed),
                   fees=FeeService(app.db, app.keys, today, changed),
                   postal=PostalService(app.db, app.keys, workflow, today),
                   rules=RulesService(app.db, today, changed))
