"""Two staff reviewing the same source at once, as two processes on one database: no review
is lost. Each redacts values of the same row (one sealed payload, read, changed and sealed
again) and excludes rows, on the SQLite file and on the office PostgreSQL server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.services.lifecycle_helpers import new_case

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12

_REVIEWER = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from inquiry_desk.services.app import App
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore

    data_dir, db, install_id, key, ref, user, first_column = sys.argv[1:8]
    store = MemoryMasterKeyStore()
    store.save(install_id, bytes.fromhex(key))
    app = App.open(Path(data_dir), db or None, key_store=store)
    app.users.sleep = lambda _s: None
    actor = app.users.authenticate(user, "correct horse")
    column = int(first_column)
    for i in range({rounds}):
        # Columns first, first+2, first+4, ... of every row: the other process takes the others.
        app.records.redact(actor, ref, 1, 1 + i % 3, column + 2 * (i // 3), f"{{user}} round {{i}}")
        app.records.set_included(actor, ref, 1, [4 + i * 2 + int(first_column)], False)
    app.close()
    print(json.dumps({{"done": True}}))
""").format(rounds=ROUNDS)


def _review_concurrently(data_dir: Path, db: str | None, key_store: MemoryMasterKeyStore) -> None:
    app = App.open(data_dir, db, key_store=key_store)
    try:
        admin = Actor("setup", "admin")
        for user in ("sato", "kato"):
            app.users.create(admin, user, user.capitalize(), Role.STAFF, "correct horse")
        staff = app.users.authenticate("sato", "correct horse")
        ref = app.cases.create(staff, new_case(date.today()))
        header = ",".join(f"c{i}" for i in range(8))
        body = "\r\n".join(",".join(f"v{r}-{c}" for c in range(8)) for r in range(40))
        app.records.add(staff, ref, "orders.csv", f"{header}\r\n{body}\r\n".encode())
        install_id = app.install_id
        key = key_store.load(install_id)
        assert key is not None
    finally:
        app.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _REVIEWER,
                str(data_dir),
                db or "",
                install_id,
                key.hex(),
                ref,
                user,
                column,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for user, column in (("sato", "0"), ("kato", "1"))
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert json.loads(out.splitlines()[-1]) == {"done": True}
    app = App.open(data_dir, db, key_store=key_store)
    try:
        staff = app.users.authenticate("sato", "correct horse")
        [source] = app.records.sources(staff, ref)
        redacted = {(r.number, c): note for r in source.rows for c, note in r.redactions.items()}
        expected = {
            (1 + i % 3, column + 2 * (i // 3)): f"{user} round {i}"
            for user, column in (("sato", 0), ("kato", 1))
            for i in range(ROUNDS)
        }
        assert redacted == expected  # 24 redactions over 3 rows, none lost
        excluded = sorted(r.number for r in source.rows if not r.included)
        assert excluded == sorted(4 + i * 2 + c for i in range(ROUNDS) for c in (0, 1))
        events = [e for e in app.cases.get(staff, ref).events if e.action == "records.redact"]
        assert len(events) == 2 * ROUNDS
    finally:
        app.close()


def test_two_processes_on_one_sqlite_file(data_dir: Path, key_store: MemoryMasterKeyStore) -> None:
    _review_concurrently(data_dir, None, key_store)


@pytest.mark.postgres
def test_two_processes_on_the_office_postgresql_server(
    postgres_url: str, tmp_path: Path, key_store: MemoryMasterKeyStore
) -> None:
    _review_concurrently(tmp_path, postgres_url, key_store)


@pytest.mark.postgres
def test_purge_on_postgresql_deletes_the_data_held(
    postgres_url: str, tmp_path: Path, key_store: MemoryMasterKeyStore
) -> None:
    from sqlalchemy import func, select

    from inquiry_desk.domain.lifecycle import Action
    from inquiry_desk.services.lifecycle.actions import ActionInput
    from inquiry_desk.services.purge.service import PurgeService
    from inquiry_desk.store.records_models import RecordRow, RecordSource

    app = App.open(tmp_path, postgres_url, key_store=key_store)
    try:
        admin = Actor("setup", "admin")
        app.users.create(admin, "sato", "Sato", Role.STAFF, "correct horse")
        app.users.create(admin, "tanaka", "Tanaka", Role.MANAGER, "correct horse")
        staff = app.users.authenticate("sato", "correct horse")
        manager = app.users.authenticate("tanaka", "correct horse")
        ref = app.cases.create(staff, new_case(date.today()))
        kept = app.cases.create(staff, new_case(date.today()))
        for case in (ref, kept):
            app.records.add(
                staff,
                case,
                "orders.csv",
                "注文番号,配送先氏名\r\nZP-1,山田 花子\r\nZP-2,髙橋 﨑子\r\n".encode(),
            )
        app.records.redact(staff, ref, 1, 2, 1, "第三者")
        app.lifecycle.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="by phone"))
        app.lifecycle.workflow.act(staff, ref, Action.CLOSE)
        receipt = PurgeService(app).purge_case_early(manager, ref, ref)
        assert receipt.passed and receipt.rows["record_rows"] == 2 and receipt.rows["record_sources"] == 1
        with app.db.read() as session:
            assert session.scalar(select(func.count()).select_from(RecordRow)) == 2  # the other case's
            assert session.scalar(select(func.count()).select_from(RecordSource)) == 1
        assert app.records.sources(staff, kept)[0].rows[1].cells == ["ZP-2", "髙橋 﨑子"]
    finally:
        app.close()
