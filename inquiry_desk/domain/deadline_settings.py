"""Deadline settings: the rules per jurisdiction and the company calendar, as the manager edits them.

The settings are a JSON file (see :meth:`DeadlineRules.from_json`); keys left out keep
their defaults, and every mistake is reported as a DeadlineSettingsError whose message
says what to fix. The conventions the rules are applied with are in domain/deadlines.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from inquiry_desk.domain.enums import Jurisdiction
from inquiry_desk.domain.i18n import translate

MonthDay = tuple[int, int]


class DeadlineSettingsError(ValueError):
    """The deadline settings file is invalid; the message says what to fix."""


class PeriodUnit(StrEnum):
    MONTHS = "months"
    CALENDAR_DAYS = "calendar_days"
    BUSINESS_DAYS = "business_days"


@dataclass(frozen=True)
class JurisdictionRule:
    unit: PeriodUnit
    length: int
    max_extension_months: int = 0
    roll_forward: bool = False

    def __post_init__(self) -> None:
        limit = 12 if self.unit is PeriodUnit.MONTHS else 366
        if not 1 <= self.length <= limit:
            raise DeadlineSettingsError(
                translate("Deadlines", "length must be from 1 to {limit} {unit}, not {length}").format(
                    limit=limit, unit=self.unit.value, length=self.length
                )
            )
        if not 0 <= self.max_extension_months <= 12:
            raise DeadlineSettingsError(translate("Deadlines", "max_extension_months must be from 0 to 12"))
        if self.max_extension_months and self.unit is not PeriodUnit.MONTHS:
            raise DeadlineSettingsError(
                translate("Deadlines", 'extensions are counted in months, so they need unit "months"')
            )


def _default_jurisdictions() -> dict[Jurisdiction, JurisdictionRule]:
    gdpr = JurisdictionRule(PeriodUnit.MONTHS, 1, max_extension_months=2)
    return {
        Jurisdiction.JP: JurisdictionRule(PeriodUnit.CALENDAR_DAYS, 14),
        Jurisdiction.EEA: gdpr,
        Jurisdiction.UK: gdpr,
        Jurisdiction.OTHER: JurisdictionRule(PeriodUnit.CALENDAR_DAYS, 30),
    }


@dataclass(frozen=True)
class DeadlineRules:
    """The deadline settings the manager can edit (see :meth:`from_json`)."""

    jurisdictions: Mapping[Jurisdiction, JurisdictionRule] = field(default_factory=_default_jurisdictions)
    year_end_closure: tuple[MonthDay, MonthDay] | None = ((12, 29), (1, 3))
    extra_closed_days: frozenset[date] = frozenset()
    due_soon_days: int = 3

    def __post_init__(self) -> None:
        for juris, rule in self.jurisdictions.items():
            if juris.is_gdpr and rule.max_extension_months > 2:
                raise DeadlineSettingsError(
                    translate(
                        "Deadlines", "jurisdictions.{key}: GDPR Art. 12(3) allows at most two further months"
                    ).format(key=juris.value)
                )
        if self.due_soon_days < 0:
            raise DeadlineSettingsError(translate("Deadlines", "due_soon_days must be 0 or more"))

    def rule_for(self, jurisdiction: Jurisdiction) -> JurisdictionRule:
        return self.jurisdictions.get(jurisdiction) or _default_jurisdictions()[jurisdiction]

    def is_business_day(self, day: date) -> bool:
        # Imported on first use: only business-day rules need the holiday calendar, and
        # start-up should not pay for it.
        import jpholiday

        if day.weekday() >= 5 or jpholiday.is_holiday(day) or day in self.extra_closed_days:
            return False
        return not self._in_year_end_closure(day)

    def _in_year_end_closure(self, day: date) -> bool:
        if self.year_end_closure is None:
            return False
        start, end = self.year_end_closure
        md = (day.month, day.day)
        # The closure usually spans New Year, so the range wraps around the year's end.
        return start <= md <= end if start <= end else (md >= start or md <= end)

    def to_json(self) -> str:
        closure = (
            None
            if self.year_end_closure is None
            else {
                "from": f"{self.year_end_closure[0][0]:02d}-{self.year_end_closure[0][1]:02d}",
                "to": f"{self.year_end_closure[1][0]:02d}-{self.year_end_closure[1][1]:02d}",
            }
        )
        data = {
            "jurisdictions": {
                j.value: {
                    "unit": r.unit.value,
                    "length": r.length,
                    "max_extension_months": r.max_extension_months,
                    "roll_forward": r.roll_forward,
                }
                for j, r in self.jurisdictions.items()
            },
            "year_end_closure": closure,
            "extra_closed_days": sorted(d.isoformat() for d in self.extra_closed_days),
            "due_soon_days": self.due_soon_days,
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> DeadlineRules:
        """Read settings; keys left out keep their defaults. Raises DeadlineSettingsError."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DeadlineSettingsError(
                translate("Deadlines", "Deadline settings are not valid JSON: {error}").format(error=exc)
            ) from None
        try:
            return _rules_from_data(data)
        except DeadlineSettingsError as exc:
            raise DeadlineSettingsError(
                translate("Deadlines", "Deadline settings: {problem}").format(problem=exc)
            ) from None


