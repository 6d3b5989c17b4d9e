"""Suggestions from the words of an inquiry: kind, request types, language, jurisdiction, parties.

These are guesses for staff to confirm, so precision matters more than recall: a
pattern that would fire on the company's own wording ("personal data", "inquiry")
is left out.  This module composes the others and decides who the applicant is and
whether a representative writes: classification.py (kind, request types, language),
places.py (address, country, jurisdiction), names.py and name_values.py (names and
furigana), contacts.py (phone, fax, email) and own_details.py (the company's own).

Faxes and scans have no sender header: the applicant's name, furigana, phone and fax
come from the labelled lines of the recognised text (`find_names`, `find_numbers`),
a fax header's number only as the phone of last resort, and the company's own details
(forms/company.toml) never.  Nothing found here is logged: it is personal data.
"""

from __future__ import annotations

import re
from dataclasses import replace

from inquiry_desk.domain.enums import PartyRole, RepresentativeKind
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.intake.classification import kind_of, language_of
from inquiry_desk.intake.classification import request_types as request_types
from inquiry_desk.intake.contacts import find_email, find_numbers
from inquiry_desk.intake.model import Suggestions
from inquiry_desk.intake.names import FoundNames, find_names
from inquiry_desk.intake.own_details import OwnContacts as OwnContacts
from inquiry_desk.intake.own_details import company_contacts as company_contacts
from inquiry_desk.intake.places import address_in, country_of, jurisdiction_for, postal_code_in
from inquiry_desk.intake.text_lines import contact_lines

# The text read for suggestions: a request says what it is about at its start, and the
# patterns cost about 5 seconds a megabyte (a forwarded thread or a pasted log can be long).
MAX_TEXT = 200_000
_REPRESENTATIVE = re.compile(
    r"on\s+(?:her|his|their|the)?\s*behalf|on\s+behalf\s+of|we\s+act\s+for|power\s+of\s+attorney|"
    r"委任状|代理人|代理で",
    re.I,
)
_LEGAL_REP = re.compile(r"法定代理|parent|guardian|親権|後見", re.I)
_CLIENT_NAME = re.compile(
    r"(?:on\s+behalf\s+of|we\s+act\s+for|our\s+client)\s+(?:our\s+client\s+)?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?"
    r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})"
)


def suggest(
    text: str,
    *,
    sender_name: str,
    sender_address: str,
    sender_is_gateway: bool = False,
    own_addresses: tuple[str, ...] = (),
    own: OwnContacts | None = None,
) -> Suggestions:
    """Suggestions from `text` (subject + body) and the sender header.

    `own` is the department's own numbers, names and addresses, never suggested for a
    party; by default they are read from forms/company.toml.
    """
    own = company_contacts() if own is None else own
    text = text[:MAX_TEXT]
    result = Suggestions()
    result.request_types = request_types(text)
    result.language = language_of(text)
    result.kind = kind_of(text, bool(result.request_types))

    lines = contact_lines(text)
    address = address_in(text)
    names = find_names(lines, own, address)
    # An email's sender is a person; a fax, a scan or a gateway's mail has only its text.
    has_sender = not sender_is_gateway and bool(sender_name.strip() or sender_address.strip())
    party = PartyData(address=address)
    if has_sender:
        party.name = sender_name.strip()
        party.email = sender_address.strip()
    if not party.name:
        party.name, party.name_kana = names.applicant, names.kana
    if not party.email:
        party.email = find_email(text, {*(a.lower() for a in own_addresses), *own.emails})
    party.phone, party.fax = find_numbers(lines, own)
    party.postal_code = postal_code_in(text)
    country = country_of(party.address, party.email, text)
    if country:
        party.country = country
    result.applicant, result.representative = _parties(
        text, party, names, sender_name.strip() if has_sender else None
    )
    result.jurisdiction = jurisdiction_for(party.country if country else "", text, result.language)
    result.guessed = _guessed(result, sender_name.strip(), sender_address.strip(), has_sender)
    return result


# The party fields a reading of the text fills (domain/suggested.py names them for review).
_READ_FIELDS = ("name", "name_kana", "postal_code", "address", "email", "phone", "fax")


def _guessed(result: Suggestions, sender_name: str, sender_email: str, has_sender: bool) -> set[str]:
    """The fields of `result` read from the text. What the sender's header says (an email's
    display name and address) is what the sender wrote about themselves, not a guess."""
    guessed = {"kind", "request_types", "jurisdiction"}
    header = {"name": sender_name, "email": sender_email} if has_sender else {}
    for who, party, fields in (
        ("applicant", result.applicant, _READ_FIELDS),
        ("representative", result.representative, _READ_FIELDS),
    ):
        if party is None:
            continue
        for key in fields:
            value = getattr(party, key)
            if value and value != header.get(key):
                guessed.add(f"{who}.{key}")
    return guessed


def _parties(
    text: str, party: PartyData, names: FoundNames, sender_name: str | None
) -> tuple[PartyData, PartyData | None]:
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
    writer = replace(
        party, name=sender_name or "", name_kana="", role=PartyRole.REPRESENTATIVE, representative_kind=kind
    )
    return PartyData(name=client.group(1) if client else names.applicant, country=party.country), writer
