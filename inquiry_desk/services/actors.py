"""Who is acting, and what each role may do.

Permissions are checked here, in the services, so that no path — GUI, CLI, a future
script — can do what the role does not allow. The UI hides what it cannot do only
as a courtesy.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from inquiry_desk.domain.errors import PermissionDenied


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


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    user_id: int | None = None
    display_name: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"Your role ({self.role}) does not allow this: {permission.value.replace('_', ' ')}."
            )


SYSTEM = Actor(username="system", role="system", display_name="System (scheduled job)")
