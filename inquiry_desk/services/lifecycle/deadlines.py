"""Deadline settings, the clock ledger of a case, and GDPR extensions.

The calendar conventions are the domain's (:mod:`inquiry_desk.domain.deadlines`);
pauses and resumes are written by the workflow when a case starts or stops
waiting for the applicant. This service adds what is not a state change: the
extension notice, the manager's settings, and the ledger an auditor reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from inquiry_desk.domain import deadlines
from inquiry_desk.domain.deadlines import (
    ClockEntry,
    ClockEventKind,
    DeadlineRules,
    DeadlineSettingsError,
    LedgerRow,
)
from inquiry_desk.domain.enums import CaseState, Jurisdiction
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import add_clock_entry, clock_ledger, due_under, load_case, refresh_due
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.settings.lifecycle import (
    DEADLINES_KEY,
    SettingsInvalid,
    deadline_rules,
    read_raw,
    write_raw,
)
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case


def parse_rules_json(text: str) -> DeadlineRules:
    """Deadline settings from JSON; a mistake raises SettingsInvalid with the domain's message."""
    try:
        return DeadlineRules.from_json(text)
    except DeadlineSettingsError as exc:
        raise SettingsInvalid(str(exc)) from None


_TOP_KEYS = ("year_end_closure", "extra_closed_days", "due_soon_days")


def _changed_keys(before: DeadlineRules | None, after: DeadlineRules) -> list[str]:
    """Which settings differ, for the audit entry (the values are company rules, not personal)."""
    if before is None:
        return [f"jurisdictions.{j.value}" for j in Jurisdiction] + list(_TOP_KEYS)
    keys = [f"jurisdictions.{j.value}" for j in Jurisdiction if before.rule_for(j) != after.rule_for(j)]
    return keys + [name for name in _TOP_KEYS if getattr(before, name) != getattr(after, name)]


# Open cases whose clock runs. A paused case keeps what it shows until it resumes, when its
# due date is computed under the rules of that day: saving settings never unpauses anything.
_RUNNING = [s.value for s in CaseState if s.is_open and not s.clock_paused]


def count_moves(db: Database, rules: DeadlineRules, today: date) -> int:
    """How many open cases' due dates ``rules`` would change, before anything is saved."""
    with db.read() as session:
        cases = session.scalars(select(Case).where(Case.state.in_(_RUNNING)))
        return sum(due_under(session, case, rules, today) != case.due for case in cases)


def save_rules(db: Database, actor: Actor, rules: DeadlineRules, today: date) -> int:
    """Store deadline settings (manager only) and recompute the due date of every open case.

    The one place that writes them, for the JSON path (CLI) and the settings screen alike.
    The rules are read back from their own JSON before anything is written, so a value
    that slipped past the constructors (or could not be read again) is refused here.
    Returns the number of open cases whose due date changed.
    """
    actor.require(Permission.CHANGE_SETTINGS)
    text = rules.to_json()
    checked = parse_rules_json(text)
    changed = 0
    with db.write() as session:
        try:
            before: DeadlineRules | None = deadline_rules(session)
        except SettingsInvalid:
            before = None  # a hand-edited row that cannot be read is being replaced: fine
        write_raw(session, DEADLINES_KEY, text)
        session.flush()
        for case in session.scalars(select(Case).where(Case.state.in_(_RUNNING))):
            due_before = case.due
            if refresh_due(session, case, today) != due_before:
                changed += 1
        audit.record(
            session,
            actor,
            "settings.deadlines",
            None,
            {"due_dates_changed": changed, "changed": _changed_keys(before, checked)},
        )
    return changed


@dataclass(frozen=True)
class ClockLedger:
    """A case's clock ledger as plain data, for the screen, the CLI and the printed report."""

    ref: str
    jurisdiction: Jurisdiction
    received: date
    due: date | None
    paused: bool
    extension_deadline: date | None  # last day to record an extension notice, while one is possible
    rows: tuple[LedgerRow, ...]
    extension_months_granted: int = 0
    extension_months_left: int = 0  # what the jurisdiction's rule still allows

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "jurisdiction": self.jurisdiction.value,
            "received": self.received.isoformat(),
            "due": self.due.isoformat() if self.due else None,
            "paused": self.paused,
            "extension_deadline": self.extension_deadline.isoformat() if self.extension_deadline else None,
            "extension_months_granted": self.extension_months_granted,
            "extension_months_left": self.extension_months_left,
            "rows": [
                {**asdict(r), "on": r.on.isoformat(), "due_after": r.due_after.isoformat()} for r in self.rows
            ],
        }


