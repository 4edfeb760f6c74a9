"""Every report table exports to CSV and XLSX and reads back equal to the table (money in
yuan, shares in percent, codes as words in English or Chinese); a whole report is a
workbook; the export safety of the other exports holds (no file over the store's, no
existing file replaced unasked, formula-like text neutralised)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from app.io.errors import TargetError
from app.services import reports
from app.services.reports import CATALOG, NAMES, ReportFilter
from app.services.reports.export import NoSuchTable, cell, export_report, export_table, header
from app.services.reports.model import Column, ReportResult, Table
from tests.report_rows import build


@pytest.fixture(scope="module")
def results(tmp_path_factory):  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    store = open_store(tmp_path_factory.mktemp("export") / "data")
    build(store, orders=120)
    out = {n: reports.run(store, n, ReportFilter(), "zhaoli") for n in NAMES}
    protected = store.protected_paths
    store.close()
    return out, protected


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _xlsx(path: Path, sheet: int = 0) -> list[list[object]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    ws = wb.worksheets[sheet]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def _expected(result: ReportResult, table: Table, lang: str) -> list[list[object]]:
    return [[cell(result.name, c.key, c.kind, v, lang) for c, v in zip(table.columns, row,
                                                                         strict=True)]
            for row in table.rows]


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    return str(v)


@pytest.mark.parametrize("name", NAMES)
def test_every_table_reads_back_equal_in_csv_and_xlsx(results, tmp_path, name) -> None:
    all_results, _protected = results
    result = all_results[name]
    for table in result.tables:
        for lang in ("en", "zh"):
            heads = [header(c.key, lang) for c in table.columns]
            want = _expected(result, table, lang)
            out = export_table(result, table.key, tmp_path / f"{table.key}-{lang}.csv", lang=lang)
            got = _csv(out.path)
            assert got[0] == heads and out.rows == len(table.rows)
            assert got[1:] == [[_text(v) for v in row] for row in want]
            out = export_table(result, table.key, tmp_path / f"{table.key}-{lang}.xlsx", lang=lang)
            back = _xlsx(out.path)
            assert back[0] == heads
            assert [[float(v) if isinstance(v, Decimal) else v for v in row] for row in want] \
                == [[float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
                     for v in row] for row in back[1:]]


def test_money_is_yuan_shares_are_percent_codes_are_words(results, tmp_path) -> None:
    all_results, _p = results
    cost = all_results["refund-cost"]
    shop = cost.table("by_shop").rows[0]
    out = export_table(cost, "by_shop", tmp_path / "cost.csv")
    row = _csv(out.path)[1]
    assert row[2] == f"{shop[2] // 100}.{shop[2] % 100:02d}"
    rate = all_results["refund-rate"]
    out = export_table(rate, "by_shop", tmp_path / "rate.csv", lang="zh")
    first = _csv(out.path)
    assert first[0][:2] == ["店铺", "平台"]
    assert first[1][1] in ("抖店", "拼多多", "快手") and first[1][5] in ("良好", "关注", "偏高")
    assert float(first[1][4]) == round(rate.table("by_shop").rows[0][4] * 100, 2)
    reasons = export_table(all_results["reasons"], "reasons", tmp_path / "r.csv", lang="en")
    assert {r[0] for r in _csv(reasons.path)[1:]} <= {
        "Quality problem", "Not as described", "Buyer mistake", "Late shipment",
        "7-day no-reason return", "Wrong item"}


def test_a_whole_report_is_a_workbook_with_its_figures_and_definition(results, tmp_path) -> None:
    from openpyxl import load_workbook

    all_results, _p = results
    result = all_results["refund-rate"]
    out = export_report(result, tmp_path / "rate.xlsx", lang="zh")
    wb = load_workbook(out.path, read_only=True)
    assert wb.sheetnames == ["指标", "按商品", "按SKU", "按店铺", "按周"]
    wb.close()
    figures = _xlsx(out.path, 0)
    assert figures[0][0] == "退款率" and "退款订单数" in str(figures[1][0])
    assert ["支付订单数", result.figure("paid").value] in figures
    assert len(_xlsx(out.path, 3)) == len(result.table("by_shop").rows) + 1
    en = export_report(result, tmp_path / "rate-en.xlsx")
    assert _xlsx(en.path, 0)[1][0] == CATALOG["refund-rate"].definition
    with pytest.raises(NoSuchTable, match="--table"):
        export_report(result, tmp_path / "rate.csv")


def test_the_export_safety_holds(results, tmp_path) -> None:
    all_results, protected = results
    result = all_results["workload"]
    target = tmp_path / "agents.csv"
    export_table(result, "agents", target)
    with pytest.raises(TargetError) as exists:
        export_table(result, "agents", target)
    assert exists.value.code == "target_exists"
    assert export_table(result, "agents", target, overwrite=True).rows == len(
        result.table("agents").rows)
    db = next(p for p in protected if str(p).endswith(".db"))
    before = db.read_bytes()[:100]
    link = tmp_path / "looks-harmless.csv"
    link.symlink_to(db)  # a name that is a CSV file, a file that is the database
    with pytest.raises(TargetError) as guarded:
        export_table(result, "agents", link, overwrite=True, protected_paths=protected)
    assert guarded.value.code == "target_protected"
    with pytest.raises(TargetError) as guarded:
        export_table(result, "agents", db.parent / "backups" / "x.csv", overwrite=True,
                     protected_paths=protected)
    assert guarded.value.code == "target_protected"
    assert db.read_bytes()[:100] == before
    with pytest.raises(NoSuchTable):
        export_table(result, "nope", tmp_path / "x.csv")
    with pytest.raises(ValueError, match=r"not a \.xlsx"):
        export_table(result, "agents", tmp_path / "y.csv", fmt="xlsx")


def test_formula_like_text_is_neutralised(tmp_path) -> None:
    columns = (Column("product", "text"), Column("refunded", "int"), Column("paid", "int"),
               Column("rate", "percent"), Column("band", "text"))
    result = ReportResult("refund-rate", ReportFilter(),
                          tables=[Table("by_product", columns,
                                        [("=HYPERLINK(\"http://x\")", 1, 2, 0.5, "high")])])
    row = _csv(export_table(result, "by_product", tmp_path / "f.csv").path)[1]
    assert row[0].startswith("'=") and row[3] == "50.0" and row[4] == "High"
    assert str(_xlsx(export_table(result, "by_product", tmp_path / "f.xlsx").path)[1][0]
               ).startswith("'=")
