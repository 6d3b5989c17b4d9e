"""Vocabulary of the domain.

Enum values are stored in the database and used on the CLI, so they are
stable lower-case identifiers; labels are for people.
"""

from __future__ import annotations

from enum import StrEnum


class CaseKind(StrEnum):
    REQUEST = "request"
    QUESTION = "question"
    COMPLAINT = "complaint"
    CONSULTATION = "consultation"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def needs_verification(self) -> bool:
        """Questions, complaints and consultations disclose nothing, so skip ID checks."""
        return self is CaseKind.REQUEST


class Channel(StrEnum):
    MAIL = "mail"
    FAX = "fax"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {"mail": "Post", "fax": "Fax", "email": "Email", "phone": "Phone", "in_person": "In person"}[
            self.value
        ]


class Jurisdiction(StrEnum):
    JP = "JP"
    EEA = "EEA"
    UK = "UK"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"JP": "Japan (APPI)", "EEA": "EEA (GDPR)", "UK": "UK (UK GDPR)", "other": "Other"}[self.value]

    @property
    def is_gdpr(self) -> bool:
        return self in (Jurisdiction.EEA, Jurisdiction.UK)


class Language(StrEnum):
    JA = "ja"
    EN = "en"

    @property
    def label(self) -> str:
        return {"ja": "日本語", "en": "English"}[self.value]


class RequestType(StrEnum):
    # APPI "Disclosure, etc." (Art. 32-35 as numbered since the 2022 amendment)
    PURPOSE_OF_USE = "purpose_of_use"
    DISCLOSURE = "disclosure"
    CORRECTION = "correction"
    ADDITION = "addition"
    DELETION = "deletion"
    SUSPENSION_OF_USE = "suspension_of_use"
    ELIMINATION = "elimination"
    SUSPEND_THIRD_PARTY_PROVISION = "suspend_third_party_provision"
    THIRD_PARTY_PROVISION_RECORDS = "third_party_provision_records"
    # GDPR data-subject rights (Art. 15-22, 7(3))
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    WITHDRAW_CONSENT = "withdraw_consent"

    @property
    def label(self) -> str:
        return _REQUEST_LABELS[self][0]

    @property
    def label_ja(self) -> str:
        return _REQUEST_LABELS[self][1]

    @property
    def is_appi(self) -> bool:
        return self in APPI_REQUEST_TYPES

    @property
    def appi_fee_allowed(self) -> bool:
        """APPI Art. 38 allows a fee only for purpose-of-use notification and disclosure."""
        return self in (
            RequestType.PURPOSE_OF_USE,
            RequestType.DISCLOSURE,
            RequestType.THIRD_PARTY_PROVISION_RECORDS,
        )


_REQUEST_LABELS: dict[RequestType, tuple[str, str]] = {
    RequestType.PURPOSE_OF_USE: ("Notification of purpose of use", "利用目的の通知"),
    RequestType.DISCLOSURE: ("Disclosure", "開示"),
    RequestType.CORRECTION: ("Correction", "訂正"),
    RequestType.ADDITION: ("Addition", "追加"),
    RequestType.DELETION: ("Deletion", "削除"),
    RequestType.SUSPENSION_OF_USE: ("Suspension of use", "利用停止"),
    RequestType.ELIMINATION: ("Erasure (APPI)", "消去"),
    RequestType.SUSPEND_THIRD_PARTY_PROVISION: (
        "Suspension of provision to third parties",
        "第三者提供の停止",
    ),
    RequestType.THIRD_PARTY_PROVISION_RECORDS: (
        "Records of provision to third parties",
        "第三者提供記録の開示",
    ),
    RequestType.ACCESS: ("Access (GDPR Art. 15)", "アクセス（GDPR第15条）"),
    RequestType.RECTIFICATION: ("Rectification (Art. 16)", "訂正（GDPR第16条）"),
    RequestType.ERASURE: ("Erasure (Art. 17)", "消去（GDPR第17条）"),
    RequestType.RESTRICTION: ("Restriction (Art. 18)", "処理の制限（GDPR第18条）"),
    RequestType.OBJECTION: ("Objection (Art. 21)", "異議（GDPR第21条）"),
    RequestType.PORTABILITY: ("Portability (Art. 20)", "データポータビリティ（GDPR第20条）"),
    RequestType.WITHDRAW_CONSENT: ("Withdrawal of consent (Art. 7(3))", "同意の撤回"),
}

APPI_REQUEST_TYPES: frozenset[RequestType] = frozenset(
    {
        RequestType.PURPOSE_OF_USE,
        RequestType.DISCLOSURE,
        RequestType.CORRECTION,
        RequestType.ADDITION,
        RequestType.DELETION,
        RequestType.SUSPENSION_OF_USE,
        RequestType.ELIMINATION,
        RequestType.SUSPEND_THIRD_PARTY_PROVISION,
        RequestType.THIRD_PARTY_PROVISION_RECORDS,
    }
)


class CaseState(StrEnum):
    RECEIVED = "received"
    AWAITING_APPLICANT = "awaiting_applicant"
    VERIFYING = "verifying"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    RESPONDED = "responded"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"
    PURGED = "purged"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_open(self) -> bool:
        """Open cases run against a deadline; the others are finished."""
        return self not in _FINISHED

    @property
    def clock_paused(self) -> bool:
        return self is CaseState.AWAITING_APPLICANT


_FINISHED = frozenset(
    {CaseState.RESPONDED, CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.CLOSED, CaseState.PURGED}
)


class PartyRole(StrEnum):
    APPLICANT = "applicant"
    REPRESENTATIVE = "representative"


class RepresentativeKind(StrEnum):
    LEGAL = "legal"  # 法定代理人 (parent, guardian)
    APPOINTED = "appointed"  # 任意代理人 with a power of attorney (委任状)


class Role(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"
    ADMIN = "admin"


class Outcome(StrEnum):
    DISCLOSED = "disclosed"
    CORRECTED = "corrected"
    DELETED = "deleted"
    SUSPENDED = "suspended"
    PURPOSE_NOTIFIED = "purpose_notified"
    RECORDS_DISCLOSED = "records_disclosed"
    NO_DATA_HELD = "no_data_held"
    ANSWERED = "answered"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
