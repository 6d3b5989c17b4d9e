"""Files stored encrypted in the database, in chunks, so memory stays bounded for big scans."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Blob, BlobChunk

CHUNK = 1024 * 1024


def _purpose(blob_id: int, seq: int) -> str:
    return f"blob:{blob_id}:{seq}"


def write_blob(session: Session, case_id: int, cipher: CaseCipher, source: BinaryIO | bytes) -> Blob:
    blob = Blob(case_id=case_id, size=0)
    session.add(blob)
    session.flush()  # the id goes into each chunk's associated data
    size = 0
    if isinstance(source, bytes | bytearray | memoryview):
        view = memoryview(source)
        pieces: Iterator[bytes] = (bytes(view[i:i + CHUNK]) for i in range(0, len(view), CHUNK))
    else:
        pieces = iter(lambda: source.read(CHUNK), b"")
    for seq, piece in enumerate(pieces):
        chunk = BlobChunk(blob_id=blob.id, seq=seq, data=cipher.seal(piece, _purpose(blob.id, seq)))
        session.add(chunk)
        # Flush and forget each chunk so a 25 MB scan never sits in memory twice over.
        session.flush()
        session.expunge(chunk)
        size += len(piece)
    blob.size = size
    return blob


def iter_blob(session: Session, blob_id: int, cipher: CaseCipher) -> Iterator[bytes]:
    seqs = session.scalars(select(BlobChunk.seq).where(BlobChunk.blob_id == blob_id)
                           .order_by(BlobChunk.seq)).all()
    for seq in seqs:
        data = session.scalar(select(BlobChunk.data).where(BlobChunk.blob_id == blob_id,
                                                           BlobChunk.seq == seq))
        assert data is not None
        yield cipher.open(data, _purpose(blob_id, seq))


def read_blob(session: Session, blob_id: int, cipher: CaseCipher) -> bytes:
    return b"".join(iter_blob(session, blob_id, cipher))
