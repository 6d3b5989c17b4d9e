"""`edit` in real processes, on the SQLite file and on the real PostgreSQL server.

Two colleagues read version N of a case; the first one's edit goes through, the second
one's, quoting ``--if-version N``, is refused with a message naming the first one's
change, and nothing of the first one's is lost. Then two processes increment a counter
kept in the case (read, then write quoting the version read; retry when refused) as fast
as they can: every increment must be there at the end, none lost to the other process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.cli_processes import Run

pytestmark = pytest.mark.keyring

INCREMENTS = 20  # per process

_COUNTER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from inquiry_desk.domain.errors import StaleCase
    from inquiry_desk.services.app import App
    from inquiry_desk.services.cases.editing import CaseEdit

    home, url, user, ref, go, count = sys.argv[1:7]
    app = App.open(Path(home), url or None)
    actor = app.users.authenticate(user, "demo")
    while not Path(go).exists():
        time.sleep(0.01)
    done = refused = 0
    while done < int(count):
        seen = app.cases.get(actor, ref, record_view=False)
        n = int(seen.applicant.customer_number)
        try:
            app.edits.edit(actor, ref, CaseEdit(applicant={"customer_number": str(n + 1)}),
                           expected_version=seen.version)
            done += 1
        except StaleCase:
            refused += 1
    app.close()
    print(json.dumps({"done": done, "refused": refused}))
""")


def _open_case(run: Run) -> str:
    assert run("demo", "--cases", "4", "--purged", "0").returncode == 0
    rows = json.loads(run("cases", "--json").stdout)
    return next(r["ref"] for r in rows if r["state"] not in ("closed", "purged", "responded", "refused"))


def _show(run: Run, ref: str) -> dict[str, object]:
    shown = run("show", ref, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)  # type: ignore[no-any-return]


def test_a_stale_edit_is_refused_and_names_the_change_that_won(run: Run) -> None:
    ref = _open_case(run)
    seen_by_a = _show(run, ref)["version"]
    seen_by_b = _show(run, ref)["version"]
    assert isinstance(seen_by_a, int) and seen_by_a == seen_by_b
    phone_before = _show(run, ref)["applicant"]["phone"]  # type: ignore[index]

    a = run(
        "edit", ref, "--address", "大阪府大阪市中央区難波1-1", "--postal-code", "542-0076",
        "--if-version", str(seen_by_a), "--json", user="manager",
    )  # fmt: skip
    assert a.returncode == 0, a.stderr
    assert json.loads(a.stdout)["fields"] == ["applicant.postal_code", "applicant.address"]
    assert json.loads(a.stdout)["version"] == seen_by_a + 1

    b = run("edit", ref, "--phone", "03-3333-4444", "--if-version", str(seen_by_b))
    assert b.returncode == 2 and "Traceback" not in b.stderr
    assert f"{ref} was changed after you opened it (version {seen_by_b}, now {seen_by_b + 1})" in b.stderr
    assert "— Edited: applicant's postal code, applicant's address" in b.stderr
    assert "難波" not in b.stderr  # fields, never values

    after = _show(run, ref)
    applicant = after["applicant"]
    assert isinstance(applicant, dict)
    assert (applicant["address"], applicant["postal_code"]) == ("大阪府大阪市中央区難波1-1", "542-0076")
    assert applicant["phone"] == phone_before  # B's refused edit wrote nothing
    assert after["version"] == seen_by_a + 1
    assert f"Version {seen_by_a + 1}" in run("show", ref).stdout

    # Without --if-version the edit applies to the case as it is now.
    c = run("edit", ref, "--phone", "03-3333-4444", "--add-type", "correction", "--medium", "post")
    assert c.returncode == 0, c.stderr
    assert "changed: applicant's phone, medium of the answer, request types" in c.stdout
    shown = _show(run, ref)
    assert shown["answer_medium"] == "post" and "correction" in shown["request_types"]  # type: ignore[operator]

    # The medium goes back to "not stated" (recorded by mistake), on the timeline like any edit.
    cleared = run("edit", ref, "--medium", "none", "--if-version", str(shown["version"]))
    assert cleared.returncode == 0, cleared.stderr
    assert "changed: medium of the answer" in cleared.stdout
    shown = _show(run, ref)
    assert shown["answer_medium"] is None
    assert shown["events"][-1]["summary"] == "Edited: medium of the answer"  # type: ignore[index]


def test_the_receipt_date_on_the_command_line(run: Run) -> None:
    ref = _open_case(run)
    received = _show(run, ref)["received"]
    assert isinstance(received, str)
    staff = run("edit", ref, "--receipt-date", received, "--reason", "x")
    assert staff.returncode in (0, 2)  # the same date changes nothing either way
    bad = run("edit", ref, "--receipt-date", "2026-13-01")
    assert bad.returncode == 2 and "is not a date" in bad.stderr
    nothing = run("edit", ref)
    assert nothing.returncode == 2 and "Nothing to change" in nothing.stderr


def test_two_processes_editing_lose_no_write(
    run: Run, env: dict[str, str], database: str, tmp_path: Path
) -> None:
    ref = _open_case(run)
    assert run("edit", ref, "--customer-number", "0").returncode == 0
    start = _show(run, ref)["version"]
    assert isinstance(start, int)
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _COUNTER,
                env["INQUIRY_DESK_HOME"],
                database,
                user,
                ref,
                str(go),
                str(INCREMENTS),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user in ("staff", "manager")
    ]
    time.sleep(3)  # both signed in and waiting
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    assert [r["done"] for r in results] == [INCREMENTS, INCREMENTS]
    final = _show(run, ref)
    assert final["applicant"]["customer_number"] == str(2 * INCREMENTS)  # type: ignore[index]
    assert final["version"] == start + 2 * INCREMENTS
    edits = [e for e in final["events"] if e["action"] == "edited"]  # type: ignore[union-attr]
    assert len(edits) == 2 * INCREMENTS + 1
    print(f"{'postgresql' if database else 'sqlite'}: refused stale writes {[r['refused'] for r in results]}")
