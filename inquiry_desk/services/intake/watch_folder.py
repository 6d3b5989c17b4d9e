"""The watched folder: a fax server's or scanner's output folder, imported automatically.

Each scan imports the files that have settled (same size on two looks and not modified
in the last seconds, so a file still being written is left for the next scan), then
moves each imported file to ``processed/`` and each refused one to ``rejected/`` with
a ``<name>.reason.txt`` beside it. Moves are ``os.replace`` within the same folder
tree, so a file is either where it was or where it went, never half-copied.

``processed/`` keeps the original as it arrived while its case is worked on, named
``<reference>-<random>.<ext>`` (the name it came with may be a person's), and the
import records where (services/intake/originals.py) in the same transaction as the
case: the purge erases it together with the case's data, and its erasure check reads
the whole watched folder for the purged values. A duplicate's file is recorded against
the case it duplicates.

``rejected/`` is left to staff: a refused file never became a case, so nothing says
whose it is or when it may go. Staff look at it (the reason is beside it), import it by
hand or delete it. The purge's erasure check reads ``rejected/`` too and reports a
purged applicant's values found there (by folder, never by file name).

A file whose import fails for another reason (the database is locked, a bug) stays
where it is: it was not the file's fault, and the next scan tries again.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.filenames import unique_path_in
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportResult, ImportService, ImportStatus
from inquiry_desk.services.intake.originals import processed_path, record_file
from inquiry_desk.services.settings.lifecycle import read_raw, write_raw
from inquiry_desk.store.engine import Database

log = logging.getLogger(__name__)

WATCH_FOLDER_KEY = "watch_folder"
PROCESSED = "processed"
REJECTED = "rejected"
MIN_AGE_SECONDS = 2.0


# --- the setting -----------------------------------------------------------------------------
def get_watch_folder(app: App) -> Path | None:
    return read_watch_folder(app.db)


def read_watch_folder(db: Database) -> Path | None:
    with db.read() as session:
        text = read_raw(session, WATCH_FOLDER_KEY)
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return Path(value) if isinstance(value, str) and value else None


def set_watch_folder(app: App, actor: Actor, folder: Path | None) -> None:
    """Store the folder (None to stop watching). The path is an office folder, not personal data."""
    actor.require(Permission.CHANGE_SETTINGS)
    if folder is not None:
        folder = Path(folder).expanduser().resolve()
        if not folder.is_dir():
            raise UserError(translate("Intake", "{folder} is not a folder.").format(folder=folder))
    with app.db.write() as session:
        write_raw(session, WATCH_FOLDER_KEY, json.dumps(str(folder) if folder else ""))
        audit.record(session, actor, "settings.watch_folder", None, {"set": folder is not None})


# --- scanning --------------------------------------------------------------------------------
def settled_files(
    folder: Path,
    *,
    min_age: float = MIN_AGE_SECONDS,
    settle: float = 0.2,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Path]:
    """Regular, visible files of `folder` that are not being written any more, in name order."""

    def look() -> dict[Path, tuple[int, float]]:
        seen: dict[Path, tuple[int, float]] = {}
        for entry in os.scandir(folder):
            if entry.name.startswith(".") or not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            seen[Path(entry.path)] = (st.st_size, st.st_mtime)
        return seen

    first = look()
    if not first:
        return []
    sleep(settle)
    second = look()
    now = clock()
    return sorted(
        p
        for p, (size, mtime) in second.items()
        if first.get(p, (-1, 0.0))[0] == size and now - mtime >= min_age
    )


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = unique_path_in(folder, path.name)
    os.replace(path, target)
    return target


class _Archive:
    """Names the file's place in ``processed/`` once the import knows its case, and records it
    there, inside the import's transaction (see services/intake/originals.py)."""

    def __init__(self, folder: Path, path: Path) -> None:
        self.folder, self.path = folder, path
        self.target: Path | None = None

    def __call__(self, session: Session, ref: str) -> None:
        self.target = processed_path(self.folder, ref, self.path)
        record_file(session, ref, self.target)


def _write_reason(target: Path, reason: str) -> None:
    sidecar = unique_path_in(target.parent, target.name + ".reason.txt")
    tmp = sidecar.with_name("." + sidecar.name + ".tmp")
    tmp.write_text(reason.strip() + "\n", encoding="utf-8")
    os.replace(tmp, sidecar)


def scan_once(
    app: App,
    actor: Actor,
    folder: Path | str,
    *,
    min_age: float = MIN_AGE_SECONDS,
    settle: float = 0.2,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> list[ImportResult]:
    actor.require(Permission.IMPORT)
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(
            translate("Intake", "The watched folder {folder} does not exist.").format(folder=folder)
        )
    importer = ImportService(app)
    results: list[ImportResult] = []
    for path in settled_files(folder, min_age=min_age, settle=settle, clock=clock, sleep=sleep):
        archive = _Archive(folder / PROCESSED, path)
        result = importer.import_file(actor, path, on_stored=archive)
        if result.status is ImportStatus.REFUSED:
            target = _move(path, folder / REJECTED)
            _write_reason(target, result.reason)
        elif archive.target is not None:
            archive.target.parent.mkdir(exist_ok=True)
            os.replace(path, archive.target)
        else:  # imported without a case to record it against: cannot happen, but never lose it
            _move(path, folder / PROCESSED)
        results.append(result)
    if results:
        # Counts only: the file names may carry an applicant's name.
        counts: dict[str, object] = {s.value: sum(r.status is s for r in results) for s in ImportStatus}
        app.audit_event(actor, "import.watch_folder", None, counts)
    return results
