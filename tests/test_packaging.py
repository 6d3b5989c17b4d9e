"""The desktop entry and AppStream metadata are valid (as Picard checks in its CI)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[1] / "packaging" / "linux"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (Debian packages desktop-file-utils, appstream)")
    return path


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / "jp.zengroup.InquiryDesk.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even hints


def test_appstream_metadata_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / "jp.zengroup.InquiryDesk.metainfo.xml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_launches_the_console_script() -> None:
    entry = (LINUX / "jp.zengroup.InquiryDesk.desktop").read_text(encoding="utf-8")
    pyproject = (LINUX.parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert "Exec=inquiry-desk\n" in entry
    assert 'inquiry-desk = "inquiry_desk.cli.main:main"' in pyproject
    assert (LINUX / "jp.zengroup.InquiryDesk.svg").is_file()
