"""Email (.eml) parsing: headers, body, attachments, forwards, fax gateways.

Built on the standard library parser with ``policy=email.policy.default`` for the
structure and its defect reports, but every header value is decoded here from the
raw text (see charsets.py) because the stdlib codecs lose CP50220 characters and
raise on some malformed headers.  Nothing here raises on bad input except
`UnreadableInput` when the bytes are not an email at all.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import email.utils
import mimetypes
import re
from collections.abc import Callable
from datetime import datetime
from email.message import Message

from inquiry_desk.domain.enums import Channel
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.intake.charsets import decode_bytes, decode_header_value
from inquiry_desk.intake.documents import inspect_document, sniff
from inquiry_desk.intake.filenames import safe_filename
from inquiry_desk.intake.htmltext import html_to_text
from inquiry_desk.intake.model import (
    Attachment,
    Blob,
    ParsedInquiry,
    SourceKind,
    UnreadableInput,
)
from inquiry_desk.intake.prepass import MAX_LINE, mime_field_bytes
from inquiry_desk.intake.suggest import suggest

MAX_DEPTH = 50  # MIME levels followed; deeper parts are dropped with a warning
# A text part beyond these is kept as an attachment instead of being the message text: it
# would be stored, shown and searched as one string.  Mail allows 998 characters a line.
MAX_TEXT_CHARS = 1_000_000
MAX_TEXT_LINE = MAX_LINE
SPOOL_HEADER = "X-Inquiry-Desk-Spool"
REFERENCE = re.compile(r"\bPI-(\d{4})-(\d{4,6})\b")
_BRACKETED_REFERENCE = re.compile(r"\[\s*PI-(\d{4})-(\d{4,6})\s*\]")
_FAX_SUBJECT = re.compile(
    r"\bfax\b.{0,40}\b(?:received|from|von|de)\b|^\s*fax\b|FAX受信|ファクス受信|ＦＡＸ", re.IGNORECASE
)
_DOCUMENT_TYPES = {"application/pdf", "image/tiff", "image/tif"}
# Enclosures read for our forms' QR codes: a returned form comes with an ID copy or two, and
# a message with dozens of images is no returned form (each costs some 30 ms a page).
_MAX_ENCLOSURES_READ = 5

_BASE64_DEFECTS = (
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64LengthDefect,
)
# English sources, translated where they are reported (`_Collector.defects`).
_DEFECT_WARNINGS: dict[type[email.errors.MessageDefect], str] = {
    email.errors.CloseBoundaryNotFoundDefect: QT_TRANSLATE_NOOP(
        "Intake", "The message is cut off: a multipart section is not terminated; what arrived was kept."
    ),
    email.errors.StartBoundaryNotFoundDefect: QT_TRANSLATE_NOOP(
        "Intake", "A multipart section never starts (boundary not found); its text is shown as it came."
    ),
    email.errors.NoBoundaryInMultipartDefect: QT_TRANSLATE_NOOP(
        "Intake", "A multipart section has no boundary; its text is shown as it came."
    ),
    email.errors.MissingHeaderBodySeparatorDefect: QT_TRANSLATE_NOOP(
        "Intake", "A header block is not separated from its body; some headers may be missing."
    ),
    email.errors.MultipartInvariantViolationDefect: QT_TRANSLATE_NOOP(
        "Intake", "The message structure is inconsistent; parts may be missing."
    ),
    email.errors.FirstHeaderLineIsContinuationDefect: QT_TRANSLATE_NOOP(
        "Intake", "The message starts with a broken header line."
    ),
}


class _Collector:
    """Walks the MIME tree once and gathers text, attachments and warnings."""

    def __init__(self, spooled: dict[str, Blob], long_lines: dict[str, int] | None = None) -> None:
        self.warnings: list[str] = []
        self.attachments: list[Attachment] = []
        self.spooled = spooled
        self.long_lines = long_lines or {}
        self.document_text = ""  # text layer of the first PDF attachment, for fax gateways

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def defects(self, part: Message) -> None:
        for defect in getattr(part, "defects", []):
            for cls, text in _DEFECT_WARNINGS.items():
                if isinstance(defect, cls):
                    self.warn(translate("Intake", text))
            if isinstance(defect, email.errors.HeaderDefect):
                self.warn(translate("Intake", "A header is malformed; it is shown as it came."))

    def walk(self, root: Message) -> tuple[str, list[Message]]:
        """Body text of `root` (excluding forwarded messages) and the forwarded messages."""
        plain: list[str] = []
        html: list[str] = []
        forwards: list[Message] = []
        stack: list[tuple[Message, int]] = [(root, 0)]
        truncated = False
        while stack:
            part, depth = stack.pop()
            self.defects(part)
            if depth > MAX_DEPTH:
                truncated = True
                continue
            ctype = _content_type(part)
            if part.is_multipart():
                children = part.get_payload()
                if not isinstance(children, list):
                    continue
                if ctype == "message/rfc822" and children and root is not part:
                    if isinstance(children[0], Message):
                        forwards.append(children[0])
                    continue
                stack.extend((child, depth + 1) for child in reversed(children) if isinstance(child, Message))
                continue
            self.leaf(part, ctype, plain, html)
        if truncated:
            self.warn(
                translate(
                    "Intake",
                    "The MIME structure is nested more than {depth} levels deep; "
                    "deeper parts were not imported.",
                ).format(depth=MAX_DEPTH)
            )
        return ("\n".join(plain) if plain else "\n".join(html)), forwards

    def leaf(self, part: Message, ctype: str, plain: list[str], html: list[str]) -> None:
        raw_name = _filename(part, self.warn)
        disposition = _raw_header(part, "content-disposition").split(";")[0].strip().lower()
        is_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and not raw_name
        blob = self._spooled_blob(part, raw_name)
        if blob is not None:
            if is_text:
                key = _raw_header(part, SPOOL_HEADER.lower()).strip()
                self.warn_text_kept(self.long_lines.get(key, 0))
            self.add_attachment(raw_name, ctype, blob)
            return
        payload = _payload(part)
        had = len(self.warnings)
        self.defects(part)
        if any(isinstance(d, _BASE64_DEFECTS) for d in part.defects):
            del self.warnings[had:]
            self.warn(
                translate("Intake", "Broken base64 in the message text: only the readable part was imported.")
                if is_text
                else _broken_attachment(raw_name)
            )
        if is_text:
            charset = _param(part, "content-type", "charset")
            text, problem = decode_bytes(
                payload, charset if isinstance(charset, str) else None, translate("Intake", "message text")
            )
            if problem:
                self.warn(problem)
            if ctype == "text/html":
                text = html_to_text(text)
            too_large = text_too_large(text)
            if too_large is None:
                (plain if ctype == "text/plain" else html).append(text)
                return
            self.warn_text_kept(too_large)
        blob = Blob.from_bytes(payload)
        del payload
        self.add_attachment(raw_name, ctype, blob)

    def warn_text_kept(self, longest_line: int) -> None:
        self.warn(text_kept_note(longest_line))

    def _spooled_blob(self, part: Message, raw_name: str) -> Blob | None:
        key = _raw_header(part, SPOOL_HEADER.lower()).strip()
        if not key:
            return None
        if key in self.spooled:
            return self.spooled.pop(key)
        blob = self.spooled.pop(key + "!broken", None)
        if blob is not None:
            self.warn(_broken_attachment(raw_name))
        return blob

    def add_attachment(self, raw_name: str, ctype: str, blob: Blob) -> None:
        kind = sniff(blob.head(1024))
        if ctype in ("application/octet-stream", "") and kind in (SourceKind.PDF, SourceKind.TIFF):
            ctype = "application/pdf" if kind is SourceKind.PDF else "image/tiff"
        name = safe_filename(raw_name) if raw_name else _default_name(ctype, len(self.attachments) + 1)
        attachment = Attachment(filename=name, content_type=ctype, blob=blob)
        if kind in (SourceKind.PDF, SourceKind.TIFF):
            try:
                info = inspect_document(blob, kind)
                attachment.pages = info.pages
                self.document_text = self.document_text or info.text
            except UnreadableInput as exc:
                self.warn(
                    translate("Intake", 'Attachment "{name}" cannot be opened: {reason}').format(
                        name=name, reason=exc.reason
                    )
                )
        elif ctype in _DOCUMENT_TYPES:
            self.warn(
                translate("Intake", 'Attachment "{name}" is not the {format} it claims to be.').format(
                    name=name, format=ctype.split("/")[1].upper()
                )
            )
        self.attachments.append(attachment)


def text_too_large(text: str) -> int | None:
    """None if `text` can be the message text; else its longest line if that is the reason
    (over MAX_TEXT_LINE), or 0 when it is just too long (over MAX_TEXT_CHARS)."""
    longest = _longest_line(text)
    if longest > MAX_TEXT_LINE:
        return longest
    return 0 if len(text) > MAX_TEXT_CHARS else None


def text_kept_note(longest_line: int) -> str:
    """The warning for a message text kept as an attachment (`longest_line` 0: for its size)."""
    if longest_line:
        return translate(
            "Intake",
            "The message text has a line of {length} characters (mail allows 998); "
            "it was kept as an attachment and not read for the request details.",
        ).format(length=f"{longest_line:,}")
    return translate("Intake", "The message text is very large; it was kept as an attachment.")


def _broken_attachment(raw_name: str) -> str:
    return translate(
        "Intake", "Broken base64 in attachment {name}: only the readable part was imported."
    ).format(name=repr(safe_filename(raw_name)))


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
    message = _parse_structure(data)
    collector = _Collector(dict(spooled or {}), long_lines)
    body, forwards = collector.walk(message)
    warn = collector.warn

    headers = [
        (name, decode_header_value(str(value), warn))
        for name, value in message.raw_items()
        if name.lower() != SPOOL_HEADER.lower()
    ]
    subject = _header(message, "subject", warn)
    from_name, from_address = _address(message, "from", warn)
    inquiry = ParsedInquiry(
        source_kind=SourceKind.EML,
        channel=Channel.EMAIL,
        raw=raw,
        subject=subject,
        from_name=from_name,
        from_address=from_address,
        headers=headers,
    )
    inquiry.message_id = _message_id(message)
    inquiry.date = _date(message, warn)
    if inquiry.message_id is None:
        warn(
            translate(
                "Intake", "The message has no Message-ID: a second copy is recognised by its file hash only."
            )
        )
    if inquiry.date is None and not _raw_header(message, "date"):
        warn(translate("Intake", "The message has no Date: use the day it arrived as the receipt date."))

    forwarded_by = ""
    for inner in forwards[:5]:
        inner_body, more = collector.walk(inner)
        forwards.extend(more)
        name, address = _address(inner, "from", warn)
        if address and not forwarded_by:
            # A forwarded message/rfc822: the person who wrote the inner message is the applicant.
            forwarded_by = from_address
            inquiry.from_name, inquiry.from_address = name, address
        body += (
            f"\n\n---------- Forwarded message ----------\nFrom: {name} <{address}>\n"
            f"Subject: {_header(inner, 'subject', warn)}\n\n{inner_body}"
        )
    inquiry.body = body.strip("\n") + "\n" if body.strip() else ""
    inquiry.attachments = collector.attachments
    gateway = _is_fax_gateway(message, subject, from_name, from_address, collector.attachments)
    document_text = ""
    if gateway:
        inquiry.channel = Channel.FAX
        for attachment in collector.attachments:
            if attachment.content_type in _DOCUMENT_TYPES:
                attachment.is_document = True
                inquiry.pages = attachment.pages
                inquiry.form_references = _form_references(attachment)
                document_text = collector.document_text or _recognise_fax(attachment, inquiry, warn)
                break
    inquiry.reference = find_reference(subject, inquiry.body)
    if not gateway and inquiry.reference is None:
        # An applicant who scans the returned form and mails it back seldom quotes the reference.
        inquiry.form_references = _enclosed_form_references(collector.attachments)
    own = tuple(a.lower() for _, a in email.utils.getaddresses([_raw_header(message, "to")]) if a)
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


def _parse_structure(data: bytes) -> Message:
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # a stdlib parser bug on hostile input: retry with the lenient policy
        try:
            return email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception as exc:
            raise UnreadableInput(
                translate("Intake", "The file looks like an email but cannot be parsed.")
            ) from exc


def _raw_header(part: Message, name: str) -> str:
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


def _header(part: Message, name: str, warn: Callable[[str], None]) -> str:
    return decode_header_value(_raw_header(part, name), warn).strip()


def _param(part: Message, header: str, param: str) -> str | tuple[str | None, str | None, str] | None:
    """A parameter parsed from the raw header, without the default policy's header objects."""
    value = _raw_header(part, header)
    if not value:
        return None
    scratch = Message()
    scratch[header] = value
    found = scratch.get_param(param, header=header)
    return found if isinstance(found, (str, tuple)) else None


