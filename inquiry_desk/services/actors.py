"""Who is acting, and what each role may do.

Permissions are checked here, in the services, so that no path — GUI, CLI, a future
script — can do what the role does not allow. The UI hides what it cannot do only
as a courtesy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from inquiry_desk.domain.errors import PermissionDenied
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate


class Permission(StrEnum):
    VIEW_REGISTER = "view_register"  # anonymous columns only
    VIEW_PERSONAL = "view_personal"  # names, letters, attachments
    CREATE_CASE = "create_case"
    EDIT_CASE = "edit_case"
    TRANSITION = "transition"
    IMPORT = "import"
    PRINT = "print"
    APPROVE = "approve"  # disclosures and refusals
    CHANGE_SETTINGS = "change_settings"  # retention, deadlines
    LEGAL_HOLD = "legal_hold"
    PURGE = "purge"
    PURGE_EARLY = "purge_early"
    READ_AUDIT = "read_audit"
    REPORT = "report"  # anonymous statistics
    MANAGE_USERS = "manage_users"
    KEY_ADMIN = "key_admin"
    BACKUP = "backup"
    # The legal receipt date starts the clock: only a manager corrects it, with a reason.
    CHANGE_RECEIPT_DATE = "change_receipt_date"


_STAFF = frozenset(
    {
        Permission.VIEW_REGISTER,
        Permission.VIEW_PERSONAL,
        Permission.CREATE_CASE,
        Permission.EDIT_CASE,
        Permission.TRANSITION,
        Permission.IMPORT,
        Permission.PRINT,
    }
)
_MANAGER = _STAFF | {
    Permission.APPROVE,
    Permission.CHANGE_SETTINGS,
    Permission.LEGAL_HOLD,
    Permission.PURGE,
    Permission.PURGE_EARLY,
    Permission.READ_AUDIT,
    Permission.REPORT,
    Permission.CHANGE_RECEIPT_DATE,
}
# Administrators run the installation; they do not read applicants' personal data.
_ADMIN = frozenset(
    {
        Permission.VIEW_REGISTER,
        Permission.MANAGE_USERS,
        Permission.KEY_ADMIN,
        Permission.BACKUP,
        Permission.READ_AUDIT,
        Permission.PURGE,
        Permission.REPORT,
    }
)
# Unattended jobs (scheduled purge, selftest, the monthly report) reveal nothing personal.
_SYSTEM = frozenset({Permission.VIEW_REGISTER, Permission.PURGE, Permission.REPORT})

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "staff": _STAFF,
    "manager": _MANAGER,
    "admin": _ADMIN,
    "system": _SYSTEM,
}


# How a refusal names the role and the permission; the English is the stored value itself
# ("view_personal" → "view personal"), so English messages read as they always did.
_ROLE_NAMES: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("Actor", "staff"),
    "manager": QT_TRANSLATE_NOOP("Actor", "manager"),
    "admin": QT_TRANSLATE_NOOP("Actor", "admin"),
    "system": QT_TRANSLATE_NOOP("Actor", "system"),
}
_PERMISSION_NAMES: dict[Permission, str] = {
    Permission.VIEW_REGISTER: QT_TRANSLATE_NOOP("Actor", "view register"),
    Permission.VIEW_PERSONAL: QT_TRANSLATE_NOOP("Actor", "view personal"),
    Permission.CREATE_CASE: QT_TRANSLATE_NOOP("Actor", "create case"),
    Permission.EDIT_CASE: QT_TRANSLATE_NOOP("Actor", "edit case"),
    Permission.TRANSITION: QT_TRANSLATE_NOOP("Actor", "transition"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Actor", "import"),
    Permission.PRINT: QT_TRANSLATE_NOOP("Actor", "print"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("Actor", "approve"),
    Permission.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("Actor", "change settings"),
    Permission.LEGAL_HOLD: QT_TRANSLATE_NOOP("Actor", "legal hold"),
    Permission.PURGE: QT_TRANSLATE_NOOP("Actor", "purge"),
    Permission.PURGE_EARLY: QT_TRANSLATE_NOOP("Actor", "purge early"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("Actor", "read audit"),
    Permission.REPORT: QT_TRANSLATE_NOOP("Actor", "report"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Actor", "manage users"),
    Permission.KEY_ADMIN: QT_TRANSLATE_NOOP("Actor", "key admin"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Actor", "backup"),
    Permission.CHANGE_RECEIPT_DATE: QT_TRANSLATE_NOOP("Actor", "change receipt date"),
}


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    user_id: int | None = None
    display_name: str = ""
    name_ja: str = ""  # 姓 名 in kanji, as Japanese letters are signed
    name_en: str = ""  # as English letters are signed, e.g. "Yui Sato"

    def letter_name(self, japanese: bool) -> str:
        """How a letter is signed: the letter name in the letter's language (a Japanese letter
        without a Japanese name takes the English one), else the name colleagues know without
        a role in brackets ("Sato Yui (staff)", as older demo databases have it); never the
        login, never the role."""
        chosen = (self.name_ja or self.name_en) if japanese else self.name_en
        return chosen or _without_role(self.display_name) or self.username

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            role = translate("Actor", _ROLE_NAMES[self.role]) if self.role in _ROLE_NAMES else self.role
            raise PermissionDenied(
                translate("Actor", "Your role ({role}) does not allow this: {permission}.").format(
                    role=role, permission=translate("Actor", _PERMISSION_NAMES[permission])
                )
            )


_ROLE_SUFFIX = re.compile(
    r"\s*[(（](?:staff|manager|admin|担当者|責任者|システム管理者)[)）]\s*$", re.IGNORECASE
)


def _without_role(name: str) -> str:
    return _ROLE_SUFFIX.sub("", name).strip()


SYSTEM = Actor(username="system", role="system", display_name="System (scheduled job)")
