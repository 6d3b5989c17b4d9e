"""`post`, `returned`, `extend`, `outcomes` and `assign` quote ``--if-version N`` in real processes,
on the SQLite file and on the real PostgreSQL server.

A colleague's process changes the case first; every change another process then asks for
quoting the version it read is refused (exit 2) with who changed what, and writes nothing.
Two processes recording a posting quoting the same version at the same moment: exactly one
of them gets through.
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.cli_processes import Run, cli_argv

pytestmark = pytest.mark.keyring


def _show(run: Run, ref: str) -> dict[str, object]:
    shown = run("show", ref, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)  # type: ignore[no-any-return]


def _gdpr_request(run: Run) -> str:
    """An open request of the demo made an EEA one received today: an extension is possible."""
    assert run("demo", "--cases", "6", "--purged", "0").returncode == 0
    rows = json.loads(run("cases", "--json").stdout)
    ref = next(
        r["ref"]
        for r in rows
        if r["kind"] == "request" and r["state"] in ("received", "verifying", "in_progress")
    )
    today = date.today().isoformat()
    made = run(
        "edit", ref, "--jurisdiction", "EEA", "--receipt-date", today, "--reason", "Date stamp misread",
        user="manager",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return str(ref)


def _refused(result: subprocess.CompletedProcess[str], ref: str, seen: int, change: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{ref} was changed after you opened it (version {seen}, now {seen + 1})" in result.stderr
    assert "Sugahara Shin" in result.stderr and change in result.stderr  # who changed what


def test_stale_case_changes_are_refused_on_the_command_line(run: Run) -> None:
    ref = _gdpr_request(run)
    seen = _show(run, ref)["version"]
    assert isinstance(seen, int)

    # The manager's process records the letter that went out.
    posted = run(
        "post", ref, "--tracking", "1234-5678-9012", "--what", "Request form", "--if-version", str(seen),
        user="manager",
    )  # fmt: skip
    assert posted.returncode == 0, posted.stderr
    listed = json.loads(run("postings", ref, "--json").stdout)
    assert [(p["tracking_number"], p["what"], p["returned_on"]) for p in listed] == [
        ("123456789012", "Request form", None)
    ]
    posting = str(listed[0]["id"])
    change = "Posted by registered mail on"

    # Everything the staff member's process asks quoting the version it read is refused.
    types = _show(run, ref)["request_types"]
    assert isinstance(types, list) and types
    _refused(run("extend", ref, "1", "Three systems to search", "--if-version", str(seen)), ref, seen, change)
    _refused(run("post", ref, "--ordinary", "--if-version", str(seen)), ref, seen, change)
    _refused(run("returned", ref, "--posting", posting, "--if-version", str(seen)), ref, seen, change)
    _refused(run("assign", ref, "staff", "--if-version", str(seen)), ref, seen, change)
    _refused(run("outcomes", ref, f"{types[0]}=granted", "--if-version", str(seen)), ref, seen, change)
    after = _show(run, ref)
    assert after["version"] == seen + 1  # none of them wrote anything
    assert after["assignee"] != "Sato Yui"
    assert json.loads(run("ledger", ref, "--json").stdout)["extension_months_granted"] == 0
    assert len(json.loads(run("postings", ref, "--json").stdout)) == 1

    # Quoting the version as it is now, they go through.
    now = seen + 1
    extended = run("extend", ref, "1", "Three systems to search", "--if-version", str(now))
    assert extended.returncode == 0, extended.stderr
    returned = run(
        "returned", ref, "--posting", posting, "--note", "No such address", "--if-version", str(now + 1)
    )
    assert returned.returncode == 0, returned.stderr
    assert "the clock is paused" in returned.stdout
    ledger = json.loads(run("ledger", ref, "--json").stdout)
    assert ledger["paused"] and ledger["extension_months_granted"] == 1
    assert json.loads(run("postings", ref, "--json").stdout)[0]["returned_on"] == date.today().isoformat()
    assert _show(run, ref)["state"] == "awaiting_applicant"


def test_two_processes_posting_on_one_version_one_gets_through(
    run: Run, env: dict[str, str], database: str
) -> None:
    ref = _gdpr_request(run)
    seen = _show(run, ref)["version"]
    assert isinstance(seen, int)
    procs = [
        subprocess.Popen(
            cli_argv(database, "post", ref, "--ordinary", "--what", what, "--if-version", str(seen)),
            env=dict(env, INQUIRY_DESK_USER=user),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user, what in (("staff", "Acknowledgement"), ("manager", "Request form"))
    ]
    outcomes = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert "Traceback" not in err
        outcomes.append((proc.returncode, out, err))
    assert sorted(code for code, _, _ in outcomes) == [0, 2]
    loser = next(err for code, _, err in outcomes if code == 2)
    assert f"{ref} was changed after you opened it (version {seen}" in loser
    assert len(json.loads(run("postings", ref, "--json").stdout)) == 1
    assert _show(run, ref)["version"] == seen + 1


def test_post_and_returned_refuse_bad_input_with_a_message(run: Run) -> None:
    ref = _gdpr_request(run)
    untracked = run("post", ref)  # registered by default: the number is required
    assert untracked.returncode == 2 and "Registered mail needs its tracking number" in untracked.stderr
    bad_day = run("post", ref, "--ordinary", "--on", "2026-02-30")
    assert bad_day.returncode == 2 and "is not a date" in bad_day.stderr
    unknown = run("returned", ref, "--posting", "999999")
    assert unknown.returncode == 2 and "That posting is not part of this case" in unknown.stderr
    assert "No postings recorded." in run("postings", ref).stdout


def test_records_hold_and_response_text_quote_the_version(run: Run, tmp_path: Path) -> None:
    ref = _gdpr_request(run)
    export = tmp_path / "orders.csv"
    export.write_text("order,item\r\nA-1,book\r\nA-2,pen\r\nA-3,ink\r\n", encoding="utf-8")
    seen = _show(run, ref)["version"]
    assert isinstance(seen, int)
    added = run("records", ref, "add", str(export), "--if-version", str(seen), user="manager")
    assert added.returncode == 0, added.stderr
    change = "Data held added: source 1"

    _refused(run("records", ref, "exclude", "1.1", "--if-version", str(seen)), ref, seen, change)
    _refused(
        run("records", ref, "redact", "1.2", "item", "--note", "third party", "--if-version", str(seen)),
        ref,
        seen,
        change,
    )
    _refused(run("records", ref, "remove", "1", "--if-version", str(seen)), ref, seen, change)
    _refused(run("response-text", ref, "--text", "Enclosed.", "--if-version", str(seen)), ref, seen, change)
    _refused(
        run("hold", ref, "--on", "--reason", "Litigation", "--if-version", str(seen), user="manager"),
        ref,
        seen,
        change,
    )
    assert _show(run, ref)["version"] == seen + 1 and _show(run, ref)["legal_hold"] is False

    now = seen + 1
    # Rows of two ranges in one command are one change: one version further.
    excluded = run("records", ref, "exclude", "1.1", "1.3", "--if-version", str(now))
    assert excluded.returncode == 0 and "2 row(s) excluded." in excluded.stdout, excluded.stderr
    rows = json.loads(run("records", ref, "list", "--json").stdout)[0]["rows"]
    assert [r["included"] for r in rows] == [False, True, False]
    text = run("response-text", ref, "--text", "Enclosed.", "--if-version", str(now + 1))
    assert text.returncode == 0, text.stderr
    held = run("hold", ref, "--on", "--reason", "Litigation", "--if-version", str(now + 2), user="manager")
    assert held.returncode == 0, held.stderr
    assert _show(run, ref)["legal_hold"] is True and _show(run, ref)["version"] == now + 3
