"""The applicant's contact details in the text: phone and fax numbers by the words before them
(labelled numbers in the body before a fax header's), and an email address; the company's own
never."""

from __future__ import annotations

import re
from enum import Enum

from inquiry_desk.intake.own_details import OwnContacts
from inquiry_desk.intake.phone_numbers import NUMBER, phone_key, possible
from inquiry_desk.intake.text_lines import Line, latin_words

# Starting only where a word starts keeps a long run without "@" linear, not quadratic.
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def find_email(text: str, excluded: set[str]) -> str:
    """The first address in `text` not in `excluded` (lower case)."""
    found = [e.rstrip(".") for e in EMAIL.findall(text)]
    return next((e for e in found if e.lower() not in excluded), "")


class _Use(Enum):
    """What the words before a number say it is."""

    PHONE = "phone"
    FAX = "fax"
    PHONE_AND_FAX = "phone and fax"  # TEL/FAX
    SENDER = "sender"  # the sending fax machine: a header, "fax from 0120..."
    RECIPIENT = "recipient"  # the receiving fax machine in a header: the company's
    OTHER = "other"  # the old number of a correction, a customer number
    UNLABELLED = "unlabelled"


_NUMBER_WORDS = re.compile(
    rf"(?P<phone>電話|携帯|連絡先|{latin_words('TEL', 'Telephone', 'Phone', 'Mobile', 'Cell')})"
    rf"|(?P<fax>ファクス|ファックス|{latin_words('FAX', 'Facsimile')})"
    rf"|(?P<sender>送信元|発信元|{latin_words('FROM')})"
    r"|(?P<arrow>->|→|=>)|(?P<recipient>宛先|送信先|(?-i:(?<![A-Za-z])TO(?![A-Za-z])))"
    rf"|(?P<other>旧|変更前|訂正前|誤|会員番号|お客様番号|顧客番号|注文番号|受付番号|"
    rf"{latin_words('Old', 'Previous', 'Former', 'Order', 'Customer', 'Member', 'Account', 'Ref')})",
    re.I,
)
_WORD_USE = {
    "phone": _Use.PHONE,
    "fax": _Use.FAX,
    "sender": _Use.SENDER,
    "other": _Use.OTHER,
    # "宛先"/"TO" on a cover sheet: the company's number, perhaps one company.toml lacks.
    "recipient": _Use.RECIPIENT,
    # An arrow in the body joins an old and a new value; the new one is not labelled.
    "arrow": _Use.UNLABELLED,
}
_LABEL_LEFTOVER = re.compile(r"\([^)]*\)|[\s|:\[\]]|番号|ご|お|(?i:number|no\.?)")


def find_numbers(lines: list[Line], own: OwnContacts) -> tuple[str, str]:
    """(phone, fax) of the applicant: labelled numbers in the body first; a fax header's
    sending number is the phone of last resort."""
    found = list(_numbers_with_use(lines))
    # A header's receiving number is the company's fax, whatever company.toml says.
    own_keys = own.numbers | {phone_key(n) for use, n in found if use is _Use.RECIPIENT}
    usable = [(use, n) for use, n in found if possible(n) and phone_key(n) not in own_keys]
    phone = (
        _first(usable, _Use.PHONE, _Use.PHONE_AND_FAX)
        or _first(usable, _Use.UNLABELLED)
        or _first(usable, _Use.SENDER)
    )
    # Not the header's number: that machine is often a shop's or an employer's, and a reply
    # with personal data faxed there would be a leak.
    fax = _first(usable, _Use.FAX, _Use.PHONE_AND_FAX)
    return phone, fax


def _first(found: list[tuple[_Use, str]], *uses: _Use) -> str:
    return next((number for use, number in found if use in uses), "")


def _numbers_with_use(lines: list[Line]) -> list[tuple[_Use, str]]:
    found: list[tuple[_Use, str]] = []
    carried: _Use | None = None  # a label alone on its line, its number on the next ("電話番号")
    for line in lines:
        matches = list(NUMBER.finditer(line.text))
        if not matches:
            if line.text.strip():
                carried = _label_alone(line.text)
            continue
        start = 0
        for index, match in enumerate(matches):
            use = _use_of(line.text[start : match.start()], line.header)
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
    if (
        len(words) > 1
        and {words[-2].lastgroup, last.lastgroup} == {"phone", "fax"}
        and last.start() - words[-2].end() <= 3
    ):
        return _Use.PHONE_AND_FAX
    return _WORD_USE[str(last.lastgroup)]


def _label_alone(text: str) -> _Use | None:
    words = list(_NUMBER_WORDS.finditer(text))
    if len(words) != 1 or words[0].lastgroup not in ("phone", "fax"):
        return None
    if _LABEL_LEFTOVER.sub("", text[: words[0].start()] + text[words[0].end() :]):
        return None
    return _WORD_USE[str(words[0].lastgroup)]
