"""The desktop entry and AppStream metadata are valid (as Picard checks in its CI)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


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
    assert (ROOT / "resources" / "icons" / "jp.zengroup.InquiryDesk.svg").is_file()


def test_the_window_has_its_own_icon_shipped_in_the_package(
    qtbot: object, app: object, staff: object, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from inquiry_desk.ui.main_controller import MainController
    from inquiry_desk.ui.widgets.resources import APP_ICON

    source = ROOT / "resources" / "icons" / APP_ICON.name
    assert APP_ICON.read_bytes() == source.read_bytes()  # the package's copy is the source's
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctl = MainController(app, staff, settings=settings)  # type: ignore[arg-type]
    qtbot.addWidget(ctl.window)  # type: ignore[attr-defined]
    icon = ctl.window.windowIcon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()


def test_the_windows_installer_installs_the_frozen_build_and_registers_the_purge() -> None:
    """Inno Setup does not run here; what the script relies on is checked instead: the folder
    the spec builds, the program's name, and the path it rewrites in the task file."""
    windows = ROOT / "packaging" / "windows"
    script = (windows / "inquiry-desk.iss").read_text(encoding="utf-8")
    spec = (ROOT / "packaging" / "pyinstaller" / "inquiry-desk.spec").read_text(encoding="utf-8")
    task = (windows / "inquiry-desk-purge.xml").read_text(encoding="utf-8")
    assert 'name="inquiry-desk"' in spec and r'Source: "..\..\dist\inquiry-desk\*"' in script
    assert r'Filename: "{app}\inquiry-desk.exe"' in script  # the Start-menu entry
    placeholder = r"%LOCALAPPDATA%\Programs\InquiryDesk\inquiry-desk.exe"
    assert f"<Command>{placeholder}</Command>" in task and f"'{placeholder}'" in script
    assert "<Arguments>purge</Arguments>" in task
    assert "/Create /F /TN" in script and "/Delete /F /TN" in script  # registered, and removed again
    assert "PrivilegesRequired=lowest" in script  # the desktop user's, like the key in its keyring
