"""The register's columns: their numbers, headings, tips, sort keys and starting widths."""

from __future__ import annotations

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP

(
    COL_REF,
    COL_RECEIVED,
    COL_CHANNEL,
    COL_KIND,
    COL_TYPES,
    COL_APPLICANT,
    COL_STATE,
    COL_DUE,
    COL_DAYS_LEFT,
    COL_ASSIGNEE,
) = range(10)
COLUMN_COUNT = 10

HEADERS = {
    COL_REF: QT_TRANSLATE_NOOP("RegisterModel", "Reference"),
    COL_RECEIVED: QT_TRANSLATE_NOOP("RegisterModel", "Received"),
    COL_CHANNEL: QT_TRANSLATE_NOOP("RegisterModel", "Channel"),
    COL_KIND: QT_TRANSLATE_NOOP("RegisterModel", "Kind"),
    COL_TYPES: QT_TRANSLATE_NOOP("RegisterModel", "Request types"),
    COL_APPLICANT: QT_TRANSLATE_NOOP("RegisterModel", "Applicant"),
    COL_STATE: QT_TRANSLATE_NOOP("RegisterModel", "State"),
    COL_DUE: QT_TRANSLATE_NOOP("RegisterModel", "Due"),
    COL_DAYS_LEFT: QT_TRANSLATE_NOOP("RegisterModel", "Days left"),
    COL_ASSIGNEE: QT_TRANSLATE_NOOP("RegisterModel", "Assignee"),
}
HEADER_TIPS = {
    COL_APPLICANT: QT_TRANSLATE_NOOP(
        "RegisterModel",
        "Applicant names are stored encrypted, so this column cannot be sorted. "
        "Use the search box to find a name.",
    ),
    COL_TYPES: QT_TRANSLATE_NOOP("RegisterModel", "Request types cannot be sorted; filter by them instead."),
    COL_DAYS_LEFT: QT_TRANSLATE_NOOP(
        "RegisterModel", "Sorted by due date. Cases waiting for the applicant have their clock paused."
    ),
}
# Column → RegisterService sort key; columns missing here are not sortable.
SORT_KEY_BY_COLUMN = {
    COL_REF: "ref",
    COL_RECEIVED: "received",
    COL_CHANNEL: "channel",
    COL_KIND: "kind",
    COL_STATE: "state",
    COL_DUE: "due",
    COL_DAYS_LEFT: "due",
    COL_ASSIGNEE: "assignee",
}

# Starting widths from sample text in the UI font (plus padding): no row is measured, and
# the user may drag them; QSettings keeps what they chose.
COLUMN_SAMPLES = {
    COL_REF: "PI-2026-00000",
    COL_RECEIVED: "2026-12-31",
    COL_CHANNEL: "In person",
    COL_KIND: "Consultation",
    COL_TYPES: "Disclosure, Purpose of use, Cor",
    COL_APPLICANT: "山田 花子 / Marie Dupont",
    COL_STATE: QT_TRANSLATE_NOOP("RegisterModel", "Awaiting applicant"),
    COL_DUE: "2026-12-31",
    COL_DAYS_LEFT: "10 d overdue",
    COL_ASSIGNEE: "Sugahara Shin",
}
