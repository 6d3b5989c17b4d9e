"""The `inquiry-desk` command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inquiry_desk.cli.main import main
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


@pytest.fixture
def demo_dir(tmp_path: Path, key_store: MemoryMasterKeyStore) -> Path:
    assert (
        main(["--data-dir", str(tmp_path), "demo", "--cases", "40", "--purged", "10"], key_store=key_store)
        == 0
    )
    return tmp_path


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_demo_prints_logins(
    tmp_path: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "demo"], key_store=key_store) == 0
    out = capsys.readouterr().out
    for login in ("staff", "manager", "admin"):
        assert f"  {login} " in out
    assert "password: demo" in out


def test_cases_json(
    demo_dir: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "cases", "--json"], key_store=key_store) == 0
    rows = _json(capsys)
    assert isinstance(rows, list) and len(rows) == 50
    required = {
        "ref",
        "state",
        "kind",
        "channel",
        "received",
        "due",
        "request_types",
        "language",
        "jurisdiction",
    }
    assert all(required <= set(r) for r in rows)
    states = {r["state"] for r in rows}
    assert {
        "received",
        "awaiting_applicant",
        "verifying",
        "in_progress",
        "awaiting_approval",
        "responded",
        "refused",
        "withdrawn",
        "closed",
        "purged",
    } <= states
    assert {r["channel"] for r in rows} >= {"mail", "fax", "email"}
    assert {r["language"] for r in rows} == {"ja", "en"}
    # The anonymous listing holds no personal data.
    assert "applicant" not in rows[0]


def test_cases_state_filter(
    demo_dir: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    main(["--data-dir", str(demo_dir), "cases", "--json", "--state", "purged"], key_store=key_store)
    rows = _json(capsys)
    assert isinstance(rows, list) and len(rows) == 10 and {r["state"] for r in rows} == {"purged"}


def test_search_and_show_need_a_user(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("INQUIRY_DESK_USER", raising=False)
    monkeypatch.setattr("sys.stdin", None)
    assert main(["--data-dir", str(demo_dir), "show", "PI-2026-0001"], key_store=key_store) == 2
    assert "needs a user" in capsys.readouterr().err
    assert main(["--data-dir", str(demo_dir), "cases", "--search", "山"], key_store=key_store) == 2
    monkeypatch.setenv("INQUIRY_DESK_USER", "admin")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "demo")
    assert main(["--data-dir", str(demo_dir), "show", "PI-2026-0001"], key_store=key_store) == 2
    assert "does not allow" in capsys.readouterr().err
    monkeypatch.setenv("INQUIRY_DESK_USER", "staff")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "wrong")
    assert main(["--data-dir", str(demo_dir), "show", "PI-2026-0001"], key_store=key_store) == 2
    assert "wrong" in capsys.readouterr().err


def test_show_json(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("INQUIRY_DESK_USER", "staff")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "demo")
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "show", "PI-2026-0003", "--json"], key_store=key_store) == 0
    case = _json(capsys)
    assert isinstance(case, dict) and case["ref"] == "PI-2026-0003"
    for key in ("applicant", "representative", "messages", "attachments", "notes", "events"):
        assert key in case
    assert set(case["applicant"]) >= {
        "name",
        "name_kana",
        "email",
        "phone",
        "fax",
        "address",
        "customer_number",
    }
    assert case["applicant"]["name"]
    assert main(["--data-dir", str(demo_dir), "show", "PI-1999-0001"], key_store=key_store) == 2
    assert "no case" in capsys.readouterr().err


def test_bad_database_message_not_traceback(
    tmp_path: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "inquiry-desk.sqlite3").write_bytes(b"garbage" * 1000)
    assert main(["--data-dir", str(tmp_path), "cases"], key_store=key_store) == 2
    err = capsys.readouterr().err
    assert "not a database" in err and "Traceback" not in err


@pytest.mark.keyring
def test_installed_command_end_to_end(tmp_path: Path, secret_service_env: dict[str, str]) -> None:
    """The real console script in a fresh process, with the real keyring."""
    env = dict(
        os.environ,
        **secret_service_env,
        INQUIRY_DESK_HOME=str(tmp_path / "home"),
        INQUIRY_DESK_USER="manager",
        INQUIRY_DESK_PASSWORD="demo",
        QT_QPA_PLATFORM="offscreen",
    )
    cmd = [sys.executable, "-m", "inquiry_desk.cli.main"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=300)

    assert run("demo", "--cases", "12", "--purged", "3").returncode == 0
    listed = json.loads(run("cases", "--json").stdout)
    assert len(listed) == 15
    shown = run("show", listed[0]["ref"], "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["applicant"]["name"]
    assert run("verify-audit").returncode == 0


def test_selftest_passes_on_a_fresh_install(
    tmp_path: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--data-dir", str(tmp_path), "demo", "--cases", "5", "--purged", "2"], key_store=key_store) == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "selftest"], key_store=key_store) == 0
    out = capsys.readouterr().out
    assert "ok    database" in out and "ok    window" in out and "selftest passed" in out


def test_selftest_reports_a_database_it_cannot_use(
    tmp_path: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "inquiry-desk.sqlite3").write_bytes(b"\0" * 4096)
    assert main(["--data-dir", str(tmp_path), "selftest"], key_store=key_store) != 0
    assert "FAIL  database" in capsys.readouterr().out


def test_idle_lock_setting_needs_a_manager(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--data-dir", str(demo_dir), "settings", "--idle-minutes", "5"]
    monkeypatch.setenv("INQUIRY_DESK_USER", "staff")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "demo")
    assert main(args, key_store=key_store) == 2
    assert "does not allow" in capsys.readouterr().err
    monkeypatch.setenv("INQUIRY_DESK_USER", "manager")
    assert main(["--data-dir", str(demo_dir), "settings", "--idle-minutes", "0"], key_store=key_store) == 2
    assert "between 1 and 240" in capsys.readouterr().err
    assert main(args, key_store=key_store) == 0
    assert "after: 5 minutes" in capsys.readouterr().out


def test_key_export_and_import_enrol_another_pc(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key_file = tmp_path / "office.key"
    monkeypatch.setenv("INQUIRY_DESK_KEY_PASSPHRASE", "a long office passphrase")
    monkeypatch.setenv("INQUIRY_DESK_USER", "staff")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "demo")
    assert main(["--data-dir", str(demo_dir), "key", "export", str(key_file)], key_store=key_store) == 2
    assert not key_file.exists()
    monkeypatch.setenv("INQUIRY_DESK_USER", "admin")
    assert main(["--data-dir", str(demo_dir), "key", "export", str(key_file)], key_store=key_store) == 0
    assert b"inquiry-desk-key/1" in key_file.read_bytes()
    other_pc = MemoryMasterKeyStore()
    assert main(["--data-dir", str(demo_dir), "cases"], key_store=other_pc) == 2
    assert "key import" in capsys.readouterr().err
    monkeypatch.setenv("INQUIRY_DESK_KEY_PASSPHRASE", "wrong passphrase!!")
    assert main(["--data-dir", str(demo_dir), "key", "import", str(key_file)], key_store=other_pc) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    monkeypatch.setenv("INQUIRY_DESK_KEY_PASSPHRASE", "a long office passphrase")
    assert main(["--data-dir", str(demo_dir), "key", "import", str(key_file)], key_store=other_pc) == 0
    monkeypatch.setenv("INQUIRY_DESK_USER", "staff")
    assert main(["--data-dir", str(demo_dir), "show", "PI-2026-0001"], key_store=other_pc) == 0
    # A mistyped data folder: refused, and no empty database left there to be taken for new.
    typo = tmp_path / "offcie"
    typo.mkdir()
    capsys.readouterr()
    assert (
        main(["--data-dir", str(typo), "key", "import", str(key_file)], key_store=MemoryMasterKeyStore()) == 2
    )
    assert "no Inquiry Desk database" in capsys.readouterr().err
    assert list(typo.iterdir()) == []


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_mailbox_configure_keeps_the_password_in_the_keyring(
    demo_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    from inquiry_desk.services.app import App
    from inquiry_desk.services.intake.mailbox import KEYRING_SERVICE, MailboxService

    monkeypatch.setenv("INQUIRY_DESK_USER", "manager")
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", "demo")
    monkeypatch.setenv("INQUIRY_DESK_IMAP_PASSWORD", "imap-secret-2026")
    assert (
        main(
            [
                "--data-dir",
                str(demo_dir),
                "mailbox",
                "configure",
                "--host",
                "imap.example.jp",
                "--username",
                "privacy",
                "--after",
                "flag",
            ],
            key_store=key_store,
        )
        == 0
    )
    assert keyring.get_password(KEYRING_SERVICE, "privacy") == "imap-secret-2026"
    app = App.open(demo_dir, key_store=key_store)
    try:
        config = MailboxService(app).config()
    finally:
        app.close()
    assert config is not None and (config.host, config.after) == ("imap.example.jp", "flag")
    db_bytes = (demo_dir / "inquiry-desk.sqlite3").read_bytes()
    assert b"imap-secret-2026" not in db_bytes
