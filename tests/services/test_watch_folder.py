"""The watched folder: imported files go to processed/ (renamed to their case), unreadable ones to
rejected/ with a reason."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from inquiry_desk.domain.errors import PermissionDenied
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportStatus
from inquiry_desk.services.intake.watch_folder import get_watch_folder, scan_once, set_watch_folder

PROCESSED_NAME = re.compile(r"PI-\d{4}-\d{4}-[0-9a-f]{8}\.[a-z0-9]+")


def age(path: Path, seconds: float = 60) -> None:
    """Pretend the file was finished a while ago, as a fax server's output would be."""
    past = time.time() - seconds
    os.utime(path, (past, past))


@pytest.fixture
def watched(tmp_path: Path) -> Path:
    folder = tmp_path / "fax-out"
    folder.mkdir()
    return folder


def test_imports_and_moves(app: App, staff: Actor, watched: Path, samples_dir: Path) -> None:
    for name in ("13-fax-correction.tif", "01-access-request-gdpr.eml"):
        shutil.copy(samples_dir / "inbox" / name, watched / name)
        age(watched / name)
    (watched / "garbage.tif").write_bytes(b"II*\x00" + b"\x00" * 20)
    age(watched / "garbage.tif")
    results = scan_once(app, staff, watched, settle=0)
    assert sorted(r.status.value for r in results) == ["created", "created", "refused"]
    # Renamed to the case's reference and a random token: the name it came with may be a person's.
    refs = {Path(r.file).suffix: r.ref for r in results if r.ref}
    processed = sorted((watched / "processed").iterdir(), key=lambda p: p.suffix)
    assert [p.suffix for p in processed] == [".eml", ".tif"]
    for path in processed:
        assert PROCESSED_NAME.fullmatch(path.name) and path.name.startswith(f"{refs[path.suffix]}-")
    rejected = sorted(p.name for p in (watched / "rejected").iterdir())
    assert rejected == ["garbage.tif", "garbage.tif.reason.txt"]
    reason = (watched / "rejected" / "garbage.tif.reason.txt").read_text(encoding="utf-8").strip()
    assert reason == next(r.reason for r in results if r.status is ImportStatus.REFUSED)
    assert [p.name for p in watched.iterdir() if p.is_file()] == []
    # A second scan finds nothing new.
    assert scan_once(app, staff, watched, settle=0) == []


def test_duplicate_goes_to_processed_under_its_case(
    app: App, staff: Actor, watched: Path, samples_dir: Path
) -> None:
    sample = samples_dir / "inbox" / "01-access-request-gdpr.eml"
    for _ in range(2):
        shutil.copy(sample, watched / sample.name)
        age(watched / sample.name)
        scan_once(app, staff, watched, settle=0)
    [ref] = app.cases.refs()
    names = sorted(p.name for p in (watched / "processed").iterdir())
    # Both copies are kept, each under the reference of the one case (and so erased with it).
    assert len(names) == 2 and all(n.startswith(f"{ref}-") and n.endswith(".eml") for n in names)


def test_files_being_written_are_left(app: App, staff: Actor, watched: Path, samples_dir: Path) -> None:
    fresh = watched / "fresh.tif"
    shutil.copy(samples_dir / "inbox" / "13-fax-correction.tif", fresh)  # modified just now
    assert scan_once(app, staff, watched, settle=0) == []
    assert fresh.exists()
    growing = watched / "growing.tif"
    growing.write_bytes(b"II*\x00")
    age(growing)

    def sleep(_seconds: float) -> None:
        # Between the two looks the writer appends: the size changes.
        with growing.open("ab") as handle:
            handle.write(b"\x00" * 10)
        age(growing)

    results = scan_once(app, staff, watched, settle=0, sleep=sleep)
    assert all(Path(r.file).name != "growing.tif" for r in results)


def test_setting_round_trip(app: App, manager: Actor, staff: Actor, watched: Path) -> None:
    assert get_watch_folder(app) is None
    with pytest.raises(PermissionDenied):
        set_watch_folder(app, staff, watched)
    set_watch_folder(app, manager, watched)
    assert get_watch_folder(app) == watched.resolve()
    set_watch_folder(app, manager, None)
    assert get_watch_folder(app) is None
