"""Benchmark: rendering letters. Run on demand: python tests/bench/bench_documents.py [--json OUT]

Targets (issue 20): one letter ≤ 1.5× its floor, and 200 letters through the real path
(open the case, render, record the output on its timeline and in the audit log, as
batch printing does; the printer left out) ≤ 2 s. The floor of a letter is the same page at its simplest, made
with raw reportlab in the same run: the letter's own lines of text (read back from its
PDF) drawn with `drawString` in the same font (IPAexMincho, subset embedded), on A4, with
the same compression; timings interleaved with the letter's, medians. The old floor, a
one-line Helvetica PDF, is printed beside it: it embeds no font, which is most of the work.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pypdfium2
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from inquiry_desk.documents import render
from inquiry_desk.documents.fonts import MINCHO, register_fonts
from inquiry_desk.domain.enums import Language
from tests.documents.doc_helpers import context

TARGET_ONE_RATIO = 1.5
TARGET_BATCH_S = 2.0
BATCH = 200


def floor_pdf() -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(72, 720, "PI-2025-0042")
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def letter_lines(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    return [line for line in text.replace("\r", "").split("\n") if line.strip()]


def same_page_floor(lines: list[str]) -> Callable[[], bytes]:
    """The letter's lines drawn as plainly as reportlab can: one drawString each, same font."""
    register_fonts()

    def make() -> bytes:
        rl_config.useA85 = 0
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=A4, invariant=1)
        canvas.setFont(MINCHO, 10.5)
        y = A4[1] - 60
        for line in lines:
            canvas.drawString(60, y, line)
            y -= 15
        canvas.showPage()
        canvas.save()
        return buf.getvalue()

    return make


