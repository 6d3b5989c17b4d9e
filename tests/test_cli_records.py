"""`inquiry-desk records`, `print --document disclosure` and `export --portable`, end to end."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import select

from inquiry_desk.cli.auth import ENV_PASSWORD, ENV_USER
from inquiry_desk.cli.main import main
from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import AuditEntry, Event
from tests.services.lifecycle_helpers import new_case

DATA = Path(__file__).resolve().parent / "data" / "records"
GIFT_NAME = "髙橋 﨑子"


@pytest.fixture
def desk(
    tmp_path: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, str]:
    data = tmp_path / "desk"
    app = App.open(data, key_store=key_store)
    try:
        app.users.create(Actor("setup", "admin"), "sato", "Sato Ichiro", Role.STAFF, "correct horse")
        staff = app.users.authenticate("sato", "correct horse")
        ref = app.cases.create(staff, new_case(date.today() - timedelta(days=1)))
    finally:
        app.close()
    monkeypatch.setenv(ENV_USER, "sato")
    monkeypatch.setenv(ENV_PASSWORD, "correct horse")
    return data, ref


def run(data: Path, key_store: MemoryMasterKeyStore, *args: str) -> int:
    return main(["--data-dir", str(data), *args], key_store=key_store)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_review_print_and_portable_copy(
    desk: tuple[Path, str],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, ref = desk
    assert (
        run(
            data,
            key_store,
            "records",
            ref,
            "add",
            str(DATA / "order-history-cp932.csv"),
            "--source",
            "注文履歴",
        )
        == 0
    )
    assert run(data, key_store, "records", ref, "add", str(DATA / "account.xlsx")) == 0
    out = capsys.readouterr().out
    assert "Added source 1 注文履歴 (CSV, cp932): 4 rows, 9 columns" in out
    assert "Added source 3 問い合わせ履歴 (XLSX): 2 rows, 3 columns" in out
    assert (
        run(
            data,
            key_store,
            "records",
            ref,
            "redact",
            "1.2",
            "配送先氏名",
            "--note",
            "ギフトの受取人（第三者）",
        )
        == 0
    )
    assert run(data, key_store, "records", ref, "redact", "1.2", "7", "--note", "ギフトの受取人の住所") == 0
    assert run(data, key_store, "records", ref, "exclude", "1.3-4") == 0
    assert "2 row(s) excluded." in capsys.readouterr().out
    assert run(data, key_store, "records", ref, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["included"] for r in listed[0]["rows"]] == [True, True, False, False]
    assert listed[0]["rows"][1]["redacted"] == {
        "配送先氏名": "ギフトの受取人（第三者）",
        "配送先住所": "ギフトの受取人の住所",
    }

    pdf = tmp_path / "enclosure.pdf"
    assert run(data, key_store, "print", ref, "--document", "disclosure", "--pdf", str(pdf)) == 0
    text = pdftotext(pdf)
    assert "ZP-20240305-0917" in text and "（不開示）" in text and "hanako.yamada@example.jp" in text
    assert "ZP-20240618-1204" not in text  # an excluded row
    # The redacted address (the case's applicant has the gift recipient's name in these tests).
    assert "恵比須町" not in text and "河原町通" not in text

    zip_path, letter = tmp_path / "copy.zip", tmp_path / "password.pdf"
    assert (
        run(data, key_store, "export", ref, "--portable", str(zip_path), "--password-letter", str(letter))
        == 0
    )
    printed = capsys.readouterr().out
    letter_text = pdftotext(letter)
    password = next(
        line.strip() for line in letter_text.splitlines() if line.count("-") == 4 and len(line.strip()) == 24
    )
    assert "パスワード" in letter_text and "copy.zip" in letter_text and ref in letter_text
    assert password not in printed
    with pyzipper.AESZipFile(zip_path) as archive:
        with pytest.raises(RuntimeError):
            archive.read("manifest.json")  # encrypted: no password, no content
        archive.setpassword(b"WRONG-PASS-WORD-0000-0000")
        with pytest.raises(RuntimeError, match=r"(?i)bad password"):
            archive.read("manifest.json")
        archive.setpassword(password.encode())
        manifest = json.loads(archive.read("manifest.json"))
        orders = json.loads(archive.read(manifest["sources"][0]["files"]["json"]))
        csv_text = archive.read(manifest["sources"][0]["files"]["csv"]).decode("utf-8-sig")
        everything = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8")
    assert manifest["case_reference"] == ref and manifest["format_version"] == 1
    assert [(s["source"], s["rows"]) for s in manifest["sources"]] == [(1, 2), (2, 1), (3, 2)]
    assert orders[1]["注文番号"] == "ZP-20240305-0917" and orders[1]["配送先氏名"] == "（不開示）"
    assert "ZP-20240112-0042" in csv_text
    assert "恵比須町" not in everything and "河原町通" not in everything

    app = App.open(data, key_store=key_store)
    try:
        with app.db.read() as session:
            log = "\n".join(session.scalars(select(AuditEntry.details)))
            summaries = list(session.scalars(select(Event.summary)))
    finally:
        app.close()
    assert password not in log and GIFT_NAME not in log and "配送先氏名" not in log
    assert any(
        s.startswith("Exported the machine-readable copy (3 sources, 5 rows, AES-encrypted")
        for s in summaries
    )
    assert "Value redacted: source 1, row 2, column 6" in summaries
    for logfile in data.rglob("*.log"):
        assert password not in logfile.read_text(errors="replace")


def test_bad_input_gets_a_message_and_exit_2(
    desk: tuple[Path, str],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, ref = desk
    bad = tmp_path / "ragged.csv"
    bad.write_bytes(b"a,b\r\n1,2\r\n3\r\n")
    big = tmp_path / "dump.csv"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing them
    cases = [
        (["records", ref, "add", str(bad)], "line 3: 1 fields where the header has 2"),
        (["records", ref, "add", str(big)], "is 200 MB"),
        (["records", ref, "add", str(tmp_path / "missing.csv")], "There is no file"),
        (["records", ref, "exclude", "1"], "is not a row"),
        (["records", ref, "exclude", "1.1"], "has no source 1"),
        (["print", ref, "--document", "disclosure", "--pdf", str(tmp_path / "x.pdf")], "no included records"),
        (["export", ref, "--portable", str(tmp_path / "x.zip")], "no included records"),
    ]
    for args, message in cases:
        assert run(data, key_store, *args) == 2, args
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (args, err)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.zip").exists()


def test_a_character_the_font_lacks_is_named_by_its_row(
    desk: tuple[Path, str],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, ref = desk
    export = tmp_path / "orders.csv"
    export.write_bytes("注文番号,配送先氏名\r\nZP-1,山田 花子\r\nZP-2,𠮷田 太郎\r\n".encode())
    assert run(data, key_store, "records", ref, "add", str(export)) == 0
    pdf = tmp_path / "e.pdf"
    assert run(data, key_store, "print", ref, "--document", "disclosure", "--pdf", str(pdf)) == 2
    err = capsys.readouterr().err
    assert "data held 1.2, 配送先氏名: 𠮷 (U+20BB7)" in err and not pdf.exists()
    args = ("print", ref, "--document", "disclosure", "--pdf", str(pdf), "--allow-missing-glyphs")
    assert run(data, key_store, *args) == 0
    assert "〓田 太郎" in pdftotext(pdf)
