"""Dates between Python and Qt: one conversion each way for every date field of the app."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    # Built from the parts rather than with toPython(), which PySide6 types as `object`.
    return date(day.year(), day.month(), day.day())
