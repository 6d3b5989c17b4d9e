"""The register's TOML text with the editor's values put in, keeping the manager's comments.

The settings window edits the register as tables; the file stays the TOML the letters and
`inquiry-desk settings --register-file` read. tomlkit edits the document in place, so the
comments that explain each section (and any a manager added) survive a save from the window.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table


def merged(old_text: str, data: dict[str, Any]) -> str:
    """``old_text`` with every section of ``data`` replacing its own (a broken old text is
    replaced whole: the editor's values are all there is)."""
    try:
        doc = tomlkit.parse(old_text)
    except TOMLKitError:
        doc = tomlkit.document()
    for key, value in data.items():
        current = doc.get(key)
        if isinstance(value, dict):
            if isinstance(current, Table):
                _update(current, value)
            else:
                doc[key] = _table(value)
        elif isinstance(value, list):
            if isinstance(current, AoT):
                _update_entries(current, value)
            else:
                doc[key] = tomlkit.aot()
                for entry in value:
                    doc[key].append(_table(entry))
        else:
            doc[key] = value
    return tomlkit.dumps(doc)


def _table(values: dict[str, Any]) -> Table:
    table = tomlkit.table()
    for key, value in values.items():
        table[key] = value
    return table


def _update(table: Table, values: dict[str, Any]) -> None:
    """In place: a comment after a key stays where it was when only the value changes."""
    for key in [k for k in table if k not in values]:
        del table[key]
    for key, value in values.items():
        if table.get(key) != value:
            table[key] = value


def _update_entries(entries: AoT, values: list[dict[str, Any]]) -> None:
    # Entry by entry, in place. The comment block before the next section is kept with the
    # last entry, so surplus entries are dropped from before it and it takes the last value.
    while len(entries) > max(len(values), 1):
        entries.pop(len(entries) - 2)
    if not values and len(entries):
        entries.pop(0)
    for index, value in enumerate(values):
        if index < len(entries):
            _update(entries[index], value)
        else:
            entries.append(_table(value))
