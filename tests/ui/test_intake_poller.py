"""The watched folder is imported in the background while the window is open."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.intake.watch_folder import set_watch_folder
from inquiry_desk.ui.intake.poller import IntakePoller, PollSummary


def test_poller_imports_the_watched_folder(
    qtbot: QtBot, app: App, staff: Actor, manager: Actor, samples_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "fax-out"
    folder.mkdir()
    for name in ("13-fax-correction.tif", "01-access-request-gdpr.eml"):
        target = folder / name
        shutil.copy(samples_dir / "inbox" / name, target)
        old = time.time() - 60  # finished writing a minute ago
        os.utime(target, (old, old))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    os.utime(folder / "broken.pdf", (time.time() - 60,) * 2)
    set_watch_folder(app, manager, folder)
    poller = IntakePoller(app, staff, interval_ms=3_600_000)
    with qtbot.waitSignal(poller.polled, timeout=60_000) as signal:
        assert poller.start()
    summary = signal.args[0]
    assert isinstance(summary, PollSummary)
    assert (summary.imported, summary.refused, summary.problems) == (2, 1, ())
    assert app.register.count(RegisterFilter()) == 2
    processed = sorted((folder / "processed").iterdir(), key=lambda p: p.suffix)
    assert [(p.name[:3], p.suffix) for p in processed] == [("PI-", ".eml"), ("PI-", ".tif")]
    assert (folder / "rejected" / "broken.pdf").exists()
    poller.stop()
    assert poller.wait()


def test_poller_does_not_start_for_someone_who_may_not_import(app: App) -> None:
    poller = IntakePoller(app, Actor("it", "admin"))
    assert not poller.start()


def test_controller_reloads_the_register_after_a_poll(
    qtbot: QtBot, controller, manager: Actor, samples_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    target = folder / "14-mailed-letter-scan.png"
    shutil.copy(samples_dir / "inbox" / target.name, target)
    os.utime(target, (time.time() - 60,) * 2)
    set_watch_folder(controller.app, manager, folder)
    before = controller.model.rowCount()
    poller = controller.jobs.start_intake_poller(interval_ms=3_600_000)
    qtbot.waitUntil(lambda: controller.model.rowCount() == before + 1, timeout=60_000)
    assert "Imported 1 new item" in controller.window.statusBar().currentMessage()
    poller.stop()
    assert poller.wait()
