"""Legal deadlines: due dates per jurisdiction, clock pauses and extensions.

Calendar conventions (what this module implements, and why):

* **The day of receipt is not counted.** Every period starts the day after the
  request (or the applicant's answer) arrives — Regulation (EEC, Euratom) No
  1182/71 Art. 3(1), which the EDPB applies to Art. 12(3) GDPR.
* **Months (GDPR, UK GDPR):** the period ends on the day of the last month with
  the same day-number as the day of receipt (received 15 Jan → due 15 Feb); when
  that month has no such day, on its last day (received 31 Jan → due 28 Feb, or
  29 Feb in a leap year) — Regulation 1182/71 Art. 3(2)(c). An extension of up to
  two further months is counted from the receipt too (31 Jan + 3 months = 30 Apr),
  never chained from a clamped date.
* **Weekends and holidays:** by default a due date that falls on a weekend,
  holiday or company closure day is **not** moved. Regulation 1182/71 Art. 3(4)
  would allow the next working day, but whose working days (the applicant's
  member state, or the company's Japan office) is unsettled, so the earlier date
  is the safe one. A jurisdiction rule with ``roll_forward`` set moves such a
  due date to the company's next business day instead.
* **Calendar days (APPI default, "other"):** received + N days; APPI Art. 39 lets
  the applicant sue two weeks after the request arrives, hence 14 calendar days.
* **Business days (APPI, if configured):** the Nth company business day after
  receipt; weekends, Japanese public holidays (``jpholiday``, substitute and
  citizens' holidays included), the year-end closure (default 29 Dec – 3 Jan)
  and any extra closure days are skipped.
* **Pauses:** a pause recorded on day P and resumed on day R stops the clock for
  the days P+1 … R: the department worked on P (it sent the request), and the
  answer's day of arrival is not counted, like the receipt. Calendar and month
  periods move by R − P days; business-day periods skip those days when counting.
  While a pause is open the due date is the one that applies if the applicant
  answers on ``as_of`` (default: the day of the pause).
* **Extensions (GDPR only):** take effect only with a reason and only when the
  notice is recorded on or before the end of the first period (pauses included);
  a late or reasonless extension has no legal effect, so it is shown on the
  ledger as "no effect" and the due date stays. :func:`validate_entry` tells staff
  so before the entry is saved.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from inquiry_desk.domain.deadline_settings import (
    DeadlineRules,
    DeadlineSettingsError,
    JurisdictionRule,
    MonthDay,
    PeriodUnit,
)
from inquiry_desk.domain.enums import Jurisdiction
from inquiry_desk.domain.i18n import label_of, translate

# The settings moved to deadline_settings; importing them from here keeps working.
__all__ = [
    "ClockEntry",
    "ClockEventKind",
    "DeadlineRules",
    "DeadlineSettingsError",
    "JurisdictionRule",
    "LedgerRow",
    "MonthDay",
    "PeriodUnit",
    "Urgency",
    "add_months",
    "days_left",
    "describe_period",
    "due_date",
    "extension_notice_deadline",
    "is_paused",
    "ledger_rows",
    "urgency",
    "validate_entry",
]

# Ten years of closed days is a settings error, not a deadline; stop counting there.
_MAX_SCAN_DAYS = 3660


class ClockEventKind(StrEnum):
    PAUSE = "pause"
    RESUME = "resume"
    EXTENSION = "extension"
    # A manager corrected the legal receipt date (services/cases/editing.py): the clock now
    # runs from the case's new date; the entry records when, who and why (its reason).
    RECEIPT_DATE = "receipt_date"

    @property
    def label(self) -> str:
        return {
            "pause": "Clock paused",
            "resume": "Clock resumed",
            "extension": "Deadline extended",
            "receipt_date": "Receipt date corrected",
        }[self.value]

    @property
    def label_ja(self) -> str:
        return {
            "pause": "期限の停止",
            "resume": "期限の再開",
            "extension": "回答期限の延長",
            "receipt_date": "受付日の訂正",
        }[self.value]


@dataclass(frozen=True)
class ClockEntry:
    """One line of a case's clock ledger."""

    kind: ClockEventKind
    on: date
    reason: str = ""
    months: int = 0  # extensions only

    @classmethod
    def pause(cls, on: date, reason: str) -> ClockEntry:
        return cls(ClockEventKind.PAUSE, on, reason)

    @classmethod
    def resume(cls, on: date, reason: str = "") -> ClockEntry:
        return cls(ClockEventKind.RESUME, on, reason)

    @classmethod
    def extension(cls, on: date, months: int, reason: str) -> ClockEntry:
        return cls(ClockEventKind.EXTENSION, on, reason, months)


