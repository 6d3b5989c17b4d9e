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


@pytest.mark.postgres
def test_the_staff_database_role_has_no_path_to_accounts_or_the_log(
    postgres_url: str, tmp_path: Path
) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import ProgrammingError

    from inquiry_desk.domain.enums import Role
    from inquiry_desk.domain.errors import DatabaseProblem
    from tests.pg_server import _bin_dir

    store = MemoryMasterKeyStore()
    owner = App.open(tmp_path, postgres_url, store)
    try:
        owner.users.create(None, "admin", "Admin", Role.ADMIN, "admin password")
        admin = owner.users.authenticate("admin", "admin password")
        owner.users.create(admin, "sato", "Sato", Role.STAFF, "staff password")
    finally:
        owner.close()
    owner_url = make_url(postgres_url).set(drivername="postgresql").render_as_string(hide_password=False)
    script = Path(__file__).parents[2] / "packaging" / "postgres" / "staff-role.sql"
    subprocess.run(
        [str(_bin_dir() / "psql"), owner_url, "-v", "ON_ERROR_STOP=1", "-f", str(script)],
        check=True,
        capture_output=True,
    )
    staff_url = make_url(postgres_url).set(username="inquiry_desk_staff", password=None)
    # The staff PC works: signs in (the failure counters may change), writes its audit rows.
    app = App.open(tmp_path, staff_url.render_as_string(hide_password=False), store)
    try:
        sato = app.users.authenticate("sato", "staff password")
        with pytest.raises(SignInFailed):
            app.users.authenticate("sato", "wrong")
        # Changing an account is refused by the server, with a message instead of a traceback.
        with pytest.raises(DatabaseProblem, match="administrator's PC"):
            app.users.set_password(sato, "sato", "a new password")
    finally:
        app.close()
    engine = create_engine(staff_url)
    try:
        for statement in (
            "UPDATE users SET role = 'admin' WHERE username = 'sato'",
            "INSERT INTO users (username, display_name, role, password_hash, active, failed_attempts, "
            "created_at, name_ja, name_kana) VALUES ('x', 'x', 'admin', 'x', true, 0, now(), '', '')",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
            "DROP TRIGGER audit_log_append_only ON audit_log",
        ):
            with (
                pytest.raises(ProgrammingError, match=r"permission denied|must be owner"),
                engine.begin() as conn,
            ):
                conn.execute(text(statement))
    finally:
        engine.dispose()
