"""Runs the scheduled purge while the application is open: at start, then every hour."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, Signal

from inquiry_desk.domain.i18n import translate
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
        count = len(receipt.refs)
        text = (
            translate("PurgeTimer", "Purge {at}: %n case(s) erased, erasure check passed", None, count)
            if receipt.passed
            else translate("PurgeTimer", "Purge {at}: %n case(s) erased, ERASURE CHECK FAILED", None, count)
        ).format(at=at)
        # References only: nothing personal.
        tooltip = translate("PurgeTimer", "Purged: {refs}").format(refs=", ".join(receipt.refs))
    else:
        text, tooltip = translate("PurgeTimer", "Purge {at}: nothing due").format(at=at), ""
    if receipt.held:
        held = len(receipt.held)  # a plain name: lupdate drops a message whose count is a call
        text += translate("PurgeTimer", " (%n on legal hold)", None, held)
    return text, tooltip, not receipt.passed
