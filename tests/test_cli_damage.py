"""A real installation with one flipped bit: the command in fresh processes, the real keyring.

One case's sealed name and another case's wrapped key are damaged on the database file
with sqlite3; the register keeps listing every case, marks those two, and `show` names
the damaged case and the way to restore it, without a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from inquiry_desk.store.engine import DB_FILENAME
from tests.services.damage_helpers import damage_applicant, damage_case_key, damage_rows

pytestmark = pytest.mark.keyring

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(tmp_path: Path, secret_service_env: dict[str, str]) -> Run:
    env = dict(
        os.environ,
        **secret_service_env,
        INQUIRY_DESK_HOME=str(tmp_path / "home"),
        INQUIRY_DESK_USER="staff",
        INQUIRY_DESK_PASSWORD="demo",
        INQUIRY_DESK_LANGUAGE="en",
        QT_QPA_PLATFORM="offscreen",
    )

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "inquiry_desk.cli.main", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    return call


def _no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr


def test_one_damaged_case_leaves_the_register_working(tmp_path: Path, run: Run) -> None:
    assert run("demo", "--cases", "12", "--purged", "3").returncode == 0
    listed = json.loads(run("cases", "--json").stdout)
    open_refs = [row["ref"] for row in listed if row["state"] != "purged"]
    name_hit, key_hit, intact = open_refs[2], open_refs[5], open_refs[0]
    db_file = tmp_path / "home" / DB_FILENAME
    damage_applicant(db_file, name_hit)
    damage_case_key(db_file, key_hit)

    as_json = run("cases", "--json")
    _no_traceback(as_json)
    assert as_json.returncode == 0
    rows = json.loads(as_json.stdout)
    assert [row["ref"] for row in rows] == [row["ref"] for row in listed]
    assert {row["ref"] for row in rows if row["damaged"]} == {name_hit, key_hit}
    by_ref = {row["ref"]: row for row in rows}
    for ref in (name_hit, key_hit):  # the plain facts, as before the damage
        before = next(row for row in listed if row["ref"] == ref)
        assert {k: v for k, v in by_ref[ref].items() if k != "damaged"} == {
            k: v for k, v in before.items() if k != "damaged"
        }
    assert f"{name_hit}, {key_hit}" in as_json.stderr

    as_text = run("cases")
    _no_traceback(as_text)
    assert as_text.returncode == 0
    lines = as_text.stdout.splitlines()
    assert len([line for line in lines if line.startswith("PI-")]) == len(listed)
    assert [line.split()[0] for line in lines if "[damaged record]" in line] == sorted([name_hit, key_hit])
    assert f"inquiry-desk show {name_hit}" in as_text.stderr

    for ref in (name_hit, key_hit):
        shown = run("show", ref)
        _no_traceback(shown)
        assert shown.returncode != 0 and shown.stdout == ""
        assert f"The stored record of {ref} is damaged" in shown.stderr
        assert "The other cases are not affected" in shown.stderr
        assert "inquiry-desk restore BACKUP-FILE --yes" in shown.stderr
        assert "master key" not in shown.stderr
        assert run("show", ref, "--json").returncode != 0

    # Working the case from the command line says the same, never "wrong master key".
    for args in (
        ("actions", key_hit),
        ("print", key_hit, "--document", "acknowledgement", "--pdf", str(tmp_path / "out.pdf")),
    ):
        worked = run(*args)
        _no_traceback(worked)
        assert worked.returncode != 0
        assert f"The stored record of {key_hit} is damaged" in worked.stderr, worked.stderr
        assert "master key" not in worked.stderr
    assert not (tmp_path / "out.pdf").exists()

    fine = run("show", intact, "--json")
    assert fine.returncode == 0, fine.stderr
    assert json.loads(fine.stdout)["applicant"]["name"]

    # Reported once each, by whoever found it first, with no value of the record.
    assert sorted(damage_rows(db_file)) == sorted(
        [
            (name_hit, {"record": "applicant", "found_by": "register"}, "system"),
            (key_hit, {"record": "case_key", "found_by": "register"}, "system"),
        ]
    )
    assert run("verify-audit").returncode == 0
