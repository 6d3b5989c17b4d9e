"""Benchmark: a 2,000-row order history rendered to the disclosure enclosure.

Run on demand: python tests/bench/bench_enclosure.py [--json OUT]

Target (issue 15): under 2 s. The floor does the same work at its simplest in the same run:
raw reportlab canvas drawing the same rows and columns as one line of text per cell, with
the same embedded font, page after page — no wrapping, no tables, no column planning — so
the ratio says what the layout costs, whatever the machine.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from inquiry_desk.documents import DocumentContext, RecordTable, render
from inquiry_desk.documents.fonts import GOTHIC, register_fonts
from inquiry_desk.domain.enums import Jurisdiction, Language
from inquiry_desk.domain.parties import PartyData

TARGET_S = 2.0
ROWS = 2000
COLUMNS = [
    "注文番号",
    "注文日時",
    "商品名",
    "数量",
    "金額（円）",
    "配送先氏名",
    "配送先住所",
    "電話番号",
    "ステータス",
]
PRODUCTS = [
    "抹茶ラテ　スティック 30本入",
    "有田焼 湯呑み（ギフト包装）",
    "ほうじ茶ティーバッグ 50袋",
    "南部鉄器 急須 0.65L",
]
ADDRESSES = [
    "〒530-0001 大阪府大阪市北区梅田1-2-3 梅田ハイツ501",
    "〒604-8001 京都府京都市中京区河原町通三条上る恵比須町439 河原町レジデンス 1203号室",
]


def order_history(rows: int = ROWS) -> RecordTable:
    rng = random.Random(15)
    body: list[list[str | None]] = []
    for i in range(rows):
        body.append(
            [
                f"ZP-2024{i:06d}",
                f"2024/{1 + i % 12:02d}/{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}",
                rng.choice(PRODUCTS),
                str(1 + i % 4),
                f"{rng.randrange(500, 30000):,}",
                "山田 花子" if i % 7 else None,  # every 7th a gift, its recipient redacted
                rng.choice(ADDRESSES) if i % 7 else None,
                "090-1234-5678",
                "配達完了",
            ]
        )
    return RecordTable(1, "注文履歴", COLUMNS, body)


def floor_pdf(table: RecordTable) -> bytes:
    """The same cells drawn as plain strings, 38 rows a landscape page, in the same font."""
    register_fonts()
    buf = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(buf, pagesize=(width, height), invariant=1)
    step = (width - 80) / len(table.columns)
    for start in range(0, len(table.rows), 38):
        canvas.setFont(GOTHIC, 8)
        y = height - 50
        for c, name in enumerate(table.columns):
            canvas.drawString(40 + c * step, y, name)
        for row in table.rows[start : start + 38]:
            y -= 13
            for c, value in enumerate(row):
                canvas.drawString(40 + c * step, y, value or "（不開示）")
        canvas.drawString(40, 20, "PI-2026-0042")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def timed(fn: object, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best, out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    table = order_history()
    ctx = DocumentContext(
        reference="PI-2026-0042",
        language=Language.JA,
        applicant=PartyData(name="山田 花子"),
        jurisdiction=Jurisdiction.JP,
        records=[table],
    )
    render(
        "disclosure", DocumentContext(reference="PI-2026-0042", records=[order_history(5)])
    )  # fonts, templates
    floor_s, floor_out = timed(lambda: floor_pdf(table), args.repeat)
    enclosure_s, pdf = timed(lambda: render("disclosure", ctx), args.repeat)
    cpu_start = time.process_time()
    render("disclosure", ctx)
    cpu_s = time.process_time() - cpu_start
    assert isinstance(pdf, bytes) and isinstance(floor_out, bytes)
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
    figures = {
        "rows": ROWS,
        "floor_s": round(floor_s, 3),
        "enclosure_s": round(enclosure_s, 3),
        "enclosure_cpu_s": round(cpu_s, 3),
        "ratio_to_floor": round(enclosure_s / floor_s, 1),
        "pages": pages,
        "pdf_kib": len(pdf) // 1024,
        "target_s": TARGET_S,
        "met": enclosure_s <= TARGET_S,
    }
    print(f"{'measure':44} {'value':>9}")
    print(f"{'floor: raw canvas, same cells and font (s)':44} {floor_s:9.3f}")
    print(f"{'enclosure, 2,000 rows (s)':44} {enclosure_s:9.3f}  {enclosure_s / floor_s:6.1f}× floor")
    print(f"{'enclosure CPU (s)':44} {cpu_s:9.3f}")
    print(
        f"pages {pages}, {len(pdf) // 1024} KiB; "
        f"target ≤ {TARGET_S} s → {'MET' if figures['met'] else 'NOT MET'}"
    )
    print(json.dumps(figures, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0 if figures["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
