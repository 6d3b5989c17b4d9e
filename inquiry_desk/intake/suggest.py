"""Suggestions from the words of an inquiry: kind, request types, language, jurisdiction, parties.

These are guesses for staff to confirm, so precision matters more than recall: a
pattern that would fire on the company's own wording ("personal data", "inquiry")
is left out.  Some phrases are consumed once matched so that, for example,
"disclosure of the records of provision to third parties" suggests the records
request and not also a plain disclosure.
"""

from __future__ import annotations

import re

from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, PartyRole, RepresentativeKind
from inquiry_desk.domain.enums import RequestType as R
from inquiry_desk.domain.parties import PartyData, normalise_postal_code
from inquiry_desk.intake.model import Suggestions

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
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_POSTAL = re.compile(r"〒\s*([0-9０-９]{3}[-－ー―‐]?[0-9０-９]{4})")
_PHONE_LABEL = re.compile(r"(?:電話(?:番号)?|携帯|TEL|Tel|Phone|phone|Mobile|mobile)\s*(?:number)?"
                          r"\s*[:：]?\s*"
                          r"(\+?[0-9０-９][0-9０-９()（）\s\-－]{7,18}[0-9０-９])")
_PHONE_ANY = re.compile(r"(?<![\d-])(0\d{1,4}-\d{1,4}-\d{3,4}|\+\d{1,3}[\s-]\d[\d\s-]{6,14}\d)(?![\d-])")
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
            own_addresses: tuple[str, ...] = ()) -> Suggestions:
    """Suggestions from `text` (subject + body) and the sender header."""
    result = Suggestions()
    result.request_types = request_types(text)
    result.language = _language(text)
    result.kind = _kind(text, bool(result.request_types))

    party = PartyData()
    if not sender_is_gateway:
        party.name = sender_name.strip()
        party.email = sender_address.strip()
    found_emails = [e.rstrip(".") for e in _EMAIL.findall(text)]
    if not party.email:
        party.email = next((e for e in found_emails if e.lower() not in own_addresses), "")
    if m := _PHONE_LABEL.search(text) or _PHONE_ANY.search(text):
        party.phone = re.sub(r"\s+", " ", m.group(1)).strip()
    if m := _POSTAL.search(text):
        party.postal_code = normalise_postal_code(m.group(1))
    party.address = _address(text)
    country = _country(party.address, party.email, text)
    if country:
        party.country = country

    if _REPRESENTATIVE.search(text):
        rep = PartyData(name=party.name, email=party.email, role=PartyRole.REPRESENTATIVE,
                        country=party.country,
                        representative_kind=(RepresentativeKind.LEGAL if _LEGAL_REP.search(text)
                                             else RepresentativeKind.APPOINTED))
        result.representative = rep
        client = _CLIENT_NAME.search(text)
        party = PartyData(name=client.group(1) if client else "", country=party.country)
    result.applicant = party
    result.jurisdiction = _jurisdiction(party.country if country else "", text, result.language)
    return result


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
            return _POSTAL.sub("", line).strip(" 　")
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
