"""The manager's lifecycle settings as one service: deadlines, approval, fees and the idle lock.

The settings screen and the ``settings`` subcommand both come through here, so that the
permission check, the validation and the audit entry are the same whichever way a rule
is changed. Each setter is one transaction: the new value and the audit row land together
or not at all. Deadline rules are stored by :func:`deadlines_service.save_rules`, the one
place that also recomputes the due dates of open cases.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TypeVar

from inquiry_desk.domain.deadline_settings import DeadlineRules
from inquiry_desk.domain.enums import RequestType
from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.fees import FeeRules, FeeSettingsError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.lifecycle import deadlines as deadlines_service
from inquiry_desk.services.settings import security as security_settings
from inquiry_desk.services.settings.lifecycle import (
    APPROVAL_KEY,
    FEES_KEY,
    ApprovalRules,
    SettingsInvalid,
    approval_rules,
    deadline_rules,
    fee_rules,
    write_raw,
)
from inquiry_desk.store.engine import Database

# APPI Art. 38 allows only a reasonable fee (the actual cost; companies ask 500–1,000 JPY).
# The ceiling is not law: it catches an extra zero typed by mistake before letters go out.
MAX_FEE_JPY = 100_000
# A postal money order (定額小為替) is valid 6 months. 0 would make every order expired on
# arrival, and more than a year is not a validity any payment method has.
MIN_VALIDITY_MONTHS, MAX_VALIDITY_MONTHS = 1, 12

_R = TypeVar("_R")


def parse_deadline_json(text: str) -> DeadlineRules:
    """Deadline settings from a JSON text (an imported file); SettingsInvalid says what is wrong."""
    return deadlines_service.parse_rules_json(text)


def parse_approval_json(text: str) -> ApprovalRules:
    return ApprovalRules.from_json(text)  # raises SettingsInvalid with its own message


def parse_fee_json(text: str) -> FeeRules:
    try:
        return FeeRules.from_json(text)
    except FeeSettingsError as exc:
        raise SettingsInvalid(str(exc)) from None


def _read_settings_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SettingsInvalid(
            translate("Lifecycle", "{file} is not a JSON text file (UTF-8 expected).").format(file=path.name)
        ) from None
    except OSError as exc:
        raise SettingsInvalid(
            translate("Lifecycle", "Cannot read {path}: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from None


def _from_file(path: Path, parse: Callable[[str], _R]) -> _R:
    text = _read_settings_file(path)
    try:
        return parse(text)
    except SettingsInvalid as exc:
        # The file's name first: the person may have picked the wrong one.
        raise SettingsInvalid(f"{path.name}: {exc.message}") from None


def load_deadline_file(path: Path) -> DeadlineRules:
    return _from_file(path, parse_deadline_json)


def load_approval_file(path: Path) -> ApprovalRules:
    return _from_file(path, parse_approval_json)


def load_fee_file(path: Path) -> FeeRules:
    return _from_file(path, parse_fee_json)


def write_settings_file(path: Path, text: str) -> None:
    """Write beside the target, then rename over it: an interrupted export never leaves a
    half-written file where a good one was (os.replace is atomic within one folder)."""
    temp: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp = handle.name
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
        raise UserError(
            translate("Lifecycle", "Cannot write {path}: {error}.").format(
                path=path, error=exc.strerror or exc
            )
        ) from None


def check_fee_rules(rules: FeeRules) -> None:
    """The limits a sane fee setting stays within, beyond the domain's "0 or more"."""
    problems: dict[str, str] = {}
    for name, message in (
        (
            "appi_fee_jpy",
            QT_TRANSLATE_NOOP("Lifecycle", "The APPI fee must be from 0 to {maximum:,} JPY, not {value:,}."),
        ),
        (
            "gdpr_excessive_fee_jpy",
            QT_TRANSLATE_NOOP(
                "Lifecycle",
                "The GDPR fee for excessive requests must be from 0 to {maximum:,} JPY, not {value:,}.",
            ),
        ),
        (
            "other_fee_jpy",
            QT_TRANSLATE_NOOP(
                "Lifecycle",
                "The fee for other jurisdictions must be from 0 to {maximum:,} JPY, not {value:,}.",
            ),
        ),
    ):
        value = getattr(rules, name)
        if not 0 <= value <= MAX_FEE_JPY:
            problems[name] = translate("Lifecycle", message).format(maximum=MAX_FEE_JPY, value=value)
    months = rules.money_order_validity_months
    if not MIN_VALIDITY_MONTHS <= months <= MAX_VALIDITY_MONTHS:
        problems["money_order_validity_months"] = translate(
            "Lifecycle", "The money-order validity must be from {low} to {high} months, not {months}."
        ).format(low=MIN_VALIDITY_MONTHS, high=MAX_VALIDITY_MONTHS, months=months)
    if problems:
        raise ValidationFailed(problems)


class RulesService:
    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        """``on_change`` is told when due dates may have moved (the register's cache)."""
        self.db = db
        self.today = today
        self._on_change = on_change

    # --- deadlines -----------------------------------------------------------------------
    def deadline_rules(self) -> DeadlineRules:
        with self.db.read() as session:
            return deadline_rules(session)

    def deadline_moves(self, rules: DeadlineRules) -> int:
        """How many open cases would get a new due date if ``rules`` were saved now."""
        return deadlines_service.count_moves(self.db, rules, self.today())

    def set_deadline_rules(self, actor: Actor, rules: DeadlineRules) -> int:
        """Save (manager only); returns how many open cases' due dates changed."""
        changed = deadlines_service.save_rules(self.db, actor, rules, self.today())
        if self._on_change:
            self._on_change()
        return changed

    # --- approval ------------------------------------------------------------------------
    def approval_rules(self) -> ApprovalRules:
        with self.db.read() as session:
            return approval_rules(session)

    def set_approval_rules(self, actor: Actor, rules: ApprovalRules) -> None:
        actor.require(Permission.CHANGE_SETTINGS)
        unknown = sorted(str(t) for t in rules.response_types if not isinstance(t, RequestType))
        if unknown:
            raise SettingsInvalid(
                translate("Lifecycle", "Approval settings: unknown request type {type!r}").format(
                    type=unknown[0]
                )
            )
        if not isinstance(rules.refusals, bool):
            raise SettingsInvalid(translate("Lifecycle", "Approval settings: refusals must be true or false"))
        text = rules.to_json()
        parse_approval_json(text)  # what is stored must read back
        with self.db.write() as session:
            write_raw(session, APPROVAL_KEY, text)
            audit.record(
                session,
                actor,
                "settings.approval",
                None,
                {"response_types": sorted(t.value for t in rules.response_types), "refusals": rules.refusals},
            )

    # --- fees ----------------------------------------------------------------------------
    def fee_rules(self) -> FeeRules:
        with self.db.read() as session:
            return fee_rules(session)

    def set_fee_rules(self, actor: Actor, rules: FeeRules) -> None:
        actor.require(Permission.CHANGE_SETTINGS)
        check_fee_rules(rules)
        text = rules.to_json()
        parse_fee_json(text)
        with self.db.write() as session:
            write_raw(session, FEES_KEY, text)
            # Amounts and a validity period: the company's tariff, nothing about anyone.
            audit.record(session, actor, "settings.fees", None, asdict(rules))

    # --- idle lock -----------------------------------------------------------------------
    def idle_minutes(self) -> int:
        return security_settings.idle_minutes(self.db)

    def set_idle_minutes(self, actor: Actor, minutes: int) -> None:
        security_settings.set_idle_minutes(self.db, actor, minutes)
