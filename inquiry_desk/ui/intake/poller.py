"""Imports from the watched folder and the IMAP mailbox while the application is open.

Like the purge timer, it is a PeriodicJob: the work runs on a worker thread (a mailbox can
be slow to answer) and runs never overlap. Only counts come back: file names and senders are personal data
and stay in the cases, not in the status bar or the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.ui.widgets.background_job import PeriodicJob

log = logging.getLogger("inquiry_desk.ui.intake")
DEFAULT_INTERVAL_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class PollSummary:
    imported: int = 0  # created or attached
    refused: int = 0
    problems: tuple[str, ...] = ()  # user-facing messages (e.g. mailbox unreachable)

    @property
    def message(self) -> str:
        """For the status bar; empty when there is nothing to say."""
        parts = []
        if self.imported or self.refused:
            parts.append(
                translate(
                    "PollSummary",
                    "Imported {imported} new item(s) from the watched folder and mailbox; {refused} "
                    "refused (see the rejected folder).",
                ).format(imported=self.imported, refused=self.refused)
            )
        return " ".join([*parts, *self.problems])


def poll_once(app: App, actor: Actor) -> PollSummary:
    """One round: the watched folder, then the mailbox, each only if configured."""
    from inquiry_desk.services.intake.mailbox import MailboxService
    from inquiry_desk.services.intake.watch_folder import get_watch_folder, scan_once

    results = []
    problems: list[str] = []
    folder = get_watch_folder(app)
    if folder is not None:
        try:
            results += scan_once(app, actor, folder)
        except UserError as exc:
            problems.append(translate("PollSummary", "Watched folder: {message}").format(message=exc.message))
    mailbox = MailboxService(app)
    try:
        if mailbox.config() is not None:
            results += mailbox.poll(actor)
    except UserError as exc:
        problems.append(translate("PollSummary", "Mailbox: {message}").format(message=exc.message))
    return PollSummary(
        imported=sum(1 for r in results if r.status in ("created", "attached")),
        refused=sum(1 for r in results if r.status == "refused"),
        problems=tuple(problems),
    )


class IntakePoller(PeriodicJob):
    """Emits ``polled(PollSummary)`` after each round and ``failed(str)`` on a bug."""

    polled = Signal(object)

    def __init__(
        self,
        app: App,
        actor: Actor,
        parent: QObject | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(
            lambda: poll_once(app, actor), parent, interval_ms=interval_ms, pool=pool, name="intake poll"
        )
        self._actor = actor
        self.finished.connect(self._report)

    def start(self) -> bool:  # type: ignore[override]
        """Polls only for someone who may import; returns whether it started."""
        if not self._actor.can(Permission.IMPORT):
            return False
        super().start()
        return True

    def _report(self, summary: PollSummary) -> None:
        if summary.imported or summary.refused:
            log.info("intake poll: %d imported, %d refused", summary.imported, summary.refused)
        self.polled.emit(summary)
