"""Identity verification: which evidence proves who the applicant is.

Nothing is disclosed, corrected or deleted for someone whose identity is not
confirmed. Staff record the evidence they received (a copy of an ID document,
the match of an email with the registered account) and the checks they made;
:func:`evaluate` says whether that is enough and, if not, lists in plain words
what is still missing, so that the request-for-documents letter can quote it.

Rules (from the department's practice, DESIGN.md):

* one photo ID, or two documents without a photo;
* masking: the permanent-domicile line (本籍) of a driver's licence and the
  insurer number of a health-insurance card must be masked; of a My Number card
  only the front is accepted and staff must confirm that the Individual Number
  is masked or the copy destroyed — it must never be kept;
* a certificate of residence (住民票) must be issued within 3 months before
  receipt; expired documents are not accepted;
* for email requests, a sender address that matches the registered account
  address verifies the account holder;
* a representative needs the document of authority (power of attorney 委任状 for
  an appointed agent, a legal-representative document for a parent or guardian)
  and their own ID under the same photo / non-photo rule;
* the name and address on the documents must match the request.

ID copies are deleted right after verification (EDPB guidance), so
:attr:`EvidenceType.delete_after_verification` flags them; documents of authority
stay with the case until it is purged, because they justify the disclosure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from inquiry_desk.domain.deadlines import add_months
from inquiry_desk.domain.enums import Channel, PartyRole, RepresentativeKind
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, label_of, translate

CERTIFICATE_MAX_AGE_MONTHS = 3


class EvidenceType(StrEnum):
    DRIVERS_LICENCE = "drivers_licence"
    PASSPORT = "passport"
    RESIDENCE_CARD = "residence_card"
    MY_NUMBER_CARD = "my_number_card"
    HEALTH_INSURANCE_CARD = "health_insurance_card"
    CERTIFICATE_OF_RESIDENCE = "certificate_of_residence"
    PENSION_BOOK = "pension_book"
    POWER_OF_ATTORNEY = "power_of_attorney"
    LEGAL_REPRESENTATIVE_DOCUMENT = "legal_representative_document"

    @property
    def label(self) -> str:
        return _EVIDENCE[self][0]

    @property
    def label_ja(self) -> str:
        return _EVIDENCE[self][1]

    @property
    def is_photo_id(self) -> bool:
        return self in _PHOTO_IDS

    @property
    def is_identity_document(self) -> bool:
        """Proves who someone is (as opposed to a document of authority)."""
        return self not in _AUTHORITY

    @property
    def masking_required(self) -> str | None:
        """What staff must confirm is masked before the copy is kept, if anything."""
        masked = _EVIDENCE[self][2]
        return translate("Verification", masked) if masked else None

    @property
    def carries_address(self) -> bool:
        """Japanese passports have no address field, so there is no address to compare."""
        return self.is_identity_document and self is not EvidenceType.PASSPORT

    @property
    def delete_after_verification(self) -> bool:
        return self.is_identity_document


_EVIDENCE: dict[EvidenceType, tuple[str, str, str | None]] = {
    EvidenceType.DRIVERS_LICENCE: (
        "Driver's licence",
        "運転免許証",
        QT_TRANSLATE_NOOP("Verification", "the permanent-domicile line (本籍)"),
    ),
    EvidenceType.PASSPORT: ("Passport", "パスポート", None),
    EvidenceType.RESIDENCE_CARD: ("Residence card", "在留カード", None),
    EvidenceType.MY_NUMBER_CARD: (
        "My Number card (front only)",
        "マイナンバーカード（表面のみ）",
        QT_TRANSLATE_NOOP("Verification", "the Individual Number (or the copy destroyed)"),
    ),
    EvidenceType.HEALTH_INSURANCE_CARD: (
        "Health-insurance card",
        "健康保険証",
        QT_TRANSLATE_NOOP("Verification", "the insurer number"),
    ),
    EvidenceType.CERTIFICATE_OF_RESIDENCE: ("Certificate of residence", "住民票の写し", None),
    EvidenceType.PENSION_BOOK: ("Pension book", "年金手帳", None),
    EvidenceType.POWER_OF_ATTORNEY: ("Power of attorney", "委任状", None),
    EvidenceType.LEGAL_REPRESENTATIVE_DOCUMENT: (
        "Legal-representative document",
        "法定代理権を証する書類",
        None,
    ),
}
_PHOTO_IDS = frozenset(
    {
        EvidenceType.DRIVERS_LICENCE,
        EvidenceType.PASSPORT,
        EvidenceType.RESIDENCE_CARD,
        EvidenceType.MY_NUMBER_CARD,
    }
)
_AUTHORITY = frozenset({EvidenceType.POWER_OF_ATTORNEY, EvidenceType.LEGAL_REPRESENTATIVE_DOCUMENT})
_AUTHORITY_FOR = {
    RepresentativeKind.APPOINTED: EvidenceType.POWER_OF_ATTORNEY,
    RepresentativeKind.LEGAL: EvidenceType.LEGAL_REPRESENTATIVE_DOCUMENT,
}


def _names(types: Sequence[EvidenceType]) -> str:
    labels = [in_language(t.label.lower().replace("my number", "My Number"), t.label_ja) for t in types]
    return translate("Verification", "{items} or {last}").format(
        items=translate("Verification", ", ").join(labels[:-1]), last=labels[-1]
    )


def photo_id_words() -> str:
    return _names([t for t in EvidenceType if t.is_photo_id])


def other_id_words() -> str:
    return _names([t for t in EvidenceType if t.is_identity_document and not t.is_photo_id])


@dataclass(frozen=True)
class Evidence:
    """One document received, as staff recorded it (no document content is kept here)."""

    type: EvidenceType
    holder: PartyRole = PartyRole.APPLICANT
    issued_on: date | None = None
    expires_on: date | None = None
    # Staff confirm that what :attr:`EvidenceType.masking_required` names is masked.
    masking_confirmed: bool = False


@dataclass(frozen=True)
class VerificationInput:
    received: date
    evidence: Sequence[Evidence] = ()
    channel: Channel = Channel.MAIL
    # Email requests: None = not checked, True = sent from the registered account address.
    email_matches_account: bool | None = None
    representative: RepresentativeKind | None = None
    # Staff checks against the request: None = not done yet.
    name_matches: bool | None = None
    address_matches: bool | None = None


class VerificationStatus(StrEnum):
    VERIFIED = "verified"
    INSUFFICIENT = "insufficient"


@dataclass(frozen=True)
class VerificationResult:
    status: VerificationStatus
    missing: tuple[str, ...] = ()  # what is still needed, in words for the applicant's letter
    rejected: tuple[str, ...] = ()  # evidence received but not accepted, and why
    accepted: tuple[Evidence, ...] = ()

    @property
    def verified(self) -> bool:
        return self.status is VerificationStatus.VERIFIED


def evidence_problem(item: Evidence, received: date) -> str | None:
    """Why a document cannot be accepted, or None if it can."""
    kind = item.type
    if kind.masking_required and not item.masking_confirmed:
        return translate(
            "Verification", "{kind}: confirm that {masked} is masked before the copy is kept"
        ).format(kind=label_of(kind), masked=kind.masking_required)
    if item.expires_on is not None and item.expires_on < received:
        return translate("Verification", "{kind}: expired on {day:%Y-%m-%d}").format(
            kind=label_of(kind), day=item.expires_on
        )
    if kind is EvidenceType.CERTIFICATE_OF_RESIDENCE:
        if item.issued_on is None:
            return translate("Verification", "{kind}: enter its issue date").format(kind=label_of(kind))
        oldest = add_months(received, -CERTIFICATE_MAX_AGE_MONTHS)
        if not oldest <= item.issued_on <= received:
            return translate(
                "Verification",
                "{kind}: issued on {issued:%Y-%m-%d}, must be issued within {months} months before "
                "receipt (on or after {oldest:%Y-%m-%d})",
            ).format(
                kind=label_of(kind), issued=item.issued_on, months=CERTIFICATE_MAX_AGE_MONTHS, oldest=oldest
            )
    return None


def _identity_missing(accepted: Sequence[Evidence], holder: PartyRole) -> str | None:
    ids = [e for e in accepted if e.holder is holder and e.type.is_identity_document]
    if any(e.type.is_photo_id for e in ids):
        return None
    others = {e.type for e in ids}
    if len(others) >= 2:
        return None
    if holder is PartyRole.APPLICANT:
        whose = translate("Verification", "the applicant")
    else:
        whose = translate("Verification", "the representative")
    if len(others) == 1:
        return translate(
            "Verification", "a second document of {whose} ({others}) — or one photo ID instead ({photo})"
        ).format(whose=whose, others=other_id_words(), photo=photo_id_words())
    return translate("Verification", "a photo ID of {whose} ({photo}), or two of: {others}").format(
        whose=whose, photo=photo_id_words(), others=other_id_words()
    )


def evaluate(data: VerificationInput) -> VerificationResult:
    """Verified when the evidence and checks satisfy the rules of the module docstring."""
    accepted: list[Evidence] = []
    rejected: list[str] = []
    for item in data.evidence:
        problem = evidence_problem(item, data.received)
        if problem is None:
            accepted.append(item)
        else:
            rejected.append(problem)
    missing: list[str] = []
    by_email = (
        data.channel is Channel.EMAIL and data.email_matches_account is True and data.representative is None
    )
    if data.representative is not None:
        authority = _AUTHORITY_FOR[data.representative]
        if not any(e.type is authority for e in accepted):
            missing.append(
                in_language(
                    f"the {authority.label.lower()} ({authority.label_ja}) for the representative",
                    f"代理人の{authority.label_ja}",
                )
            )
        gap = _identity_missing(accepted, PartyRole.REPRESENTATIVE)
        if gap:
            missing.append(gap)
    elif not by_email:
        gap = _identity_missing(accepted, PartyRole.APPLICANT)
        if gap:
            if data.channel is Channel.EMAIL and data.email_matches_account is None:
                gap += translate(
                    "Verification", " — or check the sender against the registered account address"
                )
            missing.append(gap)
    # The account match stands for the documents' name and address; otherwise staff check
    # the name, and the address whenever an accepted document shows one.
    if not by_email:
        checks: dict[str, bool | None] = {translate("Verification", "name"): data.name_matches}
        if data.address_matches is False or any(e.type.carries_address for e in accepted):
            checks[translate("Verification", "address")] = data.address_matches
        for what, result in checks.items():
            if result is None:
                missing.append(
                    translate(
                        "Verification", "a check that the {what} on the documents matches the request"
                    ).format(what=what)
                )
            elif not result:
                missing.append(
                    translate(
                        "Verification", "documents whose {what} matches the request (the {what} differs)"
                    ).format(what=what)
                )
    status = VerificationStatus.INSUFFICIENT if missing else VerificationStatus.VERIFIED
    return VerificationResult(status, tuple(missing), tuple(rejected), tuple(accepted))


def copies_to_delete(evidence: Sequence[Evidence]) -> list[Evidence]:
    """ID copies to delete now that verification is over (EDPB: keep no ID copies)."""
    return [e for e in evidence if e.type.delete_after_verification]
