"""The purge erases the originals the watched folder kept in processed/, and its erasure check
reads the whole watched folder (processed/ and rejected/ included) for the purged values.

Real files in a real folder, imported by the real watched-folder scan; the disk is read
afterwards with the naive scanner of purge_helpers (not the service's), raw and with each
email decoded, so a bug in the service's scanner cannot hide a residue.
"""

from __future__ import annotations

import email
import os
import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.watch_folder import scan_once, set_watch_folder
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.purge.originals import erase_file
from inquiry_desk.services.purge.scan import WATCH_FOLDER
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import IntakeOriginal
from tests.services.purge_helpers import encodings_of, personal_values, scan_folder

EMAIL = "01-access-request-gdpr.eml"
FAX = "13-fax-correction.tif"


def arrive(folder: Path, source: Path, name: str | None = None) -> Path:
    """A file as the fax server leaves it: written a minute ago."""
    target = folder / (name or source.name)
    shutil.copy(source, target)
    old = time.time() - 60
    os.utime(target, (old, old))
    return target


def decoded(data: bytes) -> bytes:
    """An email's parts after their transfer encoding (the naive scan reads these too)."""
    message = email.message_from_bytes(data)
    parts = [p.get_payload(decode=True) for p in message.walk() if not p.is_multipart()]
    return b"\n".join(p for p in parts if isinstance(p, bytes))


def case_values(app: App, actor: Actor, ref: str) -> tuple[set[str], set[bytes]]:
    """The case's personal values as staff see them, and the sender and body of its mail."""
    values, windows = personal_values(app, actor, [ref])
    for message in app.cases.get(actor, ref).messages:
        values.add(message.sender)
        values.update(line.strip() for line in message.body.splitlines() if len(line.strip()) >= 8)
    return {v for v in values if v}, windows


def residue(folder: Path, values: set[str], windows: set[bytes]) -> list[str]:
    hits = scan_folder(folder, values, windows)
    for path in folder.rglob("*.eml"):
        data = decoded(path.read_bytes())
        hits += [f"{path.name} (decoded)" for v in values for p in encodings_of(v) if p in data]
    return hits


def finish(app: App, staff: Actor, ref: str) -> None:
    app.lifecycle.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="withdrawn by phone"))
    app.lifecycle.workflow.act(staff, ref, Action.CLOSE)


@pytest.fixture
def watched(tmp_path: Path, app: App, manager: Actor) -> Path:
    folder = tmp_path / "fax-out"
    folder.mkdir()
    set_watch_folder(app, manager, folder)
    return folder


def originals(app: App) -> int:
    with app.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(IntakeOriginal)) or 0)


def test_purge_erases_the_processed_originals_and_checks_the_watched_folder(
    app: App, staff: Actor, manager: Actor, watched: Path, samples_dir: Path
) -> None:
    arrive(watched, samples_dir / "inbox" / EMAIL)
    arrive(watched, samples_dir / "inbox" / FAX)
    results = scan_once(app, staff, watched, settle=0)
    refs = {Path(r.file).name: r.ref for r in results}
    assert all(refs.values()) and len(set(refs.values())) == 2
    kept = sorted((watched / "processed").iterdir())
    assert len(kept) == 2 and originals(app) == 2
    email_ref, fax_ref = refs[EMAIL], refs[FAX]
    values, windows = case_values(app, manager, email_ref)
    assert "anna.schmidt@example.de" in " ".join(values)
    fax_values, fax_windows = case_values(app, manager, fax_ref)
    assert fax_windows, "the fax's scan is an attachment: its bytes are searched for"
    # Before the purge the originals are there, readable: this is what must go.
    assert residue(watched, values, windows) != []
    assert residue(watched, fax_values, fax_windows) != []

    svc = PurgeService(app)
    for ref in (email_ref, fax_ref):
        finish(app, staff, ref)
    receipt = svc.purge_case_early(manager, email_ref, email_ref)
    receipt_fax = svc.purge_case_early(manager, fax_ref, fax_ref)

    assert app.cases.get(manager, email_ref).state is CaseState.PURGED
    assert list((watched / "processed").iterdir()) == []
    assert originals(app) == 0
    # Each receipt: one original erased, the watched folder read (the fax's file was still
    # there at the first purge, as it should be) and none of the case's values found in it.
    for r, left in ((receipt, 1), (receipt_fax, 0)):
        assert r.passed and r.check is not None
        [place] = [p for p in r.check.places if p.kind == WATCH_FOLDER]
        assert place.location == str(watched.resolve()) and place.scanned and place.erased == 1
        assert place.pending == 0 and place.hits == 0 and place.items == left
    assert residue(watched, values | fax_values, windows | fax_windows) == []
    # The receipt in the audit log says what was erased and read, and nothing personal.
    shown = svc.last_receipts(manager)
    assert shown[0].check_passed is True and shown[1].check_passed is True


