"""One window per data folder: a second instance is told so instead of racing the first.

A lock on a file of its own beside the database (never on the database files, whose
POSIX locks belong to SQLite), so it lives with the services rather than the store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from inquiry_desk.domain.errors import DatabaseProblem
from inquiry_desk.domain.i18n import translate


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the app's life
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise DatabaseProblem(
                translate(
                    "InstanceLock",
                    "Inquiry Desk is already open on this database on this computer. "
                    "Switch to that window (or close it) and try again.",
                )
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
