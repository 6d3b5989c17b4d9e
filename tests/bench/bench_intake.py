"""Intake benchmark: `python tests/bench/bench_intake.py` (not collected by pytest).

1. Parse 1,000 generated emails (plain, ISO-2022-JP, HTML-only, with a PDF) with
   `parse_file`; the floor is reading the files and `email.message_from_bytes` alone.
   Target: the whole import at most 10 s, so parsing must be a small part of it.
2. Peak memory (tracemalloc) while parsing an email with a 25 MB attachment; the floor
   is the stdlib parsing and decoding the same file.  Target: at most 3x the size.
Prints a table and one JSON object.
"""

from __future__ import annotations

import base64
import email
import email.policy
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "intake"))

from conftest import cp50220_bytes  # noqa: E402
from test_intake_large import SIZE, write_big_mail  # noqa: E402

from inquiry_desk.intake import parse_file  # noqa: E402

COUNT = 1000
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _mail(i: int) -> bytes:
    head = (
        f"From: Sender {i} <s{i}@example.de>\r\nTo: privacy@example.jp\r\n"
        f"Date: Mon, 02 Nov 2026 09:14:00 +0900\r\nMessage-ID: <{i}@bench.example>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    kind = i % 4
    if kind == 0:
        return (
            head + "Subject: Access request\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Under Article 15 GDPR I request a copy of my personal data.\r\nBerlin, Germany\r\n"
        ).encode()
    if kind == 1:
        body = cp50220_bytes("個人データの開示をお願いします。①髙﨑") + b"\r\n"
        subject = "=?ISO-2022-JP?B?" + base64.b64encode(cp50220_bytes("開示請求")).decode() + "?="
        return (
            head + f"Subject: {subject}\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n"
        ).encode() + body
    if kind == 2:
        return (
            head + "Subject: Objection\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            "<html><body><p>I <b>object</b> to marketing &amp; profiling.</p></body></html>\r\n"
        ).encode()
    pdf = base64.encodebytes(_PDF).decode().replace("\n", "\r\n")
    return (
        head + 'Subject: Re: [PI-2026-0001] form\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nForm attached.\r\n"
        "--b\r\nContent-Type: application/pdf\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=form.pdf\r\n\r\n"
        f"{pdf}--b--\r\n"
    ).encode()


def bench_many(folder: Path) -> dict[str, float]:
    paths = []
    for i in range(COUNT):
        path = folder / f"{i:04d}.eml"
        path.write_bytes(_mail(i))
        paths.append(path)
    start = time.perf_counter()
    for path in paths:
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    floor = time.perf_counter() - start
    start = time.perf_counter()
    for path in paths:
        with parse_file(path) as inquiry:
            assert inquiry.suggestions is not None
    ours = time.perf_counter() - start
    return {
        "emails": COUNT,
        "floor_s": floor,
        "parse_s": ours,
        "per_email_ms": ours / COUNT * 1000,
        "ratio_to_floor": ours / floor,
    }


def bench_big(folder: Path) -> dict[str, float]:
    path = folder / "big.eml"
    write_big_mail(path)
    tracemalloc.start()
    start = time.perf_counter()
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    payloads = [p.get_payload(decode=True) for p in message.walk() if not p.is_multipart()]
    floor_time = time.perf_counter() - start
    _, floor_peak = tracemalloc.get_traced_memory()
    del message, payloads
    tracemalloc.stop()
    tracemalloc.start()
    start = time.perf_counter()
    with parse_file(path) as inquiry:
        assert inquiry.attachments[0].size == SIZE
    ours_time = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "attachment_mb": SIZE / 2**20,
        "file_mb": path.stat().st_size / 2**20,
        "floor_peak_mb": floor_peak / 2**20,
        "peak_mb": peak / 2**20,
        "peak_ratio_to_size": peak / SIZE,
        "floor_ratio_to_size": floor_peak / SIZE,
        "floor_s": floor_time,
        "parse_s": ours_time,
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        many = bench_many(Path(tmp))
        big = bench_big(Path(tmp))
    ok = many["parse_s"] <= 10 and big["peak_ratio_to_size"] <= 3
    print(f"{'measure':<42}{'floor':>12}{'intake':>12}{'ratio':>10}")
    print(
        f"{'1,000 emails, seconds':<42}{many['floor_s']:>12.3f}{many['parse_s']:>12.3f}"
        f"{many['ratio_to_floor']:>10.2f}"
    )
    print(
        f"{'25 MB attachment, peak MB (tracemalloc)':<42}{big['floor_peak_mb']:>12.1f}"
        f"{big['peak_mb']:>12.1f}"
        f"{big['peak_ratio_to_size']:>9.2f}x size"
    )
    print(f"{'25 MB attachment, seconds':<42}{big['floor_s']:>12.3f}{big['parse_s']:>12.3f}")
    print(f"targets: 1,000 emails <= 10 s, peak <= 3x size -> {'OK' if ok else 'MISSED'}")
    print(json.dumps({"many": many, "big": big, "ok": ok}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
