"""Harder inputs made here: vendor ISO-2022-JP, EUC-JP, RFC 2231 names, forwards, nesting, junk."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from inquiry_desk.domain.enums import Channel, Language, RequestType
from inquiry_desk.intake import UnreadableInput, parse_bytes, parse_file
from inquiry_desk.intake.charsets import decode_bytes, decode_header_value
from inquiry_desk.intake.model import Blob
from inquiry_desk.intake.msgfile import inquiry_from_msg

from .conftest import cp50220_bytes, encoded_word

VENDOR = "①髙﨑"


def _mail(headers: str, body: bytes = b"", ctype: str = "text/plain; charset=utf-8") -> bytes:
    head = (
        f"From: a@example.com\r\nTo: privacy@example.jp\r\nSubject: test\r\n"
        f"Date: Mon, 02 Nov 2026 09:14:00 +0900\r\nMessage-ID: <x@example.com>\r\n"
        f"MIME-Version: 1.0\r\n{headers}Content-Type: {ctype}\r\n\r\n"
    )
    return head.encode("ascii") + body


def test_vendor_iso2022jp_in_subject_body_and_filename() -> None:
    body = cp50220_bytes(f"{VENDOR}の個人データの開示をお願いします。") + b"\r\n"
    name = base64.b64encode(cp50220_bytes(f"{VENDOR}.pdf")).decode()
    raw = (
        (
            f"From: {encoded_word('髙﨑 一郎')} <t@example.jp>\r\nTo: p@example.jp\r\n"
            f"Subject: {encoded_word(VENDOR + 'の開示請求')}\r\nDate: Mon, 02 Nov 2026 09:14:00 +0900\r\n"
            "Message-ID: <v@example.jp>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        ).encode()
        + body
        + (
            "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
            f'Content-Disposition: attachment; filename="=?ISO-2022-JP?B?{name}?="\r\n\r\nAAAA\r\n--b--\r\n'
        ).encode()
    )
    with parse_bytes(raw) as inquiry:
        assert inquiry.subject == f"{VENDOR}の開示請求"
        assert inquiry.from_name == "髙﨑 一郎"
        assert VENDOR in inquiry.body
        assert inquiry.attachments[0].filename == f"{VENDOR}.pdf"
        assert inquiry.suggestions.request_types == [RequestType.DISCLOSURE]
        assert inquiry.warnings == []


def test_rfc2231_iso2022jp_filename() -> None:
    encoded = "".join(f"%{b:02X}" for b in cp50220_bytes(f"{VENDOR}.txt"))
    raw = _mail(
        "",
        b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b\r\n"
        b"Content-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename*=iso-2022-jp''"
        + encoded.encode()
        + b"\r\n\r\ndata\r\n--b--\r\n",
        'multipart/mixed; boundary="b"',
    )
    with parse_bytes(raw) as inquiry:
        assert inquiry.attachments[0].filename == f"{VENDOR}.txt"


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        ("filename*=utf-8''..%2F..%2Fetc%2Fpasswd", "passwd"),
        ('filename="..\\\\..\\\\windows\\\\system32\\\\evil.dll"', "evil.dll"),
        ('filename="CON.txt"', "_CON.txt"),
        ("filename*=utf-8''%E5%A7%94%E4%BB%BB%E7%8A%B6.pdf", "委任状.pdf"),
    ],
)
def test_rfc2231_and_hostile_filenames(param: str, expected: str) -> None:
    raw = _mail(
        "",
        (
            "--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
            f"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; {param}"
            "\r\n\r\nx\r\n--b--\r\n"
        ).encode(),
        'multipart/mixed; boundary="b"',
    )
    with parse_bytes(raw) as inquiry:
        assert inquiry.attachments[0].filename == expected


def test_euc_jp_and_shift_jis_bodies() -> None:
    text = "個人情報の利用停止をお願いします。高橋"
    with parse_bytes(
        _mail(
            "Content-Transfer-Encoding: 8bit\r\n", text.encode("euc_jis_2004"), "text/plain; charset=EUC-JP"
        )
    ) as inquiry:
        assert text in inquiry.body and inquiry.warnings == []
        assert inquiry.suggestions.request_types == [RequestType.SUSPENSION_OF_USE]
        assert inquiry.suggestions.language is Language.JA
    with parse_bytes(_mail("", "①番の訂正".encode("cp932"), "text/plain; charset=Shift_JIS")) as inquiry:
        assert "①番の訂正" in inquiry.body


def test_unknown_and_wrong_charsets_are_guessed_with_a_warning() -> None:
    with parse_bytes(_mail("", "削除して下さい".encode("cp932"), "text/plain; charset=x-klingon")) as inquiry:
        assert "削除して下さい" in inquiry.body
        assert any("x-klingon" in w for w in inquiry.warnings)
    text, problem = decode_bytes("Grüße".encode("latin-1"), "utf-8")
    assert text == "Grüße" and problem is not None and "Latin-1" in problem
    warnings: list[str] = []
    assert decode_header_value("=?x-unknown?B?SGVsbG8=?= world", warnings.append) == "Hello world"
    assert warnings and "x-unknown" in warnings[0]


def test_forwarded_message_inner_sender_is_the_applicant() -> None:
    inner = (
        "From: Maria Rossi <maria.rossi@example.it>\r\nSubject: Erasure request\r\n"
        "Date: Mon, 02 Nov 2026 09:00:00 +0100\r\n\r\nPlease erase my personal data.\r\n"
    )
    raw = _mail(
        "",
        (
            "--b\r\nContent-Type: text/plain\r\n\r\nFYI, forwarding this.\r\n--b\r\n"
            f"Content-Type: message/rfc822\r\n\r\n{inner}--b--\r\n"
        ).encode(),
        'multipart/mixed; boundary="b"',
    )
    with parse_bytes(raw) as inquiry:
        assert (inquiry.from_name, inquiry.from_address) == ("Maria Rossi", "maria.rossi@example.it")
        assert inquiry.suggestions.applicant.email == "maria.rossi@example.it"
        assert inquiry.suggestions.request_types == [RequestType.ERASURE]
        assert "Please erase" in inquiry.body and "forwarding" in inquiry.body


def test_deep_nesting_is_truncated_with_a_warning() -> None:
    depth = 200
    body = b""
    for level in range(depth):
        body += f'--b{level}\r\nContent-Type: multipart/mixed; boundary="b{level + 1}"\r\n\r\n'.encode()
    body += f"--b{depth}\r\nContent-Type: text/plain\r\n\r\nPlease delete my data.\r\n".encode()
    for level in range(depth, -1, -1):
        body += f"--b{level}--\r\n".encode()
    with parse_bytes(_mail("", body, 'multipart/mixed; boundary="b0"')) as inquiry:
        assert any("nested" in w for w in inquiry.warnings)


def test_broken_base64_attachment_is_kept_with_a_warning() -> None:
    raw = _mail(
        "",
        b"--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: image/png\r\n"
        b"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=id.png\r\n"
        b"\r\niVBORw0KGgo!!!@@@\r\n--b--\r\n",
        'multipart/mixed; boundary="b"',
    )
    with parse_bytes(raw) as inquiry:
        assert any("Broken base64" in w and "id.png" in w for w in inquiry.warnings)


def test_reply_reference_in_subject_and_body() -> None:
    raw = _mail("", b"See my earlier request PI-2025-0042.\r\n").replace(
        b"Subject: test", b"Subject: Re: [PI-2026-0123] your letter"
    )
    with parse_bytes(raw) as inquiry:
        assert inquiry.reference == "PI-2026-0123"
    with parse_bytes(_mail("", b"About PI-2025-0042, thanks.\r\n")) as inquiry:
        assert inquiry.reference == "PI-2025-0042"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \r\n",
        os.urandom(3000),
        b"\x00" * 100,
        b"%PDF-1.4\n garbage that is not a pdf",
        b"II*\x00\x08\x00\x00\x00\xff",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_unreadable_input_is_refused_with_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "in.bin"
    path.write_bytes(data)
    with pytest.raises(UnreadableInput) as excinfo:
        parse_file(path).close()
    assert "\n" not in excinfo.value.reason and excinfo.value.reason


def test_truncated_tiff_and_missing_file(samples_dir: Path, tmp_path: Path) -> None:
    data = (samples_dir / "13-fax-correction.tif").read_bytes()
    (tmp_path / "cut.tif").write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableInput):
        parse_file(tmp_path / "cut.tif")
    with pytest.raises(UnreadableInput):
        parse_file(tmp_path / "does-not-exist.eml")
    with pytest.raises(UnreadableInput):
        parse_file(tmp_path)


def test_content_is_sniffed_not_the_extension(samples_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "fax.eml").write_bytes((samples_dir / "13-fax-correction.tif").read_bytes())
    with parse_file(tmp_path / "fax.eml") as inquiry:
        assert inquiry.channel is Channel.FAX and inquiry.pages == 2


def test_jpeg_scan_is_mail_and_truncated_jpeg_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buffer, "JPEG")
    (tmp_path / "scan.jpg").write_bytes(buffer.getvalue())
    with parse_file(tmp_path / "scan.jpg") as inquiry:
        assert inquiry.channel is Channel.MAIL and inquiry.attachments[0].content_type == "image/jpeg"
    (tmp_path / "cut.jpg").write_bytes(buffer.getvalue()[:400])
    with pytest.raises(UnreadableInput):
        parse_file(tmp_path / "cut.jpg")


def test_msg_conversion_from_an_extract_msg_like_object() -> None:
    # extract-msg cannot write .msg files and none can be built here; the conversion is
    # tested on an object with extract-msg's attribute names, the reading on damaged files.
    message = SimpleNamespace(
        subject="Request for erasure",
        sender="Maria Rossi <maria.rossi@example.it>",
        body="Please erase my data.",
        htmlBody=None,
        date=None,
        messageId="<m@example.it>",
        header=None,
        attachments=[SimpleNamespace(data=b"%PDF-1.4 junk", longFilename="..\\CON.pdf", mimetype=None)],
    )
    with inquiry_from_msg(message, Blob.from_bytes(b"msg")) as inquiry:
        assert inquiry.from_address == "maria.rossi@example.it"
        assert inquiry.attachments[0].filename == "_CON.pdf"
        assert inquiry.suggestions.request_types == [RequestType.ERASURE]
        assert any("no Date" in w for w in inquiry.warnings)
