"""Suggestions from the words of an inquiry: kind, request types, language, jurisdiction, parties.

These are guesses for staff to confirm, so precision matters more than recall: a
pattern that would fire on the company's own wording ("personal data", "inquiry")
is left out.  Some phrases are consumed once matched so that, for example,
"disclosure of the records of provision to third parties" suggests the records
request and not also a plain disclosure.

Faxes and scans have no sender header: the applicant's name, furigana, phone and fax
come from the labelled lines of the recognised text (`_find_names`, `_find_numbers`),
a fax header's number only as the phone of last resort, and the company's own details
(forms/company.toml) never.  Nothing found here is logged: it is personal data.
"""

from __future__ import annotations

import difflib
import logging
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import jaconv

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, PartyRole, RepresentativeKind
from inquiry_desk.domain.enums import RequestType as R
from inquiry_desk.domain.parties import PartyData, normalise_postal_code
from inquiry_desk.intake.model import Suggestions

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

log = logging.getLogger(__name__)

_I = re.IGNORECASE
# (request type, pattern, consume): earlier, more specific patterns first.
_REQUEST_PATTERNS: list[tuple[R, re.Pattern[str], bool]] = [
    (R.THIRD_PARTY_PROVISION_RECORDS, re.compile(
        r"第三者提供(?:の|に係る)?記録|(?:disclos\w*|copy)\s+(?:of\s+)?(?:the\s+)?records?\s+of\s+"
        r"(?:the\s+)?provision|records?\s+of\s+(?:the\s+)?provision[^.。]{0,60}third[\s-]+part", _I),
     True),
    (R.SUSPEND_THIRD_PARTY_PROVISION, re.compile(
        r"第三者(?:へ|に)?の?提供(?:の|を)?(?:停止|中止|やめ)|(?:stop|suspen[ds]|cease|halt)\w*\s+"
        # The noun form too: "suspension of the provision of my data to third parties".
        r"(?:of\s+)?(?:the\s+)?(?:provi\w+|shar\w+|giv\w+|transfer\w*)[^.。]{0,60}third[\s-]+part", _I),
     True),
    (R.WITHDRAW_CONSENT, re.compile(r"(?:withdraw\w*|revok\w*)\s+(?:my\s+|the\s+)?consent|同意の?撤回", _I),
     True),
    (R.PURPOSE_OF_USE, re.compile(r"利用目的|purposes?\s+of\s+use", _I), True),
    (R.SUSPENSION_OF_USE, re.compile(r"利用(?:の)?停止|suspen\w+\s+(?:of\s+)?(?:the\s+)?use", _I), True),
    (R.ACCESS, re.compile(
        r"\b(?:subject\s+)?access\s+(?:to\s+my|request)|right\s+of\s+access|\bart(?:icle|\.)?\s*15\b|"
        r"copy\s+of\s+(?:all\s+)?(?:the\s+)?(?:my\s+)?(?:personal\s+)?(?:data|information)|"
        r"what\s+(?:personal\s+)?(?:data|information)\s+you\s+(?:have|hold|keep|store)", _I), False),
    (R.DISCLOSURE, re.compile(r"開示|\bdisclos(?:e|ure)\s+(?:of\s+)?(?:my|all|the)", _I), False),
    (R.RECTIFICATION, re.compile(r"rectif\w+|\bart(?:icle|\.)?\s*16\b", _I), False),
    (R.CORRECTION, re.compile(r"訂正|\bcorrect(?:ion|ed)?\b", _I), False),
    (R.ADDITION, re.compile(
        r"(?:情報|データ|住所)?の?追加を|\badd\s+(?:my|the)\s+\w+\s+to\s+my\s+record", _I), False),
    (R.DELETION, re.compile(r"削除", _I), False),
    (R.ELIMINATION, re.compile(r"消去", _I), False),
    (R.ERASURE, re.compile(
        r"\b(?:eras(?:e|ure)|delet(?:e|ion)|right\s+to\s+be\s+forgotten|art(?:icle|\.)?\s*17\b)|"
        r"remove\s+(?:all\s+)?(?:of\s+)?my\s+(?:personal\s+)?(?:data|information)", _I), False),
    (R.RESTRICTION, re.compile(
        r"\brestrict\w*|stop\s+processing|limit\w*\s+(?:the\s+)?processing|\bart(?:icle|\.)?\s*18\b", _I),
     False),
    (R.OBJECTION, re.compile(r"\bobject(?:ion)?\s+to\b|\bobject\b|異議|\bart(?:icle|\.)?\s*21\b", _I), False),
    (R.PORTABILITY, re.compile(r"portab\w+|machine[\s-]readable|\bart(?:icle|\.)?\s*20\b", _I), False),
]
_COMPLAINT = re.compile(r"complain\w*|苦情|クレーム", _I)
_QUESTION = re.compile(r"\?|？|質問|教えて(?!ください)|ご相談|相談", _I)
_CONSULTATION = re.compile(r"相談|consult\w*|advice", _I)
_REPRESENTATIVE = re.compile(
    r"on\s+(?:her|his|their|the)?\s*behalf|on\s+behalf\s+of|we\s+act\s+for|power\s+of\s+attorney|"
    r"委任状|代理人|代理で", _I)
