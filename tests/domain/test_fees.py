"""Fee policy per jurisdiction and the fee ledger."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_desk.domain.enums import Jurisdiction, RequestType
from inquiry_desk.domain.fees import (
    FeeEntry,
    FeeEntryKind,
    FeeRules,
    FeeSettingsError,
    FeeStatus,
    PaymentMethod,
    describe_balance,
    fee_policy,
    money_order_expired,
    money_order_last_valid_day,
    summarise,
)

R = RequestType
K = FeeEntryKind
M = PaymentMethod
TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("jurisdiction", "types", "flagged", "allowed"),
    [
        (Jurisdiction.JP, [R.DISCLOSURE], False, True),
        (Jurisdiction.JP, [R.PURPOSE_OF_USE], False, True),
        (Jurisdiction.JP, [R.THIRD_PARTY_PROVISION_RECORDS], False, True),
        (Jurisdiction.JP, [R.CORRECTION, R.DELETION], False, False),
        (Jurisdiction.JP, [R.CORRECTION, R.DISCLOSURE], False, True),
        (Jurisdiction.JP, [], False, False),
        (Jurisdiction.EEA, [R.ACCESS], False, False),
        (Jurisdiction.EEA, [R.ACCESS], True, True),
        (Jurisdiction.UK, [R.ACCESS, R.PORTABILITY], False, False),
        (Jurisdiction.UK, [R.ERASURE], True, True),
        (Jurisdiction.OTHER, [R.ACCESS], False, False),
    ],
)
def test_fee_policy(
    jurisdiction: Jurisdiction, types: list[RequestType], flagged: bool, allowed: bool
) -> None:
    decision = fee_policy(jurisdiction, types, manifestly_unfounded_or_excessive=flagged)
    assert decision.allowed is allowed
    assert decision.amount_jpy == (1000 if allowed else 0)
    assert decision.reason


def test_fee_amounts_configurable() -> None:
    rules = FeeRules.from_json('{"appi_fee_jpy": 500, "other_fee_jpy": 800}')
    assert fee_policy(Jurisdiction.JP, [R.DISCLOSURE], rules=rules).amount_jpy == 500
    assert fee_policy(Jurisdiction.OTHER, [R.ACCESS], rules=rules).allowed
    assert "disclosure" in fee_policy(Jurisdiction.JP, [R.DISCLOSURE], rules=rules).reason
    assert FeeRules.from_json(rules.to_json()) == rules


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "must be an object"),
        ('{"fee": 1}', 'unknown setting "fee"'),
        ('{"appi_fee_jpy": -1}', "appi_fee_jpy must be a whole number"),
        ('{"appi_fee_jpy": "1000"}', "appi_fee_jpy must be a whole number"),
    ],
)
def test_invalid_fee_settings(text: str, message: str) -> None:
    with pytest.raises(FeeSettingsError, match="Fee settings") as info:
        FeeRules.from_json(text)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("issued", "last_valid"),
    [
        (date(2026, 1, 10), date(2026, 7, 9)),
        (date(2025, 8, 31), date(2026, 2, 28)),  # no Feb 31: the month's last day
        (date(2026, 12, 1), date(2027, 5, 31)),
    ],
)
def test_money_order_validity(issued: date, last_valid: date) -> None:
    assert money_order_last_valid_day(issued) == last_valid


def _order(issued: date, amount: int = 1000, cashed: date | None = None) -> FeeEntry:
    return FeeEntry(K.RECEIVED, date(2026, 5, 1), amount, M.POSTAL_MONEY_ORDER, issued, cashed)


def test_money_order_expiry_judged_on_cashing_or_today() -> None:
    order = _order(date(2025, 12, 1))  # last valid day 2026-05-31
    assert not money_order_expired(order, date(2026, 5, 31))
    assert money_order_expired(order, date(2026, 6, 1))
    assert not money_order_expired(_order(date(2025, 12, 1), cashed=date(2026, 5, 20)), TODAY)
    stamps = FeeEntry(K.RECEIVED, date(2026, 5, 1), 1000, M.STAMPS)
    assert not money_order_expired(stamps, date(2030, 1, 1))


REQUEST = FeeEntry(K.REQUESTED, date(2026, 4, 20), 1000)


@pytest.mark.parametrize(
    ("entries", "status", "balance", "text"),
    [
        ([], FeeStatus.NONE, 0, "No fee"),
        ([REQUEST], FeeStatus.UNPAID, 1000, "Unpaid: 1,000 JPY still due"),
        (
            [REQUEST, FeeEntry(K.RECEIVED, TODAY, 500, M.STAMPS)],
            FeeStatus.UNDERPAID,
            500,
            "Underpaid: 500 JPY still due",
        ),
        ([REQUEST, _order(date(2026, 4, 25))], FeeStatus.PAID, 0, "Paid"),
        (
            [REQUEST, FeeEntry(K.RECEIVED, TODAY, 1500, M.BANK_TRANSFER)],
            FeeStatus.OVERPAID,
            -500,
            "Overpaid: refund 500 JPY",
        ),
        (
            [
                REQUEST,
                FeeEntry(K.RECEIVED, TODAY, 1500, M.BANK_TRANSFER),
                FeeEntry(K.REFUNDED, TODAY, 500, M.BANK_TRANSFER),
            ],
            FeeStatus.PAID,
            0,
            "Paid",
        ),
        ([REQUEST, FeeEntry(K.WAIVED, TODAY, 1000)], FeeStatus.NONE, 0, "No fee"),
        (
            [REQUEST, _order(date(2025, 11, 1))],
            FeeStatus.UNPAID,
            1000,
            "Unpaid: 1,000 JPY still due (1 expired money order, 1,000 JPY, not counted)",
        ),
        (
            [FeeEntry(K.RECEIVED, TODAY, 1000, M.STAMPS)],
            FeeStatus.OVERPAID,
            -1000,
            "Overpaid: refund 1,000 JPY",
        ),
    ],
)
def test_ledger_balance(entries: list[FeeEntry], status: FeeStatus, balance: int, text: str) -> None:
    summary = summarise(entries, TODAY)
    assert summary.status is status
    assert summary.balance_jpy == balance
    assert summary.refund_outstanding is (balance < 0)
    assert describe_balance(summary) == text


def test_expired_money_orders_listed() -> None:
    old = _order(date(2025, 11, 1))
    summary = summarise([REQUEST, old, _order(date(2026, 5, 1), 300)], TODAY)
    assert summary.expired_money_orders == (old,)
    assert summary.received_jpy == 300
    assert summary.status is FeeStatus.UNDERPAID


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": K.REQUESTED, "amount_jpy": 0}, "more than 0 yen"),
        ({"kind": K.RECEIVED, "amount_jpy": 1000}, "say how it was paid"),
        ({"kind": K.REFUNDED, "amount_jpy": 1000}, "say how it was paid"),
        ({"kind": K.RECEIVED, "amount_jpy": 1000, "method": M.POSTAL_MONEY_ORDER}, "issue date"),
    ],
)
def test_fee_entry_validation(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FeeEntry(on=TODAY, **kwargs)  # type: ignore[arg-type]


def test_labels() -> None:
    assert all(k.label for k in FeeEntryKind)
    assert "定額小為替" in M.POSTAL_MONEY_ORDER.label
