"""Fees: whether one may be asked, and the fee ledger of a case.

* APPI Art. 38 allows a reasonable fee only for notification of purpose of use
  and disclosure (records of provision to third parties included) —
  :attr:`RequestType.appi_fee_allowed`. Companies charge 500–1,000 JPY, usually
  by postal money order (定額小為替) or stamps.
* GDPR Art. 12(5): no fee, except a reasonable one for manifestly unfounded or
  excessive requests, which staff must flag explicitly.
* Other jurisdictions: no fee unless the settings allow one, because the safe
  default where the law is unknown is to charge nothing.

A postal money order can be cashed for 6 months after its issue date. This
module counts that as ending the day before the same date six months later
(issued 10 Jan → last valid day 9 Jul), the earlier of the two common readings,
so that the department never relies on an order the post office would refuse;
when that month has no such date, the period ends on its last day (issued
31 Aug → 28 Feb), as Civil Code Art. 143(2) counts months.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from enum import StrEnum

from inquiry_desk.domain.deadlines import add_months
from inquiry_desk.domain.enums import Jurisdiction, RequestType
from inquiry_desk.domain.i18n import in_language, label_of, translate


class FeeSettingsError(ValueError):
    """The fee settings are invalid; the message says what to fix."""


@dataclass(frozen=True)
class FeeRules:
    appi_fee_jpy: int = 1000
    gdpr_excessive_fee_jpy: int = 1000
    other_fee_jpy: int = 0  # 0 = no fee for "other" jurisdictions
    money_order_validity_months: int = 6

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise FeeSettingsError(
                    translate("Fees", "Fee settings: {name} must be a whole number of 0 or more").format(
                        name=name
                    )
                )

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> FeeRules:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FeeSettingsError(
                translate("Fees", "Fee settings are not valid JSON: {error}").format(error=exc)
            ) from None
        if not isinstance(data, dict):
            raise FeeSettingsError(translate("Fees", "Fee settings must be an object ({...})"))
        known = set(asdict(cls()))
        unknown = sorted(set(data) - known)
        if unknown:
            raise FeeSettingsError(
                translate("Fees", 'Fee settings: unknown setting "{name}"; known: {known}').format(
                    name=unknown[0], known=", ".join(sorted(known))
                )
            )
        return cls(**data)


@dataclass(frozen=True)
class FeeDecision:
    allowed: bool
    amount_jpy: int
    reason: str  # why (not), for the case view and the cover letter's author


def fee_policy(
    jurisdiction: Jurisdiction,
    request_types: Iterable[RequestType],
    *,
    manifestly_unfounded_or_excessive: bool = False,
    rules: FeeRules | None = None,
) -> FeeDecision:
    """Whether a fee may be asked for this request, and the default amount."""
    rules = rules or FeeRules()
    types = list(request_types)
    if jurisdiction.is_gdpr:
        if manifestly_unfounded_or_excessive:
            return FeeDecision(
                True,
                rules.gdpr_excessive_fee_jpy,
                translate(
                    "Fees",
                    "GDPR Art. 12(5): a reasonable fee for a manifestly unfounded or excessive request.",
                ),
            )
        return FeeDecision(
            False,
            0,
            translate(
                "Fees",
                "GDPR Art. 12(5): no fee unless the request is flagged as manifestly unfounded or excessive.",
            ),
        )
    if jurisdiction is Jurisdiction.JP:
        chargeable = [t for t in types if t.appi_fee_allowed]
        if chargeable:
            names = translate("Fees", ", ").join(in_language(t.label.lower(), t.label_ja) for t in chargeable)
            return FeeDecision(
                True,
                rules.appi_fee_jpy,
                translate("Fees", "APPI Art. 38 allows a fee for {names}.").format(names=names),
            )
        return FeeDecision(
            False,
            0,
            translate(
                "Fees",
                "APPI Art. 38 allows a fee only for notification of purpose of use "
                "and disclosure; none of these request types is chargeable.",
            ),
        )
    if rules.other_fee_jpy > 0:
        return FeeDecision(
            True,
            rules.other_fee_jpy,
            translate("Fees", "The fee settings allow a fee for this jurisdiction."),
        )
    return FeeDecision(False, 0, translate("Fees", "No fee is set for this jurisdiction."))


class FeeEntryKind(StrEnum):
    REQUESTED = "requested"
    WAIVED = "waived"
    RECEIVED = "received"
    REFUNDED = "refunded"

    @property
    def label(self) -> str:
        return {
            "requested": "Fee requested",
            "waived": "Fee waived",
            "received": "Payment received",
            "refunded": "Refund sent",
        }[self.value]

    @property
    def label_ja(self) -> str:
        return {
            "requested": "手数料の請求",
            "waived": "手数料の免除",
            "received": "入金確認",
            "refunded": "返金",
        }[self.value]


class PaymentMethod(StrEnum):
    POSTAL_MONEY_ORDER = "postal_money_order"
    STAMPS = "stamps"
    BANK_TRANSFER = "bank_transfer"

    @property
    def label(self) -> str:
        return {
            "postal_money_order": "Postal money order (定額小為替)",
            "stamps": "Postage stamps",
            "bank_transfer": "Bank transfer",
        }[self.value]

    @property
    def label_ja(self) -> str:
        return {"postal_money_order": "定額小為替", "stamps": "郵便切手", "bank_transfer": "銀行振込"}[
            self.value
        ]


@dataclass(frozen=True)
class FeeEntry:
    kind: FeeEntryKind
    on: date
    amount_jpy: int
    method: PaymentMethod | None = None
    money_order_issued_on: date | None = None
    # When a money order was cashed; until then its validity is judged on "today".
    cashed_on: date | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.amount_jpy <= 0:
            raise ValueError(
                translate("Fees", "{entry}: the amount must be more than 0 yen").format(
                    entry=label_of(self.kind)
                )
            )
        if self.kind in (FeeEntryKind.RECEIVED, FeeEntryKind.REFUNDED) and self.method is None:
            raise ValueError(
                translate("Fees", "{entry}: say how it was paid").format(entry=label_of(self.kind))
            )
        if (
            self.method is PaymentMethod.POSTAL_MONEY_ORDER
            and self.kind is FeeEntryKind.RECEIVED
            and self.money_order_issued_on is None
        ):
            raise ValueError(
                translate("Fees", "Postal money order: enter its issue date (発行日) to check its validity")
            )


def money_order_last_valid_day(issued_on: date, rules: FeeRules | None = None) -> date:
    months = (rules or FeeRules()).money_order_validity_months
    same_date = add_months(issued_on, months)
    # A clamped date (31 Aug → 28 Feb) is already the month's end: the period ends there.
    return same_date if same_date.day != issued_on.day else same_date - timedelta(days=1)


def money_order_expired(entry: FeeEntry, today: date, rules: FeeRules | None = None) -> bool:
    """Whether a received money order can no longer be (or could not be) cashed."""
    if entry.method is not PaymentMethod.POSTAL_MONEY_ORDER or entry.money_order_issued_on is None:
        return False
    judged_on = entry.cashed_on or today
    return judged_on > money_order_last_valid_day(entry.money_order_issued_on, rules)


class FeeStatus(StrEnum):
    NONE = "none"  # nothing requested (or all waived) and nothing received
    UNPAID = "unpaid"
    UNDERPAID = "underpaid"
    PAID = "paid"
    OVERPAID = "overpaid"  # a refund is due

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def label_ja(self) -> str:
        names = {
            "none": "なし",
            "unpaid": "未納",
            "underpaid": "不足",
            "paid": "納付済み",
            "overpaid": "過納",
        }
        return names[self.value]


@dataclass(frozen=True)
class FeeSummary:
    requested_jpy: int
    waived_jpy: int
    received_jpy: int  # valid payments only; expired money orders are left out
    refunded_jpy: int
    expired_money_orders: tuple[FeeEntry, ...]

    @property
    def due_jpy(self) -> int:
        return max(self.requested_jpy - self.waived_jpy, 0)

    @property
    def balance_jpy(self) -> int:
        """Still owed by the applicant when positive; owed to the applicant when negative."""
        return self.due_jpy - self.received_jpy + self.refunded_jpy

    @property
    def status(self) -> FeeStatus:
        if self.balance_jpy < 0:
            return FeeStatus.OVERPAID
        if self.due_jpy == 0:
            return FeeStatus.NONE if self.received_jpy == 0 else FeeStatus.PAID
        if self.balance_jpy == 0:
            return FeeStatus.PAID
        return FeeStatus.UNPAID if self.received_jpy - self.refunded_jpy <= 0 else FeeStatus.UNDERPAID

    @property
    def refund_outstanding(self) -> bool:
        return self.balance_jpy < 0


def summarise(
    entries: Sequence[FeeEntry], today: date, rules: FeeRules | None = None, *, unrequested_fee_jpy: int = 0
) -> FeeSummary:
    """Totals of a fee ledger on ``today``.

    ``unrequested_fee_jpy`` is the fee the policy sets for the request. A payment that came
    before any fee was asked (a money order enclosed with the request form, as Japanese
    applicants often send it) pays that fee: it is not an overpayment to refund."""
    totals = dict.fromkeys(FeeEntryKind, 0)
    expired: list[FeeEntry] = []
    for entry in entries:
        if entry.kind is FeeEntryKind.RECEIVED and money_order_expired(entry, today, rules):
            expired.append(entry)
            continue
        totals[entry.kind] += entry.amount_jpy
    requested = totals[FeeEntryKind.REQUESTED]
    if requested == 0 and totals[FeeEntryKind.RECEIVED] > 0:
        requested = unrequested_fee_jpy
    return FeeSummary(
        requested,
        totals[FeeEntryKind.WAIVED],
        totals[FeeEntryKind.RECEIVED],
        totals[FeeEntryKind.REFUNDED],
        tuple(expired),
    )


def describe_balance(summary: FeeSummary) -> str:
    """One line for the case view, e.g. ``Underpaid: 500 JPY still due``."""
    if summary.status is FeeStatus.OVERPAID:
        text = translate("Fees", "Overpaid: refund {amount:,} JPY").format(amount=-summary.balance_jpy)
    elif summary.status in (FeeStatus.UNPAID, FeeStatus.UNDERPAID):
        text = translate("Fees", "{status}: {amount:,} JPY still due").format(
            status=label_of(summary.status), amount=summary.balance_jpy
        )
    elif summary.status is FeeStatus.PAID:
        text = translate("Fees", "Paid")
    else:
        text = translate("Fees", "No fee")
    if summary.expired_money_orders:
        total = sum(e.amount_jpy for e in summary.expired_money_orders)
        expired = len(summary.expired_money_orders)  # a plain name: lupdate drops a computed count
        text += translate(
            "Fees", " (%n expired money order(s), {total:,} JPY, not counted)", None, expired
        ).format(total=total)
    return text
