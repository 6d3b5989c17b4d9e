"""Outlook .msg files through extract-msg.

extract-msg already decodes the compound file's strings; what is added here is the same
result shape as for .eml, sanitised attachment names and conversion of its many
exception types into `UnreadableInput`.
"""

from __future__ import annotations

import email.utils
from datetime import datetime
from pathlib import Path
from typing import Any

from inquiry_desk.domain.enums import Channel
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.documents import inspect_document, sniff
from inquiry_desk.intake.filenames import safe_filename
from inquiry_desk.intake.htmltext import html_to_text
from inquiry_desk.intake.mime import find_reference
from inquiry_desk.intake.mime_walk import text_kept_note, text_too_large
from inquiry_desk.intake.model import Attachment, Blob, ParsedInquiry, SourceKind, UnreadableInput
from inquiry_desk.intake.suggest import suggest


def parse_msg(path: Path, raw: Blob) -> ParsedInquiry:
    import extract_msg  # imported lazily: it is slow to import and only .msg files need it

    try:
        message = extract_msg.openMsg(str(path), delayAttachments=False)
    except Exception as exc:  # olefile / extract-msg raise many types on damaged files
        raise UnreadableInput(
            translate("Intake", "The Outlook message (.msg) is damaged and cannot be read.")
        ) from exc
    try:
        return inquiry_from_msg(message, raw)
    except UnreadableInput:
        raise
    except Exception as exc:
        raise UnreadableInput(
            translate("Intake", "The Outlook message (.msg) could not be read completely.")
        ) from exc
    finally:
        message.close()


def inquiry_from_msg(message: Any, raw: Blob) -> ParsedInquiry:
    """Build the result from an extract-msg Message (or any object with the same attributes)."""
    warnings: list[str] = []
    if not hasattr(message, "subject") or not hasattr(message, "body"):
        raise UnreadableInput(
            translate("Intake", "The .msg file is not an email message (maybe a contact or task).")
        )
    subject = str(message.subject or "")
    name, address = email.utils.parseaddr(str(message.sender or ""))
    body = str(message.body or "")
    if not body.strip():
        html = message.htmlBody
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        body = html_to_text(html or "")
    date = message.date if isinstance(message.date, datetime) else None
    message_id = str(message.messageId or "").strip() or None
    if date is None:
        warnings.append(
            translate("Intake", "The message has no Date: use the day it arrived as the receipt date.")
        )
    if message_id is None:
        warnings.append(
            translate(
                "Intake", "The message has no Message-ID: a second copy is recognised by its file hash only."
            )
        )
    headers: list[tuple[str, str]] = []
    header = getattr(message, "header", None)
    if header is not None:
        headers = [(str(k), str(v)) for k, v in header.items()]
    text_attachment: Attachment | None = None
    too_large = text_too_large(body)
    if too_large is not None:
        # As for an .eml: kept whole as an attachment, not stored, shown and read as one string.
        warnings.append(text_kept_note(too_large))
        text_attachment = Attachment("message-text.txt", "text/plain", Blob.from_bytes(body.encode("utf-8")))
        body = ""
    inquiry = ParsedInquiry(
        source_kind=SourceKind.MSG,
        channel=Channel.EMAIL,
        raw=raw,
        message_id=message_id,
        date=date,
        subject=subject,
        from_name=name,
        from_address=address,
        body=body,
        headers=headers,
        warnings=warnings,
    )
    if text_attachment is not None:
        inquiry.attachments.append(text_attachment)
    for index, item in enumerate(message.attachments or [], start=1):
        data = getattr(item, "data", None)
        if not isinstance(data, bytes):
            continue  # embedded messages and OLE objects: not imported as files
        raw_name = getattr(item, "longFilename", None) or getattr(item, "shortFilename", None) or ""
        blob = Blob.from_bytes(data)
        kind = sniff(blob.head(1024))
        ctype = str(getattr(item, "mimetype", None) or "application/octet-stream")
        attachment = Attachment(safe_filename(raw_name, f"attachment-{index}"), ctype, blob)
        if kind in (SourceKind.PDF, SourceKind.TIFF):
            try:
                attachment.pages = inspect_document(blob, kind).pages
            except UnreadableInput as exc:
                warnings.append(
                    translate("Intake", 'Attachment "{name}" cannot be opened: {reason}').format(
                        name=attachment.filename, reason=exc.reason
                    )
                )
        inquiry.attachments.append(attachment)
    inquiry.reference = find_reference(subject, body)
    inquiry.suggestions = suggest(f"{subject}\n{body}", sender_name=name, sender_address=address)
    return inquiry