class DeadlineService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        today: Callable[[], date] = date.today,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.today = today
        self._on_change = on_change

    # --- settings ------------------------------------------------------------------------
    def rules(self) -> DeadlineRules:
        with self.db.read() as session:
            return deadline_rules(session)

    def rules_json(self) -> str:
        with self.db.read() as session:
            return read_raw(session, DEADLINES_KEY) or DeadlineRules().to_json()

    def set_rules_json(self, actor: Actor, text: str) -> int:
        """Save new settings (manager only); every open case's due date is recomputed.

        Returns the number of open cases whose due date changed. Invalid settings raise
        SettingsInvalid with the domain's message, e.g. which key is wrong.
        """
        actor.require(Permission.CHANGE_SETTINGS)  # before parsing: staff learn nothing from errors
        changed = save_rules(self.db, actor, parse_rules_json(text), self.today())
        if self._on_change:
            self._on_change()
        return changed

    # --- the ledger ----------------------------------------------------------------------
    def ledger(self, actor: Actor, ref: str, *, record_view: bool = True) -> ClockLedger:
        """The ledger with its reasons (which staff typed, so it counts as viewing personal data).

        ``record_view=False`` shows again a ledger the same person has open: only the first
        showing is audited, and a refresh after an action stays a read.
        """
        actor.require(Permission.VIEW_PERSONAL)
        with self.db.write() if record_view else self.db.read() as session:
            case = load_case(session, ref)
            cipher = self.keys.cipher(session, case)
            entries = clock_ledger(session, case, cipher)
            rules = deadline_rules(session)
            juris = Jurisdiction(case.jurisdiction)
            rows = deadlines.ledger_rows(case.received, juris, entries, rules)
            if record_view:
                audit.record(session, actor, "case.view_ledger", case.ref, {"rows": len(rows)})
            granted = sum(e.months for e in entries if e.kind is ClockEventKind.EXTENSION)
            left = max(rules.rule_for(juris).max_extension_months - granted, 0)
            notice = (
                deadlines.extension_notice_deadline(case.received, juris, entries, rules, as_of=self.today())
                if left
                else None
            )
            return ClockLedger(
                case.ref,
                juris,
                case.received,
                case.due,
                deadlines.is_paused(entries),
                notice,
                tuple(rows),
                granted,
                left,
            )

    def printable_ledger(self, actor: Actor, ref: str) -> list[dict[str, str]]:
        """Rows as plain texts (date, event, reason, due date after it) for printing."""
        keys = ("on", "event", "reason", "due_after")
        return [dict(zip(keys, row.as_texts(), strict=True)) for row in self.ledger(actor, ref).rows]

    # --- extension -----------------------------------------------------------------------
    def extend(
        self,
        actor: Actor,
        ref: str,
        months: int,
        reason: str,
        on: date | None = None,
        *,
        expected_version: int | None = None,
    ) -> date:
        """Record an extension notice (GDPR: up to two months, with reasons, within the first month).

        Refused with the domain's sentence when it would have no legal effect. Returns the
        new due date.
        """
        actor.require(Permission.EDIT_CASE)
        today = self.today()
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if not CaseState(case.state).is_open:
                raise ValidationFailed(
                    {"extension": translate("Lifecycle", "Only an open case's deadline can be extended.")}
                )
            cipher = self.keys.cipher(session, case)
            entry = ClockEntry.extension(on or today, months, reason)
            if entry.on > today:
                raise ValidationFailed(
                    {"on": translate("Lifecycle", "An extension notice cannot be dated in the future.")}
                )
            juris = Jurisdiction(case.jurisdiction)
            problem = deadlines.validate_entry(
                case.received, juris, clock_ledger(session, case, cipher), entry, deadline_rules(session)
            )
            if problem is not None:
                raise ValidationFailed({"extension": problem})
            add_clock_entry(session, case, cipher, actor, entry)
            due = refresh_due(session, case, today)
            add_event(
                session,
                case,
                actor,
                "extension",
                f"Deadline extended by {months} month{'s' if months != 1 else ''} (due {due:%Y-%m-%d})",
                cipher,
                reason,
            )
            audit.record(
                session, actor, "case.extension", case.ref, {"months": months, "due": due.isoformat()}
            )
        if self._on_change:
            self._on_change()
        return due
