"""The manager's monthly report as an A4 PDF: a title, tables of counts, page numbers.

The report holds counts only (no personal data), so it is rendered straight from the
service's :class:`MonthlyReport`. Headings are bilingual — the department reports in
Japanese, the auditor may read English — in the bundled IPAex Gothic so that they print
the same on every PC.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from inquiry_desk.documents.fonts import GOTHIC, register_fonts
from inquiry_desk.documents.kinsoku import Paragraph
from inquiry_desk.documents.layout import make_canvas
from inquiry_desk.domain.outcomes import TypeResult
from inquiry_desk.domain.refusals import category_label, category_label_ja
from inquiry_desk.domain.reports import OUTCOME_LABELS, MonthlyReport

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
HEAD_BG = colors.HexColor("#e8edf3")
RULE = colors.HexColor("#9aa5b1")

_KIND_JA = {"request": "請求", "question": "質問", "complaint": "苦情", "consultation": "相談"}
_CHANNEL_JA = {"mail": "郵便", "fax": "FAX", "email": "メール", "phone": "電話", "in_person": "来訪"}
_JURIS_JA = {"JP": "日本", "EEA": "EEA", "UK": "英国", "other": "その他"}


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=GOTHIC, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=23, spaceAfter=2),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10, textColor=colors.HexColor("#4a5560")
        ),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=16, spaceBefore=9, spaceAfter=4),
        "cell": base,
        "note": ParagraphStyle(
            "note", parent=base, fontSize=8.5, leading=11.5, textColor=colors.HexColor("#4a5560")
        ),
    }


def _page_footer(canvas: Canvas, number: int, total: int) -> None:
    """ "page N / M" and the department on every page: M is known once all pages are laid out."""
    canvas.setFont(GOTHIC, 8)
    canvas.setFillColor(colors.HexColor("#4a5560"))
    canvas.drawCentredString(PAGE_W / 2, 10 * mm, f"{number} / {total}")
    canvas.drawString(MARGIN, 10 * mm, "個人情報問合せ窓口 月次報告 — Inquiry Desk")


def _table(rows: list[list[Any]], widths: list[float], *, total_row: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        # Plain-string cells default to Helvetica, which has no Japanese: name the font.
        ("FONTNAME", (0, 0), (-1, -1), GOTHIC),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d5dbe1")),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_row:
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
            ("FONTNAME", (0, -1), (-1, -1), GOTHIC),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f6f8")),
        ]
    table.setStyle(TableStyle(style))
    return table


def _count_table(head: tuple[str, str], rows: list[tuple[str, str, int]], *, total: int | None) -> Table:
    body: list[list[Any]] = [[head[0], head[1], "件数 Cases"]]
    body += [[en, ja, str(n)] for en, ja, n in rows]
    if total is not None:
        body.append(["Total", "合計", str(total)])
    return _table(body, [70 * mm, 62 * mm, 28 * mm], total_row=total is not None)


def _counts_right(table: Table) -> Table:
    """Every count column right-aligned, its heading too (not only the last)."""
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return table


def _section(title: str, flowable: Any, s: dict[str, ParagraphStyle]) -> KeepTogether:
    # A heading never ends a page without its table.
    return KeepTogether([Paragraph(title, s["h2"]), flowable])


def render_monthly_report_pdf(report: MonthlyReport) -> bytes:
    s = _styles()
    t = report.timeliness
    story: list[Any] = [
        Paragraph(f"月次報告 {report.year}年{report.month}月", s["title"]),
        Paragraph(
            f"Monthly report {report.label} — Personal Information Inquiry Department (個人情報問合せ窓口)",
            s["subtitle"],
        ),
        Paragraph(
            f"作成 Generated {report.generated_at:%Y-%m-%d %H:%M}. "
            "個人情報を含みません — contains no personal data.",
            s["note"],
        ),
        Spacer(1, 5 * mm),
    ]
    rate = "—" if t.met_rate is None else f"{t.met_rate * 100:.0f}%"
    median = "—" if t.median_days is None else f"{t.median_days:g}"
    summary = [
        ["項目 Item", "", "値 Value"],
        ["Cases received", "受付件数", str(report.received)],
        ["Cases answered", "回答件数", str(t.answered)],
        ["Deadline met", "期限内回答", str(t.deadline_met)],
        ["Deadline missed", "期限超過", str(t.deadline_missed)],
        ["Deadline-met rate", "期限遵守率", rate],
        ["Median days to respond", "回答までの日数（中央値）", median],
        ["Extensions", "期限延長", str(report.extensions)],
        ["Refusals", "不開示・拒否", str(report.refusals)],
        ["Merged into another case (duplicates)", "他の案件に統合（重複）", str(report.merged)],
        ["Cases purged", "削除（消去）した案件", str(report.purged)],
        ["Purge runs", "削除処理の実行", str(report.purge_runs)],
        ["Open at the end of the month", "月末時点の未完了", str(report.open_at_end)],
    ]
    story.append(_section("概要 Summary", _table(summary, [70 * mm, 62 * mm, 28 * mm]), s))
    story.append(
        _section(
            "種別 By kind (received)",
            _count_table(
                ("Kind", "種別"),
                [(k.label, _KIND_JA[k.value], n) for k, n in report.by_kind.items()],
                total=report.received,
            ),
            s,
        )
    )
    story.append(
        _section(
            "請求の種類 By request type (received)",
            _count_table(
                ("Request type", "請求の種類"),
                [(k.label, k.label_ja, n) for k, n in report.by_request_type.items()],
                total=None,
            ),
            s,
        )
    )
    story.append(
        _section(
            "受付方法 By channel (received)",
            _count_table(
                ("Channel", "受付方法"),
                [(k.label, _CHANNEL_JA[k.value], n) for k, n in report.by_channel.items()],
                total=report.received,
            ),
            s,
        )
    )
    story.append(
        _section(
            "適用法域 By jurisdiction (received)",
            _count_table(
                ("Jurisdiction", "法域"),
                [(k.label, _JURIS_JA[k.value], n) for k, n in report.by_jurisdiction.items()],
                total=report.received,
            ),
            s,
        )
    )
    story.append(
        _section(
            "結果 By outcome (answered in the month)",
            _count_table(
                ("Outcome", "結果"),
                [(*OUTCOME_LABELS[k], n) for k, n in report.by_outcome.items()],
                total=t.answered,
            ),
            s,
        )
    )
    if report.by_type_result:
        # Two lines per label: the narrow count columns hold the Japanese and the English.
        head = [["請求\nRequest", *(f"{r.label_ja}\n{r.label}" for r in TypeResult)]]
        body = [
            [f"{t.label_ja}\n{t.label}", *(str(results.get(r.value, 0)) for r in TypeResult)]
            for t, results in report.by_type_result.items()
        ]
        story.append(
            _section(
                "請求ごとの結果 Outcome of each request type (answered in the month)",
                _counts_right(_table(head + body, [60 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm])),
                s,
            )
        )
    if report.refusal_categories:
        refusal: Any = _count_table(
            ("Legal ground", "拒否の根拠"),
            [(category_label(k), category_label_ja(k), n) for k, n in report.refusal_categories.items()],
            total=report.refusals,
        )
    else:
        refusal = Paragraph("No request was refused this month. 当月の拒否・不開示はありません。", s["cell"])
    story.append(_section("拒否理由 Refusals by legal ground", refusal, s))
    story.append(Spacer(1, 4 * mm))
    # Each note in Japanese with its English below, under one bullet; the notes stay together.
    note = ParagraphStyle("note_item", parent=s["note"], leftIndent=9, bulletIndent=0)
    story.append(
        KeepTogether(
            [Paragraph(f"{escape(ja)}<br/>{escape(en)}", note, bulletText="•") for ja, en in report.notes]
        )
    )
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"Monthly report {report.label}",
        author="",
        creator="Inquiry Desk",
        invariant=1,
        initialFontName=GOTHIC,
    )
    doc.build(story, canvasmaker=make_canvas(_page_footer))
    return buf.getvalue()
