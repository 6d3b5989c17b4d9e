"""The print preview dialog, driven for real on the offscreen platform."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.printers import SystemPrinters
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.documents.delivery import DocumentDelivery, PrintResult
from inquiry_desk.ui.printing.preview import ZOOM_STEP, PrintPreviewDialog
from inquiry_desk.ui.printing.preview_output import LAST_FOLDER_KEY
from inquiry_desk.ui.widgets.notify import RecordingNotifier


def _case(app: App, staff: Actor, name: str = "髙橋 﨑子") -> str:
    return app.cases.create(
        staff,
        NewCase(
            received=date.today() - timedelta(days=2),
            channel=Channel.MAIL,
            kind=CaseKind.REQUEST,
            request_types=[RequestType.DISCLOSURE],
            jurisdiction=Jurisdiction.JP,
            language=Language.JA,
            applicant=PartyData(name=name, postal_code="530-0001", address="大阪府大阪市北区梅田1-2-3"),
        ),
    )


def _dialog(
    qtbot: object,
    app: App,
    staff: Actor,
    ref: str,
    settings: QSettings,
    notifier: RecordingNotifier,
    document: str = "request-form",
) -> PrintPreviewDialog:
    delivery = DocumentDelivery(app.documents, SystemPrinters())
    dialog = PrintPreviewDialog(delivery, staff, ref, document=document, settings=settings, notifier=notifier)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    return dialog


def _text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        page = doc[0]
        textpage = page.get_textpage()
        text = str(textpage.get_text_range())
        textpage.close()
        page.close()
        return text
    finally:
        doc.close()


def test_pages_and_keyboard_navigation(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    ref = _case(app, staff)
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier)
    assert dialog.language is Language.JA  # the case's language
    assert dialog.page_count == 2 and dialog.page_label.text() == "Page 1 of 2"
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    assert not dialog.page_view.pixmap().isNull()
    # Shortcuts fire in the active window, whichever child has the focus (here the page view,
    # which would otherwise scroll on PgDn).
    with qtbot.waitActive(dialog):  # type: ignore[attr-defined]
        dialog.activateWindow()
    dialog.page_area.setFocus()
    qtbot.keyClick(dialog.page_area, Qt.Key.Key_PageDown)  # type: ignore[attr-defined]
    assert dialog.page == 1 and dialog.page_label.text() == "Page 2 of 2"
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog.page_area, Qt.Key.Key_PageDown)  # type: ignore[attr-defined]
    assert dialog.page == 1  # stays on the last page
    qtbot.keyClick(dialog.page_area, Qt.Key.Key_PageUp)  # type: ignore[attr-defined]
    assert dialog.page == 0
    dialog.next_button.click()
    assert dialog.page == 1
    assert notifier.messages == []


def test_zoom_in_out_and_fit_width(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    dialog = _dialog(qtbot, app, staff, _case(app, staff), settings, notifier)
    assert dialog.fit_width and dialog.fit_button.isChecked()
    fitted = dialog.effective_zoom
    width = dialog.page_view.pixmap().deviceIndependentSize().width()
    assert width <= dialog.page_area.viewport().width()
    dialog.zoom_in_button.click()
    assert not dialog.fit_width and dialog.zoom == pytest.approx(fitted * ZOOM_STEP)
    assert dialog.page_view.pixmap().deviceIndependentSize().width() > width
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.zoom == pytest.approx(fitted / ZOOM_STEP)
    assert dialog.zoom_label.text() == f"{round(fitted / ZOOM_STEP * 100)} %"
    dialog.fit_button.click()
    assert dialog.fit_width and dialog.effective_zoom == pytest.approx(fitted)


def test_language_and_document_selectors(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    ref = _case(app, staff)
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="acknowledgement")
    assert dialog.pdf is not None and "様" in _text(dialog.pdf)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.pdf is not None and "Dear" in _text(dialog.pdf)
    dialog.document_box.setCurrentIndex(dialog.document_box.findData("envelope"))
    assert dialog.document == "envelope" and dialog.page_count == 1


def test_save_as_pdf_writes_and_records(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier, tmp_path: Path
) -> None:
    ref = _case(app, staff)
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="acknowledgement")
    assert dialog.suggested_filename() == f"{ref}-acknowledgement-ja.pdf"
    out = tmp_path / "letters" / "letter.pdf"
    out.parent.mkdir()
    assert dialog.save_to(out)
    assert out.read_bytes() == dialog.pdf and ref in _text(out.read_bytes())
    assert [p.name for p in out.parent.iterdir()] == ["letter.pdf"]  # no temporary file left
    assert settings.value(LAST_FOLDER_KEY) == str(out.parent)
    assert "Saved to letter.pdf" in dialog.status.text()
    events = app.cases.get(staff, ref).events
    assert any(e.action == "export:acknowledgement" and "PDF file" in e.summary for e in events)
    # A folder that does not exist is a message, not a traceback.
    assert not dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert notifier.messages[-1][0] == "Could not save the PDF"


def test_glyph_warning_and_print_anyway(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    ref = _case(app, staff, name="𠮷田 太郎")
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="acknowledgement")
    assert dialog.warning.isVisible()
    assert "U+20BB7" in dialog.warning.label.text() and "applicant.name" in dialog.warning.label.text()
    assert dialog.pdf is None and not dialog.print_button.isEnabled()
    assert notifier.messages == []  # a banner, not a message box
    dialog.warning.button.click()
    assert not dialog.warning.isVisible() and dialog.pdf is not None
    assert "〓田" in _text(dialog.pdf) and dialog.print_button.isEnabled()


def test_printing_error_is_a_message(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    ref = _case(app, staff)
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="acknowledgement")
    assert not dialog.print_to("")
    assert notifier.messages == [("Printing failed", "No printer chosen.")]
    assert not any(e.action.startswith("print:") for e in app.cases.get(staff, ref).events)


def test_print_dialog_opens_without_blocking(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    from inquiry_desk.ui.printing.preview_output import LAST_PRINTER_KEY

    settings.setValue(LAST_PRINTER_KEY, "office-laser")
    dialog = _dialog(qtbot, app, staff, _case(app, staff), settings, notifier, document="acknowledgement")
    dialog.print_button.click()  # returns at once: open(), not exec()
    assert dialog.print_dialog.isVisible()
    dialog.print_dialog.reject()
    dialog.save_button.click()
    assert dialog.file_dialog.isVisible()
    assert dialog.file_dialog.selectedFiles()[0].endswith("-acknowledgement-ja.pdf")
    dialog.file_dialog.reject()


def test_batch_print_prints_due_cases_and_lists_failures(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    from inquiry_desk.ui.printing.batch import BatchPrintDialog

    good = [_case(app, staff), _case(app, staff)]
    bad = _case(app, staff, name="𠮷田 太郎")
    sent: list[tuple[str, str]] = []

    class OfficePrinters:  # one queue that records what reaches it
        def names(self) -> list[str]:
            return ["office-laser"]

        def default(self) -> str | None:
            return "office-laser"

        def print_pdf(self, pdf: bytes, printer: str, *, title: str, copies: int) -> PrintResult:
            assert pdf.startswith(b"%PDF") and copies == 1
            sent.append((printer, title))
            return PrintResult(printer, 1, "fake")

    dialog = BatchPrintDialog(
        DocumentDelivery(app.documents, OfficePrinters()), staff, settings=settings, notifier=notifier
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.selected_refs() == [*good, bad]
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog._queue is None)  # type: ignore[attr-defined]
    assert sent == [("office-laser", f"{ref} acknowledgement") for ref in good]
    assert dialog.printed == good and [r for r, _ in dialog.failed] == [bad]
    assert "Printed 2 of 3." in dialog.summary.text() and bad in dialog.summary.text()
    # The printed ones are acknowledged now; only the failed one is still due.
    assert dialog.selected_refs() == [bad]
    assert notifier.messages == []


def test_print_to_file_in_the_print_dialog_saves_the_pdf(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier, tmp_path: Path
) -> None:
    """Qt's "Print to File (PDF)" names a file and no printer: the letter is saved there."""
    dialog = _dialog(qtbot, app, staff, _case(app, staff), settings, notifier, document="acknowledgement")
    dialog.print_button.click()
    print_dialog = dialog.print_dialog
    target = tmp_path / "letter.pdf"
    # Chosen in the dialog's own widgets, as a person does: the printer list's PDF entry, then
    # the file name field.
    printers = next(
        c for c in print_dialog.findChildren(QComboBox) if c.findText("PDF", Qt.MatchFlag.MatchContains) >= 0
    )
    printers.setCurrentIndex(printers.findText("PDF", Qt.MatchFlag.MatchContains))
    file_edit = next(
        e for e in print_dialog.findChildren(QLineEdit) if e.isVisibleTo(print_dialog) and e.isEnabled()
    )
    file_edit.setText(str(target))
    print_dialog.accept()
    qtbot.waitUntil(target.exists, timeout=5000)  # type: ignore[attr-defined]
    assert target.read_bytes().startswith(b"%PDF") and notifier.messages == []


