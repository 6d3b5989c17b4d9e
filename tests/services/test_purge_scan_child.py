"""The erasure check runs in a child process: it finds what it must, and a broken child fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from inquiry_desk.cli import main as cli
from inquiry_desk.services.purge import scan_child as purge_scan_child
from inquiry_desk.services.purge.scan import PatternSet
from inquiry_desk.services.purge.scan_child import scan_paths_in_child


def _pset(*values: str) -> PatternSet:
    pset = PatternSet()
    for value in values:
        pset.add_text(value)
    return pset


def test_child_finds_a_value_in_shift_jis_and_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_bytes(b"nothing here")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "letter.txt").write_bytes("宛先 山田花子 様".encode("cp932"))
    result = scan_paths_in_child([tmp_path], _pset("山田花子"), relative_to=tmp_path)
    assert result.error is None
    assert result.files == 2
    assert result.hits == 1
    assert result.hit_files == ("sub/letter.txt",)
    assert not result.passed


def test_child_passes_a_clean_folder(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00" * 4096)
    result = scan_paths_in_child([tmp_path], _pset("山田花子", "hanako@example.jp"))
    assert result.error is None and result.hits == 0 and result.passed


def test_a_child_that_cannot_run_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        purge_scan_child, "child_command", lambda: [sys.executable, "-c", "import sys; sys.exit(3)"]
    )
    result = scan_paths_in_child([tmp_path], _pset("山田花子"))
    assert result.error is not None and "exit code 3" in result.error
    assert not result.passed


def test_the_values_never_reach_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []
    real_run = subprocess.run

    def spy(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        seen.append(list(cmd))
        return real_run(cmd, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(purge_scan_child.subprocess, "run", spy)
    scan_paths_in_child([tmp_path], _pset("山田花子"))
    assert seen and not any("山田花子" in part for part in seen[0])


def test_a_frozen_build_runs_the_child_through_the_program_itself(tmp_path: Path) -> None:
    """`inquiry-desk --erasure-check-child` is the child, as a frozen build calls it."""
    assert cli.ERASURE_CHECK_CHILD == purge_scan_child.CHILD_ARG
    (tmp_path / "f.txt").write_bytes("山田花子".encode("utf-16-le"))
    request = purge_scan_child._encode_request([tmp_path], _pset("山田花子"), None)
    code = "import sys; from inquiry_desk.cli.main import main; sys.exit(main([sys.argv[1]]))"
    proc = subprocess.run(
        [sys.executable, "-c", code, purge_scan_child.CHILD_ARG],
        input=request,
        capture_output=True,
        check=True,
    )
    assert b'"hits": 1' in proc.stdout
