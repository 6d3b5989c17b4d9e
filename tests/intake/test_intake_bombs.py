"""Decompression and parser bombs, built as an attacker would and imported as the application does.

Memory is measured where it is spent: each bomb is read in a child process (`python -c`), which
reports its own peak resident set size and that of tesseract, its child.  No input may take
more than 500 MB; every one is kept (imports never block), with a note that says why it was
not read.  The files are generated here: a few hundred kilobytes each, that declare gigabytes.
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageDraw, ImageFont

from inquiry_desk.intake import UnreadableInput, parse_bytes, parse_file
from inquiry_desk.intake.charsets import decode_header_value
from inquiry_desk.intake.htmltext import html_to_text
from inquiry_desk.intake.model import Blob
from inquiry_desk.intake.msgfile import inquiry_from_msg
from inquiry_desk.intake.prepass import MAX_HEADER_BYTES, MAX_MIME_FIELD
from inquiry_desk.intake.suggest import suggest
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.watch_folder import REJECTED, scan_once

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 500
FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")

measured = pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with `resource`")

# The child parses the file exactly as the importer does (parse_file: the document check, then
# text recognition) and prints what staff would see, with the time and peak memory it took.
_PEAK = r"""
import resource

def peak_mb():
    # Linux keeps ru_maxrss across exec, so a child forked from a big test process would
    # report the parent's size; VmHWM belongs to the child's own address space.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

_PARSE = (
    _PEAK
    + r"""
import json, resource, sys, time
from inquiry_desk.intake import UnreadableInput, parse_file
start = time.perf_counter()
try:
    with parse_file(sys.argv[1]) as inquiry:
        out = {"status": "parsed", "warnings": inquiry.warnings, "body": inquiry.body,
               "attachments": [a.size for a in inquiry.attachments]}
except UnreadableInput as exc:
    out = {"status": "refused", "reason": exc.reason}
out["seconds"] = time.perf_counter() - start
out["peak_mb"] = peak_mb()
out["tesseract_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(out))
"""
)

# The child imports through the watched folder (the fax server's and scanner's way in) into a
# fresh database, as `inquiry-desk watch-folder --once` does.
_WATCH = (
    _PEAK
    + r"""
import json, resource, sys, time
from pathlib import Path
from sqlalchemy import select
from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.watch_folder import scan_once
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import Attachment, Message
folder, data = Path(sys.argv[1]), Path(sys.argv[2])
app = App.open(data, key_store=MemoryMasterKeyStore())
app.users.create(Actor("admin", "admin"), "staff", "Staff", Role.STAFF, "correct horse")
actor = app.users.authenticate("staff", "correct horse")
start = time.perf_counter()
[result] = scan_once(app, actor, folder, settle=0, min_age=0)
seconds = time.perf_counter() - start
with app.db.read() as session:
    sizes = list(session.scalars(select(Attachment.size)))
    raw = list(session.scalars(select(Message.raw_blob_id)))
app.close()
print(json.dumps({"result": result.to_json(), "seconds": seconds, "attachment_sizes": sizes,
                  "raw_kept": all(r is not None for r in raw) and bool(raw),
                  "files": sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()),
                  "peak_mb": peak_mb()}))
"""
)


def _child(script: str, *args: str | Path, timeout: float = 180) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def _parsed_in_child(path: Path) -> dict[str, object]:
    out = _child(_PARSE, path)
    assert isinstance(out["peak_mb"], float) and isinstance(out["tesseract_mb"], float)
    assert out["peak_mb"] < LIMIT_MB, out
    assert out["tesseract_mb"] < LIMIT_MB, out
    return out


def _notes(out: dict[str, object]) -> str:
    warnings = out.get("warnings")
    assert isinstance(warnings, list)
    return "\n".join(str(w) for w in warnings)


# -- builders -----------------------------------------------------------------------------------
def _deflated_zeros(size: int) -> bytes:
    """zlib data for `size` zero bytes, made in 1 MiB steps (a thousandth of the size)."""
    packer = zlib.compressobj(9)
    block = bytes(1 << 20)
    parts = []
    while size > 0:
        parts.append(packer.compress(block[: min(size, len(block))]))
        size -= len(block)
    parts.append(packer.flush())
    return b"".join(parts)


