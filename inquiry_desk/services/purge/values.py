"""The purged values the erasure check looks for, read in bulk and decrypted in memory only.

Before a case's rows are deleted, its sealed records are fetched (a few queries per
batch, not per case) and decrypted into the texts and file windows that the check
then searches the database files and the data folder for. They never leave memory.

Outside the data folder (the watched folder, the mailbox's archive) the check looks only
for what identifies the applicant: the parties' values, the sender's address and the
files' own bytes. Everything there is plain mail and scans, where a subject line, "Dear
Sir or Madam" or the department's own address in "To:" occur in every other inquiry
too; in the data folder, where everything is encrypted, any of them is a residue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.intake.exports import cell_text
from inquiry_desk.services.purge.scan import PatternSet, distinctive_windows
from inquiry_desk.services.records.rows import ROW_PURPOSE, SOURCE_PURPOSE
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Attachment, Blob, BlobChunk, Event, Message, Note, Party
from inquiry_desk.store.records_models import RecordRow, RecordSource

_T = TypeVar("_T")

_MAX_LINES = 40
# Amounts, dates, times and status codes of the data held ("3,980", "2024-05-01 10:22:33") say nothing about
# whom they concern, and the same text is in the clear in the register's own columns (a
# received date) and log lines: searching for them would fail the check on the app's own
# anonymous rows. Phone numbers and postal codes have other shapes and are searched for.
_UNREMARKABLE = re.compile(
    r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?"  # 3,980
    r"|[+-]?\d{1,7}(\.\d+)?"  # 500, 0.1 (longer digit runs may be a customer number)
    r"|\d{4}[-/]\d{1,2}[-/]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?"  # dates, date-times
    r"|\d{1,2}:\d{2}(:\d{2})?"  # times
    # Lower-case codes ("delivered", "returned", "marketing_email"): a system's statuses, the
    # same words as the app's own plain state columns. Names are capitalised and still searched.
    r"|[a-z][a-z0-9_\-]*"
)
_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender", "subject"})
# Who wrote: the applicant (or their representative), never the department itself.
_SENDER_HEADERS = frozenset({"from", "reply-to", "sender"})


@dataclass
class PurgedValues:
    """One case's values for the check. They join the check's pattern set only once the
    case is committed: a case that rolled back keeps its data, which is no residue."""

    texts: list[str] = field(default_factory=list)
    windows: list[bytes] = field(default_factory=list)
    # The part of `texts` that identifies the applicant, for the places outside the data folder.
    identifying: list[str] = field(default_factory=list)

    def add_text(self, text: str, *, identifying: bool = False) -> None:
        """The whole value, and its lines: a residue may be one line of an address or a body."""
        text = text.strip()
        if not text:
            return
        lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 4]
        added: list[str] = []
        if len(text) <= 300 or not lines:
            added.append(text[:300])
        for line in lines[:_MAX_LINES]:
            if line != text:
                added.append(line[:300])
        self.texts.extend(added)
        if identifying:
            self.identifying.extend(added)

    def feed(self, pset: PatternSet) -> None:
        for text in self.texts:
            pset.add_text(text)
        for window in self.windows:
            pset.add_bytes(window)

    def feed_identifying(self, pset: PatternSet) -> None:
        for text in self.identifying:
            pset.add_text(text)
        for window in self.windows:
            pset.add_bytes(window)


@dataclass
class SealedRecords:
    """A case's sealed records as stored, fetched for a whole batch at once."""

    parties: list[bytes] = field(default_factory=list)
    messages: list[bytes] = field(default_factory=list)
    notes: list[bytes] = field(default_factory=list)
    events: list[bytes] = field(default_factory=list)
    attachments: list[bytes] = field(default_factory=list)
    record_sources: list[bytes] = field(default_factory=list)
    record_rows: list[bytes] = field(default_factory=list)
    windows: list[bytes] = field(default_factory=list)  # of the files, already decrypted


def _try(fn: Callable[..., _T], *args: Any) -> _T | None:
    # A record that no longer decrypts cannot be searched for; the key erase covers it.
    try:
        return fn(*args)
    except (UserError, ValueError):
        return None


