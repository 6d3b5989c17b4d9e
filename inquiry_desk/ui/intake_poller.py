"""Imports from the watched folder and the IMAP mailbox while the application is open.

Like the purge timer, the work runs on a worker thread (a mailbox can be slow to answer)
and runs never overlap. Only counts come back: file names and senders are personal data
and stay in the cases, not in the status bar or the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App

log = logging.getLogger("inquiry_desk.ui.intake")
DEFAULT_INTERVAL_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class PollSummary:
    imported: int = 0      # created or attached
    refused: int = 0
    problems: tuple[str, ...] = ()  # user-facing messages (e.g. mailbox unreachable)


def poll_once(app: App, actor: Actor) -> PollSummary:
    """One round: the watched folder, then the mailbox, each only if configured."""
    from inquiry_desk.services.mailbox import MailboxService
    from inquiry_desk.services.watch_folder import get_watch_folder, scan_once

    results = []
    problems: list[str] = []
    folder = get_watch_folder(app)
    if folder is not None:
        try:
            results += scan_once(app, actor, folder)
        except UserError as exc:
            problems.append(f"Watched folder: {exc.message}")
    mailbox = MailboxService(app)
    try:
        if mailbox.config() is not None:
            results += mailbox.poll(actor)
    except UserError as exc:
        problems.append(f"Mailbox: {exc.message}")
    return PollSummary(imported=sum(1 for r in results if r.status in ("created", "attached")),
                       refused=sum(1 for r in results if r.status == "refused"),
                       problems=tuple(problems))


class _Relay(QObject):
    done = Signal(object)
    error = Signal(str)


class _PollJob(QRunnable):
    def __init__(self, app: App, actor: Actor, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._app, self._actor, self._relay = app, actor, relay

    def run(self) -> None:
        try:
            summary = poll_once(self._app, self._actor)
        except Exception as exc:  # reported, never raised into the thread pool
            self._relay.error.emit(type(exc).__name__)  # the class only: messages may quote data
            return
        self._relay.done.emit(summary)


class IntakePoller(QObject):
    """Emits ``polled(PollSummary)`` after each round and ``failed(str)`` on a bug."""

    polled = Signal(object)
    failed = Signal(str)

    def __init__(self, app: App, actor: Actor, parent: QObject | None = None, *,
                 interval_ms: int = DEFAULT_INTERVAL_MS, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._app, self._actor = app, actor
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)
        self.busy = False

    def start(self) -> bool:
        """Polls only for someone who may import; returns whether it started."""
        if not self._actor.can(Permission.IMPORT):
            return False
        self._timer.start()
        QTimer.singleShot(0, self.run_now)
        return True

    def stop(self) -> None:
        self._timer.stop()

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self._pool.waitForDone(msecs))

    def run_now(self) -> bool:
        if self.busy:
            return False
        self.busy = True
        self._pool.start(_PollJob(self._app, self._actor, self._relay))
        return True

    def _on_done(self, summary: PollSummary) -> None:
        self.busy = False
        if summary.imported or summary.refused:
            log.info("intake poll: %d imported, %d refused", summary.imported, summary.refused)
        self.polled.emit(summary)

    def _on_error(self, name: str) -> None:
        self.busy = False
        log.error("intake poll failed: %s", name)
        self.failed.emit(name)
