"""Reading whole files: encodings, title lines, summary rows, blank rows, formats."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from io_helpers import DOUYIN_HEADER, douyin_row, write_csv, write_xlsx

from app.io.errors import ImportFileError, UnknownHeaders
from app.io.parse import AftersalesRow, ExportReader, OrderRow, Rejected, Skipped
from app.io.profiles import builtin_profiles
from tests.conftest import FIXTURES


def read_all(path: Path, **kw: object) -> tuple[ExportReader, list[object]]:
    with ExportReader(path, builtin_profiles(), **kw) as reader:  # type: ignore[arg-type]  # keyword options passed through untyped
        items = list(reader.items())
    return reader, items


def kinds(items: list[object]) -> Counter[str]:
    return Counter(type(i).__name__ for i in items)


def test_fixture_files_parse_to_the_expected_counts() -> None:
    r, items = read_all(FIXTURES / "douyin_aftersales.csv")
    assert r.plan is not None and r.plan.profile.name == "douyin_aftersales"
    assert r.info.encoding == "utf-8-sig"
    assert kinds(items) == {"AftersalesRow": 20}
    first = items[0]
    assert isinstance(first, AftersalesRow)
    assert first.case_no == "2255564822835608026" and first.order_no == "8433440957362346052"

    r, items = read_all(FIXTURES / "kuaishou_aftersales.xlsx")
    assert r.plan is not None and r.plan.profile.platform == "kuaishou"
    assert r.header_line == 2 and r.title_lines and "快手小店" in r.title_lines[0]
    assert kinds(items) == {"AftersalesRow": 15, "Skipped": 2}
    assert sorted(i.why for i in items if isinstance(i, Skipped)) == ["blank", "summary"]

    r, items = read_all(FIXTURES / "pinduoduo_aftersales.csv")
    assert r.info.encoding == "gb18030"
    rejected = {i.line: i.reason for i in items if isinstance(i, Rejected)}
    assert set(rejected) == {6, 11, 15}
    assert "scientific notation" in rejected[6] and "damaged by Excel" in rejected[6]
    assert "missing case no. (售后编号)" in rejected[11]
    assert "amount 待定 is not a number" in rejected[15]
    good = [i for i in items if isinstance(i, AftersalesRow)]
    assert len(good) == 15
    assert any(i.fast_refund for i in good)
    # Never mojibake: the GBK text reads as Chinese.
    assert good[0].shop == "拼多多家居百货店" and good[0].product_name == "纯棉床上四件套1.8m"
    amounts = {i.case_no: i.amount_fen for i in good}
    assert amounts["312846930"] == 299000  # ￥2,990.00
    assert good[0].applied_at == datetime(2024, 9, 7, 12, 13)  # 2024/9/7 20:13 China time

    r, items = read_all(FIXTURES / "douyin_orders.csv")
    assert r.plan is not None and r.plan.profile.name == "douyin_orders"
    assert kinds(items) == {"OrderRow": 25}
    o = items[0]
    assert isinstance(o, OrderRow)
    assert o.order_no == "2719281107083142768" and o.receiver_phone == "178****8275"


def test_unreadable_and_unknown_files_are_clear_errors() -> None:
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_all(FIXTURES / "unreadable.xlsx")
    with pytest.raises(UnknownHeaders) as err:
        read_all(FIXTURES / "unknown_headers.csv")
    assert err.value.headers == ["编号", "金额", "备注"]
    assert "编号, 金额, 备注" in str(err.value)


def test_gb18030_with_a_title_line_and_crlf(tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER, douyin_row("1001", "2001", reason="商品与描述不符"),
            douyin_row("1002", "2002", shop="𠮷祥小店")]  # 𠮷 exists in GB18030 only
    path = write_csv(tmp_path / "gb.csv", rows, encoding="gb18030",
                     title="抖店售后单导出 2024-09-01至2024-09-30")
    r, items = read_all(path)
    assert r.info.encoding == "gb18030" and r.header_line == 2
    good = [i for i in items if isinstance(i, AftersalesRow)]
    assert [g.case_no for g in good] == ["1001", "1002"]
    assert good[1].shop == "𠮷祥小店"
    assert good[0].amount_fen == 9900 - 500  # goods + postage + refunded discount (negative)


def test_full_width_digits_and_spaces(tmp_path: Path) -> None:
    row = douyin_row("１００１", "２００１", amount="￥１,２９９.００",
                     applied="２０２４/９/１５　２２:１０")
    path = write_csv(tmp_path / "fw.csv", [DOUYIN_HEADER, row])
    _r, items = read_all(path)
    (item,) = items
    assert isinstance(item, AftersalesRow)
    assert (item.case_no, item.order_no, item.amount_fen) == ("1001", "2001", 129900 - 500)
    assert item.applied_at == datetime(2024, 9, 15, 14, 10)


def test_excel_serial_dates_in_csv_and_xlsx(tmp_path: Path) -> None:
    row = douyin_row("1001", "2001", applied="45550.92361111", deadline="45552.5")
    _r, items = read_all(write_csv(tmp_path / "serial.csv", [DOUYIN_HEADER, row]))
    assert items[0].applied_at == datetime(2024, 9, 15, 14, 10)  # type: ignore[union-attr]  # an AftersalesRow here
    assert items[0].deadline_at == datetime(2024, 9, 17, 4, 0)  # type: ignore[union-attr]  # an AftersalesRow here

    xrow: list[object] = list(douyin_row("1002", "2002"))
    xrow[9] = 45550.92361111  # an unformatted number cell
    xrow[10] = datetime(2024, 9, 17, 22, 10)  # a date cell
    xrow[12] = 99.0  # amounts as numbers
    path = write_xlsx(tmp_path / "serial.xlsx", [DOUYIN_HEADER, xrow])
    _r, items = read_all(path)
    item = items[0]
    assert isinstance(item, AftersalesRow)
    assert item.applied_at == datetime(2024, 9, 15, 14, 10)
    assert item.deadline_at == datetime(2024, 9, 17, 14, 10)
    assert item.amount_fen == 9900 - 500


def test_xlsx_with_title_blank_rows_summary_and_numeric_ids(tmp_path: Path) -> None:
    header = ["店铺", "售后单号", "订单编号", "商品名称", "售后类型", "售后原因", "申请时间",
              "退款金额", "售后状态"]
    rows: list[list[object]] = [
        ["快手小店售后单导出"], header,
        ["快手好物小铺", "9589409624068955", "8060810430252068", "四件套", "退货退款",
         "质量问题", "2024-09-13 10:59:00", 199, "待商家收货"],
        [None] * 9,
        ["快手好物小铺", 123456789012, 987654321098, "保温杯", "仅退款", "不想要了",
         "2024-09-13 11:00:00", "89.00", "待处理"],
        ["快手好物小铺", 9589409624068956, "1", "保温杯", "仅退款", "不想要了",
         "2024-09-13 11:00:00", "89.00", "待处理"],
        ["合计", None, None, None, None, None, None, 288, None],
    ]
    _r, items = read_all(write_xlsx(tmp_path / "ks.xlsx", rows))
    assert kinds(items) == {"AftersalesRow": 2, "Skipped": 2, "Rejected": 1}
    good = [i for i in items if isinstance(i, AftersalesRow)]
    assert good[1].case_no == "123456789012" and good[1].order_no == "987654321098"
    (bad,) = [i for i in items if isinstance(i, Rejected)]
    assert bad.line == 6 and "damaged by Excel" in bad.reason


def test_utf16_tab_separated(tmp_path: Path) -> None:
    text = "\t".join(DOUYIN_HEADER) + "\r\n" + "\t".join(
        c.lstrip("\t") for c in douyin_row("1001", "2001")) + "\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))
    r, items = read_all(path)
    assert r.info.delimiter == "\t"
    assert [i.case_no for i in items] == ["1001"]  # type: ignore[union-attr]  # only parsed rows are left


def test_platform_option_restricts_the_choice() -> None:
    r, _items = read_all(FIXTURES / "douyin_aftersales.csv")
    assert r.plan is not None and r.plan.profile.platform == "douyin"
    r, items = read_all(FIXTURES / "douyin_aftersales.csv", platform="kuaishou")
    assert r.plan is not None and r.plan.profile.platform == "kuaishou"
    assert len(items) == 20
    with pytest.raises(UnknownHeaders):
        read_all(FIXTURES / "douyin_orders.csv", platform="jd")


def test_line_numbers_follow_the_file_even_with_multiline_cells(tmp_path: Path) -> None:
    bad = douyin_row("", "2002")
    multi = douyin_row("1003", "2003")
    multi[4] = "耳机\n第二行"
    rows = [DOUYIN_HEADER, douyin_row("1001", "2001"), multi, bad]
    _r, items = read_all(write_csv(tmp_path / "ml.csv", rows))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [i.line for i in rejected] == [5]


def test_streams_without_reading_everything(tmp_path: Path) -> None:
    """Items come lazily: the first arrives before the reader reaches the end."""
    rows = [DOUYIN_HEADER] + [douyin_row(str(1000 + i), str(2000 + i)) for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", rows)
    with ExportReader(path, builtin_profiles()) as reader:
        it = reader.items()
        next(it)
        assert reader.fraction() < 0.5


@pytest.mark.parametrize("text", ["编号,金额,备注\r\n1,3.00,x\r\n", "店铺名称,售后编号\r\n", "合计",
                                  "a,b\r\n1,中"])
def test_short_gbk_samples_are_not_taken_for_big5(text: str) -> None:
    from app.io.readers import detect_encoding

    raw = text.encode("gbk")
    assert raw.decode(detect_encoding(raw)) == text  # never mojibake


def test_unknown_headers_in_gbk_are_named_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("编号,金额,备注\r\n1,3.00,x\r\n".encode("gbk"))
    with pytest.raises(UnknownHeaders, match="编号, 金额, 备注"):
        read_all(path)


def test_note_lines_under_the_data_are_not_rejected(tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER, douyin_row("1001", "2001"), ["注：本表由系统导出，仅供参考"],
            ["导出时间：2024-09-30 10:00"], ["合计", "", "", "", "", "", "", "", "", "", "",
                                          "", "99.00"]]
    _r, items = read_all(write_csv(tmp_path / "notes.csv", rows))
    assert kinds(items) == {"AftersalesRow": 1, "Skipped": 3}
    assert [i.why for i in items if isinstance(i, Skipped)] == ["note", "note", "summary"]


def test_the_legacy_xls_reader_path_reads_a_workbook() -> None:
    """No .xls writer is installed; calamine reads .xlsx through the same call."""
    from app.io.readers import _xls_rows

    rows = _xls_rows(FIXTURES / "kuaishou_aftersales.xlsx")
    assert rows[1][1][:2] == ["店铺", "售后单号"]
    assert len(rows) == 19
    with pytest.raises(ImportFileError):
        _xls_rows(FIXTURES / "unreadable.xlsx")
