"""Streaming pass over a large email so that big attachments never sit in memory.

The stdlib parser keeps every body line as a separate string and then joins them:
for a 25 MB scan (34 MB of base64) that is well over 100 MB.  This pass reads the
file line by line, copies it to the raw-source blob, and decodes each base64 leaf
part larger than the threshold straight into its own spooled `Blob`.  The parser then
receives a small skeleton in which such a part has an empty body and a header
``X-Inquiry-Desk-Spool: <random token>-<n>`` naming its blob.  The token is random per
parse, so a sender cannot forge the header to point at another part.

Only MIME framing is interpreted here (boundaries, Content-Type, Content-Transfer-
Encoding); everything else is left to the real parser, which sees the same structure.

Every leaf part is spooled the same way when it is large, whatever its encoding (base64
and quoted-printable are decoded on the way, anything else is copied), or when it has a
line longer than `MAX_LINE`: mail allows 998 characters a line, and the stdlib parser and
the text code after it are slow and memory-hungry on a line of megabytes.  A text part
spooled is kept as an attachment, not read as the message text (mime.py says so).  Text
outside the parts (a multipart's preamble and epilogue, never shown) is left out of the
skeleton beyond the threshold, and a header block larger than `MAX_HEADER_BYTES` makes
the message unreadable: no real mail has one.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import email.utils
import re
import secrets
from dataclasses import dataclass, field
from typing import BinaryIO

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.model import SPOOL_THRESHOLD, Blob, UnreadableInput

SPOOL_HEADER = b"X-Inquiry-Desk-Spool"
_MAX_LINE = 64 * 1024  # longer lines are read in pieces
MAX_LINE = _MAX_LINE  # a part with a longer line is spooled, not parsed
MAX_HEADER_BYTES = 1024 * 1024  # of one header block; real mail has a few kilobytes
_DECODE_BATCH = 64 * 1024  # base64 characters decoded at once
# The fields that give a part its structure are parsed by the stdlib at about 25 us a byte
# when they hold many parameters (and compat32's parameter split is quadratic): one field
# of 100 kB took 4 s and 130 MB.  A real one has a few hundred bytes, a real message a few
# kilobytes of them in all; these limits keep the worst case to seconds.
MAX_MIME_FIELD = 8 * 1024
MAX_MIME_FIELDS = 256 * 1024
_MIME_FIELD = re.compile(rb"^content-(?:type|disposition|transfer-encoding)[ \t]*:", re.I | re.M)
_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/]")
_JUNK = re.compile(rb"[^A-Za-z0-9+/=\s]")


def mime_field_bytes(data: bytes, total: int = 0) -> int:
    """`total` plus the size of the Content-Type, -Disposition and -Transfer-Encoding fields
    (with their continuation lines) in `data`, a message or a header block.

    Raises UnreadableInput for a field over MAX_MIME_FIELD or a total over MAX_MIME_FIELDS.
    In a whole message a body line that looks like such a field counts too: harmless, as a
    real message is far below the limits.
    """
    for match in _MIME_FIELD.finditer(data):
        start = end = match.start()
        while end - start <= MAX_MIME_FIELD:
            newline = data.find(b"\n", end)
            end = len(data) if newline < 0 else newline + 1
            if newline < 0 or data[end : end + 1] not in (b" ", b"\t"):
                break
        if end - start > MAX_MIME_FIELD:
            raise UnreadableInput(
                translate(
                    "Intake",
                    "The message has a part header of more than {size} bytes (a real one has a few "
                    "hundred): it is malformed and was not imported.",
                ).format(size=f"{MAX_MIME_FIELD:,}")
            )
        total += end - start
        if total > MAX_MIME_FIELDS:
            raise UnreadableInput(
                translate(
                    "Intake",
                    "The message has more than {size} bytes of part headers (tens of thousands of "
                    "parts): it is malformed and was not imported.",
                ).format(size=f"{MAX_MIME_FIELDS:,}")
            )
    return total


class _Base64Sink:
    """Incremental, lenient base64 decoding into a blob (skips junk like the stdlib)."""

    def __init__(self, blob: Blob) -> None:
        self.blob = blob
        self.pending = b""
        self.broken = False

    def feed(self, line: bytes) -> None:
        if _JUNK.search(line):
            self.broken = True
        self.pending += _NOT_B64.sub(b"", line)
        if len(self.pending) >= _DECODE_BATCH:
            cut = len(self.pending) - len(self.pending) % 4
            self.blob.write(binascii.a2b_base64(self.pending[:cut]))
            self.pending = self.pending[cut:]

    def finish(self) -> Blob:
        rest = len(self.pending) % 4
        if rest == 1:
            self.broken = True
            self.pending = self.pending[:-1]
        elif rest:
            self.pending += b"=" * (4 - rest)
        if self.pending:
            self.blob.write(binascii.a2b_base64(self.pending))
        return self.blob.finish()


class _QuotedPrintableSink:
    """Incremental quoted-printable decoding into a blob, as the stdlib decodes (a2b_qp)."""

    broken = False

    def __init__(self, blob: Blob) -> None:
        self.blob = blob
        self.pending = bytearray()

    def feed(self, data: bytes) -> None:
        self.pending += data
        if len(self.pending) < _DECODE_BATCH:
            return
        # Cut after a line break; in a line of megabytes, where no "=" escape is cut in two.
        cut = self.pending.rfind(b"\n") + 1
        if not cut:
            cut = len(self.pending)
            while cut > len(self.pending) - 3 and b"=" in self.pending[cut - 2 : cut]:
                cut -= 1
        self.blob.write(binascii.a2b_qp(bytes(self.pending[:cut])))
        del self.pending[:cut]

    def finish(self) -> Blob:
        if self.pending:
            self.blob.write(binascii.a2b_qp(bytes(self.pending)))
        return self.blob.finish()


class _CopySink:
    """7bit, 8bit, binary (and unknown encodings): the bytes as they are."""

    broken = False

    def __init__(self, blob: Blob) -> None:
        self.blob = blob

    def feed(self, data: bytes) -> None:
        if data:
            self.blob.write(data)

    def finish(self) -> Blob:
        return self.blob.finish()


_Sink = _Base64Sink | _QuotedPrintableSink | _CopySink


def _sink_for(encoding: str) -> _Sink:
    if encoding == "base64":
        return _Base64Sink(Blob.writer())
    if encoding == "quoted-printable":
        return _QuotedPrintableSink(Blob.writer())
    return _CopySink(Blob.writer())


@dataclass
class Skeleton:
    """What `spool_large_parts` gives the parser."""

    data: bytes  # the message with each spooled part's body replaced by a SPOOL_HEADER line
    # Spooled payloads by key; a key ending in "!broken" had damaged base64.
    spooled: dict[str, Blob] = field(default_factory=dict)
    long_lines: dict[str, int] = field(default_factory=dict)  # key -> its longest line (bytes)


class _Scanner:
    def __init__(self, raw: Blob, threshold: int) -> None:
        self.raw = raw
        self.threshold = threshold
        self.token = secrets.token_hex(8)
        self.out: list[bytes] = []
        self.spooled: dict[str, Blob] = {}
        self.broken: list[str] = []
        self.boundaries: list[bytes] = []
        self.state = "headers"
        self.headers: list[bytes] = []
        self.body: list[bytes] = []
        self.body_size = 0
        self.encoding = ""  # the Content-Transfer-Encoding of the leaf being read
        self.sink: _Sink | None = None
        self.blank = b"\r\n"
        self.line_length = 0  # of the line being read (long lines come in pieces)
        self.longest = 0  # line of the leaf being read
        self.long_lines: dict[str, int] = {}
        self.held_eol = b""  # a leaf's last line break belongs to the boundary after it
        self.header_bytes = 0
        self.mime_fields = 0  # bytes of the fields mime_field_bytes counts
        self.skipped = 0  # bytes of preamble or epilogue since the last boundary

    # -- boundaries -------------------------------------------------------------------
    def boundary(self, line: bytes) -> bool:
        if not line.startswith(b"--") or not self.boundaries:
            return False
        stripped = line.rstrip(b" \t\r\n")
        for depth in range(len(self.boundaries) - 1, -1, -1):
            mark = b"--" + self.boundaries[depth]
            if stripped == mark or stripped == mark + b"--":
                self.end_leaf(at_boundary=True)
                del self.boundaries[depth + (0 if stripped != mark else 1) :]
                self.out.append(line)
                self.state = "headers" if stripped == mark else "pass"
                self.headers = []
                self.header_bytes = self.skipped = 0
                return True
        return False

    # -- states -----------------------------------------------------------------------
    def feed(self, line: bytes, at_line_start: bool) -> None:
        self.raw.write(line)
        self.line_length = len(line) if at_line_start else self.line_length + len(line)
        if at_line_start and self.state != "headers" and self.boundary(line):
            return
        if self.state == "headers":
            if at_line_start and line in (b"\r\n", b"\n"):
                self.end_headers(line)
            elif at_line_start and self.boundary(line):
                return
            else:
                self.header_line(line)
        elif self.state == "body":
            self.body_line(line)
        elif self.skipped + len(line) <= self.threshold:
            self.out.append(line)
            self.skipped += len(line)
        else:  # a preamble or epilogue of megabytes: never shown, and in the raw source
            self.skipped = self.threshold + 1
            if line.endswith(b"\n"):  # the line break stays: a boundary must start a line
                self.out.append(b"\r\n" if line.endswith(b"\r\n") else b"\n")

    def header_line(self, line: bytes) -> None:
        self.header_bytes += len(line)
        if self.header_bytes > MAX_HEADER_BYTES:
            raise UnreadableInput(
                translate(
                    "Intake",
                    "The message has more than {megabytes} MB of header lines (an email has a few "
                    "kilobytes): it is malformed and was not imported.",
                ).format(megabytes=MAX_HEADER_BYTES // (1024 * 1024))
            )
        self.headers.append(line)

    def end_headers(self, blank: bytes) -> None:
        block = b"".join(self.headers)
        self.mime_fields = mime_field_bytes(block, self.mime_fields)  # before parsing them
        info = email.message_from_bytes(block + blank, policy=email.policy.compat32)
        ctype = info.get_content_type()
        cte = str(info.get("content-transfer-encoding", "")).strip().lower()
        boundary = info.get_param("boundary")
        if ctype.startswith("multipart/") and isinstance(boundary, str) and boundary:
            # utf-8 + surrogateescape: a damaged header may hold any character, never an error here
            self.boundaries.append(email.utils.unquote(boundary).encode("utf-8", "surrogateescape"))
            self.out += [block, blank]
            self.state = "pass"
        elif ctype == "message/rfc822":
            self.out += [block, blank]
            self.headers = []  # the forwarded message's own headers follow
            self.header_bytes = 0
        else:
            self.blank = blank
            self.state = "body"
            self.encoding = cte
            self.body, self.body_size, self.sink = [], 0, None
            self.longest, self.held_eol = 0, b""

    def body_line(self, line: bytes) -> None:
        eol = 2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0
        self.longest = max(self.longest, self.line_length - eol)
        if self.sink is not None:
            self.to_sink(line)
            return
        self.body.append(line)
        self.body_size += len(line)
        if self.body_size > self.threshold or self.longest > MAX_LINE:
            self.sink = _sink_for(self.encoding)
            for held in self.body:
                self.to_sink(held)
            self.body = []

    def to_sink(self, line: bytes) -> None:
        assert self.sink is not None
        eol = b"\r\n" if line.endswith(b"\r\n") else b"\n" if line.endswith(b"\n") else b""
        self.sink.feed(self.held_eol + (line[: -len(eol)] if eol else line))
        self.held_eol = eol

    def end_leaf(self, at_boundary: bool = False) -> None:
        if self.state != "body":
            return
        block = b"".join(self.headers)
        if self.sink is None:
            self.out += [block, self.blank, *self.body]
        else:
            if not at_boundary:  # the message ends here: its last line break is its own
                self.sink.feed(self.held_eol)
            key = f"{self.token}-{len(self.spooled) + 1}"
            self.spooled[key] = self.sink.finish()
            if self.sink.broken:
                self.broken.append(key)
            if self.longest > MAX_LINE:
                self.long_lines[key] = self.longest
            self.out += [block, SPOOL_HEADER + b": " + key.encode() + self.blank, self.blank]
            self.sink = None
        self.body, self.body_size, self.held_eol = [], 0, b""
        self.state = "pass"
        self.skipped = 0


def spool_large_parts(stream: BinaryIO, raw: Blob, threshold: int = SPOOL_THRESHOLD) -> Skeleton:
    """Copy `stream` into `raw`; return the skeleton message and the spooled parts by key.

    A spooled part whose base64 was damaged is returned under its key with ``!broken``
    appended, so the parser can warn about it.  Raises UnreadableInput for a header block
    above MAX_HEADER_BYTES.
    """
    scanner = _Scanner(raw, threshold)
    at_line_start = True
    try:
        while line := stream.readline(_MAX_LINE):
            scanner.feed(line, at_line_start)
            at_line_start = line.endswith(b"\n")
        if scanner.state == "headers" and scanner.headers:
            scanner.out.append(b"".join(scanner.headers))
        scanner.end_leaf()
    except BaseException:
        for blob in scanner.spooled.values():
            blob.close()
        if scanner.sink is not None:
            scanner.sink.blob.close()
        raise
    spooled = {
        (key + "!broken" if key in scanner.broken else key): blob for key, blob in scanner.spooled.items()
    }
    return Skeleton(b"".join(scanner.out), spooled, scanner.long_lines)
