"""The fee panel driven like a user would: money orders received, then cashed days later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QGroupBox, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.fees import FeeEntryKind, PaymentMethod
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.fee_panel import (
    COL_CASHED,
    COL_DATE,
    COL_NOTE,
    COL_VALID,
    EXPIRED_COLOUR,
    HEADERS,
    FeePanel,
)
from inquiry_desk.ui.main_controller import MainController
from tests.services.lifecycle_helpers import RECEIVED, Clock, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _type_date(qtbot: QtBot, edit: QDateEdit, day: date) -> None:
    """Type the date as a user would (Home, then yyyy-MM-dd), not via setDate()."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, f"{day:%Y-%m-%d}")
    assert edit.date() == _qdate(day), edit.date()


def _panel(qtbot: QtBot, lc: Lifecycle, actor: Actor, ref: str) -> FeePanel:
    panel = FeePanel(lc, actor, ref)
    qtbot.addWidget(panel)
    panel.resize(900, 650)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _record(
    qtbot: QtBot,
    panel: FeePanel,
    kind: FeeEntryKind,
    *,
    method: PaymentMethod | None = None,
    on: date | None = None,
    issued: date | None = None,
    note: str = "",
) -> None:
    _choose(panel.kind_combo, kind)
    _choose(panel.method_combo, method)
    if on is not None:
        _type_date(qtbot, panel.on_edit, on)
    if issued is not None:
        _type_date(qtbot, panel.issued_edit, issued)
    panel.note_edit.setText(note)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)


def _row_of(panel: FeePanel, kind: FeeEntryKind) -> int:
    [row] = [i for i, line in enumerate(panel.model.rows) if line.entry.kind is kind]
    return row


