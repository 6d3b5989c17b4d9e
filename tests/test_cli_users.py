"""`inquiry-desk users`: an office set up from the command line, first administrator included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inquiry_desk.cli.main import main
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

CaptureStd = pytest.CaptureFixture[str]


def _run(data_dir: Path, key_store: MemoryMasterKeyStore, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "users", *args], key_store=key_store)


def _sign_in_as(monkeypatch: pytest.MonkeyPatch, user: str, password: str) -> None:
    monkeypatch.setenv("INQUIRY_DESK_USER", user)
    monkeypatch.setenv("INQUIRY_DESK_PASSWORD", password)


def test_an_office_is_set_up_without_opening_the_window(
    data_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, capsys: CaptureStd
) -> None:
    monkeypatch.delenv("INQUIRY_DESK_USER", raising=False)
    monkeypatch.setenv("INQUIRY_DESK_NEW_PASSWORD", "admin password 1")
    # An empty database: the first account is made without signing in, and must be an administrator.
    assert _run(data_dir, key_store, "add", "clerk", "--role", "staff") == 2
    assert "first account must be an administrator" in capsys.readouterr().err
    assert _run(data_dir, key_store, "add", "takada", "--role", "admin", "--name", "Takada Ken") == 0
    assert "first administrator" in capsys.readouterr().out

    _sign_in_as(monkeypatch, "takada", "admin password 1")
    monkeypatch.setenv("INQUIRY_DESK_NEW_PASSWORD", "staff password 1")
    args = (
        "add",
        "sato",
        "--name",
        "Sato Yui",
        "--name-ja",
        "佐藤 結衣",
        "--kana",
        "さとう ゆい",
        "--name-en",
        "Yui Sato",
    )
    assert _run(data_dir, key_store, *args) == 0
    capsys.readouterr()
    assert _run(data_dir, key_store, "list", "--json") == 0
    accounts = {a["username"]: a for a in json.loads(capsys.readouterr().out)}
    assert accounts["sato"] == {
        "username": "sato",
        "name": "Sato Yui",
        "name_ja": "佐藤 結衣",
        "name_kana": "サトウ ユイ",
        "name_en": "Yui Sato",
        "role": "staff",
        "active": True,
    }
    assert _run(data_dir, key_store, "letter-name", "sato", "--ja", "佐藤 由衣", "--kana", "サトウ ユイ") == 0
    assert "Letter names of sato saved." in capsys.readouterr().out
    assert _run(data_dir, key_store, "list") == 0
    assert "佐藤 由衣  Yui Sato" in capsys.readouterr().out  # the English name kept
    assert _run(data_dir, key_store, "role", "sato", "manager") == 0
    monkeypatch.setenv("INQUIRY_DESK_NEW_PASSWORD", "a new password 2")
    assert _run(data_dir, key_store, "reset-password", "sato") == 0
    assert _run(data_dir, key_store, "disable", "sato") == 0
    app = App.open(data_dir, key_store=key_store)
    try:
        sato = next(
            u
            for u in app.users.list(app.users.authenticate("takada", "admin password 1"))
            if u.username == "sato"
        )
        assert (sato.role.value, sato.active) == ("manager", False)
    finally:
        app.close()
    # No password ever goes on the command line, nor into the output.
    assert "password" not in " ".join(args) and "a new password 2" not in capsys.readouterr().out


def test_only_administrators_manage_accounts_and_the_last_one_stays(
    data_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, capsys: CaptureStd
) -> None:
    monkeypatch.setenv("INQUIRY_DESK_NEW_PASSWORD", "admin password 1")
    assert _run(data_dir, key_store, "add", "takada", "--role", "admin") == 0
    _sign_in_as(monkeypatch, "takada", "admin password 1")
    monkeypatch.setenv("INQUIRY_DESK_NEW_PASSWORD", "staff password 1")
    assert _run(data_dir, key_store, "add", "kato") == 0
    capsys.readouterr()
    for action in (("role", "takada", "staff"), ("disable", "takada")):
        assert _run(data_dir, key_store, *action) == 2
        assert "last active administrator" in capsys.readouterr().err
    _sign_in_as(monkeypatch, "kato", "staff password 1")
    assert _run(data_dir, key_store, "list") == 2
    assert "does not allow" in capsys.readouterr().err
