"""Windows sized for the screen they open on: an office PC may have 1366×768 or 1024×700.

A window asks for the size it would like; it gets at most the screen's free area (without the
taskbar) less a margin for the title bar and frame, so that its buttons are never below the
bottom of the screen. What it holds scrolls or wraps inside that.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and frame, which Qt's size does not include.
FRAME_MARGIN = (16, 40)


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), or to what the screen has room for if that is less."""
    area = available_area(widget)
    widget.resize(
        max(min(width, area.width() - FRAME_MARGIN[0]), widget.minimumSizeHint().width()),
        max(min(height, area.height() - FRAME_MARGIN[1]), widget.minimumSizeHint().height()),
    )
