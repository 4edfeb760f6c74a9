"""Hostile rows: each is rejected with its reason, the rest of the file imports."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest
from io_helpers import DOUYIN_HEADER, csv_bytes, douyin_row, write_csv, write_xlsx

from app.domain.limits import TEXT_LIMITS
from app.io.errors import ImportFileError
from app.services.imports import import_file
from app.services.verify import verify
from tests.conftest import FIXTURES

ORDER_HEADER = csv.reader(
    (FIXTURES / "douyin_orders.csv").read_text("utf-8-sig").splitlines()[:1]).__next__()


def order_row(order_no: str, *, quantity: str = "1", total: str = "199.00",
              name: str = "陈*", phone: str = "178****8275", address: str = "文三路***号",
              note: str = "") -> list[str]:
    return ["橙心优选旗舰店", f"\t{order_no}", f"\t{order_no}1", "纯棉床上四件套1.8m", "粉色",
            quantity, "SKU-41608", total, "2024-09-07 23:21:00", "2024-09-07 23:22:00",
            "圆通速递", "759062668772519", "2024-09-09 01:21:00", name, phone, "浙江省",
            "杭州市", "西湖区", address, note]


def reasons(path: Path | None) -> dict[str, str]:
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return {r[0]: r[1] for r in rows[1:]}


def test_amounts_too_large_or_negative_are_rejected_row_by_row(store, tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER,
            douyin_row("1001", "2001"),
            douyin_row("1002", "2002", amount="99999999999999999999"),
            douyin_row("1003", "2003", amount="-1"),
            douyin_row("1004", "2004", amount="¥-5"),
            douyin_row("1005", "2005", amount="100000000.01"),
            douyin_row("1006", "2006", amount="0.00")]  # the discount column alone is negative
    path = write_csv(tmp_path / "a.csv", rows)
    result = import_file(store, path, "t", report=tmp_path / "r.csv")
    assert (result.inserted, result.rejected) == (2, 4)
    why = reasons(result.report)
    assert "is larger than 100000000.00 yuan (退商品金额（元）)" in why["3"]
    assert why["4"] == ("the amount is negative (-1.00 yuan, 退商品金额（元）); "
                        "a refund cannot be")
    assert "-5.00 yuan" in why["5"]
    assert "larger than" in why["6"]
    assert verify(store).ok


def test_a_quantity_beyond_the_column_is_a_rejected_row(store, tmp_path: Path) -> None:
    rows = [ORDER_HEADER, order_row("3001"), order_row("3002", quantity="99999999999999999999"),
            order_row("3003", total="99999999999999999999"), order_row("3004", total="-1")]
    result = import_file(store, write_csv(tmp_path / "o.csv", rows), "t",
                         report=tmp_path / "r.csv")
    assert (result.inserted, result.rejected) == (1, 3)
    why = reasons(result.report)
    assert "商品数量 99999999999999999999 is larger than 2147483647" in why["3"]
    assert "订单应付金额" in why["4"] and "negative" in why["5"]


def test_a_text_longer_than_its_column_is_rejected_naming_it(store, tmp_path: Path) -> None:
    limit = TEXT_LIMITS["buyers.nickname"]
    rows = [DOUYIN_HEADER, douyin_row("1001", "2001", nick="晴" * limit),
            douyin_row("1002", "2002", nick="晴" * (limit + 1))]
    result = import_file(store, write_csv(tmp_path / "n.csv", rows), "t",
                         report=tmp_path / "r.csv")
    assert (result.inserted, result.rejected) == (1, 1)
    assert reasons(result.report)["3"] == (
        f"买家昵称 is {limit + 1} characters long; at most {limit} fit")


def test_a_giant_csv_cell_is_rejected_not_stored(store, tmp_path: Path) -> None:
    giant = "买" * 1_000_000  # a nickname of this size was once stored whole
    rows = [DOUYIN_HEADER, douyin_row("1001", "2001"), douyin_row("1002", "2002", nick=giant)]
    result = import_file(store, write_csv(tmp_path / "g.csv", rows), "t",
                         report=tmp_path / "r.csv")
    assert (result.inserted, result.rejected) == (1, 1)
    assert reasons(result.report)["3"] == (
        "a cell of 买家昵称 holds 1000000 characters; at most 32767 are read")
    report = (tmp_path / "r.csv").read_text("utf-8-sig")
    assert len(report) < 5000 and "(1000000 characters)" in report  # nor copied whole


def _workbook_with_a_giant_string(path: Path, chars: int) -> Path:
    """An .xlsx with one cell of `chars` characters (Excel itself writes no more than
    32,767; a hostile file can)."""
    plain = path.with_suffix(".plain.xlsx")
    write_xlsx(plain, [DOUYIN_HEADER, douyin_row("1001", "2001", nick="GIANT")])  # type: ignore[arg-type]  # text cells
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/"):
                data = data.replace(b"GIANT", b"x" * chars)
            dst.writestr(info, data)
    return path


def test_an_xlsx_with_a_giant_cell_is_refused_before_it_is_read(store, tmp_path: Path) -> None:
    path = _workbook_with_a_giant_string(tmp_path / "g.xlsx", 5_000_000)
    with pytest.raises(ImportFileError) as err:
        import_file(store, path, "t")
    assert err.value.code == "workbook_cell_too_large"
    assert "more than 32767 characters" in str(err.value)
    assert "xl/worksheets/sheet1.xml" in str(err.value)
    fine = _workbook_with_a_giant_string(tmp_path / "ok.xlsx", 100)
    assert import_file(store, fine, "t").inserted == 1


def test_an_unclosed_quote_names_the_line_it_opened_on(store, tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER] + [douyin_row(str(1001 + i), str(2001 + i)) for i in range(6)]
    lines = csv_bytes(rows).decode("utf-8-sig").splitlines(keepends=True)
    lines[3] = lines[3].replace("蓝牙耳机", '"蓝牙耳机', 1)  # the 4th line of the file
    path = tmp_path / "q.csv"
    path.write_text("".join(lines), encoding="utf-8-sig", newline="")
    with pytest.raises(ImportFileError) as err:
        import_file(store, path, "t")
    assert err.value.code == "csv_quote_unclosed" and err.value.params["line"] == 4
    assert "the quote opened on line 4 is never closed" in str(err.value)
    assert verify(store).cases_checked == 0  # nothing of the file was imported


def test_a_quoted_cell_over_several_lines_at_the_end_is_fine(store, tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER] + [douyin_row(str(1001 + i), str(2001 + i)) for i in range(3)]
    rows[-1][4] = "蓝牙耳机\n第二行"
    for newline in ("\r\n", "\n"):
        path = write_csv(tmp_path / "m.csv", rows, newline=newline)
        assert import_file(store, path, "t").rejected == 0


def test_an_unclosed_quote_in_a_huge_file_tail_still_names_its_line(store, tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER] + [douyin_row(str(1001 + i), str(2001 + i)) for i in range(3)]
    text = csv_bytes(rows).decode("utf-8-sig") + '测试旗舰店,"3001,' + "x" * (1 << 21) + "\r\n"
    path = tmp_path / "big.csv"
    path.write_text(text, encoding="utf-8-sig", newline="")
    with pytest.raises(ImportFileError) as err:
        import_file(store, path, "t")
    assert err.value.code == "csv_cell_too_large" and err.value.params["line"] == 5


def test_a_report_masks_the_buyers_name_phone_and_address(store, tmp_path: Path) -> None:
    rows = [ORDER_HEADER, order_row("3001"),
            order_row("3002", total="待定", name="陈晓明", phone="13812345678",
                      address="文三路100号3幢502室")]
    result = import_file(store, write_csv(tmp_path / "o.csv", rows), "t",
                         report=tmp_path / "r.csv")
    assert result.rejected == 1
    text = (tmp_path / "r.csv").read_text("utf-8-sig")
    for secret in ("陈晓明", "13812345678", "文三路100号", "3幢502室"):
        assert secret not in text
    row = next(r for r in csv.reader(text.splitlines()) if r[0] == "3")
    head = ["line", "reason", *ORDER_HEADER]
    assert row[head.index("收件人")] == "陈**"
    assert row[head.index("收件人手机号")] == "138****5678"
    assert row[head.index("详细地址")] == "****"
    assert row[head.index("订单应付金额")] == "待定"  # what the user must fix stays
    assert row[head.index("省")] == "浙江省"


def test_a_report_masks_as_the_readers_plan_says(tmp_path: Path) -> None:
    from app.io.exporters import ReportWriter

    out = tmp_path / "r.csv"
    writer = ReportWriter(out, ["a", "b", "c"], personal={1: "phone", 2: "address"})
    writer.add(2, "why", ["x", "1234567", "浙江省杭州市西湖区文三路1号"])
    assert writer.finish() == out
    row = list(csv.reader(out.read_text("utf-8-sig").splitlines()))[1]
    assert row == ["2", "why", "x", "1*****7", "浙江省杭州市****"]


def _workbook_with_shared_strings(path: Path, text: str) -> Path:
    """The same one-row workbook, its nickname in the shared-strings table, as Excel
    writes text (and where openpyxl keeps every string in memory)."""
    plain = path.with_suffix(".plain.xlsx")
    write_xlsx(plain, [DOUYIN_HEADER, douyin_row("1001", "2001", nick="GIANT")])  # type: ignore[arg-type]  # text cells
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}" count="1" uniqueCount="1">'
           f"<si><t>{text}</t></si></sst>").encode()
    shared = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b't="inlineStr"><is><t>GIANT</t></is>', b't="s"><v>0</v>')
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                    b'ContentType="' + shared.encode() + b'"/></Types>')
            dst.writestr(info, data)
        dst.writestr("xl/sharedStrings.xml", sst)
    return path


def test_a_giant_shared_string_is_refused_before_openpyxl_reads_it(store, tmp_path: Path) -> None:
    fine = _workbook_with_shared_strings(tmp_path / "ok.xlsx", "晴天")
    assert import_file(store, fine, "t").inserted == 1
    with sqlite3.connect(store.description) as conn:
        assert conn.execute("SELECT nickname FROM buyers").fetchall() == [("晴天",)]
    conn.close()
    giant = _workbook_with_shared_strings(tmp_path / "g.xlsx", "x" * 3_000_000)
    with pytest.raises(ImportFileError) as err:
        import_file(store, giant, "t")
    assert err.value.code == "workbook_cell_too_large"
    assert "xl/sharedStrings.xml" in str(err.value)
