"""Spreadsheet writers: formula cells neutralised, BOM for Excel, nothing half-written."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from app.io.exporters import ReportWriter, neutralise, write_table

EVIL = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "正常"]


def test_neutralise() -> None:
    assert [neutralise(v) for v in EVIL] == ["'" + v for v in EVIL[:-1]] + ["正常"]


def test_csv_is_utf8_with_bom_and_neutralised(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    n = write_table(out, ["名称", "金额"], [[v, Decimal("-12.50")] for v in EVIL])
    assert n == len(EVIL)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["名称", "金额"]
    assert [r[0] for r in rows[1:]] == ["'" + v for v in EVIL[:-1]] + ["正常"]
    assert all(r[1] == "-12.50" for r in rows[1:])  # a number stays a number
    assert "\r\n'+1+2,-12.50\r\n" in text
    assert '"\'=HYPERLINK(""http://x"")"' in text


def test_xlsx_cells_are_text_not_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "x.xlsx"
    write_table(out, ["名称", "金额"], [[v, Decimal("1.50")] for v in EVIL])
    ws = load_workbook(out).active
    values = [row for row in ws.iter_rows(values_only=True)]
    assert values[0] == ("名称", "金额")
    assert values[1][0] == "'=HYPERLINK(\"http://x\")"
    assert ws.cell(2, 1).data_type == "s"
    assert values[1][1] == 1.5


def test_failure_leaves_nothing_half_written(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_text("old", encoding="utf-8")

    def rows():  # type: ignore[no-untyped-def]  # a generator that fails half-way
        yield ["a"]
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_table(out, ["h"], rows())
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "x.pdf", ["h"], [])


def test_report_writer_is_lazy_and_atomic(tmp_path: Path) -> None:
    out = tmp_path / "r" / "report.csv"
    w = ReportWriter(out, ["店铺", "编号"])
    assert w.finish() is None and not out.exists()
    w = ReportWriter(out, ["店铺", "编号"])
    w.add(6, "bad id", ["小店", "=1+1"])
    assert not out.exists()  # only a temporary file until finished
    assert w.finish() == out
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "行号 line,原因 reason,店铺,编号"
    assert text[1] == "6,bad id,小店,'=1+1"
    w = ReportWriter(tmp_path / "other.csv", ["a"])
    w.add(1, "x", ["y"])
    w.discard()
    assert not (tmp_path / "other.csv").exists()
    assert not any(p.name.endswith(".part") for p in tmp_path.rglob("*"))
