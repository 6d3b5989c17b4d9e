"""The in-memory index of the open cases' decrypted names (register.py).

Applicant names are encrypted, so a name search cannot run in SQL: the few cases that
still hold personal data have their names decrypted once into memory, folded for search,
and the index is rebuilt only when the register's cases or keys changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import PartyRole
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.search_folding import FIELD_BREAK, fold, fold_fields
from inquiry_desk.services.cases.damage import CASE_KEY
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.crypto import DecryptionFailed
from inquiry_desk.store.models import Case, CaseKey, Party


@dataclass
class ApplicantIndex:
    """Decrypted names of the cases that still hold personal data, kept in memory only."""

    names: dict[int, str] = field(default_factory=dict)
    haystack: dict[int, str] = field(default_factory=dict)
    # case id -> (reference, the record that failed its integrity check)
    damaged: dict[int, tuple[str, str]] = field(default_factory=dict)
    version: tuple[int, Any] | None = None


# An index that holds no names: a page read with it lists every applicant as empty (see
# `RegisterService.first_page_unnamed`), and asking for it costs no decryption.
NO_NAMES = ApplicantIndex(version=(-1, None))


def name_ids(text: str, index: ApplicantIndex) -> list[int]:
    """The open cases whose folded names, kana, email, phone or customer number hold `text`."""
    needle = fold(text)
    return [cid for cid, hay in index.haystack.items() if needle in hay] if needle else []


def index_version(session: Session) -> tuple[int, Any]:
    """What changes whenever a case's name or key may have: how many cases hold a key,
    and the latest change of any case."""
    version = session.execute(
        select(func.count(CaseKey.case_id), func.max(Case.updated_at)).join(Case, Case.id == CaseKey.case_id)
    ).one()
    return int(version[0]), version[1]


def load_index(session: Session, keys: KeyService, version: tuple[int, Any]) -> ApplicantIndex:
    """Every open case's applicant, decrypted and folded; a case whose name or key fails its
    integrity check goes to `damaged` instead."""
    index = ApplicantIndex(version=version)
    rows = session.execute(
        select(Case.id, Case.ref, Case.uid, CaseKey.wrapped, Party.payload)
        .join(CaseKey, CaseKey.case_id == Case.id)
        .join(Party, and_(Party.case_id == Case.id, Party.role == PartyRole.APPLICANT.value))
    )
    for case_id, ref, uid, wrapped, payload in rows:
        record = CASE_KEY
        try:
            cipher = keys.cipher_for(uid, wrapped)
            record = PartyRole.APPLICANT.value
            party = PartyData.from_json(cipher.open_json(payload, "party"))
        except DecryptionFailed:
            # Only this case is unreadable; it is listed from its plain columns.
            index.damaged[case_id] = (ref, record)
            index.names.pop(case_id, None)
            index.haystack.pop(case_id, None)
            continue
        if case_id in index.damaged:
            continue  # a second applicant row of a damaged case
        index.names.setdefault(case_id, party.name)
        # Folded once here, so that a keystroke folds only what was typed (domain/search_folding.py).
        hay = fold_fields(party.name, party.name_kana, party.email, party.phone, party.customer_number)
        index.haystack[case_id] = index.haystack.get(case_id, "") + FIELD_BREAK + hay
    return index