def test_the_disclosure_enclosure_previews_with_the_data_held(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    ref = _case(app, staff, name="山田 花子")
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="disclosure")
    # Nothing added yet: the preview says what to do, and there is nothing to print.
    assert dialog.pdf is None and "no included records" in notifier.messages[-1][1]
    data = Path(__file__).resolve().parents[1] / "data" / "records" / "order-history-cp932.csv"
    app.records.add(staff, ref, data.name, data.read_bytes())
    app.records.redact(staff, ref, 1, 2, 5, "第三者")
    dialog.refresh()
    assert dialog.pdf is not None and dialog.page_count == 1
    text = _text(dialog.pdf)
    assert "ZP-20240305-0917" in text and "（不開示）" in text and "髙橋 﨑子" not in text


def test_the_response_is_drafted_beside_its_preview_and_prints_as_a_draft(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier, tmp_path: Path
) -> None:
    ref = _case(app, staff)
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="response")
    panel = dialog.response_text
    assert panel.isVisible() and panel.draft_banner.isVisible()  # identity not verified yet
    assert "【下書き・未承認】" in _text(dialog.pdf or b"")
    panel.text.setPlainText("ご注文履歴（2023年分）を同封いたします。")
    panel.enclosures.setPlainText("ご注文履歴 3枚\n\nお支払い記録 1枚")
    assert dialog.has_unsaved_input()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not dialog.has_unsaved_input()
    text = _text(dialog.pdf or b"").replace("\r\n", "").replace(" ", "")
    assert "ご注文履歴（2023年分）を同封いたします。" in text
    assert app.documents.context_for(staff, ref, "response").enclosures == [
        "ご注文履歴 3枚",
        "お支払い記録 1枚",
    ]
    assert dialog.save_to(tmp_path / "draft.pdf")
    actions = [e.action for e in app.cases.get(staff, ref).events]
    assert "export-draft:response" in actions and "export:response" not in actions
    # Another document: the panel goes, and comes back with what was saved.
    dialog.document_box.setCurrentIndex(dialog.document_box.findData("acknowledgement"))
    assert not panel.isVisible()
    dialog.document_box.setCurrentIndex(dialog.document_box.findData("response"))
    assert panel.text.toPlainText() == "ご注文履歴（2023年分）を同封いたします。"


