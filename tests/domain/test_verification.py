"""Identity verification: evidence rules, representatives, email match, checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from inquiry_desk.domain.enums import Channel, PartyRole, RepresentativeKind
from inquiry_desk.domain.verification import (
    Evidence,
    EvidenceType,
    VerificationInput,
    VerificationStatus,
    copies_to_delete,
    evaluate,
    evidence_problem,
)

E = EvidenceType
RECEIVED = date(2026, 5, 20)
REP = PartyRole.REPRESENTATIVE


def _input(*evidence: Evidence, **changes: Any) -> VerificationInput:
    """A mail request whose name and address checks passed, unless ``changes`` say otherwise."""
    return replace(VerificationInput(RECEIVED, evidence, name_matches=True, address_matches=True), **changes)


LICENCE = Evidence(E.DRIVERS_LICENCE, masking_confirmed=True)
PASSPORT = Evidence(E.PASSPORT)
INSURANCE = Evidence(E.HEALTH_INSURANCE_CARD, masking_confirmed=True)
PENSION = Evidence(E.PENSION_BOOK)
CERTIFICATE = Evidence(E.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 3, 1))


@pytest.mark.parametrize(
    ("evidence", "verified"),
    [
        ((LICENCE,), True),
        ((PASSPORT,), True),
        ((Evidence(E.RESIDENCE_CARD),), True),
        ((Evidence(E.MY_NUMBER_CARD, masking_confirmed=True),), True),
        ((INSURANCE,), False),
        ((INSURANCE, PENSION), True),
        ((INSURANCE, CERTIFICATE), True),
        ((INSURANCE, INSURANCE), False),  # the same kind twice is still one document
        ((), False),
    ],
)
def test_one_photo_id_or_two_without(evidence: tuple[Evidence, ...], verified: bool) -> None:
    assert evaluate(_input(*evidence)).verified is verified


def test_photo_classification() -> None:
    photo = {t for t in EvidenceType if t.is_photo_id}
    assert photo == {E.DRIVERS_LICENCE, E.PASSPORT, E.RESIDENCE_CARD, E.MY_NUMBER_CARD}
    for t in EvidenceType:
        assert t.label and t.label_ja


def test_missing_is_in_plain_words() -> None:
    result = evaluate(_input(name_matches=None, address_matches=None))
    assert result.status is VerificationStatus.INSUFFICIENT
    assert result.missing[0].startswith("a photo ID of the applicant (driver's licence, passport")
    assert "or two of: health-insurance card, certificate of residence or pension book" in result.missing[0]
    assert "a check that the name on the documents matches the request" in result.missing
    one = evaluate(_input(INSURANCE))
    assert one.missing == (
        "a second document of the applicant (health-insurance card, certificate of "
        "residence or pension book) — or one photo ID instead (driver's licence, "
        "passport, residence card or My Number card (front only))",
    )


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (Evidence(E.DRIVERS_LICENCE), "permanent-domicile line (本籍) is masked"),
        (Evidence(E.HEALTH_INSURANCE_CARD), "the insurer number is masked"),
        (Evidence(E.MY_NUMBER_CARD), "the Individual Number (or the copy destroyed) is masked"),
        (Evidence(E.PASSPORT, expires_on=date(2026, 5, 19)), "expired on 2026-05-19"),
        (Evidence(E.CERTIFICATE_OF_RESIDENCE), "enter its issue date"),
        (Evidence(E.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 2, 19)), "on or after 2026-02-20"),
        (Evidence(E.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 5, 21)), "issued on 2026-05-21"),
    ],
)
def test_evidence_not_accepted(item: Evidence, message: str) -> None:
    problem = evidence_problem(item, RECEIVED)
    assert problem is not None and message in problem
    result = evaluate(_input(item))
    assert not result.verified
    assert result.rejected == (problem,)


@pytest.mark.parametrize("issued", [date(2026, 2, 20), date(2026, 5, 20)])
def test_certificate_of_residence_within_three_months(issued: date) -> None:
    assert evidence_problem(Evidence(E.CERTIFICATE_OF_RESIDENCE, issued_on=issued), RECEIVED) is None


def test_passport_valid_on_the_day_of_receipt() -> None:
    assert evidence_problem(Evidence(E.PASSPORT, expires_on=RECEIVED), RECEIVED) is None


def test_name_and_address_checks() -> None:
    assert "the name differs" in evaluate(_input(LICENCE, name_matches=False)).missing[0]
    assert "the address differs" in evaluate(_input(LICENCE, address_matches=False)).missing[0]
    assert "address on the documents" in evaluate(_input(LICENCE, address_matches=None)).missing[0]
    # A passport shows no address, so there is nothing to compare...
    assert evaluate(_input(PASSPORT, address_matches=None)).verified
    # ...but a recorded mismatch still counts.
    assert not evaluate(_input(PASSPORT, address_matches=False)).verified


def test_email_matching_registered_account_verifies() -> None:
    data = VerificationInput(RECEIVED, channel=Channel.EMAIL, email_matches_account=True)
    assert evaluate(data).verified
    unchecked = evaluate(VerificationInput(RECEIVED, channel=Channel.EMAIL, name_matches=True))
    assert "or check the sender against the registered account address" in unchecked.missing[0]
    other = evaluate(_input(channel=Channel.EMAIL, email_matches_account=False))
    assert not other.verified and "or check the sender" not in other.missing[0]
    # The match only counts for email requests.
    assert not evaluate(VerificationInput(RECEIVED, email_matches_account=True)).verified


@pytest.mark.parametrize(
    ("kind", "authority"),
    [
        (RepresentativeKind.APPOINTED, E.POWER_OF_ATTORNEY),
        (RepresentativeKind.LEGAL, E.LEGAL_REPRESENTATIVE_DOCUMENT),
    ],
)
def test_representative_needs_authority_and_own_id(kind: RepresentativeKind, authority: EvidenceType) -> None:
    rep_id = Evidence(E.PASSPORT, holder=REP)
    auth = Evidence(authority, holder=REP)
    assert evaluate(_input(rep_id, auth, representative=kind)).verified
    no_auth = evaluate(_input(rep_id, representative=kind))
    expected = f"the {authority.label.lower()} ({authority.label_ja}) for the representative"
    assert no_auth.missing == (expected,)
    # The applicant's own ID does not stand in for the representative's.
    no_rep_id = evaluate(_input(auth, PASSPORT, representative=kind))
    assert no_rep_id.missing[0].startswith("a photo ID of the representative")
    # An email from the applicant's account does not verify a representative.
    by_mail = evaluate(VerificationInput(RECEIVED, (auth,), Channel.EMAIL, True, kind, True, True))
    assert not by_mail.verified


def test_wrong_authority_document_for_kind() -> None:
    result = evaluate(
        _input(
            Evidence(E.PASSPORT, holder=REP),
            Evidence(E.POWER_OF_ATTORNEY, holder=REP),
            representative=RepresentativeKind.LEGAL,
        )
    )
    assert "legal-representative document" in result.missing[0]


def test_id_copies_flagged_for_deletion_but_authority_kept() -> None:
    auth = Evidence(E.POWER_OF_ATTORNEY, holder=REP)
    assert copies_to_delete([LICENCE, auth, INSURANCE]) == [LICENCE, INSURANCE]
    assert not E.POWER_OF_ATTORNEY.delete_after_verification
