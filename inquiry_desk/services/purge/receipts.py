"""What a purge run reports: the receipt written to the audit log, its row in the panel, and
the words staff read for the places outside the database."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.purge.scan import MAILBOX, PlaceResult, ScanResult

# "merged": what was left of a case merged into another (services/cases/merging.py).
Reason = Literal["scheduled", "early", "restore", "merged"]


@dataclass(frozen=True)
class PurgeReceipt:
    at: datetime
    actor: str
    reason: Reason
    dry_run: bool
    refs: tuple[str, ...]  # purged, or due when dry_run
    rows: dict[str, int] = field(default_factory=dict)  # rows deleted per table
    cleared: dict[str, int] = field(default_factory=dict)  # rows whose personal columns were nulled
    keys_destroyed: int = 0
    held: tuple[str, ...] = ()  # past their grace period but under legal hold
    failed: tuple[str, ...] = ()  # refs that could not be purged (error class only)
    check: ScanResult | None = None
    wal_truncated: bool | None = None

    @property
    def passed(self) -> bool:
        """Everything due was purged and nothing of it could be found afterwards."""
        return not self.failed and (self.check is None or self.check.passed)

    def merged(self, other: PurgeReceipt) -> PurgeReceipt:
        """One receipt for two runs (a restore re-applies the ledger, then purges what is due)."""
        checks = [c for c in (self.check, other.check) if c is not None]
        failing = [c for c in checks if not c.passed]
        return PurgeReceipt(
            other.at,
            other.actor,
            self.reason,
            self.dry_run,
            self.refs + other.refs,
            {k: self.rows.get(k, 0) + other.rows.get(k, 0) for k in {*self.rows, *other.rows}},
            {k: self.cleared.get(k, 0) + other.cleared.get(k, 0) for k in {*self.cleared, *other.cleared}},
            self.keys_destroyed + other.keys_destroyed,
            other.held,
            self.failed + other.failed,
            (failing or checks)[-1] if checks else None,
            other.wal_truncated if other.wal_truncated is not None else self.wal_truncated,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "actor": self.actor,
            "reason": self.reason,
            "dry_run": self.dry_run,
            "refs": list(self.refs),
            "rows": dict(self.rows),
            "cleared": dict(self.cleared),
            "keys_destroyed": self.keys_destroyed,
            "held": list(self.held),
            "failed": list(self.failed),
            "wal_truncated": self.wal_truncated,
            "passed": self.passed,
            "erasure_check": self.check.to_json() if self.check else None,
        }


@dataclass(frozen=True)
class ReceiptRow:
    """A receipt as the manager's panel lists it, read back from the audit log."""

    id: int
    at: datetime
    actor: str
    reason: str
    refs: tuple[str, ...]
    passed: bool
    check_passed: bool | None
    hits: int
    bytes_scanned: int
    failed: tuple[str, ...]
    check_error: str | None = None  # the check could not run


def describe_error(code: str | None) -> str:
    """What a place's error code means, for the receipt as staff read it."""
    texts = {
        "unreachable": translate("Purge", "the mail server could not be reached"),
        "signin": translate("Purge", "the mail server refused the sign-in"),
        "no_password": translate("Purge", "there is no mailbox password in this computer's keyring"),
        "no_folder": translate("Purge", "the mail folder does not exist"),
        "refused": translate("Purge", "the mail server refused the deletion"),
        "io": translate("Purge", "a file could not be overwritten or deleted"),
        "unreadable": translate("Purge", "the folder could not be read"),
        "not_checked": translate("Purge", "the folder could not be checked"),
    }
    return texts.get(code or "", code or "")


def describe_place(place: PlaceResult) -> str:
    """One line of the receipt for a place outside the data folder: what was erased there,
    what was read, what is still to do."""
    if place.kind == MAILBOX:
        head = translate("Purge", "Mailbox folder {location}:").format(location=place.location)
    else:
        head = translate("Purge", "Watched folder {location}:").format(location=place.location)
    parts: list[str] = []
    if place.erased or place.absent or place.pending:
        parts.append(
            translate(
                "Purge", "{erased} original(s) erased, {absent} no longer there, {pending} not yet erased"
            ).format(erased=place.erased, absent=place.absent, pending=place.pending)
        )
    if place.scanned:
        if place.hits:
            parts.append(
                translate(
                    "Purge", "{items} item(s), {bytes} bytes scanned, {hits} value(s) found in {where}"
                ).format(
                    items=place.items,
                    bytes=f"{place.bytes_scanned:,}",
                    hits=place.hits,
                    where=", ".join(place.hit_items),
                )
            )
        else:
            parts.append(
                translate("Purge", "{items} item(s), {bytes} bytes scanned, nothing found").format(
                    items=place.items, bytes=f"{place.bytes_scanned:,}"
                )
            )
    if place.error:
        parts.append(translate("Purge", "not done: {problem}").format(problem=describe_error(place.error)))
    if place.pending:
        parts.append(translate("Purge", "the next purge tries again"))
    return f"{head} {'; '.join(parts)}."


def receipt_row(row_id: int, at: datetime, actor: str, details: str) -> ReceiptRow:
    """A receipt read back from its audit row (`details` is the row's JSON)."""
    d = json.loads(details)
    chk = d.get("erasure_check") or {}
    places = [PlaceResult.from_json(p) for p in chk.get("places", [])] if chk else []
    return ReceiptRow(
        row_id,
        at,
        actor,
        str(d.get("reason", "")),
        tuple(d.get("refs", [])),
        bool(d.get("passed")),
        chk.get("passed") if chk else None,
        int(chk.get("hits", 0)) + sum(p.hits for p in places),
        int(chk.get("bytes_scanned", 0)) + sum(p.bytes_scanned for p in places),
        tuple(d.get("failed", [])),
        (chk.get("error") or _places_problem(places)) if chk else None,
    )


def _places_problem(places: Sequence[PlaceResult]) -> str | None:
    """What the panel says of a receipt whose places outside the database did not pass."""
    for place in places:
        if place.pending:
            return translate(
                "Purge", "{count} original(s) in {place} not erased yet ({problem}); the next purge retries."
            ).format(count=place.pending, place=place.location, problem=describe_error(place.error))
    for place in places:
        if place.error:
            return translate("Purge", "{place} could not be checked ({problem}).").format(
                place=place.location, problem=describe_error(place.error)
            )
    return None
