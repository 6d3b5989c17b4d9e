"""The lifecycle's settings, stored as JSON in the ``settings`` table.

Kept in the database rather than a file beside the program so that every PC of the
office (and the shared PostgreSQL server) applies the same deadlines, fees and
approval rules. Only a manager may change them (Permission.CHANGE_SETTINGS); the
readers here never fail on a missing key — the domain defaults apply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from inquiry_desk.domain.deadlines import DeadlineRules, DeadlineSettingsError
from inquiry_desk.domain.enums import RequestType
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.fees import FeeRules, FeeSettingsError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.models import Setting

DEADLINES_KEY = "deadlines"
FEES_KEY = "fees"
APPROVAL_KEY = "approval"
GRACE_KEY = "retention.grace_days"
DEFAULT_GRACE_DAYS = 30


class SettingsInvalid(UserError):
    """A settings text was refused; the message says what to fix."""


def read_raw(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return None if row is None else row.value


def write_raw(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))


def deadline_rules(session: Session) -> DeadlineRules:
    text = read_raw(session, DEADLINES_KEY)
    if text is None:
        return DeadlineRules()
    try:
        return DeadlineRules.from_json(text)
    except DeadlineSettingsError as exc:
        # Stored settings were validated when saved; a hand-edited row is reported, not guessed.
        raise SettingsInvalid(str(exc)) from None


def fee_rules(session: Session) -> FeeRules:
    text = read_raw(session, FEES_KEY)
    if text is None:
        return FeeRules()
    try:
        return FeeRules.from_json(text)
    except (FeeSettingsError, TypeError) as exc:
        raise SettingsInvalid(str(exc)) from None


def grace_days(session: Session) -> int:
    text = read_raw(session, GRACE_KEY)
    try:
        value = json.loads(text) if text is not None else DEFAULT_GRACE_DAYS
    except json.JSONDecodeError:
        return DEFAULT_GRACE_DAYS
    return value if isinstance(value, int) and value >= 0 else DEFAULT_GRACE_DAYS


# Disclosure-like responses hand personal data out, so by default the manager sees them first.
_DEFAULT_APPROVAL_TYPES = frozenset(
    {
        RequestType.DISCLOSURE,
        RequestType.THIRD_PARTY_PROVISION_RECORDS,
        RequestType.ACCESS,
        RequestType.PORTABILITY,
    }
)


@dataclass(frozen=True)
class ApprovalRules:
    """Which responses need the manager's approval before they go out."""

    response_types: frozenset[RequestType] = field(default_factory=lambda: _DEFAULT_APPROVAL_TYPES)
    refusals: bool = True

    def response_needs_approval(self, types: list[RequestType]) -> bool:
        return any(t in self.response_types for t in types)

    def to_json(self) -> str:
        return (
            json.dumps(
                {"response_types": sorted(t.value for t in self.response_types), "refusals": self.refusals},
                indent=2,
            )
            + "\n"
        )

    @classmethod
    def from_json(cls, text: str) -> ApprovalRules:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SettingsInvalid(
                translate("Settings", "Approval settings are not valid JSON: {error}").format(error=exc)
            ) from None
        if not isinstance(data, dict) or set(data) - {"response_types", "refusals"}:
            raise SettingsInvalid(
                translate(
                    "Settings",
                    'Approval settings: an object with "response_types" (a list of '
                    'request types) and "refusals" (true or false) is expected.',
                )
            )
        raw_types = data.get("response_types", sorted(t.value for t in _DEFAULT_APPROVAL_TYPES))
        known = {t.value for t in RequestType}
        if not isinstance(raw_types, list) or not all(isinstance(t, str) and t in known for t in raw_types):
            raise SettingsInvalid(
                translate(
                    "Settings", "Approval settings: response_types must list request types among: {types}"
                ).format(types=", ".join(sorted(known)))
            )
        refusals = data.get("refusals", True)
        if not isinstance(refusals, bool):
            raise SettingsInvalid(translate("Settings", "Approval settings: refusals must be true or false"))
        return cls(frozenset(RequestType(t) for t in raw_types), refusals)


def approval_rules(session: Session) -> ApprovalRules:
    text = read_raw(session, APPROVAL_KEY)
    return ApprovalRules() if text is None else ApprovalRules.from_json(text)
