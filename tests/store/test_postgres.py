"""The shared office database: the same code on a real PostgreSQL server."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.cases.views import NewAttachment, NewCase
from inquiry_desk.store import schema
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

pytestmark = pytest.mark.postgres
STAFF = Actor("pg-staff", "staff")


def _new(name: str = "共有 花子") -> NewCase:
    return NewCase(
        date(2026, 11, 2),
        Channel.EMAIL,
        CaseKind.REQUEST,
        [RequestType.DISCLOSURE],
        Jurisdiction.JP,
        Language.JA,
        PartyData(name=name, email="kyo@example.jp"),
        attachments=[NewAttachment("scan.png", "image/png", b"\x89PNG" + b"x" * 3_000_000)],
    )


def test_migrations_and_a_case_round_trip(postgres_url: str, tmp_path: Path) -> None:
    app = App.open(tmp_path, postgres_url, MemoryMasterKeyStore())
    assert schema.is_current(app.db)
    ref = app.cases.create(STAFF, _new())
    detail = app.cases.get(STAFF, ref)
    assert detail.applicant_name == "共有 花子"
    assert app.cases.attachment_bytes(STAFF, ref, detail.attachments[0].id)[2][:4] == b"\x89PNG"
    assert [r.ref for r in app.register.page(RegisterFilter(search="共有"))] == [ref]
    # A fragment of the reference, through the index of its tails (migration 0014), and a
    # capped search with the names' ids as a list (PostgreSQL has no json_each).
    assert [r.ref for r in app.register.page(RegisterFilter(search=ref[-3:]))] == [ref]
    assert app.register.first_page(RegisterFilter(search=ref[-6:]), count_up_to=5)[0] == 1
    assert app.register.first_page(RegisterFilter(search="共有"), count_up_to=5)[0] == 1
    cfg = schema.alembic_config()
    app.close()
    with app.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert schema.current_revision(app.db) is None
    app.db.dispose()


def test_second_pc_with_the_key_file(postgres_url: str, tmp_path: Path) -> None:
    """Another PC (its own keyring) opens the shared database only after importing the key."""
    from inquiry_desk.domain.errors import KeyringUnavailable
    from inquiry_desk.services.keys import export_master_key, import_master_key

    first_store = MemoryMasterKeyStore()
    first = App.open(tmp_path / "pc1", postgres_url, first_store)
    ref = first.cases.create(STAFF, _new("鍵 共有"))
    exported = export_master_key(first_store.keys[first.install_id], first.install_id, "a long passphrase")
    first.close()
    second_store = MemoryMasterKeyStore()
    with pytest.raises(KeyringUnavailable):
        App.open(tmp_path / "pc2", postgres_url, second_store)
    install_id, master = import_master_key(exported, "a long passphrase")
    second_store.save(install_id, master)
    second = App.open(tmp_path / "pc2", postgres_url, second_store)
    assert second.cases.get(STAFF, ref).applicant_name == "鍵 共有"
    second.close()


def test_audit_log_is_append_only_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    app = App.open(tmp_path, postgres_url, MemoryMasterKeyStore())
    app.cases.create(STAFF, _new())
    for statement in (
        "UPDATE audit_log SET actor = 'mallory'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ):
        with pytest.raises(DatabaseError, match="append-only"), app.db.write() as session:
            session.execute(text(statement))
    assert audit.verify_chain(app.db).ok
    app.close()


def test_references_safe_with_concurrent_writers(postgres_url: str, tmp_path: Path) -> None:
    store = MemoryMasterKeyStore()
    apps = [App.open(tmp_path / f"pc{i}", postgres_url, store) for i in range(2)]
    refs: list[str] = []
    errors: list[BaseException] = []

    def work(app: App) -> None:
        try:
            for _ in range(10):
                refs.append(
                    app.cases.create(
                        STAFF,
                        NewCase(
                            date(2026, 11, 2),
                            Channel.MAIL,
                            CaseKind.QUESTION,
                            [],
                            Jurisdiction.JP,
                            Language.JA,
                            PartyData(name="並行", email="p@example.jp"),
                        ),
                    )
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(a,)) for a in apps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for a in apps:
        a.close()
    assert errors == []
    assert sorted(refs) == [f"PI-2026-{n:04d}" for n in range(1, 21)]
