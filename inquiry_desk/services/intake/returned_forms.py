"""Which case a returned form belongs to, from the QR codes of our own forms on its pages.

The parser reads the codes (intake/form_qr.py); here they are checked against the
register, inside the import's transaction. A form is filed into its case only when every
code on the fax or scan names that one case and the case still holds its data: a code
naming a case that does not exist, or one whose personal data has been erased, cannot
take the document anywhere, and pages of two cases' forms in one fax are not guessed
between. In those cases the import goes on as before (a new case) with a note saying why,
so staff can file it by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeGuard

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.models import Case

# The timeline event of a form filed by its QR code (ui/case/timeline.py words it).
RETURNED_FORM_EVENT = "form_returned"


@dataclass(frozen=True)
class ReturnedForm:
    case: Case | None = None  # the case to file the document into
    notes: list[str] = field(default_factory=list)  # for staff, when it was not filed
    refused: frozenset[str] = frozenset()  # references the codes named that took it nowhere


def live_case(case: Case | None) -> TypeGuard[Case]:
    """A case a document can still be filed into: it exists and holds its data and key."""
    return case is not None and case.key is not None and case.purged_at is None


def returned_form(session: Session, references: list[str]) -> ReturnedForm:
    if not references:
        return ReturnedForm()
    refs = list(dict.fromkeys(r.upper() for r in references))
    if len(refs) > 1:
        return ReturnedForm(
            notes=[
                translate(
                    "Intake",
                    "The pages carry the QR codes of several cases ({refs}): it was not filed "
                    "into any of them; file each part into its case by hand.",
                ).format(refs=", ".join(refs))
            ],
            refused=frozenset(refs),
        )
    [ref] = refs
    case = session.scalar(select(Case).where(Case.ref == ref))
    if live_case(case):
        return ReturnedForm(case=case)
    if case is None:
        note = translate(
            "Intake", "The QR code names case {ref}, which does not exist: it was imported as a new case."
        )
    else:
        note = translate(
            "Intake",
            "The QR code names case {ref}, whose personal data has been erased: it was imported "
            "as a new case.",
        )
    return ReturnedForm(notes=[note.format(ref=ref)], refused=frozenset(refs))
