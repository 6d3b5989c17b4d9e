"""Files stored encrypted in the database, in chunks, so memory stays bounded for big scans."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import BinaryIO

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Blob, BlobChunk

CHUNK = 1024 * 1024


def _purpose(blob_id: int, seq: int) -> str:
    return f"blob:{blob_id}:{seq}"


def _pieces(source: BinaryIO | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        view = memoryview(source)
        return (bytes(view[i : i + CHUNK]) for i in range(0, len(view), CHUNK))
    return iter(lambda: source.read(CHUNK), b"")


@dataclass(frozen=True)
class StoredBlob:
    """What a caller needs of a blob just written: its id (for the attachment or message row)
    and its size."""

    id: int
    size: int


def write_blob(session: Session, case_id: int, cipher: CaseCipher, source: BinaryIO | bytes) -> StoredBlob:
    """Store `source` sealed in 1 MiB chunks, in the session's transaction.

    The case row must already be in the database (flushed). The rows are written with
    plain INSERTs on the session's connection, not through the ORM's unit of work: a blob
    is never read back as an object in the transaction that writes it, and the unit of
    work's per-flush bookkeeping was most of an import's time. It also keeps memory
    bounded for free: each chunk is sealed, sent and dropped before the next is read,
    so a 25 MB scan never sits in memory twice over.
    """
    conn = session.connection()
    pieces = _pieces(source)
    # Read one chunk ahead (at most 2 MiB of plaintext): a payload of one chunk, nearly every
    # email and letter, knows its size before the blob row is inserted, so no UPDATE follows.
    ahead = [p for p in (next(pieces, None), next(pieces, None)) if p is not None]
    single = len(ahead) < 2
    size = sum(len(p) for p in ahead) if single else 0
    key = conn.execute(insert(Blob), {"case_id": case_id, "size": size}).inserted_primary_key
    assert key is not None  # a single-row INSERT always reports its key
    blob_id = int(key[0])  # it goes into each chunk's associated data
    size = 0
    for seq, piece in enumerate(chain(ahead, pieces)):
        conn.execute(
            insert(BlobChunk),
            {"blob_id": blob_id, "seq": seq, "data": cipher.seal(piece, _purpose(blob_id, seq))},
        )
        size += len(piece)
    if not single:
        conn.execute(update(Blob).where(Blob.id == blob_id).values(size=size))
    return StoredBlob(blob_id, size)


def iter_blob(session: Session, blob_id: int, cipher: CaseCipher) -> Iterator[bytes]:
    seqs = session.scalars(
        select(BlobChunk.seq).where(BlobChunk.blob_id == blob_id).order_by(BlobChunk.seq)
    ).all()
    for seq in seqs:
        data = session.scalar(
            select(BlobChunk.data).where(BlobChunk.blob_id == blob_id, BlobChunk.seq == seq)
        )
        assert data is not None
        yield cipher.open(data, _purpose(blob_id, seq))


def read_blob(session: Session, blob_id: int, cipher: CaseCipher) -> bytes:
    return b"".join(iter_blob(session, blob_id, cipher))
