"""The case register as a lazily fetched table model.

The register may hold 50,000 rows, nearly all anonymous rows of purged cases. Filtering
and sorting happen in SQL (RegisterService); this model only keeps the rows fetched so
far and asks for the next page when the view scrolls near the end (canFetchMore /
fetchMore). There is deliberately no QSortFilterProxyModel: it would pull every row.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inquiry_desk.domain.enums import CaseState, Language
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, current_language, label_of, translate
from inquiry_desk.services.cases.register import RegisterFilter, RegisterRow
from inquiry_desk.services.cases.register_search import COUNT_CAP
from inquiry_desk.ui.widgets.formatting import (
    days_left_text,
    erased_text,
    fmt_date,
    request_types_full,
    request_types_short,
)

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
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_PAGE = 5000

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

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

# Soft tints: readable with black text, calm enough for a table read all day.
OVERDUE_BG = QColor("#fbe3e1")
DUE_SOON_BG = QColor("#fdf1d6")
PURGED_FG = QColor("#8a8f98")


@dataclass(frozen=True, slots=True)
class _Cells:
    """What a row shows: its ten texts and its tints."""

    text: tuple[str, ...]
    background: QBrush | None
    foreground: QBrush | None


class RegisterSource(Protocol):
    """What the model needs of RegisterService (a fake can stand in)."""

    def count(self, flt: RegisterFilter) -> int: ...

    def first_page(
        self,
        flt: RegisterFilter,
        *,
        sort: str = ...,
        descending: bool = ...,
        limit: int = ...,
        count_up_to: int | None = ...,
    ) -> tuple[int, list[RegisterRow]]: ...

    def page(
        self,
        flt: RegisterFilter,
        *,
        sort: str = ...,
        descending: bool = ...,
        offset: int = ...,
        limit: int = ...,
        matches: int | None = ...,
    ) -> list[RegisterRow]: ...

    def due_soon_days(self) -> int: ...


class RegisterModel(QAbstractTableModel):
    def __init__(
        self,
        source: RegisterSource,
        today: Callable[[], date] = date.today,
        page_size: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._today = today
        self._page_size = page_size
        self._filter = RegisterFilter()
        # Newest first: the day's mail is what staff look for on opening the register.
        self._sort_key = "received"
        self._descending = True
        self._rows: list[RegisterRow] = []
        self._total = 0
        # A search stops counting at COUNT_CAP (services/cases/register_search.py): then
        # `_total` is only what is known to match, and pages are fetched until one is short.
        self._more_than: int | None = None
        # False until the first reload: the view's initial sort indicator must not query.
        self._loaded = False
        self._cache: dict[int, _Cells] = {}  # row number -> what it shows; cleared on reset
        self._day = today()
        self._soon = source.due_soon_days()
        self._day_checked = time.monotonic()
        self._brush_overdue = QBrush(OVERDUE_BG)
        self._brush_soon = QBrush(DUE_SOON_BG)
        self._brush_purged = QBrush(PURGED_FG)

    # --- what the controller changes -------------------------------------------------------
    @property
    def total(self) -> int:
        """Rows matching the filter in the database, fetched or not."""
        return self._total

    @property
    def more_than(self) -> int | None:
        """When a search matched more rows than it counted: the count it stopped at."""
        return self._more_than

    @property
    def register_filter(self) -> RegisterFilter:
        return self._filter

    def set_filter(self, flt: RegisterFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-run the query from the first page (after a filter change or a new case)."""
        # Query first, reset after: the view keeps showing the old rows while SQL runs, and
        # a refused query (busy database) leaves the model as it was.
        total, rows = self._source.first_page(
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            limit=self._page_size,
            count_up_to=COUNT_CAP,
        )
        self.beginResetModel()
        self._more_than = COUNT_CAP if total > COUNT_CAP else None
        self._total, self._rows, self._loaded = total, rows, True
        self._cache.clear()
        self.endResetModel()

    @property
    def loaded(self) -> bool:
        """Whether the register has been queried yet (the main window fills it after showing)."""
        return self._loaded

    def _fetch(self, offset: int, limit: int | None = None) -> list[RegisterRow]:
        if offset >= self._total and self._more_than is None:
            return []
        return self._source.page(
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            offset=offset,
            limit=limit or self._page_size,
            matches=self._total,
        )

    def row_for_ref(self, ref: str) -> int | None:
        """Row of a case among those fetched, fetching further pages if needed."""
        while True:
            for i, row in enumerate(self._rows):
                if row.ref == ref:
                    return i
            if not self.canFetchMore(QModelIndex()):
                return None
            self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and (len(self._rows) < self._total or self._more_than is not None)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        # Pages grow as the user keeps scrolling: OFFSET paging re-reads the skipped rows, so
        # 250 pages of 200 to the bottom of 50,000 rows would cost seconds; a few big pages do not.
        limit = min(MAX_PAGE, max(self._page_size, len(self._rows)))
        more = self._fetch(len(self._rows), limit)
        if self._more_than is not None and len(more) < limit:
            # The last page of a search that stopped counting: now the count is known.
            self._more_than = None
            self._total = len(self._rows) + len(more)
        if not more:
            # The database shrank under us (another PC purged): stop asking.
            self._total = len(self._rows)
            return
        self._total = max(self._total, len(self._rows) + len(more))
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("RegisterModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in HEADER_TIPS:
                return translate("RegisterModel", HEADER_TIPS[section])
            column = translate("RegisterModel", HEADERS[section])
            return translate("RegisterModel", "Click to sort by {column}.").format(
                column=column.lower() if current_language() is Language.EN else column
            )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEY_BY_COLUMN.get(column)
        if key is None:
            return  # encrypted or multi-valued column: nothing SQL can order by
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and (self._rows or not self._loaded):
            return  # the order in force, or nothing loaded yet: the first reload uses it
        self._sort_key, self._descending = key, descending
        if self._loaded:
            self.reload()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Called about seven times per visible cell on every paint (display, background,
        # foreground, font, alignment, check state, decoration): the answers of a row are
        # worked out once and kept until the next reset.
        r = index.row()
        if not 0 <= r < len(self._rows) or not index.isValid():
            return None
        if role == _DISPLAY:
            return self._cells(r).text[index.column()]
        if role == _BACKGROUND:
            return self._cells(r).background
        if role == _FOREGROUND:
            return self._cells(r).foreground
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == COL_DAYS_LEFT else None
        if role == ROW_ROLE:
            return self._rows[r]
        if role == _TOOLTIP:
            return self._tooltip(self._rows[r], index.column())
        return None

    def _cells(self, r: int) -> _Cells:
        now = time.monotonic()
        if now - self._day_checked > 60:
            # A register left open overnight: "days left" and the tints follow the date.
            self._day_checked = now
            if self._today() != self._day:
                self._cache.clear()
        cells = self._cache.get(r)
        if cells is None:
            row = self._rows[r]
            if not self._cache:
                self._day = self._today()
                self._soon = self._source.due_soon_days()
            cells = _Cells(
                tuple(self._display(row, c) for c in range(COLUMN_COUNT)),
                self._background(row),
                self._brush_purged if row.state is CaseState.PURGED else None,
            )
            self._cache[r] = cells
        return cells

    def _tooltip(self, row: RegisterRow, col: int) -> str | None:
        if col == COL_TYPES:
            return request_types_full(row.request_types)
        if col == COL_APPLICANT and row.damaged:
            return translate(
                "RegisterModel",
                "The stored record of this case failed its integrity check. Open the case to see "
                "how an administrator restores it; the other cases are not affected.",
            )
        if col == COL_APPLICANT and row.state is CaseState.PURGED:
            return translate(
                "RegisterModel", "Personal data of this case has been erased; the anonymous facts remain."
            )
        if col in (COL_DUE, COL_DAYS_LEFT) and row.state.clock_paused:
            return translate("RegisterModel", "Waiting for the applicant: the clock is paused.")
        return None

    def _display(self, row: RegisterRow, col: int) -> str:
        if col == COL_REF:
            return row.ref
        if col == COL_RECEIVED:
            return fmt_date(row.received)
        if col == COL_CHANNEL:
            return label_of(row.channel)
        if col == COL_KIND:
            return label_of(row.kind)
        if col == COL_TYPES:
            return request_types_short(row.request_types)
        if col == COL_APPLICANT:
            if row.damaged:
                return translate("RegisterModel", "— damaged record —")
            return erased_text() if row.state is CaseState.PURGED else (row.applicant or "—")
        if col == COL_STATE:
            return label_of(row.state) + (translate("RegisterModel", " · hold") if row.legal_hold else "")
        if col == COL_DUE:
            return fmt_date(row.due) if row.state.is_open else ""
        if col == COL_DAYS_LEFT:
            if row.state.clock_paused:
                return translate("RegisterModel", "paused")
            return days_left_text(row.days_left(self._day))
        if col == COL_ASSIGNEE:
            return row.assignee
        return ""

    def _background(self, row: RegisterRow) -> QBrush | None:
        if row.state.clock_paused or not row.state.is_open:
            return None
        days = row.days_left(self._day)
        if days is None:
            return None
        if days < 0:
            return self._brush_overdue
        if days <= self._soon:
            return self._brush_soon
        return None
