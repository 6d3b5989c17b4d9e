"""A field with its validation message right underneath, as staff expect on a paper-like form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"
INVALID_PROPERTY = "invalid"


class FieldWithError(QWidget):
    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        # A label's Alt+key (its buddy is this row) and setFocus() reach the field itself.
        self.setFocusProxy(field)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        # A dynamic property lets the style sheet draw a red frame round the field.
        self.field.setProperty(INVALID_PROPERTY, bool(message))
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""
