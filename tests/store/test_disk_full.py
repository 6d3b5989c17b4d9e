"""A full disk is named as such, on a real (small) file system, and loses nothing written before."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from inquiry_desk.domain.errors import DatabaseProblem
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.demo.generator import fill_demo
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=False)
    if done.returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), open(folder / "filler", "wb") as handle:  # closing may fail too
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()


def test_a_full_disk_says_the_disk_is_full(small_disk: Path, key_store: MemoryMasterKeyStore) -> None:
    data = small_disk / "data"
    app = App.open(data, key_store=key_store)
    try:
        fill_demo(app, cases=3, purged=0)
        _fill(small_disk)
        with pytest.raises(DatabaseProblem) as err:
            for n in range(2000):  # enough to need new pages of the WAL
                app.audit_event("tester", "test.fill", None, {"n": n, "pad": "x" * 2000})
        assert "disk holding the data folder is full" in str(err.value)
        assert "I/O" not in str(err.value)
    finally:
        app.close()
    (small_disk / "filler").unlink()
    reopened = App.open(data, key_store=key_store)
    try:
        assert reopened.register.count(RegisterFilter()) == 3  # what was written before is all there
    finally:
        reopened.close()
