"""The lifecycle of one case on the case view: state, deadline, and the actions allowed now.

Every button is an action the workflow service allows at this moment (with an Alt
mnemonic). Actions that need words — refusal reasons and the right to complain,
a send-back comment, a withdrawal note — open a small non-blocking dialog
(:mod:`.action_dialog`). What the services refuse is shown inline in the panel, never
as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.deadlines import Urgency
from inquiry_desk.domain.enums import CaseKind, CaseState, Outcome
from inquiry_desk.domain.i18n import in_language, label_of, translate, verb_of
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import category_text
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.lifecycle.actions import ActionInput, LifecycleStatus
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.action_dialog import ActionDialog
from inquiry_desk.ui.case.assignment_bar import AssignmentBar
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service, with_mnemonic
from inquiry_desk.ui.case.outcomes_editor import OutcomesDialog
from inquiry_desk.ui.widgets.formatting import fmt_date
from inquiry_desk.ui.widgets.unsaved import (
    CONFIRM_QUESTION,
    NO_BUTTON,
    YES_BUTTON,
    ask,
)

_COLUMNS = 3
# Outcomes are planned before the manager is asked (or after a send-back).
_PLANNING = frozenset(
    {CaseState.RECEIVED, CaseState.AWAITING_APPLICANT, CaseState.VERIFYING, CaseState.IN_PROGRESS}
)


class LifecyclePanel(QWidget):
    changed = Signal()

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.status: LifecycleStatus | None = None
        self.dialog: ActionDialog | None = None
        self.buttons: dict[Action, QPushButton] = {}
        self._placeholders: list[QPushButton] = []

        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        font = self.state_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.state_label.setFont(font)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.assignment = AssignmentBar(lifecycle, actor, ref)
        self.assignment.changed.connect(self.changed)
        self.assignment.reload_requested.connect(self.refresh)
        self.message = InlineMessage()
        self.outcomes_button = QPushButton(translate("LifecyclePanel", "Plan outcomes per request…"))
        self.outcomes_button.setObjectName("planOutcomes")
        self.outcomes_button.clicked.connect(self.plan_outcomes)
        self.outcomes_dialog: OutcomesDialog | None = None
        box = QGroupBox(translate("LifecyclePanel", "Actions"))
        self.grid = QGridLayout(box)
        self.grid.setHorizontalSpacing(8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.due_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.assignment)
        layout.addWidget(self.outcomes_button)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        if run_service(self.message, self._load):
            assert self.status is not None
            self.show_status(self.status)

    def show_status(self, status: LifecycleStatus) -> None:
        self.status = status
        self.state_label.setText(label_of(status.state))
        self.due_label.setText(self._due_text(status))
        colour = {Urgency.OVERDUE: "#a40000", Urgency.DUE_SOON: "#8a5a00"}.get(
            status.urgency or Urgency.ON_TRACK, ""
        )
        self.due_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        # Who holds the case is shown (and changed) in the assignment bar below.
        received = translate("LifecyclePanel", "received {date}").format(date=fmt_date(status.received))
        details = [f"{label_of(status.kind)} · {label_of(status.jurisdiction)} · {received}"]
        if status.pending_approval:
            details.append(
                translate("LifecyclePanel", "Waiting for the manager: {lower}").format(
                    lower=in_language(status.pending_approval.label.lower(), status.pending_approval.label_ja)
                )
            )
        if status.outcome:
            met = {
                True: translate("LifecyclePanel", "deadline met"),
                False: translate("LifecyclePanel", "deadline missed"),
                None: "",
            }[status.deadline_met]
            ground = f" — {category_text(status.refusal_category)}" if status.refusal_category else ""
            details.append(
                translate("LifecyclePanel", "Outcome: {replace}{ground}").format(
                    replace=_outcome_label(status.outcome), ground=ground
                )
                + (f" ({met})" if met else "")
            )
        if len(status.type_outcomes) > 1 or (status.type_outcomes and status.state in _PLANNING):
            # One wrapped line, however many requests: the panel sits beside the case's facts.
            each = translate("LifecyclePanel", "; ").join(o.text() for o in status.type_outcomes)
            details.append(translate("LifecyclePanel", "Per request: {each}").format(each=each))
        if status.legal_hold:
            details.append(translate("LifecyclePanel", "Legal hold"))
        self.detail_label.setText("\n".join(details))
        self.outcomes_button.setVisible(
            status.kind is CaseKind.REQUEST and bool(status.request_types) and status.state in _PLANNING
        )
        self._rebuild_buttons(status)
        self.assignment.refresh(status, avoid=self.buttons.values())

    def _load(self) -> None:
        self.status = self.lifecycle.workflow.status(self.actor, self.ref)

    @staticmethod
    def _due_text(status: LifecycleStatus) -> str:
        if status.due is None:
            return translate("LifecyclePanel", "No due date")
        text = translate("LifecyclePanel", "Due {due}").format(due=fmt_date(status.due))
        if status.clock_paused:
            return text + translate("LifecyclePanel", " — clock paused while waiting for the applicant")
        if status.days_left is None:
            return text
        if status.days_left < 0:
            late = -status.days_left  # a plain name: lupdate drops a computed count
            return text + translate("LifecyclePanel", " — %n day(s) overdue", None, late)
        return text + (
            translate("LifecyclePanel", " — due today")
            if status.days_left == 0
            else translate("LifecyclePanel", " — {days_left} days left").format(days_left=status.days_left)
        )

    def _rebuild_buttons(self, status: LifecycleStatus) -> None:
        for button in [*self.buttons.values(), *self._placeholders]:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.buttons, self._placeholders = {}, []
        used: set[str] = set()
        allowed = [o for o in status.options if o.allowed]
        for index, option in enumerate(allowed):
            verb = verb_of(option.action) + ("…" if option.needs_input else "")
            button = QPushButton(with_mnemonic(verb, used))
            button.setObjectName(f"action_{option.action.value}")
            button.setToolTip(label_of(option.action))
            button.clicked.connect(lambda _checked=False, o=option: self.start(o.action))
            self.grid.addWidget(button, index // _COLUMNS, index % _COLUMNS)
            self.buttons[option.action] = button
        if not allowed:
            # Say why nothing can be done rather than showing an empty box.
            blocked = next(
                (o.reason for o in status.options if o.reason),
                translate("LifecyclePanel", "No action is possible now."),
            )
            placeholder = QPushButton(blocked)
            placeholder.setEnabled(False)
            self.grid.addWidget(placeholder, 0, 0, 1, _COLUMNS)
            self._placeholders.append(placeholder)

    # --- acting --------------------------------------------------------------------------
    def start(self, action: Action) -> None:
        """The button's work: act at once, or open the dialog for what the action needs."""
        assert self.status is not None
        option = next(o for o in self.status.options if o.action is action)
        if action is Action.CLOSE:
            self.confirm_close()
            return
        if not option.needs_input:
            self.perform(action, ActionInput())
            return
        # The dialog performs the action and stays open on a refusal, with what was typed.
        dialog = ActionDialog(
            option, self.status, self, submit=lambda inp: self._act(action, inp), reload=self.refresh
        )
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()  # non-blocking: tests and the event loop keep running

    def plan_outcomes(self) -> None:
        assert self.status is not None
        dialog = OutcomesDialog(self.lifecycle, self.actor, self.status, self)
        dialog.saved.connect(self._outcomes_saved)
        dialog.finished.connect(lambda _result: self._outcomes_closed(dialog))
        self.outcomes_dialog = dialog
        dialog.open()  # non-blocking

    def _outcomes_closed(self, dialog: OutcomesDialog) -> None:
        if self.outcomes_dialog is dialog:
            self.outcomes_dialog = None
        dialog.deleteLater()

    def _outcomes_saved(self) -> None:
        self.refresh()
        self.message.info(translate("LifecyclePanel", "Outcomes saved."))
        self.changed.emit()

    def confirm_close(self) -> None:
        """Closing is asked first: one click must not start the case's way to the purge."""
        ask(
            self,
            CONFIRM_QUESTION,
            translate("LifecyclePanel", "Close case {ref}?").format(ref=self.ref),
            translate(
                "LifecyclePanel",
                "A closed case leaves the open cases. Once the grace period has passed, its personal "
                "data is purged unless the case is reopened or on legal hold.",
            ),
            (
                (translate("LifecyclePanel", "&Close case"), YES_BUTTON),
                (translate("LifecyclePanel", "Cancel"), NO_BUTTON),
            ),
            lambda: self.perform(Action.CLOSE, ActionInput()),
            title=translate("LifecyclePanel", "Close case"),
        )

    def has_unsaved_input(self) -> bool:
        """An action dialog open (or hidden by the idle lock) with something typed in it."""
        dialog = self.dialog  # forgotten when it finishes
        planning = self.outcomes_dialog
        return (
            (dialog is not None and dialog.has_unsaved_input())
            or (planning is not None and planning.has_unsaved_input())
            or self.assignment.has_unsaved_input()
        )

    def _dialog_closed(self, dialog: ActionDialog) -> None:
        # Deleted here rather than with WA_DeleteOnClose: with that attribute PySide 6.11.3
        # crashed in ~QObject when an accepted dialog and its case tab were deleted in the
        # same pass of the event loop (see case/clock_ledger_view.py).
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def perform(self, action: Action, inp: ActionInput) -> bool:
        """An action without a dialog (or confirmed by a question): a refusal shows in the panel."""
        return run_service(self.message, lambda: self._act(action, inp))

    def _act(self, action: Action, inp: ActionInput) -> None:
        """Perform ``action``; a refusal (UserError) is raised to whoever shows it."""
        status = self.lifecycle.workflow.act(
            self.actor,
            self.ref,
            action,
            inp,
            # The version on screen: an action decided on a stale state is refused.
            expected_version=self.status.version if self.status else None,
        )
        self.show_status(status)  # what the action returns: no second read of the status
        self.message.info(translate("LifecyclePanel", "Done: {label}.").format(label=label_of(action)))
        self.changed.emit()


def _outcome_label(value: str) -> str:
    """A stored outcome in the interface's language; one a newer version wrote, as stored."""
    try:
        return label_of(Outcome(value))
    except ValueError:
        return value.replace("_", " ")
