"""Japanese typed through an input method (IME): every text field takes it, the search
reacts to the committed kana without another keystroke, and the furigana field takes
hiragana as the IME first offers it and keeps it in katakana."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.intake.dialog import IntakeDialog
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.register.model import ROW_ROLE
from tests.services.lifecycle_helpers import new_case

IMETyper = Callable[[QWidget, str], None]


def _text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]


def test_every_text_field_of_the_intake_takes_an_ime_commit(qtbot: object, ime_type: IMETyper) -> None:
    dialog = IntakeDialog(lambda _new: "", date.today)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    fields = [w for w in dialog.findChildren(QWidget) if isinstance(w, QLineEdit | QPlainTextEdit)]
    editable = [
        w
        for w in fields
        if w.isVisibleTo(dialog)
        and not (isinstance(w, QLineEdit) and (w.isReadOnly() or w.echoMode() != QLineEdit.EchoMode.Normal))
        and not (isinstance(w, QPlainTextEdit) and w.isReadOnly())
        and w.parent() is not None
        and type(w.parent()).__name__ != "QAbstractSpinBox"
        and not w.objectName().startswith("qt_")
    ]
    assert len(editable) >= 10  # applicant and representative, address, notes …
    for widget in editable:
        if isinstance(widget, QLineEdit) and widget.maxLength() < 3:
            continue  # the two-letter country code is not typed through an IME
        before = _text_of(widget)
        ime_type(widget, "大阪")
        assert "大阪" in _text_of(widget), widget.objectName() or type(widget).__name__
        if isinstance(widget, QLineEdit):
            widget.setText(before)
        else:
            widget.setPlainText(before)


def test_the_furigana_field_turns_the_imes_hiragana_into_katakana(qtbot: object, ime_type: IMETyper) -> None:
    dialog = IntakeDialog(lambda _new: "", date.today)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    ime_type(dialog.applicant.name_kana, "やまだ")
    ime_type(dialog.applicant.name_kana, " はなこ")
    assert dialog.applicant.name_kana.text() == "ヤマダ ハナコ"
    assert dialog.applicant.party().name_kana == "ヤマダ ハナコ"


def test_the_search_follows_committed_kana_and_ignores_composition(
    qtbot: object, app: App, staff: Actor, controller: MainController
) -> None:
    wanted = PartyData(name="山田 花子", name_kana="ヤマダ ハナコ", address="大阪府")
    other = PartyData(name="佐藤 一郎", name_kana="サトウ イチロウ", address="大阪府")
    ref = app.cases.create(staff, replace(new_case(date.today()), applicant=wanted))
    app.cases.create(staff, replace(new_case(date.today()), applicant=other))
    controller.refresh()
    model, search = controller.model, controller.register_view.search
    qtbot.waitUntil(lambda: model.total == 2)  # type: ignore[attr-defined]

    # Composing: the IME shows やまだ underlined, nothing is typed yet, nothing is searched.
    search.setFocus()
    QApplication.sendEvent(search, QInputMethodEvent("やまだ", []))
    qtbot.wait(500)  # type: ignore[attr-defined]
    assert search.text() == "" and model.total == 2

    # Committed as hiragana (no conversion key pressed): it finds the katakana furigana.
    commit = QInputMethodEvent()
    commit.setCommitString("やまだ")
    QApplication.sendEvent(search, commit)
    assert search.text() == "やまだ"
    qtbot.waitUntil(lambda: model.total == 1)  # type: ignore[attr-defined]
    assert model.index(0, 0).data(ROW_ROLE).ref == ref


def test_a_postal_code_fills_in_the_start_of_the_address(qtbot: object, ime_type: IMETyper) -> None:
    dialog = IntakeDialog(lambda _new: "", date.today)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    form = dialog.applicant
    form.postal_code.setFocus()
    ime_type(form.postal_code, "５４２００７６")  # full-width, as the IME types digits
    qtbot.keyClick(form.postal_code, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.postal_code.text() == "542-0076"
    assert form.address.toPlainText() == "大阪府大阪市中央区難波"


def test_a_postal_code_never_overwrites_a_typed_address(qtbot: object) -> None:
    dialog = IntakeDialog(lambda _new: "", date.today)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    form = dialog.applicant
    form.address.setPlainText("大阪府大阪市中央区難波1-1")
    qtbot.keyClicks(form.postal_code, "5420076")  # type: ignore[attr-defined]
    qtbot.keyClick(form.postal_code, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.address.toPlainText() == "大阪府大阪市中央区難波1-1"
    # An unknown code, and a foreign one, leave everything as typed.
    form.address.clear()
    form.postal_code.setText("000-0000")
    qtbot.keyClick(form.postal_code, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.address.toPlainText() == ""
    form.country.setText("DE")
    form.postal_code.setText("5420076")
    qtbot.keyClick(form.postal_code, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert (form.postal_code.text(), form.address.toPlainText()) == ("5420076", "")
