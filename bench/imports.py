"""How fast the importer is, against raw sqlite3 executemany of the same parsed rows.

`measure(tmp_dir)` writes a realistic 抖店 after-sales export (UTF-8 with BOM, ids
prefixed with a tab, negative refunded discounts) of `rows` lines and imports it into
a fresh store: reading, decoding, parsing, looking up, upserting, history events and
the search index: everything an import does.

The baseline is raw `sqlite3.executemany` of the same parsed rows, as stored, into a
fresh store of the same schema: every table the import fills (cases, their orders,
items, buyers, shipments, history events, and the search text whose triggers feed
the full-text indexes), in one transaction. "ratio" = ours / baseline is therefore
the cost of our Python (reading, parsing, deciding) against the floor set by the
database itself.

For transparency the result also carries the narrower comparison against
executemany of the parsed rows into the cases table alone ("cases_only_baseline",
"cases_only_ratio"): that floor ignores the history, orders and full-text index an
import must also write (the FTS5 trigram index alone costs ~4x the cases insert).
"""

from __future__ import annotations

import csv
import os
import random
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_ROWS = 50_000
SHOPS = ("橙心优选旗舰店", "小鹿家居生活馆", "山野茶语官方店")
PRODUCTS = (("玻尿酸保湿面霜50g", "50g", 9900), ("蓝牙耳机Pro降噪", "白色", 29900),
            ("316不锈钢保温杯500ml", "奶白", 4450), ("纯棉短袖T恤", "白色 L", 5900),
            ("男士透气运动鞋", "43码", 23900), ("麦饭石不粘锅28cm", "带盖", 15900))
TYPES = ("仅退款", "退货退款", "换货", "补寄")
STATUSES = ("待商家处理", "待买家退货", "待商家收货", "退款中", "售后关闭", "售后拒绝")
REASONS = ("商品与描述不符", "快递破损", "七天无理由退换货", "拍错/多拍", "质量问题", "发货太慢")
HEADER = ["店铺名称", "售后单号", "订单号", "商品单号", "商品名称", "商品规格", "售后类型",
          "售后状态", "售后原因", "申请时间", "处理截止时间", "退款方式", "退商品金额（元）",
          "退运费金额（元）", "退支付优惠（元）", "买家昵称", "退货物流公司", "退货物流单号"]


def write_export(path: Path, rows: int, seed: int = 4) -> Path:
    """A 抖店 after-sales export of `rows` lines, as the platform writes it."""
    rng = random.Random(seed)
    start = datetime(2024, 9, 1)
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(HEADER)
        for i in range(rows):
            name, spec, price = rng.choice(PRODUCTS)
            kind = rng.choice(TYPES)
            applied = start + timedelta(minutes=rng.randrange(60 * 24 * 30))
            refund = kind in ("仅退款", "退货退款")
            goods = price if refund else 0
            ret = kind == "退货退款"
            # One order in ten gets a second after-sales case.
            order = 4_000_000_000_000_000_000 + (i - 1 if i % 10 == 9 else i) * 7919
            w.writerow([
                rng.choice(SHOPS), f"\t{7_000_000_000_000_000_000 + i * 104729}", f"\t{order}",
                f"\t{order + 3}", name, spec, kind, rng.choice(STATUSES), rng.choice(REASONS),
                applied.strftime("%Y-%m-%d %H:%M:%S"),
                (applied + timedelta(hours=48)).strftime("%Y-%m-%d %H:%M:%S"),
                "原路退回" if refund else "无需退款", f"{goods / 100:.2f}",
                "6.00" if ret and rng.random() < 0.3 else "0.00",
                "-5.00" if rng.random() < 0.4 else "0.00", f"买家{rng.randrange(10**6)}",
                "顺丰速运" if ret else "", f"SF{rng.randrange(10**12, 10**13)}" if ret else "",
            ])
    return Path(path)


def _ours(tmp_dir: Path, export: Path) -> tuple[float, int]:
    from app.services.imports import import_file
    from app.services.store import open_store

    store = open_store(tmp_dir / "ours")
    try:
        t0 = time.perf_counter()
        result = import_file(store, export, "bench")
        elapsed = time.perf_counter() - t0
    finally:
        store.close()
    return elapsed, result.inserted


def _parsed_case_rows(export: Path) -> list[tuple[Any, ...]]:
    """The same file parsed by our parser, as the cases table stores the rows."""
    from app.io.parse import AftersalesRow, ExportReader
    from app.io.profiles import builtin_profiles

    out: list[tuple[Any, ...]] = []
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    shops: dict[str | None, int] = {}
    with ExportReader(export, builtin_profiles()) as reader:
        for i, item in enumerate(reader.items(), 1):
            if not isinstance(item, AftersalesRow):
                continue
            shop = shops.setdefault(item.shop, len(shops) + 1)
            applied = (item.applied_at or datetime(2026, 1, 1)).isoformat(sep=" ")
            deadline = item.deadline_at.isoformat(sep=" ") if item.deadline_at else None
            out.append((i, item.case_no, shop, i, item.kind.value, None, item.reason.value,
                        item.reason_text, False, False, item.fast_refund, item.platform_status,
                        "new", 1, deadline, None, item.amount_fen, None, applied, now,
                        "0" * 64, 1))
    return out


