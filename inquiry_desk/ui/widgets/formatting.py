"""How values read on screen: dates, deadlines, amounts, request types. Shared by every screen.

Japanese screens write dates as 2026年12月2日 and, where the weekday helps (a deadline),
12月2日(水); amounts as 1,000円. English screens keep ISO dates (2026-12-02) and "1,000 JPY".
Domain words come from the domain's own Japanese labels (`label_of`), the letters' words.
"""

from __future__ import annotations

from datetime import date, datetime

from inquiry_desk.domain.enums import CaseState, Language, RequestType
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, current_language, label_of, translate

_ERASED = QT_TRANSLATE_NOOP("Formatting", "— erased —")
_WEEKDAYS_JA = "月火水木金土日"
NONE = "—"


def erased_text() -> str:
    return translate("Formatting", _ERASED)


def _ja() -> bool:
    return current_language() is Language.JA


def fmt_date(value: date | None) -> str:
    if not value:
        return NONE
    return f"{value.year}年{value.month}月{value.day}日" if _ja() else value.strftime("%Y-%m-%d")


def fmt_date_weekday(value: date | None) -> str:
    """A date where the day of the week matters to the reader: a deadline, an appointment."""
    if not value:
        return NONE
    if _ja():
        return f"{value.year}年{value.month}月{value.day}日({_WEEKDAYS_JA[value.weekday()]})"
    return value.strftime("%a %Y-%m-%d")


def fmt_date_short(value: date | None) -> str:
    """A compact date for a narrow column: 12/2(水) in Japanese, 2 Dec in English."""
    if not value:
        return NONE
    if _ja():
        return f"{value.month}/{value.day}({_WEEKDAYS_JA[value.weekday()]})"
    return f"{value.day} {value.strftime('%b')}"


def fmt_datetime(value: datetime | None) -> str:
    if not value:
        return NONE
    if _ja():
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
    return value.strftime("%Y-%m-%d %H:%M")


def fmt_yen(amount: int) -> str:
    """1,000円 / 1,000 JPY."""
    return f"{amount:,}円" if _ja() else f"{amount:,} JPY"


def yen_suffix() -> str:
    """The unit after an amount in a spin box."""
    return "円" if _ja() else " JPY"


def days_left_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return translate("Formatting", "%n d overdue", None, -days)
    if days == 0:
        return translate("Formatting", "due today")
    return translate("Formatting", "%n d", None, days)


def request_types_short(types: list[RequestType]) -> str:
    return ("、" if _ja() else ", ").join(label_of(t) for t in types) if types else NONE


def request_types_full(types: list[RequestType]) -> str:
    if not types:
        return NONE
    if _ja():
        return "\n".join(t.label_ja for t in types)
    return "\n".join(f"{t.label} ({t.label_ja})" for t in types)


def state_label(state: CaseState) -> str:
    return label_of(state)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