def _tiff_bomb(frames: list[tuple[int, int, str]]) -> bytes:
    """A TIFF, one Deflate strip a frame: "RGBA" frames of transparent black, "1" of white.

    What libtiff writes for a blank page, only with a size no scanner gives: the declared
    pixels are gigabytes, the file a few hundred kilobytes."""
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    link = 4  # where the offset of the next IFD goes
    for width, height, mode in frames:
        rgba = mode == "RGBA"
        data = _deflated_zeros(width * height * 4 if rgba else (width + 7) // 8 * height)
        strip = len(out)
        out += data + b"\x00" * (len(data) % 2)
        bits = len(out)
        out += struct.pack("<4H", 8, 8, 8, 8)
        resolution = len(out)
        out += struct.pack("<II", 300, 1)
        entries = [
            (256, 4, 1, width),
            (257, 4, 1, height),
            (258, 3, 4, bits) if rgba else (258, 3, 1, 1),
            (259, 3, 1, 8),  # Adobe Deflate
            (262, 3, 1, 2 if rgba else 0),  # RGB / WhiteIsZero
            (273, 4, 1, strip),
            (277, 3, 1, 4 if rgba else 1),
            (278, 4, 1, height),  # one strip: the whole page
            (279, 4, 1, len(data)),
            (282, 5, 1, resolution),
            (283, 5, 1, resolution),
            (284, 3, 1, 1),
            (296, 3, 1, 2),
            *([(338, 3, 1, 2)] if rgba else []),  # unassociated alpha
        ]
        out[link : link + 4] = struct.pack("<I", len(out))
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            packed = struct.pack("<HH", value, 0) if kind == 3 and count == 1 else struct.pack("<I", value)
            out += struct.pack("<HHI", tag, kind, count) + packed
        link = len(out)
        out += b"\x00\x00\x00\x00"
    return bytes(out)


def _png_with_resolution(image: Image.Image, x_dpi: float, y_dpi: float) -> bytes:
    """`image` as PNG with a pHYs chunk declaring exactly this resolution (Pillow rounds it)."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data = buffer.getvalue()
    body = b"pHYs" + struct.pack(">IIB", round(x_dpi / 0.0254), round(y_dpi / 0.0254), 1)
    chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body))
    after_ihdr = 8 + 8 + 13 + 4
    return data[:after_ihdr] + chunk + data[after_ihdr:]


def _pdf_with_image(width: int, height: int) -> bytes:
    """A one-page A4 PDF showing one RGB image of `width` x `height` (Flate, all black)."""
    data = _deflated_zeros(width * height * 3)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (width, height, len(data))
        + data
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _letter(lines: list[str], size: tuple[int, int], font_size: int, mode: str = "L") -> Image.Image:
    if not FONT.is_file():
        pytest.skip("the IPAex Gothic font is not installed")
    font = ImageFont.truetype(str(FONT), font_size)
    page = Image.new(mode, size, (255, 255, 255, 0) if mode == "RGBA" else 255)
    draw = ImageDraw.Draw(page)
    for row, line in enumerate(lines):
        draw.text(
            (font_size * 2, font_size * 2 * (row + 1)),
            line,
            font=font,
            fill=(0, 0, 0, 255) if mode == "RGBA" else 0,
        )
    return page


# -- images -------------------------------------------------------------------------------------
@measured
def test_stretched_png_with_an_absurd_resolution(tmp_path: Path) -> None:
    """1000 x 1000 pixels declaring 300 x 0.15 dpi: stretched by the ratio it was 2 billion pixels
    (2.0 GB, 13 s).  The stretch is at most 3x, the page at most 16 megapixels, and staff are told."""
    path = tmp_path / "stretched.png"
    path.write_bytes(_png_with_resolution(Image.new("L", (1000, 1000), 255), 300, 0.15))
    assert path.stat().st_size < 5000
    out = _parsed_in_child(path)
    assert out["status"] == "parsed" and out["attachments"] == [path.stat().st_size]
    assert "Page 1 declares an implausible resolution (300 × 0.1524 dpi)" in _notes(out)
    assert "tesseract installation" not in _notes(out)
    assert isinstance(out["seconds"], float) and out["seconds"] < 30


@measured
def test_tiff_bomb_is_kept_but_not_decoded(tmp_path: Path) -> None:
    """A 270 kB TIFF: an RGBA frame of 8192 x 8192 (256 MB decoded, over 1 GB on its way to
    grey) and a 1-bit frame just under the old 80-megapixel check.  Neither is decoded."""
    path = tmp_path / "bomb.tif"
    path.write_bytes(_tiff_bomb([(8192, 8192, "RGBA"), (8944, 8944, "1")]))
    assert path.stat().st_size < 400_000
    out = _parsed_in_child(path)
    assert out["status"] == "parsed" and out["attachments"] == [path.stat().st_size]
    notes = _notes(out)
    assert "Page 1 is too large to read (8,192 × 8,192 pixels); it was kept but not recognised." in notes
    assert "Page 2 is too large to read (8,944 × 8,944 pixels)" in notes
    assert "was not checked" not in notes  # one note a page, not two
    assert isinstance(out["seconds"], float) and out["seconds"] < 30


@measured
def test_pdf_with_a_huge_image_is_not_rendered(tmp_path: Path) -> None:
    """pdfium decodes a page's images at their own size: 300 MB for this 300 kB PDF."""
    path = tmp_path / "fax.pdf"
    path.write_bytes(_pdf_with_image(10_000, 10_000))
    out = _parsed_in_child(path)
    assert out["status"] == "parsed"
    assert "Page 1 is too large to read (10,000 × 10,000 pixels)" in _notes(out)


@measured
def test_big_photo_of_a_letter_is_read_small(tmp_path: Path) -> None:
    """A 65-megapixel photo (JPEG) is decoded at half its size, in grey, and still read."""
    page = _letter(
        ["Please delete my personal data.", "Address: 2-4-6 Nishi-Shinjuku, Tokyo"], (10000, 6500), 200
    )
    path = tmp_path / "photo.jpg"
    page.save(path, "JPEG", quality=85, dpi=(600, 600))
    out = _parsed_in_child(path)
    assert "delete my personal data" in str(out["body"]), out
    assert "too large" not in _notes(out)


def test_rotated_photo_is_read_upright() -> None:
    """EXIF orientation 6: the pixels lie on their side, as a phone stores a portrait photo."""
    upright = _letter(["Please delete my personal data."], (1800, 600), 60)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    upright.rotate(90, expand=True).save(out, "JPEG", quality=90, exif=exif, dpi=(300, 300))
    with parse_bytes(out.getvalue()) as inquiry:
        assert "delete my personal data" in inquiry.body


def test_transparent_page_is_put_on_white_and_shrunk() -> None:
    """RGBA, transparent black around the text: put on white in bands, and shrunk to 16 MP."""
    page = _letter(["Please delete my personal data."], (5000, 4000), 150, mode="RGBA")
    out = io.BytesIO()
    page.save(out, "PNG")
    with parse_bytes(out.getvalue()) as inquiry:
        assert "delete my personal data" in inquiry.body


# -- email --------------------------------------------------------------------------------------
_HEAD = (
    b"From: Big Sender <big@example.de>\r\nTo: privacy@example.jp\r\nSubject: Please delete my data\r\n"
    b"Date: Mon, 02 Nov 2026 09:14:00 +0900\r\nMessage-ID: <line@example.de>\r\nMIME-Version: 1.0\r\n"
)


def _write_single_line_mail(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.write(_HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n")
        chunk = b"a" * (1 << 20)
        for _ in range(size // len(chunk)):
            out.write(chunk)
        out.write(b"\r\n")


@measured
def test_50_mb_single_line_email_through_the_watched_folder(tmp_path: Path) -> None:
    """38.6 s and 924 MB before.  Now the over-long line is spooled, never a string: the message
    is imported with its text kept as an attachment, and staff are told why."""
    folder, data = tmp_path / "watch", tmp_path / "data"
    folder.mkdir()
    mail = folder / "line.eml"
    _write_single_line_mail(mail, 50 * 1024 * 1024)
    out = _child(_WATCH, folder, data)
    result = out["result"]
    assert isinstance(result, dict) and result["status"] == "created"
    assert (
        "The message text has a line of 52,428,800 characters (mail allows 998); it was kept as an "
        "attachment and not read for the request details."
    ) in result["warnings"]
    assert out["attachment_sizes"] == [52_428_802] and out["raw_kept"]  # nothing lost
    files = out["files"]
    assert isinstance(files, list) and len(files) == 1 and files[0].startswith("processed/")
    assert isinstance(out["peak_mb"], float) and out["peak_mb"] < LIMIT_MB, out
    assert isinstance(out["seconds"], float) and out["seconds"] < 30, out


def test_long_line_in_a_small_message_or_from_imap() -> None:
    """Below the streaming size (and from IMAP, always bytes) the same: an attachment and a note."""
    line = b"x" * 200_000
    mail = _HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    note = "The message text has a line of 200,000 characters (mail allows 998)"
    for large_email in (10**9, 0):  # the stdlib parser on the whole message; the streaming pass
        with parse_bytes(mail + line + b"\r\n", large_email=large_email) as inquiry:
            assert inquiry.body == "" and any(note in w for w in inquiry.warnings), large_email
            [attachment] = inquiry.attachments
            assert attachment.data.rstrip(b"\r\n") == line


def test_large_quoted_printable_text_is_spooled_decoded(tmp_path: Path) -> None:
    """A 6 MB quoted-printable text (one paragraph a line, as Outlook sends): spooled and decoded,
    not left to the parser.  The attachment holds the text as the parser would decode it."""
    paragraph = "Bitte löschen Sie meine Daten. 個人情報を削除してください。 " * 200
    encoded = "".join(
        "".join(
            c if c.isascii() and c != "=" else "".join(f"={b:02X}" for b in c.encode()) for c in paragraph
        )
        + "\r\n"
        for _ in range(150)
    ).encode()
    path = tmp_path / "qp.eml"
    path.write_bytes(
        _HEAD
        + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + encoded
    )
    assert path.stat().st_size > 4 * 1024 * 1024
    with parse_file(path, large_email=0) as inquiry:
        assert "The message text is very large; it was kept as an attachment." in inquiry.warnings
        [attachment] = inquiry.attachments
        assert attachment.data.decode("utf-8") == (paragraph + "\r\n") * 150


def test_huge_preamble_is_left_out_of_the_parse(tmp_path: Path) -> None:
    path = tmp_path / "preamble.eml"
    with path.open("wb") as out:
        out.write(_HEAD + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n')
        for _ in range(20):
            out.write(b"p" * (1 << 20))  # 20 MB in one line before the first part
        out.write(b"\r\n--B\r\nContent-Type: text/plain\r\n\r\nPlease delete my data.\r\n--B--\r\n")
    with parse_file(path) as inquiry:
        assert inquiry.body == "Please delete my data.\n"
        assert inquiry.raw.size == path.stat().st_size


def test_header_block_of_megabytes_is_refused_and_kept_in_rejected(
    app: App, staff: Actor, tmp_path: Path
) -> None:
    folder = tmp_path / "watch"
    folder.mkdir()
    mail = folder / "headers.eml"
    mail.write_bytes(
        _HEAD + b"X-Junk: " + b"j" * (MAX_HEADER_BYTES * 9) + b"\r\n\r\nbody\r\n"
    )  # > LARGE_EMAIL
    [result] = scan_once(app, staff, folder, settle=0, min_age=0)
    reason = (
        "The message has more than 1 MB of header lines (an email has a few kilobytes): "
        "it is malformed and was not imported."
    )
    assert result.reason == reason
    assert (folder / REJECTED / "headers.eml").stat().st_size > MAX_HEADER_BYTES * 9
    assert (folder / REJECTED / "headers.eml.reason.txt").read_text(encoding="utf-8").strip() == reason


@pytest.mark.parametrize("large_email", [10**9, 0])
def test_part_headers_the_parser_chokes_on_are_refused(large_email: int) -> None:
    """The stdlib parses a part's Content-Type at ~25 us a byte when it holds many parameters
    (100 kB: 4 s and 130 MB), and compat32's parameter split is quadratic."""
    huge_field = (
        _HEAD + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain; '
    )
    huge_field += b"a=b; " * (MAX_MIME_FIELD // 4) + b"\r\n\r\nx\r\n--B--\r\n"
    many_parts = _HEAD + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
    many_parts += b"--B\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n" * 100_000 + b"--B--\r\n"
    for data, reason in (
        (huge_field, "a part header of more than 8,192 bytes"),
        (many_parts, "of part headers"),
    ):
        started = time.perf_counter()
        with pytest.raises(UnreadableInput) as refused:
            parse_bytes(data, large_email=large_email)
        assert reason in refused.value.reason and "malformed" in refused.value.reason
        assert time.perf_counter() - started < 5


def test_outlook_message_with_a_huge_body() -> None:
    body = "Please erase my data. " + "x" * 2_000_000
    message = SimpleNamespace(
        subject="Erasure",
        sender="Maria Rossi <maria.rossi@example.it>",
        body=body,
        htmlBody=None,
        date=None,
        messageId="<m@example.it>",
        header=None,
        attachments=[],
    )
    with inquiry_from_msg(message, Blob.from_bytes(b"msg")) as inquiry:
        assert inquiry.body == ""
        assert any("a line of 2,000,022 characters" in w for w in inquiry.warnings)
        assert inquiry.attachments[0].data.decode("utf-8") == body


# -- text patterns: linear on hostile text -------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "work", "before"),
    [
        # The address label's \s* ran across blank lines from every line start: quadratic.
        ("blank lines", lambda: suggest("\n" * 100_000, sender_name="", sender_address=""), "56 s"),
        # "---...---" page breaks: a backtracking pattern, cubic in a run of dashes.
        ("dashes", lambda: suggest("-" * 3000 + "x", sender_name="", sender_address=""), "67 s"),
        # Honorifics stripped one at a time from a name value.
        (
            "honorifics",
            lambda: suggest("氏名: " + "様" * 50_000, sender_name="", sender_address=""),
            "47 s",
        ),
        # The country at the end of an address, tried from every space.
        (
            "address",
            lambda: suggest("Address: 1, " + " " * 50_000 + "x", sender_name="", sender_address=""),
            "> 5 min",
        ),
        # HTMLParser retries every unfinished "<a " and "<!--" from its start to the end.
        ("open tags", lambda: html_to_text("<a " * 60_000), "> 5 min"),
        ("open comments", lambda: html_to_text("<!--" * 200_000), "4 min"),
        # "[ \t]*\n" on the tabs of table cells, and on the spaces of <pre>.
        ("cells", lambda: html_to_text("<td>" * 100_000), "10 s"),
        ("pre", lambda: html_to_text("<pre>" + " " * 200_000 + "</pre>"), "38 s"),
        # Adjacent encoded words joined by popping from the front of a list.
        ("encoded words", lambda: decode_header_value("=?utf-8?q?a?= " * 300_000, lambda _: None), "6 s"),
    ],
)
def test_text_code_is_linear_on_hostile_text(name: str, work: object, before: str) -> None:
    assert callable(work)
    started = time.perf_counter()
    work()
    assert time.perf_counter() - started < 5, f"{name} (before the fix: {before})"


def test_suggestions_read_only_the_start_of_a_long_text() -> None:
    started = time.perf_counter()
    found = suggest(
        "I request access to my data (GDPR).\n" + "lorem ipsum\n" * 400_000, sender_name="", sender_address=""
    )
    assert found.request_types and time.perf_counter() - started < 5
