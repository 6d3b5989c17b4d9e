"""`cases --needs-review` and `confirm` in real processes, on the SQLite file and on PostgreSQL.

An imported fax's guesses are listed by `show`, filtered by `cases --needs-review`, confirmed
field by field or all at once; a confirmation quoting a version a colleague's change has
left is refused (exit code 2) naming that change, and confirms nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_processes import Run

pytestmark = pytest.mark.keyring

FAX = "07-fax-gateway-pdf.eml"


def _needing_review(run: Run) -> list[str]:
    listed = run("cases", "--needs-review", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert all(r["needs_review"] for r in rows)
    return [r["ref"] for r in rows]


def _show(run: Run, ref: str) -> dict[str, object]:
    shown = run("show", ref, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)  # type: ignore[no-any-return]


def test_confirm_on_the_command_line(run: Run, samples_dir: Path) -> None:
    assert run("demo", "--cases", "2", "--purged", "0").returncode == 0  # the demo's users
    before = _needing_review(run)
    imported = run("import", str(samples_dir / "inbox" / FAX), "--json")
    assert imported.returncode == 0, imported.stderr
    ref = json.loads(imported.stdout.splitlines()[0])["ref"]
    assert _needing_review(run) == sorted([*before, ref])
    shown = _show(run, ref)
    assert "applicant.phone" in shown["suggested"]  # type: ignore[operator]
    assert "Suggested by import, to check: " in run("show", ref).stdout
    assert f"{ref}  " in run("cases", "--needs-review").stdout
    assert "[needs review]" in run("cases").stdout

    one = run("confirm", ref, "--field", "applicant.phone", "--if-version", str(shown["version"]))
    assert one.returncode == 0, one.stderr
    assert f"{ref} confirmed: applicant's phone (now version {shown['version'] + 1})" in one.stdout  # type: ignore[operator]
    after = _show(run, ref)
    assert "applicant.phone" not in after["suggested"] and after["suggested"]  # type: ignore[operator]

    # A colleague corrects the name meanwhile: a confirmation quoting the old version is refused.
    edited = run("edit", ref, "--name", "Maria Rossi", user="manager")
    assert edited.returncode == 0, edited.stderr
    stale = run("confirm", ref, "--if-version", str(after["version"]))
    assert stale.returncode == 2 and "Traceback" not in stale.stderr
    assert "was changed after you opened it" in stale.stderr
    assert "Edited: applicant's name" in stale.stderr and "Maria" not in stale.stderr
    current = _show(run, ref)
    assert "applicant.name" not in current["suggested"]  # the edit confirmed what it corrected
    assert current["suggested"]  # the refused confirmation confirmed nothing

    wrong = run("confirm", ref, "--field", "applicant.fax")
    assert wrong.returncode == 2 and "Not marked as suggested" in wrong.stderr
    unknown = run("confirm", ref, "--field", "phone")
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr

    everything = run("confirm", ref, "--json")
    assert everything.returncode == 0, everything.stderr
    done = json.loads(everything.stdout)
    assert done["confirmed"] == current["suggested"] and done["suggested"] == []
    assert ref not in _needing_review(run) and _show(run, ref)["suggested"] == []
    again = run("confirm", ref)
    assert again.returncode == 0 and "nothing to confirm" in again.stdout
