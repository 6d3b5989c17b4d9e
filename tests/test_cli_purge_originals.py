"""`inquiry-desk purge` says what it erased outside the database and what it read there, and
exits 1 while an original is not erased yet."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from inquiry_desk.cli import purge as cli_purge
from inquiry_desk.cli.main import main
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.watch_folder import scan_once, set_watch_folder
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.purge.scan import MAILBOX, PlaceResult, ScanResult
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


def test_purge_prints_the_watched_folder_it_erased_in_and_read(
    app: App,
    staff: Actor,
    manager: Actor,
    data_dir: Path,
    key_store: MemoryMasterKeyStore,
    samples_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "fax-out"
    folder.mkdir()
    target = folder / "13-fax-correction.tif"
    shutil.copy(samples_dir / "inbox" / target.name, target)
    os.utime(target, (time.time() - 60,) * 2)
    set_watch_folder(app, manager, folder)
    [result] = scan_once(app, staff, folder, settle=0)
    assert result.ref is not None
    app.lifecycle.workflow.act(staff, result.ref, Action.WITHDRAW, ActionInput(comment="by phone"))
    app.lifecycle.workflow.act(staff, result.ref, Action.CLOSE)
    PurgeService(app).set_grace_days(manager, 0)
    app.close()
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "purge"], key_store=key_store) == 0

    out = capsys.readouterr().out
    assert f"Purged 1 case(s): {result.ref}" in out and "Erasure check passed" in out
    line = next(ln for ln in out.splitlines() if "Watched folder" in ln)
    assert str(folder.resolve()) in line and "1 original(s) erased" in line and "nothing found" in line
    assert list((folder / "processed").iterdir()) == []

    assert main(["--data-dir", str(data_dir), "purge", "--json"], key_store=key_store) == 0
    assert json.loads(capsys.readouterr().out)["erasure_check"] is None  # nothing left to do


def test_a_pending_mailbox_deletion_is_printed_as_not_done(capsys: pytest.CaptureFixture[str]) -> None:
    waiting = PlaceResult(MAILBOX, "inquiries@mail.example:993/Imported", pending=2, error="unreachable")
    cli_purge._print_check(ScanResult.nothing_scanned([waiting]))
    out = capsys.readouterr().out
    assert "Erasure check FAILED outside the data folder (see below): no case purged in this run." in out
    assert (
        "Mailbox folder inquiries@mail.example:993/Imported: 0 original(s) erased, 0 no longer there, "
        "2 not yet erased; not done: the mail server could not be reached; the next purge tries again."
    ) in out
