"""Role × action: what each role may do, enforced in the services."""

from __future__ import annotations

import pytest

from inquiry_desk.services.actors import ROLE_PERMISSIONS, Actor, Permission

P = Permission
EXPECTED = {
    "staff": {P.VIEW_REGISTER, P.VIEW_PERSONAL, P.CREATE_CASE, P.EDIT_CASE, P.TRANSITION, P.IMPORT, P.PRINT},
    "manager": {
        P.VIEW_REGISTER,
        P.VIEW_PERSONAL,
        P.CREATE_CASE,
        P.EDIT_CASE,
        P.TRANSITION,
        P.IMPORT,
        P.PRINT,
        P.APPROVE,
        P.CHANGE_SETTINGS,
        P.LEGAL_HOLD,
        P.PURGE,
        P.PURGE_EARLY,
        P.READ_AUDIT,
        P.REPORT,
        P.CHANGE_RECEIPT_DATE,
    },
    "admin": {P.VIEW_REGISTER, P.MANAGE_USERS, P.KEY_ADMIN, P.BACKUP, P.READ_AUDIT, P.PURGE, P.REPORT},
    "system": {P.VIEW_REGISTER, P.PURGE, P.REPORT},
}


@pytest.mark.parametrize("role", sorted(EXPECTED))
@pytest.mark.parametrize("permission", list(Permission))
def test_matrix(role: str, permission: Permission) -> None:
    actor = Actor("someone", role)
    allowed = permission in EXPECTED[role]
    assert actor.can(permission) is allowed
    if allowed:
        actor.require(permission)
    else:
        from inquiry_desk.domain.errors import PermissionDenied

        with pytest.raises(PermissionDenied, match=role):
            actor.require(permission)


def test_unknown_role_may_do_nothing() -> None:
    assert not any(Actor("x", "intruder").can(p) for p in Permission)
    assert set(ROLE_PERMISSIONS) == set(EXPECTED)
