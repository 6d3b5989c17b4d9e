"""`merge` in real processes with the real keyring, on the SQLite file and the PostgreSQL server.

An imported letter with an ID scan (FROM) and an open demo case (INTO): FROM's messages and
attachments arrive in INTO, FROM is left an anonymous purged row whose applicant is nowhere
on disk in clear; a merge quoting a version that is no longer current is refused with exit
code 2 and moves nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli_processes import Run
from tests.services.purge_helpers import scan_folder

pytestmark = pytest.mark.keyring
SAMPLES = Path(__file__).parent / "data" / "samples" / "inbox"


def _show(run: Run, ref: str) -> dict[str, Any]:
    shown = run("show", ref, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)  # type: ignore[no-any-return]


def test_merge_on_the_command_line(run: Run, tmp_path: Path) -> None:
    assert run("demo", "--cases", "6", "--purged", "0").returncode == 0
    rows = json.loads(run("cases", "--json").stdout)
    open_refs = [r["ref"] for r in rows if r["state"] not in ("closed", "purged", "responded", "refused")]
    target = open_refs[0]
    # A letter with an ID scan that quotes no reference: the importer made a second case of it.
    imported = run("import", str(SAMPLES / "03-erasure-with-id-scan.eml"), "--json")
    assert imported.returncode == 0, imported.stderr
    source = json.loads(imported.stdout.splitlines()[0])["ref"]
    before_from, before_into = _show(run, source), _show(run, target)
    applicant = before_from["applicant"]
    values = {v for v in (applicant["name"], applicant["email"], applicant["address"]) if v and len(v) >= 4}
    values -= {before_into["applicant"][k] for k in ("name", "email", "address")}
    assert values, applicant
    moved = {k: len(before_from[k]) for k in ("messages", "attachments", "notes")}
    assert moved["messages"] and moved["attachments"]  # something to move

    stale = run(
        "merge", source, target, "--if-version-into", str(before_into["version"] - 1), "--if-version-from",
        str(before_from["version"]),
    )  # fmt: skip
    assert stale.returncode == 2 and "Traceback" not in stale.stderr
    assert f"{target} was changed after you opened it" in stale.stderr
    assert _show(run, target)["messages"] == before_into["messages"]

    done = run(
        "merge", source, target, "--if-version-from", str(before_from["version"]),
        "--if-version-into", str(before_into["version"]), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["from"] == source and result["into"] == target
    assert result["erased"] is True and result["key_destroyed"] is True
    assert {k: result[k] for k in moved} == moved
    after = _show(run, target)
    assert after["version"] == result["version"] > before_into["version"]
    assert len(after["messages"]) == len(before_into["messages"]) + len(before_from["messages"])
    for kind, n in moved.items():
        assert len(after[kind]) == len(before_into[kind]) + n, kind
    assert after["applicant"] == before_into["applicant"]
    emptied = next(r for r in json.loads(run("cases", "--json").stdout) if r["ref"] == source)
    assert emptied["state"] == "purged"
    assert emptied["merged_into"] == target  # where it went, after the purge too
    shown = run("show", source)
    assert shown.returncode == 0 and f"Merged into {target}" in shown.stdout

    again = run("merge", source, target)
    assert again.returncode == 2 and "no longer open" in again.stderr and "Traceback" not in again.stderr
    assert scan_folder(tmp_path / "home", values) == []
