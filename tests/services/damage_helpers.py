"""Damaging a real database file the way a disk does: one flipped bit in one stored value.

Straight on the file with the sqlite3 module, outside the app, so that nothing of the
app's own code (or its cache of unwrapped case keys) is involved in the damage.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

NONCE_BYTES = 12  # store/crypto.py: the ciphertext starts after the nonce


def flip_bit(db_file: Path, table: str, column: str, where: str, params: tuple[object, ...]) -> None:
    """Flip one bit inside the ciphertext of the first matching row's sealed ``column``."""
    conn = sqlite3.connect(db_file)
    try:
        row = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where} LIMIT 1", params).fetchone()
        assert row is not None, f"no {table} row where {where} {params}"
        rowid, sealed = row
        damaged = bytearray(sealed)
        damaged[NONCE_BYTES + (len(damaged) - NONCE_BYTES) // 2] ^= 0x10
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (bytes(damaged), rowid))
        conn.commit()
    finally:
        conn.close()


def case_id(db_file: Path, ref: str) -> int:
    conn = sqlite3.connect(db_file)
    try:
        row = conn.execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()
    finally:
        conn.close()
    assert row is not None, ref
    return int(row[0])


def damage_applicant(db_file: Path, ref: str) -> None:
    flip_bit(db_file, "parties", "payload", "case_id = ? AND role = 'applicant'", (case_id(db_file, ref),))


def damage_case_key(db_file: Path, ref: str) -> None:
    flip_bit(db_file, "case_keys", "wrapped", "case_id = ?", (case_id(db_file, ref),))


def damage_rows(db_file: Path) -> list[tuple[str, dict[str, object], str]]:
    """The audit log's `case.damaged` rows: (reference, details, actor)."""
    conn = sqlite3.connect(db_file)
    try:
        rows = conn.execute(
            "SELECT case_ref, details, actor FROM audit_log WHERE action = 'case.damaged' ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [(ref, json.loads(details), actor) for ref, details, actor in rows]
