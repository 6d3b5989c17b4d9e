"""The purge outside the database: the originals the importer left in the watched folder's
``processed/`` and in the mailbox, erased with their case, and the check of those places.

Why erase at the purge rather than at import: while a case is worked on, staff want to
see what arrived as it arrived (the fax in ``processed/``, the mail in the archive folder
of their mail program); the promise is that the personal data goes once the inquiry is
resolved, and it goes then, with the grace period and legal holds of the case itself.

Where each original is, the import recorded (services/intake/originals.py). After the
database purge has committed, every recorded original of a purged case is erased:

* a file is overwritten with zeros, synced, unlinked, and its folder synced;
* a message is found again in its folder by the keyed hash of its Message-ID (or of its
  bytes, if it has none) among the folder's messages, marked ``\\Deleted`` and expunged,
  and then looked for again, so that a server that silently kept it is not believed.

An original that cannot be erased now (the mail server is down, the file share is away)
keeps its record, with what went wrong: the purge of the database has happened, the
receipt says the original is not yet erased and fails, and every later purge run tries
again until it is done. An original that is no longer where it was left (staff moved or
deleted it) is reported as such, never as erased.

Then the erasure check reads those places for the purged values: every file of the
watched folder, ``processed/`` and ``rejected/`` included (in the child process, with
the data folder: services/purge/scan_child.py), and every message still filed in the
mailbox's archive folder, as it is and decoded.

Finding a message again in its mailbox is services/purge/originals_mail.py; what a
receipt says of these places, services/purge/receipts.py.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select, update

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.intake.imap_client import ImapConfig, MailboxError
from inquiry_desk.services.intake.mailbox import MailOpener
from inquiry_desk.services.intake.originals import FILE, MAIL
from inquiry_desk.services.intake.watch_folder import PROCESSED, read_watch_folder
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.purge.originals_mail import (
    MessageFinder,
    Original,
    config_for,
    current_config,
    mail_session,
)
from inquiry_desk.services.purge.scan import MAILBOX, WATCH_FOLDER, PlaceResult, Scanner
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, IntakeOriginal

ERASED = "erased"
ABSENT = "absent"
_ZEROS = bytes(1 << 20)


# --- files ----------------------------------------------------------------------------------
def erase_file(path: Path) -> bool:
    """Overwrite, sync, unlink and sync the folder. False if there was no file to erase.

    A symlink is removed, never followed: the original it replaced is not there."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(info.st_mode):
        os.unlink(path)
        return False
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    try:
        left = info.st_size
        while left > 0:
            left -= os.write(fd, _ZEROS[: min(left, len(_ZEROS))])
        os.fsync(fd)
    finally:
        os.close(fd)
    os.unlink(path)
    if os.name != "nt":  # Windows has no directory handles to sync
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return True


@dataclass
class _Tally:
    erased: int = 0
    absent: int = 0
    pending: int = 0
    error: str | None = None

    def add(self, outcome: str) -> None:
        if outcome == ERASED:
            self.erased += 1
        elif outcome == ABSENT:
            self.absent += 1
        else:
            self.pending += 1
            self.error = self.error or outcome


