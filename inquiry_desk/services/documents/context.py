"""What a letter says about a case: the case read and mapped to a ``DocumentContext``.

The renderer (``inquiry_desk.documents``) never sees the database; this module reads a case's
detail, its fee and extension ledgers, the response staff drafted and the data held, and fills
the context the renderer prints. It keeps nothing and records nothing (the documents service
puts outputs on the timeline).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from inquiry_desk.documents import (
    DOCUMENTS,
    DocumentContext,
    ExtensionInfo,
    FeeInfo,
    RecordTable,
    UnknownDocumentError,
)
from inquiry_desk.domain.deadlines import ClockEventKind
from inquiry_desk.domain.enums import CaseState, Jurisdiction, Language, Outcome
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.fees import FeeEntryKind, FeeStatus, fee_policy
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import fit, stored_or_mapped
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.intake.exports import cell_text
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.facts import (
    CLOCK_PURPOSE,
    case_fees,
    clock_rows,
    due_before_last_extension,
    fee_rows,
    load_case,
    open_text,
    to_fee_entry,
)
from inquiry_desk.services.cases.views import CaseDetail, EventView, decode_types
from inquiry_desk.services.documents import response_draft
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.workflow import WorkflowService
from inquiry_desk.services.records.output import outgoing
from inquiry_desk.services.records.service import RecordService
from inquiry_desk.services.settings.lifecycle import fee_rules
from inquiry_desk.store.engine import Database

# The enclosure of a disclosure: the data held, as reviewed (services/records).
DISCLOSURE = "disclosure"


class DocumentRefused(UserError):
    """The document cannot be made for this case (e.g. its personal data has been erased)."""


@dataclass(frozen=True)
class LetterFacts:
    """Fee and extension facts read from the lifecycle tables for the letters."""

    fee: FeeInfo | None
    extension: ExtensionInfo | None
    may_go_out: bool = True  # the response: False while it may only print as a draft


def check_document(document: str) -> None:
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


class CaseContexts:
    """Builds the context of a case's letter from its detail (read by the caller)."""

    def __init__(
        self,
        db: Database,
        keys: KeyService,
        records: RecordService,
        workflow: WorkflowService,
        today: Callable[[], date],
    ) -> None:
        self.db = db
        self.keys = keys
        self.records = records
        self.workflow = workflow
        self.today = today

    def build(
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
        lifecycle = self.facts(detail.ref, detail.jurisdiction, actor if document == "response" else None)
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
            case_version=detail.version,
        )
        _refuse_without_substance(document, detail.ref, ctx, overrides)
        if document == "response" and ctx.outcome is Outcome.DISCLOSED and "enclosures" not in overrides:
            # "We enclose the personal data we hold about you:" and then what is enclosed.
            from inquiry_desk.documents.enclosure import enclosure_items

            # What staff drafted as enclosures comes after, unless it names the same thing.
            held = enclosure_items(self.enclosure(actor, detail.ref, language), language)
            ctx.enclosures = held + [item for item in ctx.enclosures if item not in held]
        if document == DISCLOSURE:
            ctx.records = self.enclosure(actor, detail.ref, language)
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

    def enclosure(self, actor: Actor, ref: str, language: Language) -> list[RecordTable]:
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

    def facts(self, ref: str, jurisdiction: Jurisdiction, responder: Actor | None = None) -> LetterFacts:
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