def fetch_sealed(conn: Connection, ciphers: dict[int, CaseCipher]) -> dict[int, SealedRecords]:
    """Eight queries for the whole batch instead of eight per case (by case_id IN, indexed)."""
    out: dict[int, SealedRecords] = {cid: SealedRecords() for cid in ciphers}
    if not ciphers:
        return out
    ids = list(ciphers)
    lists: list[tuple[Any, Callable[[SealedRecords], list[bytes]]]] = [
        (
            select(Party.case_id, Party.payload).where(Party.case_id.in_(ids)).order_by(Party.id),
            lambda x: x.parties,
        ),
        (
            select(Message.case_id, Message.payload).where(Message.case_id.in_(ids)).order_by(Message.id),
            lambda x: x.messages,
        ),
        (
            select(Note.case_id, Note.payload).where(Note.case_id.in_(ids)).order_by(Note.id),
            lambda x: x.notes,
        ),
        (
            select(Event.case_id, Event.payload)
            .where(Event.case_id.in_(ids), Event.payload.is_not(None))
            .order_by(Event.id),
            lambda x: x.events,
        ),
        (
            select(Attachment.case_id, Attachment.payload)
            .where(Attachment.case_id.in_(ids))
            .order_by(Attachment.id),
            lambda x: x.attachments,
        ),
        (
            select(RecordSource.case_id, RecordSource.payload)
            .where(RecordSource.case_id.in_(ids))
            .order_by(RecordSource.id),
            lambda x: x.record_sources,
        ),
        (
            select(RecordRow.case_id, RecordRow.payload)
            .where(RecordRow.case_id.in_(ids))
            .order_by(RecordRow.id),
            lambda x: x.record_rows,
        ),
    ]
    for stmt, target in lists:
        for case_id, payload in conn.execute(stmt):
            if payload is not None:
                target(out[case_id]).append(payload)
    # The first chunk (up to 1 MiB) is enough to recognise a file left in clear.
    chunks = (
        select(Blob.case_id, Blob.id, BlobChunk.data)
        .join(BlobChunk, (BlobChunk.blob_id == Blob.id) & (BlobChunk.seq == 0))
        .where(Blob.case_id.in_(ids))
        .order_by(Blob.id)
    )
    for case_id, blob_id, data in conn.execute(chunks):
        # Decrypted and reduced to a few windows row by row: a batch's first chunks may
        # add up to many MiB, which are not worth holding.
        first = _try(ciphers[case_id].open, data, f"blob:{blob_id}:0") if data is not None else None
        if first:
            out[case_id].windows.extend(distinctive_windows(first))
    return out


def decode_values(sealed: SealedRecords, cipher: CaseCipher) -> PurgedValues:
    """Decrypted in memory only: the values exist for the erasure check and nothing else."""
    values = PurgedValues()
    for payload in sealed.parties:
        data = _try(cipher.open_json, payload, "party")
        if data:
            for value in PartyData.from_json(data).personal_values():
                values.add_text(value, identifying=True)
    for payload in sealed.messages:
        body = _try(cipher.open_json, payload, "message")
        if not body:
            continue
        for key in ("subject", "from", "to", "cc", "body"):
            field_value = body.get(key)
            if isinstance(field_value, str):
                values.add_text(field_value, identifying=key == "from")
        for header in body.get("headers", []) or []:
            if (
                isinstance(header, list | tuple)
                and len(header) == 2
                and str(header[0]).lower() in _ADDRESS_HEADERS
            ):
                name = str(header[0]).lower()
                values.add_text(str(header[1]), identifying=name in _SENDER_HEADERS)
    for payload in sealed.notes:
        raw = _try(cipher.open, payload, "note")
        if raw:
            values.add_text(raw.decode("utf-8", "replace"))
    for payload in sealed.events:
        raw = _try(cipher.open, payload, "event")
        if raw:
            values.add_text(raw.decode("utf-8", "replace"))
    for payload in sealed.attachments:
        meta = _try(cipher.open_json, payload, "attachment")
        if meta and isinstance(meta.get("filename"), str):
            values.add_text(meta["filename"])
    _decode_records(sealed, cipher, values)
    values.windows.extend(sealed.windows)
    return values


def _decode_records(sealed: SealedRecords, cipher: CaseCipher, values: PurgedValues) -> None:
    """The data held (services/records): every value of every row, the redaction notes, and
    the sources' names. Values are the applicant's own data from the company's systems, so
    they identify; but they are never outside the data folder, and an order number or a
    product name in the watched folder would be someone else's mail."""
    for payload in sealed.record_sources:
        meta = _try(cipher.open_json, payload, SOURCE_PURPOSE)
        if meta:
            for key in ("name", "filename"):
                if isinstance(meta.get(key), str):
                    values.add_text(meta[key])
    for payload in sealed.record_rows:
        data = _try(cipher.open_json, payload, ROW_PURPOSE)
        if not data:
            continue
        for cell in data.get("cells") or []:
            if isinstance(cell, bool) or cell is None:
                continue
            text = cell if isinstance(cell, str) else cell_text(cell)
            if not _UNREMARKABLE.fullmatch(text.strip()):
                values.add_text(text)
        for note in (data.get("redactions") or {}).values():
            if isinstance(note, str):
                values.add_text(note)