_LEGAL_REP = re.compile(r"法定代理|parent|guardian|親権|後見", _I)
_CLIENT_NAME = re.compile(
    r"(?:on\s+behalf\s+of|we\s+act\s+for|our\s+client)\s+(?:our\s+client\s+)?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})")

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Starting only where a word starts keeps a long run without "@" linear, not quadratic.
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_POSTAL = re.compile(r"〒\s*([0-9０-９]{3}[-－ー―‐]?[0-9０-９]{4})")
_ADDRESS_WORD = re.compile(r"^\s*(?:ご?住所|Address)\s*[:：]?", _I)
_ADDRESS_LABEL = re.compile(r"^\s*(?:住所|ご住所|Address|address|Adresse|Dirección)\s*[:：]\s*(.+)$", re.M)

_EEA_TLDS = {"at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it",
             "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se", "is", "li", "no",
             "eu"}
_COUNTRIES: dict[str, str] = {
    "germany": "DE", "deutschland": "DE", "france": "FR", "spain": "ES", "españa": "ES", "italy": "IT",
    "italia": "IT", "ireland": "IE", "czech republic": "CZ", "czechia": "CZ", "netherlands": "NL",
    "belgium": "BE", "austria": "AT", "poland": "PL", "portugal": "PT", "sweden": "SE", "denmark": "DK",
    "finland": "FI", "norway": "NO", "iceland": "IS", "liechtenstein": "LI", "luxembourg": "LU",
    "greece": "GR", "hungary": "HU", "romania": "RO", "bulgaria": "BG", "croatia": "HR",
    "slovenia": "SI", "slovakia": "SK", "estonia": "EE", "latvia": "LV", "lithuania": "LT",
    "malta": "MT", "cyprus": "CY", "united kingdom": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "japan": "JP", "日本": "JP",
}
_COUNTRY_AT_END = re.compile(r"(?:,|\s)\s*(" + "|".join(sorted(_COUNTRIES, key=len, reverse=True))
                             + r")\.?\s*$", _I)
_JP_PLACES = re.compile(r"都|道|府|県|〒|\b(?:Tokyo|Osaka|Kyoto|Japan|Nagoya|Yokohama|Sapporo|Fukuoka)\b")


def suggest(text: str, *, sender_name: str, sender_address: str, sender_is_gateway: bool = False,
            own_addresses: tuple[str, ...] = (), own: OwnContacts | None = None) -> Suggestions:
    """Suggestions from `text` (subject + body) and the sender header.

    `own` is the department's own numbers, names and addresses, never suggested for a
    party; by default they are read from forms/company.toml.
    """
    own = company_contacts() if own is None else own
    result = Suggestions()
    result.request_types = request_types(text)
    result.language = _language(text)
    result.kind = _kind(text, bool(result.request_types))

    lines = _contact_lines(text)
    address = _address(text)
    names = _find_names(lines, own, address)
    # An email's sender is a person; a fax, a scan or a gateway's mail has only its text.
    has_sender = not sender_is_gateway and bool(sender_name.strip() or sender_address.strip())
    party = PartyData(address=address)
    if has_sender:
        party.name = sender_name.strip()
        party.email = sender_address.strip()
    if not party.name:
        party.name, party.name_kana = names.applicant, names.kana
    excluded = {*(a.lower() for a in own_addresses), *own.emails}
    found_emails = [e.rstrip(".") for e in _EMAIL.findall(text)]
    if not party.email:
        party.email = next((e for e in found_emails if e.lower() not in excluded), "")
    party.phone, party.fax = _find_numbers(lines, own)
    if m := _POSTAL.search(text):
        party.postal_code = normalise_postal_code(m.group(1))
    country = _country(party.address, party.email, text)
    if country:
        party.country = country
    result.applicant, result.representative = _parties(text, party, names,
                                                       sender_name.strip() if has_sender else None)
    result.jurisdiction = _jurisdiction(party.country if country else "", text, result.language)
    return result


