"""Sign-in: argon2id hashes, throttling, lock-out, first administrator."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import Role
from inquiry_desk.domain.errors import PermissionDenied, UserError, ValidationFailed
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.users import MAX_FAILURES, SignInFailed, UserService
from inquiry_desk.store.models import User


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 9, 0)
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.now


def _service(app: App, clock: Clock) -> UserService:
    return UserService(app.db, now=clock, sleep=clock.slept.append)


def test_first_admin_only_on_empty_database(app: App) -> None:
    users = _service(app, Clock())
    with pytest.raises(UserError, match="administrator"):
        users.create(None, "first", "First", Role.STAFF, "long enough pw")
    users.create(None, "boss", "Boss", Role.ADMIN, "long enough pw")
    with pytest.raises(UserError, match="Only an administrator"):
        users.create(None, "sneaky", "Sneaky", Role.ADMIN, "long enough pw")
    with app.db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "boss"))
    assert stored is not None and stored.startswith("$argon2id$")


def test_staff_cannot_manage_users(app: App, staff: Actor) -> None:
    with pytest.raises(PermissionDenied):
        app.users.create(staff, "new", "New", Role.STAFF, "long enough pw")
    with pytest.raises(PermissionDenied):
        app.users.list(staff)


def test_wrong_password_throttles_then_locks_out(app: App) -> None:
    clock = Clock()
    users = _service(app, clock)
    users.create(None, "admin", "Admin", Role.ADMIN, "right password")
    for _ in range(MAX_FAILURES):
        with pytest.raises(SignInFailed, match="wrong"):
            users.authenticate("admin", "wrong")
    assert clock.slept == sorted(clock.slept) and clock.slept[-1] > clock.slept[0]
    with pytest.raises(SignInFailed) as locked:
        users.authenticate("admin", "right password")
    with pytest.raises(SignInFailed) as unknown:
        users.authenticate("nobody", "right password")
    # A locked account reads exactly like a name that does not exist.
    assert str(locked.value) == str(unknown.value)
    assert "locked" in str(locked.value)
    clock.now += timedelta(minutes=16)
    assert users.authenticate("ADMIN", "right password").role == "admin"


def test_unknown_user_gets_the_same_message(app: App) -> None:
    users = _service(app, Clock())
    with pytest.raises(SignInFailed, match="user name or password is wrong"):
        users.authenticate("nobody", "x")


def test_short_password_refused(app: App) -> None:
    with pytest.raises(ValidationFailed) as err:
        app.users.create(None, "admin", "Admin", Role.ADMIN, "short")
    assert "password" in err.value.fields


def test_the_name_in_japanese_letters_is_kept_beside_the_login(app: App) -> None:
    admin = Actor("setup-admin", "admin")
    # Typed with a full-width space and the reading in hiragana and half-width kana, as IMEs do.
    app.users.create(
        admin, "sato", "Sato Yui", Role.STAFF, "correct horse", name_ja="佐藤　結衣", name_kana="さとう ﾕｲ"
    )
    actor = app.users.authenticate("sato", "correct horse")
    assert (actor.name_ja, actor.display_name) == ("佐藤 結衣", "Sato Yui")
    assert actor.letter_name(japanese=True) == "佐藤 結衣"
    assert actor.letter_name(japanese=False) == "Sato Yui"  # never the login or the role
    view = next(u for u in app.users.list(admin) if u.username == "sato")
    assert (view.name_ja, view.name_kana) == ("佐藤 結衣", "サトウ ユイ")


def test_an_administrator_sets_the_letter_name_and_the_audit_names_no_value(app: App) -> None:
    from inquiry_desk.store.models import AuditEntry

    admin = Actor("setup-admin", "admin")
    app.users.create(admin, "kato", "Kato Ren", Role.STAFF, "correct horse")
    staff = app.users.authenticate("kato", "correct horse")
    assert staff.letter_name(japanese=True) == "Kato Ren"  # no Japanese name yet: the known one
    with pytest.raises(PermissionDenied):
        app.users.set_letter_name(staff, "kato", "加藤 蓮", "カトウ レン")
    app.users.set_letter_name(admin, "kato", "加藤 蓮", "かとう れん")
    assert app.users.authenticate("kato", "correct horse").letter_name(japanese=True) == "加藤 蓮"
    with app.db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.letter_name")).all()
        assert len(entries) == 1
        assert "加藤" not in (entries[0].details or "") and "カトウ" not in (entries[0].details or "")


def test_english_letters_are_signed_with_the_english_letter_name_never_the_role(app: App) -> None:
    admin = Actor("setup-admin", "admin")
    app.users.create(admin, "sato", "Sato Yui (staff)", Role.STAFF, "correct horse")
    actor = app.users.authenticate("sato", "correct horse")
    # An older demo database's display name says the role: a letter never does.
    assert actor.letter_name(japanese=False) == "Sato Yui"
    assert actor.letter_name(japanese=True) == "Sato Yui"
    app.users.set_letter_name(admin, "sato", "佐藤 結衣", "サトウ ユイ", "Yui  Sato")
    actor = app.users.authenticate("sato", "correct horse")
    assert (actor.letter_name(japanese=True), actor.letter_name(japanese=False)) == ("佐藤 結衣", "Yui Sato")
    # Without an English argument the English name stays; the seal is untouched (outside it).
    app.users.set_letter_name(admin, "sato", "佐藤 結衣", "")
    assert app.users.authenticate("sato", "correct horse").letter_name(japanese=False) == "Yui Sato"
    assert Actor("x", "staff", display_name="Kato Ren（担当者）").letter_name(japanese=True) == "Kato Ren"
