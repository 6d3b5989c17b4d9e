"""The names of the rows on screen, decrypted on demand (register.py, `applicant_names`).

The register window decrypts only the names it paints: a page without a search is read
without names, and these few are opened when the view shows them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, select

from inquiry_desk.domain.enums import PartyRole
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.cases.damage import CASE_KEY, DamageLog
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.crypto import DecryptionFailed
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, CaseKey, Party


def applicant_names(
    db: Database, keys: KeyService, damage: DamageLog, case_ids: Iterable[int]
) -> dict[int, str | None]:
    """The applicant's name of each of these cases that still holds personal data; None
    for a case whose sealed name or key fails its integrity check (audited once, as the
    index does). Purged cases and unknown ids are left out."""
    wanted = sorted(set(case_ids))
    if not wanted:
        return {}
    names: dict[int, str | None] = {}
    found: list[tuple[str, str]] = []
    with db.read() as session:
        rows = session.execute(
            select(Case.id, Case.ref, Case.uid, CaseKey.wrapped, Party.payload)
            .join(CaseKey, CaseKey.case_id == Case.id)
            .join(Party, and_(Party.case_id == Case.id, Party.role == PartyRole.APPLICANT.value))
            .where(Case.id.in_(wanted))
            .order_by(Party.id)
        )
        for case_id, ref, uid, wrapped, payload in rows:
            if case_id in names:
                continue  # a second applicant row: the first is the one listed, as in the index
            record = CASE_KEY
            try:
                cipher = keys.cipher_for(uid, wrapped)
                record = PartyRole.APPLICANT.value
                names[case_id] = PartyData.from_json(cipher.open_json(payload, "party")).name
            except DecryptionFailed:
                names[case_id] = None
                found.append((ref, record))
    if found:  # after the read transaction, as RegisterService._report_damage
        damage.report(SYSTEM, found, found_by="register")
    return names