def _parties(text: str, party: PartyData, names: _Names,
             sender_name: str | None) -> tuple[PartyData, PartyData | None]:
    """(applicant, representative) from the details found; `sender_name` is None for a document."""
    kind = RepresentativeKind.LEGAL if _LEGAL_REP.search(text) else RepresentativeKind.APPOINTED
    rep = PartyData(role=PartyRole.REPRESENTATIVE, country=party.country, representative_kind=kind)
    if sender_name is None and names.representative:
        # A form or letter with the representative's own name field: the other details sit
        # beside the applicant's name, which heads the form.
        return party, replace(rep, name=names.representative)
    # A form's printed, blank representative section is no sign of a representative.
    if not _REPRESENTATIVE.search(text) or (sender_name is None and names.representative_section):
        return party, None
    client = _CLIENT_NAME.search(text)
    if sender_name is None and not client:
        # Only a mention ("委任状を同封", a form's printed 代理人 lines): what the document
        # gives stays with the applicant it names.
        return party, rep
    # The writer acts for someone else, so the details found are the writer's.
    writer = replace(party, name=sender_name or "", name_kana="", role=PartyRole.REPRESENTATIVE,
                     representative_kind=kind)
    return PartyData(name=client.group(1) if client else names.applicant, country=party.country), writer


def request_types(text: str) -> list[R]:
    found: list[R] = []
    for rtype, pattern, consume in _REQUEST_PATTERNS:
        if pattern.search(text):
            if rtype not in found:
                found.append(rtype)
            if consume:
                text = pattern.sub(" ", text)
    return found


