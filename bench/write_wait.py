"""`write_wait`: another process's status change while a 50,000-row import runs into
a copy of the N-case store (each change timed in that process: bench/status_probe.py),
against the same change on the idle store. The target is on ours itself: the worst
change (p95 over every change made while the import ran) within a second.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import imports as import_bench
from bench.context import REPO, Context, run_child
from bench.stats import entry

LIMIT_S = 1.0


def _a_case(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id FROM cases WHERE status IN ('in_progress', "
                           "'waiting_buyer') ORDER BY id LIMIT 1").fetchone()
        if row is None:
            row = conn.execute("SELECT id FROM cases WHERE status = 'new' LIMIT 1").fetchone()
        return int(row[0])
    finally:
        conn.close()


def measure(ctx: Context, rows: int) -> dict[str, Any]:
    from app.config import DB_FILE

    folder = ctx.copy_store("write-wait")
    export = import_bench.write_export(ctx.tmp / "write-wait.csv", rows, seed=7)
    case = _a_case(folder / DB_FILE)
    probe = [sys.executable, "-m", "bench.status_probe", "--data-dir", str(folder),
             "--user", ctx.user, "--case", str(case)]
    env = ctx.env("write-wait")
    _wall, idle = run_child([*probe, "--times", str(max(5, ctx.runs * 2))], env)
    flag = ctx.tmp / "write-wait.running"
    flag.touch()
    importer = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(folder), "--user", ctx.user,
         "import", str(export)], cwd=str(REPO), env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(0.5)  # the import has read its file's header and holds its first chunk
        waiter = subprocess.Popen([*probe, "--while-file", str(flag)], cwd=str(REPO), env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _out, err = importer.communicate(timeout=3600)
        if importer.returncode != 0:
            raise RuntimeError(f"the import beside the writer failed: {err[-2000:]}")
    finally:
        flag.unlink(missing_ok=True)
    out, err = waiter.communicate(timeout=600)
    if waiter.returncode != 0:
        raise RuntimeError(f"the writer failed: {err[-2000:]}")
    import json

    busy = json.loads(out.strip().splitlines()[-1])["waits"]
    got = entry(busy, idle["waits"], n=ctx.n, target=LIMIT_S, unit="s", stat="p95",
                target_on="ours", import_rows=rows, changes_during_import=len(busy))
    return {"write_wait": got}
