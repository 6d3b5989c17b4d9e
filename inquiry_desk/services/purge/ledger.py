"""The purge ledger: one JSON line per purged case, in a file in the data folder."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

LEDGER_NAME = "purge-ledger.jsonl"


@contextmanager
def open_ledger(data_dir: Path, now: Callable[[], datetime]) -> Iterator[Callable[[str, str], None]]:
    """A copy of each purge outside the database, so a restore knows it even if the database
    is lost. Synced once per batch: a purge missing from it is still in the database."""
    try:
        handle: Any = open(data_dir / LEDGER_NAME, "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        handle = None

    def append(uid: str, ref: str) -> None:
        if handle is not None:
            handle.write(json.dumps({"uid": uid, "ref": ref, "purged_at": now().isoformat()}) + "\n")
            handle.flush()

    try:
        yield append
    finally:
        if handle is not None:
            with contextlib.suppress(OSError):
                os.fsync(handle.fileno())
            handle.close()


def read_ledger(data_dir: Path) -> list[dict[str, str]]:
    """Entries of the purge ledger file; a torn last line (crash while appending) is skipped."""
    path = data_dir / LEDGER_NAME
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("uid"), str):
            out.append({k: str(v) for k, v in entry.items()})
    return out
