"""The backup file: a short plain header, then the SQLite database sealed in chunks.

A backup is not a database anything opens as it is. The header names the installation,
the day (whose key seals it, see backup_keys) and the grace period of the time; it is
bound into every chunk's authentication, so changing it makes the file unreadable.
Chunks of 1 MiB keep memory flat for a large database; the last chunk is marked, so a
truncated file is refused instead of restored in part.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

MAGIC = b"INQUIRY-DESK-BACKUP/2\n"
FORMAT = "inquiry-desk-backup/2"
CHUNK = 1 << 20
_LEN = struct.Struct(">I")
_MAX_HEADER = 4096


@dataclass(frozen=True)
class BackupHeader:
    install_id: str
    day: int  # date ordinal: which day's key seals it
    created_at: str
    grace_days: int
    generation: int = 0  # which of the day's keys (an early purge starts a new one)
    raw: bytes = b""

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "install_id": self.install_id,
            "day": self.day,
            "created_at": self.created_at,
            "grace_days": self.grace_days,
            "generation": self.generation,
        }
        return json.dumps(doc, sort_keys=True).encode()


def _not_a_backup(path: Path) -> UserError:
    return UserError(
        translate("Purge", "{file} is not an Inquiry Desk backup, or it is damaged.").format(file=path.name)
    )


def is_backup_file(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def read_header(path: Path) -> BackupHeader:
    try:
        with open(path, "rb") as handle:
            return _header(handle, path)
    except OSError as exc:
        raise UserError(
            translate("Purge", "{path} cannot be read: {error}.").format(path=path, error=exc.strerror)
        ) from exc


def _header(handle: BinaryIO, path: Path) -> BackupHeader:
    if handle.read(len(MAGIC)) != MAGIC:
        raise _not_a_backup(path)
    size_bytes = handle.read(_LEN.size)
    if len(size_bytes) != _LEN.size or _LEN.unpack(size_bytes)[0] > _MAX_HEADER:
        raise _not_a_backup(path)
    raw = handle.read(_LEN.unpack(size_bytes)[0])
    try:
        doc = json.loads(raw)
        if doc.get("format") != FORMAT:
            raise ValueError
        return BackupHeader(
            str(doc["install_id"]),
            int(doc["day"]),
            str(doc["created_at"]),
            int(doc["grace_days"]),
            int(doc["generation"]),
            raw,
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise _not_a_backup(path) from exc


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def seal_file(plain: Path, dest: Path, header: BackupHeader, key: bytes) -> None:
    """Write ``plain`` (an SQLite file) sealed under ``key`` to ``dest``, synced."""
    aead = AESGCM(key)
    raw = header.to_bytes()
    size = plain.stat().st_size
    with open(plain, "rb") as src, open(dest, "wb") as out:
        out.write(MAGIC + _LEN.pack(len(raw)) + raw)
        index, done = 0, 0
        while True:
            chunk = src.read(CHUNK)
            done += len(chunk)
            last = done >= size
            nonce = os.urandom(12)
            sealed = aead.encrypt(nonce, chunk, _aad(raw, index, last))
            out.write(_LEN.pack(len(sealed)) + bytes([last]) + nonce + sealed)
            index += 1
            if last:
                break
        out.flush()
        os.fsync(out.fileno())


def open_file(source: Path, dest: Path, key: bytes) -> BackupHeader:
    """Decrypt ``source`` into ``dest``; raises UserError if any byte was changed or cut off."""
    aead = AESGCM(key)
    with open(source, "rb") as src, open(dest, "wb") as out:
        header = _header(src, source)
        index = 0
        while True:
            size_bytes = src.read(_LEN.size)
            if len(size_bytes) != _LEN.size:
                raise _not_a_backup(source)  # cut off before its last chunk
            flag, nonce = src.read(1), src.read(12)
            sealed = src.read(min(_LEN.unpack(size_bytes)[0], CHUNK + 16))
            last = flag == b"\x01"  # authenticated below: a flag flipped fails the tag
            try:
                out.write(aead.decrypt(nonce, sealed, _aad(header.raw, index, last)))
            except (InvalidTag, ValueError) as exc:
                raise _not_a_backup(source) from exc
            index += 1
            if last:
                break
        if src.read(1):
            raise _not_a_backup(source)
        out.flush()
        os.fsync(out.fileno())
    return header
