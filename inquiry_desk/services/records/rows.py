"""How the data held is stored: sources and rows sealed under the case key, read back whole.

The records service (service.py) works through these; the purge reads the same purposes
(services/purge/values.py) to know what to look for after the erasure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import NotFound, UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports import ParsedSource
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.facts import load_case
from inquiry_desk.services.records.views import RowView, SourceView
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.models import Case
from inquiry_desk.store.records_models import RecordRow, RecordSource

SOURCE_PURPOSE = "record-source"
ROW_PURPOSE = "record-row"
MAX_NAME = 120


def open_case(session: Session, ref: str, expected_version: int | None = None) -> Case:
    case = load_case(session, ref, expected_version)
    if case.state == CaseState.PURGED.value:
        raise UserError(
            translate("Records", "The personal data of {ref} has been erased.").format(ref=case.ref)
        )
    return case


def source_meta(cipher: CaseCipher, row: RecordSource) -> dict[str, Any]:
    return cipher.open_json(row.payload, SOURCE_PURPOSE)


def row_data(cipher: CaseCipher, row: RecordRow) -> dict[str, Any]:
    return cipher.open_json(row.payload, ROW_PURPOSE)


def read_sources(session: Session, case: Case, cipher: CaseCipher) -> list[SourceView]:
    """Every source of the case with its rows, decrypted (in memory only)."""
    sources = list(
        session.scalars(
            select(RecordSource).where(RecordSource.case_id == case.id).order_by(RecordSource.number)
        )
    )
    rows_by_source: dict[int, list[RowView]] = {s.id: [] for s in sources}
    # Columns, not ORM objects: a source of 2,000 rows is read for every print and export.
    for source_id, position, included, payload in session.execute(
        select(RecordRow.source_id, RecordRow.position, RecordRow.included, RecordRow.payload)
        .where(RecordRow.case_id == case.id)
        .order_by(RecordRow.source_id, RecordRow.position)
    ):
        data = cipher.open_json(payload, ROW_PURPOSE)
        redactions = {int(k): str(v) for k, v in (data.get("redactions") or {}).items()}
        rows_by_source[source_id].append(RowView(position, included, list(data["cells"]), redactions))
    out = []
    for s in sources:
        meta = source_meta(cipher, s)
        out.append(
            SourceView(
                s.number,
                str(meta.get("name", "")),
                str(meta.get("filename", "")),
                s.format,
                str(meta.get("encoding", "")),
                [str(c) for c in meta.get("columns", [])],
                rows_by_source[s.id],
                s.added_at,
                [str(w) for w in meta.get("warnings", [])],
            )
        )
    return out


def write_source(
    session: Session,
    case: Case,
    cipher: CaseCipher,
    actor: Actor,
    number: int,
    label: str,
    filename: str,
    table: ParsedSource,
    stamp: datetime,
) -> None:
    meta = {
        "name": label,
        "filename": filename,
        "columns": table.columns,
        "encoding": table.encoding,
        "warnings": table.warnings,
    }
    source = RecordSource(
        case_id=case.id,
        number=number,
        format=table.format,
        row_count=len(table.rows),
        column_count=len(table.columns),
        added_at=stamp,
        added_by=actor.username,
        payload=cipher.seal_json(meta, SOURCE_PURPOSE),
    )
    session.add(source)
    session.flush()
    # Core inserts in one executemany: 2,000 ORM objects would cost more than the sealing.
    session.execute(
        insert(RecordRow),
        [
            {
                "source_id": source.id,
                "case_id": case.id,
                "position": pos,
                "included": True,
                "redacted": 0,
                "payload": cipher.seal_json({"cells": cells, "redactions": {}}, ROW_PURPOSE),
            }
            for pos, cells in enumerate(table.rows, start=1)
        ],
    )


def find_source(session: Session, case: Case, number: int) -> RecordSource:
    src = session.scalar(
        select(RecordSource).where(RecordSource.case_id == case.id, RecordSource.number == number)
    )
    if src is None:
        raise NotFound(
            translate(
                "Records", "{ref} has no source {source}; see `inquiry-desk records {ref} list`."
            ).format(ref=case.ref, source=number)
        )
    return src


def source_name(table: ParsedSource, name: str | None, tables: int) -> str:
    # Several tables from one file keep their own names beside the one staff gave.
    label = (name.strip() if tables == 1 else f"{name.strip()} — {table.name}") if name else table.name
    return label[:MAX_NAME]


def column_index(columns: Sequence[str], text: str) -> int:
    """A column named by staff: its 1-based number or its name (exact, then case-insensitive)."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(columns):
        return int(text) - 1
    for i, name in enumerate(columns):
        if name == text:
            return i
    for i, name in enumerate(columns):
        if name.casefold() == text.casefold():
            return i
    raise NotFound(
        translate("Records", "There is no column {column}; give its number (1–{count}) or its name.").format(
            column=repr(text), count=len(columns)
        )
    )
