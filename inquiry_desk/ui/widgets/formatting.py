"""How values read on screen: dates, deadlines, request types. Shared by table and case view."""

from __future__ import annotations

from datetime import date, datetime

from inquiry_desk.domain.enums import CaseState, RequestType

ERASED = "— erased —"


def fmt_date(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "—"


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def days_left_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return f"{-days} d overdue"
    if days == 0:
        return "due today"
    return f"{days} d"


def request_types_short(types: list[RequestType]) -> str:
    return ", ".join(t.label for t in types) if types else "—"


def request_types_full(types: list[RequestType]) -> str:
    return "\n".join(f"{t.label} ({t.label_ja})" for t in types) if types else "—"


def state_label(state: CaseState) -> str:
    return state.label


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
