"""The frame the New inquiry and Edit case dialogs share: what arrived on the left, who sent it
on the right (the applicant, and a representative box that opens only when an agent acts), all
in one scroll area so that a small screen keeps the buttons in view; Save and Cancel below.

The callers pass their titles already translated, in their own translation context, so the
Japanese of each dialog stays where the translators put it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def party_box(title: str, form: QWidget) -> QGroupBox:
    """The applicant's (or any party's) fields under a title."""
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(form)
    return box


def representative_box(title: str, form: QWidget) -> QGroupBox:
    """A checkable box: its fields show only while it is checked (an agent acts)."""
    box = QGroupBox(title)
    box.setCheckable(True)
    QVBoxLayout(box).addWidget(form)
    box.toggled.connect(form.setVisible)
    return box


def two_columns(left: Sequence[QWidget], right: Sequence[QWidget]) -> QScrollArea:
    """The two columns side by side, each topped up from below, of equal width, scrolling."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(14)
    for column, widgets in enumerate((left, right)):
        stack = QVBoxLayout()
        for widget in widgets:
            stack.addWidget(widget)
        stack.addStretch(1)
        grid.addLayout(stack, 0, column)
        grid.setColumnStretch(column, 1)
    content = QWidget()
    content.setLayout(grid)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def save_cancel(
    save_text: str, save: Callable[[], object], cancel: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (with the dialog's own words) and Cancel; returns the box and its Save button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setText(save_text)
    buttons.accepted.connect(save)
    buttons.rejected.connect(cancel)
    return buttons, save_button