def _language(text: str) -> Language | None:
    # One kanji or kana carries about as much as three Latin letters.
    japanese = len(_JAPANESE.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if japanese >= 8 and japanese * 3 >= latin:
        return Language.JA
    if latin >= 3:
        return Language.EN
    return Language.JA if japanese else None


def _kind(text: str, has_requests: bool) -> CaseKind:
    if _COMPLAINT.search(text):
        return CaseKind.COMPLAINT
    if has_requests:
        return CaseKind.REQUEST
    if _CONSULTATION.search(text):
        return CaseKind.CONSULTATION
    if _QUESTION.search(text):
        return CaseKind.QUESTION
    return CaseKind.REQUEST   # most of what the department receives; staff may change it


def _address(text: str) -> str:
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
        if re.search(r"\d", line) and "," in line and _COUNTRY_AT_END.search(line):
            return line
    return ""


def _country(address: str, email: str, text: str) -> str:
    if m := _COUNTRY_AT_END.search(address):
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


def _jurisdiction(country: str, text: str, language: Language | None) -> Jurisdiction | None:
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


# -- the department's own details ----------------------------------------------------------------
_CORPORATE = re.compile(r"株式会社|有限会社|合同会社|\(株\)|（株）|㈱|\b(?:inc|ltd|llc|corp|co|k\.?k)\b\.?",
                        _I)


@dataclass(frozen=True)
class OwnContacts:
    """The department's own numbers, names and addresses: never suggested for a party."""

    numbers: frozenset[str] = frozenset()   # _phone_key() of each number
    names: tuple[str, ...] = ()             # _name_key() of each name
    emails: frozenset[str] = frozenset()    # lower case

    @classmethod
    def of(cls, *, numbers: tuple[str, ...] | list[str] = (), names: tuple[str, ...] | list[str] = (),
           emails: tuple[str, ...] | list[str] = ()) -> OwnContacts:
        # "ZenGroup" alone is the company too, as is "ZenGroup INC".
        bare = [_CORPORATE.sub("", n) for n in names]
        return cls(numbers=frozenset(k for n in numbers if (k := _phone_key(n))),
                   names=tuple(dict.fromkeys(k for n in [*names, *bare] if (k := _name_key(n)))),
                   emails=frozenset(e.strip().lower() for e in emails if e.strip()))


def company_contacts() -> OwnContacts:
    """The company's phone, fax, names and email from forms/company.toml (re-read once edited)."""
    path = _company_file()
    try:
        return _contacts_in(path, path.stat().st_mtime_ns)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        # Suggestions go on without the filter; staff confirm every item anyway.
        log.warning("company details unreadable (%s): the company's own numbers are not filtered",
                    type(exc).__name__)
        return OwnContacts()


def _company_file() -> Path:
    # documents.templates.forms_dir(), repeated: importing the documents package from here
    # would load reportlab into every import of an email.
    override = os.environ.get("INQUIRY_DESK_FORMS")
    here = Path(__file__).resolve()
    folders = [Path(override)] if override else [here.parents[2] / "forms", here.parents[1] / "forms"]
    return next((f for f in folders if f.is_dir()), folders[0]) / "company.toml"


@cache
def _contacts_in(path: Path, mtime_ns: int) -> OwnContacts:
    # Keyed by the modification time, so an office's edit is seen without a restart.
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    found: dict[str, list[str]] = {key: [] for key in ("phone", "fax", "email", "company", "department",
                                                       "contact_person")}
    for language in ("en", "ja"):
        section = data.get(language)
        for key, values in found.items():
            value = section.get(key) if isinstance(section, dict) else None
            if isinstance(value, str):
                values.append(value)
    return OwnContacts.of(numbers=found["phone"] + found["fax"], emails=found["email"],
                          names=found["company"] + found["department"] + found["contact_person"])


# -- lines as the applicant's details are read from them ----------------------------------------
@dataclass(frozen=True)
class _Line:
    text: str
    header: bool = False   # a fax header: the sending machine's line, not the applicant's words


def _words(*words: str) -> str:
    """Latin `words` as whole words, also when glued to Japanese or digits (TEL03-..., 電話TEL)."""
    return r"(?<![A-Za-z])(?:" + "|".join(words) + r")(?![A-Za-z])"


# OCR reads the hyphens of a number as a long-vowel mark, a kanji one or a dash.
_DIGIT_DASH = re.compile(r"(?<=\d)[ \t]*[-ー一‐‑―−–—][ \t]*(?=\d)")
# ocr.py's "--- page 2 ---" and mime.py's "---------- Text recognised on fax.pdf ----------".
_PAGE_BREAK = re.compile(r"^\s*-{3,}.*-{3,}\s*$")
_FAX_WORD = re.compile(rf"ファクス|ファックス|送信元|発信元|{_words('FAX', 'FROM', 'TSID')}", _I)
_PAGE_MARK = re.compile(rf"->|→|=>|{_words('P')}\.?\s?\d{{1,3}}(?!\d)|{_words('PAGE')}\s?\d", _I)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_PHONE_WORD = re.compile(rf"電話|{_words('TEL', 'PHONE')}", _I)


def _contact_lines(text: str) -> list[_Line]:
    """The lines in one form for matching (NFKC: full-width digits, colons and spaces become
    ASCII), each marked when it is a fax header."""
    text = _DIGIT_DASH.sub("-", unicodedata.normalize("NFKC", text))
    lines: list[_Line] = []
    top_of_page = True
    for raw in text.splitlines():
        if _PAGE_BREAK.match(raw):
            top_of_page = True
        elif raw.strip():
            lines.append(_Line(raw, header=bool(_NUMBER.search(raw)) and _is_header(raw, top_of_page)))
            top_of_page = False
            continue
        lines.append(_Line(raw))
    return lines


def _is_header(line: str, top_of_page: bool) -> bool:
    """Whether a line holding a number is a fax header ("FAX 03-... -> 06-... P.1", a TSID)."""
    marked = bool(_PAGE_MARK.search(line))
    if top_of_page:
        if _PHONE_WORD.search(line) and not marked:
            return False   # a letterhead: "TEL 03-1234-5678  FAX 03-1234-5679"
        return bool(marked or _FAX_WORD.search(line) or _CLOCK.search(line))
    return marked and bool(_FAX_WORD.search(line))


# -- phone and fax numbers ----------------------------------------------------------------------
class _Use(Enum):
    """What the words before a number say it is."""

    PHONE = "phone"
    FAX = "fax"
    PHONE_AND_FAX = "phone and fax"   # TEL/FAX
    SENDER = "sender"                 # the sending fax machine: a header, "fax from 0120..."
    RECIPIENT = "recipient"           # the receiving fax machine in a header: the company's
    OTHER = "other"                   # the old number of a correction, a customer number
    UNLABELLED = "unlabelled"


# Domestic numbers (trunk 0) in the shapes people write them, and international ones with +;
# dates, postal codes and references do not have these shapes.  Lengths are checked after.
_NUMBER = re.compile(
    r"(?<![\d+\-.])("
    r"\+\d{1,3}[ \-.]?(?:\(0\)[ \-.]?)?\(?\d{1,4}\)?(?:[ \-.]?\d{1,5}){1,4}"
    r"|\(0\d{1,4}\)[ \-]?\d{1,4}[ \-]\d{3,4}"
    r"|0\d{1,4}[ \-(]\d{1,4}[ \-)]\d{3,4}"
    r"|0\d{9,10}"
    r")(?![\d\-])")
_NUMBER_WORDS = re.compile(
    rf"(?P<phone>電話|携帯|連絡先|{_words('TEL', 'Telephone', 'Phone', 'Mobile', 'Cell')})"
    rf"|(?P<fax>ファクス|ファックス|{_words('FAX', 'Facsimile')})"
    rf"|(?P<sender>送信元|発信元|{_words('FROM')})"
    r"|(?P<arrow>->|→|=>)|(?P<recipient>宛先|送信先|(?-i:(?<![A-Za-z])TO(?![A-Za-z])))"
    rf"|(?P<other>旧|変更前|訂正前|誤|会員番号|お客様番号|顧客番号|注文番号|受付番号|"
    rf"{_words('Old', 'Previous', 'Former', 'Order', 'Customer', 'Member', 'Account', 'Ref')})", _I)
_WORD_USE = {"phone": _Use.PHONE, "fax": _Use.FAX, "sender": _Use.SENDER, "other": _Use.OTHER,
             # "宛先"/"TO" on a cover sheet: the company's number, perhaps one company.toml lacks.
             "recipient": _Use.RECIPIENT,
             # An arrow in the body joins an old and a new value; the new one is not labelled.
             "arrow": _Use.UNLABELLED}
_LABEL_LEFTOVER = re.compile(r"\([^)]*\)|[\s|:\[\]]|番号|ご|お|(?i:number|no\.?)")


def _find_numbers(lines: list[_Line], own: OwnContacts) -> tuple[str, str]:
    """(phone, fax) of the applicant: labelled numbers in the body first; a fax header's
    sending number is the phone of last resort."""
    found = list(_numbers_with_use(lines))
    # A header's receiving number is the company's fax, whatever company.toml says.
    own_keys = own.numbers | {_phone_key(n) for use, n in found if use is _Use.RECIPIENT}
    usable = [(use, n) for use, n in found if _possible(n) and _phone_key(n) not in own_keys]
    phone = (_first(usable, _Use.PHONE, _Use.PHONE_AND_FAX) or _first(usable, _Use.UNLABELLED)
             or _first(usable, _Use.SENDER))
    # Not the header's number: that machine is often a shop's or an employer's, and a reply
    # with personal data faxed there would be a leak.
    fax = _first(usable, _Use.FAX, _Use.PHONE_AND_FAX)
    return phone, fax


def _first(found: list[tuple[_Use, str]], *uses: _Use) -> str:
    return next((number for use, number in found if use in uses), "")


def _numbers_with_use(lines: list[_Line]) -> list[tuple[_Use, str]]:
    found: list[tuple[_Use, str]] = []
    carried: _Use | None = None   # a label alone on its line, its number on the next ("電話番号")
    for line in lines:
        matches = list(_NUMBER.finditer(line.text))
        if not matches:
            if line.text.strip():
                carried = _label_alone(line.text)
            continue
        start = 0
        for index, match in enumerate(matches):
            use = _use_of(line.text[start:match.start()], line.header)
            if use is None:
                use = carried if index == 0 and carried else _Use.UNLABELLED
            found.append((use, " ".join(match.group(1).split())))
            start = match.end()
        carried = None
    return found


def _use_of(before: str, header: bool) -> _Use | None:
    """The use the words between the previous number and this one give it (None: no label)."""
    words = list(_NUMBER_WORDS.finditer(before))
    if header:
        return _Use.RECIPIENT if words and words[-1].lastgroup in ("arrow", "recipient") else _Use.SENDER
    if not words:
        return None
    last = words[-1]
    if len(words) > 1 and {words[-2].lastgroup, last.lastgroup} == {"phone", "fax"} \
            and last.start() - words[-2].end() <= 3:
        return _Use.PHONE_AND_FAX
    return _WORD_USE[str(last.lastgroup)]


def _label_alone(text: str) -> _Use | None:
    words = list(_NUMBER_WORDS.finditer(text))
    if len(words) != 1 or words[0].lastgroup not in ("phone", "fax"):
        return None
    if _LABEL_LEFTOVER.sub("", text[:words[0].start()] + text[words[0].end():]):
        return None
    return _WORD_USE[str(words[0].lastgroup)]


def _parsed_number(number: str) -> PhoneNumber | None:
    import phonenumbers  # imported when a number is first read, as in domain/parties.py

    try:
        return phonenumbers.parse(number, "JP")
    except phonenumbers.NumberParseException:
        return None


def _possible(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if not (8 <= len(digits) <= 15 if number.startswith("+") else 10 <= len(digits) <= 11):
        return False
    import phonenumbers

    parsed = _parsed_number(number)
    return parsed is not None and phonenumbers.is_possible_number(parsed)


def _phone_key(number: str) -> str:
    """One spelling per number: 06-4560-4070 and +81-6-4560-4070 are the same line."""
    parsed = _parsed_number(number)
    if parsed is None:
        return re.sub(r"\D", "", number)
    return f"+{parsed.country_code}{parsed.national_number}"


# -- names ----------------------------------------------------------------------------------------
@dataclass
class _Names:
    applicant: str = ""
    kana: str = ""                        # katakana, as staff type furigana
    representative: str = ""
    representative_section: bool = False  # a form with a section for a representative


def _loose(*words: str) -> str:
    """Alternatives that also match tesseract's spaced-out form of each word (氏 名)."""
    spaced = (r"\s?".join(map(re.escape, word)) for word in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(spaced) + ")"


_LINE_START = r"^[\s|\[(【■・]*(?:\d{1,2}\s?[.)]\s*)?"
_KANA_WORD = _loose("フリガナ", "ふりがな", "よみがな", "カナ")
_KANA_NOTE = re.compile(r"フリガナ|ふりがな|カナ|かな|よみ")   # 氏名（フリガナ）
_JA_NAME_LABEL = re.compile(
    _LINE_START
    + rf"(?:(?P<applicant>{_loose('ご請求者', '請求者', '申請者', 'ご本人', '本人', '申出人')})"
    + rf"|(?P<rep>{_loose('代理人')}))?\s?(?:の\s?)?"
    + rf"(?:(?P<kana_first>{_KANA_WORD})\s?)?"
    + rf"(?:{_loose('ご氏名', '氏名', 'お名前', '御名前', '名前')}|(?P<kana>{_KANA_WORD}))"
    + r"\s?(?:\((?P<note>[^)]{1,8})\))?(?P<gap>\s*[:|]?\s*)(?P<value>.*)$")
# "氏名の変更", "お名前が違います": a label word in a sentence, not a label.  (Furigana may
# begin with any of these, so it is not checked so.)
_PARTICLE = re.compile(r"[をがはのにでともへや]")
_EN_NAME_LABEL = re.compile(
    r"^[\s|\[(]*(?:\d{1,2}\s?[.)]\s*)?(?:"
    r"(?P<rep>(?:representative|agent)(?:'s)?\s+(?:full\s+)?name|name\s+of\s+(?:the\s+)?(?:representative|agent))"
    r"|(?:full\s+|applicant'?s?\s+|your\s+|data\s+subject'?s?\s+)?name"
    r"(?:\s+of\s+(?:the\s+)?(?:applicant|data\s+subject))?|from|applicant)"
    r"(?:\s*:\s*|\s{2,})(?P<value>.*)$", _I)
# A numbered or marked heading of a form: "2. 代理人（代理人によるご請求の場合のみ）".
_HEADING = re.compile(r"^\s*(?:\d{1,2}\s?[.)]|[【■◆])\s*\S")
_REP_HEADING = re.compile(r"代理人|representative|agent", _I)
_CLOSING = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|(?:kind|best|warm)\s+regards|"
    r"regards|best\s+wishes|respectfully(?:\s+yours)?|mit\s+freundlichen\s+grüßen|cordiali\s+saluti|"
    r"cordialement|atentamente|met\s+vriendelijke\s+groet(?:en)?)\s*[,.]?\s*(?P<value>.*)$", _I)
_CJK_NAME_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ\u30a1-\u30fa\u30fc"
# "会員の山田花子と申します": the self-introduction of a Japanese letter.
_JA_INTRO = re.compile(
    rf"(?P<value>[{_CJK_NAME_CHARS}]{{2,8}}(?: [{_CJK_NAME_CHARS}]{{1,6}})?) ?と申(?:します|す者)")
# A name beside its seal: "山田 太郎 印" (NFKC has made ㊞ a plain 印).
_SEALED = re.compile(rf"^\s*(?P<value>[{_CJK_NAME_CHARS} ]{{2,20}}?)\s*[(\[]?印[)\]]?\s*$")
_CJK = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_CJK_ONLY = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]+")
_KANA_ONLY = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\u309d\u309e\u30fd\u30fe ]+")
# The next cell of a form row (a wide gap, a table rule) or the next field on the same line.
_NEXT_CELL = re.compile(r"\s{2,}|\t|\||\s(?=\d)|住所|電話|〒|生年月日|性別|年齢|メール|フリガナ|ふりがな|"
                        r"\s(?:address|phone|tel|e-?mail|date\s+of\s+birth)\b", _I)
