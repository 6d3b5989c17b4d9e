"""The demo database is there to be explored: its first start's purge leaves every state."""

from __future__ import annotations

from datetime import date

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.demo.generator import fill_demo


def test_after_the_first_purge_the_demo_holds_a_case_in_every_state(app: App) -> None:
    fill_demo(app, cases=40, purged=12, seed=2026, today=date.today())
    due = app.purge.due_refs()
    assert 0 < len(due) <= 5  # something to show in the purge panel, not half the demo
    app.purge.purge_due(SYSTEM)  # what the first start of the window does
    states = {row.state for row in app.register.page(RegisterFilter(), limit=1000)}
    assert states >= {s for s in CaseState if s is not CaseState.PURGED}


def test_the_demo_has_a_few_imports_needing_review(app: App) -> None:
    from inquiry_desk.services.demo.generator import DEMO_NEEDS_REVIEW

    fill_demo(app, cases=40, purged=0, seed=2026, today=date.today())
    rows = app.register.page(RegisterFilter(needs_review=True), limit=1000)
    assert len(rows) == DEMO_NEEDS_REVIEW == 3
    assert all(row.needs_review and row.state.is_open for row in rows)
    staff = app.users.authenticate("staff", "demo")
    detail = app.cases.get(staff, rows[0].ref, record_view=False)
    assert {"kind", "request_types", "applicant.address"} <= set(detail.suggested)