def _select(qtbot: QtBot, panel: FeePanel, row: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, COL_DATE))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_money_order_received_then_marked_cashed(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    clock.advance(10)
    panel = _panel(qtbot, lc, staff, ref)
    _record(qtbot, panel, FeeEntryKind.REQUESTED)
    assert panel.balance_label.text() == "<b>Unpaid: 1,000 JPY still due</b>"
    received_on = clock.day - timedelta(days=3)
    _record(
        qtbot,
        panel,
        FeeEntryKind.RECEIVED,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        on=received_on,
        issued=received_on - timedelta(days=4),
        note="定額小為替 1枚",
    )
    assert not panel.message.isVisible(), panel.message.text()
    row = _row_of(panel, FeeEntryKind.RECEIVED)
    assert panel.model.index(row, COL_DATE).data() == f"{received_on:%Y-%m-%d}"
    assert panel.model.index(row, COL_CASHED).data() == "Not yet"
    # Nothing selected: nothing to mark.
    assert not panel.mark_cashed_button.isEnabled()
    _select(qtbot, panel, _row_of(panel, FeeEntryKind.REQUESTED))
    assert not panel.mark_cashed_button.isEnabled()
    _select(qtbot, panel, row)
    assert panel.mark_cashed_button.isEnabled()
    cashed_on = clock.day - timedelta(days=1)
    _type_date(qtbot, panel.mark_cashed_edit, cashed_on)
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(panel.mark_cashed_button, Qt.MouseButton.LeftButton)
    row = _row_of(panel, FeeEntryKind.RECEIVED)
    assert panel.model.index(row, COL_CASHED).data() == f"{cashed_on:%Y-%m-%d}"
    assert panel.balance_label.text() == "<b>Paid</b>"
    # The selection survives the refresh, so a wrong date can be corrected at once.
    assert panel.selected_line() is not None and panel.selected_line().id == panel.model.rows[row].id
    assert panel.mark_cashed_edit.date() == _qdate(cashed_on)
    assert "2026" in panel.mark_cashed_button.toolTip()


def test_money_order_fields_only_for_money_orders(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = _panel(qtbot, lc, staff, ref)
    form = panel.form
    issued_label = form.labelForField(panel.field_rows["money_order_issued_on"])
    assert isinstance(issued_label, QLabel) and "発行日" in issued_label.text()
    _choose(panel.kind_combo, FeeEntryKind.RECEIVED)
    _choose(panel.method_combo, PaymentMethod.BANK_TRANSFER)
    for widget in (panel.issued_edit, issued_label, panel.cashed_edit, panel.cashed_check):
        assert not widget.isVisible()
    _choose(panel.method_combo, PaymentMethod.POSTAL_MONEY_ORDER)
    for widget in (panel.issued_edit, issued_label, panel.cashed_edit, panel.cashed_check):
        assert widget.isVisible()
    assert not panel.cashed_edit.isEnabled()
    qtbot.mouseClick(panel.cashed_check, Qt.MouseButton.LeftButton)
    assert panel.cashed_edit.isEnabled()
    # A refund by money order has an issue date, but it is the applicant who cashes it.
    _choose(panel.kind_combo, FeeEntryKind.REFUNDED)
    assert panel.issued_edit.isVisible() and not panel.cashed_edit.isVisible()


def test_bank_transfer_row_cannot_be_marked_cashed(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = _panel(qtbot, lc, staff, ref)
    _record(qtbot, panel, FeeEntryKind.RECEIVED, method=PaymentMethod.BANK_TRANSFER)
    _select(qtbot, panel, 0)
    assert panel.selected_line() is not None
    assert not panel.mark_cashed_button.isEnabled()
    assert panel.model.index(0, COL_CASHED).data() == "—"


def test_refusal_is_inline_and_keeps_what_was_typed(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    clock.advance(10)
    panel = _panel(qtbot, lc, staff, ref)
    _choose(panel.kind_combo, FeeEntryKind.RECEIVED)
    _choose(panel.method_combo, PaymentMethod.POSTAL_MONEY_ORDER)
    _type_date(qtbot, panel.on_edit, clock.day - timedelta(days=2))
    _type_date(qtbot, panel.issued_edit, clock.day - timedelta(days=5))
    qtbot.mouseClick(panel.cashed_check, Qt.MouseButton.LeftButton)
    _type_date(qtbot, panel.cashed_edit, clock.day - timedelta(days=3))  # before it arrived
    panel.note_edit.setText("封筒に小為替2枚")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    # The refusal is shown under the field it is about, and nowhere else.
    assert "before it was received" in panel.field_rows["cashed_on"].error_text
    assert not panel.message.isVisible()
    assert panel.model.rowCount() == 0
    assert panel.note_edit.text() == "封筒に小為替2枚"
    assert panel.cashed_check.isChecked()
    assert panel.cashed_edit.date() == _qdate(clock.day - timedelta(days=3))
    # Corrected and retried with Enter in the note: recorded, and the note goes with it.
    _type_date(qtbot, panel.cashed_edit, clock.day)
    panel.note_edit.setFocus()
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return)
    assert not panel.message.isVisible(), panel.message.text()
    assert panel.field_rows["cashed_on"].error_text == ""
    assert panel.model.index(0, COL_NOTE).data() == "封筒に小為替2枚"
    assert panel.model.index(0, COL_CASHED).data() == f"{clock.day:%Y-%m-%d}"
    assert panel.note_edit.text() == ""


def test_mark_cashed_refusal_is_shown_inline(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    clock.advance(10)
    lc.fees.record(
        staff,
        ref,
        FeeEntryKind.RECEIVED,
        1000,
        on=clock.day,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=RECEIVED,
    )
    panel = _panel(qtbot, lc, staff, ref)
    _select(qtbot, panel, 0)
    panel.note_edit.setText("typed but not recorded")
    _type_date(qtbot, panel.mark_cashed_edit, clock.day - timedelta(days=1))
    qtbot.mouseClick(panel.mark_cashed_button, Qt.MouseButton.LeftButton)
    assert "before it was received" in panel.message.text() and panel.message.isVisible()
    assert panel.model.index(0, COL_CASHED).data() == "Not yet"
    assert panel.note_edit.text() == "typed but not recorded"


def test_expired_money_order_is_red_with_a_reason(
    qtbot: QtBot, qtmodeltester: object, app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000)
    # Issued 1 Feb: its last valid day is 31 July.
    entry_id = lc.fees.record(
        staff,
        ref,
        FeeEntryKind.RECEIVED,
        1000,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=date(2026, 2, 1),
    )
    clock.day = date(2026, 8, 5)
    lc.fees.mark_cashed(staff, ref, entry_id, date(2026, 8, 3))
    panel = _panel(qtbot, lc, staff, ref)
    row = _row_of(panel, FeeEntryKind.RECEIVED)
    index = panel.model.index(row, COL_CASHED)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == EXPIRED_COLOUR
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Cashed on 2026-08-03, after its last valid day 2026-07-31: not counted as received."
    )
    assert panel.model.index(row, COL_VALID).data() == "2026-07-31 (expired)"
    requested = panel.model.index(_row_of(panel, FeeEntryKind.REQUESTED), COL_CASHED)
    assert requested.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 expired money order, 1,000 JPY, not counted" in panel.balance_label.text()
    assert panel.balance_label.text().startswith("<b>Unpaid")
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_model_passes_qtmodeltester_and_headers_match(
    qtbot: QtBot, qtmodeltester: object, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000)
    lc.fees.record(
        staff,
        ref,
        FeeEntryKind.RECEIVED,
        1000,
        method=PaymentMethod.POSTAL_MONEY_ORDER,
        money_order_issued_on=RECEIVED,
        cashed_on=RECEIVED,
        note="定額小為替",
    )
    panel = _panel(qtbot, lc, staff, ref)
    assert panel.model.columnCount() == len(HEADERS) == COL_NOTE + 1
    assert panel.model.headerData(COL_CASHED, Qt.Orientation.Horizontal) == "Cashed on"
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_mnemonics_are_unique_within_the_panel(qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    panel = _panel(qtbot, lc, staff, ref)
    texts = [w.text() for w in panel.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)]
    texts += [box.title() for box in panel.findChildren(QGroupBox)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) == len(set(keys)) >= 10, keys
    # Every label with a mnemonic leads somewhere.
    for label in panel.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_a_payment_without_a_method_is_refused_beside_the_method_in_view(
    qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor, make_ctl: Callable[..., MainController]
) -> None:
    from inquiry_desk.ui.case.panels import FEES_TAB
    from inquiry_desk.ui.case.view import CaseView

    ref = app.cases.create(staff, new_case(RECEIVED))
    ctl = make_ctl(app, staff)
    ctl.window.resize(1024, 700)
    view = ctl.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentIndex(view.panel_tab(FEES_TAB))
    page = view.tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    panel = page.widget()
    assert isinstance(panel, FeePanel)
    _choose(panel.kind_combo, FeeEntryKind.RECEIVED)
    _choose(panel.method_combo, None)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    row = panel.field_rows["method"]
    assert row.error_text and panel.model.rowCount() == 0
    # In view: the error lies inside the scrolled page's visible part.
    top_left = row.error.mapTo(page.viewport(), QPoint(0, 0))
    assert page.viewport().rect().contains(QRect(top_left, row.error.size()))
