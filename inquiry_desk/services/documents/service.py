"""Documents for a case: rendering, and recording what went out.

The renderer (``inquiry_desk.documents``) never sees the database; this service reads a case,
maps it to a ``DocumentContext`` (services/documents/context.py) and renders it. Every print or
export is put on the case timeline and in the audit log, both without personal data (what,
when, who, and where: the printer's name or "PDF file", never a file path, which may hold the
applicant's name). Which cases need a batch document is services/documents/due.py.

Generated letters are personal data. Nothing here writes them to disk; a copy of what was
sent is kept only on request, and then encrypted as a case attachment of kind "letter".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from inquiry_desk.documents import (
    DocumentContext,
    DocumentInfo,
    MissingGlyphsError,
    TemplateError,
    list_documents,
    render,
)
from inquiry_desk.domain.enums import CaseState, Language, Outcome
from inquiry_desk.domain.errors import PermissionDenied, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.creating import add_attachment_in
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import load_case, now
from inquiry_desk.services.cases.service import CaseService
from inquiry_desk.services.cases.views import CaseDetail, NewAttachment
from inquiry_desk.services.documents import response_draft
from inquiry_desk.services.documents.context import CaseContexts, DocumentRefused, check_document
from inquiry_desk.services.documents.due import (
    BATCH_DOCUMENTS,
    DueForLetter,
    OutputKind,
    due_for,
    event_action,
)
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from inquiry_desk.services.records.service import RecordService
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case

# What the screens meet through this service (they never import documents/ themselves).
__all__ = [
    "BatchResult",
    "DocumentContext",
    "DocumentInfo",
    "DocumentRefused",
    "DocumentService",
    "MissingGlyphsError",
    "TemplateError",
]

BatchResult = tuple[str, "bytes | UserError | MissingGlyphsError"]
PDF_FILE = "PDF file"
EMAIL = "email"
# Printer names come from the system (CUPS queue names, Windows printer names); they are not
# personal data, but they are bounded so that a summary always fits its column.
_MAX_PRINTER_NAME = 80


class DocumentService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        cases: CaseService,
        today: Callable[[], date] = date.today,
        on_change: Callable[[], None] | None = None,
        workflow: WorkflowService | None = None,
        *,
        records: RecordService | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.cases = cases
        self.today = today
        self._on_change = on_change
        # The data held, which the disclosure enclosure prints (services/records).
        self.records = records or RecordService(db, keys)
        # Its guards decide whether a response may go out or only print as a draft.
        self.workflow = workflow or WorkflowService(db, keys, today)
        # Through a lambda: the letters are dated by this service's clock.
        self.contexts = CaseContexts(db, keys, self.records, self.workflow, lambda: self.today())

    # --- what there is ------------------------------------------------------------------
    @staticmethod
    def documents() -> list[DocumentInfo]:
        return list_documents()

    # --- the context ---------------------------------------------------------------------
    def context_for(
        self,
        actor: Actor,
        ref: str,
        document: str,
        *,
        lang: Language | str | None = None,
        outcome: Outcome | None = None,
        record_view: bool = True,
        **overrides: Any,
    ) -> DocumentContext:
        """The document context of case ``ref``; ``overrides`` set any DocumentContext field
        (e.g. ``free_text``, ``enclosures``, ``blank``) after the case has been mapped.
        ``record_view=False``: the caller has audited the opening already (a batch)."""
        actor.require(Permission.PRINT)
        check_document(document)
        detail = self.cases.get(actor, ref, record_view=record_view)
        return self._context(detail, document, lang=lang, outcome=outcome, actor=actor, overrides=overrides)

    def letter_context(
        self, actor: Actor, ref: str, *, lang: Language | str | None = None
    ) -> DocumentContext:
        """The context of a letter that is not one of ``DOCUMENTS`` (the password letter of a
        machine-readable copy, made only with its ZIP)."""
        actor.require(Permission.PRINT)
        detail = self.cases.get(actor, ref, record_view=False)
        return self._context(detail, "", lang=lang, outcome=None, actor=actor, overrides={})

    def _context(
        self,
        detail: CaseDetail,
        document: str,
        *,
        lang: Language | str | None,
        outcome: Outcome | None,
        actor: Actor,
        overrides: dict[str, Any],
    ) -> DocumentContext:
        return self.contexts.build(
            detail, document, lang=lang, outcome=outcome, actor=actor, overrides=overrides
        )

    # --- rendering -----------------------------------------------------------------------
    @staticmethod
    def render(document: str, context: DocumentContext, *, allow_missing_glyphs: bool = False) -> bytes:
        """The PDF of ``document`` for a context the preview already holds (in memory only)."""
        return render(document, context, allow_missing_glyphs=allow_missing_glyphs)

    def render_for_case(
        self,
        actor: Actor,
        ref: str,
        document: str,
        lang: Language | str | None = None,
        allow_missing_glyphs: bool = False,
        **overrides: Any,
    ) -> bytes:
        """The PDF of ``document`` for case ``ref``, in memory only.

        Raises the documents' ``MissingGlyphsError`` when a field holds characters the font
        lacks, so that the UI can list them and ask "print anyway" (``allow_missing_glyphs``).
        """
        ctx = self.context_for(actor, ref, document, lang=lang, **overrides)
        return render(document, ctx, allow_missing_glyphs=allow_missing_glyphs)

    def batch(
        self,
        actor: Actor,
        document: str,
        refs: list[str],
        *,
        lang: Language | str | None = None,
        allow_missing_glyphs: bool = False,
    ) -> Iterator[BatchResult]:
        """Render ``document`` for each case; a case that cannot be rendered yields its error
        instead of stopping the batch. Permission is checked before the first case."""
        actor.require(Permission.PRINT)
        check_document(document)
        return self._batch(actor, document, list(refs), lang, allow_missing_glyphs)

    def _batch(
        self, actor: Actor, document: str, refs: list[str], lang: Language | str | None, allow: bool
    ) -> Iterator[BatchResult]:
        # The batch's openings audited in one transaction, the cases read a chunk per read
        # transaction (a write transaction, an audit row and seven queries per letter were
        # half a batch's time). Without the right to see personal data, each case refuses.
        try:
            actor.require(Permission.VIEW_PERSONAL)
        except PermissionDenied as denied:
            for ref in refs:
                yield ref, denied
            return
        self.cases.record_views(actor, refs)
        for ref, detail in self.cases.get_many(actor, refs):
            try:
                if isinstance(detail, UserError):
                    raise detail
                ctx = self._context(detail, document, lang=lang, outcome=None, actor=actor, overrides={})
                yield ref, render(document, ctx, allow_missing_glyphs=allow)
            except (UserError, MissingGlyphsError) as exc:
                yield ref, exc
            except (TemplateError, ValueError) as exc:
                # A broken template or a case the renderer refuses: reported per case.
                yield ref, UserError(f"{ref}: {exc}")

    # --- recording -----------------------------------------------------------------------
    def record_output(
        self,
        actor: Actor,
        ref: str,
        document: str,
        destination: str,
        pages: int,
        kind: OutputKind,
        *,
        lang: Language | str | None = None,
        copy: bytes | None = None,
        draft: bool = False,
    ) -> None:
        """Put one print or export on the timeline and in the audit log.

        ``destination`` is the printer's name for prints; exports are always recorded as
        "PDF file", whatever the caller passes, because a path may name the applicant.
        ``copy``: the PDF that went out, kept encrypted as a "letter" attachment.
        ``draft``: the PDF was a draft. A draft response (so marked, or one that may not go out
        now) is recorded as a draft output, never as the letter sent, and no copy is kept.
        """
        actor.require(Permission.PRINT)
        check_document(document)
        if kind not in ("print", "export", "email"):
            raise ValueError(f"kind must be 'print', 'export' or 'email', not {kind!r}")
        if pages < 0:
            raise ValidationFailed({"pages": translate("Documents", "The page count cannot be negative.")})
        # An email is recorded as "email", never to whom: the address is personal data.
        where = {"export": PDF_FILE, "email": EMAIL}.get(kind) or (
            destination.strip()[:_MAX_PRINTER_NAME] or "printer"
        )
        with self.db.write() as session:
            case = load_case(session, ref)
            if case.state == CaseState.PURGED.value:
                raise DocumentRefused(
                    translate("Documents", "The personal data of {ref} has been erased.").format(ref=case.ref)
                )
            language = Language(lang or case.language)
            stamp = now()
            # An email is refused before it goes if it is a draft (services/documents/sending.py);
            # once sent it is recorded as what it was.
            if (
                document == "response"
                and kind != "email"
                and (draft or not self.workflow.letter_may_go_out(session, case, actor))
            ):
                response_draft.record_draft_output(
                    session, case, actor, document, language, pages, kind, where
                )
                return
            verb = {"print": "Printed", "export": "Exported", "email": "Sent"}[kind]
            where_text = {"print": f"on {where}", "export": f"as {PDF_FILE}", "email": "by email"}[kind]
            plural = "page" if pages == 1 else "pages"
            summary = f"{verb} {document} ({language.value}, {pages} {plural}) {where_text}"
            add_event(session, case, actor, event_action(kind, document), summary, at=stamp)
            details: dict[str, object] = {
                "document": document,
                "language": language.value,
                "pages": pages,
                "destination": where,
            }
            if copy is not None:
                self._keep_copy(session, case, document, language, copy, stamp)
                details["copy_kept"] = True
            case.updated_at = stamp
            audit.record(session, actor, f"document.{kind}", case.ref, details, at=stamp)
        if self._on_change:
            self._on_change()

    def save_response_draft(
        self,
        actor: Actor,
        ref: str,
        text: str,
        enclosures: list[str],
        *,
        expected_version: int | None = None,
    ) -> None:
        """Keep the response's drafted text and list of enclosures (sealed on the timeline);
        with ``expected_version`` refused (`StaleCase`) when the case changed since."""
        actor.require(Permission.EDIT_CASE)
        draft = response_draft.checked(text, enclosures)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if case.state == CaseState.PURGED.value:
                raise DocumentRefused(
                    translate("Documents", "The personal data of {ref} has been erased.").format(ref=case.ref)
                )
            response_draft.save(session, case, self.keys.cipher(session, case), actor, draft)
        if self._on_change:
            self._on_change()

    def _keep_copy(
        self, session: Session, case: Case, document: str, language: Language, pdf: bytes, stamp: Any
    ) -> None:
        cipher = self.keys.cipher(session, case)
        att = NewAttachment(
            filename=f"{case.ref}-{document}-{language.value}.pdf",
            content_type="application/pdf",
            data=pdf,
            kind="letter",
        )
        add_attachment_in(session, case, cipher, att, stamp)

    # --- what is due ---------------------------------------------------------------------
    def due_today(self, actor: Actor, document: str) -> list[DueForLetter]:
        """Cases that need ``document`` now, oldest first (the rules: ``due.due_for``)."""
        actor.require(Permission.VIEW_REGISTER)
        check_document(document)
        if document not in BATCH_DOCUMENTS:
            return []
        with self.db.read() as session:
            return due_for(session, document)
