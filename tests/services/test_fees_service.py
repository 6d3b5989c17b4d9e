"""The fee ledger: no fee where none is allowed, money orders, refunds before closing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, RequestType, Role
from inquiry_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from inquiry_desk.domain.fees import FeeEntryKind, FeeStatus, PaymentMethod
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.actions import ActionInput, ActionRefused
from inquiry_desk.services.lifecycle.fees import FeeLine, FeeService
from inquiry_desk.services.lifecycle.services import Lifecycle
from tests.services.lifecycle_helpers import Clock, make_user, new_case

RECEIVED = date(2026, 6, 10)
# These tests date money orders and certificates around June.
pytestmark = pytest.mark.clock_starts(RECEIVED)


def test_no_fee_for_gdpr_unless_flagged_excessive(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(
        staff, new_case(RECEIVED, types=(RequestType.ACCESS,), jurisdiction=Jurisdiction.EEA)
    )
    assert not lc.fees.overview(staff, ref).policy.allowed
    with pytest.raises(ValidationFailed, match="No fee may be asked: GDPR"):
        lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000)
    lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000, excessive=True)
    overview = lc.fees.overview(staff, ref)
    assert overview.policy.allowed and overview.summary.status is FeeStatus.UNPAID


def test_appi_correction_is_free(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED, types=(RequestType.CORRECTION,)))
    with pytest.raises(ValidationFailed, match=r"APPI Art\. 38"):
        lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 500)


def test_money_order_overpayment_blocks_closing_until_refunded(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.REQUEST))
    lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000)
    with pytest.raises(ValidationFailed, match="issue date"):
        lc.fees.record(staff, ref, FeeEntryKind.RECEIVED, 1500, method=PaymentMethod.POSTAL_MONEY_ORDER)
    lc.fees.record(
        staff,
        ref,
        FeeEntryKind.RECEIVED,
        1500,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=date(2026, 6, 1),
        note="定額小為替 2枚",
    )
    overview = lc.fees.overview(staff, ref)
    assert overview.summary.status is FeeStatus.OVERPAID
    assert overview.balance_text == "Overpaid: refund 500 JPY"
    assert overview.lines[1].last_valid_day == date(2026, 11, 30)
    assert overview.lines[1].entry.note == "定額小為替 2枚"
    manager = make_user(app, "tanaka", Role.MANAGER)
    lc.workflow.act(manager, ref, Action.WITHDRAW, ActionInput(comment="取下書を受領"))
    with pytest.raises(ActionRefused, match="refunded"):
        lc.workflow.act(staff, ref, Action.CLOSE)
    lc.fees.record(staff, ref, FeeEntryKind.REFUNDED, 500, method=PaymentMethod.STAMPS)
    lc.workflow.act(staff, ref, Action.CLOSE)


def _money_order_case(
    app: App, staff: Actor, *, received_on: date, issued_on: date, note: str = ""
) -> tuple[Lifecycle, str, int]:
    """A case asking 1,000 JPY, paid by one money order received on ``received_on``."""
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000, on=RECEIVED)
    entry_id = lc.fees.record(
        staff,
        ref,
        FeeEntryKind.RECEIVED,
        1000,
        on=received_on,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=issued_on,
        note=note,
    )
    return lc, ref, entry_id


def _line(lc: Lifecycle, staff: Actor, ref: str, entry_id: int) -> FeeLine:
    [line] = [line for line in lc.fees.overview(staff, ref).lines if line.id == entry_id]
    return line


def test_mark_cashed_records_the_date_and_audits_each_correction(
    app: App, staff: Actor, clock: Clock
) -> None:
    clock.advance(5)  # 15 June
    secret = "小為替 記号番号 12-345678"
    lc, ref, entry_id = _money_order_case(
        app, staff, received_on=date(2026, 6, 12), issued_on=date(2026, 6, 5), note=secret
    )
    assert _line(lc, staff, ref, entry_id).entry.cashed_on is None
    assert _line(lc, staff, ref, entry_id).cashable
    changes: list[str] = []
    fees = FeeService(app.db, app.keys, clock, on_change=lambda: changes.append("changed"))
    fees.mark_cashed(staff, ref, entry_id, date(2026, 6, 15))
    fees.mark_cashed(staff, ref, entry_id, date(2026, 6, 13))  # corrected
    assert len(changes) == 2
    line = _line(lc, staff, ref, entry_id)
    assert line.entry.cashed_on == date(2026, 6, 13) and not line.expired
    assert lc.fees.overview(staff, ref).balance_text == "Paid"
    summaries = [e.summary for e in app.cases.get(staff, ref).events if e.action == "fee"]
    assert "Money order (1,000 JPY) cashed on 2026-06-15" in summaries
    assert "Money order (1,000 JPY) cashed on 2026-06-13 (corrected from 2026-06-15)" in summaries
    with app.db.read() as session:
        rows = audit.query(session, action="case.fee_cashed")
    assert [json.loads(r.details)["cashed_on"] for r in rows] == ["2026-06-13", "2026-06-15"]
    assert json.loads(rows[0].details) == {
        "entry_id": entry_id,
        "kind": "received",
        "amount_jpy": 1000,
        "method": "postal_money_order",
        "received_on": "2026-06-12",
        "cashed_on": "2026-06-13",
        "previous_cashed_on": "2026-06-15",
        "expired": False,
    }
    assert all(secret not in e.summary for e in app.cases.get(staff, ref).events)
    with app.db.read() as session:
        assert all(secret not in r.details for r in audit.query(session))


def test_mark_cashed_refuses_a_date_before_receipt_or_in_the_future(
    app: App, staff: Actor, clock: Clock
) -> None:
    clock.advance(5)
    lc, ref, entry_id = _money_order_case(
        app, staff, received_on=date(2026, 6, 12), issued_on=date(2026, 6, 5)
    )
    with pytest.raises(
        ValidationFailed, match=r"cashed \(2026-06-11\) before it was received \(2026-06-12\)"
    ):
        lc.fees.mark_cashed(staff, ref, entry_id, date(2026, 6, 11))
    with pytest.raises(ValidationFailed, match="cannot be cashed in the future"):
        lc.fees.mark_cashed(staff, ref, entry_id, date(2026, 6, 16))
    assert _line(lc, staff, ref, entry_id).entry.cashed_on is None
    with app.db.read() as session:
        assert audit.query(session, action="case.fee_cashed") == []


def test_only_a_received_money_order_can_be_marked_cashed(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))
    requested = lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000)
    transfer = lc.fees.record(staff, ref, FeeEntryKind.RECEIVED, 1000, method=PaymentMethod.BANK_TRANSFER)
    refund = lc.fees.record(
        staff,
        ref,
        FeeEntryKind.REFUNDED,
        500,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=RECEIVED,
    )
    for entry_id in (requested, transfer, refund):
        with pytest.raises(ValidationFailed, match="Only a received postal money order"):
            lc.fees.mark_cashed(staff, ref, entry_id, RECEIVED)
    assert not any(line.cashable for line in lc.fees.overview(staff, ref).lines)


def test_another_cases_entry_or_an_unknown_one_is_not_found(app: App, staff: Actor) -> None:
    lc, ref, entry_id = _money_order_case(app, staff, received_on=RECEIVED, issued_on=date(2026, 6, 1))
    other = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(NotFound, match=f"Case {other} has no fee entry {entry_id}"):
        lc.fees.mark_cashed(staff, other, entry_id, RECEIVED)
    with pytest.raises(NotFound):
        lc.fees.mark_cashed(staff, ref, entry_id + 100, RECEIVED)
    assert _line(lc, staff, ref, entry_id).entry.cashed_on is None


def test_a_role_without_edit_case_cannot_mark_cashed(app: App, staff: Actor) -> None:
    lc, ref, entry_id = _money_order_case(app, staff, received_on=RECEIVED, issued_on=date(2026, 6, 1))
    admin = make_user(app, "suzuki", Role.ADMIN)  # administrators run the installation only
    with pytest.raises(PermissionDenied, match="edit case"):
        lc.fees.mark_cashed(admin, ref, entry_id, RECEIVED)
    assert _line(lc, staff, ref, entry_id).entry.cashed_on is None


def test_cashed_after_its_last_valid_day_is_not_counted(app: App, staff: Actor, clock: Clock) -> None:
    # Issued 5 Jan: the last valid day is 4 July.
    lc, ref, entry_id = _money_order_case(app, staff, received_on=RECEIVED, issued_on=date(2026, 1, 5))
    assert _line(lc, staff, ref, entry_id).last_valid_day == date(2026, 7, 4)
    clock.day = date(2026, 7, 10)
    # Held, not cashed, past its last valid day: already not counted.
    assert _line(lc, staff, ref, entry_id).expired
    lc.fees.mark_cashed(staff, ref, entry_id, date(2026, 7, 5))
    overview = lc.fees.overview(staff, ref)
    assert _line(lc, staff, ref, entry_id).expired
    assert overview.summary.received_jpy == 0 and overview.summary.status is FeeStatus.UNPAID
    assert overview.balance_text == (
        "Unpaid: 1,000 JPY still due (1 expired money order, 1,000 JPY, not counted)"
    )
    assert any(
        "after its last valid day 2026-07-04, not counted" in e.summary
        for e in app.cases.get(staff, ref).events
    )
    # Corrected to its last valid day: it was honoured, and counts again.
    lc.fees.mark_cashed(staff, ref, entry_id, date(2026, 7, 4))
    overview = lc.fees.overview(staff, ref)
    assert not _line(lc, staff, ref, entry_id).expired
    assert overview.summary.received_jpy == 1000 and overview.balance_text == "Paid"


def test_record_checks_the_cashing_and_issue_dates_it_is_given(app: App, staff: Actor, clock: Clock) -> None:
    clock.advance(5)
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))

    def money_order(on: date, cashed_on: date | None = None) -> int:
        return lc.fees.record(
            staff,
            ref,
            FeeEntryKind.RECEIVED,
            1000,
            on=on,
            cashed_on=cashed_on,
            method=PaymentMethod.POSTAL_MONEY_ORDER,
            money_order_issued_on=date(2026, 6, 5),
        )

    with pytest.raises(ValidationFailed, match="before it was received"):
        money_order(date(2026, 6, 12), cashed_on=date(2026, 6, 11))
    with pytest.raises(ValidationFailed, match="in the future"):
        money_order(date(2026, 6, 12), cashed_on=date(2026, 6, 16))
    with pytest.raises(ValidationFailed, match=r"issued \(2026-06-05\) after the day it was received"):
        money_order(date(2026, 6, 4))
    with pytest.raises(ValidationFailed, match="Only a received postal money order"):
        lc.fees.record(
            staff, ref, FeeEntryKind.RECEIVED, 1000, method=PaymentMethod.STAMPS, cashed_on=date(2026, 6, 12)
        )
    assert lc.fees.overview(staff, ref).lines == ()
    entry_id = money_order(date(2026, 6, 12), cashed_on=date(2026, 6, 15))
    assert _line(lc, staff, ref, entry_id).entry.cashed_on == date(2026, 6, 15)


def test_a_money_order_enclosed_with_the_request_pays_the_fee_it_is_not_overpaid(
    app: App, staff: Actor
) -> None:
    """Japanese applicants often enclose the 定額小為替 with the request form: recorded as
    received with no fee requested first, it pays the policy's fee."""
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))  # APPI disclosure: a 1,000 yen fee
    lc.fees.record(
        staff,
        ref,
        FeeEntryKind.RECEIVED,
        1000,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=date(2026, 6, 1),
    )
    overview = lc.fees.overview(staff, ref)
    assert overview.summary.status is FeeStatus.PAID and overview.balance_text == "Paid"
    manager = make_user(app, "tanaka", Role.MANAGER)
    lc.workflow.act(manager, ref, Action.WITHDRAW, ActionInput(comment="取下書を受領"))
    lc.workflow.act(staff, ref, Action.CLOSE)  # nothing to refund
    # 1,500 yen enclosed for a 1,000 yen fee: 500 yen is refunded.
    more = app.cases.create(staff, new_case(RECEIVED))
    lc.fees.record(
        staff,
        more,
        FeeEntryKind.RECEIVED,
        1500,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=date(2026, 6, 1),
    )
    assert lc.fees.overview(staff, more).balance_text == "Overpaid: refund 500 JPY"
    # Where no fee may be asked at all, whatever came is refunded.
    free = app.cases.create(staff, new_case(RECEIVED, types=(RequestType.CORRECTION,)))
    lc.fees.record(staff, free, FeeEntryKind.RECEIVED, 1000, method=PaymentMethod.STAMPS)
    assert lc.fees.overview(staff, free).summary.status is FeeStatus.OVERPAID