def test_a_purged_applicants_values_in_rejected_are_reported_by_folder_not_name(
    app: App, staff: Actor, manager: Actor, watched: Path, samples_dir: Path
) -> None:
    """rejected/ is left to staff (it never became a case), but the check reads it."""
    arrive(watched, samples_dir / "inbox" / EMAIL)
    [result] = scan_once(app, staff, watched, settle=0)
    assert result.ref is not None
    # The applicant's second letter, damaged: refused, with her name in its file name and content.
    name = app.cases.get(manager, result.ref).applicant.name  # type: ignore[union-attr]
    broken = arrive(watched, samples_dir / "inbox" / EMAIL, "Anna Schmidt letter.pdf")
    broken.write_bytes(b"%PDF-1.4 truncated " + name.encode())
    os.utime(broken, (time.time() - 60,) * 2)
    [refused] = scan_once(app, staff, watched, settle=0)
    assert refused.status.value == "refused"
    finish(app, staff, result.ref)

    receipt = PurgeService(app).purge_case_early(manager, result.ref, result.ref)

    assert receipt.check is not None and not receipt.passed
    [place] = receipt.check.places
    assert place.erased == 1 and place.hits >= 1 and place.hit_items == ("rejected/",)
    assert (watched / "rejected" / "Anna Schmidt letter.pdf").exists()  # kept for staff
    assert list((watched / "processed").iterdir()) == []
    assert "Anna" not in str(receipt.to_json())


def test_an_original_that_cannot_be_erased_waits_and_fails_the_receipt(
    app: App, staff: Actor, manager: Actor, watched: Path, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file share that refuses the deletion: the database purge still happens, the record
    stays, the receipt fails, and the next run (with nothing else due) erases it."""
    arrive(watched, samples_dir / "inbox" / FAX)
    [result] = scan_once(app, staff, watched, settle=0)
    assert result.ref is not None
    finish(app, staff, result.ref)
    from inquiry_desk.services.purge import originals as purge_originals

    def refuse(path: Path) -> bool:
        raise PermissionError(13, "read-only share")

    monkeypatch.setattr(purge_originals, "erase_file", refuse)
    svc = PurgeService(app)
    receipt = svc.purge_case_early(manager, result.ref, result.ref)
    assert receipt.refs == (result.ref,) and app.cases.get(manager, result.ref).state is CaseState.PURGED
    [place] = receipt.check.places  # type: ignore[union-attr]
    assert (place.erased, place.pending, place.error) == (0, 1, "io") and not receipt.passed
    assert len(list((watched / "processed").iterdir())) == 1 and originals(app) == 1
    assert "not erased yet" in (svc.last_receipts(manager)[0].check_error or "")

    monkeypatch.setattr(purge_originals, "erase_file", erase_file)
    again = svc.purge_due(SYSTEM)
    assert again.refs == () and again.passed and again.check is not None
    [place] = again.check.places
    assert (place.erased, place.pending) == (1, 0)
    assert list((watched / "processed").iterdir()) == [] and originals(app) == 0
    assert svc.last_receipts(manager)[0].check_passed is True


def test_erase_file_overwrites_before_unlinking(tmp_path: Path) -> None:
    path = tmp_path / "processed" / "PI-2026-0001-00000000.eml"
    path.parent.mkdir()
    path.write_bytes(b"Anna Schmidt " * 1000)
    # A second name for the same inode: after the erase it shows what is left of the data.
    os.link(path, tmp_path / "witness")
    assert erase_file(path) is True
    assert not path.exists()
    assert (tmp_path / "witness").read_bytes() == b"\0" * 13000
    assert erase_file(path) is False  # gone already
