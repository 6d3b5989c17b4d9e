"""The company's own phone and fax numbers, names and email addresses, read from
forms/company.toml: never suggested for a party, also where OCR has misread a name."""

from __future__ import annotations

import difflib
import logging
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from inquiry_desk.intake.phone_numbers import phone_key
from inquiry_desk.office_forms import template_path

log = logging.getLogger(__name__)

_CORPORATE = re.compile(
    r"株式会社|有限会社|合同会社|\(株\)|（株）|㈱|\b(?:inc|ltd|llc|corp|co|k\.?k)\b\.?", re.I
)


@dataclass(frozen=True)
class OwnContacts:
    """The department's own numbers, names and addresses: never suggested for a party."""

    numbers: frozenset[str] = frozenset()  # phone_key() of each number
    names: tuple[str, ...] = ()  # _name_key() of each name
    emails: frozenset[str] = frozenset()  # lower case

    @classmethod
    def of(
        cls,
        *,
        numbers: tuple[str, ...] | list[str] = (),
        names: tuple[str, ...] | list[str] = (),
        emails: tuple[str, ...] | list[str] = (),
    ) -> OwnContacts:
        # "ZenGroup" alone is the company too, as is "ZenGroup INC".
        bare = [_CORPORATE.sub("", n) for n in names]
        return cls(
            numbers=frozenset(k for n in numbers if (k := phone_key(n))),
            names=tuple(dict.fromkeys(k for n in [*names, *bare] if (k := _name_key(n)))),
            emails=frozenset(e.strip().lower() for e in emails if e.strip()),
        )

    def has_name(self, name: str) -> bool:
        """The company, the department or its contact person, also as OCR misreads them (ZenGrouD)."""
        key = _name_key(name)
        for other in self.names:
            if key == other or (min(len(key), len(other)) >= 4 and (key in other or other in key)):
                return True
            if difflib.SequenceMatcher(None, key, other).ratio() >= 0.8:
                return True
        return False


def _name_key(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalpha())


def company_contacts() -> OwnContacts:
    """The company's phone, fax, names and email from forms/company.toml (re-read once edited)."""
    path = _company_file()
    try:
        return _contacts_in(path, path.stat().st_mtime_ns)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        # Suggestions go on without the filter; staff confirm every item anyway.
        log.warning(
            "company details unreadable (%s): the company's own numbers are not filtered", type(exc).__name__
        )
        return OwnContacts()


def _company_file() -> Path:
    return template_path("company.toml")


@cache
def _contacts_in(path: Path, mtime_ns: int) -> OwnContacts:
    # Keyed by the modification time, so an office's edit is seen without a restart.
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    found: dict[str, list[str]] = {
        key: [] for key in ("phone", "fax", "email", "company", "department", "contact_person")
    }
    for language in ("en", "ja"):
        section = data.get(language)
        for key, values in found.items():
            value = section.get(key) if isinstance(section, dict) else None
            if isinstance(value, str):
                values.append(value)
    return OwnContacts.of(
        numbers=found["phone"] + found["fax"],
        emails=found["email"],
        names=found["company"] + found["department"] + found["contact_person"],
    )