_AFTER_NAME = re.compile(r"\s*(?:様|殿|さま|印|\(印\)|\[印\]|\(自署\))\s*$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+", _I)
_KANA_IN_PARENS = re.compile(r"(?P<name>[^()]*?)\s*\((?P<kana>[^()]*)\)\s*")
# Words of forms and letters that no personal name contains (compared without spaces).
_NOT_A_NAME = re.compile(
    r"氏名|名前|住所|電話|番号|フリガナ|ふりがな|署名|記名|押印|請求|代理|本人|確認|生年月日|御中|窓口|"
    r"会社|\(株\)|株式|法人|事務所|代表|銀行|個人情報|問い?合わ?せ|担当|記入|会員|お客様|変更|"
    r"ます|ません|です|でした|ください|ので")
_NOT_NAME_WORDS = frozenset({
    "name", "full", "address", "signature", "signed", "date", "phone", "telephone", "tel", "fax", "email",
    "e-mail", "applicant", "representative", "agent", "dear", "sir", "madam", "sincerely", "regards",
    "faithfully", "personal", "information", "inquiry", "enquiry", "department", "dept", "privacy",
    "data", "protection", "company", "inc", "ltd", "llc", "gmbh", "corp", "corporation", "co", "kk",
    "office", "team", "manager", "page", "to", "from", "request", "re", "subject", "attn", "attention",
    "customer", "the", "and", "please", "enclosed", "copy", "my", "your", "card", "number", "group",
})
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le",
                        "dos", "das", "bin", "al"})


