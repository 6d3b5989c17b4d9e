"""Shared set-up for the lifecycle tests: the clock the test moves, a new case, a user.

The fixtures (``app`` on the ``clock``, ``staff``, ``manager``, ``lc``) are in tests/conftest.py;
a module marked ``clock_starts(RECEIVED)`` starts the clock on the day its cases arrive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType, Role
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase

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


RECEIVED = date(2026, 4, 1)  # the day the lifecycle tests' clock starts on
