"""The case's timeline says a returned form was filed by its QR code."""

from __future__ import annotations

import pytest

from inquiry_desk.intake import ocr
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportService, ImportStatus
from inquiry_desk.ui.case.view import CaseView
from inquiry_desk.ui.main_controller import MainController
from tests.services.form_scans import fax_tiff
from tests.services.test_importer_form_qr import _case


def test_the_timeline_names_the_returned_form(
    qtbot: object, controller: MainController, app: App, staff: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)  # only the QR code can file it
    ref = _case(app, staff)
    fax = fax_tiff(app.documents.render_for_case(staff, ref, "request-form"))
    assert ImportService(app).import_bytes(staff, fax, "fax.tif").status is ImportStatus.ATTACHED
    view = controller.case_tabs.open_case(ref)
    assert isinstance(view, CaseView)
    whats = [view.timeline.topLevelItem(i).text(2) for i in range(view.timeline.topLevelItemCount())]
    assert "Returned form received (filed by its QR code)" in whats
