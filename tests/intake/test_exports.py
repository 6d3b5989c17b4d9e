"""Reading the company systems' exports: encodings, formats, and the files that must be refused."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from inquiry_desk.intake.exports import MAX_FILE_BYTES, ExportRefused, read_export

DATA = Path(__file__).resolve().parents[1] / "data" / "records"
ORDERS_UTF8 = '注文番号,商品名,金額（円）\r\nZP-1,抹茶ラテ,"3,960"\r\nZP-2,有田焼 湯呑み,5500\r\n'


def test_cp932_order_history_as_japanese_excel_writes_it() -> None:
    [table] = read_export((DATA / "order-history-cp932.csv").read_bytes(), "order-history-cp932.csv")
    assert table.encoding == "cp932" and table.format == "csv" and table.name == "order-history-cp932"
    assert table.columns[0] == "注文番号" and table.columns[4] == "金額（円）"
    assert len(table.rows) == 4
    assert table.rows[1][5] == "髙橋 﨑子"  # NEC/IBM extension characters survive
    assert table.rows[3][2].endswith("①")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ORDERS_UTF8.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ORDERS_UTF8.encode("utf-8"), "utf-8-sig"),
        (ORDERS_UTF8.encode("cp932"), "cp932"),
    ],
)
def test_each_encoding_is_detected_and_gives_the_same_table(data: bytes, encoding: str) -> None:
    [table] = read_export(data, "orders.csv")
    assert table.encoding == encoding
    assert table.columns == ["注文番号", "商品名", "金額（円）"]  # no BOM glued to the first header
    assert table.rows == [["ZP-1", "抹茶ラテ", "3,960"], ["ZP-2", "有田焼 湯呑み", "5500"]]


def test_a_european_code_page_is_refused_not_read_as_mojibake() -> None:
    # cp1252 "Müller, Ärger" decodes as CP932 without an error (Ä is a half-width katakana).
    data = "name,city\r\nJörg Äbersold,Zürich\r\n".encode("cp1252")
    with pytest.raises(ExportRefused, match="UTF-8 or Shift_JIS"):
        read_export(data, "kunden.csv")
    [table] = read_export("name,city\r\nJörg,Zürich\r\n".encode(), "kunden.csv")
    assert table.rows == [["Jörg", "Zürich"]]


def test_staff_can_name_the_encoding_and_a_wrong_one_is_refused() -> None:
    [table] = read_export(ORDERS_UTF8.encode("cp932"), "orders.csv", encoding="shift_jis")
    assert table.rows[0][1] == "抹茶ラテ"
    with pytest.raises(ExportRefused, match="not valid UTF-8"):
        read_export(ORDERS_UTF8.encode("cp932"), "orders.csv", encoding="utf-8")


def test_ragged_csv_names_the_line_and_adds_nothing() -> None:
    data = b"a,b,c\r\n1,2,3\r\n4,5\r\n"
    with pytest.raises(ExportRefused, match=r"line 3: 2 fields where the header has 3"):
        read_export(data, "ragged.csv")


def test_formula_like_values_are_kept_as_text_with_a_warning() -> None:
    [table] = read_export(b'memo,amount\r\n=HYPERLINK("http://x"),-500\r\n', "m.csv")
    assert table.rows == [['=HYPERLINK("http://x")', "-500"]]
    assert len(table.warnings) == 1 and "1 value(s)" in table.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02binary\x00" * 10, "not a text file"),
        ("注文番号\r\n".encode("cp932"), "holds no records"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Excel 97-2003"),
        (b"PK\x03\x04" + b"\x00" * 200, "damaged"),
        (b'{"orders": 3}', "not a list of records"),
        (b'[{"a": 1}, 2]', "not a list of records"),
        (b'[{"a": 1}', "not valid JSON"),
        ("\ufeff".encode("utf-16-le") + "a,b".encode("utf-16-le"), "UTF-16"),
    ],
)
def test_bad_files_get_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ExportRefused, match=message):
        read_export(data, "export.dat")


def test_a_file_over_the_limit_is_refused_before_reading() -> None:
    with pytest.raises(ExportRefused, match="at most 50 MB"):
        read_export(b"a" * (MAX_FILE_BYTES + 1), "dump.csv")


def test_a_zip_that_is_not_a_workbook_and_a_zip_bomb_are_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(ExportRefused, match="not an Excel workbook"):
        read_export(buf.getvalue(), "letter.xlsx")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (301 * 1024 * 1024))
    assert len(bomb.getvalue()) < 1024 * 1024
    with pytest.raises(ExportRefused, match="unpacks to more than 300 MB"):
        read_export(bomb.getvalue(), "bomb.xlsx")


def test_workbook_with_japanese_headers_gives_one_table_per_filled_sheet() -> None:
    tables = read_export((DATA / "account.xlsx").read_bytes(), "account.xlsx")
    assert [t.name for t in tables] == ["会員情報", "問い合わせ履歴"]  # the empty sheet is left out
    members, support = tables
    assert members.columns[:3] == ["会員番号", "氏名", "フリガナ"]
    assert members.rows[0][6] == "2019-04-02 09:30:00"  # a date cell as ISO text
    assert members.rows[0][7] == 25610  # the value Excel saved with the formula, not the formula
    assert "髙橋 﨑子" in str(support.rows[0][2])


def test_a_formula_never_calculated_is_refused_naming_the_cell() -> None:
    book = openpyxl.Workbook()
    book.active.append(["合計"])
    book.active.append(["=1+2"])
    buf = io.BytesIO()
    book.save(buf)
    with pytest.raises(ExportRefused, match="cell A2: a formula with no saved value"):
        read_export(buf.getvalue(), "calc.xlsx")


def test_json_list_and_object_of_lists() -> None:
    tables = read_export((DATA / "consents.json").read_bytes(), "consents.json")
    assert [t.name for t in tables] == ["newsletter", "consents"]
    assert tables[1].rows[0] == ["marketing_email", True, "2019-04-02T09:31:00+09:00", "web"]
    [one] = read_export(json.dumps([{"a": 1, "addr": {"zip": "530-0001"}}, {"b": None}]).encode(), "x.json")
    assert one.name == "x" and one.columns == ["a", "addr", "b"]
    assert one.rows == [[1, '{"zip":"530-0001"}', None], [None, None, None]]


def test_an_individual_number_is_refused_and_never_kept() -> None:
    from inquiry_desk.intake.exports.sensitive import my_number_valid

    assert my_number_valid("123456789018") and not my_number_valid("123456789012")
    data = "会員番号,氏名,マイナンバー\r\nM-1,山田 花子,1234 5678 9018\r\n".encode("cp932")
    with pytest.raises(ExportRefused, match="row 1, column マイナンバー holds an Individual Number"):
        read_export(data, "members.csv")
    # A 12-digit order number with a valid check digit, in a column not named for it, is an order number.
    [orders] = read_export(b"order_no,amount\r\n123456789018,500\r\n", "orders.csv")
    assert orders.rows == [["123456789018", "500"]] and orders.warnings == []


def test_payment_card_numbers_are_reported() -> None:
    data = (
        b"paid_at,card,order\r\n2024-01-02,4111 1111 1111 1111,ZP-1\r\n2024-02-03,4111111111111112,ZP-2\r\n"
    )
    [payments] = read_export(data, "payments.csv")
    [warning] = payments.warnings
    assert warning.startswith("1 value(s) in column card look like payment card numbers")
