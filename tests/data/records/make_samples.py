"""Writes the sample exports beside this file (committed; run again only to change them).

order-history-cp932.csv: an order history as the shop system exports it for Japanese Excel
(Shift_JIS/CP932, CRLF), one order a gift to a third party (髙橋 﨑子, whose name and address
staff redact). account.xlsx: the member database's export with Japanese headers, a support
message naming a third party, a formula with its saved value. consents.json: the consent
and newsletter service's export, an object of lists.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

ORDERS = [
    [
        "注文番号",
        "注文日時",
        "商品名",
        "数量",
        "金額（円）",
        "配送先氏名",
        "配送先住所",
        "電話番号",
        "ステータス",
    ],
    [
        "ZP-20240112-0042",
        "2024/01/12 10:15",
        "抹茶ラテ　スティック 30本入",
        "2",
        "3,960",
        "山田 花子",
        "〒530-0001 大阪府大阪市北区梅田1-2-3 梅田ハイツ501",
        "090-1234-5678",
        "配達完了",
    ],
    [
        "ZP-20240305-0917",
        "2024/03/05 21:40",
        "有田焼 湯呑み（ギフト包装）",
        "1",
        "5,500",
        "髙橋 﨑子",
        "〒604-8001 京都府京都市中京区河原町通三条上る恵比須町439",
        "075-555-0123",
        "配達完了",
    ],
    [
        "ZP-20240618-1204",
        "2024/06/18 08:02",
        "ほうじ茶ティーバッグ 50袋",
        "3",
        "4,050",
        "山田 花子",
        "〒530-0001 大阪府大阪市北区梅田1-2-3 梅田ハイツ501",
        "090-1234-5678",
        "返品済み",
    ],
    [
        "ZP-20241124-2208",
        "2024/11/24 13:30",
        "南部鉄器 急須 0.65L ①",
        "1",
        "12,100",
        "山田 花子",
        "〒530-0001 大阪府大阪市北区梅田1-2-3 梅田ハイツ501",
        "090-1234-5678",
        "発送準備中",
    ],
]


def write_orders() -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(ORDERS)
    (HERE / "order-history-cp932.csv").write_bytes(buf.getvalue().encode("cp932"))


def write_workbook() -> None:
    book = openpyxl.Workbook()
    members = book.active
    members.title = "会員情報"
    members.append(
        ["会員番号", "氏名", "フリガナ", "メールアドレス", "郵便番号", "住所", "登録日", "累計購入額"]
    )
    members.append(
        [
            "M-0038271",
            "山田 花子",
            "ヤマダ ハナコ",
            "hanako.yamada@example.jp",
            "530-0001",
            "大阪府大阪市北区梅田1-2-3 梅田ハイツ501",
            datetime(2019, 4, 2, 9, 30),
            None,
        ]
    )
    members["H2"] = "=3960+5500+4050+12100"
    # The value Excel saved with the formula (openpyxl writes none itself): patched in below.
    support = book.create_sheet("問い合わせ履歴")
    support.append(["受付日時", "件名", "本文"])
    support.append(
        [
            datetime(2024, 3, 6, 11, 2),
            "ギフトの配送について",
            "母の友人の髙橋 﨑子様へ贈った湯呑みが届いたか確認したいです。",
        ]
    )
    support.append(
        [
            datetime(2024, 6, 19, 16, 45),
            "返品のお願い",
            "ほうじ茶の数量を間違えて注文しました。返品できますか。",
        ]
    )
    book.create_sheet("空のシート")
    buf = io.BytesIO()
    book.save(buf)
    (HERE / "account.xlsx").write_bytes(_with_cached_value(buf.getvalue(), "H2", "25610"))


def _with_cached_value(data: bytes, cell: str, value: str) -> bytes:
    """Add <v>value</v> to the formula cell, as Excel does when it saves a calculated sheet."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = body.decode()
                start = text.index(f'<c r="{cell}"')
                end = text.index("</c>", start)
                cell_xml = text[start:end].replace("<v />", "").replace("<v/>", "")
                text = text[:start] + cell_xml + f"<v>{value}</v>" + text[end:]
                body = text.encode()
            dst.writestr(info, body)
    return out.getvalue()


def write_consents() -> None:
    data = {
        "newsletter": [
            {
                "list": "新商品のお知らせ",
                "status": "subscribed",
                "since": "2019-04-02",
                "double_opt_in": True,
            },
            {"list": "セール情報", "status": "unsubscribed", "since": "2021-08-15", "double_opt_in": True},
        ],
        "consents": [
            {
                "purpose": "marketing_email",
                "granted": True,
                "at": "2019-04-02T09:31:00+09:00",
                "channel": "web",
            },
            {
                "purpose": "third_party_ads",
                "granted": False,
                "at": "2022-01-10T20:05:00+09:00",
                "channel": "app",
            },
        ],
    }
    (HERE / "consents.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    write_orders()
    write_workbook()
    write_consents()
