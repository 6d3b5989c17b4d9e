"""The register of processing, as plain values: parsed and checked from its TOML text.

The manager keeps one register (``forms/processing-register.toml``); the letters print from it
what the law adds to an answer — GDPR Art. 15(1)(a)–(h) and 15(2), APPI Art. 32(1) — the
purpose-of-use notice and the records of provision to third parties. A register that does not
parse, or misses what a letter must say, is refused with every problem named, so a broken
edit never reaches an applicant.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.i18n import translate

PROCESSOR = "processor"
THIRD_PARTY = "third_party"
# The texts every register has, in both languages (section name → what the letters call it).
SECTIONS = (
    "retention",
    "source",
    "legal_bases",
    "rights",
    "automated_decisions",
    "transfers",
    "security",
    "procedures",
)
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class RegisterInvalid(ValueError):
    """The register cannot be used; ``problems`` are sentences for the manager."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Bilingual:
    ja: str
    en: str

    def in_(self, language: Language) -> str:
        return self.ja if language is Language.JA else self.en


@dataclass(frozen=True)
class Recipient:
    name: str
    role: str  # PROCESSOR or THIRD_PARTY
    country: str  # ISO 3166 alpha-2
    purpose: Bilingual
    safeguards: Bilingual
    items: Bilingual  # third parties: the items provided (a record's "items")
    since: date | None  # third parties: first day of the continuous provision

    @property
    def is_third_party(self) -> bool:
        return self.role == THIRD_PARTY


@dataclass(frozen=True)
class ProcessingRegister:
    controller: Bilingual
    controller_address: Bilingual
    representative: Bilingual
    manager: Bilingual
    purposes: tuple[Bilingual, ...]
    categories: tuple[Bilingual, ...]
    recipients: tuple[Recipient, ...]
    texts: dict[str, Bilingual]

    def text(self, section: str, language: Language) -> str:
        return self.texts[section].in_(language)

    @property
    def third_parties(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.is_third_party)


def parse(text: str) -> ProcessingRegister:
    """The register in ``text``; raises :class:`RegisterInvalid` naming every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegisterInvalid(
            [translate("ProcessingRegister", "The register is not valid TOML: {error}").format(error=exc)]
        ) from None
    return from_data(data)


def from_data(data: dict[str, Any]) -> ProcessingRegister:
    problems: list[str] = []

    def pair(table: Any, where: str, ja: str = "ja", en: str = "en") -> Bilingual:
        values = []
        for key in (ja, en):
            value = table.get(key) if isinstance(table, dict) else None
            if not isinstance(value, str) or not value.strip():
                problems.append(
                    translate("ProcessingRegister", "{where}: “{key}” is missing or empty.").format(
                        where=where, key=key
                    )
                )
                value = ""
            values.append(value.strip())
        return Bilingual(values[0], values[1])

    def entries(name: str) -> list[Any]:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            problems.append(
                translate("ProcessingRegister", "[[{name}]]: at least one entry is needed.").format(name=name)
            )
            return []
        return value

    controller = data.get("controller", {})
    register_values = (
        pair(controller, "[controller]"),
        pair(controller, "[controller]", "address_ja", "address_en"),
        pair(controller, "[controller]", "representative_ja", "representative_en"),
        pair(controller, "[controller]", "manager_ja", "manager_en"),
    )
    purposes = tuple(pair(p, f"[[purposes]] {i}") for i, p in enumerate(entries("purposes"), start=1))
    categories = tuple(pair(c, f"[[categories]] {i}") for i, c in enumerate(entries("categories"), start=1))
    recipients = tuple(
        _recipient(r, f"[[recipients]] {i}", pair, problems)
        for i, r in enumerate(entries("recipients"), start=1)
    )
    texts = {section: pair(data.get(section, {}), f"[{section}]") for section in SECTIONS}
    if problems:
        raise RegisterInvalid(problems)
    return ProcessingRegister(*register_values, purposes, categories, recipients, texts)


def _recipient(entry: Any, where: str, pair: Any, problems: list[str]) -> Recipient:
    if not isinstance(entry, dict):
        entry = {}
    name = str(entry.get("name", "")).strip()
    if not name:
        problems.append(translate("ProcessingRegister", "{where}: “name” is missing.").format(where=where))
    where = f"{where} ({name})" if name else where
    role = entry.get("role")
    if role not in (PROCESSOR, THIRD_PARTY):
        problems.append(
            translate("ProcessingRegister", "{where}: “role” must be “processor” or “third_party”.").format(
                where=where
            )
        )
    country = str(entry.get("country", ""))
    if not _COUNTRY.match(country):
        problems.append(
            translate(
                "ProcessingRegister", "{where}: “country” must be a two-letter country code, e.g. US."
            ).format(where=where)
        )
    since: date | None = None
    items = Bilingual("", "")
    if role == THIRD_PARTY:
        items = pair(entry, where, "items_ja", "items_en")
        raw = entry.get("since")
        if isinstance(raw, date):
            since = raw  # a bare TOML date
        else:
            try:
                since = date.fromisoformat(str(raw))
            except ValueError:
                problems.append(
                    translate(
                        "ProcessingRegister",
                        "{where}: “since” must be the first day of the provision, as YYYY-MM-DD.",
                    ).format(where=where)
                )
    return Recipient(
        name=name,
        role=str(role),
        country=country,
        purpose=pair(entry, where, "purpose_ja", "purpose_en"),
        safeguards=pair(entry, where, "safeguards_ja", "safeguards_en"),
        items=items,
        since=since,
    )


def to_data(register: ProcessingRegister) -> dict[str, Any]:
    """The register as the TOML file holds it (``from_data``'s inverse): what the settings
    window's editor saves."""

    def pair(value: Bilingual, ja: str = "ja", en: str = "en") -> dict[str, str]:
        return {ja: value.ja, en: value.en}

    def recipient(r: Recipient) -> dict[str, str]:
        entry = {"name": r.name, "role": r.role, "country": r.country}
        entry |= pair(r.purpose, "purpose_ja", "purpose_en")
        if r.is_third_party:
            entry |= pair(r.items, "items_ja", "items_en")
            entry["since"] = r.since.isoformat() if r.since else ""
        entry |= pair(r.safeguards, "safeguards_ja", "safeguards_en")
        return entry

    return {
        "controller": pair(register.controller)
        | pair(register.controller_address, "address_ja", "address_en")
        | pair(register.representative, "representative_ja", "representative_en")
        | pair(register.manager, "manager_ja", "manager_en"),
        "purposes": [pair(p) for p in register.purposes],
        "categories": [pair(c) for c in register.categories],
        "recipients": [recipient(r) for r in register.recipients],
        **{section: pair(register.texts[section]) for section in SECTIONS},
    }
