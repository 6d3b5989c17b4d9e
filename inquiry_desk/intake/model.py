"""Plain results of parsing one incoming file; no Qt, no SQL.

Payloads (attachments, the raw source) are held in a `Blob`: small ones as bytes,
large ones in a `tempfile.SpooledTemporaryFile` that rolls over to an anonymous,
already-unlinked temporary file.  Anonymous files matter here: if the process dies,
the operating system reclaims them, so no personal data is left behind in a temp
folder (the purge promise of the design).  Call `ParsedInquiry.close()` (or use it as
a context manager) once the payloads have been copied into the store.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import IO, Any, BinaryIO

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData

# Payloads above this size leave memory for a temporary file.
SPOOL_THRESHOLD = 4 * 1024 * 1024
_CHUNK = 1024 * 1024


class UnreadableInput(Exception):
    """The file cannot be read at all; `reason` is one line meant for staff."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SourceKind(StrEnum):
    EML = "eml"
    MSG = "msg"
    PDF = "pdf"
    TIFF = "tiff"
    IMAGE = "image"


class Blob:
    """Bytes kept in memory or spooled to an anonymous temp file, with size and SHA-256."""

    def __init__(self) -> None:
        self._spool: tempfile.SpooledTemporaryFile[bytes] | None = None
        self._data: bytes | None = b""
        self._hash = hashlib.sha256()
        self.size = 0
        self._sha256: str | None = None

    # -- building ---------------------------------------------------------------
    @classmethod
    def from_bytes(cls, data: bytes, threshold: int = SPOOL_THRESHOLD) -> Blob:
        blob = cls()
        if len(data) > threshold:
            blob._data = None
            blob._spool = tempfile.SpooledTemporaryFile(max_size=threshold)  # noqa: SIM115 - the blob owns it
            blob._spool.write(data)
        else:
            blob._data = bytes(data)
        blob._hash.update(data)
        blob.size = len(data)
        return blob.finish()

    @classmethod
    def writer(cls, threshold: int = SPOOL_THRESHOLD) -> Blob:
        """An empty blob to `write()` into chunk by chunk; call `finish()` at the end."""
        blob = cls()
        blob._data = None
        blob._spool = tempfile.SpooledTemporaryFile(max_size=threshold)  # noqa: SIM115 - the blob owns it
        return blob

    @classmethod
    def from_stream(cls, stream: IO[bytes], threshold: int = SPOOL_THRESHOLD) -> Blob:
        blob = cls.writer(threshold)
        while chunk := stream.read(_CHUNK):
            blob.write(chunk)
        return blob.finish()

    def write(self, chunk: bytes) -> None:
        assert self._spool is not None and self._sha256 is None, "blob is not writable"
        self._spool.write(chunk)
        self._hash.update(chunk)
        self.size += len(chunk)

    def finish(self) -> Blob:
        self._sha256 = self._hash.hexdigest()
        return self

    # -- reading ----------------------------------------------------------------
    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            self.finish()
        assert self._sha256 is not None
        return self._sha256

    @property
    def in_memory(self) -> bool:
        return self._data is not None

    def open(self) -> BinaryIO:
        """A readable stream from the start; for spooled blobs it is the spool itself,
        so read one stream at a time and do not close it (the blob owns it)."""
        if self._data is not None:
            return io.BytesIO(self._data)
        assert self._spool is not None
        self._spool.seek(0)
        return self._spool  # type: ignore[return-value]

    def read_bytes(self) -> bytes:
        """The whole payload in memory: avoid for large blobs."""
        if self._data is not None:
            return self._data
        return self.open().read()

    def head(self, n: int = 16) -> bytes:
        if self._data is not None:
            return self._data[:n]
        stream = self.open()
        return stream.read(n)

    def iter_chunks(self, size: int = _CHUNK) -> Iterator[bytes]:
        stream = self.open()
        while chunk := stream.read(size):
            yield chunk

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
        self._data = b"" if self._data is not None else None

    def __repr__(self) -> str:
        where = "memory" if self.in_memory else "spool"
        return f"<Blob {self.size} bytes in {where}>"


@dataclass
class Attachment:
    filename: str  # already passed through safe_filename()
    content_type: str
    blob: Blob
    pages: int | None = None  # PDF/TIFF page count when the document could be read
    is_document: bool = False  # the fax/scan itself rather than an enclosure

    @property
    def size(self) -> int:
        return self.blob.size

    @property
    def sha256(self) -> str:
        return self.blob.sha256

    @property
    def data(self) -> bytes:
        """Convenience for small attachments; large ones: use `blob.open()`."""
        return self.blob.read_bytes()


@dataclass
class Suggestions:
    """What the text seems to say; staff confirm every item in the intake dialog."""

    kind: CaseKind = CaseKind.REQUEST
    request_types: list[RequestType] = field(default_factory=list)
    language: Language | None = None
    jurisdiction: Jurisdiction | None = None
    applicant: PartyData = field(default_factory=PartyData)
    representative: PartyData | None = None
    # The fields above that were read from the text (keys of domain.edits.FIELD_LABELS), not
    # taken from the sender's header: the case marks them until staff confirm them. The kind
    # and request types are always the text's reading, or a default when there is no text.
    guessed: set[str] = field(default_factory=lambda: {"kind", "request_types"})


@dataclass
class ParsedInquiry:
    source_kind: SourceKind
    channel: Channel
    raw: Blob
    message_id: str | None = None
    date: datetime | None = None
    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    body: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    reference: str | None = None  # PI-YYYY-NNNN quoted in the subject (or body)
    # References in our forms' QR codes on the fax or scan (intake/form_qr.py): a returned form.
    form_references: list[str] = field(default_factory=list)
    suggestions: Suggestions = field(default_factory=Suggestions)
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None  # for fax/scan documents given directly

    @property
    def is_reply(self) -> bool:
        return self.reference is not None

    @property
    def document(self) -> Attachment | None:
        """The fax or scan itself (a direct document, or the fax a gateway attached)."""
        return next((a for a in self.attachments if a.is_document), None)

    def close(self) -> None:
        self.raw.close()
        for attachment in self.attachments:
            attachment.blob.close()

    def __enter__(self) -> ParsedInquiry:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
