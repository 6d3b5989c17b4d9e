"""The whole check an auditor is shown: the hash chain, its end, and the staff accounts.

The chain alone catches a row changed or removed in the middle. Its end is held against
the anchor in this PC's keyring (services/audit_anchor.py), and the staff accounts against
their seals (services/users_seal.py): a role or password set with SQL instead of the app
shows here, in the window's audit-log dialog and in `verify-audit` alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from inquiry_desk.services.audit import ChainCheck, verify_chain
from inquiry_desk.services.audit_anchor import AuditAnchor
from inquiry_desk.services.users_seal import tampered_accounts
from inquiry_desk.store.engine import Database


@dataclass(frozen=True)
class AuditCheck:
    chain: ChainCheck
    # Why the chain's end does not match this PC's anchor; empty when it does (or when the
    # chain itself is broken, which says more).
    cut_off: str
    # Staff accounts whose rows were changed outside the app: they cannot sign in.
    tampered: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.cut_off and not self.tampered


def check_audit(db: Database, anchor: AuditAnchor, seal_key: bytes) -> AuditCheck:
    chain = verify_chain(db)
    cut_off = (anchor.problem() or "") if chain.ok else ""
    return AuditCheck(chain, cut_off, tuple(tampered_accounts(db, seal_key)))
