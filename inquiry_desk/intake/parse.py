"""Entry points: `parse_file(path)` and `parse_bytes(data)`.

The kind of input is decided by its content (magic bytes), not its extension, because
fax servers and scanners name files freely.  Every failure that is not a bug in this
package reaches callers as `UnreadableInput` with one line for staff.

Memory: an email above `LARGE_EMAIL` bytes is not loaded whole; `prepass.spool_large_parts`
streams it once, decoding big parts (and parts with over-long lines) straight into spooled
blobs and handing the stdlib parser a small skeleton.  This holds for a file and for bytes
(an IMAP fetch) alike.  Documents (PDF/TIFF/images) are read from a spooled copy.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from inquiry_desk.domain.enums import Channel
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.documents import content_type_for, inspect_document, not_checked_note, sniff
from inquiry_desk.intake.filenames import safe_filename
from inquiry_desk.intake.mime import parse_email
from inquiry_desk.intake.model import (
    SPOOL_THRESHOLD,
    Attachment,
    Blob,
    ParsedInquiry,
    SourceKind,
    UnreadableInput,
)
from inquiry_desk.intake.prepass import Skeleton, spool_large_parts

LARGE_EMAIL = 8 * 1024 * 1024
MAX_INPUT = 512 * 1024 * 1024  # a limit stated to staff: no inquiry is a half-gigabyte file


def parse_file(path: str | os.PathLike[str], *, large_email: int = LARGE_EMAIL) -> ParsedInquiry:
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableInput(translate("Intake", "This is not a file."))
    except OSError as exc:
        raise UnreadableInput(
            translate("Intake", "The file cannot be opened ({error}).").format(
                error=exc.strerror or translate("Intake", "access denied")
            )
        ) from exc
    if size == 0:
        raise UnreadableInput(translate("Intake", "The file is empty."))
    if size > MAX_INPUT:
        raise UnreadableInput(
            translate("Intake", "The file is larger than {megabytes} MB.").format(
                megabytes=MAX_INPUT // (1024 * 1024)
            )
        )
    try:
        with path.open("rb") as handle:
            kind = _kind(handle.read(4096))
            handle.seek(0)
            if kind is SourceKind.EML and size > large_email:
                return _parse_large_email(handle)
            raw = Blob.from_stream(handle)
    except OSError as exc:
        raise UnreadableInput(
            translate("Intake", "The file cannot be read ({error}).").format(
                error=exc.strerror or translate("Intake", "read error")
            )
        ) from exc
    return _guard(lambda: _parse_blob(raw, kind, path), raw)


def parse_bytes(data: bytes, name: str = "", *, large_email: int = LARGE_EMAIL) -> ParsedInquiry:
    """Parse in-memory input (an IMAP fetch, a drag-and-drop payload)."""
    if not data:
        raise UnreadableInput(translate("Intake", "The file is empty."))
    if len(data) > MAX_INPUT:
        raise UnreadableInput(
            translate("Intake", "The file is larger than {megabytes} MB.").format(
                megabytes=MAX_INPUT // (1024 * 1024)
            )
        )
    kind = _kind(data[:4096])
    if kind is SourceKind.EML and len(data) > large_email:
        return _parse_large_email(io.BytesIO(data))
    raw = Blob.from_bytes(data)
    return _guard(lambda: _parse_blob(raw, kind, None, data), raw)


def _parse_large_email(stream: BinaryIO) -> ParsedInquiry:
    raw = Blob.writer()
    # The streaming pre-pass gets the same guarantee as the parser: any failure becomes
    # UnreadableInput with the spooled data freed.
    skeleton = _guard_prepass(lambda: spool_large_parts(stream, raw), raw)
    return _guard(
        lambda: parse_email(skeleton.data, raw.finish(), skeleton.spooled, long_lines=skeleton.long_lines),
        raw,
        skeleton.spooled,
    )


def _kind(head: bytes) -> SourceKind:
    if not head.strip():
        raise UnreadableInput(translate("Intake", "The file is empty."))
    kind = sniff(head)
    if kind is None:
        raise UnreadableInput(translate("Intake", "This is not an email, fax or scan (unknown file format)."))
    return kind


def _parse_blob(raw: Blob, kind: SourceKind, path: Path | None, data: bytes | None = None) -> ParsedInquiry:
    if kind is SourceKind.EML:
        return parse_email(data if data is not None else raw.read_bytes(), raw)
    if kind is SourceKind.MSG:
        from inquiry_desk.intake.msgfile import parse_msg

        if path is None:
            raise UnreadableInput(translate("Intake", "Outlook messages can only be imported from a file."))
        return parse_msg(path, raw)
    return _parse_document(raw, kind, path)


def _parse_document(raw: Blob, kind: SourceKind, path: Path | None) -> ParsedInquiry:
    from inquiry_desk.intake.suggest import suggest

    info = inspect_document(raw, kind)
    fax = kind is SourceKind.PDF or (kind is SourceKind.TIFF and info.looks_like_fax)
    name = safe_filename(path.name if path else "", f"document.{kind.value}")
    # The document is both the raw source and its one attachment; they share the blob.
    document = Attachment(name, content_type_for(kind, raw.head(8)), raw, pages=info.pages, is_document=True)
    inquiry = ParsedInquiry(
        source_kind=kind,
        channel=Channel.FAX if fax else Channel.MAIL,
        raw=raw,
        attachments=[document],
        pages=info.pages,
        body=info.text,
        warnings=list(info.warnings),
    )
    from inquiry_desk.intake.form_qr import form_references

    # Before the text: a returned form of ours is filed by its QR code, whatever its text says.
    inquiry.form_references = form_references(raw, kind)
    if not info.text:
        # A fax or scan is only page images: the recognised text stands in for the text layer
        # and is kept as the body, because it exists nowhere else once the import is done.
        from inquiry_desk.intake.ocr import OCR_CHECK, recognise

        ocr = recognise(raw, kind)
        # A page too large to read was too large to check too: one note says both.
        unchecked = {not_checked_note(page) for page in ocr.too_large}
        inquiry.warnings = [note for note in inquiry.warnings if note not in unchecked]
        inquiry.warnings.extend(ocr.warnings)
        inquiry.body = ocr.text
        if ocr.text:
            inquiry.warnings.append(translate("Intake", OCR_CHECK))
    if inquiry.body:
        inquiry.suggestions = suggest(inquiry.body, sender_name="", sender_address="")
        from inquiry_desk.intake.mime import find_reference

        inquiry.reference = find_reference("", inquiry.body)
    else:
        inquiry.warnings.append(
            translate("Intake", "The document has no text layer: fill in the request details by hand.")
        )
        inquiry.suggestions.language = None
    return inquiry


def _guard_prepass(work: Callable[[], Skeleton], raw: Blob) -> Skeleton:
    try:
        return work()
    except UnreadableInput:
        raw.close()
        raise
    except (RecursionError, MemoryError, ValueError, LookupError, UnicodeError) as exc:
        raw.close()
        raise UnreadableInput(translate("Intake", "The file is damaged and cannot be read.")) from exc


def _guard(
    work: Callable[[], ParsedInquiry], raw: Blob, spooled: dict[str, Blob] | None = None
) -> ParsedInquiry:
    """Run `work`; on any failure free the spooled payloads and report UnreadableInput."""
    try:
        return work()
    except BaseException as exc:
        raw.close()
        for blob in (spooled or {}).values():
            blob.close()
        if isinstance(exc, UnreadableInput | KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        if isinstance(exc, RecursionError):
            raise UnreadableInput(
                translate("Intake", "The message is nested too deeply to be read.")
            ) from exc
        if isinstance(exc, MemoryError):
            raise UnreadableInput(
                translate("Intake", "The file is too large to be read on this computer.")
            ) from exc
        raise UnreadableInput(translate("Intake", "The file is damaged and cannot be read.")) from exc


__all__ = ["SPOOL_THRESHOLD", "parse_bytes", "parse_file"]
