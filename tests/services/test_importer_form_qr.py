"""Returned forms find their case by the QR code of our own pages, not as new cases.

The forms are the app's own: the request form rendered for the case by the documents
service, rasterised into a fax or a scan (tests/services/form_scans.py). Text recognition
is switched off here, so the footer's printed reference cannot be what finds the case:
only the QR code can (the command-line test in test_importer_form_qr_cli.py runs it all).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.intake import ocr
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.intake.importer import ImportService, ImportStatus
from inquiry_desk.services.intake.returned_forms import RETURNED_FORM_EVENT
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from tests.services.form_scans import fax_tiff, qr_page, scan_png


@pytest.fixture(autouse=True)
def no_text_recognition(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)


def _case(app: App, staff: Actor) -> str:
    return app.cases.create(
        staff,
        NewCase(
            received=date(2026, 11, 2),
            channel=Channel.EMAIL,
            kind=CaseKind.REQUEST,
            request_types=[RequestType.DISCLOSURE],
            jurisdiction=Jurisdiction.JP,
            language=Language.JA,
            applicant=PartyData(
                name="髙橋 美咲", postal_code="530-0001", address="大阪府大阪市北区梅田1-2-3"
            ),
        ),
    )


def _form(app: App, staff: Actor, ref: str) -> bytes:
    return app.documents.render_for_case(staff, ref, "request-form")


def _filed(app: App, staff: Actor, ref: str) -> bool:
    return any(e.action == RETURNED_FORM_EVENT for e in app.cases.get(staff, ref).events)


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("fax-fine.tif", lambda pdf: fax_tiff(pdf)),
        ("fax-normal.tif", lambda pdf: fax_tiff(pdf, fine=False)),
        ("scan.png", scan_png),
    ],
)
def test_a_returned_form_is_filed_into_its_case(
    app: App, staff: Actor, tmp_path: Path, name: str, make: object
) -> None:
    other = _case(app, staff)
    ref = _case(app, staff)
    path = tmp_path / name
    path.write_bytes(make(_form(app, staff, ref)))  # type: ignore[operator]
    [result] = ImportService(app).import_path(staff, path)
    assert result.status is ImportStatus.ATTACHED and result.ref == ref
    assert app.cases.refs() == [other, ref]  # no new case
    detail = app.cases.get(staff, ref)
    assert [a.filename for a in detail.attachments] == [name]
    assert _filed(app, staff, ref)
    assert not _filed(app, staff, other)


def test_a_returned_form_ends_the_pause_as_a_reply_does(app: App, staff: Actor) -> None:
    ref = _case(app, staff)
    form = _form(app, staff, ref)
    workflow = WorkflowService(app.db, app.keys, app.cases.today)
    workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons="form", on=app.cases.today()))
    assert app.cases.get(staff, ref).state is CaseState.AWAITING_APPLICANT
    result = ImportService(app).import_bytes(staff, fax_tiff(form), "fax.tif")
    assert result.status is ImportStatus.ATTACHED
    detail = app.cases.get(staff, ref)
    assert detail.state is not CaseState.AWAITING_APPLICANT
    assert any(e.action == Action.APPLICANT_ANSWERED.value for e in detail.events)


def test_the_same_fax_twice_is_a_duplicate(app: App, staff: Actor) -> None:
    ref = _case(app, staff)
    fax = fax_tiff(_form(app, staff, ref))
    assert ImportService(app).import_bytes(staff, fax, "fax.tif").status is ImportStatus.ATTACHED
    again = ImportService(app).import_bytes(staff, fax, "fax.tif")
    assert again.status is ImportStatus.DUPLICATE and again.ref == ref
    assert len(app.cases.get(staff, ref).attachments) == 1


def test_a_damaged_code_files_nothing(app: App, staff: Actor) -> None:
    ref = _case(app, staff)
    result = ImportService(app).import_bytes(staff, fax_tiff(_form(app, staff, ref), damage=True), "fax.tif")
    assert result.status is ImportStatus.CREATED and result.ref != ref
    assert not _filed(app, staff, ref)
    assert app.cases.get(staff, ref).attachments == []


def test_someone_elses_qr_code_is_not_ours(app: App, staff: Actor) -> None:
    ref = _case(app, staff)
    page = qr_page(f"https://shop.example.jp/order?ref={ref}")
    result = ImportService(app).import_bytes(staff, page, "slip.png")
    assert result.status is ImportStatus.CREATED
    assert not any("QR code" in w for w in result.warnings)
    assert not _filed(app, staff, ref)


def test_a_code_naming_an_unknown_case_imports_as_new_with_a_note(app: App, staff: Actor) -> None:
    result = ImportService(app).import_bytes(staff, qr_page("PI-2099-0001"), "scan.png")
    assert result.status is ImportStatus.CREATED
    assert "The QR code names case PI-2099-0001, which does not exist: it was imported as a new case." in (
        result.warnings
    )
    assert app.cases.get(staff, result.ref or "").warnings == len(result.warnings)


@pytest.mark.demo(purged=3)
def test_a_code_naming_a_purged_case_imports_as_new_with_a_note(app: App, staff: Actor) -> None:
    [purged, *_] = app.register.page(RegisterFilter(states=frozenset({CaseState.PURGED})))
    before = app.register.count(RegisterFilter())
    result = ImportService(app).import_bytes(staff, qr_page(purged.ref), "scan.png")
    assert result.status is ImportStatus.CREATED and result.ref != purged.ref
    assert any(f"names case {purged.ref}, whose personal data has been erased" in w for w in result.warnings)
    assert app.register.count(RegisterFilter()) == before + 1
    assert app.cases.get(staff, purged.ref).attachments == []


def test_two_cases_forms_in_one_fax_are_not_guessed_between(app: App, staff: Actor) -> None:
    import io

    from PIL import Image

    first, second = _case(app, staff), _case(app, staff)
    frames = []
    for ref in (first, second):
        with Image.open(io.BytesIO(fax_tiff(_form(app, staff, ref)))) as image:
            frames.append(image.copy())
    buffer = io.BytesIO()
    frames[0].save(
        buffer, "TIFF", compression="group4", save_all=True, append_images=frames[1:], dpi=(204, 196)
    )
    result = ImportService(app).import_bytes(staff, buffer.getvalue(), "two.tif")
    assert result.status is ImportStatus.CREATED
    assert any(f"several cases ({first}, {second})" in w for w in result.warnings)
    assert not _filed(app, staff, first) and not _filed(app, staff, second)


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_a_filed_form_is_erased_with_its_case(
    app: App, manager: Actor, staff: Actor, data_dir: Path, tmp_path: Path
) -> None:
    from inquiry_desk.services.actors import SYSTEM
    from inquiry_desk.services.purge.service import PurgeService
    from tests.services.purge_helpers import personal_values, scan_folder

    svc = PurgeService(app)
    [ref, *_] = svc.due_refs()
    fax = tmp_path / "returned-form-fax.tif"
    fax.write_bytes(fax_tiff(_form(app, manager, ref)))
    [result] = ImportService(app).import_path(staff, fax)
    assert (result.status, result.ref) == (ImportStatus.ATTACHED, ref)
    values, windows = personal_values(app, manager, [ref])
    assert fax.name in values and len(windows) >= 3

    receipt = svc.purge_due(SYSTEM)

    assert ref in receipt.refs and receipt.passed
    app.close()
    assert scan_folder(data_dir, values, windows) == []


def test_the_code_decides_over_a_reference_in_the_text_and_says_so(app: App, staff: Actor) -> None:
    """A gateway's fax whose cover text quotes one case and whose form carries another's code."""
    import base64

    quoted, ref = _case(app, staff), _case(app, staff)
    fax = base64.encodebytes(fax_tiff(_form(app, staff, ref))).decode()
    mail = (
        "From: FAX Gateway <fax-gateway@example.jp>\r\n"
        "To: privacy@example.com\r\n"
        f"Subject: Fax from 0312345678 re {quoted}\r\n"
        "Date: Mon, 2 Nov 2026 10:00:00 +0900\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nYou have received a fax (2 pages).\r\n"
        '--b\r\nContent-Type: image/tiff\r\nContent-Disposition: attachment; filename="fax.tif"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{fax}\r\n--b--\r\n"
    ).encode()
    result = ImportService(app).import_bytes(staff, mail, "fax.eml")
    assert (result.status, result.ref) == (ImportStatus.ATTACHED, ref)
    assert any(f"names case {ref} and the text mentions {quoted}" in w for w in result.warnings)
    assert _filed(app, staff, ref) and not _filed(app, staff, quoted)


def _mail(subject: str, attachments: list[tuple[str, str, bytes]]) -> bytes:
    import base64

    parts = "".join(
        f'--b\r\nContent-Type: {ctype}\r\nContent-Disposition: attachment; filename="{name}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{base64.encodebytes(data).decode()}\r\n"
        for name, ctype, data in attachments
    )
    return (
        "From: Misaki Takahashi <misaki@example.jp>\r\n"
        "To: privacy@example.com\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 2 Nov 2026 10:00:00 +0900\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find the form attached.\r\n"
        f"{parts}--b--\r\n"
    ).encode()


def test_a_form_scanned_and_mailed_back_without_the_reference_is_filed(app: App, staff: Actor) -> None:
    from tests.services.form_scans import qr_page

    ref = _case(app, staff)
    mail = _mail(
        "The form you sent me",
        [
            ("id-card.png", "image/png", qr_page("https://id.example.jp/verify")),
            ("form.png", "image/png", scan_png(_form(app, staff, ref))),
        ],
    )
    result = ImportService(app).import_bytes(staff, mail, "reply.eml")
    assert (result.status, result.ref) == (ImportStatus.ATTACHED, ref)
    assert _filed(app, staff, ref)
    assert len(app.cases.get(staff, ref).attachments) == 2


def test_a_mailed_reply_quoting_its_reference_is_filed_as_a_reply(app: App, staff: Actor) -> None:
    """The text's reference is what the applicant wrote: enclosures are not read for codes."""
    quoted, ref = _case(app, staff), _case(app, staff)
    mail = _mail(f"Re: [{quoted}]", [("form.png", "image/png", scan_png(_form(app, staff, ref)))])
    result = ImportService(app).import_bytes(staff, mail, "reply.eml")
    assert (result.status, result.ref) == (ImportStatus.ATTACHED, quoted)
    assert not _filed(app, staff, quoted) and not _filed(app, staff, ref)
