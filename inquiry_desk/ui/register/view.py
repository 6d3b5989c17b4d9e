"""The register screen: search box, filter bar and the case table. Layout only.

The view turns widget state into a `RegisterFilter` and announces changes; the
controller (main_controller) applies them to the model. Typing in the search box is
debounced so that a burst of keystrokes costs one query, not one per key.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.deadlines import due_soon_label
from inquiry_desk.domain.enums import CaseKind, CaseState, Channel
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.cases.register_rows import RegisterFilter, RegisterRow
from inquiry_desk.ui.register.columns import (
    COL_DUE,
    COL_RECEIVED,
    COL_REF,
    COLUMN_SAMPLES,
    SORT_KEY_BY_COLUMN,
)
from inquiry_desk.ui.register.model import ROW_ROLE, RegisterModel
from inquiry_desk.ui.widgets.formatting import fmt_date

SEARCH_DEBOUNCE_MS = 150
OPEN = "open"
NEEDS_REVIEW = "review"  # the "waiting on" combo's item for cases with an import's suggestions


class RegisterView(QWidget):
    filter_changed = Signal()
    case_activated = Signal(str)

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("RegisterView", "Search reference, name, furigana, email, phone, customer no.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("registerSearch")
        self.state = QComboBox()
        self.state.addItem(translate("RegisterView", "All states"), None)
        self.state.addItem(translate("RegisterView", "Open cases"), OPEN)
        for st in CaseState:
            self.state.addItem(label_of(st), st)
        self.channel = _combo(translate("RegisterView", "All channels"), [(label_of(c), c) for c in Channel])
        self.kind = _combo(translate("RegisterView", "All kinds"), [(label_of(k), k) for k in CaseKind])
        self.due = _combo(
            translate("RegisterView", "Any deadline"),
            [
                (translate("RegisterView", "Overdue"), "overdue"),
                (due_soon_label(3), "due_soon"),
            ],
        )
        self.awaiting = _combo(
            translate("RegisterView", "Waiting on anyone"),
            [
                (translate("RegisterView", "Awaiting me"), "me"),
                (translate("RegisterView", "Awaiting approval"), "approval"),
                (translate("RegisterView", "Awaiting applicant"), "applicant"),
                # In this combo rather than a box of its own: the filter bar keeps to 1024 pixels.
                (translate("RegisterView", "Needs review"), NEEDS_REVIEW),
            ],
        )
        self.awaiting.setToolTip(
            translate(
                "RegisterView",
                "Awaiting me: your open cases that wait on you (and, for a manager, every case "
                "awaiting approval)",
            )
        )
        self.awaiting.setItemData(
            self.awaiting.findData(NEEDS_REVIEW),
            translate("RegisterView", "Cases with details the import guessed that nobody has confirmed yet"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self._me: tuple[int | None, bool] = (None, False)
        self.show_purged = QCheckBox(translate("RegisterView", "Include erased cases"))
        self.show_purged.setChecked(True)
        self.show_purged.setToolTip(
            translate("RegisterView", "Erased (purged) cases keep an anonymous row for statistics.")
        )

        # Two rows: the search box keeps a width that holds a name or an address even on a
        # 1024-pixel screen, where the five filters beside it squeezed it to a few characters.
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        label = QLabel(translate("RegisterView", "&Search:"))
        label.setBuddy(self.search)
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_purged)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for w in (self.state, self.channel, self.kind, self.due, self.awaiting):
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(w)
        filters.addStretch(1)
        bar = QVBoxLayout()
        bar.setSpacing(6)
        bar.addLayout(search_row)
        bar.addLayout(filters)
        self.filter_bar = QWidget()
        self.filter_bar.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)

        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)  # the deadline tints carry meaning; no stripes
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure 50,000 rows
        vh.setDefaultSectionSize(QFontMetrics(self.font()).height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.apply_default_widths()
        header.setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self._sort = (COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSortingEnabled(True)

        # Said in the table where the rows would be, so an empty result is never mistaken
        # for a register still loading or a search that did not run.
        self.empty_note = QLabel(self.table.viewport())
        self.empty_note.setObjectName("registerEmptyNote")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.empty_note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_note.hide()
        self.table.viewport().installEventFilter(self)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._update_empty_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.filter_changed)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._search_now)
        for combo in (self.state, self.channel, self.kind, self.due, self.awaiting):
            combo.currentIndexChanged.connect(self.filter_changed)
        self.show_purged.toggled.connect(self.filter_changed)
        self.table.activated.connect(self._activated)

    def apply_default_widths(self) -> None:
        """Fixed starting widths from the font, so nothing measures every row's content."""
        metrics = QFontMetrics(self.table.font())
        header_metrics = QFontMetrics(self.table.horizontalHeader().font())
        for col, sample in COLUMN_SAMPLES.items():
            if col in (COL_RECEIVED, COL_DUE):
                sample = fmt_date(date(2026, 12, 31))  # as long as a date gets in either language
            else:
                sample = translate("RegisterModel", sample)
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title) + 18)
            if col == COL_REF:
                # Room for the amber "needs review" swatch beside the reference, which would
                # otherwise elide it to "PI-2026-00…".
                width += self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
            self.table.setColumnWidth(col, width + 20)

    def current_filter(self) -> RegisterFilter:
        # Qt hands StrEnum item data back as plain str: convert to the enums again.
        state = self.state.currentData()
        if state == OPEN:
            states = frozenset(s for s in CaseState if s.is_open)
        else:
            states = frozenset({CaseState(state)}) if state else frozenset()
        channel = self.channel.currentData()
        kind = self.kind.currentData()
        due = self.due.currentData()
        awaiting = self.awaiting.currentData()
        return RegisterFilter(
            search=self.search.text(),
            states=states,
            channels=frozenset({Channel(channel)}) if channel else frozenset(),
            kinds=frozenset({CaseKind(kind)}) if kind else frozenset(),
            due=str(due) if due else None,
            include_purged=self.show_purged.isChecked(),
            awaiting=str(awaiting) if awaiting and awaiting != NEEDS_REVIEW else None,
            me_id=self._me[0],
            me_approves=self._me[1],
            needs_review=awaiting == NEEDS_REVIEW,
        )

    def set_me(self, user_id: int | None, approves: bool) -> None:
        """Who "awaiting me" means: the signed-in user, and whether they decide approvals."""
        self._me = (user_id, approves)

    def set_quick_filter(
        self, state: object = None, due: str | None = None, awaiting: str | None = None
    ) -> None:
        """View-menu shortcuts: set the combos without firing one query per combo."""
        for combo, value in ((self.state, state), (self.due, due), (self.awaiting, awaiting)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.filter_changed.emit()

    def clear_filters(self) -> None:
        for w in (self.state, self.channel, self.kind, self.due, self.awaiting):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.show_purged.blockSignals(True)
        self.show_purged.setChecked(True)
        self.show_purged.blockSignals(False)
        self.filter_changed.emit()

    def current_row(self) -> RegisterRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, RegisterRow) else None

    def select_ref(self, ref: str) -> bool:
        row = self.model.row_for_ref(ref)
        if row is None:
            return False
        index = self.model.index(row, COL_REF)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def show_loading(self) -> None:
        """The register before its first query (the database may still be opening)."""
        self.empty_note.setText(translate("MainController", "Loading…"))
        self._place_empty_note()
        self.empty_note.show()

    def _update_empty_note(self) -> None:
        if self.model.rowCount() > 0:
            self.empty_note.hide()
            return
        flt = self.model.register_filter
        text = flt.search.strip()
        if text:
            note = translate("RegisterView", "No case matches “{text}”.").format(text=text)
        elif replace(flt, me_id=None, me_approves=False) != RegisterFilter():
            note = translate("RegisterView", "No case matches these filters.")
        else:
            note = translate("RegisterView", "There are no cases yet.")
        self.empty_note.setText(note)
        self._place_empty_note()
        self.empty_note.show()

    def _place_empty_note(self) -> None:
        area = self.table.viewport().rect()
        height = max(self.empty_note.sizeHint().height(), QFontMetrics(self.empty_note.font()).height() * 3)
        self.empty_note.setGeometry(area.left() + 12, area.top() + 24, max(1, area.width() - 24), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_note()
        return super().eventFilter(watched, event)

    def _search_now(self) -> None:
        self._debounce.stop()
        self.filter_changed.emit()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, RegisterRow):
            self.case_activated.emit(row.ref)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEY_BY_COLUMN:
            # Encrypted / multi-valued column: keep showing the order actually in force.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (column, order)


def _combo(all_label: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_label, None)
    for label, value in items:
        combo.addItem(label, value)
    return combo