def _find_names(lines: list[_Line], own: OwnContacts, address: str) -> _Names:
    """The applicant's name (and furigana) and a representative's name in the text.

    Labelled lines of a form or letter come first ("氏名", "Name:", "From:"); without one, a
    name beside its seal, a self-introduction, the line after a closing formula or above the
    sender's address.  Fax headers are skipped: a station ID names a machine, not a person.
    """
    names = _Names()
    _labelled_names(lines, own, names)
    if not names.applicant:
        names.applicant = next(_unlabelled_names(lines, own, address), "")
    return names


def _labelled_names(lines: list[_Line], own: OwnContacts, names: _Names) -> None:
    in_rep_section = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        found = _label(text) if text and not line.header else None
        if found is None:
            if text and not line.header and _HEADING.match(text):
                in_rep_section = bool(_REP_HEADING.search(text))
                names.representative_section |= in_rep_section
            continue
        who, is_kana, value = found
        for_rep = who == "rep" or (who is None and in_rep_section)
        value_at = index
        if not value.strip():
            # The label alone, its value on the next line (a form's cells read row by row).
            below = _near(lines, index, 1)
            after = lines[below].text.strip() if below is not None else ""
            if not after or _label(after) or _HEADING.match(after):
                continue
            value, value_at = after, below or index
        if is_kana:
            if not for_rep and not names.kana:
                names.kana = _kana(value)
            continue
        name, kana = _name_and_kana(value, own)
        if for_rep and name:
            names.representative = names.representative or name
        elif name and not names.applicant:
            names.applicant = name
            names.kana = names.kana or kana or _kana_beside(lines, index, value_at)


