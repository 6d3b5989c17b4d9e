"""Reading one MIME part: its raw headers decoded here (see charsets.py: the stdlib codecs
lose CP50220 characters and raise on some malformed headers), its parameters, file name,
content type, payload, addresses and date. Nothing here raises on bad input except
`UnreadableInput` when the bytes are not an email at all.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from collections.abc import Callable
from datetime import datetime
from email.message import Message

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.charsets import decode_bytes, decode_header_value
from inquiry_desk.intake.model import UnreadableInput


def parse_structure(data: bytes) -> Message:
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # a stdlib parser bug on hostile input: retry with the lenient policy
        try:
            return email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception as exc:
            raise UnreadableInput(
                translate("Intake", "The file looks like an email but cannot be parsed.")
            ) from exc


def raw_header(part: Message, name: str) -> str:
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


def decoded_header(part: Message, name: str, warn: Callable[[str], None]) -> str:
    return decode_header_value(raw_header(part, name), warn).strip()


def header_param(part: Message, header: str, param: str) -> str | tuple[str | None, str | None, str] | None:
    """A parameter parsed from the raw header, without the default policy's header objects."""
    value = raw_header(part, header)
    if not value:
        return None
    scratch = Message()
    scratch[header] = value
    found = scratch.get_param(param, header=header)
    return found if isinstance(found, (str, tuple)) else None


def part_filename(part: Message, warn: Callable[[str], None]) -> str:
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = header_param(part, header, param)
        if isinstance(value, tuple):  # RFC 2231: (charset, language, percent-decoded latin-1)
            charset, _lang, text = value
            decoded, problem = decode_bytes(
                text.encode("latin-1", errors="replace"),
                charset or None,
                translate("Intake", "attachment name"),
            )
            if problem:
                warn(problem)
            return decoded
        if value:
            return decode_header_value(email.utils.unquote(value), warn)
    return ""


def part_content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def part_payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        return payload
    text = part.get_payload()
    return text.encode("ascii", errors="surrogateescape") if isinstance(text, str) else b""


def header_address(part: Message, name: str, warn: Callable[[str], None]) -> tuple[str, str]:
    raw = raw_header(part, name)
    if not raw:
        return "", ""
    display, address = email.utils.parseaddr(re.sub(r"\r?\n[ \t]", " ", raw))
    if not address and "@" not in raw:
        return decode_header_value(raw, warn).strip(), ""
    return decode_header_value(display, warn).strip(), decode_header_value(address, warn).strip()


def header_message_id(part: Message) -> str | None:
    value = " ".join(raw_header(part, "message-id").split())
    return value or None


def header_date(part: Message, warn: Callable[[str], None]) -> datetime | None:
    raw = raw_header(part, "date")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(" ".join(raw.split()))
    except (TypeError, ValueError, IndexError, OverflowError):
        warn(
            translate("Intake", "The Date header cannot be read: use the day it arrived as the receipt date.")
        )
        return None
