"""The response on the command line, wired as `inquiry-desk` runs: outcomes per request type,
the letter's own words, and a print that is only a draft until the manager approves."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.cli.main import main
from inquiry_desk.domain.enums import RequestType, Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.services.lifecycle_helpers import new_case


@pytest.fixture
def desk(
    tmp_path: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, str]:
    data = tmp_path / "desk"
    app = App.open(data, key_store=key_store)
    try:
        app.users.create(
            Actor("setup", "admin"), "sato", "Sato Yui", Role.STAFF, "correct horse", name_ja="佐藤 結衣"
        )
        staff = app.users.authenticate("sato", "correct horse")
        ref = app.cases.create(
            staff, new_case(date.today(), types=(RequestType.DISCLOSURE, RequestType.DELETION))
        )
    finally:
        app.close()
    monkeypatch.setenv("INQUIRY_DESK_USER", "sato")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "correct horse")
    return data, ref


def test_outcomes_text_and_a_draft_print(
    desk: tuple[Path, str],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, ref = desk

    def run(*argv: str) -> int:
        return main(["--data-dir", str(data), *argv], key_store=key_store)

    assert run("outcomes", ref, "deletion=refused") == 2  # no ground: a message, no traceback
    assert "legal ground" in capsys.readouterr().err
    assert run("outcomes", ref, "deletion=refused:required_by_law") == 0
    capsys.readouterr()
    assert run("outcomes", ref, "--json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {"request_type": "disclosure", "result": "granted", "ground": None},
        {"request_type": "deletion", "result": "refused", "ground": "required_by_law"},
    ]
    assert (
        run("response-text", ref, "--text", "ご注文履歴を開示いたします。", "--enclosure", "ご注文履歴 2枚")
        == 0
    )
    capsys.readouterr()
    out = tmp_path / "response.pdf"
    assert run("print", ref, "--document", "response", "--pdf", str(out)) == 0
    assert "recorded as a draft, not as sent" in capsys.readouterr().err
    text = (
        subprocess.run(["pdftotext", "-nodiag", str(out), "-"], check=True, capture_output=True, text=True)
        .stdout.replace("\n", "")
        .replace(" ", "")
    )
    for phrase in ("【下書き・未承認】保有個人データの開示等のご請求について", "ご注文履歴を開示いたします。",
                   "根拠：他の法令に違反することとなるため", "担当：佐藤結衣", "記", "以上"):  # fmt: skip
        assert phrase in text, phrase


def test_a_broken_register_is_a_message_on_the_command_line(
    desk: tuple[Path, str],
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, ref = desk
    (data / "forms").mkdir()
    (data / "forms" / "processing-register.toml").write_text("purposes = [", encoding="utf-8")
    argv = ["--data-dir", str(data), "print", ref, "--document", "response", "--pdf", str(tmp_path / "r.pdf")]
    assert main(argv, key_store=key_store) == 2
    err = capsys.readouterr().err
    assert "cannot be made from the templates: processing-register.toml: Invalid value" in err
    assert "Traceback" not in err
    assert not (tmp_path / "r.pdf").exists()
