"""A case merged into another was a duplicate, not a request answered: its outcome says
"merged into PI-…" in the register, the case's facts and the register export, and the monthly
report counts it apart, never among the outcomes, the deadlines or the per-request results."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import CaseState, Outcome
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import in_language
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register import RegisterFilter
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.reports.files import monthly_report_rows
from tests.services.lifecycle_helpers import new_case
from tests.services.test_case_merge import _from, _into
from tests.services.test_workflow import _verify_with_licence


def test_a_merged_case_is_counted_apart_from_the_answers(
    app: App, staff: Actor, manager: Actor, samples_dir: Path, tmp_path: Path
) -> None:
    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    # One request really answered this month, for comparison: withdrawn by the applicant.
    answered = _into(app, staff)
    app.lifecycle.workflow.act(staff, answered, Action.WITHDRAW, ActionInput(comment="By letter"))
    result = app.merging.merge(staff, source, target)
    assert result.erased

    detail = app.cases.get(manager, source, record_view=False)
    assert detail.state is CaseState.PURGED
    assert (detail.outcome, detail.merged_into, detail.deadline_met) == ("merged", target, None)
    assert detail.to_json()["merged_into"] == target
    kept = app.cases.get(manager, target, record_view=False)
    assert kept.outcome is None and kept.merged_into is None  # the case kept is still open
    [row] = [r for r in app.register.page(RegisterFilter(search=source)) if r.ref == source]
    assert row.merged_into == target and row.to_json()["merged_into"] == target

    today = date.today()
    report = app.reports.monthly_report(manager, today.year, today.month)
    assert Outcome.MERGED not in report.by_outcome
    assert report.by_outcome[Outcome.WITHDRAWN] == 1 and sum(report.by_outcome.values()) == 1
    assert report.timeliness.answered == 1  # the withdrawal; the duplicate is no answer
    assert report.merged == 1
    csv_rows = monthly_report_rows(report)
    assert ("merged", "total", "Merged into another case (duplicates)", "1") in csv_rows
    assert not any(r[0] == "outcome" and r[1] == "merged" for r in csv_rows)
    answered_types = {t for t, results in report.by_type_result.items() if sum(results.values())}
    assert answered_types <= set(app.cases.get(manager, answered, record_view=False).request_types)

    out = tmp_path / "register.csv"
    app.reports.register_export_csv(manager, out)
    with out.open(newline="", encoding="utf-8-sig") as handle:
        exported = {r["ref"]: r for r in csv.DictReader(handle)}
    assert (exported[source]["outcome"], exported[source]["merged_into"]) == ("merged", target)
    assert exported[source]["deadline_met"] == "" and exported[target]["merged_into"] == ""


def test_the_merged_outcome_is_not_an_answer_to_give(app: App, staff: Actor, manager: Actor) -> None:
    ref = app.cases.create(staff, new_case(date.today() - timedelta(days=3)))
    wf = app.lifecycle.workflow
    wf.act(staff, ref, Action.START_VERIFICATION)
    _verify_with_licence(app.lifecycle, staff, ref)
    wf.act(staff, ref, Action.VERIFY)
    with pytest.raises(ValidationFailed, match="merged into another with Merge"):
        wf.act(manager, ref, Action.RESPOND, ActionInput(outcome=Outcome.MERGED))
    assert app.cases.get(staff, ref, record_view=False).outcome is None


def test_the_merged_outcome_reads_in_japanese() -> None:
    assert Outcome.MERGED.label == "Merged into another case"
    assert Outcome.MERGED.label_ja == "他の案件に統合"
    assert in_language(Outcome.MERGED.label, Outcome.MERGED.label_ja)
