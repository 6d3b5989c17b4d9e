"""Which rows the purge erases: every table holding case rows, classified, in delete order.

What is personal is decided by the tables themselves: every table with a ``case_id``
column is tagged ``info={"personal": True|False}`` and may name ``personal_columns``
that are cleared while the row stays (the timeline keeps its anonymous summary). The
plan walks ``Base.metadata`` and refuses to run if a table holding case rows is not
classified, so a new table cannot silently escape the erasure.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, inspect, select
from sqlalchemy.orm import Session

from inquiry_desk.store.models import Base


class UnclassifiedTable(RuntimeError):
    """A table holds case rows but nobody said whether they are personal: a bug, not a user error."""


@dataclass(frozen=True)
class ErasurePlan:
    delete_order: tuple[Table, ...]  # personal tables, children first
    clear_columns: tuple[tuple[Table, tuple[str, ...]], ...]  # rows stay, these columns go NULL

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.delete_order]


def _load_optional_models() -> None:
    # Tables defined in other modules only enter Base.metadata when imported.
    for name in ("inquiry_desk.store.lifecycle_models", "inquiry_desk.store.records_models"):
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def _refers_to(table: Table, targets: set[str]) -> bool:
    return any(fk.column.table.name in targets for fk in table.foreign_keys)


def erasure_plan(metadata: Any = None) -> ErasurePlan:
    """Classify every table; raise UnclassifiedTable if one holding case rows is not tagged."""
    if metadata is None:
        _load_optional_models()
        metadata = Base.metadata
    tables: list[Table] = list(metadata.sorted_tables)
    personal = {t.name for t in tables if t.info.get("personal") is True}
    problems: list[str] = []
    delete_order: list[Table] = []
    clear: list[tuple[Table, tuple[str, ...]]] = []
    for table in reversed(tables):  # dependants before what they refer to
        tag = table.info.get("personal")
        holds_case_rows = "case_id" in table.c or _refers_to(table, {"cases"} | personal)
        if tag is None:
            if holds_case_rows:
                problems.append(f"{table.name}: holds case rows but has no info['personal'] tag")
            continue
        if tag is True:
            if "case_id" not in table.c and not _refers_to(table, personal):
                problems.append(
                    f"{table.name}: personal but neither has case_id nor refers to a personal table with one"
                )
                continue
            delete_order.append(table)
        columns = tuple(table.info.get("personal_columns", ()))
        if columns:
            if "case_id" not in table.c or tag is True:
                problems.append(f"{table.name}: personal_columns needs a case_id and a row that stays")
                continue
            missing = [c for c in columns if c not in table.c or not table.c[c].nullable]
            if missing:
                problems.append(f"{table.name}: personal columns {missing} must exist and be nullable")
                continue
            clear.append((table, columns))
    if problems:
        raise UnclassifiedTable("erasure cannot run safely: " + "; ".join(problems))
    return ErasurePlan(tuple(delete_order), tuple(clear))


def case_rows(table: Table, case_id: Any, personal: dict[str, Table]) -> ColumnElement[bool]:
    """A condition selecting ``table``'s rows that belong to the case, via case_id or a parent."""
    if "case_id" in table.c:
        condition: ColumnElement[bool] = table.c.case_id == case_id
        return condition
    for fk in table.foreign_keys:
        parent = personal.get(fk.column.table.name)
        if parent is not None and parent is not table:
            inner = select(fk.column).where(case_rows(parent, case_id, personal))
            return fk.parent.in_(inner.scalar_subquery())
    raise UnclassifiedTable(f"{table.name}: cannot tell which case its rows belong to")


def check_database_tables(session: Session, plan: ErasurePlan) -> None:
    """A table in the database the code does not know (a newer version's) may hold case rows."""
    known = set(Base.metadata.tables)
    insp = inspect(session.connection())
    for name in insp.get_table_names():
        if name in known:
            continue
        if any(col["name"] == "case_id" for col in insp.get_columns(name)):
            raise UnclassifiedTable(
                f"{name}: a table in the database with case_id that this version does not classify"
            )
