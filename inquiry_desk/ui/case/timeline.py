"""A case's timeline tab: who did what when, in sentences rather than stored JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from inquiry_desk.domain.edits import describe_event
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.cases.views import EventView
from inquiry_desk.services.intake.returned_forms import RETURNED_FORM_EVENT
from inquiry_desk.ui.widgets.formatting import fmt_datetime

# What staff typed with a lifecycle action, as the timeline names it.
_DETAIL_LABELS = {
    "comment": QT_TRANSLATE_NOOP("CaseView", "Comment"),
    "reasons": QT_TRANSLATE_NOOP("CaseView", "Reasons"),
    "right_to_complain": QT_TRANSLATE_NOOP("CaseView", "Right to complain"),
}


def timeline_tree(events: Sequence[EventView]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName("timeline")
    tree.setHeaderLabels(
        [
            translate("CaseView", "When"),
            translate("CaseView", "Who"),
            translate("CaseView", "What"),
            translate("CaseView", "Details"),
        ]
    )
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)  # a long summary or comment wraps instead of being cut off
    tree.setUniformRowHeights(False)
    for e in events:
        texts = [fmt_datetime(e.at), e.actor, _event_summary(e.action, e.summary), _event_detail(e.detail)]
        item = QTreeWidgetItem(texts)
        for col, text in enumerate(texts):
            item.setToolTip(col, text)
        tree.addTopLevelItem(item)
    metrics = tree.fontMetrics()
    widths = (metrics.horizontalAdvance(fmt_datetime(datetime(2026, 12, 31, 23, 59))) + 24, 150, 380)
    for col, width in enumerate(widths):
        tree.setColumnWidth(col, width)
    return tree


def _event_detail(detail: str) -> str:
    """An event's typed details as lines ("Comment: …"), not the JSON they are stored as."""
    try:
        values = json.loads(detail) if detail.startswith("{") else None
    except ValueError:
        values = None
    if not isinstance(values, dict):
        return detail
    lines = []
    for key, value in values.items():
        label = _DETAIL_LABELS.get(key)
        name = translate("CaseView", label) if label else key.replace("_", " ").capitalize()
        lines.append(translate("CaseView", "{name}: {value}").format(name=name, value=value))
    return "\n".join(lines)


def _event_summary(action: str, summary: str) -> str:
    """A lifecycle step or an edit in the interface's language; other events as recorded."""
    if action == RETURNED_FORM_EVENT:
        return translate("CaseView", "Returned form received (filed by its QR code)")
    return describe_event(action, summary)
