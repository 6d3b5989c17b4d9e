"""Where the applicant is: the address, postal code and country in the text (or the email's
domain), and the jurisdiction they suggest."""

from __future__ import annotations

import re

from inquiry_desk.domain.enums import Jurisdiction, Language
from inquiry_desk.domain.parties import normalise_postal_code

_POSTAL = re.compile(r"〒\s*([0-9０-９]{3}[-－ー―‐]?[0-9０-９]{4})")
_ADDRESS_WORD = re.compile(r"^\s*(?:ご?住所|Address)\s*[:：]?", re.I)
# [^\S\n]: white space within the line.  A plain \s* after ^ would run on over blank lines from
# every line start, which makes a text of many blank lines quadratic (seconds for 40 kB).
_ADDRESS_LABEL = re.compile(
    r"^[^\S\n]*(?:住所|ご住所|Address|address|Adresse|Dirección)[^\S\n]*[:：]\s*(.+)$", re.M
)

_EEA_TLDS = {
    "at",
    "be",
    "bg",
    "hr",
    "cy",
    "cz",
    "dk",
    "ee",
    "fi",
    "fr",
    "de",
    "gr",
    "hu",
    "ie",
    "it",
    "lv",
    "lt",
    "lu",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "si",
    "es",
    "se",
    "is",
    "li",
    "no",
    "eu",
}
_COUNTRIES: dict[str, str] = {
    "germany": "DE",
    "deutschland": "DE",
    "france": "FR",
    "spain": "ES",
    "españa": "ES",
    "italy": "IT",
    "italia": "IT",
    "ireland": "IE",
    "czech republic": "CZ",
    "czechia": "CZ",
    "netherlands": "NL",
    "belgium": "BE",
    "austria": "AT",
    "poland": "PL",
    "portugal": "PT",
    "sweden": "SE",
    "denmark": "DK",
    "finland": "FI",
    "norway": "NO",
    "iceland": "IS",
    "liechtenstein": "LI",
    "luxembourg": "LU",
    "greece": "GR",
    "hungary": "HU",
    "romania": "RO",
    "bulgaria": "BG",
    "croatia": "HR",
    "slovenia": "SI",
    "slovakia": "SK",
    "estonia": "EE",
    "latvia": "LV",
    "lithuania": "LT",
    "malta": "MT",
    "cyprus": "CY",
    "united kingdom": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "japan": "JP",
    "日本": "JP",
}
_COUNTRY_AT_END = re.compile(
    r"(?:,|\s)\s*(" + "|".join(sorted(_COUNTRIES, key=len, reverse=True)) + r")\.?\s*$", re.I
)
_JP_PLACES = re.compile(r"都|道|府|県|〒|\b(?:Tokyo|Osaka|Kyoto|Japan|Nagoya|Yokohama|Sapporo|Fukuoka)\b")


def postal_code_in(text: str) -> str:
    """A Japanese postal code marked 〒, normalised; "" if there is none."""
    m = _POSTAL.search(text)
    return normalise_postal_code(m.group(1)) if m else ""


def address_in(text: str) -> str:
    if m := _ADDRESS_LABEL.search(text):
        value = m.group(1).strip()
        return _POSTAL.sub("", value).strip(" 　")
    for line in text.splitlines():
        line = line.strip()
        if not line or len(line) > 120:
            continue
        if _POSTAL.search(line):
            # A form's row "住所 〒160-0023 東京都..." has its label without a colon.
            return _ADDRESS_WORD.sub("", _POSTAL.sub("", line)).strip(" 　")
        if re.search(r"\d", line) and "," in line and _country_at_end(line):
            return line
    return ""


def _country_at_end(text: str) -> re.Match[str] | None:
    # Only the end of the text: the pattern's "\s*" is tried from every white-space character,
    # so on a long run of spaces it is quadratic.  Trailing white space goes first, and one
    # white-space character is separator enough, so the last 64 characters give the same match.
    return _COUNTRY_AT_END.search(text.rstrip()[-64:])


def country_of(address: str, email: str, text: str) -> str:
    if m := _country_at_end(address):
        return _COUNTRIES[m.group(1).lower()]
    if _POSTAL.search(text) or (address and _JP_PLACES.search(address)):
        return "JP"
    tld = email.rsplit(".", 1)[-1].lower() if "@" in email else ""
    if tld == "jp":
        return "JP"
    if tld == "uk":
        return "GB"
    if tld in _EEA_TLDS and tld != "eu":
        return tld.upper()
    return ""


def jurisdiction_for(country: str, text: str, language: Language | None) -> Jurisdiction | None:
    if country == "JP":
        return Jurisdiction.JP
    if country == "GB":
        return Jurisdiction.UK
    if country.lower() in _EEA_TLDS:
        return Jurisdiction.EEA
    if re.search(r"\bGDPR\b|\bDSGVO\b|\bRGPD\b", text):
        return Jurisdiction.EEA
    if language is Language.JA:
        return Jurisdiction.JP
    return Jurisdiction.OTHER if country else None
