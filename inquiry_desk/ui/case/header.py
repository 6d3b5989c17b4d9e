"""The head of a case view: reference, state, applicant, and the case's facts in a grid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from inquiry_desk.domain.enums import CaseState, Outcome
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services.cases.views import CaseDetail
from inquiry_desk.ui.case.suggestions import Confirm, marked
from inquiry_desk.ui.widgets.formatting import days_left_text, fmt_date, request_types_full


def build_header(header: QWidget, d: CaseDetail, today: date, confirm: Confirm) -> None:
    """The case's reference, state and facts in a grid, laid out again on ``header``; a fact
    the importer only guessed is marked, with ``confirm`` behind its Confirm button."""
    old = header.layout()
    if old is not None:
        QWidget().setLayout(old)  # reparent the old layout so it is deleted with a temp widget
    grid = QGridLayout(header)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(4)
    title = QLabel(d.ref)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    state = QLabel(label_of(d.state) + (translate("CaseView", "  ·  legal hold") if d.legal_hold else ""))
    state.setObjectName("stateBadge")
    state.setStyleSheet(
        "QLabel#stateBadge { background: #e8eef6; color: #1f3b5c; border-radius: 4px; padding: 2px 8px; }"
    )
    top = QHBoxLayout()
    top.addWidget(title)
    top.addSpacing(10)
    top.addWidget(state)
    if d.applicant_name and d.state is not CaseState.PURGED:
        who = QLabel(d.applicant_name)
        who.setStyleSheet("color: #3c4450;")
        who_font = QFont(who.font())
        who_font.setPointSizeF(who_font.pointSizeF() * 1.2)
        who.setFont(who_font)
        top.addSpacing(16)
        top.addWidget(who)
    top.addStretch(1)
    grid.addLayout(top, 0, 0, 1, 8)

    due = fmt_date(d.due)
    if d.state.clock_paused:
        due += translate("CaseView", "  (clock paused)")
    elif d.state.is_open and d.due:
        due += f"  ({days_left_text((d.due - today).days)})"
    # (label, value, the fields it shows for the import's suggestions)
    facts: list[tuple[str, str, tuple[str, ...]]] = [
        (translate("CaseView", "Kind"), label_of(d.kind), ("kind",)),
        (translate("CaseView", "Channel"), label_of(d.channel), ()),
        (translate("CaseView", "Received"), fmt_date(d.received), ()),
        (translate("CaseView", "Due"), due, ()),
        (translate("CaseView", "Jurisdiction"), label_of(d.jurisdiction), ("jurisdiction",)),
        (translate("CaseView", "Language"), label_of(d.language), ()),
        (translate("CaseView", "Assignee"), d.assignee or "—", ()),
        (translate("CaseView", "Requests"), request_types_full(d.request_types), ("request_types",)),
    ]
    if d.outcome:
        outcome = (
            translate("CaseView", "Merged into {ref}").format(ref=d.merged_into)
            if d.merged_into
            else outcome_text(d.outcome)
        )
        facts.append((translate("CaseView", "Outcome"), outcome + _deadline_met(d), ()))
    for i, (name, value, fields) in enumerate(facts):
        row, col = 1 + i % 4, (i // 4) * 2
        key = QLabel(name)
        key.setStyleSheet("color: #6b7280;")
        key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        val = QLabel(value)
        # Long values (several request types) wrap instead of widening the window past a
        # 1024-pixel screen.
        val.setWordWrap(True)
        val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        val.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(key, row, col)
        grid.addWidget(marked(val, fields, d.suggested, confirm, compact=True), row, col + 1)
    # The value columns take the room there is, so that a value wraps only when it must.
    for column in (1, 3, 5):
        grid.setColumnStretch(column, 1)


def _deadline_met(d: CaseDetail) -> str:
    if d.deadline_met is None:
        return ""
    if d.deadline_met:
        return translate("CaseView", "  (deadline met)")
    return translate("CaseView", "  (deadline missed)")


def outcome_text(value: str) -> str:
    """A stored outcome in the interface's language; one a newer version wrote, as stored."""
    try:
        return label_of(Outcome(value))
    except ValueError:
        return value.replace("_", " ").capitalize()
