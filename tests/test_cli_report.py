"""`inquiry-desk report` and `inquiry-desk export-register`, run as the system actor."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.cli import main as cli
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.app import App
from inquiry_desk.services.reports.service import ReportService
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import AuditEntry

MONTH = date.today()
LABEL = f"{MONTH:%Y-%m}"


@pytest.fixture
def demo_dir(tmp_path: Path, key_store: MemoryMasterKeyStore) -> Iterator[Path]:
    data = tmp_path / "data"
    assert (
        cli.main(["--data-dir", str(data), "demo", "--cases", "30", "--purged", "15"], key_store=key_store)
        == 0
    )
    yield data


def _expected(data: Path, key_store: MemoryMasterKeyStore) -> tuple[int, int]:
    app = App.open(data, key_store=key_store)
    try:
        report = ReportService(app.db).monthly_report(SYSTEM, MONTH.year, MONTH.month)
        return report.received, report.timeliness.answered
    finally:
        app.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_report_pdf_shows_the_month_and_totals(
    demo_dir: Path, key_store: MemoryMasterKeyStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    capsys.readouterr()
    assert (
        cli.main(
            ["--data-dir", str(demo_dir), "report", "--month", LABEL, "--pdf", str(out)], key_store=key_store
        )
        == 0
    )
    received, answered = _expected(demo_dir, key_store)
    assert f"{received} received" in capsys.readouterr().out
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"月次報告 {MONTH.year}年{MONTH.month}月" in text and f"Monthly report {LABEL}" in text
    lines = {" ".join(line.split()) for line in text.splitlines()}
    assert f"Cases received 受付件数 {received}" in lines
    assert f"Cases answered 回答件数 {answered}" in lines
    assert re.search(r"\b1 ?/ ?\d", text)  # page numbers


def test_report_csv(demo_dir: Path, key_store: MemoryMasterKeyStore, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert (
        cli.main(
            ["--data-dir", str(demo_dir), "report", "--month", LABEL, "--csv", str(out)], key_store=key_store
        )
        == 0
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    values = {(r[0], r[1]): r[3] for r in csv.reader(io.StringIO(raw.decode("utf-8-sig")))}
    app = App.open(demo_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            entry = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "report.monthly").order_by(AuditEntry.id.desc())
            ).first()
        assert entry is not None and entry.actor == "system" and '"format": "csv"' in entry.details
    finally:
        app.close()
    received, _ = _expected(demo_dir, key_store)
    assert values[("report", "month")] == LABEL
    assert values[("received", "total")] == str(received)


def test_export_register(
    demo_dir: Path, key_store: MemoryMasterKeyStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "register.csv"
    capsys.readouterr()
    assert cli.main(["--data-dir", str(demo_dir), "export-register", str(out)], key_store=key_store) == 0
    assert "45 cases" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 46 and rows[0][0] == "ref"
    assert "@example" not in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("month", ["2026-13", "2026/04", "April"])
def test_report_refuses_a_bad_month(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    month: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(
            ["--data-dir", str(demo_dir), "report", "--month", month, "--csv", str(tmp_path / "x.csv")],
            key_store=key_store,
        )
    assert exc.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
