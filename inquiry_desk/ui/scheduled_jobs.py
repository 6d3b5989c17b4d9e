"""The work a signed-in window runs on its own: the scheduled purge (now, then every hour) and
the import from the watched folder and mailbox (now, then every few minutes).

Both are started at sign-in, each once; their outcome goes to the status bar (the purge
keeps its own label, red when the erasure check failed). What they change comes back as
`cases_purged` and `intake_imported` for the controller to reload the register, the case
tabs and the dashboard. On close, `stop()` lets a running job finish its transaction first.

The two job modules are imported when started, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from inquiry_desk.services.purge.service import PurgeReceipt
    from inquiry_desk.ui.admin.purge_timer import PurgeTimer
    from inquiry_desk.ui.intake.poller import IntakePoller, PollSummary


class ScheduledJobs(QObject):
    cases_purged = Signal()  # a scheduled purge erased at least one case
    intake_imported = Signal()  # the poller imported or refused something

    def __init__(
        self, app: App, actor: Actor, window: MainWindow, status: Callable[[str, int], None]
    ) -> None:
        super().__init__(window)
        self.app = app
        self.actor = actor
        self.window = window
        self._status = status
        self.purge_timer: PurgeTimer | None = None
        self.intake_poller: IntakePoller | None = None

    # --- scheduled purge ------------------------------------------------------------------
    def start_purge_timer(self, interval_ms: int | None = None) -> PurgeTimer:
        """At sign-in: purge what is due now, then every hour while the app is open."""
        from inquiry_desk.ui.admin.purge_timer import HOUR_MS, PurgeTimer

        if self.purge_timer is None:
            self.purge_timer = PurgeTimer(self.app.purge, self.window, interval_ms=interval_ms or HOUR_MS)
            self.purge_timer.purged.connect(self._purge_done)
            self.purge_timer.failed.connect(self._purge_failed)
            self.purge_timer.start()
        return self.purge_timer

    def _purge_done(self, receipt: PurgeReceipt) -> None:
        from inquiry_desk.ui.admin.purge_timer import receipt_status

        text, tooltip, alarming = receipt_status(receipt)
        if receipt.refs:
            self.cases_purged.emit()
        label = self.window.purge_label
        label.setToolTip(tooltip)
        label.setStyleSheet("color: #a40000; font-weight: bold;" if alarming else "")
        label.setText(text)
        label.show()

    def _purge_failed(self, error: str) -> None:
        label = self.window.purge_label
        label.setText(
            translate("ScheduledJobs", "Purge failed ({error}); it is retried within the hour").format(
                error=error
            )
        )
        label.setStyleSheet("color: #a40000;")
        label.show()

    # --- watched folder and mailbox --------------------------------------------------------
    def start_intake_poller(self, interval_ms: int | None = None) -> IntakePoller:
        """At sign-in: import from the watched folder and the mailbox now and every few minutes."""
        from inquiry_desk.ui.intake.poller import DEFAULT_INTERVAL_MS, IntakePoller

        if self.intake_poller is None:
            self.intake_poller = IntakePoller(
                self.app, self.actor, self.window, interval_ms=interval_ms or DEFAULT_INTERVAL_MS
            )
            self.intake_poller.polled.connect(self._polled)
            self.intake_poller.start()
        return self.intake_poller

    def _polled(self, summary: PollSummary) -> None:
        if summary.imported or summary.refused:
            self.intake_imported.emit()
        if summary.message:
            self._status(summary.message, 30_000)

    def stop(self) -> None:
        """Wait for a running poll or purge to finish its transaction (before the App closes)."""
        if self.intake_poller is not None:
            self.intake_poller.stop()
            self.intake_poller.wait()
        if self.purge_timer is not None:
            self.purge_timer.stop()
            self.purge_timer.wait()
