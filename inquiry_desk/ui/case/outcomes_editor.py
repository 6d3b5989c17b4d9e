"""Each request type's outcome, chosen row by row: the response dialog and the planning dialog.

One row per request type of the case: what the answer is (granted, partly granted, refused,
no data held) and, for a refusal whole or in part, its legal ground. The ground is chosen, never
defaulted: it is counted in the monthly report and printed in the letter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QLabel, QVBoxLayout, QWidget

from inquiry_desk.domain.enums import RequestType
from inquiry_desk.domain.i18n import in_language, translate
from inquiry_desk.domain.outcomes import TypeOutcome, TypeResult
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.lifecycle.actions import LifecycleStatus
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, ok_cancel_buttons, run_service
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting
from inquiry_desk.ui.widgets.unsaved import FormSnapshot, close_or_ask


class OutcomesEditor(QWidget):
    changed = Signal()

    def __init__(
        self, types: list[RequestType], planned: list[TypeOutcome], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomesEditor")
        by_type = {o.request_type: o for o in planned}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(translate("OutcomesEditor", "Request")), 0, 0)
        grid.addWidget(QLabel(translate("OutcomesEditor", "Outcome")), 0, 1)
        grid.addWidget(QLabel(translate("OutcomesEditor", "Legal ground of a refusal")), 0, 2)
        self.rows: dict[RequestType, tuple[QComboBox, QComboBox]] = {}
        for row, request_type in enumerate(types, start=1):
            result = QComboBox()
            result.setObjectName(f"result_{request_type.value}")
            for value in TypeResult:
                result.addItem(in_language(value.label, value.label_ja), value)
            ground = QComboBox()
            ground.setObjectName(f"ground_{request_type.value}")
            ground.addItem(translate("OutcomesEditor", "Choose the legal ground…"), None)
            for category in RefusalCategory:
                ground.addItem(in_language(category.label, category.label_ja), category)
                if category.basis:
                    ground.setItemData(ground.count() - 1, category.basis, Qt.ItemDataRole.ToolTipRole)
            current = by_type.get(request_type, TypeOutcome(request_type, TypeResult.GRANTED))
            result.setCurrentIndex(result.findData(current.result))
            if current.ground is not None:
                ground.setCurrentIndex(ground.findData(current.ground))
            label = QLabel(in_language(request_type.label, request_type.label_ja))
            label.setBuddy(result)
            grid.addWidget(label, row, 0)
            grid.addWidget(result, row, 1)
            grid.addWidget(ground, row, 2)
            result.currentIndexChanged.connect(self._update)
            ground.currentIndexChanged.connect(self._update)
            self.rows[request_type] = (result, ground)
        grid.setColumnStretch(2, 1)
        self._update()

    def _update(self) -> None:
        for result, ground in self.rows.values():
            ground.setEnabled(TypeResult(result.currentData()).needs_ground)
        self.changed.emit()

    def set_outcome(
        self, request_type: RequestType, result: TypeResult, ground: RefusalCategory | None = None
    ) -> None:
        combo, grounds = self.rows[request_type]
        combo.setCurrentIndex(combo.findData(result))
        grounds.setCurrentIndex(grounds.findData(ground) if ground else 0)

    def is_complete(self) -> bool:
        """Every refusal has its ground."""
        return all(
            not TypeResult(r.currentData()).needs_ground or g.currentData() is not None
            for r, g in self.rows.values()
        )

    def outcomes(self) -> list[TypeOutcome]:
        found = []
        for request_type, (result, ground) in self.rows.items():
            value = TypeResult(result.currentData())  # Qt hands enum data back as strings
            raw = ground.currentData() if value.needs_ground else None
            found.append(TypeOutcome(request_type, value, RefusalCategory(raw) if raw else None))
        return found


class OutcomesDialog(QDialog):
    """Plan the outcomes before the response is drafted and submitted (non-blocking)."""

    saved = Signal()

    def __init__(
        self, lifecycle: Lifecycle, actor: Actor, status: LifecycleStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lifecycle, self.actor, self.ref = lifecycle, actor, status.ref
        self.version = status.version  # what saving quotes; a colleague's change is not overwritten
        self.setObjectName("outcomesDialog")
        self.setWindowTitle(translate("OutcomesEditor", "Outcomes of {ref}").format(ref=status.ref))
        self.setMinimumWidth(560)
        self.editor = OutcomesEditor(list(status.request_types), list(status.type_outcomes))
        self.message = InlineMessage()
        self.stale = StaleBanner()
        self.stale.reload_requested.connect(self.reload)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, translate("OutcomesEditor", "&Save"), self.save
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("OutcomesEditor", "The letter's 記 section lists each request with its outcome.")
            )
        )
        layout.addWidget(self.editor)
        layout.addWidget(self.stale)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.editor.changed.connect(lambda: self.ok_button.setEnabled(self.editor.is_complete()))
        self.ok_button.setEnabled(self.editor.is_complete())
        self.unsaved = FormSnapshot(self.editor)

    def has_unsaved_input(self) -> bool:
        return self.unsaved.changed

    def reject(self) -> None:
        close_or_ask(self, self.has_unsaved_input(), super().reject)

    def reload(self) -> None:
        """The case as it is now (the next save quotes its version); the choices stay as made."""
        status: list[LifecycleStatus] = []
        if run_service(
            self.message, lambda: status.append(self.lifecycle.workflow.status(self.actor, self.ref))
        ):
            self.version = status[0].version

    def save(self) -> None:
        if run_quoting(
            self.message,
            self.stale,
            lambda: self.lifecycle.outcomes.set(
                self.actor, self.ref, self.editor.outcomes(), expected_version=self.version
            ),
        ):
            self.unsaved.reset()
            self.saved.emit()
            self.accept()
