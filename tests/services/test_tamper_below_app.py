"""What someone who can write the database directly would try: raise a role, cut the audit log."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from inquiry_desk.cli.auth import ENV_PASSWORD, ENV_USER
from inquiry_desk.cli.main import main
from inquiry_desk.services.app import App
from inquiry_desk.services.users import SignInFailed
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


@pytest.fixture
def demo_dir(tmp_path: Path, key_store: MemoryMasterKeyStore) -> Path:
    assert (
        main(["--data-dir", str(tmp_path), "demo", "--cases", "5", "--seed", "3"], key_store=key_store) == 0
    )
    return tmp_path


def test_a_role_raised_with_sqlite3_signs_in_as_nobody(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conn = sqlite3.connect(demo_dir / "inquiry-desk.sqlite3")
    conn.execute("UPDATE users SET role = 'admin' WHERE username = 'staff'")
    conn.commit()
    conn.close()
    monkeypatch.setenv(ENV_USER, "staff")
    monkeypatch.setenv(ENV_PASSWORD, "demo")
    monkeypatch.setenv("INQUIRY_DESK_KEY_PASSPHRASE", "a long key passphrase")
    assert (
        main(["--data-dir", str(demo_dir), "key", "export", str(demo_dir / "k.key")], key_store=key_store)
        == 2
    )
    assert not (demo_dir / "k.key").exists()
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "verify-audit"], key_store=key_store) == 1
    assert "Staff account staff was changed outside Inquiry Desk" in capsys.readouterr().err
    # The other accounts are unaffected, and an administrator can repair the account.
    app = App.open(demo_dir, key_store=key_store)
    try:
        admin = app.users.authenticate("admin", "demo")
        from inquiry_desk.domain.enums import Role

        app.users.set_role(admin, "staff", Role.STAFF)
        assert app.users.authenticate("staff", "demo").role == "staff"
    finally:
        app.close()
    assert main(["--data-dir", str(demo_dir), "verify-audit"], key_store=key_store) == 0


def test_removing_the_seal_marker_does_not_get_a_tampered_row_sealed(
    demo_dir: Path, key_store: MemoryMasterKeyStore
) -> None:
    conn = sqlite3.connect(demo_dir / "inquiry-desk.sqlite3")
    conn.execute("UPDATE users SET role = 'admin', seal = NULL WHERE username = 'staff'")
    conn.execute("DELETE FROM app_meta WHERE key = 'users.sealed'")
    conn.commit()
    conn.close()
    app = App.open(demo_dir, key_store=key_store)
    try:
        with pytest.raises(SignInFailed):
            app.users.authenticate("staff", "demo")
    finally:
        app.close()


def test_cutting_off_the_end_of_the_audit_log_is_caught(
    demo_dir: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(demo_dir), "verify-audit"], key_store=key_store) == 0
    conn = sqlite3.connect(demo_dir / "inquiry-desk.sqlite3")
    (last,) = conn.execute("SELECT max(id) FROM audit_log").fetchone()
    # What an attacker does first: the append-only triggers go, then the last entries.
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM audit_log WHERE id > ?", (last - 3,))
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "verify-audit"], key_store=key_store) == 1
    assert "CUT OFF" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_role_raised_with_psql_is_refused(postgres_url: str, tmp_path: Path) -> None:
    from inquiry_desk.domain.enums import Role

    store = MemoryMasterKeyStore()
    app = App.open(tmp_path, postgres_url, store)
    try:
        app.users.create(None, "admin", "Admin", Role.ADMIN, "admin password")
        admin = app.users.authenticate("admin", "admin password")
        app.users.create(admin, "sato", "Sato", Role.STAFF, "staff password")
    finally:
        app.close()
    url = make_url(postgres_url).set(drivername="postgresql").render_as_string(hide_password=False)
    from tests.pg_server import _bin_dir

    subprocess.run(
        [str(_bin_dir() / "psql"), url, "-c", "UPDATE users SET role = 'admin' WHERE username = 'sato'"],
        check=True,
        capture_output=True,
    )
    app = App.open(tmp_path, postgres_url, store)
    try:
        with pytest.raises(SignInFailed):
            app.users.authenticate("sato", "staff password")
        assert app.users.authenticate("admin", "admin password").role == "admin"
    finally:
        app.close()
