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
"""

from __future__ import annotations

import binascii
import email
import email.policy
import email.utils
import re
import secrets
from typing import BinaryIO

from inquiry_desk.intake.model import SPOOL_THRESHOLD, Blob

SPOOL_HEADER = b"X-Inquiry-Desk-Spool"
_MAX_LINE = 64 * 1024  # longer lines are read in pieces
_DECODE_BATCH = 64 * 1024  # base64 characters decoded at once
_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/]")
_JUNK = re.compile(rb"[^A-Za-z0-9+/=\s]")


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
        self.sink: _Base64Sink | None = None
        self.blank = b"\r\n"

    # -- boundaries -------------------------------------------------------------------
    def boundary(self, line: bytes) -> bool:
        if not line.startswith(b"--") or not self.boundaries:
            return False
        stripped = line.rstrip(b" \t\r\n")
        for depth in range(len(self.boundaries) - 1, -1, -1):
            mark = b"--" + self.boundaries[depth]
            if stripped == mark or stripped == mark + b"--":
                self.end_leaf()
                del self.boundaries[depth + (0 if stripped != mark else 1) :]
                self.out.append(line)
                self.state = "headers" if stripped == mark else "pass"
                self.headers = []
                return True
        return False

    # -- states -----------------------------------------------------------------------
    def feed(self, line: bytes, at_line_start: bool) -> None:
        self.raw.write(line)
        if at_line_start and self.state != "headers" and self.boundary(line):
            return
        if self.state == "headers":
            if at_line_start and line in (b"\r\n", b"\n"):
                self.end_headers(line)
            elif at_line_start and self.boundary(line):
                return
            else:
                self.headers.append(line)
        elif self.state == "body":
            self.body_line(line)
        else:
            self.out.append(line)

    def end_headers(self, blank: bytes) -> None:
        block = b"".join(self.headers)
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
        elif cte == "base64":
            self.blank = blank
            self.state = "body"
            self.body, self.body_size, self.sink = [], 0, None
        else:
            self.out += [block, blank]
            self.state = "pass"

    def body_line(self, line: bytes) -> None:
        if self.sink is not None:
            self.sink.feed(line)
            return
        self.body.append(line)
        self.body_size += len(line)
        if self.body_size > self.threshold:
            self.sink = _Base64Sink(Blob.writer())
            for held in self.body:
                self.sink.feed(held)
            self.body = []

    def end_leaf(self) -> None:
        if self.state != "body":
            return
        block = b"".join(self.headers)
        if self.sink is None:
            self.out += [block, self.blank, *self.body]
        else:
            key = f"{self.token}-{len(self.spooled) + 1}"
            self.spooled[key] = self.sink.finish()
            if self.sink.broken:
                self.broken.append(key)
            self.out += [block, SPOOL_HEADER + b": " + key.encode() + self.blank, self.blank]
            self.sink = None
        self.body, self.body_size = [], 0
        self.state = "pass"


def spool_large_parts(
    stream: BinaryIO, raw: Blob, threshold: int = SPOOL_THRESHOLD
) -> tuple[bytes, dict[str, Blob]]:
    """Copy `stream` into `raw`; return the skeleton message and the spooled parts by key.

    A spooled part whose base64 was damaged is returned under its key with ``!broken``
    appended, so the parser can warn about it.
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
    return b"".join(scanner.out), spooled
