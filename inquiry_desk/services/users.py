"""Staff accounts: argon2id passwords, throttling and lock-out."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import jaconv
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import Role
from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.users_seal import is_intact, reseal
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import User

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8


class SignInFailed(UserError):
    pass


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    name_ja: str = ""
    name_kana: str = ""
    name_en: str = ""


class UserService:
    def __init__(
        self,
        db: Database,
        *,
        now: Callable[[], datetime] = datetime.now,
        sleep: Callable[[float], None] = time.sleep,
        demo: bool = False,
        seal_key: bytes | None = None,
    ) -> None:
        self.db = db
        # None only where no account can change (enrolling a PC checks the key first).
        self._seal_key = seal_key
        self.now = now
        self.sleep = sleep
        # The demo's "demo" password is shorter than staff passwords may be.
        self.min_password = 4 if demo else MIN_PASSWORD
        self._hasher = PasswordHasher()  # argon2id with the library's current parameters

    def _password_too_short(self) -> str:
        return translate("Users", "A password needs at least {count} characters.").format(
            count=self.min_password
        )

    def has_users(self) -> bool:
        with self.db.read() as session:
            return bool(session.scalar(select(func.count(User.id))))

    def create(
        self,
        actor: Actor | None,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        name_ja: str = "",
        name_kana: str = "",
        name_en: str = "",
    ) -> int:
        """`actor` None is allowed only for the first administrator of an empty database."""
        errors: dict[str, str] = {}
        username = username.strip().lower()
        if not username or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
            errors["username"] = translate("Users", "Use letters, digits, '.', '-' or '_' for the user name.")
        if not display_name.strip():
            errors["display_name"] = translate("Users", "Enter the person's name as colleagues know it.")
        if len(password) < self.min_password:
            errors["password"] = self._password_too_short()
        if errors:
            raise ValidationFailed(errors)
        with self.db.write() as session:
            if actor is None:
                if session.scalar(select(func.count(User.id))):
                    raise UserError(translate("Users", "Only an administrator can add users."))
                if role is not Role.ADMIN:
                    raise UserError(translate("Users", "The first account must be an administrator."))
                who = "setup"
            else:
                actor.require(Permission.MANAGE_USERS)
                who = actor.username
            if session.scalar(select(User).where(User.username == username)):
                raise ValidationFailed(
                    {
                        "username": translate("Users", "The user name {username} is taken.").format(
                            username=username
                        )
                    }
                )
            user = User(
                username=username,
                display_name=display_name.strip(),
                name_ja=_name(name_ja),
                name_kana=_kana(name_kana),
                name_en=_name(name_en),
                role=role.value,
                password_hash=self._hasher.hash(password),
                active=True,
                failed_attempts=0,
                created_at=self.now().replace(microsecond=0),
            )
            session.add(user)
            session.flush()
            self._reseal(user)
            audit.record(session, who, "user.create", None, {"user": username, "role": role.value})
            return user.id

    def authenticate(self, username: str, password: str) -> Actor:
        username = username.strip().lower()
        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            now = self.now()
            if user is None or not user.active:
                # Same work and same message as a wrong password: do not reveal who exists.
                self._hasher.hash(password)
                audit.record(session, "anonymous", "signin.fail", None, {"reason": "unknown user"})
                failed = True
            elif self._seal_key is not None and not is_intact(self._seal_key, user):
                # Changed outside the app (a role raised by SQL): it signs in as nobody.
                self._hasher.hash(password)
                audit.record(
                    session, user.username, "signin.refused", None, {"reason": "account seal broken"}
                )
                failed = True
            elif user.locked_until and user.locked_until > now:
                # The same answer as for an unknown name: a locked account must not tell
                # a guesser that the name exists (the audit log tells the administrator).
                audit.record(session, user.username, "signin.locked", None)
                self._hasher.hash(password)
                failed = True
            else:
                try:
                    self._hasher.verify(user.password_hash, password)
                    failed = False
                except (VerificationError, InvalidHashError):
                    failed = True
                if failed:
                    user.failed_attempts += 1
                    details = {"attempt": user.failed_attempts}
                    if user.failed_attempts >= MAX_FAILURES:
                        user.locked_until = now + LOCKOUT
                        details["locked"] = True
                    audit.record(session, user.username, "signin.fail", None, details)
                else:
                    user.failed_attempts = 0
                    user.locked_until = None
                    if self._hasher.check_needs_rehash(user.password_hash):
                        user.password_hash = self._hasher.hash(password)
                        self._reseal(user)
                    audit.record(session, user.username, "signin", None)
                    return Actor(
                        user.username, user.role, user.id, user.display_name, user.name_ja, user.name_en
                    )
        # Throttle outside the transaction so a guesser waits longer each time but
        # nobody else is blocked meanwhile.
        attempts = user.failed_attempts if user is not None else 1
        self.sleep(min(0.25 * attempts, 2.0))
        raise SignInFailed(
            translate(
                "Users",
                "The user name or password is wrong, or the account is locked after repeated "
                "failures. Try again later, or ask an administrator.",
            )
        )

    def verify_password(self, actor: Actor, password: str) -> bool:
        """For unlocking an idle session: the same checks and lock-out as signing in."""
        try:
            self.authenticate(actor.username, password)
        except SignInFailed:
            return False
        return True

    def list(self, actor: Actor) -> list[UserView]:
        actor.require(Permission.MANAGE_USERS)
        with self.db.read() as session:
            return [
                UserView(
                    u.id,
                    u.username,
                    u.display_name,
                    Role(u.role),
                    u.active,
                    u.locked_until,
                    u.name_ja,
                    u.name_kana,
                    u.name_en,
                )
                for u in session.scalars(select(User).order_by(User.username))
            ]

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(translate("Users", "There is no user {username}.").format(username=username))
            if not active and user.role == Role.ADMIN.value and self._last_admin(session, user):
                raise UserError(
                    translate(
                        "Users", "{username} is the last active administrator and stays active."
                    ).format(username=username)
                )
            user.active = active
            user.failed_attempts = 0
            user.locked_until = None
            self._reseal(user)
            audit.record(
                session, actor, "user.activate" if active else "user.deactivate", None, {"user": username}
            )

    def set_role(self, actor: Actor, username: str, role: Role) -> None:
        """Change an account's role (administrators). The last active administrator stays one,
        so that somebody can always manage the accounts."""
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(translate("Users", "There is no user {username}.").format(username=username))
            if user.role == Role.ADMIN.value and role is not Role.ADMIN and self._last_admin(session, user):
                raise UserError(
                    translate("Users", "{username} is the last active administrator and stays one.").format(
                        username=username
                    )
                )
            user.role = role.value
            self._reseal(user)
            audit.record(session, actor, "user.role", None, {"user": username, "role": role.value})

    def _reseal(self, user: User) -> None:
        if self._seal_key is not None:
            reseal(self._seal_key, user)

    @staticmethod
    def _last_admin(session: Session, user: User) -> bool:
        admins = session.scalar(
            select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        return bool(user.active) and admins == 1

    def set_letter_name(
        self, actor: Actor, username: str, name_ja: str, name_kana: str, name_en: str | None = None
    ) -> None:
        """The names a member of staff signs letters with: Japanese (with its reading) and
        English (None: left as it is). They sit outside the account seal on purpose: a letter
        name grants nothing, so changing it needs no re-seal (services/users_seal.py)."""
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(translate("Users", "There is no user {username}.").format(username=username))
            user.name_ja, user.name_kana = _name(name_ja), _kana(name_kana)
            if name_en is not None:
                user.name_en = _name(name_en)
            # Which account changed; staff names are not applicants' data, but the log names no values.
            audit.record(session, actor, "user.letter_name", None, {"user": username})

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        if actor.username != username:
            actor.require(Permission.MANAGE_USERS)
        if len(password) < self.min_password:
            raise ValidationFailed({"password": self._password_too_short()})
        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound(translate("Users", "There is no user {username}.").format(username=username))
            user.password_hash = self._hasher.hash(password)
            user.failed_attempts = 0
            user.locked_until = None
            self._reseal(user)
            audit.record(session, actor, "user.password", None, {"user": username})


def _name(text: str) -> str:
    """姓 名 with one space between, however it was typed (a full-width space, several)."""
    return " ".join(text.replace("\u3000", " ").split())


def _kana(text: str) -> str:
    """The reading in katakana, as the IME may commit hiragana or half-width kana."""
    return jaconv.hira2kata(jaconv.h2z(_name(text)))
