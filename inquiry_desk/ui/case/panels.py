"""The working panels of an opened case, built for the case view and wired to each other.

Which panels a case gets depends on its kind: every case has the lifecycle panel, the
clock ledger and the Post tab (requests, questions and complaints all get a reply by
letter); only requests verify identity, may cost a fee, and have the data held reviewed.
When a panel changes the case, ``case_changed(view, panel)`` (the controller's) refreshes
the others, the view and the register.

The panel modules are imported on first use, like the intake dialog: a session that
opens no case never pays for them (this module itself is light and imported at start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from inquiry_desk.domain.enums import CaseKind
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from inquiry_desk.services.actors import Actor
    from inquiry_desk.services.cases.views import CaseDetail
    from inquiry_desk.services.lifecycle.services import Lifecycle
    from inquiry_desk.services.records.portable import PortableService
    from inquiry_desk.services.records.service import RecordService
    from inquiry_desk.ui.case.view import CaseView

# Titles of the working tabs of a case (tests and screenshots find them by title).
IDENTITY_TAB, CLOCK_TAB, FEES_TAB, POST_TAB, DATA_TAB = (
    QT_TRANSLATE_NOOP("Panels", "Identity"),
    QT_TRANSLATE_NOOP("Panels", "Clock"),
    QT_TRANSLATE_NOOP("Panels", "Fees"),
    QT_TRANSLATE_NOOP("Panels", "Post"),
    QT_TRANSLATE_NOOP("Panels", "Data held"),
)

CaseChanged = Callable[["CaseView", "QWidget"], None]


def add_case_panels(
    lifecycle: Lifecycle,
    actor: Actor,
    view: CaseView,
    detail: CaseDetail,
    case_changed: CaseChanged,
    records: RecordService | None = None,
    portable: PortableService | None = None,
) -> None:
    from inquiry_desk.ui.case.clock_ledger_view import ClockLedgerView
    from inquiry_desk.ui.case.fee_panel import FeePanel
    from inquiry_desk.ui.case.lifecycle_panel import LifecyclePanel
    from inquiry_desk.ui.case.postal_panel import PostalPanel, sent_letter_titles
    from inquiry_desk.ui.case.verification_panel import VerificationPanel

    def follow(panel: QWidget) -> None:
        panel.changed.connect(lambda: case_changed(view, panel))  # type: ignore[attr-defined]

    ref = detail.ref
    panel = LifecyclePanel(lifecycle, actor, ref)
    panel.setObjectName("lifecyclePanel")
    view.set_lifecycle_panel(panel)
    follow(panel)
    is_request = detail.kind is CaseKind.REQUEST
    if is_request:
        # Questions and complaints skip verification, and no fee is asked for them.
        verification = VerificationPanel(lifecycle, actor, ref)
        view.add_panel(verification, IDENTITY_TAB)
        follow(verification)
    clock = ClockLedgerView(lifecycle, actor, ref)
    view.add_panel(clock, CLOCK_TAB)
    follow(clock)
    if is_request:
        fees = FeePanel(lifecycle, actor, ref)
        view.add_panel(fees, FEES_TAB)
        follow(fees)
    if is_request and records is not None:
        # What the company's systems hold, reviewed for the disclosure (its enclosure and copy).
        from inquiry_desk.ui.case.records_panel import RecordsPanel

        held = RecordsPanel(records, actor, ref, portable=portable)
        view.add_panel(held, DATA_TAB)
        follow(held)
    post = PostalPanel(lifecycle, actor, ref, sent_letter_titles(detail.events))
    view.add_panel(post, POST_TAB)
    follow(post)
