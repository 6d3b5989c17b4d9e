"""The "Data held" tab driven like a user: add exports, exclude rows, redact a value with its reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.case.panels import DATA_TAB
from inquiry_desk.ui.case.records_model import COL_FIRST_VALUE, COL_INCLUDED, COL_ROW, RecordRowsModel
from inquiry_desk.ui.case.records_panel import RecordsPanel
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.widgets.row_model import ROW_ROLE
from tests.services.lifecycle_helpers import new_case

DATA = Path(__file__).resolve().parents[1] / "data" / "records"


def _panel(qtbot: QtBot, app: App, actor: Actor, ref: str) -> RecordsPanel:
    panel = RecordsPanel(app.records, actor, ref)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_model_passes_the_model_tester_empty_one_and_many(
    qtmodeltester: ModelTester, app: App, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(date.today()))
    model = RecordRowsModel(on_include=lambda _row, _on: None)
    qtmodeltester.check(model)  # no source
    app.records.add(staff, ref, "one.csv", "氏名\r\n山田 花子\r\n".encode())
    app.records.add(staff, ref, "orders.csv", (DATA / "order-history-cp932.csv").read_bytes())
    app.records.redact(staff, ref, 2, 2, 5, "第三者")
    one, many = app.records.sources(staff, ref)
    model.set_source(one)
    qtmodeltester.check(model)
    model.set_source(many)
    qtmodeltester.check(model)
    assert model.columnCount() == COL_FIRST_VALUE + 9
    assert model.headerData(COL_FIRST_VALUE + 5, Qt.Orientation.Horizontal) == "配送先氏名"
    redacted = model.index(1, COL_FIRST_VALUE + 5)
    assert model.data(redacted) == "[redacted]" and model.data(redacted, Qt.ItemDataRole.ToolTipRole) == (
        "Redacted: 第三者"
    )
    assert model.data(model.index(1, COL_ROW)) == "2.2"
    assert model.data(model.index(0, COL_INCLUDED), ROW_ROLE).number == 1


def test_add_exclude_and_redact_from_the_panel(qtbot: QtBot, app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(date.today()))
    panel = _panel(qtbot, app, staff, ref)
    assert "No data held yet" in panel.summary.text() and panel.model.rowCount() == 0

    panel.add_file(DATA / "account.xlsx")
    panel.add_file(DATA / "order-history-cp932.csv")
    assert panel.source_box.count() == 3 and panel.source_box.currentData() == 3  # the one just added
    assert panel.model.rowCount() == 4 and "4 of 4 rows included" in panel.summary.text()

    # Untick row 3 as a user does: a click in its include box.
    cell = panel.table.visualRect(panel.model.index(2, COL_INCLUDED))
    # The check indicator sits at the cell's left edge, after the cell's margin.
    qtbot.mouseClick(
        panel.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(cell.left() + 11, cell.center().y())
    )
    qtbot.waitUntil(lambda: "3 of 4 rows included" in panel.summary.text())
    assert not app.records.sources(staff, ref, record_view=False)[2].rows[2].included

    # Select row 4's cells and exclude them with the button.
    panel.table.selectRow(3)
    qtbot.mouseClick(panel.exclude_button, Qt.MouseButton.LeftButton)
    assert "2 of 4 rows included" in panel.summary.text()

    # Redact row 2's recipient: select the cell, type the reason, press Redact.
    panel.table.setCurrentIndex(panel.model.index(1, COL_FIRST_VALUE + 5))
    qtbot.mouseClick(panel.redact_button, Qt.MouseButton.LeftButton)
    assert not panel.message.isHidden() and "Say why" in panel.message.text()  # no reason: refused
    qtbot.keyClicks(panel.reason, "gift recipient (third party)")
    qtbot.mouseClick(panel.redact_button, Qt.MouseButton.LeftButton)
    assert panel.model.data(panel.model.index(1, COL_FIRST_VALUE + 5)) == "[redacted]"
    assert panel.reason.text() == "" and "1 value(s) redacted" in panel.summary.text()
    assert app.records.sources(staff, ref, record_view=False)[2].rows[1].redactions == {
        5: "gift recipient (third party)"
    }
    panel.table.setCurrentIndex(panel.model.index(1, COL_FIRST_VALUE + 5))
    qtbot.mouseClick(panel.unredact_button, Qt.MouseButton.LeftButton)
    assert panel.model.data(panel.model.index(1, COL_FIRST_VALUE + 5)) == "髙橋 﨑子"


def test_a_bad_file_is_refused_in_the_panel_and_adds_nothing(
    qtbot: QtBot, app: App, staff: Actor, tmp_path: Path
) -> None:
    ref = app.cases.create(staff, new_case(date.today()))
    panel = _panel(qtbot, app, staff, ref)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    panel.add_file(bad)
    assert "damaged" in panel.message.text() and panel.source_box.count() == 0


def test_the_case_view_has_the_tab_for_requests(
    qtbot: QtBot, controller: MainController, app: App, staff: Actor
) -> None:
    ref = app.cases.create(staff, new_case(date.today()))
    app.records.add(staff, ref, "orders.csv", (DATA / "order-history-cp932.csv").read_bytes())
    view = controller.case_tabs.open_case(ref)
    assert view is not None
    tabs = view.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert DATA_TAB in titles
    panel = view.findChild(RecordsPanel)
    assert panel is not None and panel.model.rowCount() == 4


def test_export_the_machine_readable_copy_from_the_panel(
    qtbot: QtBot, app: App, staff: Actor, tmp_path: Path
) -> None:
    import json
    import subprocess

    import pyzipper

    ref = app.cases.create(staff, new_case(date.today()))
    panel = RecordsPanel(app.records, staff, ref, portable=app.portable)
    qtbot.addWidget(panel)
    panel.show()
    panel.export_to(tmp_path / "empty.zip")
    assert "no included records" in panel.message.text() and not (tmp_path / "empty.zip").exists()
    panel.add_file(DATA / "consents.json")
    assert panel.encrypt_box.isChecked()  # encrypted unless staff untick it
    panel.export_to(tmp_path / "copy.zip")
    letter = tmp_path / "copy-password.pdf"
    assert "copy-password.pdf" in panel.message.text() and letter.exists()
    text = subprocess.run(["pdftotext", str(letter), "-"], check=True, capture_output=True, text=True).stdout
    password = next(
        line.strip() for line in text.splitlines() if line.count("-") == 4 and len(line.strip()) == 24
    )
    assert password not in panel.message.text()
    with pyzipper.AESZipFile(tmp_path / "copy.zip") as archive:
        archive.setpassword(password.encode())
        manifest = json.loads(archive.read("manifest.json"))
    assert [s["name"] for s in manifest["sources"]] == ["newsletter", "consents"]
    panel.encrypt_box.setChecked(False)
    panel.export_to(tmp_path / "plain.zip")
    with pyzipper.AESZipFile(tmp_path / "plain.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["case_reference"] == ref
    assert not (tmp_path / "plain-password.pdf").exists()
