"""The walk through a message's MIME tree: the body text (plain, else HTML made text), the
attachments (inspected, named, typed by their bytes) and the warnings, the stdlib parser's
defect reports among them, in words a person can act on.
"""

from __future__ import annotations

import email.errors
import mimetypes
from email.message import Message

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.intake.charsets import decode_bytes
from inquiry_desk.intake.documents import inspect_document, sniff
from inquiry_desk.intake.filenames import safe_filename
from inquiry_desk.intake.htmltext import html_to_text
from inquiry_desk.intake.mime_parts import (
    header_param,
    part_content_type,
    part_filename,
    part_payload,
    raw_header,
)
from inquiry_desk.intake.model import Attachment, Blob, SourceKind, UnreadableInput
from inquiry_desk.intake.prepass import MAX_LINE

MAX_DEPTH = 50  # MIME levels followed; deeper parts are dropped with a warning
# A text part beyond these is kept as an attachment instead of being the message text: it
# would be stored, shown and searched as one string.  Mail allows 998 characters a line.
MAX_TEXT_CHARS = 1_000_000
MAX_TEXT_LINE = MAX_LINE
SPOOL_HEADER = "X-Inquiry-Desk-Spool"
DOCUMENT_TYPES = {"application/pdf", "image/tiff", "image/tif"}

_BASE64_DEFECTS = (
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64LengthDefect,
)
# English sources, translated where they are reported (`Collector.defects`).
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


class Collector:
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
            ctype = part_content_type(part)
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
        raw_name = part_filename(part, self.warn)
        disposition = raw_header(part, "content-disposition").split(";")[0].strip().lower()
        is_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and not raw_name
        blob = self._spooled_blob(part, raw_name)
        if blob is not None:
            if is_text:
                key = raw_header(part, SPOOL_HEADER.lower()).strip()
                self.warn_text_kept(self.long_lines.get(key, 0))
            self.add_attachment(raw_name, ctype, blob)
            return
        payload = part_payload(part)
        had = len(self.warnings)
        self.defects(part)
        if any(isinstance(d, _BASE64_DEFECTS) for d in part.defects):
            del self.warnings[had:]
            self.warn(
                translate("Intake", "Broken base64 in the message text: only the readable part was imported.")
                if is_text
                else broken_attachment(raw_name)
            )
        if is_text:
            charset = header_param(part, "content-type", "charset")
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
        key = raw_header(part, SPOOL_HEADER.lower()).strip()
        if not key:
            return None
        if key in self.spooled:
            return self.spooled.pop(key)
        blob = self.spooled.pop(key + "!broken", None)
        if blob is not None:
            self.warn(broken_attachment(raw_name))
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
        elif ctype in DOCUMENT_TYPES:
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


def broken_attachment(raw_name: str) -> str:
    return translate(
        "Intake", "Broken base64 in attachment {name}: only the readable part was imported."
    ).format(name=repr(safe_filename(raw_name)))


def _longest_line(text: str) -> int:
    return max(map(len, text.splitlines()), default=0)


def _default_name(ctype: str, index: int) -> str:
    ext = mimetypes.guess_extension(ctype) or ".bin"
    return f"attachment-{index}{ext}"
