"""Documents for a case: filling the document context, rendering, and recording what went out.

The renderer (``inquiry_desk.documents``) never sees the database; this service reads a case,
maps it to a ``DocumentContext`` and renders it. Every print or export is put on the case
timeline and in the audit log, both without personal data (what, when, who, and where: the
printer's name or "PDF file", never a file path, which may hold the applicant's name).

Generated letters are personal data. Nothing here writes them to disk; a copy of what was
sent is kept only on request, and then encrypted as a case attachment of kind "letter".
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.documents import (
    DOCUMENTS,
    DocumentContext,
    DocumentInfo,
    ExtensionInfo,
    FeeInfo,
    MissingGlyphsError,
    RecordTable,
    TemplateError,
    UnknownDocumentError,
    list_documents,
    render,
)
from inquiry_desk.domain.deadlines import ClockEventKind
from inquiry_desk.domain.enums import CaseState, Jurisdiction, Language, Outcome
from inquiry_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationFailed
from inquiry_desk.domain.fees import FeeEntryKind, FeeStatus, fee_policy
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import fit, stored_or_mapped
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.intake.exports import cell_text
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.facts import (
    CLOCK_PURPOSE,
    case_fees,
    clock_rows,
    due_before_last_extension,
    fee_rows,
    load_case,
    now,
    open_text,
    to_fee_entry,
)
from inquiry_desk.services.cases.service import CaseService, add_event
from inquiry_desk.services.cases.views import CaseDetail, EventView, NewAttachment, decode_types
from inquiry_desk.services.documents import response_draft
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from inquiry_desk.services.records.output import outgoing
from inquiry_desk.services.records.service import RecordService
from inquiry_desk.services.settings.lifecycle import fee_rules
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, Event

# What the screens meet through this service (they never import documents/ themselves).
__all__ = [
    "BATCH_DOCUMENTS",
    "BatchResult",
    "DocumentContext",
    "DocumentInfo",
    "DocumentRefused",
    "DocumentService",
    "MissingGlyphsError",
    "TemplateError",
]

OutputKind = Literal["print", "export", "email"]
BatchResult = tuple[str, "bytes | UserError | MissingGlyphsError"]
PDF_FILE = "PDF file"
EMAIL = "email"
# Printer names come from the system (CUPS queue names, Windows printer names); they are not
# personal data, but they are bounded so that a summary always fits its column.
_MAX_PRINTER_NAME = 80

# The enclosure of a disclosure: the data held, as reviewed (services/records).
DISCLOSURE = "disclosure"

# Documents that a batch can find work for, and the rule that says a case needs one (see
# ``DocumentService.due_today``).
BATCH_DOCUMENTS = ("acknowledgement", "missing-documents", "extension-notice", "response")


class DocumentRefused(UserError):
    """The document cannot be made for this case (e.g. its personal data has been erased)."""


@dataclass(frozen=True)
class DueForLetter:
    """A case that needs a document; register facts only, nothing personal."""

    ref: str
    received: date
    state: CaseState
    language: Language


@dataclass(frozen=True)
class LetterFacts:
    """Fee and extension facts read from the lifecycle tables for the letters."""

    fee: FeeInfo | None
    extension: ExtensionInfo | None
    may_go_out: bool = True  # the response: False while it may only print as a draft


def event_action(kind: OutputKind, document: str) -> str:
    """The timeline action of an output: machine-readable, so "already sent?" is a query."""
    return f"{kind}:{document}"


def _output_actions(document: str) -> tuple[str, str, str]:
    return event_action("print", document), event_action("export", document), event_action("email", document)


def _check_document(document: str) -> None:
    if document not in DOCUMENTS:
        raise UnknownDocumentError(document)


def _typed(detail: str, key: str) -> list[str]:
    """One typed field of a workflow event's sealed detail, as lines ("reasons" → bullets)."""
    if not detail:
        return []
    try:
        data = json.loads(detail)
    except ValueError:
        return []
    value = data.get(key, "") if isinstance(data, dict) else ""
    return [line.strip(" ・•-") for line in str(value).splitlines() if line.strip(" ・•-")]


def _refuse_without_substance(
    document: str, ref: str, ctx: DocumentContext, overrides: dict[str, Any]
) -> None:
    """A letter whose point the case does not hold yet is refused, with what to record first:
    the missing-documents letter would ask for "the following:" and list nothing, the
    extension notice would extend the time limit to "— " (年 月 日 in Japanese)."""
    if document == "missing-documents" and not ctx.missing_items and "missing_items" not in overrides:
        raise DocumentRefused(
            translate(
                "Documents",
                "{ref} has no record of what was asked of the applicant, so the letter would list "
                "nothing. Record the request first (Request from applicant, with what is missing; "
                "`inquiry-desk act {ref} request_from_applicant --reason TEXT`).",
            ).format(ref=ref)
        )
    if document == "extension-notice" and ctx.extension is None and "extension" not in overrides:
        raise DocumentRefused(
            translate(
                "Documents",
                "{ref} has no extension of its time limit, so the notice would give no new date. "
                "Record the extension first (Extend deadline… on the Clock tab, or "
                "`inquiry-desk extend {ref} MONTHS REASON`).",
            ).format(ref=ref)
        )


