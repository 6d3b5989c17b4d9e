"""A UI font that renders Japanese on every office PC.

Qt picks glyphs from fallback fonts itself, but its choice on Linux can be a Chinese face
(wrong glyph shapes for Japanese names) or nothing at all (tofu boxes). Putting a Japanese
family first in the application font's family list makes the choice deterministic.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP

JAPANESE_FAMILIES = (
    "Noto Sans CJK JP",
    "IPAexGothic",
    "Yu Gothic UI",
    "Yu Gothic",
    "Meiryo UI",
    "Meiryo",
    "Hiragino Sans",
)
BUNDLED_FONTS = QT_TRANSLATE_NOOP(
    "Fonts", "IPAexGothic and IPAexMincho — IPA Font License Agreement v1.0 (bundled for printed letters)"
)


def available_japanese_family() -> str | None:
    families = set(QFontDatabase.families())
    return next((name for name in JAPANESE_FAMILIES if name in families), None)


def install_ui_font(app: QApplication, point_size: float = 10.0) -> QFont:
    font = QFont(app.font())
    japanese = available_japanese_family()
    if japanese is None:
        # Fall back to the shipped IPAex Gothic (the printing code ships it anyway).
        from inquiry_desk.ui.widgets.resources import bundled_font_path

        path = bundled_font_path("ipaexg.ttf")
        if path is not None:
            ident = QFontDatabase.addApplicationFont(str(path))
            loaded = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
            japanese = loaded[0] if loaded else None
    base = [f for f in font.families() if f not in JAPANESE_FAMILIES]
    # A Latin UI family first (clean Latin letters), then the Japanese one for the rest.
    families = [*base[:1], "Noto Sans", japanese] if japanese else [*base[:1], "Noto Sans"]
    font.setFamilies([f for f in families if f])
    font.setPointSizeF(point_size)
    app.setFont(font)
    return font
