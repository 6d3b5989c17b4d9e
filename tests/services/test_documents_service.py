"""Documents for a case: context mapping, rendering, recording outputs, batches, what is due."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pypdfium2
import pytest
from sqlalchemy import select

from inquiry_desk.documents import MissingGlyphsError
from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, Outcome, RequestType, Role
from inquiry_desk.domain.errors import NotFound, PermissionDenied, UserError
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.documents.delivery import pdf_pages
from inquiry_desk.services.documents.service import DocumentRefused, DocumentService
from inquiry_desk.services.lifecycle import actions, workflow
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.store.models import AuditEntry

JA_NAME = "髙橋 﨑子"
EN_NAME = "Erika Mustermann"


def _text(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        parts = []
        for page in doc:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "".join(parts)
    finally:
        doc.close()


def _case(
    app: App,
    staff: Actor,
    *,
    ja: bool = True,
    name: str | None = None,
    representative: PartyData | None = None,
) -> str:
    received = date.today() - timedelta(days=3)
    applicant = PartyData(
        name=name or (JA_NAME if ja else EN_NAME),
        name_kana="タカハシ サキコ" if ja else "",
        postal_code="530-0001" if ja else "10115",
        address="大阪府大阪市北区梅田1-2-3" if ja else "Invalidenstraße 12\nBerlin",
        country="JP" if ja else "DE",
        email="saki@example.jp",
    )
    return app.cases.create(
        staff,
        NewCase(
            received=received,
            channel=Channel.MAIL,
            kind=CaseKind.REQUEST,
            request_types=[RequestType.DISCLOSURE] if ja else [RequestType.ACCESS, RequestType.ERASURE],
            jurisdiction=Jurisdiction.JP if ja else Jurisdiction.EEA,
            language=Language.JA if ja else Language.EN,
            applicant=applicant,
            representative=representative,
        ),
    )


def _workflow(app: App) -> workflow.WorkflowService:
    # Built here rather than through an App attribute: the workflow is wired in separately.
    return workflow.WorkflowService(app.db, app.keys, app.cases.today)


@pytest.fixture
def docs(app: App) -> DocumentService:
    return app.documents


def test_context_maps_a_japanese_case(app: App, staff: Actor, docs: DocumentService) -> None:
    rep = PartyData(name="代理 太郎", address="東京都千代田区1-1", postal_code="100-0001")
    ref = _case(app, staff, representative=rep)
    detail = app.cases.get(staff, ref)
    ctx = docs.context_for(staff, ref, "cover-letter")
    assert ctx.reference == ref and ctx.language is Language.JA
    assert ctx.applicant.name == JA_NAME and ctx.recipient.name == "代理 太郎"
    assert ctx.jurisdiction is Jurisdiction.JP and ctx.request_types == [RequestType.DISCLOSURE]
    assert (ctx.received_date, ctx.due_date) == (detail.received, detail.due)
    assert ctx.letter_date == date.today()
    # APPI allows a fee for disclosure; none is recorded yet, so the policy's default is quoted.
    assert ctx.fee is not None and ctx.fee.amount_jpy == 1000
    assert ctx.staff_name == staff.display_name
    assert ctx.extension is None


def test_context_maps_an_english_gdpr_case(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff, ja=False)
    ctx = docs.context_for(staff, ref, "acknowledgement")
    assert ctx.language is Language.EN and ctx.jurisdiction is Jurisdiction.EEA
    assert ctx.applicant.name == EN_NAME and ctx.fee is None  # GDPR: no fee
    assert ctx.request_types == [RequestType.ACCESS, RequestType.ERASURE]
    # The language can be chosen per letter, and any field overridden.
    other = docs.context_for(
        staff, ref, "response", lang="ja", outcome=Outcome.NO_DATA_HELD, free_text="追記"
    )
    assert other.language is Language.JA and other.outcome is Outcome.NO_DATA_HELD
    assert other.free_text == "追記"
    with pytest.raises(TypeError):
        docs.context_for(staff, ref, "response", no_such_field=1)


def test_typed_reasons_reach_the_letter(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff)
    _workflow(app).act(
        staff,
        ref,
        Action.REQUEST_FROM_APPLICANT,
        actions.ActionInput(reasons="本人確認書類の写し\n手数料 1,000円"),
    )
    ctx = docs.context_for(staff, ref, "missing-documents")
    assert ctx.missing_items == ["本人確認書類の写し", "手数料 1,000円"]
    text = _text(docs.render_for_case(staff, ref, "missing-documents")).replace("\r\n", "")
    assert "本人確認書類の写し" in text


def test_a_missing_documents_letter_with_nothing_asked_is_refused_with_what_to_do(
    app: App, staff: Actor, docs: DocumentService
) -> None:
    """It would ask for "the following:" and list nothing (the demo's cases awaiting the
    applicant had no request recorded)."""
    ref = _case(app, staff)
    with pytest.raises(DocumentRefused, match=f"inquiry-desk act {ref} request_from_applicant"):
        docs.render_for_case(staff, ref, "missing-documents")
    _workflow(app).act(staff, ref, Action.REQUEST_FROM_APPLICANT, actions.ActionInput(reasons="住民票の写し"))
    assert "住民票の写し" in _text(docs.render_for_case(staff, ref, "missing-documents"))


def test_the_extension_notice_needs_an_extension_and_quotes_the_time_limit_it_replaces(
    app: App, staff: Actor, docs: DocumentService, lc: Lifecycle
) -> None:
    ref = _case(app, staff, ja=False)  # GDPR: an extension is possible
    with pytest.raises(DocumentRefused, match=f"inquiry-desk extend {ref}"):
        docs.render_for_case(staff, ref, "extension-notice")
    before = app.cases.get(staff, ref).due
    assert before is not None
    after = lc.deadlines.extend(staff, ref, 2, "Records in five systems")
    ctx = docs.context_for(staff, ref, "extension-notice")
    assert ctx.extension is not None and ctx.due_date == after
    assert (ctx.extension.previous_due_date, ctx.extension.new_due_date) == (before, after)
    text = _text(docs.render_for_case(staff, ref, "extension-notice")).replace("\r\n", " ").replace("\n", " ")
    assert f"cannot answer it by {before.day} {before:%B %Y} as planned" in text
    assert f"We will answer by {after.day} {after:%B %Y} at the latest" in text


@pytest.mark.parametrize("ja", [True, False])
def test_render_for_case_both_languages(app: App, staff: Actor, docs: DocumentService, ja: bool) -> None:
    ref = _case(app, staff, ja=ja)
    pdf = docs.render_for_case(staff, ref, "acknowledgement")
    text = _text(pdf)
    assert pdf.startswith(b"%PDF") and ref in text
    assert (JA_NAME if ja else EN_NAME) in text
    assert pdf_pages(pdf) == 1


def test_printing_needs_the_print_permission(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff)
    admin = Actor("root", "admin")
    with pytest.raises(PermissionDenied):
        docs.render_for_case(admin, ref, "acknowledgement")
    with pytest.raises(PermissionDenied):
        docs.record_output(admin, ref, "acknowledgement", "office", 1, "print")
    with pytest.raises(PermissionDenied):
        docs.batch(admin, "acknowledgement", [ref])


def test_output_is_on_the_timeline_and_audited_without_personal_data(
    app: App, staff: Actor, docs: DocumentService
) -> None:
    ref = _case(app, staff)
    docs.record_output(staff, ref, "acknowledgement", "office-laser", 1, "print")
    # An export's path may carry the applicant's name: only "PDF file" is recorded.
    docs.record_output(staff, ref, "cover-letter", f"/home/sato/{JA_NAME}.pdf", 2, "export", lang="en")
    events = app.cases.get(staff, ref).events
    printed = next(e for e in events if e.action == "print:acknowledgement")
    exported = next(e for e in events if e.action == "export:cover-letter")
    assert printed.actor == staff.display_name and "office-laser" in printed.summary  # a name, not the login
    assert "1 page" in printed.summary and "ja" in printed.summary
    assert exported.summary == "Exported cover-letter (en, 2 pages) as PDF file"
    with app.db.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.case_ref == ref, AuditEntry.action.like("document.%"))
        ).all()
        assert [r.action for r in rows] == ["document.print", "document.export"]
        details = [json.loads(r.details) for r in rows]
    assert details[0] == {
        "document": "acknowledgement",
        "language": "ja",
        "pages": 1,
        "destination": "office-laser",
    }
    assert details[1]["destination"] == "PDF file"
    for text in [e.summary for e in events] + [json.dumps(d, ensure_ascii=False) for d in details]:
        assert JA_NAME not in text and "高橋" not in text and "sato/" not in text


def test_kept_copy_is_an_encrypted_letter_attachment(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff)
    pdf = docs.render_for_case(staff, ref, "acknowledgement")
    docs.record_output(staff, ref, "acknowledgement", "PDF file", 1, "export", copy=pdf)
    [att] = [a for a in app.cases.get(staff, ref).attachments if a.kind == "letter"]
    assert app.cases.attachment_bytes(staff, ref, att.id)[2] == pdf
    with app.db.read() as session:
        from inquiry_desk.store.models import Blob, BlobChunk

        stored = b"".join(c.data for c in session.scalars(select(BlobChunk)))
        assert session.scalar(select(Blob.id)) is not None
    assert b"%PDF" not in stored


def test_unprintable_name_raises_with_the_characters(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff, name="𠮷田 太郎")
    with pytest.raises(MissingGlyphsError) as err:
        docs.render_for_case(staff, ref, "acknowledgement")
    [problem] = err.value.problems
    assert problem.field == "applicant.name" and problem.characters == ("𠮷",)
    text = _text(docs.render_for_case(staff, ref, "acknowledgement", allow_missing_glyphs=True))
    assert "〓田 太郎" in text


def test_batch_yields_each_case_and_errors(app: App, staff: Actor, docs: DocumentService) -> None:
    good = [_case(app, staff), _case(app, staff, ja=False)]
    bad = _case(app, staff, name="𠮷田 花子")
    results = dict(docs.batch(staff, "acknowledgement", [*good, bad, "PI-2000-9999"]))
    assert all(isinstance(results[r], bytes) for r in good)
    assert isinstance(results[bad], MissingGlyphsError)
    assert isinstance(results["PI-2000-9999"], NotFound)
    allowed = dict(docs.batch(staff, "acknowledgement", [bad], allow_missing_glyphs=True))
    assert isinstance(allowed[bad], bytes)


def test_a_batch_audits_each_opening_once_and_reads_the_cases_without_writing(
    app: App, staff: Actor, docs: DocumentService
) -> None:
    refs = [_case(app, staff), _case(app, staff, ja=False), _case(app, staff)]

    def views() -> list[str | None]:
        with app.db.read() as session:
            return list(
                session.scalars(
                    select(AuditEntry.case_ref)
                    .where(AuditEntry.action == "case.view")
                    .order_by(AuditEntry.id)
                )
            )

    before = views()
    writes: list[int] = []
    original = app.db.write

    def counting_write():  # type: ignore[no-untyped-def]
        writes.append(1)
        return original()

    app.db.write = counting_write  # type: ignore[method-assign]
    try:
        results = dict(docs.batch(staff, "acknowledgement", [*refs, "PI-2000-9999", refs[0].lower()]))
    finally:
        app.db.write = original  # type: ignore[method-assign]
    assert all(isinstance(results[r], bytes) for r in refs) and isinstance(results["PI-2000-9999"], NotFound)
    # One row per case that exists (a reference given twice is one opening), in one transaction.
    assert views()[len(before) :] == refs and len(writes) == 1
    # One letter alone still audits its opening, as the case view does.
    docs.render_for_case(staff, refs[1], "acknowledgement")
    assert views()[-1] == refs[1]


def test_due_today_acknowledgements(app: App, staff: Actor, docs: DocumentService) -> None:
    first, second = _case(app, staff), _case(app, staff, ja=False)
    assert [d.ref for d in docs.due_today(staff, "acknowledgement")] == [first, second]
    docs.record_output(staff, first, "acknowledgement", "office", 1, "print")
    due = docs.due_today(staff, "acknowledgement")
    assert [d.ref for d in due] == [second] and due[0].language is Language.EN
    # Printing another document does not count as acknowledging.
    docs.record_output(staff, second, "cover-letter", "office", 1, "print")
    assert [d.ref for d in docs.due_today(staff, "acknowledgement")] == [second]
    assert docs.due_today(staff, "fax-cover") == []


def test_due_missing_documents_after_each_request(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff)
    assert docs.due_today(staff, "missing-documents") == []
    _workflow(app).act(staff, ref, Action.REQUEST_FROM_APPLICANT, actions.ActionInput(reasons="ID"))
    assert [d.ref for d in docs.due_today(staff, "missing-documents")] == [ref]
    docs.record_output(staff, ref, "missing-documents", "PDF file", 1, "export")
    assert docs.due_today(staff, "missing-documents") == []


def test_unknown_case_and_document(app: App, staff: Actor, docs: DocumentService) -> None:
    ref = _case(app, staff)
    with pytest.raises(NotFound):
        docs.render_for_case(staff, "PI-2000-9999", "acknowledgement")
    with pytest.raises(KeyError):
        docs.render_for_case(staff, ref, "no-such-document")
    with pytest.raises(UserError):
        docs.record_output(staff, ref, "acknowledgement", "office", -1, "print")


@pytest.mark.parametrize(("ja", "signed"), [(True, "担当：佐藤 結衣"), (False, "Contact: Sato Yui")])
def test_letters_are_signed_with_the_staff_name_never_the_login_or_role(
    app: App, docs: DocumentService, ja: bool, signed: str
) -> None:
    admin = Actor("setup-admin", "admin")
    app.users.create(
        admin, "yui", "Sato Yui", Role.STAFF, "correct horse", name_ja="佐藤 結衣", name_kana="サトウ ユイ"
    )
    yui = app.users.authenticate("yui", "correct horse")
    ref = _case(app, yui, ja=ja)
    text = _text(docs.render_for_case(yui, ref, "acknowledgement"))
    assert signed in text.replace("\r\n", "").replace("\n", "")
    assert "yui" not in text and "(staff)" not in text and "担当者" not in text


def test_an_office_edits_a_template_in_the_data_folder_and_the_package_stays_the_default(
    app: App, staff: Actor, docs: DocumentService
) -> None:
    """An upgrade replaces the package; the office's edits live in the data folder's forms/."""
    from inquiry_desk.office_forms import PACKAGE_FORMS

    ref = _case(app, staff, ja=False)
    before = _text(docs.render_for_case(staff, ref, "acknowledgement"))
    assert "ZenGroup" in before
    office = app.data_dir / "forms"
    office.mkdir()
    company = (PACKAGE_FORMS / "company.toml").read_text(encoding="utf-8")
    (office / "company.toml").write_text(company.replace("ZenGroup INC", "Example Holdings K.K."), "utf-8")
    after = _text(docs.render_for_case(staff, ref, "acknowledgement"))
    assert "Example Holdings K.K." in after and "ZenGroup INC" not in after
    assert (PACKAGE_FORMS / "company.toml").read_text(encoding="utf-8") == company  # untouched
    # A template the office has not copied still comes from the package, with the office's details.
    assert not (office / "cover-letter.toml").exists()
    assert "Example Holdings K.K." in _text(docs.render_for_case(staff, ref, "cover-letter"))
