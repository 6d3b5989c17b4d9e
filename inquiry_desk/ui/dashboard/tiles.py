"""The key figures above the dashboard's charts: a big number over a small caption."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

LATE_COLOUR = "#a3261b"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class Tile(QFrame):
    """A key figure: big number, small caption."""

    def __init__(self, caption: str, tip: str = "") -> None:
        super().__init__()
        self.setObjectName("dashboardTile")
        self.setStyleSheet(
            "#dashboardTile { background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #4b5563;")
        # Eight tiles in a row must fit a 1024-pixel screen: a long caption wraps instead.
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setToolTip(tip)

    def set(self, text: str, alert: bool = False) -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {LATE_COLOUR};" if alert else "")
