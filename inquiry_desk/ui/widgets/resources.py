"""Files shipped with the package: fonts for the UI fallback, the application's icon."""

from __future__ import annotations

from pathlib import Path

_RESOURCES = Path(__file__).resolve().parents[2] / "resources"  # inquiry_desk/resources
_FONT_DIR = _RESOURCES / "fonts"
# A copy of resources/icons/ at the top of the project (the source), so that the wheel has it.
APP_ICON = _RESOURCES / "icons" / "jp.zengroup.InquiryDesk.svg"


def bundled_font_path(name: str) -> Path | None:
    path = _FONT_DIR / name
    return path if path.is_file() else None
