"""Shared helpers for the intake tests: builders of hostile and exotic mail."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.intake.dovecot import DovecotServer

# The sample inquiries as the department receives them, copied into the repository.
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def cp50220_bytes(text: str) -> bytes:
    """Encode like Windows' CP50220: cp932 with IBM extensions moved to the NEC-selected rows."""
    ibm_to_nec: dict[bytes, bytes] = {}
    for code in range(0xED40, 0xEEFD):
        pair = bytes((code >> 8, code & 0xFF))
        try:
            char = pair.decode("cp932")
        except UnicodeDecodeError:
            continue
        ibm_to_nec[char.encode("cp932")] = pair
    out = bytearray()
    kanji = False
    for char in text:
        sjis = char.encode("cp932")
        if len(sjis) == 1:
            if kanji:
                out += b"\x1b(B"
                kanji = False
            out += sjis
            continue
        sjis = ibm_to_nec.get(sjis, sjis)
        if not kanji:
            out += b"\x1b$B"
            kanji = True
        s1, s2 = sjis
        j1 = (s1 - (0x70 if s1 < 0xA0 else 0xB0)) * 2 - 1
        if s2 >= 0x9F:
            j1, j2 = j1 + 1, s2 - 0x7E
        else:
            j2 = s2 - 0x1F - (1 if s2 > 0x7F else 0)
        out += bytes((j1, j2))
    if kanji:
        out += b"\x1b(B"
    return bytes(out)


def encoded_word(text: str) -> str:
    return "=?ISO-2022-JP?B?" + base64.b64encode(cp50220_bytes(text)).decode() + "?="


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    inbox = SAMPLES / "inbox"
    if not inbox.is_dir():
        pytest.fail(f"the sample inquiries are missing from {inbox}")
    return inbox


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A real Dovecot IMAP server on loopback (TLS only), for tests marked `imap`."""
    from tests.intake.dovecot import available, dovecot_server

    if not available():
        pytest.skip("Dovecot is not installed, or the tests do not run as root")
    with dovecot_server() as server:
        yield server