def test_a_stale_draft_is_refused_and_the_typed_words_stay(
    qtbot: object, app: App, staff: Actor, settings: QSettings, notifier: RecordingNotifier
) -> None:
    """The preview showed the case at one version; a colleague saved their own draft
    meanwhile. Saving is refused, naming the change; the words typed stay; "Reload the case,
    keep my changes" quotes the new version and the same words go through."""
    ref = _case(app, staff)
    dialog = _dialog(qtbot, app, staff, ref, settings, notifier, document="response")
    panel = dialog.response_text
    seen = app.cases.get(staff, ref, record_view=False).version
    assert panel.version == seen
    app.documents.save_response_draft(staff, ref, "同僚の下書き", [])  # elsewhere, meanwhile
    now = app.cases.get(staff, ref, record_view=False).version

    panel.text.setPlainText("ご注文履歴を同封いたします。")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert panel.stale.isVisible()
    assert f"{ref} was changed after you opened it (version {seen}, now {now})" in panel.stale.text.text()
    assert panel.text.toPlainText() == "ご注文履歴を同封いたします。" and dialog.has_unsaved_input()
    assert app.documents.context_for(staff, ref, "response").free_text == "同僚の下書き"

    qtbot.mouseClick(panel.stale.reload_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not panel.stale.isVisible() and panel.version == now
    assert panel.text.toPlainText() == "ご注文履歴を同封いたします。"  # the reload kept the words
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not dialog.has_unsaved_input()
    assert app.documents.context_for(staff, ref, "response").free_text == "ご注文履歴を同封いたします。"
    assert panel.version == app.cases.get(staff, ref, record_view=False).version  # the next save quotes it