def _filename(part: Message, warn: Callable[[str], None]) -> str:
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = _param(part, header, param)
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


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "application/octet-stream"


def _payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        return payload
    text = part.get_payload()
    return text.encode("ascii", errors="surrogateescape") if isinstance(text, str) else b""


def _address(part: Message, name: str, warn: Callable[[str], None]) -> tuple[str, str]:
    raw = _raw_header(part, name)
    if not raw:
        return "", ""
    display, address = email.utils.parseaddr(re.sub(r"\r?\n[ \t]", " ", raw))
    if not address and "@" not in raw:
        return decode_header_value(raw, warn).strip(), ""
    return decode_header_value(display, warn).strip(), decode_header_value(address, warn).strip()


def _message_id(part: Message) -> str | None:
    value = " ".join(_raw_header(part, "message-id").split())
    return value or None


def _date(part: Message, warn: Callable[[str], None]) -> datetime | None:
    raw = _raw_header(part, "date")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(" ".join(raw.split()))
    except (TypeError, ValueError, IndexError, OverflowError):
        warn(
            translate("Intake", "The Date header cannot be read: use the day it arrived as the receipt date.")
        )
        return None


def _is_fax_gateway(
    message: Message, subject: str, name: str, address: str, attachments: list[Attachment]
) -> bool:
    if not any(a.content_type in _DOCUMENT_TYPES for a in attachments):
        return False
    if any(key.lower().startswith("x-fax") for key, _ in message.raw_items()):
        return True
    sender = f"{name} {address.split('@')[0]}".lower()
    return bool(re.search(r"fax|ファクス|ＦＡＸ", sender)) or bool(_FAX_SUBJECT.search(subject))


def _longest_line(text: str) -> int:
    return max(map(len, text.splitlines()), default=0)


def _default_name(ctype: str, index: int) -> str:
    ext = mimetypes.guess_extension(ctype) or ".bin"
    return f"attachment-{index}{ext}"
