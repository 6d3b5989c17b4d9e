"""Values an export must not bring in, or that staff must see before anything goes out.

The Individual Number (マイナンバー) must never be kept: a column named for it that holds a
12-digit number with a valid check digit refuses the whole file, naming the column, so the
system's export is cut down first (a file half taken in would keep the rest without it, and
staff would not know). Payment card numbers should not be in a payments export either
(the systems export payments without them); a Luhn-valid number with a card brand's prefix is
reported, so staff exclude or redact it. Plain 12-digit order numbers pass a check digit one
time in eleven, so the Individual Number check needs the column's name too.
"""

from __future__ import annotations

import re

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports.model import ExportRefused, ParsedSource, cell_text

_MY_NUMBER_COLUMN = re.compile(r"マイナンバー|個人番号|my\s*_?number|individual\s*_?number", re.IGNORECASE)
_DIGITS = re.compile(r"[\d\s\-]+")
# Visa, Mastercard (51–55, 2221–2720), Amex, JCB, Diners, Discover, UnionPay.
_CARD_PREFIX = re.compile(
    r"4|5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720)|3[47]|35(2[89]|[3-8]\d)|3(0[0-5]|[689])|6011|65|62"
)


def my_number_valid(digits: str) -> bool:
    """The Individual Number's check digit (総務省令 第5条)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(ch) for ch in digits[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    return check == int(digits[11])


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _digits(value: str) -> str | None:
    if not _DIGITS.fullmatch(value):
        return None
    return re.sub(r"[\s\-]", "", value)


def check_sensitive(table: ParsedSource, filename: str) -> None:
    """Refuse an Individual Number; add a warning for card numbers (to ``table.warnings``)."""
    cards: dict[str, int] = {}
    for c, column in enumerate(table.columns):
        named = bool(_MY_NUMBER_COLUMN.search(column))
        for r, row in enumerate(table.rows, start=1):
            value = row[c] if c < len(row) else None
            if value is None or isinstance(value, bool):
                continue
            digits = _digits(cell_text(value).strip())
            if not digits:
                continue
            if named and my_number_valid(digits):
                raise ExportRefused(
                    translate(
                        "Records",
                        "{file}, {sheet}, row {row}, column {column} holds an Individual Number "
                        "(マイナンバー), which must never be kept. Export the data again without that "
                        "column; nothing was added.",
                    ).format(file=filename, sheet=table.name, row=r, column=column)
                )
            if 13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and luhn_valid(digits):
                cards[column] = cards.get(column, 0) + 1
    for column, count in cards.items():
        table.warnings.append(
            translate(
                "Records",
                "{count} value(s) in column {column} look like payment card numbers: exclude or "
                "redact them before anything goes out.",
            ).format(count=count, column=column)
        )
