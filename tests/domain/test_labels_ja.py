"""Every domain word the screens show has its Japanese, in the law's own terms."""

from __future__ import annotations

import re
from enum import Enum

import pytest

from inquiry_desk.domain import i18n
from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.deadlines import ClockEventKind
from inquiry_desk.domain.enums import (
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    Outcome,
    PartyRole,
    RepresentativeKind,
    RequestType,
    Role,
)
from inquiry_desk.domain.fees import FeeEntryKind, FeeStatus, PaymentMethod
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.domain.verification import EvidenceType

LABELLED: list[type[Enum]] = [
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    Outcome,
    PartyRole,
    RepresentativeKind,
    RequestType,
    Role,
    ApprovalSubject,
    ClockEventKind,
    FeeEntryKind,
    FeeStatus,
    PaymentMethod,
    Action,
    RefusalCategory,
    EvidenceType,
]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_member_has_a_distinct_japanese_label(enum: type[Enum]) -> None:
    labels = [member.label_ja for member in enum]  # type: ignore[attr-defined]
    # Language.EN's Japanese name is 英語; FAX is written in Latin letters in Japanese too.
    assert all(JAPANESE.search(label) or label == "FAX" for label in labels), labels
    assert len(set(labels)) == len(labels), labels


def test_the_law_s_own_terms() -> None:
    assert RequestType.DISCLOSURE.label_ja == "開示"
    assert RequestType.PURPOSE_OF_USE.label_ja == "利用目的の通知"
    assert RequestType.THIRD_PARTY_PROVISION_RECORDS.label_ja == "第三者提供記録の開示"
    assert CaseState.PURGED.label_ja == "消去済み"
    assert CaseState.VERIFYING.label_ja == "本人確認中"
    assert PartyRole.REPRESENTATIVE.label_ja == "代理人"
    assert PaymentMethod.POSTAL_MONEY_ORDER.label_ja == "定額小為替"
    assert Action.PURGE.verb_ja == "消去"


def test_label_of_follows_the_interface_language() -> None:
    try:
        i18n.install(None, Language.JA)
        assert i18n.label_of(CaseState.RESPONDED) == "回答済み"
        i18n.install(None, Language.EN)
        assert i18n.label_of(CaseState.RESPONDED) == "Responded"
    finally:
        i18n.install(None, Language.EN)


def test_english_plurals_without_a_catalogue() -> None:
    assert i18n.translate("X", "%n case(s)", n=1) == "1 case"
    assert i18n.translate("X", "%n case(s)", n=2) == "2 cases"
    assert i18n.translate("X", "%n ID cop(y|ies) destroyed.", n=1) == "1 ID copy destroyed."
    assert i18n.translate("X", "%n ID cop(y|ies) destroyed.", n=0) == "0 ID copies destroyed."
