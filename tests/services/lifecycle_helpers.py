"""Shared set-up for the lifecycle service tests: an App with a clock the test moves.

The fixtures at the end (``clock``, ``lapp``, ``lc``, ``sato``, ``boss``) are shared by
the workflow service test and the lifecycle panel test, which import them. Each is
defined as ``<name>_fixture`` with ``name=``, so that the test functions' parameters of
the same name do not shadow the import (ruff F811).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType, Role
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.case_views import NewCase
from inquiry_desk.services.lifecycle import Lifecycle
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

APPLICANT_NAME = "髙橋 﨑子"


@dataclass
class Clock:
    day: date

    def __call__(self) -> date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)


def make_user(app: App, username: str, role: Role) -> Actor:
    app.users.create(Actor("setup-admin", "admin"), username, username.capitalize(), role, "correct horse")
    return app.users.authenticate(username, "correct horse")


def new_case(
    received: date,
    *,
    kind: CaseKind = CaseKind.REQUEST,
    types: tuple[RequestType, ...] = (RequestType.DISCLOSURE,),
    jurisdiction: Jurisdiction = Jurisdiction.JP,
    channel: Channel = Channel.MAIL,
    language: Language = Language.JA,
) -> NewCase:
    return NewCase(
        received=received,
        channel=channel,
        kind=kind,
        request_types=list(types),
        jurisdiction=jurisdiction,
        language=language,
        applicant=PartyData(
            name=APPLICANT_NAME,
            name_kana="タカハシ サキコ",
            postal_code="530-0001",
            address="大阪府大阪市北区梅田1-2-3",
            email="saki@example.jp",
        ),
    )


RECEIVED = date(2026, 4, 1)  # the day the ``clock`` fixture starts on


@pytest.fixture(name="clock")
def clock_fixture() -> Clock:
    return Clock(RECEIVED)


@pytest.fixture(name="lapp")
def lapp_fixture(data_dir: Path, key_store: MemoryMasterKeyStore, clock: Clock) -> Iterator[App]:
    application = App.open(data_dir, key_store=key_store, today=clock)
    yield application
    application.close()


@pytest.fixture(name="lc")
def lc_fixture(lapp: App) -> Lifecycle:
    return lapp.lifecycle


@pytest.fixture(name="sato")
def sato_fixture(lapp: App) -> Actor:
    return make_user(lapp, "sato", Role.STAFF)


@pytest.fixture(name="boss")
def boss_fixture(lapp: App) -> Actor:
    return make_user(lapp, "tanaka", Role.MANAGER)
