"""`inquiry-desk print`: the document list, PDF export, printing through a private CUPS server."""

from __future__ import annotations

import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from inquiry_desk.cli.auth import ENV_PASSWORD, ENV_USER
from inquiry_desk.cli.main import main
from inquiry_desk.documents import DOCUMENTS
from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType, Role
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.cups_server import CupsServer


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _temp_pdfs() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("*.pdf"))


@pytest.fixture
def desk(
    tmp_path: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, dict[str, str]]:
    """A data folder with one staff user (signed in through the environment) and three cases."""
    data = tmp_path / "desk"
    app = App.open(data, key_store=key_store)
    try:
        app.users.create(Actor("setup", "admin"), "sato", "Sato Ichiro", Role.STAFF, "correct horse")
        staff = app.users.authenticate("sato", "correct horse")
        refs = {}
        for key, name, ja in (
            ("ja", "髙橋 﨑子", True),
            ("en", "Erika Mustermann", False),
            ("glyph", "𠮷田 太郎", True),
        ):
            refs[key] = app.cases.create(
                staff,
                NewCase(
                    received=date.today() - timedelta(days=1),
                    channel=Channel.MAIL,
                    kind=CaseKind.REQUEST,
                    request_types=[RequestType.DISCLOSURE],
                    jurisdiction=Jurisdiction.JP if ja else Jurisdiction.EEA,
                    language=Language.JA if ja else Language.EN,
                    applicant=PartyData(
                        name=name,
                        postal_code="530-0001",
                        address="大阪府大阪市北区1-1",
                        country="JP" if ja else "DE",
                    ),
                ),
            )
    finally:
        app.close()
    monkeypatch.setenv(ENV_USER, "sato")
    monkeypatch.setenv(ENV_PASSWORD, "correct horse")
    return data, refs


def _events(data: Path, key_store: MemoryMasterKeyStore, ref: str) -> list[tuple[str, str]]:
    app = App.open(data, key_store=key_store)
    try:
        staff = app.users.authenticate("sato", "correct horse")
        return [(e.action, e.summary) for e in app.cases.get(staff, ref).events]
    finally:
        app.close()


@pytest.mark.cups
def test_print_list_names_documents_and_printers(
    tmp_path: Path, key_store: MemoryMasterKeyStore, cups_env: CupsServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # With the private server in the environment: Qt's print support remembers the first
    # CUPS server it talks to for the rest of the process.
    assert main(["--data-dir", str(tmp_path), "print", "--list"], key_store=key_store) == 0
    out = capsys.readouterr().out
    assert "Documents:" in out and "Printers:" in out
    assert cups_env.printer in out
    for name in DOCUMENTS:
        assert f"  {name} " in out


def test_print_to_pdf(
    desk: tuple[Path, dict[str, str]],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, refs = desk
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "ack.pdf"
    temp_before = _temp_pdfs()
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "print",
                refs["ja"],
                "--document",
                "acknowledgement",
                "--lang",
                "en",
                "--pdf",
                str(out),
            ],
            key_store=key_store,
        )
        == 0
    )
    assert refs["ja"] in _pdftotext(out)
    assert "Dear" in _pdftotext(out)  # --lang en chose the English letter
    # Only the final file: the temporary one was renamed, and nothing went to the temp folder.
    assert [p.name for p in out_dir.iterdir()] == ["ack.pdf"]
    assert _temp_pdfs() <= temp_before
    assert "Saved" in capsys.readouterr().out
    assert ("export:acknowledgement", "Exported acknowledgement (en, 1 page) as PDF file") in _events(
        data, key_store, refs["ja"]
    )


def test_glyph_problem_exits_2_unless_allowed(
    desk: tuple[Path, dict[str, str]],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, refs = desk
    out = tmp_path / "letter.pdf"
    args = [
        "--data-dir",
        str(data),
        "print",
        refs["glyph"],
        "--document",
        "acknowledgement",
        "--pdf",
        str(out),
    ]
    assert main(args, key_store=key_store) == 2
    err = capsys.readouterr().err
    assert "applicant.name: 𠮷 (U+20BB7)" in err and "--allow-missing-glyphs" in err
    assert not out.exists()
    assert main([*args, "--allow-missing-glyphs"], key_store=key_store) == 0
    assert "〓田" in _pdftotext(out)


def test_usage_errors(
    desk: tuple[Path, dict[str, str]],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, refs = desk
    base = ["--data-dir", str(data), "print"]
    assert main([*base, refs["ja"], "--document", "acknowledgement"], key_store=key_store) == 2
    assert "--pdf OUT or --printer NAME" in capsys.readouterr().err
    assert (
        main([*base, refs["ja"], "--document", "nope", "--pdf", str(tmp_path / "x.pdf")], key_store=key_store)
        == 2
    )
    assert "print --list" in capsys.readouterr().err
    assert (
        main(
            [
                *base,
                refs["ja"],
                "--document",
                "acknowledgement",
                "--pdf",
                str(tmp_path / "missing" / "x.pdf"),
            ],
            key_store=key_store,
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.cups
def test_print_to_cups_pdf_printer(
    desk: tuple[Path, dict[str, str]],
    key_store: MemoryMasterKeyStore,
    cups_env: CupsServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, refs = desk
    before = set(cups_env.output_dir.rglob("*.pdf"))
    temp_before = _temp_pdfs()
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "print",
                refs["en"],
                "--document",
                "acknowledgement",
                "--printer",
                cups_env.printer,
            ],
            key_store=key_store,
        )
        == 0
    )
    assert f"to {cups_env.printer}, job {cups_env.printer}-" in capsys.readouterr().out
    output = cups_env.wait_for_output(before)
    assert refs["en"] in _pdftotext(output)
    assert _temp_pdfs() <= temp_before
    actions = dict(_events(data, key_store, refs["en"]))
    assert cups_env.printer in actions["print:acknowledgement"]


@pytest.mark.cups
def test_unknown_printer_is_a_user_error(
    desk: tuple[Path, dict[str, str]],
    key_store: MemoryMasterKeyStore,
    cups_env: CupsServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, refs = desk
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "print",
                refs["en"],
                "--document",
                "acknowledgement",
                "--printer",
                "no-such-printer",
            ],
            key_store=key_store,
        )
        == 2
    )
    assert "no-such-printer" in capsys.readouterr().err
    assert not any(a.startswith("print:") for a, _ in _events(data, key_store, refs["en"]))
