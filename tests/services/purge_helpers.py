"""Shared set-up for the purge tests (test_purge, test_purge_hold, test_purge_crash), which mark
themselves ``demo(purged=5, due_for_purge=True)``: the demo database's finished cases are all
due. And a naive disk scanner.

The disk scans use their own naive scanner (bytes.find per pattern), not the service's
q-gram scanner, so a bug in one cannot hide a residue from the other. tests/test_cli_purge.py
uses ``personal_values`` and ``scan_folder`` too.
"""

from __future__ import annotations

from pathlib import Path

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.purge.scan import MIN_PATTERN

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "shift_jis", "euc-jp", "iso-2022-jp")


def encodings_of(value: str) -> set[bytes]:
    out = set()
    for enc in ENCODINGS:
        try:
            pattern = value.encode(enc)
        except UnicodeEncodeError:
            continue
        # Shorter patterns match random ciphertext by chance (see purge_scan.MIN_PATTERN).
        if len(pattern) >= MIN_PATTERN:
            out.add(pattern)
    return out


def personal_values(app: App, actor: Actor, refs: list[str]) -> tuple[set[str], set[bytes]]:
    """Everything personal of these cases, read through the normal services before the purge."""
    values: set[str] = set()
    windows: set[bytes] = set()
    for ref in refs:
        detail = app.cases.get(actor, ref)
        for party in (detail.applicant, detail.representative):
            if party is not None:
                for v in party.personal_values():
                    values.add(v)
                    values.update(line for line in v.splitlines() if len(line) >= 4)
        values.update(n.text for n in detail.notes)
        values.update(e.detail for e in detail.events if e.detail)
        for att in detail.attachments:
            values.add(att.filename)
            _, _, data = app.cases.attachment_bytes(actor, ref, att.id)
            windows.update(data[i : i + 32] for i in (100, len(data) // 2, len(data) - 64))
    return values, windows


def scan_folder(folder: Path, values: set[str], windows: set[bytes] = frozenset()) -> list[str]:  # type: ignore[assignment]
    files = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    hits: list[str] = []
    for value in values:
        for pattern in encodings_of(value):
            hits.extend(
                f"value as {len(pattern)} bytes in {p.name}" for p, data in files.items() if pattern in data
            )
    for window in windows:
        hits.extend(f"attachment bytes in {p.name}" for p, data in files.items() if window in data)
    return hits
