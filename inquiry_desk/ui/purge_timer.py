"""Runs the scheduled purge while the application is open: at start, then every hour.

The purge (database work plus the erasure check's disk scan) runs on a worker thread so
the window never freezes; only the receipt comes back, through a queued signal. Runs never
overlap: a tick that finds the previous run still busy is skipped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.app import App
from inquiry_desk.services.purge import PurgeReceipt, PurgeService

log = logging.getLogger("inquiry_desk.ui.purge")
HOUR_MS = 60 * 60 * 1000


class _Relay(QObject):
    done = Signal(object)
    error = Signal(str)


class _PurgeJob(QRunnable):
    def __init__(self, service: PurgeService, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._service = service
        self._relay = relay

    def run(self) -> None:
        try:
            receipt = self._service.purge_due(SYSTEM)
        except Exception as exc:  # reported, never raised into the thread pool
            # The class name only: a message could quote data.
            self._relay.error.emit(type(exc).__name__)
            return
        self._relay.done.emit(receipt)


class PurgeTimer(QObject):
    """Emits ``purged(PurgeReceipt)`` after each run, ``failed(str)`` with an error class name."""

    purged = Signal(object)
    failed = Signal(str)

    def __init__(self, app: App, parent: QObject | None = None, *, interval_ms: int = HOUR_MS,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._service = PurgeService(app)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)
        self.busy = False

    def start(self) -> None:
        """Run once as soon as the event loop turns, then on every interval."""
        self._timer.start()
        QTimer.singleShot(0, self.run_now)

    def stop(self) -> None:
        self._timer.stop()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for a running purge (closing the window must not cut the scan short)."""
        return bool(self._pool.waitForDone(msecs))

    def run_now(self) -> bool:
        if self.busy:
            return False
        self.busy = True
        self._pool.start(_PurgeJob(self._service, self._relay))
        return True

    def _on_done(self, receipt: PurgeReceipt) -> None:
        self.busy = False
        if receipt.refs:
            log.info("purge: %d case(s), erasure check %s", len(receipt.refs),
                     "passed" if receipt.passed else "FAILED")
        self.purged.emit(receipt)

    def _on_error(self, name: str) -> None:
        self.busy = False
        log.error("purge failed: %s", name)
        self.failed.emit(name)
