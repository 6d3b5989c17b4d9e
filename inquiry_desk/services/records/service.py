"""The data held: bringing a system's export into a case, and reviewing it row by row.

Every source and row is sealed with the case key (``record-source`` / ``record-row``); the
timeline says what was done in words free of personal data ("3 rows of source 2 excluded"),
and what staff typed as a reason for a redaction is sealed in the event's detail. The audit
log names sources, rows and columns by number, never a value or a column's name.

A file is parsed whole before anything is written, and written in one transaction: a file
refused half-way adds nothing, and a case never holds half a source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports import MAX_FILE_BYTES, read_export
from inquiry_desk.intake.exports.read import too_large
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import now
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.records.rows import (
    ROW_PURPOSE,
    find_source,
    open_case,
    read_sources,
    row_data,
    source_name,
    write_source,
)
from inquiry_desk.services.records.views import SourceSummary, SourceView
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case
from inquiry_desk.store.records_models import RecordRow, RecordSource

MAX_NOTE = 2000


class RecordService:
    def __init__(self, db: Database, keys: KeyService, on_change: Callable[[], None] | None = None) -> None:
        self.db = db
        self.keys = keys
        self._on_change = on_change

    # --- bringing in ---------------------------------------------------------------------
    def add(
        self,
        actor: Actor,
        ref: str,
        filename: str,
        data: bytes,
        *,
        name: str | None = None,
        encoding: str | None = None,
        expected_version: int | None = None,
    ) -> list[SourceSummary]:
        """Add one export file; a workbook with several sheets or a JSON object of lists adds
        one source per table. ``name`` names the source (the file's or sheet's name otherwise).

        Every change here takes ``expected_version``: refused (`StaleCase`) when the case is no
        longer at the version the caller saw."""
        actor.require(Permission.EDIT_CASE)
        if name is not None and not name.strip():
            raise ValidationFailed({"source": translate("Records", "The source needs a name.")})
        tables = read_export(data, filename, encoding=encoding)  # parsed whole before any write
        with self.db.write() as session:
            case = open_case(session, ref, expected_version)
            cipher = self.keys.cipher(session, case)
            stamp = now()
            last = session.scalar(
                select(func.max(RecordSource.number)).where(RecordSource.case_id == case.id)
            )
            added = []
            for i, table in enumerate(tables):
                label = source_name(table, name, len(tables))
                number = (last or 0) + 1 + i
                write_source(session, case, cipher, actor, number, label, filename, table, stamp)
                added.append(
                    SourceSummary(
                        number,
                        label,
                        table.format,
                        table.encoding,
                        len(table.rows),
                        len(table.columns),
                        table.warnings,
                    )
                )
                add_event(
                    session,
                    case,
                    actor,
                    "records.add",
                    f"Data held added: source {number} ({table.format.upper()}, "
                    f"{len(table.rows)} rows, {len(table.columns)} columns)",
                    at=stamp,
                )
                audit.record(
                    session,
                    actor,
                    "records.add",
                    case.ref,
                    {
                        "source": number,
                        "format": table.format,
                        "encoding": table.encoding,
                        "rows": len(table.rows),
                        "columns": len(table.columns),
                    },
                    at=stamp,
                )
            case.updated_at = stamp
        self._changed()
        return added

    def add_file(
        self,
        actor: Actor,
        ref: str,
        path: Path,
        *,
        name: str | None = None,
        encoding: str | None = None,
        expected_version: int | None = None,
    ) -> list[SourceSummary]:
        """``add`` for a file on disk: measured before a byte is read (a 200 MB dump is refused
        without filling memory), and a file that cannot be read gets a message, not a traceback."""
        actor.require(Permission.EDIT_CASE)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise too_large(path.name, size)
            data = path.read_bytes()
        except IsADirectoryError:
            raise UserError(
                translate("Records", "{file} is a folder, not a file.").format(file=path)
            ) from None
        except FileNotFoundError:
            raise UserError(translate("Records", "There is no file {file}.").format(file=path)) from None
        except OSError as exc:
            raise UserError(
                translate("Records", "{file} cannot be read: {problem}").format(
                    file=path, problem=exc.strerror
                )
            ) from None
        return self.add(
            actor, ref, path.name, data, name=name, encoding=encoding, expected_version=expected_version
        )

    # --- reading ---------------------------------------------------------------------------
    def sources(self, actor: Actor, ref: str, *, record_view: bool = True) -> list[SourceView]:
        return self.sources_at_version(actor, ref, record_view=record_view)[1]

    def sources_at_version(
        self, actor: Actor, ref: str, *, record_view: bool = True
    ) -> tuple[int, list[SourceView]]:
        """The case's version and its sources, read together: what the Data held tab shows
        and then quotes when it changes them (a colleague's change meanwhile is refused)."""
        actor.require(Permission.VIEW_PERSONAL)
        with self.db.write() if record_view else self.db.read() as session:
            case = open_case(session, ref)
            version = case.version
            cipher = self.keys.cipher(session, case)
            out = read_sources(session, case, cipher)
            if record_view:
                audit.record(session, actor, "records.view", case.ref, {"sources": len(out)})
            return version, out

    # --- review ----------------------------------------------------------------------------
    def set_included(
        self,
        actor: Actor,
        ref: str,
        source: int,
        rows: Sequence[int],
        included: bool,
        *,
        expected_version: int | None = None,
    ) -> int:
        """Include or exclude rows of one source; returns how many changed."""
        return self.review(actor, ref, [(source, rows)], included, expected_version=expected_version)

    def review(
        self,
        actor: Actor,
        ref: str,
        selections: Sequence[tuple[int, Sequence[int]]],
        included: bool,
        *,
        expected_version: int | None = None,
    ) -> int:
        """Include or exclude rows of several sources (source number, rows) as one change;
        returns how many rows changed."""
        actor.require(Permission.EDIT_CASE)
        if not selections or any(not rows for _, rows in selections):
            raise ValidationFailed({"rows": translate("Records", "Name at least one row.")})
        with self.db.write() as session:
            case = open_case(session, ref, expected_version)
            changed = sum(
                self._review_in(session, case, actor, source, rows, included) for source, rows in selections
            )
            if changed:
                case.updated_at = now()
        if changed:
            self._changed()
        return changed

    @staticmethod
    def _review_in(
        session: Session, case: Case, actor: Actor, source: int, rows: Sequence[int], included: bool
    ) -> int:
        wanted = sorted(set(rows))
        src = find_source(session, case, source)
        found = list(
            session.scalars(
                select(RecordRow).where(RecordRow.source_id == src.id, RecordRow.position.in_(wanted))
            )
        )
        missing = sorted(set(wanted) - {r.position for r in found})
        if missing:
            raise NotFound(
                translate("Records", "Source {source} has no row {row} (it has {count} rows).").format(
                    source=source, row=missing[0], count=src.row_count
                )
            )
        changed = [r for r in found if r.included != included]
        for r in changed:
            r.included = included
        if changed:
            stamp = now()
            verb = "included" if included else "excluded"
            add_event(
                session,
                case,
                actor,
                "records.include" if included else "records.exclude",
                f"Data held reviewed: {len(changed)} row(s) of source {source} {verb}",
                at=stamp,
            )
            audit.record(
                session,
                actor,
                "records.review",
                case.ref,
                {"source": source, "rows": len(changed), "included": included},
                at=stamp,
            )
        return len(changed)

    def redact(
        self,
        actor: Actor,
        ref: str,
        source: int,
        row: int,
        column: int,
        note: str,
        *,
        expected_version: int | None = None,
    ) -> None:
        """Withhold one value (``column`` 0-based) from everything that goes out, with the reason."""
        actor.require(Permission.EDIT_CASE)
        note = note.strip()
        if not note:
            raise ValidationFailed(
                {"note": translate("Records", "Say why the value is withheld (e.g. a third party's name).")}
            )
        if len(note) > MAX_NOTE:
            raise ValidationFailed(
                {
                    "note": translate("Records", "The reason is longer than {limit} characters.").format(
                        limit=MAX_NOTE
                    )
                }
            )
        self._set_redaction(actor, ref, source, row, column, note, expected_version)

    def unredact(
        self,
        actor: Actor,
        ref: str,
        source: int,
        row: int,
        column: int,
        *,
        expected_version: int | None = None,
    ) -> None:
        actor.require(Permission.EDIT_CASE)
        self._set_redaction(actor, ref, source, row, column, None, expected_version)

    def _set_redaction(
        self,
        actor: Actor,
        ref: str,
        source: int,
        row: int,
        column: int,
        note: str | None,
        expected_version: int | None,
    ) -> None:
        with self.db.write() as session:
            case = open_case(session, ref, expected_version)
            cipher = self.keys.cipher(session, case)
            src = find_source(session, case, source)
            if not 0 <= column < src.column_count:
                raise NotFound(
                    translate("Records", "Source {source} has no column {column} (it has {count}).").format(
                        source=source, column=column + 1, count=src.column_count
                    )
                )
            record = session.scalar(
                select(RecordRow).where(RecordRow.source_id == src.id, RecordRow.position == row)
            )
            if record is None:
                raise NotFound(
                    translate("Records", "Source {source} has no row {row} (it has {count} rows).").format(
                        source=source, row=row, count=src.row_count
                    )
                )
            data = row_data(cipher, record)
            redactions: dict[str, str] = dict(data.get("redactions") or {})
            key = str(column)
            if note is None and key not in redactions:
                raise UserError(
                    translate(
                        "Records", "Row {row}, column {column} of source {source} is not redacted."
                    ).format(row=row, column=column + 1, source=source)
                )
            if note is None:
                del redactions[key]
            else:
                redactions[key] = note
            data["redactions"] = redactions
            record.payload = cipher.seal_json(data, ROW_PURPOSE)
            record.redacted = len(redactions)
            stamp = now()
            where = f"source {source}, row {row}, column {column + 1}"
            add_event(
                session,
                case,
                actor,
                "records.redact" if note is not None else "records.unredact",
                f"Value redacted: {where}" if note is not None else f"Redaction lifted: {where}",
                cipher,
                note or "",
                at=stamp,
            )
            audit.record(
                session,
                actor,
                "records.redact" if note is not None else "records.unredact",
                case.ref,
                {"source": source, "row": row, "column": column + 1},
                at=stamp,
            )
            case.updated_at = stamp
        self._changed()

    def remove(self, actor: Actor, ref: str, source: int, *, expected_version: int | None = None) -> int:
        """Take a source out of the case (the wrong file was added); returns its row count."""
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = open_case(session, ref, expected_version)
            src = find_source(session, case, source)
            count = src.row_count
            session.execute(delete(RecordRow).where(RecordRow.source_id == src.id))
            session.delete(src)
            stamp = now()
            add_event(
                session,
                case,
                actor,
                "records.remove",
                f"Data held removed: source {source} ({count} rows)",
                at=stamp,
            )
            audit.record(
                session, actor, "records.remove", case.ref, {"source": source, "rows": count}, at=stamp
            )
            case.updated_at = stamp
        self._changed()
        return count

    def _changed(self) -> None:
        if self._on_change:
            self._on_change()
