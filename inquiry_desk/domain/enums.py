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
    def label_ja(self) -> str:
        names = {"request": "請求", "question": "質問", "complaint": "苦情", "consultation": "相談"}
        return names[self.value]

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

    @property
    def label_ja(self) -> str:
        names = {"mail": "郵送", "fax": "FAX", "email": "メール", "phone": "電話", "in_person": "窓口"}
        return names[self.value]


class AnswerMedium(StrEnum):
    """How the applicant wants the answer delivered (the request form's "method of disclosure")."""

    POST = "post"
    EMAIL = "email"
    FAX = "fax"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {"post": "Post", "email": "Email", "fax": "Fax", "in_person": "Collection in person"}[
            self.value
        ]

    @property
    def label_ja(self) -> str:
        return {"post": "郵送", "email": "電子メール", "fax": "FAX", "in_person": "窓口での受け取り"}[
            self.value
        ]


class AnswerFormat(StrEnum):
    """Paper, or an electronic file (APPI has allowed an electronic record since 2022)."""

    PAPER = "paper"
    ELECTRONIC = "electronic"

    @property
    def label(self) -> str:
        return {"paper": "Paper", "electronic": "Electronic file"}[self.value]

    @property
    def label_ja(self) -> str:
        return {"paper": "書面", "electronic": "電磁的記録"}[self.value]


class Jurisdiction(StrEnum):
    JP = "JP"
    EEA = "EEA"
    UK = "UK"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"JP": "Japan (APPI)", "EEA": "EEA (GDPR)", "UK": "UK (UK GDPR)", "other": "Other"}[self.value]

    @property
    def label_ja(self) -> str:
        return {
            "JP": "日本（個人情報保護法）",
            "EEA": "欧州経済領域（GDPR）",
            "UK": "英国（UK GDPR）",
            "other": "その他",
        }[self.value]

    @property
    def is_gdpr(self) -> bool:
        return self in (Jurisdiction.EEA, Jurisdiction.UK)


class Language(StrEnum):
    JA = "ja"
    EN = "en"

    @property
    def label(self) -> str:
        return {"ja": "日本語", "en": "English"}[self.value]

    @property
    def label_ja(self) -> str:
        return {"ja": "日本語", "en": "英語"}[self.value]


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
    def label_ja(self) -> str:
        return _STATE_LABELS_JA[self]

    @property
    def is_open(self) -> bool:
        """Open cases run against a deadline; the others are finished."""
        return self not in _FINISHED

    @property
    def clock_paused(self) -> bool:
        return self is CaseState.AWAITING_APPLICANT


# The glossary's words: 受付済み … 消去済み (purge = 消去, the law's own term).
_STATE_LABELS_JA: dict[CaseState, str] = {
    CaseState.RECEIVED: "受付済み",
    CaseState.AWAITING_APPLICANT: "請求者の対応待ち",
    CaseState.VERIFYING: "本人確認中",
    CaseState.IN_PROGRESS: "対応中",
    CaseState.AWAITING_APPROVAL: "承認待ち",
    CaseState.RESPONDED: "回答済み",
    CaseState.REFUSED: "不開示（拒否）",
    CaseState.WITHDRAWN: "取下げ",
    CaseState.CLOSED: "完了",
    CaseState.PURGED: "消去済み",
}

_FINISHED = frozenset(
    {CaseState.RESPONDED, CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.CLOSED, CaseState.PURGED}
)


class PartyRole(StrEnum):
    APPLICANT = "applicant"
    REPRESENTATIVE = "representative"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def label_ja(self) -> str:
        return {"applicant": "請求者", "representative": "代理人"}[self.value]


class RepresentativeKind(StrEnum):
    LEGAL = "legal"  # 法定代理人 (parent, guardian)
    APPOINTED = "appointed"  # 任意代理人 with a power of attorney (委任状)

    @property
    def label(self) -> str:
        return {"legal": "Legal representative", "appointed": "Appointed agent"}[self.value]

    @property
    def label_ja(self) -> str:
        return {"legal": "法定代理人", "appointed": "任意代理人"}[self.value]


class Role(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"staff": "Staff", "manager": "Manager", "admin": "Administrator"}[self.value]

    @property
    def label_ja(self) -> str:
        return {"staff": "担当者", "manager": "責任者", "admin": "システム管理者"}[self.value]


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
    # Filed into another case (a duplicate): nothing was answered; counted apart from answers.
    MERGED = "merged"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self][0]

    @property
    def label_ja(self) -> str:
        return _OUTCOME_LABELS[self][1]


# An outcome as the screens, the monthly report and its CSV name it.
_OUTCOME_LABELS: dict[Outcome, tuple[str, str]] = {
    Outcome.DISCLOSED: ("Disclosed", "開示"),
    Outcome.CORRECTED: ("Corrected", "訂正等"),
    Outcome.DELETED: ("Deleted", "削除・消去"),
    Outcome.SUSPENDED: ("Suspended", "利用停止等"),
    Outcome.PURPOSE_NOTIFIED: ("Purpose of use notified", "利用目的の通知"),
    Outcome.RECORDS_DISCLOSED: ("Third-party records disclosed", "第三者提供記録の開示"),
    Outcome.NO_DATA_HELD: ("No data held", "保有なし"),
    Outcome.ANSWERED: ("Answered", "回答"),
    Outcome.REFUSED: ("Refused", "不開示・拒否"),
    Outcome.WITHDRAWN: ("Withdrawn", "取下げ"),
    Outcome.MERGED: ("Merged into another case", "他の案件に統合"),
}
# What a response or the command line may record as the answer: not a merge.
ANSWER_OUTCOMES: tuple[Outcome, ...] = tuple(o for o in Outcome if o is not Outcome.MERGED)
