"""Decoding the charsets that mail to a Japanese company really uses.

Python's ``iso2022_jp`` codecs reject the NEC row-13 characters (①, Ⅰ, ㈱) and the
NEC-selected IBM extensions (髙, 﨑) that Windows mailers emit as CP50220/CP50221.
Instead of relying on them, ISO-2022-JP is converted byte-wise to Shift_JIS and
decoded as cp932, which covers both extension sets; JIS X 0212/0213 designations
fall back to the iso2022_jp_2004/_2 codecs.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Callable

from inquiry_desk.domain.i18n import translate

# Order of guesses for bytes whose charset is unknown or wrong.
GUESS_ORDER = ("utf-8", "cp932", "euc_jis_2004", "latin-1")

_ALIASES = {
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "cp932": "cp932",
    "x-ms-cp932": "cp932",
    "euc-jp": "euc_jis_2004",
    "eucjp": "euc_jis_2004",
    "x-euc-jp": "euc_jis_2004",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "utf8": "utf-8",
}
_ISO2022JP = {
    "iso-2022-jp",
    "iso2022jp",
    "iso-2022-jp-1",
    "iso-2022-jp-2",
    "iso-2022-jp-3",
    "iso-2022-jp-ms",
    "cp50220",
    "cp50221",
    "cp50222",
    "csiso2022jp",
    "iso2022_jp",
    "iso-2022-jp-ext",
}

ESC = 0x1B


def iso2022jp_to_cp932(data: bytes) -> bytes | None:
    """Convert ISO-2022-JP (incl. CP5022x) to cp932 bytes; None if it uses JIS X 0212/0213."""
    out = bytearray()
    mode = "ascii"
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == ESC:
            seq = data[i + 1 : i + 4]
            if seq[:2] in (b"(B", b"(J", b"(H"):
                mode, i = "ascii", i + 3
            elif seq[:2] in (b"$@", b"$B"):
                mode, i = "kanji", i + 3
            elif seq == b"&@\x1b" and data[i + 4 : i + 6] == b"$B":  # JIS X 0208-1990 update
                mode, i = "kanji", i + 6
            elif seq[:2] == b"(I":
                mode, i = "kana", i + 3
            elif seq[:3] == b"$(B" or seq[:3] == b"$(@":
                mode, i = "kanji", i + 4
            elif seq[:2] == b"$(" or seq[:2] == b"$)" or seq[:1] == b".":
                return None  # JIS X 0212/0213 or ISO-2022-JP-2 G2 sets
            else:
                out.append(b)
                i += 1
            continue
        if b == 0x0E:  # SO: CP50221 half-width katakana shift
            mode, i = "kana", i + 1
            continue
        if b == 0x0F:  # SI
            mode, i = "ascii", i + 1
            continue
        if b in (0x0A, 0x0D):
            # A line break ends a JIS run in practice; mailers reset to ASCII before it.
            out.append(b)
            i += 1
            continue
        if mode == "kanji" and 0x21 <= b <= 0x7E and i + 1 < n and 0x21 <= data[i + 1] <= 0x7E:
            out += _jis_to_sjis(b, data[i + 1])
            i += 2
        elif mode == "kana" and 0x21 <= b <= 0x5F:
            out.append(b + 0x80)
            i += 1
        else:
            out.append(b)
            i += 1
    return bytes(out)


def _jis_to_sjis(j1: int, j2: int) -> bytes:
    s1 = ((j1 + 1) >> 1) + (0x70 if j1 <= 0x5E else 0xB0)
    if j1 & 1:
        s2 = j2 + 0x1F
        if s2 >= 0x7F:
            s2 += 1
    else:
        s2 = j2 + 0x7E
    return bytes((s1, s2))


def normalise_charset(charset: str | None) -> str | None:
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    if name in _ISO2022JP:
        return "iso-2022-jp"
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None, what: str | None = None) -> tuple[str, str | None]:
    """Decode `data`; returns the text and a plain-language warning or None.

    `what` names the decoded thing in the warning, already translated ("the header").
    """
    declared = (charset or "").strip().strip('"')
    name = normalise_charset(declared) if declared else None
    if name == "iso-2022-jp" or (name is None and b"\x1b$" in data):
        text = _decode_iso2022jp(data)
        if text is not None:
            return text, None
        if name == "iso-2022-jp":
            name = None
    if name is not None:
        if name in ("cp1252", "latin-1", "iso8859-1"):
            # Latin-1 never fails; cp1252 is what "latin-1" mailers really send.
            return data.decode("cp1252", errors="replace").replace("\ufffd", "?"), None
        try:
            return data.decode(name), None
        except UnicodeDecodeError:
            text, used = guess_decode(data)
            return text, translate(
                "Intake", "The {what} is not valid {charset}; it was decoded as {used}."
            ).format(what=_what(what), charset=declared, used=used)
    if not declared:
        try:
            return data.decode("ascii"), None
        except UnicodeDecodeError:
            text, used = guess_decode(data)
            return text, translate("Intake", "The {what} has no charset; it was decoded as {used}.").format(
                what=_what(what), used=used
            )
    text, used = guess_decode(data)
    return text, translate(
        "Intake", 'Unknown charset "{charset}" in the {what}; it was decoded as {used}.'
    ).format(charset=_printable(declared), what=_what(what), used=used)


def _what(what: str | None) -> str:
    return translate("Intake", "text") if what is None else what


def guess_decode(data: bytes) -> tuple[str, str]:
    """Try the usual charsets in order; latin-1 always succeeds."""
    if b"\x1b$" in data:
        iso = _decode_iso2022jp(data)
        if iso is not None:
            return iso, "ISO-2022-JP"
    for name in GUESS_ORDER:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        # cp932 maps stray 0xFD-0xFF bytes to private-use characters: not a real match.
        if name != "latin-1" and _IMPLAUSIBLE.search(text):
            continue
        # Latin-1 text often decodes as a few kanji ("Grüße" -> "Gr邢e"); real Japanese
        # has kana or full-width punctuation, and Latin-1 has no C1 control bytes.
        if (
            name in ("cp932", "euc_jis_2004")
            and not _KANA.search(text)
            and not re.search(rb"[\x80-\x9f]", data)
        ):
            continue
        return text, _LABELS.get(name, name)
    return data.decode("latin-1"), "Latin-1"  # pragma: no cover - latin-1 cannot fail


_IMPLAUSIBLE = re.compile("[\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")
_KANA = re.compile("[\u3000-\u30ff\uff00-\uffef]")
_LABELS = {"utf-8": "UTF-8", "cp932": "Shift_JIS (CP932)", "euc_jis_2004": "EUC-JP", "latin-1": "Latin-1"}


def _decode_iso2022jp(data: bytes) -> str | None:
    converted = iso2022jp_to_cp932(data)
    if converted is not None:
        try:
            return converted.decode("cp932")
        except UnicodeDecodeError:
            pass
    for codec in ("iso2022_jp_2004", "iso2022_jp_2", "iso2022_jp_ext"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _printable(value: str) -> str:
    return "".join(c for c in value if c.isprintable())[:40]


# RFC 2047 encoded words; the charset may carry an RFC 2231 language suffix (*ja).
_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"[ \t\r\n]+")


def decode_header_value(value: str, warn: Callable[[str], None]) -> str:
    """Decode RFC 2047 words and raw 8-bit bytes of a header value as the parser kept it.

    The email parser keeps undecodable 8-bit header bytes as surrogate escapes;
    Japanese mailers do send raw Shift_JIS or UTF-8 in headers, so those are guessed.
    """
    if any("\udc80" <= c <= "\udcff" for c in value):
        raw = value.encode("ascii", errors="surrogateescape")
        value, used = guess_decode(raw)
        if used not in ("UTF-8",):
            warn(
                translate("Intake", "A header contains raw 8-bit text; it was decoded as {used}.").format(
                    used=used
                )
            )
    value = re.sub(r"\r?\n[ \t]", " ", value)
    if "=?" not in value:
        return value
    pieces: list[str] = []
    pos = 0
    pending: list[tuple[str, bytes]] = []  # adjacent words, joined before decoding

    def flush() -> None:
        # Adjacent words in one charset are joined first: ISO-2022-JP mailers split
        # escape sequences and multibyte characters across words.  (By index and join:
        # popping from the front and adding bytes was quadratic, 33 s for 500,000 words.)
        start = 0
        while start < len(pending):
            charset = pending[start][0]
            end = start + 1
            while end < len(pending) and pending[end][0] == charset:
                end += 1
            chunk = b"".join(data for _, data in pending[start:end])
            text, problem = decode_bytes(chunk, charset, translate("Intake", "header"))
            if problem:
                warn(problem)
            pieces.append(text)
            start = end
        pending.clear()

    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        if pending and _BETWEEN_WORDS.fullmatch(gap):
            gap = ""  # whitespace between encoded words is not part of the text
        if gap:
            flush()
            pieces.append(gap)
        charset, enc, payload = match.groups()
        pending.append((charset, _decode_word(enc, payload, warn)))
        pos = match.end()
    flush()
    pieces.append(value[pos:])
    return "".join(pieces)


def _decode_word(enc: str, payload: str, warn: Callable[[str], None]) -> bytes:
    if enc in "bB":
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", payload)
        cleaned += "=" * (-len(cleaned) % 4)
        try:
            return base64.b64decode(cleaned)
        except (binascii.Error, ValueError):
            warn(translate("Intake", "A header has a broken encoded word; it was shown as it came."))
            return payload.encode("ascii", errors="replace")
    return quopri.decodestring(payload.replace("_", " ").encode("ascii", errors="replace"), header=False)
