"""The manager's lifecycle settings window, driven through its widgets like a person would."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.deadline_settings import DeadlineRules, PeriodUnit
from inquiry_desk.domain.enums import Jurisdiction, RequestType
from inquiry_desk.domain.fees import FeeRules
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.settings.lifecycle import ApprovalRules
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.columns import COL_DUE
from inquiry_desk.ui.settings.dialog import UNSAVED_MARK, SettingsDialog
from tests.services.lifecycle_helpers import RECEIVED, Clock, new_case
from tests.ui.questions import DISCARD_BUTTON, KEEP_BUTTON, answer

pytestmark = pytest.mark.clock_starts(RECEIVED)


LEFT = Qt.MouseButton.LeftButton
MakeController = Callable[..., MainController]


def _dialog(qtbot: QtBot, lc: Lifecycle, actor: Actor) -> SettingsDialog:
    dialog = SettingsDialog(lc.rules, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()  # the number only: prefix and suffix stay
    qtbot.keyClicks(spin, str(value))


def _choose_unit(qtbot: QtBot, dialog: SettingsDialog, juris: Jurisdiction, text: str) -> None:
    combo = dialog.deadlines.rows[juris].unit
    combo.setFocus()
    # Arrow keys step through a closed combo box. (Typing the item's name works too, but
    # Qt joins what is typed within 0.4 s into one search, which makes tests flaky.)
    steps = combo.findText(text) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentText() == text


# The offscreen platform cannot raise a window; the second menu click asks it to.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_manager_sets_ten_business_days_and_the_register_follows(
    qtbot: QtBot,
    make_ctl: MakeController,
    app: App,
    lc: Lifecycle,
    manager: Actor,
    staff: Actor,
    clock: Clock,
) -> None:
    clock.day = date(2026, 5, 1)
    ref = app.cases.create(staff, new_case(date(2026, 4, 24)))
    ctl = make_ctl(app, manager)
    row = ctl.model.row_for_ref(ref)
    assert row is not None and ctl.model.index(row, COL_DUE).data() == "2026-05-08"
    assert ctl.window.settings_action.isVisible()

    ctl.window.settings_action.trigger()
    dialog = ctl.dialogs["Lifecycle settings"]
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible() and not dialog.isModal()
    _choose_unit(qtbot, dialog, Jurisdiction.JP, "Business days")
    _type_number(qtbot, dialog.deadlines.rows[Jurisdiction.JP].length, 10)
    assert dialog.tabs.tabText(0).endswith(UNSAVED_MARK)
    qtbot.mouseClick(dialog.deadlines.save_button, LEFT)
    # Said before saving: how many cases will move. Nothing is saved yet.
    assert dialog.deadlines.message.text() == (
        "Saving moves the due date of 1 open case; paused cases stay paused. Press Save again to save."
    )
    assert lc.workflow.status(staff, ref).due == date(2026, 5, 8)
    qtbot.mouseClick(dialog.deadlines.save_button, LEFT)
    assert dialog.deadlines.message.text() == "Saved. The due date of 1 open case changed."
    assert not dialog.tabs.tabText(0).endswith(UNSAVED_MARK)
    # 4/24 + 10 business days, skipping Showa Day and Golden Week.
    assert lc.workflow.status(staff, ref).due == date(2026, 5, 14)
    row = ctl.model.row_for_ref(ref)
    assert row is not None and ctl.model.index(row, COL_DUE).data() == "2026-05-14"
    # A second click on the menu raises the open window instead of opening another.
    ctl.window.settings_action.trigger()
    assert ctl.dialogs["Lifecycle settings"] is dialog


def test_staff_do_not_see_the_action_and_get_a_read_only_window(
    qtbot: QtBot, make_ctl: MakeController, app: App, lc: Lifecycle, staff: Actor
) -> None:
    ctl = make_ctl(app, staff)
    assert not ctl.window.settings_action.isVisible()
    dialog = _dialog(qtbot, lc, staff)  # opened some other way: nothing can be changed
    assert dialog.read_only_note.isVisible()
    for tab in dialog.all_tabs():
        assert not tab.form.isEnabled()
        assert tab.save_button.isHidden() and tab.defaults_button.isHidden()
    assert dialog.deadlines.import_button.isHidden()
    assert not dialog.deadlines.rows[Jurisdiction.JP].length.isEnabled()


def test_a_refused_save_keeps_what_was_typed(qtbot: QtBot, lc: Lifecycle, manager: Actor) -> None:
    dialog = _dialog(qtbot, lc, manager)
    row = dialog.deadlines.rows[Jurisdiction.JP]
    _choose_unit(qtbot, dialog, Jurisdiction.JP, "Months")
    _type_number(qtbot, row.length, 14)  # 14 days was meant; in months it is refused
    _type_number(qtbot, dialog.deadlines.due_soon, 5)
    qtbot.mouseClick(dialog.deadlines.save_button, LEFT)

    message = dialog.deadlines.message
    assert message.isVisible()
    assert message.text() == "Japan (APPI): length must be from 1 to 12 months, not 14."
    assert (row.period, row.length.value(), dialog.deadlines.due_soon.value()) == (PeriodUnit.MONTHS, 14, 5)
    assert dialog.tabs.tabText(0).endswith(UNSAVED_MARK)
    assert lc.rules.deadline_rules() == DeadlineRules()
    # Corrected, it saves.
    _choose_unit(qtbot, dialog, Jurisdiction.JP, "Calendar days")
    qtbot.mouseClick(dialog.deadlines.save_button, LEFT)
    assert message.text() == "Saved. No open case's due date changed."
    assert lc.rules.deadline_rules().rule_for(Jurisdiction.JP).length == 14
    assert lc.rules.deadline_rules().due_soon_days == 5


def test_extension_only_with_months_and_gdpr_capped_at_two(
    qtbot: QtBot, lc: Lifecycle, manager: Actor
) -> None:
    dialog = _dialog(qtbot, lc, manager)
    eea = dialog.deadlines.rows[Jurisdiction.EEA]
    assert eea.extension.isEnabled() and eea.extension.value() == 2 and eea.extension.maximum() == 2
    _choose_unit(qtbot, dialog, Jurisdiction.EEA, "Calendar days")
    assert not eea.extension.isEnabled() and eea.extension.value() == 0
    _choose_unit(qtbot, dialog, Jurisdiction.EEA, "Months")
    assert eea.extension.isEnabled() and eea.extension.value() == 2  # given back, not lost
    assert dialog.deadlines.rows[Jurisdiction.OTHER].extension.maximum() == 12


def test_bad_import_file_is_explained_and_a_good_one_fills_the_form(
    qtbot: QtBot, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, lc, manager)
    tab = dialog.deadlines
    bad = tmp_path / "deadlines.json"
    bad.write_text('{"jurisdictions": {"JP": {"length": "ten"}}}', encoding="utf-8")
    before = tab.state()

    _pick_file(qtbot, tab.import_button, tab, bad)
    assert tab.message.isVisible()
    assert tab.message.text() == (
        'deadlines.json: Deadline settings: jurisdictions.JP.length must be a whole number, not "ten"'
    )
    assert tab.state() == before

    good = tmp_path / "office.json"
    good.write_text(
        json.dumps(
            {
                "jurisdictions": {"JP": {"unit": "business_days", "length": 10}},
                "extra_closed_days": ["2026-08-14"],
            }
        ),
        encoding="utf-8",
    )
    _pick_file(qtbot, tab.import_button, tab, good)
    jp = tab.rows[Jurisdiction.JP]
    assert (jp.period, jp.length.value()) == (PeriodUnit.BUSINESS_DAYS, 10)
    assert tab.calendar.closed_day_list() == [date(2026, 8, 14)]
    assert "press Save" in tab.message.text()
    assert lc.rules.deadline_rules() == DeadlineRules()  # importing is not saving
    assert dialog.tabs.tabText(0).endswith(UNSAVED_MARK)

    exported = tmp_path / "out.json"
    _pick_file(qtbot, tab.export_button, tab, exported)
    written = DeadlineRules.from_json(exported.read_text(encoding="utf-8"))
    assert written.rule_for(Jurisdiction.JP).length == 10
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def _open_tab(qtbot: QtBot, dialog: SettingsDialog, letter: str) -> None:
    """Alt+letter, the tab title's mnemonic (shortcuts only reach the active window)."""
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    key = getattr(Qt.Key, f"Key_{letter.upper()}")  # a str would be sent as the key's text only
    qtbot.keyClick(dialog.tabs, key, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()  # lay out the tab just shown before clicking in it


def _click_check(qtbot: QtBot, check: QCheckBox) -> None:
    # On the box itself: a check box stretched by its layout ignores clicks right of its text.
    qtbot.mouseClick(check, LEFT, pos=QPoint(6, check.height() // 2))


def _pick_file(qtbot: QtBot, button: QAbstractButton, tab: object, path: Path) -> None:
    qtbot.mouseClick(button, LEFT)
    file_dialog = getattr(tab, "file_dialog", None)
    assert isinstance(file_dialog, QFileDialog) and file_dialog.isVisible()
    file_dialog.selectFile(str(path))
    file_dialog.accept()
    assert not file_dialog.isVisible()


def test_closed_days_are_added_and_removed(qtbot: QtBot, lc: Lifecycle, manager: Actor) -> None:
    dialog = _dialog(qtbot, lc, manager)
    tab = dialog.deadlines
    for day in (date(2026, 8, 14), date(2026, 8, 13), date(2026, 8, 14)):
        tab.calendar.new_day.setDate(day)
        qtbot.mouseClick(tab.calendar.add_day_button, LEFT)
    assert tab.calendar.closed_day_list() == [date(2026, 8, 13), date(2026, 8, 14)]  # sorted, no duplicate
    tab.calendar.closed_days.setCurrentRow(0)
    qtbot.mouseClick(tab.calendar.remove_day_button, LEFT)
    assert tab.calendar.closed_day_list() == [date(2026, 8, 14)]
    tab.calendar.closure_check.setFocus()
    qtbot.keyClick(tab.calendar.closure_check, Qt.Key.Key_Space)
    assert not tab.calendar.closure_from.isEnabled()
    qtbot.mouseClick(tab.save_button, LEFT)
    saved = lc.rules.deadline_rules()
    assert saved.extra_closed_days == frozenset({date(2026, 8, 14)}) and saved.year_end_closure is None
    assert not dialog.tabs.tabText(0).endswith(UNSAVED_MARK)
    tab.calendar.closed_days.setCurrentRow(0)
    qtbot.mouseClick(tab.calendar.remove_day_button, LEFT)  # the last one: the list is emptied
    assert tab.calendar.closed_day_list() == [] and dialog.tabs.tabText(0).endswith(UNSAVED_MARK)


def test_approval_fees_defaults_and_revert(qtbot: QtBot, lc: Lifecycle, manager: Actor) -> None:
    dialog = _dialog(qtbot, lc, manager)
    approval = dialog.approval
    _open_tab(qtbot, dialog, "p")
    assert dialog.tabs.currentWidget() is approval
    for check in (
        approval.checks[RequestType.DISCLOSURE],
        approval.checks[RequestType.ERASURE],
        approval.refusals,
    ):
        _click_check(qtbot, check)
    qtbot.mouseClick(approval.save_button, LEFT)
    assert lc.rules.approval_rules() == ApprovalRules(
        frozenset(
            {
                RequestType.THIRD_PARTY_PROVISION_RECORDS,
                RequestType.ACCESS,
                RequestType.PORTABILITY,
                RequestType.ERASURE,
            }
        ),
        refusals=False,
    )

    fees = dialog.fees
    _open_tab(qtbot, dialog, "f")
    assert dialog.tabs.currentWidget() is fees
    _type_number(qtbot, fees.appi_fee, 500)
    qtbot.mouseClick(fees.save_button, LEFT)
    assert lc.rules.fee_rules() == FeeRules(appi_fee_jpy=500)
    qtbot.mouseClick(fees.defaults_button, LEFT)
    assert fees.appi_fee.value() == 1000 and "Press Save" in fees.message.text()
    assert lc.rules.fee_rules().appi_fee_jpy == 500  # filling defaults is not saving
    qtbot.mouseClick(fees.revert_button, LEFT)
    assert fees.appi_fee.value() == 500 and not fees.dirty


def test_idle_lock_applies_to_the_open_window(
    qtbot: QtBot, make_ctl: MakeController, app: App, lc: Lifecycle, manager: Actor
) -> None:
    ctl = make_ctl(app, manager)
    dialog = ctl.tools.show_settings()
    assert isinstance(dialog, SettingsDialog)
    _type_number(qtbot, dialog.idle.minutes, 25)
    qtbot.mouseClick(dialog.idle.save_button, LEFT)
    assert lc.rules.idle_minutes() == 25
    assert ctl.idle.timer.interval() == 25 * 60_000


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, lc: Lifecycle, manager: Actor) -> None:
    dialog = _dialog(qtbot, lc, manager)
    _type_number(qtbot, dialog.fees.other_fee, 300)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answer(qtbot, KEEP_BUTTON) == "Discard what you entered?"
    assert dialog.isVisible() and dialog.fees.other_fee.value() == 300
    qtbot.mouseClick(dialog.close_button, LEFT)
    answer(qtbot, DISCARD_BUTTON)
    assert not dialog.isVisible()
    assert lc.rules.fee_rules().other_fee_jpy == 0


@pytest.mark.parametrize("index", range(4))
def test_every_alt_letter_of_a_tab_is_its_own(
    qtbot: QtBot, lc: Lifecycle, manager: Actor, index: int
) -> None:
    dialog = _dialog(qtbot, lc, manager)
    dialog.tabs.setCurrentIndex(index)
    QApplication.processEvents()
    texts = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    widgets: list[QWidget] = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
    texts += [w.text() for w in widgets if w.isVisible() and isinstance(w, QAbstractButton | QLabel)]
    letters = [m.group(1).lower() for t in texts for m in re.finditer(r"&(\w)", t)]
    assert len(letters) == len(set(letters)), sorted(letters)
    assert len(letters) >= 9  # tabs, Close, Save, Revert, Restore defaults and the fields


def test_the_due_soon_window_is_the_managers_everywhere(
    qtbot: QtBot,
    make_ctl: MakeController,
    app: App,
    lc: Lifecycle,
    manager: Actor,
    staff: Actor,
    clock: Clock,
) -> None:
    """One setting: the register's tint and filter, the menu and the dashboard all follow it."""
    clock.day = date(2026, 5, 1)
    ref = app.cases.create(staff, new_case(date(2026, 4, 24)))  # due 2026-05-08: 7 days left
    ctl = make_ctl(app, manager)
    ctl.fill_register()

    def tinted() -> bool:
        row = ctl.model.row_for_ref(ref)
        assert row is not None
        return ctl.model.index(row, COL_DUE).data(Qt.ItemDataRole.BackgroundRole) is not None

    assert not tinted() and ctl.window.due_soon_action.text() == "&Due within 3 days"
    ctl.window.due_soon_action.trigger()
    assert ctl.model.row_for_ref(ref) is None  # not due soon by the default 3 days

    ctl.window.settings_action.trigger()
    dialog = ctl.dialogs["Lifecycle settings"]
    assert isinstance(dialog, SettingsDialog)
    _type_number(qtbot, dialog.deadlines.due_soon, 7)
    qtbot.mouseClick(dialog.deadlines.save_button, LEFT)

    assert ctl.window.due_soon_action.text() == "&Due within 7 days"
    due = ctl.register_view.due
    assert due.itemText(due.findData("due_soon")) == "Due within 7 days"
    assert ctl.model.row_for_ref(ref) is not None  # the filter applied now includes it
    assert tinted()
    data = app.reports.dashboard(manager, clock.day)
    assert data.due_soon_days == 7 and [d.ref for d in data.due_soon] == [ref]
