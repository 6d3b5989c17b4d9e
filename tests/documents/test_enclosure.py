"""The disclosure enclosure: values readable, long ones wrapped, wide tables split, redactions gone."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from inquiry_desk.documents import DocumentContext, RecordTable, render
from inquiry_desk.domain.enums import Jurisdiction, Language
from inquiry_desk.domain.parties import PartyData

LONG = "母の友人へ贈った湯呑みが届いたか確認したいです。" * 6 + "末尾の確認用テキスト"


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()[2:]


def ctx(language: Language, tables: list[RecordTable]) -> DocumentContext:
    return DocumentContext(
        reference="PI-2026-0042",
        language=language,
        applicant=PartyData(name="山田 花子"),
        jurisdiction=Jurisdiction.JP if language is Language.JA else Jurisdiction.EEA,
        records=tables,
    )


def orders(rows: int) -> RecordTable:
    body: list[list[str | None]] = [
        [f"ZP-2024{i:05d}", "2024/03/05 21:40", "有田焼 湯呑み（ギフト包装）", "1", "5,500", "山田 花子"]
        for i in range(rows)
    ]
    body[1][5] = None  # the gift's recipient, redacted
    return RecordTable(
        1, "注文履歴", ["注文番号", "注文日時", "商品名", "数量", "金額（円）", "配送先氏名"], body
    )


@pytest.mark.parametrize(
    ("language", "marker", "page"),
    [
        (Language.JA, "（不開示）", "1／{n} ページ"),
        (Language.EN, "[redacted]", "Page 1 of {n}"),
    ],
)
def test_values_markers_and_page_numbers(language: Language, marker: str, page: str, tmp_path: Path) -> None:
    support = RecordTable(2, "問い合わせ履歴", ["受付日時", "本文"], [["2024-03-06 11:02", LONG]])
    pdf = render("disclosure", ctx(language, [orders(120), support]))
    text = pdf_text(pdf, tmp_path)
    pages = text.count("\f")
    assert pages >= 3
    assert text.count("PI-2026-0042") >= pages  # the reference on every page
    for n in range(1, pages + 1):
        assert page.format(n=pages).replace("1", str(n), 1) in text
    assert "ZP-202400000" in text and "ZP-202400119" in text  # the first and the last row
    assert marker in text and "山田 花子" in text
    # The long message wraps inside its cell: every part of it is on the page, in order.
    flat = text.replace("\n", "")
    assert "末尾の確認用テキスト" in flat and flat.count("届いたか確認したいです。") == 6
    assert all(line.endswith("emb yes yes") or "yes yes" in line for line in pdf_fonts(pdf, tmp_path))


def test_a_wide_table_is_split_into_parts_repeating_the_row_numbers(tmp_path: Path) -> None:
    columns = [f"項目{i:02d}" for i in range(1, 25)]
    rows: list[list[str | None]] = [[f"値{c:02d}-{r}" for c in range(1, 25)] for r in range(3)]
    pdf = render("disclosure", ctx(Language.JA, [RecordTable(1, "アクセス解析", columns, rows)]))
    text = pdf_text(pdf, tmp_path)
    assert "全24列のうち第1列" in text and "全24列のうち" in text.split("第1列", 1)[1]
    for c in (1, 12, 24):
        assert f"値{c:02d}-2" in text
    # Landscape pages: the width of the first page is larger than its height.
    path = tmp_path / "w.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert width > height


def test_a_narrow_table_stays_portrait_and_no_records_says_so(tmp_path: Path) -> None:
    narrow = RecordTable(1, "配信設定", ["list", "status"], [["新商品のお知らせ", "subscribed"]])
    path = tmp_path / "n.pdf"
    path.write_bytes(render("disclosure", ctx(Language.EN, [narrow])))
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    assert "595.276 x 841.89" in info
    empty = pdf_text(render("disclosure", ctx(Language.JA, [])), tmp_path)
    assert "保有するご本人様の個人データはありません" in empty
