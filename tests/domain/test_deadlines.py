"""Deadline rules against real calendar cases, worked out by hand with a 2026–2028 calendar."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from inquiry_desk.domain.deadlines import (
    ClockEntry,
    ClockEventKind,
    DeadlineRules,
    DeadlineSettingsError,
    JurisdictionRule,
    PeriodUnit,
    Urgency,
    add_months,
    days_left,
    due_date,
    extension_notice_deadline,
    is_paused,
    ledger_rows,
    urgency,
    validate_entry,
)
from inquiry_desk.domain.enums import Jurisdiction

J = Jurisdiction
D = date
pause, resume, extension = ClockEntry.pause, ClockEntry.resume, ClockEntry.extension

DEFAULT = DeadlineRules()
JP_BUSINESS = DeadlineRules.from_json('{"jurisdictions": {"JP": {"unit": "business_days"}}}')
JP_BUSINESS_NO_CLOSURE = replace(JP_BUSINESS, year_end_closure=None)
EEA_ROLL = DeadlineRules.from_json('{"jurisdictions": {"EEA": {"roll_forward": true}}}')

CASES: list[tuple[str, date, Jurisdiction, list[ClockEntry], DeadlineRules, date]] = [
    # --- GDPR: one month, same day-number, clamped to the month's end
    ("mid-month", D(2026, 1, 15), J.EEA, [], DEFAULT, D(2026, 2, 15)),
    ("Jan 31 -> end of Feb", D(2026, 1, 31), J.EEA, [], DEFAULT, D(2026, 2, 28)),
    ("Jan 31 leap year -> Feb 29", D(2028, 1, 31), J.EEA, [], DEFAULT, D(2028, 2, 29)),
    ("Feb 29 receipt", D(2028, 2, 29), J.EEA, [], DEFAULT, D(2028, 3, 29)),
    ("Feb 28 non-leap", D(2027, 2, 28), J.EEA, [], DEFAULT, D(2027, 3, 28)),
    ("Mar 31 -> Apr 30", D(2026, 3, 31), J.EEA, [], DEFAULT, D(2026, 4, 30)),
    ("across the year", D(2026, 12, 15), J.EEA, [], DEFAULT, D(2027, 1, 15)),
    ("UK like EEA", D(2026, 8, 31), J.UK, [], DEFAULT, D(2026, 9, 30)),
    ("Saturday due date stays by default", D(2026, 1, 14), J.EEA, [], DEFAULT, D(2026, 2, 14)),
    ("roll forward: Sat -> Mon", D(2026, 1, 14), J.EEA, [], EEA_ROLL, D(2026, 2, 16)),
    ("roll forward over New Year closure", D(2026, 12, 1), J.EEA, [], EEA_ROLL, D(2027, 1, 4)),
    ("roll forward over Golden Week", D(2026, 4, 3), J.EEA, [], EEA_ROLL, D(2026, 5, 7)),
    # --- GDPR extensions: counted from receipt, not chained from a clamped date
    (
        "extension 2 months from Jan 31",
        D(2026, 1, 31),
        J.EEA,
        [extension(D(2026, 2, 20), 2, "Complex request")],
        DEFAULT,
        D(2026, 4, 30),
    ),
    (
        "extension on the last day of the first month",
        D(2026, 1, 31),
        J.EEA,
        [extension(D(2026, 2, 28), 2, "Many requests")],
        DEFAULT,
        D(2026, 4, 30),
    ),
    (
        "extension recorded too late has no effect",
        D(2026, 1, 31),
        J.EEA,
        [extension(D(2026, 3, 1), 2, "Complex request")],
        DEFAULT,
        D(2026, 2, 28),
    ),
    (
        "extension without reasons has no effect",
        D(2026, 1, 15),
        J.EEA,
        [extension(D(2026, 1, 20), 2, " ")],
        DEFAULT,
        D(2026, 2, 15),
    ),
    (
        "two one-month extensions",
        D(2026, 1, 15),
        J.EEA,
        [extension(D(2026, 1, 20), 1, "a"), extension(D(2026, 2, 1), 1, "b")],
        DEFAULT,
        D(2026, 4, 15),
    ),
    (
        "a third month is refused",
        D(2026, 1, 15),
        J.EEA,
        [extension(D(2026, 1, 20), 2, "a"), extension(D(2026, 2, 1), 1, "b")],
        DEFAULT,
        D(2026, 4, 15),
    ),
    (
        "three months at once is refused",
        D(2026, 1, 15),
        J.EEA,
        [extension(D(2026, 1, 20), 3, "a")],
        DEFAULT,
        D(2026, 2, 15),
    ),
    (
        "no extension under APPI",
        D(2026, 4, 1),
        J.JP,
        [extension(D(2026, 4, 2), 2, "Complex")],
        DEFAULT,
        D(2026, 4, 15),
    ),
    # --- GDPR pauses move the due date by the paused days
    (
        "pause 8 days",
        D(2026, 3, 10),
        J.EEA,
        [pause(D(2026, 3, 12), "ID requested"), resume(D(2026, 3, 20))],
        DEFAULT,
        D(2026, 4, 18),
    ),
    (
        "pause on the day of receipt",
        D(2026, 1, 10),
        J.EEA,
        [pause(D(2026, 1, 10), "Form sent"), resume(D(2026, 1, 20))],
        DEFAULT,
        D(2026, 2, 20),
    ),
    (
        "pause then extension within the paused-extended first month",
        D(2026, 1, 10),
        J.EEA,
        [pause(D(2026, 1, 12), "ID"), resume(D(2026, 2, 12)), extension(D(2026, 3, 5), 2, "Complex")],
        DEFAULT,
        D(2026, 5, 11),
    ),
    (
        "pause then extension after the paused-extended first month",
        D(2026, 1, 10),
        J.EEA,
        [pause(D(2026, 1, 12), "ID"), resume(D(2026, 2, 12)), extension(D(2026, 3, 14), 2, "Complex")],
        DEFAULT,
        D(2026, 3, 13),
    ),
    (
        "ledger order does not matter",
        D(2026, 3, 10),
        J.EEA,
        [resume(D(2026, 3, 20)), pause(D(2026, 3, 12), "ID requested")],
        DEFAULT,
        D(2026, 4, 18),
    ),
    (
        "a second pause while paused changes nothing",
        D(2026, 3, 10),
        J.EEA,
        [pause(D(2026, 3, 12), "ID"), pause(D(2026, 3, 14), "fee"), resume(D(2026, 3, 20))],
        DEFAULT,
        D(2026, 4, 18),
    ),
    (
        "two pauses add up",
        D(2026, 3, 10),
        J.EEA,
        [
            pause(D(2026, 3, 12), "ID"),
            resume(D(2026, 3, 14)),
            pause(D(2026, 3, 20), "fee"),
            resume(D(2026, 3, 25)),
        ],
        DEFAULT,
        D(2026, 4, 17),
    ),
    # --- APPI: 14 calendar days by default
    ("APPI calendar over Golden Week", D(2026, 4, 28), J.JP, [], DEFAULT, D(2026, 5, 12)),
    ("APPI calendar over New Year", D(2026, 12, 25), J.JP, [], DEFAULT, D(2027, 1, 8)),
    ("APPI calendar leap February", D(2028, 2, 20), J.JP, [], DEFAULT, D(2028, 3, 5)),
    (
        "APPI calendar with pause across Golden Week",
        D(2026, 4, 24),
        J.JP,
        [pause(D(2026, 4, 27), "Form sent"), resume(D(2026, 5, 7))],
        DEFAULT,
        D(2026, 5, 18),
    ),
    # --- APPI: 14 business days (weekends, jpholiday, year-end closure)
    ("Golden Week 2026", D(2026, 4, 28), J.JP, [], JP_BUSINESS, D(2026, 5, 22)),
    ("Golden Week 2027", D(2027, 4, 28), J.JP, [], JP_BUSINESS, D(2027, 5, 24)),
    ("received on a Golden Week Saturday", D(2026, 5, 2), J.JP, [], JP_BUSINESS, D(2026, 5, 26)),
    ("New Year closure + Coming of Age Day", D(2026, 12, 25), J.JP, [], JP_BUSINESS, D(2027, 1, 21)),
    ("New Year without company closure", D(2026, 12, 25), J.JP, [], JP_BUSINESS_NO_CLOSURE, D(2027, 1, 18)),
    (
        "pause across Golden Week",
        D(2026, 4, 24),
        J.JP,
        [pause(D(2026, 4, 27), "ID requested"), resume(D(2026, 5, 7), "ID arrived")],
        JP_BUSINESS,
        D(2026, 5, 26),
    ),
    (
        "pause across New Year closure",
        D(2026, 12, 21),
        J.JP,
        [pause(D(2026, 12, 23), "Fee requested"), resume(D(2027, 1, 5))],
        JP_BUSINESS,
        D(2027, 1, 22),
    ),
    (
        "extra company closure day",
        D(2026, 4, 28),
        J.JP,
        [],
        replace(JP_BUSINESS, extra_closed_days=frozenset({D(2026, 5, 21)})),
        D(2026, 5, 25),
    ),
    # --- other jurisdictions: 30 calendar days
    ("other: 30 days", D(2026, 1, 31), J.OTHER, [], DEFAULT, D(2026, 3, 2)),
]


@pytest.mark.parametrize(
    ("received", "jurisdiction", "ledger", "rules", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_due_date(
    received: date, jurisdiction: Jurisdiction, ledger: list[ClockEntry], rules: DeadlineRules, expected: date
) -> None:
    assert due_date(received, jurisdiction, ledger, rules) == expected


def test_default_rules_are_used_without_rules() -> None:
    assert due_date(D(2026, 1, 31), J.EEA) == D(2026, 2, 28)


def test_open_pause_counts_up_to_as_of() -> None:
    ledger = [pause(D(2026, 3, 12), "ID requested")]
    assert is_paused(ledger)
    assert due_date(D(2026, 3, 10), J.EEA, ledger) == D(2026, 4, 10)
    assert due_date(D(2026, 3, 10), J.EEA, ledger, as_of=D(2026, 3, 15)) == D(2026, 4, 13)
    assert not is_paused([*ledger, resume(D(2026, 3, 15))])


@pytest.mark.parametrize(
    ("day", "business"),
    [
        (D(2026, 5, 6), False),  # substitute holiday for Constitution Day (Sunday)
        (D(2026, 5, 1), True),
        (D(2026, 9, 22), False),  # citizens' holiday between Respect for the Aged Day and Equinox
        (D(2026, 12, 28), True),
        (D(2026, 12, 29), False),  # year-end closure starts
        (D(2027, 1, 3), False),
        (D(2027, 1, 4), True),
        (D(2026, 11, 14), False),  # Saturday
    ],
)
def test_business_days(day: date, business: bool) -> None:
    assert DEFAULT.is_business_day(day) is business


def test_closure_within_one_year() -> None:
    rules = DeadlineRules.from_json('{"year_end_closure": {"from": "08-13", "to": "08-16"}}')
    assert not rules.is_business_day(D(2026, 8, 14))
    assert rules.is_business_day(D(2026, 12, 29))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 1, 31), 3, D(2026, 4, 30)),
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 11, 30), 2, D(2027, 1, 30)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("today", "left", "state"),
    [
        (D(2026, 2, 10), 5, Urgency.ON_TRACK),
        (D(2026, 2, 11), 4, Urgency.ON_TRACK),
        (D(2026, 2, 12), 3, Urgency.DUE_SOON),
        (D(2026, 2, 15), 0, Urgency.DUE_SOON),
        (D(2026, 2, 16), -1, Urgency.OVERDUE),
    ],
)
def test_days_left_and_urgency(today: date, left: int, state: Urgency) -> None:
    due = D(2026, 2, 15)
    assert days_left(due, today) == left
    assert urgency(due, today) is state


def test_due_soon_is_configurable() -> None:
    rules = DeadlineRules.from_json('{"due_soon_days": 7}')
    assert urgency(D(2026, 2, 15), D(2026, 2, 8), rules) is Urgency.DUE_SOON


def test_extension_notice_deadline() -> None:
    ledger = [pause(D(2026, 1, 12), "ID"), resume(D(2026, 2, 12)), extension(D(2026, 2, 1), 2, "x")]
    assert extension_notice_deadline(D(2026, 1, 10), J.EEA, ledger) == D(2026, 3, 13)
    assert extension_notice_deadline(D(2026, 1, 10), J.JP) is None


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (extension(D(2026, 3, 1), 2, "Complex"), "after the first period ended on 2026-02-28"),
        (extension(D(2026, 2, 1), 2, ""), "needs its reasons"),
        (extension(D(2026, 2, 1), 0, "x"), "at least one month"),
        (extension(D(2026, 2, 1), 3, "x"), "at most 2 further months"),
        (pause(D(2026, 2, 1), " "), "Say why the clock is paused"),
        (resume(D(2026, 2, 1)), "the clock was not paused"),
        (pause(D(2026, 1, 30), "ID"), "before the request was received"),
    ],
)
def test_validate_entry_refuses(entry: ClockEntry, message: str) -> None:
    error = validate_entry(D(2026, 1, 31), J.EEA, [], entry)
    assert error is not None and message in error


def test_validate_entry_accepts() -> None:
    ledger = [pause(D(2026, 2, 2), "ID requested")]
    assert validate_entry(D(2026, 1, 31), J.EEA, ledger, resume(D(2026, 2, 9))) is None
    assert validate_entry(D(2026, 1, 31), J.EEA, [], extension(D(2026, 2, 28), 2, "x")) is None
    assert "already paused" in (
        validate_entry(D(2026, 1, 31), J.EEA, ledger, pause(D(2026, 2, 3), "fee")) or ""
    )
    assert "no extension is possible under Japan" in (
        validate_entry(D(2026, 1, 31), J.JP, [], extension(D(2026, 2, 1), 1, "x")) or ""
    )


def test_ledger_rows_for_auditor() -> None:
    ledger = [
        pause(D(2026, 2, 2), "ID requested"),
        resume(D(2026, 2, 9), "ID arrived"),
        extension(D(2026, 2, 20), 2, "Complex request"),
        extension(D(2026, 3, 10), 1, "More"),
    ]
    rows = [row.as_texts() for row in ledger_rows(D(2026, 1, 31), J.EEA, ledger)]
    assert rows == [
        ("2026-01-31", "Request received (EEA (GDPR): 1 month)", "", "2026-02-28"),
        ("2026-02-02", "Clock paused", "ID requested", "2026-02-28 (clock paused)"),
        ("2026-02-09", "Clock resumed", "ID arrived", "2026-03-07"),
        ("2026-02-20", "Deadline extended by 2 months", "Complex request", "2026-05-07"),
        (
            "2026-03-10",
            "Deadline extended by 1 month — no effect: at most 2 further months are "
            "allowed in total (2 already granted)",
            "More",
            "2026-05-07",
        ),
    ]
    assert ledger_rows(D(2026, 4, 1), J.JP)[0].event == "Request received (Japan (APPI): 14 calendar days)"
    assert ClockEventKind.PAUSE.label == "Clock paused"


def test_settings_round_trip() -> None:
    rules = DeadlineRules(
        jurisdictions={**DEFAULT.jurisdictions, J.OTHER: JurisdictionRule(PeriodUnit.CALENDAR_DAYS, 45)},
        year_end_closure=((12, 28), (1, 4)),
        extra_closed_days=frozenset({D(2026, 8, 14)}),
        due_soon_days=5,
    )
    assert DeadlineRules.from_json(rules.to_json()) == rules
    assert DeadlineRules.from_json(DEFAULT.to_json()) == DEFAULT
    assert DeadlineRules.from_json("{}") == DEFAULT
    assert DeadlineRules.from_json('{"year_end_closure": null}').year_end_closure is None
    assert json.loads(DEFAULT.to_json())["jurisdictions"]["JP"]["length"] == 14


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "settings must be an object"),
        ('{"due_soon": 3}', 'unknown setting "due_soon"'),
        ('{"jurisdictions": {"FR": {}}}', 'unknown setting "jurisdictions.FR"'),
        ('{"jurisdictions": {"JP": {"length": "14"}}}', "jurisdictions.JP.length must be a whole number"),
        ('{"jurisdictions": {"JP": {"length": 0}}}', "jurisdictions.JP: length must be from 1 to 366"),
        ('{"jurisdictions": {"JP": {"unit": "weeks"}}}', "jurisdictions.JP.unit must be one of months"),
        ('{"jurisdictions": {"JP": {"max_extension_months": 1}}}', 'need unit "months"'),
        ('{"jurisdictions": {"EEA": {"max_extension_months": 3}}}', "at most two further months"),
        ('{"jurisdictions": {"JP": {"roll_forward": "yes"}}}', "roll_forward must be true or false"),
        ('{"year_end_closure": {"from": "12-32", "to": "01-03"}}', 'month-day like "12-29"'),
        ('{"year_end_closure": {"from": "12-29"}}', 'needs both "from" and "to"'),
        ('{"extra_closed_days": ["2026-13-01"]}', "is not a date"),
        ('{"extra_closed_days": "2026-08-14"}', "must be a list"),
        ('{"due_soon_days": -1}', "due_soon_days must be 0 or more"),
        ('{"due_soon_days": true}', "due_soon_days must be a whole number"),
    ],
)
def test_invalid_settings_say_what_to_fix(text: str, message: str) -> None:
    with pytest.raises(DeadlineSettingsError, match="Deadline settings") as info:
        DeadlineRules.from_json(text)
    assert message in str(info.value)
