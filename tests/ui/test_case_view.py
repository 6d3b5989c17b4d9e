"""The case view and the attachment viewer on demo data."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QLabel

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.ui.case.attachment_viewer import AttachmentViewer, read_image_pages
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.widgets.notify import RecordingNotifier


def _first(app: App, state: CaseState | None = None) -> str:
    flt = RegisterFilter(
        states=frozenset({state}) if state else frozenset(), include_purged=state is CaseState.PURGED
    )
    return app.register.page(flt, limit=1)[0].ref


@pytest.mark.demo
def test_case_view_shows_parties_and_timeline(qtbot: object, controller: MainController, app: App) -> None:
    ref = _first(app, CaseState.IN_PROGRESS)
    view = controller.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert ref in texts
    assert view.detail.applicant is not None
    assert any(view.detail.applicant.name in t for t in texts)
    assert view.timeline.topLevelItemCount() == len(view.detail.events) > 0
    # Opening it again focuses the existing tab instead of a second copy.
    assert controller.case_tabs.open_case(ref) is view
    assert len(controller.case_tabs.views()) == 1


@pytest.mark.demo
def test_add_note(qtbot: object, controller: MainController, app: App) -> None:
    view = controller.case_tabs.open_case(_first(app, CaseState.RECEIVED))
    assert view is not None
    before = len(view.detail.notes)
    view.note_edit.setPlainText("")
    view.add_note_button.click()
    assert view.note_error.text() == "The note is empty."
    view.note_edit.setPlainText("Called the applicant: form posted today.")
    view.add_note_button.click()
    assert len(view.detail.notes) == before + 1
    assert view.detail.notes[-1].text == "Called the applicant: form posted today."


@pytest.mark.demo
def test_purged_case_shows_anonymous_facts(qtbot: object, controller: MainController, app: App) -> None:
    view = controller.case_tabs.open_case(_first(app, CaseState.PURGED))
    assert view is not None
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "Personal data erased on" in texts
    assert view.tabs.tabText(0) == "Personal data"


@pytest.mark.demo
def test_image_attachment_opens_in_viewer(
    qtbot: object, controller: MainController, app: App, staff: Actor
) -> None:
    for row in app.register.page(RegisterFilter(include_purged=False), limit=60):
        detail = app.cases.get(staff, row.ref)
        if detail.attachments:
            break
    view = controller.case_tabs.open_case(detail.ref)
    assert view is not None
    item = view.attachment_tree.topLevelItem(0)
    view.attachment_tree.itemActivated.emit(item, 0)
    viewers = controller.window.findChildren(AttachmentViewer)
    assert len(viewers) == 1 and viewers[0].kind == "image" and viewers[0].page_count == 1
    viewers[0].zoom_in.click()
    assert viewers[0].zoom > 1
    viewers[0].close()


def test_multi_page_tiff_pages(qtbot: object) -> None:
    pages = [Image.new("L", (200, 100), shade) for shade in (255, 128)]
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:])
    assert len(read_image_pages(buf.getvalue())) == 2
    viewer = AttachmentViewer("fax.tif", "image/tiff", buf.getvalue())
    qtbot.addWidget(viewer)  # type: ignore[attr-defined]
    assert viewer.page_count == 2
    viewer.page.setValue(2)
    viewer.fit_width()


def _two_page_pdf() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Page one")
    writer.newPage()
    painter.drawText(100, 100, "Page two")
    painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def test_pdf_viewer_pages_and_zoom(qtbot: object) -> None:
    viewer = AttachmentViewer("reply.pdf", "application/pdf", _two_page_pdf())
    qtbot.addWidget(viewer)  # type: ignore[attr-defined]
    viewer.show()
    assert viewer.page_count == 2
    zoom = viewer.zoom
    viewer.page.setValue(2)
    viewer.zoom_in.click()
    assert viewer.zoom > zoom
    if viewer.kind == "pdf":  # QtPdf present: QPdfView follows the page box
        assert viewer.pdf_view.pageNavigator().currentPage() == 1
    else:  # rendered by pdfium
        assert viewer.kind == "image" and not viewer.image_label.pixmap().isNull()


def test_damaged_file_gets_a_message(qtbot: object) -> None:
    viewer = AttachmentViewer("broken.png", "image/png", b"not an image")
    qtbot.addWidget(viewer)  # type: ignore[attr-defined]
    assert viewer.kind == "none"


@pytest.mark.demo
def test_title_status_about_and_remembered_layout(
    qtbot: object,
    app: App,
    staff: Actor,
    settings: QSettings,
    make_ctl: Callable[..., MainController],
    notifier: RecordingNotifier,
) -> None:
    ctl = make_ctl(app, staff)
    w = ctl.window
    assert w.windowTitle() == "Inquiry Desk — Sato Yui (staff) — DEMO DATABASE"
    assert w.count_label.text() == "60 cases"
    assert str(app.data_dir) in w.db_label.text()
    box = ctl.about()
    assert box.isVisible() and "IPA" in box.text()
    box.close()
    w.register.table.setColumnWidth(0, 333)
    w.close()
    assert settings.contains("main/geometry")
    again = make_ctl(app, staff)
    assert again.window.register.table.columnWidth(0) == 333
    again.window.close()