def _last(events: list[EventView], action: str) -> EventView | None:
    return next((e for e in reversed(events) if e.action == action), None)


def _outcome(text: str | None) -> Outcome | None:
    try:
        return Outcome(text) if text else None
    except ValueError:
        return None


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
        _check_document(document)
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
        if detail.purged_at is not None or detail.state is CaseState.PURGED:
            raise DocumentRefused(
                translate(
                    "Documents", "The personal data of {ref} has been erased; no letter can be made for it."
                ).format(ref=detail.ref)
            )
        known = {f.name for f in dataclasses.fields(DocumentContext)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise TypeError(f"Not a document field: {', '.join(unknown)}")
        language = Language(lang) if lang else detail.language
        lifecycle = self._lifecycle(
            detail.ref, detail.jurisdiction, actor if document == "response" else None
        )
        drafted = response_draft.latest(detail.events) if document == "response" else None
        stored = stored_or_mapped(
            detail.request_types, detail.type_outcomes, detail.outcome, detail.refusal_category
        )
        refused = _last(detail.events, Action.REFUSE.value)
        asked = _last(detail.events, Action.REQUEST_FROM_APPLICANT.value)
        ctx = DocumentContext(
            reference=detail.ref,
            language=language,
            applicant=detail.applicant or PartyData(),
            representative=detail.representative,
            jurisdiction=detail.jurisdiction,
            request_types=list(detail.request_types),
            received_date=detail.received,
            due_date=detail.due,
            letter_date=self.today(),
            extension=lifecycle.extension,
            fee=lifecycle.fee,
            outcome=outcome or _outcome(detail.outcome),
            refusal_reasons=_typed(refused.detail, "reasons") if refused else [],
            missing_items=_typed(asked.detail, "reasons") if asked else [],
            # As the applicant asked (the Edit case dialog); the pre-filled request form ticks it.
            response_medium=detail.answer_medium.value if detail.answer_medium else "",
            # Staff sign letters; a member of staff's name is not an applicant's personal data.
            staff_name=actor.letter_name(japanese=language is Language.JA),
            kind=detail.kind,
            type_outcomes=fit(detail.request_types, stored) if stored else [],
            draft=not lifecycle.may_go_out,
            free_text=drafted.text if drafted else "",
            enclosures=list(drafted.enclosures) if drafted else [],
        )
        _refuse_without_substance(document, detail.ref, ctx, overrides)
        if document == "response" and ctx.outcome is Outcome.DISCLOSED and "enclosures" not in overrides:
            # "We enclose the personal data we hold about you:" and then what is enclosed.
            from inquiry_desk.documents.enclosure import enclosure_items

            # What staff drafted as enclosures comes after, unless it names the same thing.
            held = enclosure_items(self._enclosure(actor, detail.ref, language), language)
            ctx.enclosures = held + [item for item in ctx.enclosures if item not in held]
        if document == DISCLOSURE:
            ctx.records = self._enclosure(actor, detail.ref, language)
            if not ctx.records and "records" not in overrides:
                # An enclosure listing nothing is what the issue was about: refuse it, and say
                # what to do instead.
                raise DocumentRefused(
                    translate(
                        "Documents",
                        "{ref} has no included records to enclose. Add the data held "
                        "(`inquiry-desk records {ref} add FILE`), or send the response for data not held.",
                    ).format(ref=detail.ref)
                )
        return dataclasses.replace(ctx, **overrides) if overrides else ctx

    def _enclosure(self, actor: Actor, ref: str, language: Language) -> list[RecordTable]:
        """The included records as the enclosure prints them: every value as text, a redacted
        one as None (the renderer prints the marker; the value never reaches the PDF)."""
        return [
            RecordTable(
                t.number,
                t.name,
                list(t.columns),
                [
                    [None if (r, c) in t.redacted else cell_text(v) for c, v in enumerate(row)]
                    for r, row in enumerate(t.rows)
                ],
                [f"{t.number}.{n}" for n in t.row_numbers],
            )
            for t in outgoing(self.records.sources(actor, ref, record_view=False))
        ]

    def _lifecycle(self, ref: str, jurisdiction: Jurisdiction, responder: Actor | None = None) -> LetterFacts:
        """Fee and extension from the lifecycle ledgers (decrypting the extension's reason,
        which the extension notice prints), and, for ``responder``'s response, whether it may go out."""
        today = self.today()
        with self.db.read() as session:
            case = load_case(session, ref)
            may_go_out = responder is None or self.workflow.letter_may_go_out(session, case, responder)
            cipher = self.keys.cipher(session, case)
            rules = fee_rules(session)
            entries = [to_fee_entry(r, None) for r in fee_rows(session, case)]
            fee: FeeInfo | None = None
            if entries:
                summary = case_fees(session, case, today)
                requested = [e for e in entries if e.kind is FeeEntryKind.REQUESTED and e.method]
                method = requested[-1].method if requested else None
                fee = FeeInfo(
                    amount_jpy=summary.due_jpy,
                    method=method.value if method else FeeInfo().method,
                    received=summary.status in (FeeStatus.PAID, FeeStatus.OVERPAID),
                )
            else:
                # No fee recorded yet: the cover letter states the fee the policy allows.
                decision = fee_policy(jurisdiction, decode_types(case.request_types), rules=rules)
                fee = FeeInfo(decision.amount_jpy) if decision.allowed else None
            extension = None
            extensions = [r for r in clock_rows(session, case) if r.kind == ClockEventKind.EXTENSION.value]
            if extensions and case.due is not None:
                extension = ExtensionInfo(
                    case.due,
                    open_text(cipher, extensions[-1].reason, CLOCK_PURPOSE),
                    previous_due_date=due_before_last_extension(session, case, today),
                )
            return LetterFacts(fee, extension, may_go_out)

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
        _check_document(document)
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
        _check_document(document)
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

    def save_response_draft(self, actor: Actor, ref: str, text: str, enclosures: list[str]) -> None:
        """Keep the response's drafted text and list of enclosures (sealed on the timeline)."""
        actor.require(Permission.EDIT_CASE)
        draft = response_draft.checked(text, enclosures)
        with self.db.write() as session:
            case = load_case(session, ref)
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
        CaseService.add_attachment_in(session, case, cipher, att, stamp)

    # --- what is due ---------------------------------------------------------------------
    def due_today(self, actor: Actor, document: str) -> list[DueForLetter]:
        """Cases that need ``document`` now, oldest first.

        The rules are deliberately plain; a case counts as served once the document has been
        printed or exported for it (a timeline event), after the event that made it due:

        * acknowledgement — open cases never acknowledged;
        * missing-documents — cases awaiting the applicant, not sent since they were asked;
        * extension-notice — open cases whose deadline was extended, not sent since;
        * response — responded or refused cases, not sent since the decision.

        Other documents are made one at a time and have no batch rule: the list is empty.
        """
        actor.require(Permission.VIEW_REGISTER)
        _check_document(document)
        if document not in BATCH_DOCUMENTS:
            return []
        open_states = [s.value for s in CaseState if s.is_open]
        states = {
            "acknowledgement": open_states,
            "missing-documents": [CaseState.AWAITING_APPLICANT.value],
            "extension-notice": open_states,
            "response": [CaseState.RESPONDED.value, CaseState.REFUSED.value],
        }[document]
        triggers: set[str] = {
            "missing-documents": {Action.REQUEST_FROM_APPLICANT.value},
            "response": {Action.RESPOND.value, Action.REFUSE.value},
        }.get(document, set())
        outputs = set(_output_actions(document))
        with self.db.read() as session:
            cases = list(
                session.scalars(select(Case).where(Case.state.in_(states)).order_by(Case.received, Case.id))
            )
            if not cases:
                return []
            ids = [c.id for c in cases]
            rows = session.execute(
                select(Event.case_id, Event.id, Event.action)
                .where(Event.case_id.in_(ids), Event.action.in_(outputs | triggers))
                .order_by(Event.id)
            ).all()
            last_trigger: dict[int, int] = {}
            last_output: dict[int, int] = {}
            for case_id, event_id, action in rows:
                (last_output if action in outputs else last_trigger)[case_id] = event_id
            extended = self._extended_since(session, ids) if document == "extension-notice" else {}
            due = []
            for case in cases:
                sent = last_output.get(case.id)
                if document == "extension-notice":
                    # The extension is a clock entry, not an event: compare by time recorded.
                    needed = case.id in extended and (
                        sent is None or self._event_at(session, sent) < extended[case.id]
                    )
                elif triggers:
                    trigger = last_trigger.get(case.id)
                    needed = trigger is not None and (sent is None or sent < trigger)
                else:
                    needed = sent is None
                if needed:
                    due.append(
                        DueForLetter(case.ref, case.received, CaseState(case.state), Language(case.language))
                    )
            return due

    @staticmethod
    def _extended_since(session: Session, ids: list[int]) -> dict[int, Any]:
        from inquiry_desk.store.lifecycle_models import ClockLedgerEntry

        latest: dict[int, Any] = {}
        for case_id, recorded_at in session.execute(
            select(ClockLedgerEntry.case_id, ClockLedgerEntry.recorded_at).where(
                ClockLedgerEntry.case_id.in_(ids), ClockLedgerEntry.kind == ClockEventKind.EXTENSION.value
            )
        ):
            if case_id not in latest or recorded_at > latest[case_id]:
                latest[case_id] = recorded_at
        return latest

    @staticmethod
    def _event_at(session: Session, event_id: int) -> Any:
        event = session.get(Event, event_id)
        if event is None:  # pragma: no cover - read in the same transaction
            raise NotFound("timeline event vanished")
        return event.at
