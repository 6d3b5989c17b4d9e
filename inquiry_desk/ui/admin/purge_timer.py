"""Runs the scheduled purge while the application is open: at start, then every hour."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, Signal

from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.purge.service import PurgeReceipt, PurgeService
from inquiry_desk.ui.widgets.background_job import PeriodicJob

log = logging.getLogger("inquiry_desk.ui.purge")
HOUR_MS = 60 * 60 * 1000


class PurgeTimer(PeriodicJob):
    """Emits ``purged(PurgeReceipt)`` after each run, ``failed(str)`` with an error class name."""

    purged = Signal(object)

    def __init__(
        self,
        service: PurgeService,
        parent: QObject | None = None,
        *,
        interval_ms: int = HOUR_MS,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(
            lambda: service.purge_due(SYSTEM), parent, interval_ms=interval_ms, pool=pool, name="purge"
        )
        self.finished.connect(self._report)

    def _report(self, receipt: PurgeReceipt) -> None:
        if receipt.refs:
            log.info(
                "purge: %d case(s), erasure check %s",
                len(receipt.refs),
                "passed" if receipt.passed else "FAILED",
            )
        self.purged.emit(receipt)


def receipt_status(receipt: PurgeReceipt) -> tuple[str, str, bool]:
    """Status-bar text, tooltip and whether it must alarm, for one purge run."""
    at = receipt.at.astimezone().strftime("%H:%M")
    if receipt.refs:
        check = "erasure check passed" if receipt.passed else "ERASURE CHECK FAILED"
        count = len(receipt.refs)
        text = f"Purge {at}: {count} case{'s' if count != 1 else ''} erased, {check}"
        tooltip = "Purged: " + ", ".join(receipt.refs)  # references only: nothing personal
    else:
        text, tooltip = f"Purge {at}: nothing due", ""
    if receipt.held:
        text += f" ({len(receipt.held)} on legal hold)"
    return text, tooltip, not receipt.passed
