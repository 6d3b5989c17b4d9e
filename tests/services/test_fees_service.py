"""The fee ledger: no fee where none is allowed, money orders, refunds before closing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, RequestType, Role
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.fees import FeeEntryKind, FeeStatus, PaymentMethod
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle import Lifecycle
from inquiry_desk.services.workflow import ActionInput, ActionRefused
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.services.lifecycle_helpers import Clock, make_user, new_case

RECEIVED = date(2026, 6, 10)


@pytest.fixture
def lapp(data_dir: Path, key_store: MemoryMasterKeyStore) -> Iterator[App]:
    application = App.open(data_dir, key_store=key_store, today=Clock(RECEIVED))
    yield application
    application.close()


@pytest.fixture
def sato(lapp: App) -> Actor:
    return make_user(lapp, "sato", Role.STAFF)


def test_no_fee_for_gdpr_unless_flagged_excessive(lapp: App, sato: Actor) -> None:
    lc = Lifecycle.from_app(lapp)
    ref = lapp.cases.create(sato, new_case(RECEIVED, types=(RequestType.ACCESS,),
                                           jurisdiction=Jurisdiction.EEA))
    assert not lc.fees.overview(sato, ref).policy.allowed
    with pytest.raises(ValidationFailed, match="No fee may be asked: GDPR"):
        lc.fees.record(sato, ref, FeeEntryKind.REQUESTED, 1000)
    lc.fees.record(sato, ref, FeeEntryKind.REQUESTED, 1000, excessive=True)
    overview = lc.fees.overview(sato, ref)
    assert overview.policy.allowed and overview.summary.status is FeeStatus.UNPAID


def test_appi_correction_is_free(lapp: App, sato: Actor) -> None:
    lc = Lifecycle.from_app(lapp)
    ref = lapp.cases.create(sato, new_case(RECEIVED, types=(RequestType.CORRECTION,)))
    with pytest.raises(ValidationFailed, match=r"APPI Art\. 38"):
        lc.fees.record(sato, ref, FeeEntryKind.REQUESTED, 500)


def test_money_order_overpayment_blocks_closing_until_refunded(lapp: App, sato: Actor) -> None:
    lc = Lifecycle.from_app(lapp)
    ref = lapp.cases.create(sato, new_case(RECEIVED, kind=CaseKind.REQUEST))
    lc.fees.record(sato, ref, FeeEntryKind.REQUESTED, 1000)
    with pytest.raises(ValidationFailed, match="issue date"):
        lc.fees.record(sato, ref, FeeEntryKind.RECEIVED, 1500, method=PaymentMethod.POSTAL_MONEY_ORDER)
    lc.fees.record(sato, ref, FeeEntryKind.RECEIVED, 1500, method=PaymentMethod.POSTAL_MONEY_ORDER,
                   money_order_issued_on=date(2026, 6, 1), note="定額小為替 2枚")
    overview = lc.fees.overview(sato, ref)
    assert overview.summary.status is FeeStatus.OVERPAID
    assert overview.balance_text == "Overpaid: refund 500 JPY"
    assert overview.lines[1].last_valid_day == date(2026, 11, 30)
    assert overview.lines[1].entry.note == "定額小為替 2枚"
    manager = make_user(lapp, "tanaka", Role.MANAGER)
    lc.workflow.act(manager, ref, Action.WITHDRAW, ActionInput(comment="取下書を受領"))
    with pytest.raises(ActionRefused, match="refunded"):
        lc.workflow.act(sato, ref, Action.CLOSE)
    lc.fees.record(sato, ref, FeeEntryKind.REFUNDED, 500, method=PaymentMethod.STAMPS)
    lc.workflow.act(sato, ref, Action.CLOSE)
