"""Import benchmark (on demand: `python tests/bench/bench_import.py`; not collected by pytest).

1. 1,000 generated emails imported through the real ImportService into SQLite: <= 10 s.
2. Peak Python memory (tracemalloc) importing one email with a 25 MB attachment: <= 3x its size.
Ratios are against a floor measured in the same run: parsing alone (no database) for (1), and
the attachment's size for (2).
"""

from __future__ import annotations

import base64
import gc
import json
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inquiry_desk.domain.enums import Role
from inquiry_desk.intake import parse_bytes
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportService, ImportStatus
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

EMAILS = 1000
BIG = 25 * 1024 * 1024


def email(i: int) -> bytes:
    return (
        f"From: Applicant {i} <applicant{i}@example.com>\r\nTo: privacy@example.co.jp\r\n"
        f"Subject: Subject access request {i}\r\nMessage-ID: <bench-{i}@example.com>\r\n"
        "Date: Mon, 02 Nov 2026 09:14:00 +0900\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Under Article 15 GDPR I request access to my personal data. Customer {i}.\r\n"
    ).encode()


def big_email(path: Path) -> None:
    with path.open("wb") as out:
        out.write(
            b"From: Big <big@example.com>\r\nSubject: Scan\r\nMessage-ID: <big@example.com>\r\n"
            b"Date: Mon, 02 Nov 2026 09:14:00 +0900\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
            b"Content-Type: text/plain\r\n\r\nPlease see the scan.\r\n--B\r\n"
            b"Content-Type: application/octet-stream\r\n"
            b'Content-Disposition: attachment; filename="scan.bin"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
        )
        chunk = os.urandom(57 * 1024)
        for _ in range(BIG // len(chunk)):
            out.write(base64.encodebytes(chunk))
        out.write(base64.encodebytes(chunk[: BIG % len(chunk)]))
        out.write(b"--B--\r\n")


def open_app(folder: Path) -> tuple[App, Actor]:
    app = App.open(folder, key_store=MemoryMasterKeyStore())
    app.users.create(Actor("bench-admin", "admin"), "bench", "Bench", Role.STAFF, "correct horse")
    return app, app.users.authenticate("bench", "correct horse")


def main() -> int:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        mails = [email(i) for i in range(EMAILS)]
        start = time.perf_counter()
        for data in mails:
            parse_bytes(data, "x.eml").close()
        figures["parse_only_s"] = time.perf_counter() - start

        app, actor = open_app(root / "a")
        service = ImportService(app)
        start = time.perf_counter()
        results = [service.import_bytes(actor, data, f"{i}.eml") for i, data in enumerate(mails)]
        figures["import_1000_s"] = time.perf_counter() - start
        assert all(r.status is ImportStatus.CREATED for r in results)
        app.close()

        path = root / "big.eml"
        big_email(path)
        app, actor = open_app(root / "b")
        service = ImportService(app)
        gc.collect()
        tracemalloc.start()
        start = time.perf_counter()
        [result] = service.import_path(actor, path)
        figures["import_25mb_s"] = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert result.status is ImportStatus.CREATED
        app.close()
        figures["peak_25mb_mib"] = peak / 2**20

    figures["import_vs_parse_ratio"] = figures["import_1000_s"] / figures["parse_only_s"]
    figures["peak_vs_size_ratio"] = peak / BIG
    ok = figures["import_1000_s"] <= 10 and figures["peak_vs_size_ratio"] <= 3
    print(f"{'measure':<24}{'value':>10}  target")
    print(f"{'parse 1000 (floor) s':<24}{figures['parse_only_s']:>10.2f}")
    print(
        f"{'import 1000 emails s':<24}{figures['import_1000_s']:>10.2f}  <= 10 s "
        f"(x{figures['import_vs_parse_ratio']:.1f} of parsing)"
    )
    print(f"{'import 25 MB s':<24}{figures['import_25mb_s']:>10.2f}")
    print(
        f"{'peak 25 MB MiB':<24}{figures['peak_25mb_mib']:>10.1f}  <= 75 MiB "
        f"(x{figures['peak_vs_size_ratio']:.2f} of the size)"
    )
    print(json.dumps({k: round(v, 3) for k, v in figures.items()} | {"ok": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
