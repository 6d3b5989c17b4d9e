"""A calm office look: Fusion with a light neutral palette and a quiet blue accent."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f5f8f"
STYLE_SHEET = """
QToolBar { border: none; spacing: 6px; padding: 4px 6px; }
QStatusBar QLabel { padding: 0 10px; color: #4b5563; }
QGroupBox { font-weight: 600; border: 1px solid #d5dae1; border-radius: 6px; margin-top: 14px;
            padding: 10px 8px 8px 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QTreeWidget { font-weight: normal; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid #d5dae1;
                       background: #f3f5f8; font-weight: 600; }
QTableView { border: 1px solid #d5dae1; selection-background-color: #cfe0f3;
             selection-color: #111827; }
QTabWidget::pane { border: none; }
*[invalid="true"] { border: 1px solid #b3261e; border-radius: 3px; }
#lockScreen { background: #f3f5f8; }
"""


def apply_style(app: QApplication) -> None:
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eef1f5"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
