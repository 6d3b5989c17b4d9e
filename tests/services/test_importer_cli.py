"""`inquiry-desk import --json` and `watch-folder --once`, through the real CLI entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from inquiry_desk.cli import main as cli
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


@pytest.fixture
def main(monkeypatch: pytest.MonkeyPatch, staff: Actor, manager: Actor) -> None:
    monkeypatch.setenv("INQUIRY_DESK_USER", "tanaka")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "correct horse")


def test_import_json(
    main: None,
    app: App,
    data_dir: Path,
    key_store: MemoryMasterKeyStore,
    samples_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    sample = samples_dir / "inbox" / "01-access-request-gdpr.eml"
    code = cli.main(
        ["--data-dir", str(data_dir), "import", str(sample), str(sample), str(bad), "--json"],
        key_store=key_store,
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert [line["status"] for line in lines] == ["created", "duplicate", "refused"]
    assert lines[0]["ref"] == "PI-2026-0001" and lines[2]["reason"]
    assert set(lines[0]) == {"file", "status", "ref", "warnings", "reason"}
    assert bad.exists()


def test_watch_folder_once(
    main: None,
    app: App,
    data_dir: Path,
    key_store: MemoryMasterKeyStore,
    samples_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import os
    import time

    folder = tmp_path / "scans"
    folder.mkdir()
    target = folder / "14-mailed-letter-scan.png"
    shutil.copy(samples_dir / "inbox" / target.name, target)
    os.utime(target, (time.time() - 60, time.time() - 60))
    code = cli.main(
        ["--data-dir", str(data_dir), "watch-folder", "--set", str(folder), "--once"], key_store=key_store
    )
    assert code == 0
    [kept] = (folder / "processed").iterdir()
    assert kept.name.startswith("PI-") and kept.suffix == ".png"
    assert "created" in capsys.readouterr().out