def interleaved_ms(
    fns: dict[str, Callable[[], object]], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> dict[str, float]:
    """Medians of each, run in turns so that machine noise hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = clock()
            fn()
            times[name].append((clock() - start) * 1000)
    return {name: statistics.median(v) for name, v in times.items()}


def real_path_batch(folder: Path) -> tuple[float, float]:
    """Seconds for BATCH letters as batch printing makes them: DocumentService.batch opens
    each case and renders it, then each printed letter is recorded on its case's timeline
    and in the audit log (record_output, what DocumentDelivery.deliver calls after the
    printer took the job; the printer itself is left out)."""
    from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, RequestType
    from inquiry_desk.domain.parties import PartyData
    from inquiry_desk.services.actors import Actor
    from inquiry_desk.services.app import App
    from inquiry_desk.services.cases.views import NewCase
    from inquiry_desk.services.documents.delivery import pdf_pages
    from inquiry_desk.services.users import Role
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore

    app = App.open(folder / "data", key_store=MemoryMasterKeyStore())
    try:
        app.users.create(Actor("setup", "admin"), "bench", "Sato Yui", Role.STAFF, "bench password 1")
        staff = app.users.authenticate("bench", "bench password 1")
        refs = []
        for i in range(BATCH):
            ja = i % 2 == 1
            party = PartyData(
                name=f"山田 花子{i}" if ja else f"Anna Schmidt {i}",
                postal_code="530-0001" if ja else "10115",
                address="大阪府大阪市北区梅田1-2-3" if ja else "Invalidenstraße 12\n10115 Berlin",
                country="JP" if ja else "DE",
            )
            new = NewCase(
                received=date.today(),
                channel=Channel.MAIL,
                kind=CaseKind.REQUEST,
                request_types=[RequestType.DISCLOSURE if ja else RequestType.ACCESS],
                jurisdiction=Jurisdiction.JP if ja else Jurisdiction.EEA,
                language=Language.JA if ja else Language.EN,
                applicant=party,
            )
            refs.append(app.cases.create(staff, new))
        start, cpu = time.perf_counter(), time.process_time()
        for ref, result in app.documents.batch(staff, "acknowledgement", refs):
            assert isinstance(result, bytes), result
            pages = pdf_pages(result)
            app.documents.record_output(staff, ref, "acknowledgement", "bench printer", pages, "print")
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        app.close()


def median_ms(fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    ja, en = context(Language.JA), context(Language.EN)
    cold_start = time.perf_counter()
    render("acknowledgement", ja)  # font registration and template parsing happen once
    cold_ms = (time.perf_counter() - cold_start) * 1000
    floors = {
        lang: same_page_floor(letter_lines(render("acknowledgement", c)))
        for lang, c in (("ja", ja), ("en", en))
    }
    singles: dict[str, Callable[[], object]] = {
        "old floor: one-line Helvetica PDF": floor_pdf,
        "floor en: same page, raw reportlab": floors["en"],
        "one letter en (acknowledgement)": lambda: render("acknowledgement", en),
        "floor ja: same page, raw reportlab": floors["ja"],
        "one letter ja (acknowledgement)": lambda: render("acknowledgement", ja),
    }
    one = interleaved_ms(singles, 50)
    # CPU time beside wall time: on a shared, busy machine the wall clock includes waiting
    # for a core, which says nothing about the code.
    one_cpu = interleaved_ms(singles, 50, time.process_time)
    form_ms = median_ms(lambda: render("request-form", ja), 20)

    def ratio(times: dict[str, float], lang: str) -> float:
        floor = times[f"floor {lang}: same page, raw reportlab"]
        return times[f"one letter {lang} (acknowledgement)"] / floor

    ratios = {lang: ratio(one, lang) for lang in ("en", "ja")}
    cpu_ratios = {lang: ratio(one_cpu, lang) for lang in ("en", "ja")}
    batch_start = time.perf_counter()
    for i in range(BATCH):
        render("acknowledgement", ja if i % 2 else en)
    render_only_s = time.perf_counter() - batch_start
    with tempfile.TemporaryDirectory(prefix="inquiry-desk-bench-") as tmp:
        batch_s, batch_cpu_s = real_path_batch(Path(tmp))
    figures = {
        "cold_first_letter_ms": round(cold_ms, 1),
        **{k: round(v, 3) for k, v in one.items()},
        "request form ja (2 pages, QR)": round(form_ms, 3),
        "ratio_one_letter_en_to_floor": round(ratios["en"], 2),
        "ratio_one_letter_ja_to_floor": round(ratios["ja"], 2),
        "cpu_ratio_one_letter_en_to_floor": round(cpu_ratios["en"], 2),
        "cpu_ratio_one_letter_ja_to_floor": round(cpu_ratios["ja"], 2),
        "render_only_200_letters_s": round(render_only_s, 3),
        "real_path_200_letters_s": round(batch_s, 3),
        "real_path_200_letters_cpu_s": round(batch_cpu_s, 3),
        "target_one_ratio": TARGET_ONE_RATIO,
        "target_batch_s": TARGET_BATCH_S,
        "met": max(ratios.values()) <= TARGET_ONE_RATIO and batch_s <= TARGET_BATCH_S,
    }
    print(f"{'measure':44} {'value':>10}")
    print(f"{'cold: first letter incl. fonts (ms)':44} {cold_ms:10.1f}")
    for name, value in one.items():
        print(f"{name + ' (ms)':44} {value:10.3f}")
    print(f"{'request form ja (2 pages, QR) (ms)':44} {form_ms:10.3f}")
    for lang, value in ratios.items():
        print(
            f"{'one letter ' + lang + ' / same-page floor':44} {value:9.2f}x  target <= {TARGET_ONE_RATIO}x"
        )
        print(f"{'  the same in CPU time':44} {cpu_ratios[lang]:9.2f}x")
    print(f"{'200 letters, rendering only (s)':44} {render_only_s:10.3f}")
    print(f"{'200 letters, real path (s)':44} {batch_s:10.3f}  target <= {TARGET_BATCH_S} s")
    print(f"{'  the same in CPU time (s)':44} {batch_cpu_s:10.3f}")
    print(f"targets → {'MET' if figures['met'] else 'NOT MET'}")
    print(json.dumps(figures, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