CASE_COLUMNS = ("id", "case_no", "shop_id", "order_id", "kind", "exception_subtype", "reason",
                "reason_text", "quality_refund", "second_refund", "fast_refund",
                "platform_status", "status", "priority", "deadline_at", "assignee_id",
                "amount_fen", "note", "created_at", "updated_at", "history_head", "history_len")


def _baseline(tmp_dir: Path, rows: list[tuple[Any, ...]]) -> float:
    from sqlalchemy.dialects import sqlite as sqlite_dialect
    from sqlalchemy.schema import CreateIndex, CreateTable

    from app.store.models import Case

    table = Case.__table__
    dialect = sqlite_dialect.dialect()
    db = tmp_dir / "baseline.db"
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-65536")
        # The same table and indexes as the store's, without foreign-key targets.
        ddl = str(CreateTable(table).compile(dialect=dialect))
        ddl = "\n".join(line for line in ddl.splitlines() if "FOREIGN KEY" not in line)
        ddl = ddl.replace("),\n)", ")\n)").rstrip().rstrip(",")
        conn.execute(_fix_trailing_comma(ddl))
        for index in table.indexes:
            conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
        sql = (f"INSERT INTO cases ({', '.join(CASE_COLUMNS)}) "
               f"VALUES ({', '.join('?' for _ in CASE_COLUMNS)})")
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def _fix_trailing_comma(ddl: str) -> str:
    lines = [line.rstrip() for line in ddl.strip().splitlines() if line.strip()]
    # The last column/constraint line before ")" must not end with a comma.
    if lines[-1] == ")" and lines[-2].endswith(","):
        lines[-2] = lines[-2][:-1]
    return "\n".join(lines)


# Tables an import fills, parents first.
STORE_TABLES = ("users", "shops", "buyers", "orders", "order_items", "shipments", "cases",
                "case_events", "case_search", "import_batches")


def _store_baseline(tmp_dir: Path, ours_db: Path) -> float:
    """Raw executemany of exactly the rows our import stored, into a fresh store."""
    from app.services.store import open_store

    fresh = open_store(tmp_dir / "baseline_store")
    target = Path(str(fresh.location.db_url).removeprefix("sqlite:///"))
    fresh.close()
    src = sqlite3.connect(ours_db)
    try:
        loads = []
        for table in STORE_TABLES:
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            rows = src.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) "
                   f"VALUES ({', '.join('?' for _ in cols)})")
            loads.append((sql, rows))
    finally:
        src.close()
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        # The store's own connection settings (app.store.engine).
        dst.execute("PRAGMA journal_mode=WAL")
        dst.execute("PRAGMA synchronous=NORMAL")
        dst.execute("PRAGMA foreign_keys=ON")
        dst.execute("PRAGMA cache_size=-65536")
        # In chunks of the importer's size, table after table, as the importer writes
        # (one giant statement per table is slower, not faster, for the FTS5 index).
        from app.services.imports import CHUNK_ROWS

        parts = max(1, -(-max(len(rows) for _sql, rows in loads) // CHUNK_ROWS))
        t0 = time.perf_counter()
        dst.execute("BEGIN")
        dst.execute("PRAGMA defer_foreign_keys=ON")  # checked at COMMIT: parts interleave
        for k in range(parts):
            for sql, rows in loads:
                size = -(-len(rows) // parts)
                if rows[k * size:(k + 1) * size]:
                    dst.executemany(sql, rows[k * size:(k + 1) * size])
        dst.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        dst.close()


def measure(tmp_dir: Path, rows: int | None = None) -> dict[str, float]:
    """{"ours": rows/s, "baseline": rows/s, "ratio": ours/baseline} for `rows` rows
    (default 50,000, or AFTERSALES_IMPORT_BENCH_ROWS for quick runs in tests).

    Also "cases_only_baseline" and "cases_only_ratio" (see the module doc).
    """
    if rows is None:
        rows = int(os.environ.get("AFTERSALES_IMPORT_BENCH_ROWS") or BENCH_ROWS)
    tmp_dir = Path(tmp_dir)
    tmp_dir.mkdir(parents=True, exist_ok=True)
    export = write_export(tmp_dir / "douyin_aftersales_bench.csv", rows)
    elapsed, inserted = _ours(tmp_dir, export)
    base_elapsed = _store_baseline(tmp_dir, tmp_dir / "ours" / "aftersales.db")
    parsed = _parsed_case_rows(export)
    cases_elapsed = _baseline(tmp_dir, parsed)
    ours = inserted / elapsed if elapsed > 0 else 0.0
    baseline = inserted / base_elapsed if base_elapsed > 0 else 0.0
    cases_only = len(parsed) / cases_elapsed if cases_elapsed > 0 else 0.0
    return {"ours": round(ours, 1), "baseline": round(baseline, 1),
            "ratio": round(ours / baseline, 4) if baseline else 0.0,
            "rows": float(inserted),
            "cases_only_baseline": round(cases_only, 1),
            "cases_only_ratio": round(ours / cases_only, 4) if cases_only else 0.0}


if __name__ == "__main__":  # pragma: no cover - manual runs
    import json
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        n = int(sys.argv[1]) if len(sys.argv) > 1 else BENCH_ROWS
        print(json.dumps(measure(Path(d), n)))