def _check_keys(data: Any, allowed: Iterable[str], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        if where == "settings":
            raise DeadlineSettingsError(translate("Deadlines", "settings must be an object ({...})"))
        raise DeadlineSettingsError(
            translate("Deadlines", "{where} must be an object ({{...}})").format(where=where)
        )
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        path = unknown[0] if where == "settings" else f"{where}.{unknown[0]}"
        raise DeadlineSettingsError(
            translate("Deadlines", 'unknown setting "{path}"; known: {known}').format(
                path=path, known=", ".join(allowed)
            )
        )
    return dict(data)


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DeadlineSettingsError(
            translate("Deadlines", "{where} must be a whole number, not {value}").format(
                where=where, value=json.dumps(value)
            )
        )
    return int(value)


def _month_day(value: Any, where: str) -> MonthDay:
    try:
        month, day = (int(part) for part in str(value).split("-"))
        date(2000, month, day)  # a leap year, so that 02-29 is accepted
    except ValueError:
        raise DeadlineSettingsError(
            translate("Deadlines", '{where} must be a month-day like "12-29", not {value}').format(
                where=where, value=json.dumps(value)
            )
        ) from None
    return month, day


def _rules_from_data(data: Any) -> DeadlineRules:
    top = _check_keys(
        data, ("jurisdictions", "year_end_closure", "extra_closed_days", "due_soon_days"), "settings"
    )
    defaults = DeadlineRules()
    jurisdictions = dict(defaults.jurisdictions)
    for key, raw in _check_keys(
        top.get("jurisdictions", {}), [j.value for j in Jurisdiction], "jurisdictions"
    ).items():
        where = f"jurisdictions.{key}"
        item = _check_keys(raw, ("unit", "length", "max_extension_months", "roll_forward"), where)
        base = jurisdictions[Jurisdiction(key)]
        unit_text = item.get("unit", base.unit.value)
        units = [u.value for u in PeriodUnit]
        if not (isinstance(unit_text, str) and unit_text in units):
            raise DeadlineSettingsError(
                translate("Deadlines", "{where}.unit must be one of {units}, not {value}").format(
                    where=where, units=", ".join(units), value=json.dumps(unit_text)
                )
            )
        roll = item.get("roll_forward", base.roll_forward)
        if not isinstance(roll, bool):
            raise DeadlineSettingsError(
                translate("Deadlines", "{where}.roll_forward must be true or false").format(where=where)
            )
        length = _int(item.get("length", base.length), f"{where}.length")
        extension = _int(
            item.get("max_extension_months", base.max_extension_months), f"{where}.max_extension_months"
        )
        try:
            rule = JurisdictionRule(PeriodUnit(unit_text), length, extension, roll)
        except DeadlineSettingsError as exc:
            raise DeadlineSettingsError(
                translate("Deadlines", "{where}: {problem}").format(where=where, problem=exc)
            ) from None
        jurisdictions[Jurisdiction(key)] = rule
    closure: tuple[MonthDay, MonthDay] | None = defaults.year_end_closure
    if "year_end_closure" in top:
        raw_closure = top["year_end_closure"]
        if raw_closure is None:
            closure = None
        else:
            item = _check_keys(raw_closure, ("from", "to"), "year_end_closure")
            if not {"from", "to"} <= set(item):
                raise DeadlineSettingsError(
                    translate("Deadlines", 'year_end_closure needs both "from" and "to"')
                )
            closure = (
                _month_day(item["from"], "year_end_closure.from"),
                _month_day(item["to"], "year_end_closure.to"),
            )
    extra = top.get("extra_closed_days", [])
    if not isinstance(extra, list):
        raise DeadlineSettingsError(
            translate("Deadlines", 'extra_closed_days must be a list of dates like "2026-08-14"')
        )
    days: set[date] = set()
    for value in extra:
        try:
            days.add(date.fromisoformat(str(value)))
        except ValueError:
            raise DeadlineSettingsError(
                translate("Deadlines", 'extra_closed_days: {value} is not a date like "2026-08-14"').format(
                    value=json.dumps(value)
                )
            ) from None
    return DeadlineRules(
        jurisdictions,
        closure,
        frozenset(days),
        _int(top.get("due_soon_days", defaults.due_soon_days), "due_soon_days"),
    )
