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
    with pytest.raises(SignInFailed, match="locked"):
        users.authenticate("admin", "right password")
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