@dataclass
class OriginalsEraser:
    """Erases the recorded originals of purged cases; reads the mailbox's archive for the check."""

    db: Database
    keys: KeyService
    mail: MailOpener
    now: Callable[[], datetime]
    # The mailbox folders erased in during the last run: the check reads them too.
    touched: set[tuple[str, str]] = field(default_factory=set)

    def _due(self) -> list[Original]:
        with self.db.read() as session:
            rows = session.execute(
                select(
                    IntakeOriginal.id,
                    IntakeOriginal.kind,
                    IntakeOriginal.location,
                    IntakeOriginal.mailbox,
                    IntakeOriginal.moving_to,
                    IntakeOriginal.uidvalidity,
                    IntakeOriginal.uid,
                    IntakeOriginal.message_id_mac,
                    IntakeOriginal.source_mac,
                )
                .join(Case, Case.id == IntakeOriginal.case_id)
                .where(Case.state == CaseState.PURGED.value)
                .order_by(IntakeOriginal.id)
            ).all()
        return [Original(*row) for row in rows]

    def pending(self) -> int:
        """Originals of purged cases not erased yet (the next run tries them)."""
        return len(self._due())

    def erase_purged(self) -> list[PlaceResult]:
        """Erase every recorded original of a purged case: this run's and those left before."""
        originals = self._due()
        self.touched = set()
        if not originals:
            return []
        outcomes: dict[int, str] = {}
        for original in originals:
            if original.kind == FILE:
                outcomes[original.id] = self._erase_file(original)
        by_mailbox: dict[str, list[Original]] = {}
        for original in originals:
            if original.kind == MAIL:
                by_mailbox.setdefault(original.mailbox or "", []).append(original)
        current = current_config(self.db)
        for identity, group in by_mailbox.items():
            outcomes.update(self._erase_messages(identity, group, current))
        for original in originals:
            outcomes.setdefault(original.id, "refused")  # a kind this version does not know
        self._save(outcomes)
        tallies: dict[tuple[str, str], _Tally] = {}
        for original in originals:
            tallies.setdefault(original.place, _Tally()).add(outcomes[original.id])
        return [
            PlaceResult(kind, location, erased=t.erased, absent=t.absent, pending=t.pending, error=t.error)
            for (kind, location), t in tallies.items()
        ]

    @staticmethod
    def _erase_file(original: Original) -> str:
        path = Path(original.location)
        if path.parent.name != PROCESSED:
            return "refused"  # only the watched folder's own archive is ever erased
        try:
            return ERASED if erase_file(path) else ABSENT
        except OSError:
            return "io"

    def _erase_messages(
        self, identity: str, originals: list[Original], current: ImapConfig | None
    ) -> dict[int, str]:
        config = config_for(identity, current)
        if config is None:
            return {o.id: "refused" for o in originals}
        outcomes: dict[int, str] = {}
        try:
            with mail_session(self.mail, config) as box:
                finder = MessageFinder(box, self.keys)
                for original in originals:
                    self.touched.update((identity, f) for f in original.folders)
                    found = {f: finder.locate(f, original) for f in original.folders}
                    for folder, uids in found.items():
                        if uids:
                            finder.delete(folder, uids)
                    outcomes[original.id] = ERASED if any(found.values()) else ABSENT
        except MailboxError as exc:
            for original in originals:
                outcomes.setdefault(original.id, exc.code)
        return outcomes

    def _save(self, outcomes: dict[int, str]) -> None:
        done = [i for i, o in outcomes.items() if o in (ERASED, ABSENT)]
        failed: dict[str, list[int]] = {}
        for i, o in outcomes.items():
            if o not in (ERASED, ABSENT):
                failed.setdefault(o, []).append(i)
        with self.db.write() as session:
            if done:
                session.execute(delete(IntakeOriginal).where(IntakeOriginal.id.in_(done)))
            for code, ids in failed.items():
                session.execute(
                    update(IntakeOriginal)
                    .where(IntakeOriginal.id.in_(ids))
                    .values(attempts=IntakeOriginal.attempts + 1, last_error=code, last_attempt_at=self.now())
                )

    # --- the check ------------------------------------------------------------------------
    def watched_folders(self, erased: Iterable[PlaceResult]) -> list[tuple[str, Path]]:
        """The watched folder set now, and any other one that originals were erased from."""
        folders: dict[str, Path] = {}
        current = read_watch_folder(self.db)
        if current is not None:
            folders[str(current)] = current
        for place in erased:
            if place.kind == WATCH_FOLDER:
                folders.setdefault(place.location, Path(place.location))
        return list(folders.items())

    def scan_mailboxes(self, scanner: Scanner) -> list[PlaceResult]:
        """Every message still filed in the mailbox's archive folder (and in the folders just
        erased in), read as it is and decoded, for the purged values."""
        current = current_config(self.db)
        targets: dict[str, dict[str, str]] = {}
        if current is not None:
            targets.setdefault(current.identity, {})[current.filed_in] = current.filed_criteria()
        for identity, folder in sorted(self.touched):
            if current is not None and identity == current.identity:
                if folder == current.filed_in:
                    continue
                if folder == current.folder:
                    continue  # the incoming folder: new mail, not the app's archive
            targets.setdefault(identity, {}).setdefault(folder, "ALL")
        out: list[PlaceResult] = []
        for identity, folders in targets.items():
            out.extend(self._scan_mailbox(identity, folders, current, scanner))
        return out

    def _scan_mailbox(
        self, identity: str, folders: dict[str, str], current: ImapConfig | None, scanner: Scanner
    ) -> list[PlaceResult]:
        config = config_for(identity, current)
        done: dict[str, PlaceResult] = {}
        if config is None:
            return [PlaceResult(MAILBOX, f"{identity}/{f}", error="refused") for f in folders]
        try:
            with mail_session(self.mail, config) as box:
                for folder, criteria in folders.items():
                    location = f"{identity}/{folder}"
                    try:
                        box.select(folder)
                    except MailboxError as exc:
                        if exc.code != "no_folder":
                            raise
                        done[folder] = PlaceResult(MAILBOX, location, scanned=True)  # nothing kept there
                        continue
                    items = total = hits = 0
                    where: list[str] = []
                    for uid in box.search(criteria):
                        raw = box.fetch(uid)
                        if raw is None:
                            continue
                        items += 1
                        total += len(raw)
                        found = scanner.find_in_mail(raw)
                        if found:
                            hits += len(found)
                            where.append(f"UID {uid}")
                    done[folder] = PlaceResult(MAILBOX, location, True, items, total, hits, tuple(where))
        except MailboxError as exc:
            for folder in folders:
                done.setdefault(folder, PlaceResult(MAILBOX, f"{identity}/{folder}", error=exc.code))
        return [done[f] for f in folders]
