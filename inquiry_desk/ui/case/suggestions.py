"""What the importer only guessed, marked on the case view until staff confirm it.

Each suggested value carries an amber "suggested by import — please check" marker with a
Confirm button beside it; the review bar above the tabs says how many there are and has
Confirm all. A value corrected through Edit case… is confirmed by the edit itself
(services/cases/editing.py). The markers are built with the read-only pages; whether the
Confirm buttons show is the view's (`CaseView.set_editable`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from inquiry_desk.domain.edits import field_label
from inquiry_desk.domain.i18n import translate

# Called with the fields to confirm, or None for all of the case's suggestions.
Confirm = Callable[[tuple[str, ...] | None], None]
CONFIRM_BUTTON = "confirmSuggestion"
MARKER_STYLE = (
    "QLabel#suggestedMarker { background: #fff4e5; color: #8a5300; border: 1px solid #f0b45a; "
    "border-radius: 3px; padding: 0 4px; }"
)


def marked(
    value: QLabel,
    fields: Sequence[str],
    suggested: Collection[str],
    confirm: Confirm,
    *,
    compact: bool = False,
) -> QWidget:
    """``value`` as it is when none of ``fields`` is suggested; else marked, with Confirm.

    ``compact``: the header's grid, which must keep to a 1024-pixel screen. There the value
    itself turns amber and a small ✓ confirms it; the words are in the tooltips."""
    pending = tuple(f for f in fields if f in suggested)
    if not pending:
        return value
    row = QWidget()
    row.setObjectName("suggested:" + ",".join(pending))
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(value, 1)
    tip = translate(
        "CaseView",
        "Suggested by import — please check. The importer read this from the message or scan "
        "({fields}). Check it against the documents, then confirm it, or correct it with Edit case….",
    ).format(fields=translate("CaseView", ", ").join(field_label(f) for f in pending))
    button: QAbstractButton
    if compact:
        value.setObjectName("suggestedMarker")
        value.setStyleSheet(MARKER_STYLE)
        value.setToolTip(tip)
        button = QToolButton()
        button.setText("✓")
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    else:
        # Under the value rather than beside it: two party boxes side by side keep their width.
        layout.setDirection(QBoxLayout.Direction.TopToBottom)
        layout.setSpacing(2)
        marker = QLabel(translate("CaseView", "suggested by import — please check"))
        marker.setObjectName("suggestedMarker")
        marker.setStyleSheet(MARKER_STYLE)
        marker.setToolTip(tip)
        button = QPushButton(translate("CaseView", "Confirm"))
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(marker)
        line.addWidget(button)
        line.addStretch(1)
        layout.addLayout(line)
    button.setObjectName(CONFIRM_BUTTON)
    button.setProperty("fields", list(pending))
    button.setToolTip(translate("CaseView", "Confirm: this is right as the import read it"))
    button.clicked.connect(lambda: confirm(pending))
    return row


class ReviewBar(QFrame):
    """Above the tabs while the case has suggestions: how many, and Confirm all."""

    def __init__(self, confirm: Confirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBar")
        self.setStyleSheet(
            "QFrame#reviewBar { background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.confirm_all = QPushButton(translate("CaseView", "Confirm all"))
        self.confirm_all.setObjectName(CONFIRM_BUTTON + "All")
        self.confirm_all.setToolTip(translate("CaseView", "Every suggestion is right as the import read it"))
        self.confirm_all.clicked.connect(lambda: confirm(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.confirm_all)
        self.hide()

    def show_for(self, suggested: Sequence[str], editable: bool) -> None:
        if not suggested:
            self.hide()
            return
        count = len(suggested)  # a plain name: lupdate reads only such a count as a plural
        self.text.setText(
            translate(
                "CaseView",
                "Needs review: the import guessed %n field(s): {fields}. Check them against the "
                "documents, then confirm them or correct them with Edit case….",
                None,
                count,
            ).format(fields=translate("CaseView", ", ").join(field_label(f) for f in suggested))
        )
        self.confirm_all.setVisible(editable)
        self.show()
