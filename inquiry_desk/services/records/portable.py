"""The machine-readable copy (GDPR Art. 20 portability; APPI's electronic record since 2022).

A ZIP with, per source, the included rows as JSON (a list of objects, values in their types)
and as CSV (UTF-8 with BOM, which Japanese Excel opens correctly), and ``manifest.json``
saying what is in it. With a password letter the ZIP is AES-256 encrypted (WinZip AES, which
7-Zip, macOS and Windows' own archive tools open); the password is generated here, printed
on the letter and nowhere else: not on the timeline, not in the audit log, not on screen.

Both files are built in memory and written atomically (a temporary file, then a rename), the
letter first: a ZIP never exists whose password was lost to a failed write.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyzipper

from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports import Cell, cell_text
from inquiry_desk.intake.exports.text_csv import looks_like_formula
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import load_case, now
from inquiry_desk.services.records.output import REDACTED, OutgoingTable, outgoing
from inquiry_desk.services.records.service import RecordService
from inquiry_desk.services.reports.files import write_atomic_bytes
from inquiry_desk.store.engine import Database

if TYPE_CHECKING:  # the documents service is passed in: services.documents imports this package
    from inquiry_desk.services.documents.service import DocumentService

FORMAT = "inquiry-desk-portable"
FORMAT_VERSION = 1
# No 0/O, 1/I/L: the applicant types the password from paper. 20 of 32 symbols: 100 bits.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|\x00-\x1f]+")


def new_password() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(20))
    return "-".join(raw[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class PortableWritten:
    sources: int
    rows: int
    encrypted: bool


def _file_stem(table: OutgoingTable) -> str:
    name = _UNSAFE_NAME.sub("_", table.name).strip(" ._") or "source"
    return f"{table.number:02d}-{name[:60]}"


def _json_rows(table: OutgoingTable, marker: str) -> list[dict[str, Cell]]:
    return [
        {col: (marker if (r, c) in table.redacted else row[c]) for c, col in enumerate(table.columns)}
        for r, row in enumerate(table.rows)
    ]


def _csv_text(table: OutgoingTable, marker: str) -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(table.columns)
    for r, row in enumerate(table.rows):
        out = []
        for c, value in enumerate(row):
            text = marker if (r, c) in table.redacted else cell_text(value)
            # A spreadsheet would run "=HYPERLINK(...)" from a support message: the apostrophe
            # makes Excel show it as text (the JSON beside it keeps the value exact).
            out.append("'" + text if looks_like_formula(text) else text)
        writer.writerow(out)
    return "\ufeff" + buf.getvalue()


def build_zip(
    ref: str, tables: list[OutgoingTable], language: Language, created: datetime, password: str | None
) -> bytes:
    marker = REDACTED[language]
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "case_reference": ref,
        "created": created.astimezone().isoformat(),  # with the office's UTC offset
        "language": language.value,
        "redaction_marker": marker,
        "csv": {
            "encoding": "UTF-8 with BOM",
            "formula_guard": "a value that starts like a spreadsheet formula is prefixed with ' in CSV only",
        },
        "sources": [],
    }
    buf = io.BytesIO()
    encryption = {"encryption": pyzipper.WZ_AES} if password else {}
    with pyzipper.AESZipFile(buf, "w", compression=pyzipper.ZIP_DEFLATED, **encryption) as archive:
        if password:
            archive.setpassword(password.encode())
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for table in tables:
            stem = _file_stem(table)
            rows = _json_rows(table, marker)
            archive.writestr(f"{stem}.json", json.dumps(rows, ensure_ascii=False, indent=2))
            archive.writestr(f"{stem}.csv", _csv_text(table, marker))
            manifest["sources"].append(
                {
                    "source": table.number,
                    "name": table.name,
                    "rows": len(table.rows),
                    "columns": table.columns,
                    "redacted_values": len(table.redacted),
                    "files": {"json": f"{stem}.json", "csv": f"{stem}.csv"},
                }
            )
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    return buf.getvalue()


class PortableService:
    def __init__(
        self,
        db: Database,
        documents: DocumentService,
        records: RecordService,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.documents = documents
        self.records = records
        self._on_change = on_change

    def write(
        self,
        actor: Actor,
        ref: str,
        out: Path,
        *,
        password_letter: Path | None = None,
        lang: Language | str | None = None,
    ) -> PortableWritten:
        actor.require(Permission.PRINT)
        if password_letter is not None and password_letter.resolve() == out.resolve():
            raise UserError(translate("Records", "The ZIP and the password letter need two different files."))
        # The letter's context also refuses a purged case, with the documents' message.
        ctx = self.documents.letter_context(actor, ref, lang=lang)
        tables = outgoing(self.records.sources(actor, ref))
        if not tables:
            raise UserError(
                translate(
                    "Records", "{ref} has no included records: add the data held first (`records {ref} add`)."
                ).format(ref=ctx.reference)
            )
        created = now()
        password = new_password() if password_letter is not None else None
        data = build_zip(ctx.reference, tables, ctx.language, created, password)
        if password_letter is not None and password is not None:
            from inquiry_desk.documents.password_letter import render_password_letter

            _write(password_letter, render_password_letter(ctx, password, out.name))
        try:
            _write(out, data)
        except UserError:
            if password_letter is not None:
                password_letter.unlink(missing_ok=True)
            raise
        rows = sum(len(t.rows) for t in tables)
        self._record(actor, ctx.reference, len(tables), rows, password is not None)
        return PortableWritten(len(tables), rows, password is not None)

    def _record(self, actor: Actor, ref: str, sources: int, rows: int, encrypted: bool) -> None:
        with self.db.write() as session:
            case = load_case(session, ref)
            stamp = now()
            how = "AES-encrypted ZIP, password letter" if encrypted else "ZIP, not encrypted"
            add_event(
                session,
                case,
                actor,
                "export:portable",
                f"Exported the machine-readable copy ({sources} sources, {rows} rows, {how})",
                at=stamp,
            )
            audit.record(
                session,
                actor,
                "records.export_portable",
                case.ref,
                {"sources": sources, "rows": rows, "encrypted": encrypted},
                at=stamp,
            )
            case.updated_at = stamp
        if self._on_change:
            self._on_change()


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic_bytes(path, data)
    except OSError as exc:
        raise UserError(
            translate("Records", "{file} could not be written: {problem}").format(
                file=path.name, problem=exc.strerror or exc
            )
        ) from None
