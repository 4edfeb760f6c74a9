"""`import` and `export` from the command line, as separate processes on real files."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from io_helpers import DOUYIN_HEADER, douyin_row, write_csv

from tests.conftest import FIXTURES, REPO

EXPECTED = json.loads((FIXTURES / "expected.json").read_text("utf-8"))


def run(data_dir: Path, *args: str, user: str = "tester") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), "--user", user,
         *args], capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO,
        timeout=120)


def db_rows(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data_dir / "aftersales.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_import_prints_json_and_is_idempotent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    totals = 0
    for name in ("douyin_aftersales.csv", "kuaishou_aftersales.xlsx",
                 "pinduoduo_aftersales.csv", "douyin_orders.csv"):
        e = EXPECTED[name]
        out = run(data, "import", str(FIXTURES / name))
        assert out.returncode == 0, out.stderr
        result = json.loads(out.stdout)
        assert {"inserted", "updated", "unchanged", "rejected", "report"} <= set(result)
        assert result["inserted"] == e.get("cases", e.get("orders"))
        assert result["rejected"] == e["rejected"]
        if e["rejected"]:
            assert Path(result["report"]).is_file()
        else:
            assert result["report"] is None
        totals += result["inserted"]
        again = json.loads(run(data, "import", str(FIXTURES / name)).stdout)
        assert again["inserted"] == 0 and again["unchanged"] == result["inserted"]
    assert totals == 75
    verify = run(data, "verify")
    assert verify.returncode == 0 and json.loads(verify.stdout)["ok"]


def test_report_option(tmp_path: Path) -> None:
    report = tmp_path / "rejected.csv"
    out = run(tmp_path / "data", "import", str(FIXTURES / "pinduoduo_aftersales.csv"),
              "--report", str(report))
    assert out.returncode == 0
    assert json.loads(out.stdout)["report"] == str(report)
    rows = list(csv.reader(io.StringIO(report.read_text("utf-8-sig"), newline="")))
    assert [r[0] for r in rows[1:]] == ["6", "11", "15"]
    assert rows[1][2:] == ["拼多多家居百货店", "919750798", "2.40915E+17", "麦饭石不粘锅28cm", "带盖",
                           "仅退款", "驳回", "发错货", "￥1,590.00", "2024/9/12 15:31",
                           "JT2508760016429", "否", "橙子妈妈"]


@pytest.mark.parametrize("name, words", [
    ("unreadable.xlsx", "not an Excel workbook"),
    ("unknown_headers.csv", "headers found: 编号, 金额, 备注"),
])
def test_unreadable_files_exit_non_zero_with_one_line(tmp_path: Path, name: str,
                                                      words: str) -> None:
    data = tmp_path / "data"
    out = run(data, "import", str(FIXTURES / name))
    assert out.returncode != 0
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and words in out.stderr
    assert not (data / "aftersales.db").exists()  # nothing written, not even a database
    # With a store already there, still nothing is written to it.
    run(data, "import", str(FIXTURES / "douyin_orders.csv"))
    before = db_rows(data, "SELECT count(*) FROM import_batches")
    out = run(data, "import", str(FIXTURES / name))
    assert out.returncode != 0 and words in out.stderr
    assert db_rows(data, "SELECT count(*) FROM import_batches") == before


def test_a_killed_import_leaves_a_valid_store_and_a_rerun_completes(tmp_path: Path) -> None:
    rows = [DOUYIN_HEADER] + [douyin_row(str(50_000 + i), str(60_000 + i // 3),
                                         kind="退货退款" if i % 2 else "仅退款")
                              for i in range(300)]
    export = write_csv(tmp_path / "export.csv", rows)
    data = tmp_path / "data"
    assert run(data, "import", str(FIXTURES / "douyin_orders.csv")).returncode == 0
    # The importing process dies (SIGKILL) after its second chunk reached the database.
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.argv = ["main.py", "--data-dir", {str(data)!r}, "--user", "tester",
                    "import", {str(export)!r}]
        from app.services import imports
        imports.CHUNK_ROWS = 50
        real = imports.BatchWriter.write
        calls = []
        def dying(self, rows, kind):
            real(self, rows, kind)
            calls.append(1)
            if len(calls) == 2:
                self.session.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        imports.BatchWriter.write = dying
        import main
        sys.exit(main.main())
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    killed = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    # The first chunk was committed; the second, written but not committed, is gone.
    assert db_rows(data, "SELECT count(*) FROM cases") == [(50,)]
    assert db_rows(data, "SELECT finished_at IS NULL FROM import_batches ORDER BY id") == [
        (0,), (1,)]  # the orders file's batch complete, this one not
    assert db_rows(data, "SELECT inserted FROM import_batches ORDER BY id DESC LIMIT 1") == [
        (50,)]
    verify = run(data, "verify")
    assert verify.returncode == 0, verify.stdout

    rerun = run(data, "import", str(export))
    done = json.loads(rerun.stdout)
    assert rerun.returncode == 0 and (done["inserted"], done["resumed"]) == (300, True)
    clean = tmp_path / "clean"
    run(clean, "import", str(FIXTURES / "douyin_orders.csv"))
    run(clean, "import", str(export))
    state = ("SELECT c.case_no, c.kind, c.status, c.platform_status, c.amount_fen, "
             "c.second_refund, c.quality_refund, c.history_len, o.platform_order_no "
             "FROM cases c JOIN orders o ON o.id = c.order_id ORDER BY c.case_no")
    assert db_rows(data, state) == db_rows(clean, state)
    for table in ("orders", "order_items", "case_events", "case_search", "shipments", "buyers"):
        assert db_rows(data, f"SELECT count(*) FROM {table}") == db_rows(
            clean, f"SELECT count(*) FROM {table}")
    assert run(data, "verify").returncode == 0


def _poison(data: Path) -> None:
    conn = sqlite3.connect(data / "aftersales.db")
    try:
        conn.execute("UPDATE cases SET note = '=HYPERLINK(\"http://evil\",\"x\")' "
                     "WHERE id = (SELECT min(id) FROM cases)")
        conn.execute("UPDATE buyers SET nickname = '@SUM(1+1)' "
                     "WHERE id = (SELECT buyer_id FROM orders WHERE id = "
                     "(SELECT order_id FROM cases WHERE id = (SELECT min(id) FROM cases)))")
        conn.commit()
    finally:
        conn.close()


def test_export_cases_csv_neutralises_formulas(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "douyin_aftersales.csv"))
    run(data, "import", str(FIXTURES / "pinduoduo_aftersales.csv"))
    _poison(data)
    out_csv = tmp_path / "cases.csv"
    out = run(data, "export", "cases", str(out_csv))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["rows"] == 35
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("售后单号,平台,店铺,订单号")
    # the nickname masked as the window shows it (no --buyer-data), still neutralised
    assert "'=HYPERLINK" in text and "'@**)" in text and "@SUM" not in text
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            if cell.startswith("-"):
                float(cell)  # only numbers may start with a minus

    filtered = tmp_path / "pdd.csv"
    out = run(data, "export", "cases", str(filtered), "--platform", "pinduoduo", "--limit", "4")
    rows = list(csv.reader(io.StringIO(filtered.read_text("utf-8-sig"), newline="")))
    assert json.loads(out.stdout)["rows"] == 4 and len(rows) == 5
    # Values in the export's language, not our codes (douyin, new, late_shipment).
    assert {r[1] for r in rows[1:]} == {"拼多多"}
    head = rows[0]
    kinds = {r[head.index("售后类型")] for r in rows[1:]}
    statuses = {r[head.index("处理状态")] for r in rows[1:]}
    reasons = {r[head.index("原因")] for r in rows[1:]}
    # The platform's status decides ours where the platform decided (驳回, 退款成功 …).
    assert statuses and all(not value.isascii() for value in statuses)
    for value in kinds | reasons:
        assert not value.isascii(), value


def test_export_cases_xlsx_in_english(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "kuaishou_aftersales.xlsx"))
    _poison(data)
    out_x = tmp_path / "cases.xlsx"
    out = run(data, "export", "cases", str(out_x), "--lang", "en", "--kind", "exchange")
    assert out.returncode == 0, out.stderr
    ws = load_workbook(out_x).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][:3] == ("Case no.", "Platform", "Shop")
    assert {v[4] for v in values[1:]} == {"Exchange"}
    assert {v[1] for v in values[1:]} == {"Kuaishou"} and {v[8] for v in values[1:]} <= {
        "New", "Resolved", "Cancelled", "Waiting for return", "Inspecting", "Escalated"}
    assert json.loads(out.stdout)["rows"] == len(values) - 1 == 5
    notes = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(n.startswith("=") for n in notes)


def test_export_refuses_unknown_formats_and_writes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "douyin_aftersales.csv"))
    out = run(data, "export", "cases", str(tmp_path / "x.pdf"))
    assert out.returncode == 1 and ".csv or .xlsx" in out.stderr
    out = run(data, "export", "cases", str(tmp_path / "missing" / "x.csv"))
    assert out.returncode == 1 and "does not exist" in out.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_priority_orders(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "import", str(FIXTURES / "douyin_orders.csv"))
    conn = sqlite3.connect(data / "aftersales.db")
    try:
        # The second order is not shipped yet: exactly the ones the warehouse must rush.
        conn.execute("UPDATE shipments SET priority_shipping = 1, urge_count = 2 WHERE order_id IN "
                     "(SELECT id FROM orders ORDER BY id LIMIT 3)")
        conn.commit()
    finally:
        conn.close()
    out_csv = tmp_path / "priority.csv"
    out = run(data, "export", "priority-orders", str(out_csv))
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out_csv.read_text("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["平台", "店铺", "订单号"]
    assert {r[0] for r in rows[1:]} == {"抖店"}
    assert len(rows) == 4 and json.loads(out.stdout)["rows"] == 3
    assert {r[2] for r in rows[1:]} <= {r[0] for r in db_rows(
        data, "SELECT platform_order_no FROM orders")}
    assert all(r[8] == "2" for r in rows[1:])
    assert [(r[5], r[7]) for r in rows[1:]].count(("待发货", "")) == 1
    assert "178****8275" not in out_csv.read_text("utf-8-sig")  # no buyer's personal data
