"""The register decrypts only the names it shows: pages without a search come without names,
and a row's block of names is opened the first time it is painted or read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register import RegisterService
from inquiry_desk.services.cases.register_rows import RegisterFilter, RegisterRow
from inquiry_desk.services.demo.generator import fill_demo
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.columns import COL_APPLICANT, COL_REF
from inquiry_desk.ui.register.model import NAME_BLOCK, ROW_ROLE, RegisterModel
from inquiry_desk.ui.widgets.formatting import erased_text


class Counting:
    """The real register service, counting the names it is asked to decrypt."""

    def __init__(self, service: RegisterService) -> None:
        self.service = service
        self.asked: list[list[int]] = []
        self.fail: UserError | None = None

    def __getattr__(self, name: str) -> object:
        return getattr(self.service, name)

    def applicant_names(self, case_ids: Iterable[int]) -> dict[int, str | None]:
        ids = list(case_ids)
        self.asked.append(ids)
        if self.fail is not None:
            raise self.fail
        return self.service.applicant_names(ids)

    @property
    def decrypted(self) -> int:
        return sum(len(ids) for ids in self.asked)


@pytest.fixture(scope="module")
def many_open(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """More open cases than one block of names, and purged rows among them."""
    app = App.open(tmp_path_factory.mktemp("lazy"), key_store=MemoryMasterKeyStore())
    fill_demo(app, cases=260, purged=40, seed=5)
    yield app
    app.close()


def _named(app: App, flt: RegisterFilter = RegisterFilter(), sort: str = "received") -> dict[str, str]:  # noqa: B008
    """Every row's name as the service's named page gives it: what the register must show."""
    total, rows = app.register.first_page(flt, sort=sort, descending=True, limit=10_000)
    assert total == len(rows)
    return {r.ref: r.applicant for r in rows}


def _shown(model: RegisterModel, row: int) -> str:
    return str(model.index(row, COL_APPLICANT).data(Qt.ItemDataRole.DisplayRole))


def test_an_empty_register_asks_for_no_names(qtmodeltester: object, app: App) -> None:
    source = Counting(app.register)
    model = RegisterModel(source)  # type: ignore[arg-type]
    model.reload()
    assert model.rowCount() == 0 and model.total == 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert source.asked == []


def test_one_case_shows_its_name(qtbot: object, app: App, staff: Actor) -> None:
    from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType
    from inquiry_desk.domain.parties import PartyData
    from inquiry_desk.services.cases.views import NewCase

    ref = app.cases.create(
        staff,
        NewCase(
            kind=CaseKind.REQUEST,
            channel=Channel.MAIL,
            received=app.cases.today(),
            jurisdiction=Jurisdiction.JP,
            language=Language.JA,
            request_types=[RequestType.DISCLOSURE],
            applicant=PartyData(name="山田 花子", address="大阪府大阪市北区梅田1-2-3"),
        ),
    )
    source = Counting(app.register)
    model = RegisterModel(source)  # type: ignore[arg-type]
    model.reload()
    assert model.rowCount() == 1 and source.asked == []  # the page came without the name
    assert model.index(0, COL_REF).data() == ref
    assert _shown(model, 0) == "山田 花子"
    assert model.row_at(0).applicant == "山田 花子"
    assert len(source.asked) == 1  # asked once, then kept until the next reload
    _shown(model, 0)
    assert len(source.asked) == 1


def test_many_rows_decrypt_only_the_painted_block_and_scrolling_reveals_the_rest(
    qtbot: object, qtmodeltester: object, many_open: App, settings: object
) -> None:
    expected = _named(many_open)
    source = Counting(many_open.register)
    model = RegisterModel(source, page_size=200)  # type: ignore[arg-type]
    model.reload()
    assert model.rowCount() == 200 and model.total == 300
    assert source.asked == []
    # The first screenful: one block of names, not every open case's.
    for r in range(30):
        assert _shown(model, r) == (
            erased_text() if model.row_at(r).state is CaseState.PURGED else expected[model.row_at(r).ref]
        )
    assert source.decrypted <= NAME_BLOCK
    assert all(len(ids) <= NAME_BLOCK for ids in source.asked)
    # Scrolling to the end fetches the rest and their names appear as they are painted.
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 300
    last = model.rowCount() - 1
    while model.row_at(last).state is CaseState.PURGED:
        last -= 1
    assert _shown(model, last) == expected[model.row_at(last).ref] != ""
    shown = {model.row_at(r).ref: _shown(model, r) for r in range(model.rowCount())}
    for ref, name in shown.items():
        assert name == (expected[ref] or "—") or name == erased_text()
    open_rows = sum(1 for r in range(model.rowCount()) if model.row_at(r).state is not CaseState.PURGED)
    assert source.decrypted == open_rows  # each open name once; purged rows have none
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_sorting_and_filters_keep_each_name_on_its_own_row(qtbot: object, many_open: App) -> None:
    source = Counting(many_open.register)
    model = RegisterModel(source, page_size=50)  # type: ignore[arg-type]
    model.reload()
    for column, order, key in (
        (COL_REF, Qt.SortOrder.AscendingOrder, "ref"),
        (COL_REF, Qt.SortOrder.DescendingOrder, "ref"),
    ):
        model.sort(column, order)
        expected = _named(many_open, sort=key)
        for r in range(model.rowCount()):
            row = model.index(r, 0).data(ROW_ROLE)
            assert isinstance(row, RegisterRow)
            if row.state is not CaseState.PURGED:
                assert row.applicant == expected[row.ref] and _shown(model, r) == expected[row.ref]
    open_only = RegisterFilter(include_purged=False, states=frozenset({CaseState.RECEIVED}))
    model.set_filter(open_only)
    expected = _named(many_open, open_only)
    assert model.total == len(expected) > 0
    for r in range(model.rowCount()):
        assert _shown(model, r) == expected[model.row_at(r).ref]


def test_a_search_brings_its_names_with_the_rows(qtbot: object, many_open: App) -> None:
    source = Counting(many_open.register)
    model = RegisterModel(source)  # type: ignore[arg-type]
    name = next(n for n in _named(many_open).values() if n)
    model.set_filter(RegisterFilter(search=name))
    assert model.rowCount() >= 1
    assert name in {_shown(model, r) for r in range(model.rowCount())}
    assert source.asked == []  # the search had every open name in its index already


def test_names_that_cannot_be_read_say_so_in_the_status_bar_not_a_traceback(
    qtbot: object, many_open: App, settings: object, notifier: object
) -> None:
    actor = Actor("staff", "staff", None, "Staff")
    ctl = MainController(many_open, actor, settings=settings, notifier=notifier)  # type: ignore[arg-type]
    qtbot.addWidget(ctl.window)  # type: ignore[attr-defined]
    source = Counting(many_open.register)
    ctl.model.attach(source)  # type: ignore[arg-type]
    ctl.model.reload()
    busy = "The database is busy: another Inquiry Desk is writing to it. Try again in a moment."
    source.fail = UserError(busy)
    r = next(i for i in range(ctl.model.rowCount()) if ctl.model.row_at(i).state is not CaseState.PURGED)
    assert _shown(ctl.model, r) == "—"
    assert ctl.window.statusBar().currentMessage() == busy
    source.fail = None
    ctl.model.reload()  # the next reload asks again
    assert _shown(ctl.model, r) != "—"