def _label(text: str) -> tuple[str | None, bool, str] | None:
    """(whose, is furigana, value after the label) of a name label at the start of `text`."""
    if m := _JA_NAME_LABEL.match(text):
        who = "rep" if m.group("rep") else "applicant" if m.group("applicant") else None
        note = m.group("note") or ""
        is_kana = bool(m.group("kana") or m.group("kana_first") or _KANA_NOTE.search(note))
        if not is_kana and not m.group("gap") and _PARTICLE.match(m.group("value")):
            return None
        return who, is_kana, m.group("value")
    if m := _EN_NAME_LABEL.match(text):
        return ("rep" if m.group("rep") else None), False, m.group("value")
    return None


def _near(lines: list[_Line], index: int, step: int) -> int | None:
    """The nearest line with text after (step 1) or before (step -1) `index`, at most one
    blank line away; None if there is none or it is a fax header."""
    for near in (index + step, index + 2 * step):
        if 0 <= near < len(lines) and lines[near].text.strip():
            return None if lines[near].header else near
    return None


def _unlabelled_names(lines: list[_Line], own: OwnContacts, address: str) -> Iterator[str]:
    """Candidates without a label, the more certain kinds first; only accepted ones."""
    texts = [line.text.strip() if not line.header else "" for line in lines]
    for text in texts:
        if (m := _SEALED.match(text)) and (name := _accepted(m.group("value"), own)):
            yield name
    for text in texts:
        if (m := _JA_INTRO.search(text)) and (name := _accepted(m.group("value"), own)):
            yield name
    for index, text in enumerate(texts):
        if m := _CLOSING.match(text):
            value = m.group("value")
            if not value and (below := _near(lines, index, 1)) is not None:
                value = texts[below]
            if _signed(value) and (name := _accepted(value, own)):
                yield name
    address = unicodedata.normalize("NFKC", address)
    for index, text in enumerate(texts):
        # A letter's sender block: the name on the line above the address or the email.
        if index and (_EMAIL.search(text) or "〒" in text or (address and address in text)):
            above = next((t for t in reversed(texts[max(0, index - 2):index]) if t), "")
            if _signed(above) and (name := _accepted(above, own)):
                yield name


