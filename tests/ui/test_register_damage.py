"""The main window on a real installation with one flipped bit in one case's sealed name.

The installation is made as a person makes it (`inquiry-desk demo`, the master key in the
real keyring); the bit is flipped on the database file with sqlite3; then the window opens
on it as the app does. Every case is listed, the damaged one marked; opening it says what
happened and what to do, and the window carries on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_desk.cli.main import main
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.store.engine import DB_FILENAME
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.columns import COL_APPLICANT, COL_REF, COL_STATE
from inquiry_desk.ui.widgets.notify import RecordingNotifier
from tests.services.damage_helpers import damage_applicant, damage_rows

pytestmark = [pytest.mark.keyring, pytest.mark.usefixtures("real_keyring")]

DAMAGED_TEXT = "— damaged record —"


@pytest.fixture
def installation(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo", "--cases", "12", "--purged", "3"]) == 0
    return home


@pytest.fixture
def opened(installation: Path) -> Iterator[Callable[[], App]]:
    apps: list[App] = []

    def open_app() -> App:
        app = App.open(installation)  # the master key from the real keyring, as on a PC
        app.users.sleep = lambda _seconds: None
        apps.append(app)
        return app

    yield open_app
    for app in apps:
        app.close()


def _rows(ctl: MainController) -> dict[str, int]:
    model = ctl.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return {str(model.index(r, COL_REF).data()): r for r in range(model.rowCount())}


def test_the_window_lists_every_case_and_quarantines_the_damaged_one(
    qtbot: QtBot,
    qtmodeltester: object,
    installation: Path,
    opened: Callable[[], App],
    make_ctl: Callable[..., MainController],
    notifier: RecordingNotifier,
) -> None:
    before = opened()
    ctl = make_ctl(before, before.users.authenticate("staff", "demo"))
    rows = _rows(ctl)
    names = {ref: str(ctl.model.index(r, COL_APPLICANT).data()) for ref, r in rows.items()}
    states = {ref: str(ctl.model.index(r, COL_STATE).data()) for ref, r in rows.items()}
    open_refs = [ref for ref, r in rows.items() if ctl.model.row_at(r).state.is_open]
    victim, other = open_refs[3], open_refs[0]
    ctl.window.close()
    before.close()

    damage_applicant(installation / DB_FILENAME, victim)

    app = opened()
    ctl = make_ctl(app, app.users.authenticate("staff", "demo"))
    qtmodeltester.check(ctl.model)  # type: ignore[attr-defined]
    rows = _rows(ctl)
    assert rows.keys() == names.keys()  # every case is still in the register
    assert ctl.model.total == len(names) and notifier.messages == []
    assert ctl.window.count_label.text() == f"{len(names)} cases"
    damaged = ctl.model.index(rows[victim], COL_APPLICANT)
    assert damaged.data() == DAMAGED_TEXT
    assert "integrity check" in str(damaged.data(Qt.ItemDataRole.ToolTipRole))
    assert str(ctl.model.index(rows[victim], COL_STATE).data()) == states[victim]
    assert [ref for ref, r in rows.items() if ctl.model.index(r, COL_APPLICANT).data() == DAMAGED_TEXT] == [
        victim
    ]
    assert str(ctl.model.index(rows[other], COL_APPLICANT).data()) == names[other]

    # Opening it, as a person does: a double click on its row.
    tabs = ctl.window.tabs.count()
    assert ctl.register_view.select_ref(victim)
    table = ctl.register_view.table
    qtbot.waitExposed(ctl.window)
    cell = table.visualRect(ctl.model.index(rows[victim], COL_REF)).center()
    # QTest's double click only counts after a click on the same cell, as a real one does.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: bool(notifier.messages))
    title, text = notifier.messages[-1]
    assert title == "Open case"
    assert text.startswith(f"The stored record of {victim} is damaged (it failed its integrity check)")
    assert "The other cases are not affected" in text and "inquiry-desk restore" in text
    assert ctl.window.tabs.count() == tabs  # no half-filled tab

    # The window carries on: the other cases open, and search finds names.
    assert ctl.register_view.select_ref(other)
    ctl.window.open_action.trigger()
    view = ctl.case_tabs.current()
    assert isinstance(view, CaseView) and view.ref == other
    ctl.window.tabs.setCurrentIndex(0)
    surname = names[other].split()[0]
    qtbot.keyClicks(ctl.register_view.search, surname)
    qtbot.keyClick(ctl.register_view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: other in _rows(ctl) and victim not in _rows(ctl))
    ctl.register_view.clear_filters()
    ctl.refresh()
    assert len(_rows(ctl)) == len(names)
    for _repaint in range(3):
        table.viewport().grab()  # paints every visible cell, the damaged one included

    # Found by the register first, and recorded once for all the repaints and the opening.
    assert damage_rows(installation / DB_FILENAME) == [
        (victim, {"record": "applicant", "found_by": "register"}, "system")
    ]
    ctl.window.close()


def test_the_managers_dashboard_opens_on_a_damaged_register(
    installation: Path,
    opened: Callable[[], App],
    make_ctl: Callable[..., MainController],
    notifier: RecordingNotifier,
) -> None:
    probe = opened()
    victim = probe.register.page(RegisterFilter(include_purged=False), sort="ref", descending=False)[0]
    probe.close()
    damage_applicant(installation / DB_FILENAME, victim.ref)

    app = opened()
    ctl = make_ctl(app, app.users.authenticate("manager", "demo"))
    ctl.show_dashboard()
    assert ctl.dashboard is not None and ctl.window.tabs.currentWidget() is not ctl.register_view
    assert notifier.messages == []
    ctl.window.close()
