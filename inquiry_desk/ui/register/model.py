"""The case register as a lazily fetched table model.

The register may hold 50,000 rows, nearly all anonymous rows of purged cases. Filtering
and sorting happen in SQL (RegisterService); this model only keeps the rows fetched so
far and asks for the next page when the view scrolls near the end (canFetchMore /
fetchMore). There is deliberately no QSortFilterProxyModel: it would pull every row.

Applicant names are decrypted only for the rows the view shows: without a search the pages
come without names, and the first time a row is painted (or read) the names of its block of
NAME_BLOCK rows are asked of the service (`applicant_names`). The main window builds the
model before the database is open (`source=None`: empty, "Loading…") and `attach`es the
service after its first paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from inquiry_desk.domain.enums import CaseState, Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import current_language, label_of, translate
from inquiry_desk.services.cases.register_rows import COUNT_CAP, RegisterFilter, RegisterRow
from inquiry_desk.ui.register.columns import (
    COL_APPLICANT,
    COL_ASSIGNEE,
    COL_CHANNEL,
    COL_DAYS_LEFT,
    COL_DUE,
    COL_KIND,
    COL_RECEIVED,
    COL_REF,
    COL_STATE,
    COL_TYPES,
    COLUMN_COUNT,
    HEADER_TIPS,
    HEADERS,
    SORT_KEY_BY_COLUMN,
)
from inquiry_desk.ui.widgets.formatting import (
    days_left_text,
    erased_text,
    fmt_date,
    request_types_full,
    request_types_short,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_PAGE = 5000
# Names are decrypted for this many neighbouring rows at a time: more than a screenful, so one
# query serves a paint, and few enough to cost a few milliseconds.
NAME_BLOCK = 100

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

# Soft tints: readable with black text, calm enough for a table read all day.
OVERDUE_BG = QColor("#fbe3e1")
DUE_SOON_BG = QColor("#fdf1d6")
PURGED_FG = QColor("#8a8f98")
# The amber of the case view's "suggested by import" marker: a swatch beside the reference.
NEEDS_REVIEW_MARK = QColor("#f0b45a")


@dataclass(frozen=True, slots=True)
class _Cells:
    """What a row shows: its ten texts and its tints."""

    text: tuple[str, ...]
    background: QBrush | None
    foreground: QBrush | None


class RegisterSource(Protocol):
    """What the model needs of RegisterService (a fake can stand in)."""

    def count(self, flt: RegisterFilter) -> int: ...

    def first_page_unnamed(
        self,
        flt: RegisterFilter,
        *,
        sort: str = ...,
        descending: bool = ...,
        limit: int = ...,
        count_up_to: int | None = ...,
    ) -> tuple[int, list[RegisterRow]]: ...

    def page_unnamed(
        self,
        flt: RegisterFilter,
        *,
        sort: str = ...,
        descending: bool = ...,
        offset: int = ...,
        limit: int = ...,
        matches: int | None = ...,
    ) -> list[RegisterRow]: ...

    def applicant_names(self, case_ids: Iterable[int]) -> dict[int, str | None]: ...

    def due_soon_days(self) -> int: ...


class RegisterModel(QAbstractTableModel):
    # The names of the rows on screen could not be read (a busy database): the service's words.
    names_failed = Signal(str)

    def __init__(
        self,
        source: RegisterSource | None,
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
        # Rows whose applicant name has not been asked for yet (see NAME_BLOCK).
        self._unnamed: set[int] = set()
        self._day = today()
        self._soon = source.due_soon_days() if source is not None else 0
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

    def attach(self, source: RegisterSource, today: Callable[[], date] | None = None) -> None:
        """The register service, once the database is open (the model was built without it)."""
        self._source = source
        if today is not None:
            self._today = today
            self._day = today()
        self._soon = source.due_soon_days()

    @property
    def attached(self) -> bool:
        return self._source is not None

    def reload(self) -> None:
        """Re-run the query from the first page (after a filter change or a new case)."""
        if self._source is None:
            return  # the database is still opening: `attach` comes first, then the fill
        # Query first, reset after: the view keeps showing the old rows while SQL runs, and
        # a refused query (busy database) leaves the model as it was.
        total, rows = self._source.first_page_unnamed(
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
        self._unnamed = self._needing_names(rows, 0)
        self.endResetModel()

    def _needing_names(self, rows: list[RegisterRow], start: int) -> set[int]:
        # A page read with a search carries its names already (the search needed them all);
        # a purged case has none to show.
        if self._filter.search.strip():
            return set()
        return {start + i for i, row in enumerate(rows) if row.state is not CaseState.PURGED}

    def _name(self, r: int) -> None:
        """Decrypt the names of row r's block, if row r has not been named yet."""
        if r not in self._unnamed or self._source is None:
            return
        first = r - r % NAME_BLOCK
        block = [i for i in range(first, min(first + NAME_BLOCK, len(self._rows))) if i in self._unnamed]
        self._unnamed.difference_update(block)
        try:
            names = self._source.applicant_names(self._rows[i].id for i in block)
        except UserError as exc:
            # Shown as "—" until the next reload; the controller says why in the status bar.
            self.names_failed.emit(exc.message)
            return
        for i in block:
            row = self._rows[i]
            name = names.get(row.id, "")
            self._rows[i] = replace(row, applicant=name or "", damaged=name is None)
            self._cache.pop(i, None)

    @property
    def loaded(self) -> bool:
        """Whether the register has been queried yet (the main window fills it after showing)."""
        return self._loaded

    def _fetch(self, offset: int, limit: int | None = None) -> list[RegisterRow]:
        if self._source is None or (offset >= self._total and self._more_than is None):
            return []
        return self._source.page_unnamed(
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
        self._name(row)
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
        self._unnamed |= self._needing_names(more, start)
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
        r = index.row()
        if not 0 <= r < len(self._rows) or not index.isValid():
            return None
        return self._answer(r, index.column(), role)

    def multiData(
        self, index: QModelIndex | QPersistentModelIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        # The view's delegate asks for seven roles of every visible cell on every paint
        # (display, background, foreground, font, alignment, check state, decoration), in
        # one multiData call since Qt 6. Answering them here in one Python call instead of
        # seven calls of `data` takes about a third off a repaint (tests/bench).
        r = index.row()
        valid = 0 <= r < len(self._rows) and index.isValid()
        col = index.column()
        # A span is a sequence at run time (len and indexing); PySide's stubs leave that out.
        asked = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        for role_data in cast("Sequence[QModelRoleData]", asked):
            value = self._answer(r, col, role_data.role()) if valid else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _answer(self, r: int, col: int, role: int) -> Any:
        # The answers of a row are worked out once (`_cells`) and kept until the next reset.
        if role == _DISPLAY:
            return self._cells(r).text[col]
        if role == _BACKGROUND:
            return self._cells(r).background
        if role == _FOREGROUND:
            return self._cells(r).foreground
        if role == _ALIGNMENT:
            return _RIGHT if col == COL_DAYS_LEFT else None
        if role == _DECORATION:
            if col == COL_REF and self._rows[r].needs_review:
                return NEEDS_REVIEW_MARK
            return None
        if role == ROW_ROLE:
            return self.row_at(r)
        if role == _TOOLTIP:
            return self._tooltip(self.row_at(r), col)
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
            self._name(r)
            row = self._rows[r]
            if not self._cache and self._source is not None:
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
        if col == COL_REF and row.needs_review:
            return translate(
                "RegisterModel", "Needs review: the import guessed some details; open the case to check them."
            )
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
            if row.merged_into:
                # A duplicate filed into its case: where it went says more than "purged".
                return translate("RegisterModel", "Merged into {ref}").format(ref=row.merged_into)
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
