"""Telephone and fax numbers as people write them: the shapes that are numbers, whether one can
be dialled, and one spelling of each for comparing them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

# Domestic numbers (trunk 0) in the shapes people write them, and international ones with +;
# dates, postal codes and references do not have these shapes.  Lengths are checked after.
NUMBER = re.compile(
    r"(?<![\d+\-.])("
    r"\+\d{1,3}[ \-.]?(?:\(0\)[ \-.]?)?\(?\d{1,4}\)?(?:[ \-.]?\d{1,5}){1,4}"
    r"|\(0\d{1,4}\)[ \-]?\d{1,4}[ \-]\d{3,4}"
    r"|0\d{1,4}[ \-(]\d{1,4}[ \-)]\d{3,4}"
    r"|0\d{9,10}"
    r")(?![\d\-])"
)


def _parsed_number(number: str) -> PhoneNumber | None:
    import phonenumbers  # imported when a number is first read, as in domain/parties.py

    try:
        return phonenumbers.parse(number, "JP")
    except phonenumbers.NumberParseException:
        return None


def possible(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if not (8 <= len(digits) <= 15 if number.startswith("+") else 10 <= len(digits) <= 11):
        return False
    import phonenumbers

    parsed = _parsed_number(number)
    return parsed is not None and phonenumbers.is_possible_number(parsed)


def phone_key(number: str) -> str:
    """One spelling per number: 06-4560-4070 and +81-6-4560-4070 are the same line."""
    parsed = _parsed_number(number)
    if parsed is None:
        return re.sub(r"\D", "", number)
    return f"+{parsed.country_code}{parsed.national_number}"
