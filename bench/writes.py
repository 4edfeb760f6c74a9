"""Work that writes or reads everything: imports into the N-case store and exports
of it, each against the database's or the writer library's own floor.

    import_at_N  a 50,000-row 抖店 export imported into a copy of the N-case store
                 (rows/s, median of the runs) vs raw sqlite3 executemany of exactly
                 the rows that import stored, into another copy (better: higher)
    export       xlsx and csv export of min(N, 100,000) cases (seconds) vs openpyxl
                 write-only / the csv writer of the same rows read by plain SQL

    write_wait   another process's status change while that import runs (bench/write_wait.py)

    ui_stall     the longest gap of the window's 10 ms timer during that import and an
                 xlsx and a csv export of the whole store (bench/scenarios/writes.py)
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from bench import imports as import_bench
from bench.context import Context
from bench.stats import entry

METRICS = ("ui_stall", "write_wait", "import_at_N", "export")
EXPORT_CAP = 100_000


def _rows() -> int:
    return int(os.environ.get("AFTERSALES_IMPORT_BENCH_ROWS") or import_bench.BENCH_ROWS)


def _db(folder: Path) -> Path:
    from app.config import DB_FILE

    return folder / DB_FILE


def _import_once(ctx: Context, export: Path, k: int) -> tuple[float, float]:
    """(ours seconds, baseline seconds) of one run, each into a fresh copy."""
    from app.services.imports import import_file
    from app.services.store import open_store

    ours_dir = ctx.copy_store(f"import-ours-{k}")
    before = _max_ids(_db(ours_dir))
    store = open_store(ours_dir)
    try:
        t0 = time.perf_counter()
        import_file(store, export, ctx.user)
        ours = time.perf_counter() - t0
    finally:
        store.close()
    base_dir = ctx.copy_store(f"import-base-{k}")
    loads = _new_rows(_db(ours_dir), before)
    dst = sqlite3.connect(_db(base_dir), isolation_level=None)
    try:
        dst.execute("PRAGMA journal_mode=WAL")
        dst.execute("PRAGMA synchronous=NORMAL")
        dst.execute("PRAGMA foreign_keys=ON")
        dst.execute("PRAGMA cache_size=-65536")
        t0 = time.perf_counter()
        dst.execute("BEGIN")
        dst.execute("PRAGMA defer_foreign_keys=ON")
        for sql, rows in loads:
            dst.executemany(sql, rows)
        dst.execute("COMMIT")
        base = time.perf_counter() - t0
    finally:
        dst.close()
    return ours, base


def _rowid_tables(conn: sqlite3.Connection) -> list[str]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t for t in import_bench.STORE_TABLES if t in have and t != "users"]


def _max_ids(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {t}").fetchone()[0]
                for t in _rowid_tables(conn)}
    finally:
        conn.close()


def _new_rows(db: Path, before: dict[str, int]) -> list[tuple[str, list[Any]]]:
    """The rows the import added, table by table, as INSERT statements and values."""
    conn = sqlite3.connect(db)
    try:
        out = []
        for table in _rowid_tables(conn):
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE rowid > ?",
                                (before.get(table, 0),)).fetchall()
            out.append((f"INSERT INTO {table} ({', '.join(cols)}) "
                        f"VALUES ({', '.join('?' for _ in cols)})", rows))
        return out
    finally:
        conn.close()


def import_at_n(ctx: Context) -> dict[str, Any]:
    rows = _rows()
    export = import_bench.write_export(ctx.tmp / "import_at_n.csv", rows)
    ours, base = [], []
    for k in range(max(1, min(ctx.runs, 3))):
        o, b = _import_once(ctx, export, k)
        ours.append(rows / o)
        base.append(rows / b)
    return entry(ours, base, n=ctx.n, target=0.33, unit="rows/s", better="higher", rows=rows)


def _baseline_export(db: Path, out: Path, limit: int) -> float:
    """The same cases read by plain SQL, written by openpyxl write-only / csv."""
    t0 = time.perf_counter()
    conn = sqlite3.connect(db)
    try:
        cur = conn.execute(
            "SELECT c.case_no, s.name, o.platform_order_no, c.kind, c.exception_subtype, c.reason,"
            " c.reason_text, c.status, c.platform_status, c.amount_fen, c.quality_refund,"
            " c.second_refund, c.fast_refund, c.priority, c.assignee_id, c.deadline_at,"
            " c.created_at, c.updated_at, c.note FROM cases c JOIN shops s ON s.id = c.shop_id"
            " LEFT JOIN orders o ON o.id = c.order_id ORDER BY c.id LIMIT ?", (limit,))
        if out.suffix == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("cases")
            for r in cur:
                ws.append(list(r))
            wb.save(out)
        else:
            with out.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows(cur)
    finally:
        conn.close()
    return time.perf_counter() - t0


def export(ctx: Context) -> dict[str, Any]:
    from app.domain.filters import CaseFilter
    from app.services.exports import export_cases
    from app.services.store import open_store

    limit = min(ctx.n, EXPORT_CAP)
    per: dict[str, Any] = {}
    store = open_store(ctx.data_dir)
    try:
        for fmt in ("xlsx", "csv"):
            ours, base = [], []
            for k in range(max(1, min(ctx.runs, 3))):
                out = ctx.tmp / f"export-{k}.{fmt}"
                out.unlink(missing_ok=True)
                t0 = time.perf_counter()
                export_cases(store, CaseFilter(), out, limit=limit)
                ours.append(time.perf_counter() - t0)
                base.append(_baseline_export(ctx.db_file, ctx.tmp / f"base-{k}.{fmt}", limit))
            per[fmt] = entry(ours, base, n=ctx.n, target=1.5, unit="s", cases=limit)
    finally:
        store.close()
    worst = max(per.values(), key=lambda e: e["ratio"] or 0)
    return {**worst, "per_format": per}


STALL_LIMIT_S = 0.1


def ui_stall(ctx: Context) -> dict[str, Any]:
    """The window's 10 ms timer during an import of `_rows()` rows into a copy of the
    store and an xlsx and a csv export of all its cases (bench/scenarios/writes.py)."""
    from bench.stats import percentile

    folder = ctx.copy_store("ui-stall")
    export = import_bench.write_export(ctx.tmp / "stall.csv", _rows(), seed=9)
    out_dir = ctx.tmp / "stall-out"
    out_dir.mkdir(exist_ok=True)
    _wall, got = ctx.window("writes.stall", config="stall", data_dir=folder,
                           args={"file": str(export), "out_dir": str(out_dir)}, timeout=7200)
    idle = got["idle"]
    phases = {}
    for phase in ("import", "export_xlsx", "export_csv"):
        gaps = got[phase] or [0.0]
        phases[phase] = {"longest": max(gaps), "p99": percentile(gaps, 99), "ticks": len(gaps)}
    busy = [g for phase in ("import", "export_xlsx", "export_csv") for g in got[phase]]
    e = entry([max(busy)], [max(idle)], n=ctx.n, target=STALL_LIMIT_S, unit="s",
              target_on="ours", phases=phases, idle_p99=percentile(idle, 99),
              import_rows=_rows(), export_bytes={f: got[f"export_{f}_bytes"]
                                                  for f in ("xlsx", "csv")})
    shutil.rmtree(folder, ignore_errors=True)
    return e


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "import_at_N" in wanted:
        ctx.say("writes: import_at_N")
        out["import_at_N"] = import_at_n(ctx)
    if "export" in wanted:
        ctx.say("writes: export")
        out["export"] = export(ctx)
    if "ui_stall" in wanted:
        ctx.say("writes: ui_stall")
        out["ui_stall"] = ui_stall(ctx)
    if "write_wait" in wanted:
        from bench import write_wait

        ctx.say("writes: write_wait")
        out.update(write_wait.measure(ctx, _rows()))
    return out
