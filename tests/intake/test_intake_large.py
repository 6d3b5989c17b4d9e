"""A 25 MB scan attachment parses with bounded memory (peak below 3x its size)."""

from __future__ import annotations

import base64
import hashlib
import os
import tracemalloc
from pathlib import Path

from inquiry_desk.intake import parse_file

SIZE = 25 * 1024 * 1024


def write_big_mail(path: Path, size: int = SIZE) -> str:
    """Write a mail with a `size`-byte PDF-like attachment, streaming; returns its SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as out:
        out.write(
            b"From: Big Sender <big@example.de>\r\nTo: privacy@example.jp\r\n"
            b"Subject: Please delete my data\r\nDate: Mon, 02 Nov 2026 09:14:00 +0900\r\n"
            b"Message-ID: <big@example.de>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="BIG"\r\n\r\n--BIG\r\n'
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Please erase my data; ID scan attached.\r\n"
            b"--BIG\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="scan.jpg"\r\n\r\n'
        )
        remaining = size
        while remaining:
            chunk = os.urandom(min(remaining, 57 * 20000))  # 57 bytes -> one 76-char line
            remaining -= len(chunk)
            digest.update(chunk)
            encoded = base64.encodebytes(chunk).replace(b"\n", b"\r\n")
            out.write(encoded)
        out.write(b"--BIG--\r\n")
    return digest.hexdigest()


def test_25_mb_attachment_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    expected = write_big_mail(path)
    tracemalloc.start()
    try:
        with parse_file(path) as inquiry:
            _, peak = tracemalloc.get_traced_memory()
            attachment = inquiry.attachments[0]
            assert attachment.size == SIZE and attachment.sha256 == expected
            assert not attachment.blob.in_memory
            assert inquiry.raw.size == path.stat().st_size
            assert "Please erase" in inquiry.body and inquiry.warnings == []
    finally:
        tracemalloc.stop()
    assert peak < 3 * SIZE, f"peak {peak / SIZE:.2f}x the attachment size"
