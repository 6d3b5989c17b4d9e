"""New inquiry: type into the real dialog, save, see the row and the opened case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from inquiry_desk.domain.enums import CaseKind, Channel, RequestType
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.model import ROW_ROLE


def _open_dialog(controller: MainController) -> IntakeDialog:
    controller.window.new_action.trigger()
    dialog = controller.intake
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    return dialog


def test_type_save_row_appears_and_case_opens(
    qtbot: object, controller: MainController, ime_type: Callable[[QWidget, str], None]
) -> None:
    assert controller.model.total == 0
    dialog = _open_dialog(controller)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.FAX))
    dialog.set_types([RequestType.DISCLOSURE])
    ime_type(dialog.applicant.name, "山田 花子")
    ime_type(dialog.applicant.name_kana, "ヤマダ ハナコ")
    qtbot.keyClicks(dialog.applicant.postal_code, "530-0001")  # type: ignore[attr-defined]
    ime_type(dialog.applicant.address, "大阪府大阪市北区梅田1-2-3")
    qtbot.keyClicks(dialog.applicant.phone, "06-1234-5678")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.note, "Form enclosed.")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    assert dialog.created_ref is not None
    ref = dialog.created_ref
    assert controller.model.total == 1
    row = controller.model.index(0, 0).data(ROW_ROLE)
    assert row.ref == ref and row.applicant == "山田 花子" and row.channel is Channel.FAX
    view = controller.window.tabs.currentWidget()
    assert view in controller.case_tabs.views()
    assert view.detail.applicant is not None
    assert view.detail.applicant.name_kana == "ヤマダ ハナコ"
    assert [n.text for n in view.detail.notes] == ["Form enclosed."]


def test_validation_messages_beside_fields_and_input_kept(
    qtbot: object, controller: MainController, ime_type: Callable[[QWidget, str], None]
) -> None:
    dialog = _open_dialog(controller)
    dialog.kind.setCurrentIndex(dialog.kind.findData(CaseKind.REQUEST))
    qtbot.keyClicks(dialog.applicant.email, "not-an-address")  # type: ignore[attr-defined]
    ime_type(dialog.applicant.name_kana, "ヤマダ")
    dialog.representative_box.setChecked(True)
    ime_type(dialog.representative.name, "代理 人")
    qtbot.keyClicks(dialog.representative.email, "agent@")  # type: ignore[attr-defined]
    dialog.save()

    errors = dialog.field_errors()
    assert set(errors) >= {"applicant.name", "applicant.email", "request_types", "representative.email"}
    assert dialog.isVisible() and dialog.created_ref is None
    assert dialog.applicant.email.text() == "not-an-address"
    assert dialog.applicant.name_kana.text() == "ヤマダ"
    assert dialog.representative.name.text() == "代理 人"
    assert controller.model.total == 0

    dialog.applicant.email.setText("yamada@example.jp")
    dialog.applicant.name.setText("山田 太郎")
    dialog.representative.email.setText("agent@example.jp")
    dialog.set_types([RequestType.CORRECTION])
    dialog.save()
    assert dialog.created_ref is not None
    assert dialog.field_errors() == {}
    assert controller.model.total == 1


def test_receipt_date_may_be_earlier_not_later(qtbot: object) -> None:
    today = date(2026, 3, 10)
    seen: list[NewCase] = []
    dialog = IntakeDialog(lambda new: seen.append(new) or "PI-2026-0001", lambda: today)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.received.date() == QDate(2026, 3, 10)
    dialog.received.setDate(QDate(2026, 3, 11))
    assert dialog.received.date() == QDate(2026, 3, 10)  # clamped: never in the future
    dialog.received.setDate(QDate(2026, 2, 27))
    dialog.applicant.name.setText("Anna Schmidt")
    dialog.applicant.email.setText("anna@example.de")
    dialog.kind.setCurrentIndex(dialog.kind.findData(CaseKind.QUESTION))
    dialog.save()
    assert seen and seen[0].received == today - timedelta(days=11)
    assert seen[0].kind is CaseKind.QUESTION and seen[0].request_types == []


def test_attachments_by_drop_and_add(qtbot: object, tmp_path: Path) -> None:
    seen: list[NewCase] = []
    dialog = IntakeDialog(lambda new: seen.append(new) or "PI-2026-0001")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    scan = tmp_path / "letter.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    pdf = tmp_path / "fax.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    dialog.add_paths([pdf])
    assert dialog.attachment_list.count() == 2
    dialog.applicant.name.setText("Luca Rossi")
    dialog.applicant.email.setText("luca@example.it")
    dialog.set_types([RequestType.ACCESS])
    dialog.save()
    atts = seen[0].attachments
    assert [(a.filename, a.content_type) for a in atts] == [
        ("letter.png", "image/png"),
        ("fax.pdf", "application/pdf"),
    ]
    assert atts[0].data == scan.read_bytes()
