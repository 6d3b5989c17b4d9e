"""The register: lazy paging, SQL sorting, search and filters, through the real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView

from inquiry_desk.domain.enums import CaseState, Channel
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter, RegisterRow
from inquiry_desk.services.demo.generator import fill_demo
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.columns import COL_APPLICANT, COL_CHANNEL, COL_DUE, COL_RECEIVED, COL_REF
from inquiry_desk.ui.register.model import DUE_SOON_BG, OVERDUE_BG, ROW_ROLE, RegisterModel
from inquiry_desk.ui.widgets.formatting import erased_text
from inquiry_desk.ui.widgets.notify import RecordingNotifier


@pytest.fixture(scope="module")
def big_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """A few hundred rows: enough for several pages of lazy fetching."""
    app = App.open(tmp_path_factory.mktemp("big"), key_store=MemoryMasterKeyStore())
    fill_demo(app, cases=12, purged=450, seed=3)
    yield app
    app.close()


def _rows(model: RegisterModel) -> list[RegisterRow]:
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


@pytest.mark.demo
def test_model_passes_qt_model_tester(qtmodeltester: object, app: App) -> None:
    model = RegisterModel(app.register, page_size=25)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
]


class _OneRoleAtATime(RegisterModel):
    """The register model answering the view through `data` alone (Qt's own multiData)."""

    def multiData(self, index: object, roleDataSpan: object) -> None:  # type: ignore[override]
        super(RegisterModel, self).multiData(index, roleDataSpan)  # type: ignore[arg-type]


@pytest.mark.demo
def test_the_views_many_roles_at_once_answer_as_data_does(app: App) -> None:
    """The table paints through multiData (seven roles a cell in one call): every cell and
    role must read as `data` reads it, tints, marks and the erased text included."""
    model = RegisterModel(app.register)
    model.set_filter(RegisterFilter(include_purged=True))
    assert model.rowCount() > 10
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            for role in _ROLES:
                role_data = QModelRoleData(int(role))
                model.multiData(index, QModelRoleDataSpan(role_data))
                assert role_data.data() == index.data(role), (r, c, role)


@pytest.mark.demo
def test_the_painted_register_is_the_same_whichever_way_it_is_asked(qtbot: object, app: App) -> None:
    for flt in (RegisterFilter(include_purged=True), RegisterFilter(due="overdue")):  # greyed, tinted
        grabs = []
        for cls in (RegisterModel, _OneRoleAtATime):
            model = cls(app.register)
            model.set_filter(flt)
            table = QTableView()
            qtbot.addWidget(table)  # type: ignore[attr-defined]
            table.setModel(model)
            table.resize(1200, 500)
            grabs.append(table.grab().toImage())
        assert not grabs[0].isNull()
        assert grabs[0] == grabs[1], flt


def test_fetches_lazily_in_pages(qtmodeltester: object, big_app: App) -> None:
    model = RegisterModel(big_app.register, page_size=200)
    model.reload()
    assert model.total == 462
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())  # pages grow with what is loaded: 400 more asked, 62 left
    assert model.rowCount() == 462
    assert not model.canFetchMore(QModelIndex())
    assert len({r.ref for r in _rows(model)}) == 462
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_scrolling_the_view_fetches_more(
    qtbot: object, big_app: App, make_ctl: Callable[..., MainController]
) -> None:
    actor = big_app.users.authenticate("staff", "demo")
    ctl = make_ctl(big_app, actor)
    table = ctl.register_view.table
    assert ctl.model.rowCount() == 200
    table.scrollToBottom()
    qtbot.waitUntil(lambda: ctl.model.rowCount() > 200)  # type: ignore[attr-defined]
    assert ctl.window.count_label.text() == "462 cases"
    ctl.window.close()


def test_purged_rows_are_greyed_and_erased(big_app: App) -> None:
    model = RegisterModel(big_app.register)
    model.set_filter(RegisterFilter(states=frozenset({CaseState.PURGED})))
    index = model.index(0, COL_APPLICANT)
    assert index.data() == erased_text()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None


