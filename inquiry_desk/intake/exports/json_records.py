"""JSON exports: a list of objects (one table), or an object whose values are lists of
objects (one table per key, e.g. {"orders": [...], "addresses": [...]}).

The columns are the keys in the order first met; a nested value (an address object, a list
of tags) is kept as compact JSON text in its cell, so nothing is dropped.
"""

from __future__ import annotations

import json
from typing import Any

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports.model import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    ExportRefused,
    ParsedSource,
)


def _shape_error(name: str) -> ExportRefused:
    return ExportRefused(
        translate(
            "Records",
            "{file} is JSON but not a list of records: expected a list of objects, or an object "
            "whose values are lists of objects.",
        ).format(file=name)
    )


def _cell(value: Any) -> Cell:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _table(title: str, items: list[Any], name: str) -> ParsedSource:
    if not all(isinstance(item, dict) for item in items):
        raise _shape_error(name)
    columns: dict[str, None] = {}
    for item in items:
        for key in item:
            columns.setdefault(str(key), None)
    if len(columns) > MAX_COLUMNS:
        raise ExportRefused(
            translate("Records", "{file} has {count} columns; at most {limit} can be taken in.").format(
                file=name, count=len(columns), limit=MAX_COLUMNS
            )
        )
    if len(items) > MAX_ROWS or len(items) * len(columns) > MAX_CELLS:
        raise ExportRefused(
            translate(
                "Records",
                "{file} has more than {rows} rows or {cells} values: it is not an export for one person.",
            ).format(file=name, rows=MAX_ROWS, cells=MAX_CELLS)
        )
    names = list(columns)
    rows = [[_cell({str(k): v for k, v in item.items()}.get(col)) for col in names] for item in items]
    return ParsedSource(title, names, rows, "json")


def parse_json(text: str, name: str, stem: str) -> list[ParsedSource]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportRefused(
            translate("Records", "{file} is not valid JSON (line {line}, column {column}).").format(
                file=name, line=exc.lineno, column=exc.colno
            )
        ) from None
    if isinstance(data, list):
        if not data:
            raise ExportRefused(translate("Records", "{file} holds no records.").format(file=name))
        return [_table(stem, data, name)]
    if isinstance(data, dict) and data and all(isinstance(v, list) for v in data.values()):
        tables = [_table(str(key), items, name) for key, items in data.items() if items]
        if not tables:
            raise ExportRefused(translate("Records", "{file} holds no records.").format(file=name))
        return tables
    raise _shape_error(name)
