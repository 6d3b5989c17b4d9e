"""Files shipped with the package (fonts for the UI fallback)."""

from __future__ import annotations

from pathlib import Path

_FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"  # inquiry_desk/resources


def bundled_font_path(name: str) -> Path | None:
    path = _FONT_DIR / name
    return path if path.is_file() else None
