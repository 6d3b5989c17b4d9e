"""Service work off the GUI thread: repeated on a timer (`PeriodicJob`) or once (`OneShot`).

The scheduled purge and the watched-folder/mailbox poll share `PeriodicJob`: the work runs in
the thread pool so the window never freezes, only its result comes back through a queued
signal, and a tick that finds the previous run still busy is skipped. `OneShot` runs one
slow call a person asked for (trying a mail server) the same way; a refusal (`UserError`)
comes back as its sentence, anything else as a plain "could not be done".
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

log = logging.getLogger("inquiry_desk.ui.jobs")


class _Relay(QObject):
    done = Signal(object)
    error = Signal(str)
    refused = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except UserError as exc:  # a refusal in words meant for the person
            self._relay.refused.emit(exc.message)
            return
        except Exception as exc:  # reported, never raised into the thread pool
            self._relay.error.emit(type(exc).__name__)  # the class only: messages may quote data
            return
        self._relay.done.emit(result)


class PeriodicJob(QObject):
    """Runs `work` at start and every `interval_ms`; emits `finished(result)` or `failed(name)`."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        work: Callable[[], object],
        parent: QObject | None = None,
        *,
        interval_ms: int,
        pool: QThreadPool | None = None,
        name: str = "job",
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._name = name
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
        """Wait for a running job (closing the window must not cut a transaction short)."""
        return bool(self._pool.waitForDone(msecs))

    def run_now(self) -> bool:
        if self.busy:
            return False
        self.busy = True
        self._pool.start(_Job(self._work, self._relay))
        return True

    def _on_done(self, result: object) -> None:
        self.busy = False
        self.finished.emit(result)

    def _on_error(self, name: str) -> None:
        self.busy = False
        log.error("%s failed: %s", self._name, name)
        self.failed.emit(name)


class OneShot(QObject):
    """Runs `work` once in the pool: `done(result)`, or `refused(sentence)` for the person.

    The relay is not a child of anyone: a window closed while the work runs takes its
    connections with it (Qt drops them), and the late result is simply not delivered.
    """

    done = Signal(object)
    refused = Signal(str)

    def __init__(
        self, work: Callable[[], object], parent: QObject | None = None, *, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.done.connect(self.done)
        self._relay.refused.connect(self.refused)
        self._relay.error.connect(self._failed)
        (pool or QThreadPool.globalInstance()).start(_Job(work, self._relay))

    def _failed(self, error_class: str) -> None:
        # The exception's class only (from _Job): its message might quote what was typed.
        log.error("background call failed: %s", error_class)
        self.refused.emit(translate("OneShot", "This could not be done; the log file has the details."))
