"""A returned form, end to end: printed by the app, faxed back, imported by the command.

Every step is the real thing in its own process, with the real keyring: `print
--document request-form --pdf` renders the form for a case, pdfium rasterises it into a
G4 fax (tests/services/form_scans.py), and `import --json` files it, text recognition
and all. The fax must land in the case its QR code names, and a page with someone else's
QR code must not land anywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest

from tests.services.form_scans import fax_tiff, qr_page

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.keyring
def test_a_faxed_back_form_lands_in_its_case(tmp_path: Path, secret_service_env: dict[str, str]) -> None:
    env = dict(
        os.environ,
        **secret_service_env,
        INQUIRY_DESK_HOME=str(tmp_path / "home"),
        INQUIRY_DESK_USER="manager",
        INQUIRY_DESK_PASSWORD="demo",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "inquiry_desk.cli.main", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    assert run("demo", "--cases", "8", "--purged", "2").returncode == 0
    listed = json.loads(run("cases", "--json").stdout)
    ref = next(c["ref"] for c in listed if c["state"] not in ("purged", "closed"))
    before = json.loads(run("show", ref, "--json").stdout)

    form = tmp_path / "form.pdf"
    printed = run("print", ref, "--document", "request-form", "--pdf", str(form))
    assert printed.returncode == 0, printed.stderr
    fax = tmp_path / "incoming-fax-0001.tif"
    fax.write_bytes(fax_tiff(form.read_bytes(), fine=False))
    slip = tmp_path / "bank-slip.png"
    slip.write_bytes(qr_page(f"https://bank.example.jp/pay?ref={ref}&amount=1000"))

    imported = run("import", str(fax), str(slip), "--json")
    assert imported.returncode == 0, imported.stderr
    results = [json.loads(line) for line in imported.stdout.splitlines()]
    [faxed, slipped] = results
    assert (faxed["status"], faxed["ref"]) == ("attached", ref)
    assert slipped["status"] == "created" and slipped["ref"] != ref

    after = json.loads(run("show", ref, "--json").stdout)
    assert len(after["attachments"]) == len(before["attachments"]) + 1
    assert after["attachments"][-1]["filename"] == fax.name
    assert after["attachments"][-1]["pages"] == len(pypdfium2.PdfDocument(form.read_bytes()))
    filed = [e for e in after["events"] if e["action"] == "form_returned"]
    assert len(filed) == 1 and filed[0]["summary"].startswith("Returned form received by QR code from fax")
    assert len(json.loads(run("cases", "--json").stdout)) == len(listed) + 1  # only the slip is new
