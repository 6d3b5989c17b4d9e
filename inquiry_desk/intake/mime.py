"""Email (.eml) parsing: the message as a whole, its forwards, fax gateways and references.

Built on the standard library parser with ``policy=email.policy.default`` for the
structure and its defect reports; the walk through the parts is in mime_walk.py, and a
part's headers are decoded from the raw text in mime_parts.py.  Nothing here raises on
bad input except `UnreadableInput` when the bytes are not an email at all.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Callable
from email.message import Message

from inquiry_desk.domain.enums import Channel
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.charsets import decode_header_value
from inquiry_desk.intake.documents import sniff
from inquiry_desk.intake.mime_parts import (
    decoded_header,
    header_address,
    header_date,
    header_message_id,
    parse_structure,
    raw_header,
)
from inquiry_desk.intake.mime_walk import DOCUMENT_TYPES, SPOOL_HEADER, Collector
from inquiry_desk.intake.model import Attachment, Blob, ParsedInquiry, SourceKind, UnreadableInput
from inquiry_desk.intake.prepass import mime_field_bytes
from inquiry_desk.intake.suggest import suggest

REFERENCE = re.compile(r"\bPI-(\d{4})-(\d{4,6})\b")
_BRACKETED_REFERENCE = re.compile(r"\[\s*PI-(\d{4})-(\d{4,6})\s*\]")
_FAX_SUBJECT = re.compile(
    r"\bfax\b.{0,40}\b(?:received|from|von|de)\b|^\s*fax\b|FAX受信|ファクス受信|ＦＡＸ", re.IGNORECASE
)
# Enclosures read for our forms' QR codes: a returned form comes with an ID copy or two, and
# a message with dozens of images is no returned form (each costs some 30 ms a page).
_MAX_ENCLOSURES_READ = 5


def parse_email(
    data: bytes,
    raw: Blob,
    spooled: dict[str, Blob] | None = None,
    *,
    long_lines: dict[str, int] | None = None,
) -> ParsedInquiry:
    """`data` is the message, or the skeleton of `prepass.spool_large_parts` with its
    `spooled` payloads and `long_lines` (a part's longest line, where it is over-long)."""
    if not data.strip():
        raise UnreadableInput(translate("Intake", "The file is empty."))
    mime_field_bytes(data)  # before the stdlib parses them: it is slow on huge ones
    message = parse_structure(data)
    collector = Collector(dict(spooled or {}), long_lines)
    body, forwards = collector.walk(message)
    warn = collector.warn

    headers = [
        (name, decode_header_value(str(value), warn))
        for name, value in message.raw_items()
        if name.lower() != SPOOL_HEADER.lower()
    ]
    subject = decoded_header(message, "subject", warn)
    from_name, from_address = header_address(message, "from", warn)
    inquiry = ParsedInquiry(
        source_kind=SourceKind.EML,
        channel=Channel.EMAIL,
        raw=raw,
        subject=subject,
        from_name=from_name,
        from_address=from_address,
        headers=headers,
    )
    inquiry.message_id = header_message_id(message)
    inquiry.date = header_date(message, warn)
    if inquiry.message_id is None:
        warn(
            translate(
                "Intake", "The message has no Message-ID: a second copy is recognised by its file hash only."
            )
        )
    if inquiry.date is None and not raw_header(message, "date"):
        warn(translate("Intake", "The message has no Date: use the day it arrived as the receipt date."))

    forwarded_by = ""
    for inner in forwards[:5]:
        inner_body, more = collector.walk(inner)
        forwards.extend(more)
        name, address = header_address(inner, "from", warn)
        if address and not forwarded_by:
            # A forwarded message/rfc822: the person who wrote the inner message is the applicant.
            forwarded_by = from_address
            inquiry.from_name, inquiry.from_address = name, address
        body += (
            f"\n\n---------- Forwarded message ----------\nFrom: {name} <{address}>\n"
            f"Subject: {decoded_header(inner, 'subject', warn)}\n\n{inner_body}"
        )
    inquiry.body = body.strip("\n") + "\n" if body.strip() else ""
    inquiry.attachments = collector.attachments
    gateway = _is_fax_gateway(message, subject, from_name, from_address, collector.attachments)
    document_text = ""
    if gateway:
        inquiry.channel = Channel.FAX
        for attachment in collector.attachments:
            if attachment.content_type in DOCUMENT_TYPES:
                attachment.is_document = True
                inquiry.pages = attachment.pages
                inquiry.form_references = _form_references(attachment)
                document_text = collector.document_text or _recognise_fax(attachment, inquiry, warn)
                break
    inquiry.reference = find_reference(subject, inquiry.body)
    if not gateway and inquiry.reference is None:
        # An applicant who scans the returned form and mails it back seldom quotes the reference.
        inquiry.form_references = _enclosed_form_references(collector.attachments)
    own = tuple(a.lower() for _, a in email.utils.getaddresses([raw_header(message, "to")]) if a)
    inquiry.suggestions = suggest(
        f"{inquiry.subject}\n{inquiry.body}\n{document_text}",
        sender_name=inquiry.from_name,
        sender_address=inquiry.from_address,
        sender_is_gateway=gateway and not forwarded_by,
        own_addresses=(*own, forwarded_by.lower()),
    )
    if gateway and not document_text:
        # A gateway's own cover text says nothing about the applicant or their language.
        inquiry.suggestions.language = None
        inquiry.suggestions.jurisdiction = None
    for blob in collector.spooled.values():  # spooled parts the walk never reached
        blob.close()
    inquiry.warnings = collector.warnings
    return inquiry


def _recognise_fax(attachment: Attachment, inquiry: ParsedInquiry, warn: Callable[[str], None]) -> str:
    """Text recognised on the fax a gateway attached (only the gateway's fax: OCR is slow,
    and an ordinary email's enclosures are ID copies and forms, not the request).

    It is added to the body, because the gateway's cover text says nothing and the
    recognised text exists nowhere else once the import is done."""
    kind = sniff(attachment.blob.head(1024))
    if attachment.pages is None or kind not in (SourceKind.PDF, SourceKind.TIFF):
        return ""  # it could not be opened; add_attachment has said so
    from inquiry_desk.intake.ocr import OCR_CHECK, recognise

    ocr = recognise(attachment.blob, kind)
    for note in ocr.warnings:
        warn(note)
    if ocr.text:
        warn(translate("Intake", OCR_CHECK))
        recognised = f"---------- Text recognised on {attachment.filename} ----------\n{ocr.text}\n"
        inquiry.body = f"{inquiry.body}\n{recognised}" if inquiry.body else recognised
    return ocr.text


def _form_references(attachment: Attachment) -> list[str]:
    """The QR codes of our forms on an attached fax or scan: a returned form."""
    kind = sniff(attachment.blob.head(1024))
    if kind is None or (kind in (SourceKind.PDF, SourceKind.TIFF) and attachment.pages is None):
        return []  # not a document, or it could not be opened (add_attachment has said so)
    from inquiry_desk.intake.form_qr import form_references

    return form_references(attachment.blob, kind)


def _enclosed_form_references(attachments: list[Attachment]) -> list[str]:
    """Our forms' QR codes on the scans and PDFs a message encloses (the first few of them)."""
    found: list[str] = []
    scanned = 0
    for attachment in attachments:
        if scanned >= _MAX_ENCLOSURES_READ:
            break
        if sniff(attachment.blob.head(1024)) in (SourceKind.PDF, SourceKind.TIFF, SourceKind.IMAGE):
            scanned += 1
            found.extend(ref for ref in _form_references(attachment) if ref not in found)
    return found


def find_reference(subject: str, body: str) -> str | None:
    for pattern, text in ((_BRACKETED_REFERENCE, subject), (REFERENCE, subject), (REFERENCE, body)):
        if m := pattern.search(text):
            return f"PI-{m.group(1)}-{m.group(2)}"
    return None


def _is_fax_gateway(
    message: Message, subject: str, name: str, address: str, attachments: list[Attachment]
) -> bool:
    if not any(a.content_type in DOCUMENT_TYPES for a in attachments):
        return False
    if any(key.lower().startswith("x-fax") for key, _ in message.raw_items()):
        return True
    sender = f"{name} {address.split('@')[0]}".lower()
    return bool(re.search(r"fax|ファクス|ＦＡＸ", sender)) or bool(_FAX_SUBJECT.search(subject))
