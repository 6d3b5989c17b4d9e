"""The manager's lifecycle settings through RulesService: who may change them, what is refused,
what a change does to open cases, and what the audit log keeps of it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from inquiry_desk.domain.deadline_settings import DeadlineRules, JurisdictionRule, PeriodUnit
from inquiry_desk.domain.enums import Jurisdiction, RequestType
from inquiry_desk.domain.errors import PermissionDenied, ValidationFailed
from inquiry_desk.domain.fees import FeeRules
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.rules import parse_deadline_json, parse_fee_json
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.settings.lifecycle import (
    DEADLINES_KEY,
    ApprovalRules,
    SettingsInvalid,
    write_raw,
)
from tests.services.lifecycle_helpers import APPLICANT_NAME, RECEIVED, Clock, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


TEN_BUSINESS_DAYS = JurisdictionRule(PeriodUnit.BUSINESS_DAYS, 10)


def _with_jp(rule: JurisdictionRule) -> DeadlineRules:
    defaults = DeadlineRules()
    return replace(defaults, jurisdictions={**defaults.jurisdictions, Jurisdiction.JP: rule})


def _audit_rows(app: App, action: str) -> list[audit.AuditRow]:
    with app.db.read() as session:
        return audit.query(session, action=action)


def test_staff_may_not_change_any_setting(app: App, lc: Lifecycle, staff: Actor) -> None:
    with pytest.raises(PermissionDenied, match="change settings"):
        lc.rules.set_deadline_rules(staff, _with_jp(TEN_BUSINESS_DAYS))
    with pytest.raises(PermissionDenied):
        lc.rules.set_approval_rules(staff, ApprovalRules(frozenset(), refusals=False))
    with pytest.raises(PermissionDenied):
        lc.rules.set_fee_rules(staff, FeeRules(appi_fee_jpy=300))
    with pytest.raises(PermissionDenied):
        lc.rules.set_idle_minutes(staff, 30)
    # Nothing was written, and nothing was logged as changed.
    assert lc.rules.deadline_rules() == DeadlineRules()
    assert lc.rules.approval_rules() == ApprovalRules()
    assert lc.rules.fee_rules() == FeeRules()
    assert lc.rules.idle_minutes() == 10
    assert _audit_rows(app, "settings.") == []


def test_invalid_values_are_refused_with_a_message(app: App, lc: Lifecycle, manager: Actor) -> None:
    with pytest.raises(ValidationFailed) as refused:
        lc.rules.set_fee_rules(manager, FeeRules(money_order_validity_months=0))
    assert refused.value.message == "The money-order validity must be from 1 to 12 months, not 0."
    assert list(refused.value.fields) == ["money_order_validity_months"]
    with pytest.raises(ValidationFailed) as refused:
        lc.rules.set_fee_rules(manager, FeeRules(appi_fee_jpy=1_000_000))
    assert refused.value.message == "The APPI fee must be from 0 to 100,000 JPY, not 1,000,000."
    with pytest.raises(SettingsInvalid, match="unknown request type 'disclosure'"):
        # A plain string is not a RequestType: the screen and the CLI always send members.
        lc.rules.set_approval_rules(manager, ApprovalRules(frozenset({"disclosure"})))  # type: ignore[arg-type]
    # A rule that slipped past its constructor is still refused, with the domain's words.
    broken = JurisdictionRule(PeriodUnit.MONTHS, 1)
    object.__setattr__(broken, "length", 40)
    with pytest.raises(SettingsInvalid, match=r"jurisdictions\.JP: length must be from 1 to 12 months"):
        lc.rules.set_deadline_rules(manager, _with_jp(broken))
    with pytest.raises(ValidationFailed, match="between 1 and 240"):
        lc.rules.set_idle_minutes(manager, 0)
    assert lc.rules.fee_rules() == FeeRules() and lc.rules.deadline_rules() == DeadlineRules()
    assert _audit_rows(app, "settings.") == []


def test_bad_json_files_are_explained() -> None:
    with pytest.raises(SettingsInvalid, match="not valid JSON"):
        parse_deadline_json("{")
    with pytest.raises(SettingsInvalid, match=r"jurisdictions\.EEA: GDPR Art\. 12\(3\) allows at most two"):
        parse_deadline_json('{"jurisdictions": {"EEA": {"max_extension_months": 3}}}')
    with pytest.raises(SettingsInvalid, match='unknown setting "appi_fee"'):
        parse_fee_json('{"appi_fee": 500}')


def test_deadline_change_recomputes_open_cases_and_counts_them(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor, clock: Clock
) -> None:
    clock.day = date(2026, 5, 1)
    moves = app.cases.create(staff, new_case(date(2026, 4, 24)))  # Fri before Golden Week
    stays = app.cases.create(staff, new_case(date(2026, 4, 1)))  # 14 days = 10 business days
    eea = app.cases.create(staff, new_case(date(2026, 4, 24), jurisdiction=Jurisdiction.EEA))
    done = app.cases.create(staff, new_case(date(2026, 4, 24)))
    lc.workflow.act(staff, done, Action.WITHDRAW, ActionInput(comment="電話で取り下げ"))
    assert lc.workflow.status(staff, moves).due == date(2026, 5, 8)

    changed = lc.rules.set_deadline_rules(manager, _with_jp(TEN_BUSINESS_DAYS))

    assert changed == 1
    # 4/24 + 10 business days skips Showa Day (4/29) and Golden Week (5/2-5/6).
    assert lc.workflow.status(staff, moves).due == date(2026, 5, 14)
    assert lc.workflow.status(staff, stays).due == date(2026, 4, 15)
    assert lc.workflow.status(staff, eea).due == date(2026, 5, 24)
    assert app.cases.get(staff, done).due == date(2026, 5, 8)  # a finished case keeps its due date
    # The register reads the stored due date: it follows at once.
    due = {row.ref: row.due for row in app.register.page(RegisterFilter())}
    assert due[moves] == date(2026, 5, 14)


def test_every_change_is_audited_without_personal_data(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    app.cases.create(staff, new_case(date(2026, 4, 1)))
    lc.rules.set_deadline_rules(manager, replace(_with_jp(TEN_BUSINESS_DAYS), due_soon_days=5))
    lc.rules.set_approval_rules(manager, ApprovalRules(frozenset({RequestType.ERASURE}), refusals=False))
    lc.rules.set_fee_rules(manager, FeeRules(appi_fee_jpy=500))
    [deadline_row] = _audit_rows(app, "settings.deadlines")
    [approval_row] = _audit_rows(app, "settings.approval")
    [fee_row] = _audit_rows(app, "settings.fees")
    assert deadline_row.actor == approval_row.actor == fee_row.actor == "tanaka"
    assert deadline_row.case_ref is None
    assert json.loads(deadline_row.details) == {
        "due_dates_changed": 0,
        "changed": ["jurisdictions.JP", "due_soon_days"],
    }
    assert json.loads(approval_row.details) == {"response_types": ["erasure"], "refusals": False}
    assert json.loads(fee_row.details)["appi_fee_jpy"] == 500
    for row in (deadline_row, approval_row, fee_row):
        assert APPLICANT_NAME not in row.details and "saki@example.jp" not in row.details
        assert "大阪" not in row.details
    assert audit.verify_chain(app.db).ok


def test_settings_round_trip(lc: Lifecycle, manager: Actor) -> None:
    deadlines = replace(
        _with_jp(JurisdictionRule(PeriodUnit.BUSINESS_DAYS, 10, roll_forward=True)),
        year_end_closure=((12, 28), (1, 4)),
        extra_closed_days=frozenset({date(2026, 8, 13), date(2026, 8, 14)}),
        due_soon_days=7,
    )
    approval = ApprovalRules(frozenset({RequestType.DISCLOSURE, RequestType.ERASURE}), refusals=False)
    fees = FeeRules(
        appi_fee_jpy=800, gdpr_excessive_fee_jpy=2500, other_fee_jpy=300, money_order_validity_months=6
    )
    lc.rules.set_deadline_rules(manager, deadlines)
    lc.rules.set_approval_rules(manager, approval)
    lc.rules.set_fee_rules(manager, fees)
    lc.rules.set_idle_minutes(manager, 25)
    assert lc.rules.deadline_rules() == deadlines
    assert lc.rules.approval_rules() == approval
    assert lc.rules.fee_rules() == fees
    assert lc.rules.idle_minutes() == 25
    # The JSON path (CLI) and the object path (screen) store the same thing.
    assert parse_deadline_json(lc.deadlines.rules_json()) == deadlines
    # No closure at all is a setting of its own, not "the default".
    lc.rules.set_deadline_rules(manager, replace(deadlines, year_end_closure=None))
    assert lc.rules.deadline_rules().year_end_closure is None


def test_a_hand_edited_unreadable_row_can_be_replaced(app: App, lc: Lifecycle, manager: Actor) -> None:
    with app.db.write() as session:
        write_raw(session, DEADLINES_KEY, '{"jurisdictions": {"XX": {}}}')
    with pytest.raises(SettingsInvalid):
        lc.rules.deadline_rules()
    assert lc.rules.set_deadline_rules(manager, DeadlineRules()) == 0
    assert lc.rules.deadline_rules() == DeadlineRules()
    [row] = _audit_rows(app, "settings.deadlines")
    assert "jurisdictions.XX" not in row.details and "due_soon_days" in row.details


def test_saying_how_many_will_move_first_and_paused_cases_stay_paused(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor, clock: Clock
) -> None:
    clock.day = date(2026, 5, 1)
    moves = app.cases.create(staff, new_case(date(2026, 4, 24)))
    paused = app.cases.create(staff, new_case(date(2026, 4, 24)))
    lc.workflow.act(
        staff, paused, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons="本人確認書類の送付依頼")
    )
    paused_due = app.cases.get(staff, paused).due
    # Counted before anything is saved, and nothing is saved by counting.
    assert lc.rules.deadline_moves(_with_jp(TEN_BUSINESS_DAYS)) == 1
    assert lc.workflow.status(staff, moves).due == date(2026, 5, 8)
    assert lc.rules.set_deadline_rules(manager, _with_jp(TEN_BUSINESS_DAYS)) == 1
    assert app.cases.get(staff, paused).due == paused_due  # still as it was: the clock is paused
    # Changing back moves the same cases back: the count is the same both ways.
    assert lc.rules.deadline_moves(DeadlineRules()) == 1
    assert lc.rules.set_deadline_rules(manager, DeadlineRules()) == 1
    assert lc.workflow.status(staff, moves).due == date(2026, 5, 8)
    assert app.cases.get(staff, paused).due == paused_due
