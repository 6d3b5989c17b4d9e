"""The preview's banner for characters the font cannot print, with "Print anyway" (as 〓)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.documents.service import MissingGlyphsError


class GlyphWarning(QFrame):
    """A banner, not a modal box: the user sees the preview while deciding."""

    print_anyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glyphWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#glyphWarning { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(translate("GlyphWarning", "Print anyway"))
        self.button.setToolTip(translate("GlyphWarning", "Print the missing characters as 〓 (geta mark)"))
        self.button.clicked.connect(self.print_anyway.emit)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_problems(self, error: MissingGlyphsError) -> None:
        lines = "<br>".join(p.describe().replace("&", "&amp;").replace("<", "&lt;") for p in error.problems)
        self.label.setText(
            translate(
                "GlyphWarning",
                "<b>The font cannot print some characters.</b> Correct them in the "
                "case's details (usually to the common form of the character), or "
                "print them as 〓 (geta mark):<br>",
            )
            + lines
        )
        self.show()