@pytest.mark.demo
def test_overdue_and_due_soon_rows_are_tinted(app: App) -> None:
    model = RegisterModel(app.register)
    model.set_filter(RegisterFilter(due="overdue"))
    assert model.rowCount() > 0
    assert model.index(0, COL_REF).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BG
    model.set_filter(RegisterFilter(due="due_soon"))
    for r in range(model.rowCount()):
        assert model.index(r, COL_REF).data(Qt.ItemDataRole.BackgroundRole).color() == DUE_SOON_BG


@pytest.mark.demo
def test_clicking_a_header_sorts_in_sql(qtbot: object, controller: MainController) -> None:
    view = controller.register_view
    model = controller.model
    header = view.table.horizontalHeader()
    header.setSortIndicator(COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    dates = [r.received for r in _rows(model)]
    assert dates == sorted(dates)
    header.setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
    dates = [r.received for r in _rows(model)]
    assert dates == sorted(dates, reverse=True)
    header.setSortIndicator(COL_CHANNEL, Qt.SortOrder.AscendingOrder)
    channels = [r.channel.value for r in _rows(model)]
    assert channels == sorted(channels)


@pytest.mark.demo
def test_applicant_column_cannot_be_sorted(qtbot: object, controller: MainController) -> None:
    view = controller.register_view
    header = view.table.horizontalHeader()
    header.setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
    before = [r.ref for r in _rows(controller.model)]
    header.setSortIndicator(COL_APPLICANT, Qt.SortOrder.AscendingOrder)
    assert [r.ref for r in _rows(controller.model)] == before
    assert header.sortIndicatorSection() == COL_DUE  # the indicator shows the order in force
    tip = controller.model.headerData(COL_APPLICANT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "encrypted" in tip


@pytest.mark.demo
def test_search_box_filters_after_typing(qtbot: object, controller: MainController) -> None:
    view = controller.register_view
    model = controller.model
    everything = model.total
    target = next(r for r in _rows(model) if r.applicant and r.state is not CaseState.PURGED)
    surname = target.applicant.split()[0]
    qtbot.keyClicks(view.search, surname)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.total < everything)  # type: ignore[attr-defined]
    names = [r.applicant for r in _rows(model)]
    assert names and all(surname in n for n in names)
    view.search.clear()
    qtbot.waitUntil(lambda: model.total == everything)  # type: ignore[attr-defined]
    qtbot.keyClicks(view.search, target.ref)  # type: ignore[attr-defined]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert [r.ref for r in _rows(model)] == [target.ref]


@pytest.mark.demo
def test_filters_change_rows(qtbot: object, controller: MainController) -> None:
    view = controller.register_view
    model = controller.model
    everything = model.total
    view.channel.setCurrentIndex(view.channel.findData(Channel.FAX))
    assert 0 < model.total < everything
    assert {r.channel for r in _rows(model)} == {Channel.FAX}
    view.channel.setCurrentIndex(0)
    view.state.setCurrentIndex(view.state.findData(CaseState.PURGED))
    assert {r.state for r in _rows(model)} == {CaseState.PURGED}
    view.show_purged.setChecked(False)
    assert model.total == 0
    controller.window.overdue_action.trigger()
    assert model.total > 0
    assert all(r.due is not None and r.due < controller.today() for r in _rows(model))
    controller.window.all_cases_action.trigger()
    assert model.total == everything
    assert controller.window.count_label.text() == f"{everything} cases"


@pytest.mark.demo
def test_enter_on_a_row_opens_the_case(qtbot: object, controller: MainController) -> None:
    view = controller.register_view
    row = next(
        r
        for r in range(controller.model.rowCount())
        if controller.model.row_at(r).state is not CaseState.PURGED
    )
    view.table.setFocus()
    view.table.setCurrentIndex(controller.model.index(row, COL_REF))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    opened = controller.case_tabs.views()
    assert [v.ref for v in opened] == [controller.model.row_at(row).ref]
    assert controller.window.tabs.currentWidget() is opened[0]


@pytest.mark.demo
def test_admin_cannot_open_personal_data(
    app: App, make_ctl: Callable[..., MainController], notifier: RecordingNotifier
) -> None:
    admin: Actor = app.users.authenticate("admin", "demo")
    ctl = make_ctl(app, admin)
    assert not ctl.window.new_action.isVisible()
    ref = ctl.model.row_at(0).ref
    assert ctl.case_tabs.open_case(ref) is None
    assert notifier.messages and "does not allow" in notifier.messages[0][1]
    ctl.window.close()


def test_broad_reference_search_keeps_the_register_order(big_app: App) -> None:
    # "PI-" matches every row: the query walks the index of the default order instead of the
    # reference range (services/register.py `_walk_sort_order`); the rows must not change.
    everything = RegisterModel(big_app.register, page_size=500)
    everything.reload()
    broad = RegisterModel(big_app.register, page_size=500)
    broad.set_filter(RegisterFilter(search="PI-"))
    assert broad.total == everything.total == 462
    assert [r.ref for r in _rows(broad)] == [r.ref for r in _rows(everything)]
    year = _rows(everything)[0].ref[:7]  # "PI-2026": one year's rows, clustered in the order
    narrow = RegisterModel(big_app.register, page_size=50)
    narrow.set_filter(RegisterFilter(search=year))
    expected = [r.ref for r in _rows(everything) if r.ref.startswith(year)]
    assert narrow.total == len(expected)
    while narrow.canFetchMore(QModelIndex()):
        narrow.fetchMore(QModelIndex())
    assert [r.ref for r in _rows(narrow)] == expected


def test_window_shows_before_the_register_is_filled(qtbot: object, big_app: App, settings: object) -> None:
    # The start-up path: the window paints with "Loading…", then the register fills.
    actor = big_app.users.authenticate("staff", "demo")
    ctl = MainController(big_app, actor, settings=settings, fill_register=False)  # type: ignore[arg-type]
    qtbot.addWidget(ctl.window)  # type: ignore[attr-defined]
    assert not ctl.model.loaded and ctl.model.rowCount() == 0
    assert ctl.window.count_label.text() == "Loading…"
    ctl.window.show()
    ctl.fill_after_first_paint()
    qtbot.waitUntil(lambda: ctl.model.loaded)  # type: ignore[attr-defined]
    assert ctl.model.rowCount() == 200
    assert ctl.window.count_label.text() == "462 cases"
    ctl.window.close()


@pytest.fixture
def japanese_ui(qapp: object) -> Iterator[None]:
    from inquiry_desk import translations
    from inquiry_desk.domain import i18n
    from inquiry_desk.domain.enums import Language

    translations.activate(Language.JA)
    yield
    translations.activate(Language.EN)
    i18n.install(None, Language.EN)


@pytest.mark.demo
def test_on_a_1024_pixel_screen_the_search_box_holds_a_name_and_references_are_whole(
    qtbot: object, japanese_ui: None, app: App, staff: Actor, settings: object, notifier: RecordingNotifier
) -> None:
    """In Japanese at 1024×700 the five filters beside it squeezed the search box to
    「受付番号…」, and the amber needs-review swatch elided references to 「PI-2026-00…」."""
    from tests.ui.conftest import make_controller

    ctl = make_controller(qtbot, app, staff, settings, notifier)
    try:
        ctl.window.resize(1024, 700)
        ctl.window.show()
        for _ in range(5):
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()
        view = ctl.register_view
        metrics = view.search.fontMetrics()
        assert view.search.width() >= metrics.horizontalAdvance("髙橋 美咲 hanako.yamada@example.jp")
        table = view.table
        needed = table.fontMetrics().horizontalAdvance("PI-2026-0000") + 16 + 8
        assert table.columnWidth(COL_REF) >= needed
        assert ctl.window.width() <= 1024
    finally:
        ctl.window.close()