def _signed(text: str) -> bool:
    """A name as signed under a Latin-script letter: two to four capitalised words."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        core = word.rstrip(".")
        if core.lower() in _PARTICLES:
            continue
        if not (core[:1].isupper() and all(c.isalpha() or c in "'’-" for c in core)):
            return False
    return True


def _name_and_kana(value: str, own: OwnContacts) -> tuple[str, str]:
    """The name in a labelled value, and a furigana given after it in parentheses."""
    value = _NEXT_CELL.split(value.strip(" :|[]"), maxsplit=1)[0]
    kana = ""
    if m := _KANA_IN_PARENS.fullmatch(value):
        value, kana = m.group("name"), _kana(m.group("kana"))
    return _accepted(value, own), kana


def _accepted(value: str, own: OwnContacts) -> str:
    """`value` tidied if it can be a person's name, else "" (a label, a company, a fragment)."""
    name = _tidy(value)
    compact = name.replace(" ", "")
    if not 2 <= len(compact) <= 40:
        return ""
    # Letters only: no digits (a number, a date, a fax header), no sentence punctuation.
    if not all(unicodedata.category(c)[0] in "LM" or c in "・'’-." for c in compact):
        return ""
    words = [w.strip(".'’-").casefold() for w in name.split()]
    if _NOT_A_NAME.search(compact) or any(w in _NOT_NAME_WORDS for w in words):
        return ""
    if _CJK.search(compact):
        if len(compact) > 12:
            return ""
    elif len(compact) < 3 or len(words) > 5 or not any(c.isupper() for c in compact):
        return ""   # "al", "ii": a fragment of a table rule or a stamp, not a signed name
    if len(set(compact)) < 2:
        return ""   # "口口": empty check boxes
    return "" if _is_own(name, own) else name


def _tidy(value: str) -> str:
    """A name without honorific, seal mark or title, with tesseract's spaces closed up."""
    name = unicodedata.normalize("NFKC", value).strip(" :|[]")
    while (shorter := _AFTER_NAME.sub("", name)) != name:
        name = shorter
    name = _TITLE.sub("", name)
    tokens = name.split()
    # "山 田 太 郎" (or "山田 太 郎") is tesseract's spacing and is closed up; "山田 太郎" and
    # "高橋 健" are the writer's and keep their one space.
    singles = sum(len(t) == 1 for t in tokens)
    if tokens and all(_CJK_ONLY.fullmatch(t) for t in tokens) and (
            singles == len(tokens) or (len(tokens) >= 3 and singles >= len(tokens) - 1)):
        return "".join(tokens)
    return " ".join(tokens)


def _kana(value: str) -> str:
    """Furigana as katakana (the case file's convention), or "" if `value` is not all kana."""
    kana = _tidy(_NEXT_CELL.split(value.strip(" :|[]"), maxsplit=1)[0])
    if len(kana.replace(" ", "")) < 2 or not _KANA_ONLY.fullmatch(kana):
        return ""
    return str(jaconv.hira2kata(kana))


def _kana_beside(lines: list[_Line], label_at: int, value_at: int) -> str:
    """Unlabelled furigana written on the line above or below the name."""
    for near in (_near(lines, min(label_at, value_at), -1), _near(lines, max(label_at, value_at), 1)):
        beside = lines[near].text.strip() if near is not None else ""
        if beside and not _label(beside) and (kana := _kana(beside)):
            return kana
    return ""


def _is_own(name: str, own: OwnContacts) -> bool:
    """The company, the department or its contact person, also as OCR misreads them (ZenGrouD)."""
    key = _name_key(name)
    for other in own.names:
        if key == other or (min(len(key), len(other)) >= 4 and (key in other or other in key)):
            return True
        if difflib.SequenceMatcher(None, key, other).ratio() >= 0.8:
            return True
    return False


def _name_key(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalpha())