def add_months(day: date, months: int) -> date:
    """Same day-number ``months`` later (or earlier), clamped to the month's last day."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def _next_business_day(day: date, rules: DeadlineRules) -> date:
    for _ in range(_MAX_SCAN_DAYS):
        if rules.is_business_day(day):
            return day
        day += timedelta(days=1)
    raise DeadlineSettingsError(
        translate("Deadlines", "Deadline settings: no business day found within ten years")
    )


def _compute(
    received: date,
    rule: JurisdictionRule,
    pauses: Sequence[tuple[date, date]],
    extension_months: int,
    rules: DeadlineRules,
) -> date:
    if rule.unit is PeriodUnit.BUSINESS_DAYS:
        counted, day = 0, received
        for _ in range(_MAX_SCAN_DAYS):
            day += timedelta(days=1)
            if rules.is_business_day(day) and not any(p < day <= r for p, r in pauses):
                counted += 1
                if counted == rule.length:
                    return day
        raise DeadlineSettingsError(
            translate("Deadlines", "Deadline settings: no business day found within ten years")
        )
    paused = timedelta(days=sum((r - p).days for p, r in pauses))
    if rule.unit is PeriodUnit.MONTHS:
        due = add_months(received, rule.length + extension_months) + paused
    else:
        due = received + timedelta(days=rule.length) + paused
    return _next_business_day(due, rules) if rule.roll_forward else due


@dataclass(frozen=True)
class _Step:
    entry: ClockEntry
    no_effect: str | None  # why the entry changed nothing, or None
    due_after: date
    paused: bool


def _walk(
    received: date,
    jurisdiction: Jurisdiction,
    ledger: Sequence[ClockEntry],
    rules: DeadlineRules,
    as_of: date | None,
) -> tuple[list[_Step], date]:
    rule = rules.rule_for(jurisdiction)
    pauses: list[tuple[date, date]] = []
    paused_since: date | None = None
    months = 0
    steps: list[_Step] = []
    for entry in sorted(ledger, key=lambda e: e.on):  # stable: same-day entries keep their order
        on = max(entry.on, received)  # nothing runs before receipt
        no_effect: str | None = None
        if entry.kind is ClockEventKind.PAUSE:
            if paused_since is not None:
                no_effect = translate("Deadlines", "the clock was already paused")
            else:
                paused_since = on
        elif entry.kind is ClockEventKind.RESUME:
            if paused_since is None:
                no_effect = translate("Deadlines", "the clock was not paused")
            else:
                pauses.append((paused_since, on))
                paused_since = None
        elif entry.kind is ClockEventKind.EXTENSION:
            open_pause = [(paused_since, on)] if paused_since is not None else []
            no_effect = _extension_problem(
                entry, rule, jurisdiction, months, _compute(received, rule, pauses + open_pause, 0, rules)
            )
            if no_effect is None:
                months += entry.months
        current = pauses + ([(paused_since, on)] if paused_since is not None else [])
        steps.append(
            _Step(
                entry, no_effect, _compute(received, rule, current, months, rules), paused_since is not None
            )
        )
    if paused_since is not None:
        pauses.append((paused_since, max(as_of or paused_since, paused_since)))
    return steps, _compute(received, rule, pauses, months, rules)


def _extension_problem(
    entry: ClockEntry,
    rule: JurisdictionRule,
    jurisdiction: Jurisdiction,
    months_so_far: int,
    first_period_end: date,
) -> str | None:
    if rule.max_extension_months == 0:
        return translate("Deadlines", "no extension is possible under {jurisdiction}").format(
            jurisdiction=label_of(jurisdiction)
        )
    if not entry.reason.strip():
        return translate("Deadlines", "an extension needs its reasons")
    if entry.months < 1:
        return translate("Deadlines", "an extension must be of at least one month")
    if months_so_far + entry.months > rule.max_extension_months:
        return translate(
            "Deadlines", "at most {most} further months are allowed in total ({granted} already granted)"
        ).format(most=rule.max_extension_months, granted=months_so_far)
    if entry.on > first_period_end:
        return translate(
            "Deadlines", "the extension notice was recorded after the first period ended on {end:%Y-%m-%d}"
        ).format(end=first_period_end)
    return None


def due_date(
    received: date,
    jurisdiction: Jurisdiction,
    ledger: Sequence[ClockEntry] = (),
    rules: DeadlineRules | None = None,
    *,
    as_of: date | None = None,
) -> date:
    """The legal (or target) due date of a case; see the module docstring for the conventions.

    ``as_of`` matters only while the clock is paused: the due date then assumes the
    applicant answers on that day. Pass today's date for the register.
    """
    return _walk(received, jurisdiction, ledger, rules or DeadlineRules(), as_of)[1]


def is_paused(ledger: Sequence[ClockEntry]) -> bool:
    paused = False
    for entry in sorted(ledger, key=lambda e: e.on):
        if entry.kind is ClockEventKind.PAUSE:
            paused = True
        elif entry.kind is ClockEventKind.RESUME:
            paused = False
    return paused


def extension_notice_deadline(
    received: date,
    jurisdiction: Jurisdiction,
    ledger: Sequence[ClockEntry] = (),
    rules: DeadlineRules | None = None,
    *,
    as_of: date | None = None,
) -> date | None:
    """Last day to record an extension notice, or None where no extension exists."""
    rules = rules or DeadlineRules()
    rule = rules.rule_for(jurisdiction)
    if rule.max_extension_months == 0:
        return None
    without = [e for e in ledger if e.kind is not ClockEventKind.EXTENSION]
    return due_date(received, jurisdiction, without, rules, as_of=as_of)


def validate_entry(
    received: date,
    jurisdiction: Jurisdiction,
    ledger: Sequence[ClockEntry],
    entry: ClockEntry,
    rules: DeadlineRules | None = None,
) -> str | None:
    """Why ``entry`` should not be added to ``ledger`` (a sentence for staff), or None if fine."""
    if entry.on < received:
        return translate(
            "Deadlines", "The date {day:%Y-%m-%d} is before the request was received ({received:%Y-%m-%d})."
        ).format(day=entry.on, received=received)
    if entry.kind is ClockEventKind.PAUSE and not entry.reason.strip():
        return translate("Deadlines", "Say why the clock is paused (e.g. identity documents requested).")
    steps, _ = _walk(received, jurisdiction, [*ledger, entry], rules or DeadlineRules(), None)
    mine = next(step for step in steps if step.entry is entry)
    if mine.no_effect is not None:
        return translate("Deadlines", "{entry}: not possible because {reason}.").format(
            entry=label_of(entry.kind), reason=mine.no_effect
        )
    return None


def days_left(due: date, today: date) -> int:
    """Days until the due date: 0 on the day itself, negative once overdue."""
    return (due - today).days


def due_soon_label(days: int) -> str:
    """The manager sets how many days count as "due soon"; every caption says the number."""
    if days == 0:
        return translate("Deadlines", "Due today")
    return translate("Deadlines", "Due within %n day(s)", None, days)


class Urgency(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def urgency(due: date, today: date, rules: DeadlineRules | None = None) -> Urgency:
    """Overdue after the due day; due soon from ``due_soon_days`` before it up to the day itself."""
    left = days_left(due, today)
    if left < 0:
        return Urgency.OVERDUE
    if left <= (rules or DeadlineRules()).due_soon_days:
        return Urgency.DUE_SOON
    return Urgency.ON_TRACK


@dataclass(frozen=True)
class LedgerRow:
    on: date
    event: str
    reason: str
    due_after: date
    paused: bool = False

    def as_texts(self) -> tuple[str, str, str, str]:
        due = self.due_after.isoformat() + (translate("Deadlines", " (clock paused)") if self.paused else "")
        return self.on.isoformat(), self.event, self.reason, due


def ledger_rows(
    received: date,
    jurisdiction: Jurisdiction,
    ledger: Sequence[ClockEntry] = (),
    rules: DeadlineRules | None = None,
) -> list[LedgerRow]:
    """The clock ledger for an auditor: receipt, then every entry with the due date after it.

    Entries that changed nothing (a late extension...) are listed with the reason they
    had no effect, because an auditor must see them too.
    """
    rules = rules or DeadlineRules()
    rule = rules.rule_for(jurisdiction)
    steps, _ = _walk(received, jurisdiction, ledger, rules, None)
    rows = [
        LedgerRow(
            received,
            translate("Deadlines", "Request received ({jurisdiction}: {period})").format(
                jurisdiction=label_of(jurisdiction), period=describe_period(rule)
            ),
            "",
            _compute(received, rule, [], 0, rules),
        )
    ]
    for step in steps:
        if step.entry.kind is ClockEventKind.EXTENSION:
            months = step.entry.months  # a plain name: lupdate drops a computed count
            event = translate("Deadlines", "Deadline extended by %n month(s)", None, months)
        else:
            event = label_of(step.entry.kind)
        if step.no_effect is not None:
            event = translate("Deadlines", "{event} — no effect: {reason}").format(
                event=event, reason=step.no_effect
            )
        rows.append(LedgerRow(step.entry.on, event, step.entry.reason, step.due_after, step.paused))
    return rows


def describe_period(rule: JurisdictionRule) -> str:
    """The rule's period as people say it: "14 calendar days", "1 month"."""
    length = rule.length  # a plain name: lupdate drops a computed count
    if rule.unit is PeriodUnit.MONTHS:
        return translate("Deadlines", "%n month(s)", None, length)
    if rule.unit is PeriodUnit.BUSINESS_DAYS:
        return translate("Deadlines", "%n business day(s)", None, length)
    return translate("Deadlines", "%n calendar day(s)", None, length)
