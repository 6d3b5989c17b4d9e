"""Applicant and representative details, and the checks staff rely on when typing them.

These are plain values: the store encrypts them as a whole, the UI edits them, the
documents print them. Validation returns messages per field so that the intake
dialog can show each next to its field.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from inquiry_desk.domain.enums import PartyRole, RepresentativeKind
from inquiry_desk.domain.i18n import translate

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
# Japanese postal codes are NNN-NNNN; accept full-width digits and a missing hyphen.
_JP_POSTAL = re.compile(r"^\d{3}-?\d{4}$")


@dataclass
class PartyData:
    """Personal data of one party; every field is personal and stored encrypted."""

    name: str = ""
    name_kana: str = ""
    email: str = ""
    phone: str = ""
    fax: str = ""
    postal_code: str = ""
    # Japanese order for JP addresses (prefecture → building), international order otherwise;
    # one line per element so that letters and envelopes can lay them out.
    address: str = ""
    country: str = "JP"
    customer_number: str = ""
    role: PartyRole = PartyRole.APPLICANT
    representative_kind: RepresentativeKind | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["role"] = self.role.value
        data["representative_kind"] = self.representative_kind.value if self.representative_kind else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PartyData:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["role"] = PartyRole(kwargs.get("role", PartyRole.APPLICANT))
        kind = kwargs.get("representative_kind")
        kwargs["representative_kind"] = RepresentativeKind(kind) if kind else None
        return cls(**kwargs)

    def personal_values(self) -> list[str]:
        """Every non-empty personal value, for erasure checks that scan the disk."""
        return [
            v
            for k, v in asdict(self).items()
            if isinstance(v, str) and v and k not in ("role", "representative_kind", "country")
        ]

    @property
    def address_lines(self) -> list[str]:
        return [line for line in self.address.splitlines() if line.strip()]


@dataclass
class ValidationErrors:
    """Field name → message; empty when the party is acceptable."""

    errors: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.errors)


def normalise_postal_code(code: str) -> str:
    """Full-width digits and dashes to ASCII, as typed on Japanese keyboards."""
    table = str.maketrans("０１２３４５６７８９－ー―‐〒", "0123456789----" + " ")
    return code.translate(table).strip()


def validate_party(party: PartyData, *, required_name: bool = True) -> ValidationErrors:
    errs: dict[str, str] = {}
    if required_name and not party.name.strip():
        errs["name"] = translate("Parties", "Enter the name as written by the applicant.")
    if len(party.name) > 200:
        errs["name"] = translate("Parties", "A name may have at most 200 characters.")
    if party.email and not _EMAIL.match(party.email.strip()):
        errs["email"] = translate("Parties", "This is not an email address (expected name@example.com).")
    for attr in ("phone", "fax"):
        value = getattr(party, attr).strip()
        if value:
            message = _phone_problem(value, party.country)
            if message:
                errs[attr] = message
    code = normalise_postal_code(party.postal_code)
    if code and party.country.upper() == "JP" and not _JP_POSTAL.match(code):
        errs["postal_code"] = translate("Parties", "A Japanese postal code has 7 digits, e.g. 530-0001.")
    if not (party.email or party.address or party.phone or party.fax):
        errs["address"] = translate(
            "Parties", "Give at least one way to reach the applicant (address, email, phone or fax)."
        )
    return ValidationErrors(errs)


def _phone_problem(value: str, country: str) -> str | None:
    import phonenumbers  # imported when a number is first checked, not at start-up

    region = country.upper() if len(country) == 2 else "JP"
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return translate("Parties", "This is not a phone number.")
    if not phonenumbers.is_possible_number(number):
        return translate("Parties", "This phone number has the wrong number of digits.")
    return None
